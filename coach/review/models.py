"""Peer review: invitations that share a fixed list of attempts, and the reviewer's reviews."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coach.analysis.rubric import RUBRIC_KEYS, rubric_mean
from coach.extensions import db
from coach.models import utcnow
from coach.rehearse.models import Attempt


class Invitation(db.Model):
    """A private link for one reviewer to a fixed list of attempts; only its hash is kept."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    reviewer_name: Mapped[str] = mapped_column(sa.String(80), default="")
    note: Mapped[str] = mapped_column(sa.Text, default="")  # Markdown, from the owner
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    first_opened_at: Mapped[datetime | None]
    last_opened_at: Mapped[datetime | None]
    overall_comment: Mapped[str] = mapped_column(sa.Text, default="")  # Markdown, reviewer's
    overall_updated_at: Mapped[datetime | None]
    overall_read_at: Mapped[datetime | None]

    items: Mapped[list["SharedAttempt"]] = relationship(
        back_populates="invitation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SharedAttempt.position",
    )

    def state(self, now: datetime) -> str:
        """revoked, expired, opened or not opened yet."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at <= now:
            return "expired"
        return "opened" if self.first_opened_at else "not opened yet"

    def is_open(self, now: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > now

    @property
    def overall_unread(self) -> bool:
        return bool(self.overall_comment) and (
            self.overall_read_at is None
            or (
                self.overall_updated_at is not None
                and self.overall_updated_at > self.overall_read_at
            )
        )


class SharedAttempt(db.Model):
    """One attempt of an invitation's fixed list, in its place."""

    __tablename__ = "shared_attempts"
    __table_args__ = (
        sa.UniqueConstraint("invitation_id", "attempt_id", name="uq_shared_attempts_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("invitations.id", ondelete="CASCADE"), index=True
    )
    attempt_id: Mapped[int] = mapped_column(
        sa.ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(sa.SmallInteger)
    # When a review of this attempt first graded the owner's drill: a review deleted and
    # written again does not grade it twice.
    graded_at: Mapped[datetime | None]

    invitation: Mapped[Invitation] = relationship(back_populates="items")
    attempt: Mapped[Attempt] = relationship()


UNREAD = "read_at IS NULL OR updated_at > read_at"


class Review(db.Model):
    """The reviewer's scores and comment (Markdown) on one shared attempt."""

    __tablename__ = "reviews"
    __table_args__ = (
        sa.UniqueConstraint("invitation_id", "attempt_id", name="uq_reviews_invitation_attempt"),
        # The unread reviews only, for the count in the navigation on every page.
        sa.Index(
            "ix_reviews_unread",
            "invitation_id",
            sqlite_where=sa.text(UNREAD),
            postgresql_where=sa.text(UNREAD),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("invitations.id", ondelete="CASCADE"), index=True
    )
    attempt_id: Mapped[int] = mapped_column(
        sa.ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    structure: Mapped[int | None] = mapped_column(sa.SmallInteger)
    specificity: Mapped[int | None] = mapped_column(sa.SmallInteger)
    relevance: Mapped[int | None] = mapped_column(sa.SmallInteger)
    conciseness: Mapped[int | None] = mapped_column(sa.SmallInteger)
    confidence: Mapped[int | None] = mapped_column(sa.SmallInteger)
    grade: Mapped[str | None] = mapped_column(sa.String(10))  # the drill grade it gave
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]  # when the owner marked it read

    invitation: Mapped[Invitation] = relationship()
    attempt: Mapped[Attempt] = relationship()

    @property
    def scores(self) -> dict[str, int | None]:
        return {key: getattr(self, key) for key in RUBRIC_KEYS}

    @property
    def mean(self) -> float | None:
        return rubric_mean(self.scores)

    @property
    def unread(self) -> bool:
        return self.read_at is None or self.updated_at > self.read_at
