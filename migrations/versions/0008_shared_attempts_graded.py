"""shared_attempts: when a review first graded the owner's drill

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 11:20:00

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("shared_attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("graded_at", sa.DateTime(), nullable=True))
    # The reviews that have graded already: their shared attempt is graded since then.
    op.execute(
        "UPDATE shared_attempts SET graded_at = (SELECT MIN(reviews.created_at) FROM reviews"
        " WHERE reviews.invitation_id = shared_attempts.invitation_id"
        " AND reviews.attempt_id = shared_attempts.attempt_id AND reviews.grade IS NOT NULL)"
    )


def downgrade():
    with op.batch_alter_table("shared_attempts", schema=None) as batch_op:
        batch_op.drop_column("graded_at")
