"""Database models (SQLAlchemy 2.0 style): columns, relations and small invariants."""

import secrets
from datetime import UTC, date, datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from coach.analysis.taxonomy import SOURCE_KINDS, STAGES, TAGS
from coach.extensions import db


def utcnow() -> datetime:
    """The current time in UTC, as a naive datetime (the database stores UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_session_token() -> str:
    return secrets.token_urlsafe(24)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(80))
    password_hash: Mapped[str] = mapped_column(sa.String(256))
    timezone: Mapped[str] = mapped_column(sa.String(64), default="UTC")
    # Flask-Login identifies a session by this token, not by the id: rotating it on a
    # password change ends every other session and remember-me cookie of the user.
    session_token: Mapped[str] = mapped_column(
        sa.String(64), unique=True, default=new_session_token
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Raised by every change to the user's data (coach.memo): keys the computed results.
    data_version: Mapped[int] = mapped_column(default=0, server_default="0")

    def get_id(self) -> str:
        return self.session_token

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def end_other_sessions(self) -> None:
        self.session_token = new_session_token()

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


OUTCOMES = {
    "in_progress": "In progress",
    "rejected": "Rejected",
    "offer": "Offer",
    "withdrawn": "Withdrawn",
}
FINDING_STATUSES = ("proposed", "confirmed", "removed", "added")


class Application(db.Model):
    """A job applied for: the source of its stages and their feedback."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    company: Mapped[str] = mapped_column(sa.String(120))
    role_title: Mapped[str] = mapped_column(sa.String(120), default="")
    keywords: Mapped[str] = mapped_column(sa.String(300), default="")
    applied_on: Mapped[date | None]
    outcome: Mapped[str] = mapped_column(sa.String(20), default="in_progress")
    day_to_day: Mapped[str] = mapped_column(sa.Text, default="")
    not_exciting: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    stages: Mapped[list["Stage"]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )
    # "all" without delete-orphan: feedback moved out of an application (to standalone)
    # must stay; deleting the application still deletes its feedback
    feedback: Mapped[list["Feedback"]] = relationship(
        back_populates="application", cascade="all", passive_deletes=True
    )

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)

    @property
    def title(self) -> str:
        """Company and role, as shown in lists and headings."""
        return f"{self.role_title} at {self.company}" if self.role_title else self.company

    def __repr__(self) -> str:
        return f"<Application {self.id} {self.company!r}>"


class Stage(db.Model):
    """One interview stage of an application, with the user's own debrief of it."""

    __tablename__ = "stages"
    __table_args__ = (sa.CheckConstraint("self_rating BETWEEN 1 AND 5", name="self_rating"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        sa.ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(30))
    held_on: Mapped[date | None]
    self_rating: Mapped[int | None] = mapped_column(sa.SmallInteger)
    went_well: Mapped[str] = mapped_column(sa.Text, default="")
    do_differently: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    application: Mapped[Application] = relationship(back_populates="stages")

    @property
    def kind_label(self) -> str:
        return STAGES.get(self.kind, self.kind)

    def __repr__(self) -> str:
        return f"<Stage {self.id} {self.kind}>"


class Feedback(db.Model):
    """Feedback text from one source, attached to an application or standalone."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    stage_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("stages.id", ondelete="SET NULL"), index=True
    )
    source_kind: Mapped[str] = mapped_column(sa.String(20))
    received_on: Mapped[date]
    text: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    application: Mapped[Application | None] = relationship(back_populates="feedback")
    stage: Mapped[Stage | None] = relationship()
    findings: Mapped[list["Finding"]] = relationship(
        back_populates="feedback",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Finding.id",
    )

    @property
    def source_label(self) -> str:
        return SOURCE_KINDS.get(self.source_kind, self.source_kind)

    def __repr__(self) -> str:
        return f"<Feedback {self.id} {self.source_kind}>"


class Finding(db.Model):
    """A weakness read in a piece of feedback: proposed by the analysis or by the user."""

    __tablename__ = "findings"
    __table_args__ = (sa.UniqueConstraint("feedback_id", "tag", name="uq_findings_feedback_tag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # the unique (feedback_id, tag) constraint's index also serves lookups by feedback
    feedback_id: Mapped[int] = mapped_column(sa.ForeignKey("feedback.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(sa.String(40))
    actionable: Mapped[bool]
    evidence: Mapped[str | None] = mapped_column(sa.Text)
    # proposed (by the analysis), confirmed, removed or added (by the user)
    status: Mapped[str] = mapped_column(sa.String(10), default="proposed")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    feedback: Mapped[Feedback] = relationship(back_populates="findings")

    @property
    def label(self) -> str:
        tag = TAGS.get(self.tag)
        return tag.label if tag else self.tag

    def __repr__(self) -> str:
        return f"<Finding {self.id} {self.tag} {self.status}>"
