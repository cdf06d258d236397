"""users: data version for computed results; reviews: partial index of unread rows

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 05:00:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UNREAD = "read_at IS NULL OR updated_at > read_at"


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("data_version", sa.Integer(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reviews_unread",
            ["invitation_id"],
            unique=False,
            sqlite_where=sa.text(UNREAD),
            postgresql_where=sa.text(UNREAD),
        )


def downgrade():
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_reviews_unread")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("data_version")
