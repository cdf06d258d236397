"""Rehearsal models: drafts, attempts (a rehearsed answer with its scores) and mock interviews."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coach.analysis.rubric import RUBRIC_KEYS, rubric_mean
from coach.extensions import db
from coach.models import utcnow
from coach.practice.models import Question


class Draft(db.Model):
    """The answer being typed for one question, saved by itself until it becomes an attempt."""

    __tablename__ = "drafts"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "question_id", name="uq_drafts_user_question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(sa.Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class MockInterview(db.Model):
    """Several questions answered one after another under the timers: one session."""

    __tablename__ = "mock_interviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    think_seconds: Mapped[int] = mapped_column(sa.SmallInteger)
    answer_seconds: Mapped[int] = mapped_column(sa.SmallInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]

    items: Mapped[list["MockItem"]] = relationship(
        back_populates="mock",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MockItem.position",
    )


class MockItem(db.Model):
    """One question of a mock interview, in its place; skipped when passed over."""

    __tablename__ = "mock_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    mock_id: Mapped[int] = mapped_column(
        sa.ForeignKey("mock_interviews.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    tag: Mapped[str | None] = mapped_column(sa.String(40))
    position: Mapped[int] = mapped_column(sa.SmallInteger)
    skipped: Mapped[bool] = mapped_column(default=False)

    mock: Mapped[MockInterview] = relationship(back_populates="items")
    question: Mapped[Question] = relationship()


class Attempt(db.Model):
    """One rehearsed answer: its text (Markdown), an optional recording, the user's rubric
    scores and the figures of its analysis (kept for progress; the page re-reads the text)."""

    __tablename__ = "attempts"
    # a question's attempts, in order, without sorting all of the user's
    __table_args__ = (
        sa.Index("ix_attempts_user_question_created", "user_id", "question_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    mock_item_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("mock_items.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # the recording: a server-chosen file name in the user's upload folder
    audio_filename: Mapped[str | None] = mapped_column(sa.String(64))
    audio_type: Mapped[str | None] = mapped_column(sa.String(40))
    audio_bytes: Mapped[int] = mapped_column(default=0)
    audio_seconds: Mapped[float | None]  # measured by the page, clamped by the server
    answer_seconds: Mapped[float | None]  # answer time used on the timer
    target_seconds: Mapped[int] = mapped_column(sa.SmallInteger, default=120)
    # the analysis figures, refreshed whenever the text changes
    word_count: Mapped[int] = mapped_column(default=0)
    speaking_seconds: Mapped[float] = mapped_column(default=0.0)
    filler_count: Mapped[int] = mapped_column(default=0)
    hedge_count: Mapped[int] = mapped_column(default=0)
    star_parts: Mapped[int] = mapped_column(sa.SmallInteger, default=0)
    quantified_result: Mapped[bool] = mapped_column(default=False)
    # the user's rubric scores, 1 to 5; None until scored
    structure: Mapped[int | None] = mapped_column(sa.SmallInteger)
    specificity: Mapped[int | None] = mapped_column(sa.SmallInteger)
    relevance: Mapped[int | None] = mapped_column(sa.SmallInteger)
    conciseness: Mapped[int | None] = mapped_column(sa.SmallInteger)
    confidence: Mapped[int | None] = mapped_column(sa.SmallInteger)
    grade: Mapped[str | None] = mapped_column(sa.String(10))  # the drill grade it gave

    question: Mapped[Question] = relationship()
    mock_item: Mapped[MockItem | None] = relationship()

    @property
    def scores(self) -> dict[str, int | None]:
        return {key: getattr(self, key) for key in RUBRIC_KEYS}

    @property
    def self_mean(self) -> float | None:
        return rubric_mean(self.scores)
