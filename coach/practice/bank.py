"""Loading the question bank files into the database, by id, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from coach.extensions import db
from coach.models import utcnow
from coach.paths import resource_root
from coach.practice.models import BankState, Question, join_slugs
from coach.question_bank import BankQuestion, bank_fingerprint, load_bank


@dataclass(frozen=True)
class LoadReport:
    """What a load changed."""

    added: int
    updated: int
    retired: int
    unchanged: int

    def __str__(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.retired} retired, "
            f"{self.unchanged} unchanged"
        )


def bank_folder() -> Path:
    """Where the bank files live: question_bank/ beside the templates."""
    return resource_root() / "question_bank"


def stored_fingerprint() -> str | None:
    """The fingerprint of the bank last loaded, or None when it never was."""
    return db.session.scalar(sa.select(BankState.fingerprint).order_by(BankState.id).limit(1))


def bank_changed(folder: Path | None = None) -> bool:
    """Whether the bank files differ from what the database holds."""
    return stored_fingerprint() != bank_fingerprint(folder or bank_folder())


def _fields(question: BankQuestion) -> dict[str, object]:
    return {
        "text": question.text,
        "tags": join_slugs(question.tags),
        "stages": join_slugs(question.stages),
        "difficulty": question.difficulty,
        "listen_for": "\n".join(question.listen_for),
        "outline": question.outline,
        "retired": False,
    }


def load_questions(folder: Path | None = None) -> LoadReport:
    """Insert or update the bank's questions by id; retire the ones removed from the files.

    The files are read and validated first, so a BankError leaves the database untouched.
    The caller commits (or rolls back).
    """
    folder = folder or bank_folder()
    questions = load_bank(folder)
    fingerprint = bank_fingerprint(folder)
    existing = {
        q.bank_id: q
        for q in db.session.scalars(sa.select(Question).where(Question.bank_id.is_not(None)))
    }
    added = updated = unchanged = 0
    for bank_question in questions:
        fields = _fields(bank_question)
        row = existing.pop(bank_question.id, None)
        if row is None:
            db.session.add(Question(bank_id=bank_question.id, source="bank", **fields))
            added += 1
        elif any(getattr(row, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(row, name, value)
            updated += 1
        else:
            unchanged += 1
    retired = 0
    for row in existing.values():
        if not row.retired:
            row.retired = True
            retired += 1
    state = db.session.scalar(sa.select(BankState).order_by(BankState.id).limit(1))
    if state is None:
        state = BankState()
        db.session.add(state)
    state.fingerprint = fingerprint
    state.questions = len(questions)
    state.loaded_at = utcnow()
    return LoadReport(added, updated, retired, unchanged)
