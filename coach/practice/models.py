"""Practice models: questions (bank and own), hiding, practice sets, plan actions, reviews.

Tags and stages are stored as comma-separated slugs: a question carries a handful, and a
filter matches them with one LIKE over ",tags," in any database.
"""

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coach.analysis.taxonomy import STAGES, TAGS
from coach.extensions import db
from coach.models import utcnow

QUESTION_SOURCES = {
    "": "Not said",
    "job_advert": "From a job advert",
    "interview": "Asked in an interview",
    "other": "Somewhere else",
}


def join_slugs(slugs) -> str:
    """Slugs as stored: comma-separated, in the order given, without repeats."""
    return ",".join(dict.fromkeys(s for s in slugs if s))


def split_slugs(text: str | None) -> tuple[str, ...]:
    """Stored slugs back as a tuple."""
    return tuple(s for s in (text or "").split(",") if s)


class Question(db.Model):
    """An interview question: from the bank (no owner, a bank_id) or the user's own."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    bank_id: Mapped[str | None] = mapped_column(sa.String(80), unique=True)
    text: Mapped[str] = mapped_column(sa.Text)
    tags: Mapped[str] = mapped_column(sa.String(400))
    stages: Mapped[str] = mapped_column(sa.String(300), default="")
    difficulty: Mapped[int | None] = mapped_column(sa.SmallInteger)
    listen_for: Mapped[str] = mapped_column(sa.Text, default="")  # one point per line
    outline: Mapped[str | None] = mapped_column(sa.Text)
    source: Mapped[str] = mapped_column(sa.String(20), default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    # a bank question removed from the files: kept for the attempts and cards that use it
    retired: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @property
    def is_own(self) -> bool:
        return self.user_id is not None

    @property
    def tag_list(self) -> tuple[str, ...]:
        return split_slugs(self.tags)

    @property
    def stage_list(self) -> tuple[str, ...]:
        return split_slugs(self.stages)

    @property
    def tag_labels(self) -> list[str]:
        return [TAGS[t].label if t in TAGS else t for t in self.tag_list]

    @property
    def stage_labels(self) -> list[str]:
        return [STAGES.get(s, s) for s in self.stage_list]

    @property
    def listen_for_points(self) -> list[str]:
        return [line for line in self.listen_for.splitlines() if line.strip()]

    @property
    def source_label(self) -> str:
        return QUESTION_SOURCES.get(self.source, "")

    def __repr__(self) -> str:
        return f"<Question {self.id} {self.bank_id or 'own'}>"


class HiddenQuestion(db.Model):
    """A bank question the user does not want to see or practise."""

    __tablename__ = "hidden_questions"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "question_id", name="uq_hidden_questions_user_question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PracticeSet(db.Model):
    """A set of questions to practise, built from the priorities or from chosen tags."""

    __tablename__ = "practice_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(20))  # "priorities" or "tags"
    seed: Mapped[int] = mapped_column(sa.BigInteger)
    size: Mapped[int] = mapped_column(sa.SmallInteger)
    stage: Mapped[str | None] = mapped_column(sa.String(30))
    chosen_tags: Mapped[str] = mapped_column(sa.String(400), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    items: Mapped[list["PracticeSetItem"]] = relationship(
        back_populates="practice_set",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PracticeSetItem.position",
    )

    @property
    def title(self) -> str:
        if self.kind == "priorities":
            return "From your priorities"
        labels = [TAGS[t].label if t in TAGS else t for t in split_slugs(self.chosen_tags)]
        stage = f" ({STAGES.get(self.stage, self.stage)})" if self.stage else ""
        return (", ".join(labels) or "Chosen tags") + stage


class PracticeSetItem(db.Model):
    """One question of a practice set and the weakness it targets."""

    __tablename__ = "practice_set_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_set_id: Mapped[int] = mapped_column(
        sa.ForeignKey("practice_sets.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    tag: Mapped[str] = mapped_column(sa.String(40))
    position: Mapped[int] = mapped_column(sa.SmallInteger)

    practice_set: Mapped[PracticeSet] = relationship(back_populates="items")
    question: Mapped[Question] = relationship()

    @property
    def tag_label(self) -> str:
        return TAGS[self.tag].label if self.tag in TAGS else self.tag


class PlanAction(db.Model):
    """One of the user's own development actions for a priority (Markdown text)."""

    __tablename__ = "plan_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    tag: Mapped[str] = mapped_column(sa.String(40))
    text: Mapped[str] = mapped_column(sa.Text)
    target_date: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def tag_label(self) -> str:
        return TAGS[self.tag].label if self.tag in TAGS else self.tag


class ReviewCard(db.Model):
    """Where one question stands in a user's spaced-repetition schedule (UTC times)."""

    __tablename__ = "review_cards"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "question_id", name="uq_review_cards_user_question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    tag: Mapped[str | None] = mapped_column(sa.String(40))  # the weakness it was picked for
    due: Mapped[datetime] = mapped_column(default=utcnow)
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    last_review: Mapped[datetime | None]
    reviews: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    question: Mapped[Question] = relationship()


class DrillLog(db.Model):
    """One graded try at a question: from a drill, later from a rehearsed answer."""

    __tablename__ = "drill_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(
        sa.ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    grade: Mapped[str] = mapped_column(sa.String(10))
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_due: Mapped[datetime]
    origin: Mapped[str] = mapped_column(sa.String(20), default="drill")


class BankState(db.Model):
    """The question bank last loaded into the database (one row)."""

    __tablename__ = "bank_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(sa.String(64))
    questions: Mapped[int]
    loaded_at: Mapped[datetime] = mapped_column(default=utcnow)
