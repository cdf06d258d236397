"""Everything a user owns, as one JSON-ready document (a fixed number of queries).

Ids in the document are the database ids, used only as references between its records;
bank questions are named by their bank id. No password hash, session token or invitation
token hash is ever written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from coach.account_data.schema import FORMAT, NESTED, SECTIONS, VERSION, encode_audio, encode_row
from coach.auth.services import user_upload_folder
from coach.extensions import db
from coach.models import Application, Feedback, Finding, Stage, User, utcnow
from coach.practice.models import (
    DrillLog,
    HiddenQuestion,
    PlanAction,
    PracticeSet,
    PracticeSetItem,
    Question,
    ReviewCard,
)
from coach.rehearse.models import Attempt, Draft, MockInterview, MockItem
from coach.review.models import Invitation, Review, SharedAttempt

# The table behind each section: a test checks that every user-owned table has one.
TABLES: dict[str, str] = {
    "applications": "applications",
    "stages": "stages",
    "feedback": "feedback",
    "findings": "findings",
    "questions": "questions",
    "hidden_questions": "hidden_questions",
    "practice_sets": "practice_sets",
    "practice_set_items": "practice_set_items",
    "plan_actions": "plan_actions",
    "review_cards": "review_cards",
    "drill_logs": "drill_logs",
    "drafts": "drafts",
    "mock_interviews": "mock_interviews",
    "mock_items": "mock_items",
    "attempts": "attempts",
    "invitations": "invitations",
    "shared_attempts": "shared_attempts",
    "reviews": "reviews",
}


PARENT_KEYS = {
    "stages": "application_id",
    "findings": "feedback_id",
    "practice_set_items": "practice_set_id",
    "mock_items": "mock_id",
    "shared_attempts": "invitation_id",
    "reviews": "invitation_id",
}


def _rows(statement) -> list:
    return list(db.session.scalars(statement))


def _owned(model, user_id: int) -> list:
    return _rows(sa.select(model).where(model.user_id == user_id).order_by(model.id))


def _children(model, parent, key, user_id: int) -> list:
    return _rows(
        sa.select(model)
        .join(parent, key == parent.id)
        .where(parent.user_id == user_id)
        # ordered by id so that nested lists keep the order they were made in
        .order_by(model.id)
    )


def load_rows(user_id: int) -> dict[str, list]:
    """Every row the user owns, by section (one query per table)."""
    return {
        "applications": _owned(Application, user_id),
        "stages": _children(Stage, Application, Stage.application_id, user_id),
        "feedback": _owned(Feedback, user_id),
        "findings": _children(Finding, Feedback, Finding.feedback_id, user_id),
        "questions": _owned(Question, user_id),
        "hidden_questions": _owned(HiddenQuestion, user_id),
        "practice_sets": _owned(PracticeSet, user_id),
        "practice_set_items": _children(
            PracticeSetItem, PracticeSet, PracticeSetItem.practice_set_id, user_id
        ),
        "plan_actions": _owned(PlanAction, user_id),
        "review_cards": _owned(ReviewCard, user_id),
        "drill_logs": _owned(DrillLog, user_id),
        "drafts": _owned(Draft, user_id),
        "mock_interviews": _owned(MockInterview, user_id),
        "mock_items": _children(MockItem, MockInterview, MockItem.mock_id, user_id),
        "attempts": _owned(Attempt, user_id),
        "invitations": _owned(Invitation, user_id),
        "shared_attempts": _children(
            SharedAttempt, Invitation, SharedAttempt.invitation_id, user_id
        ),
        "reviews": _children(Review, Invitation, Review.invitation_id, user_id),
    }


def _bank_questions(rows: dict[str, list], own: set[int]) -> dict[int, Question]:
    """The bank questions the user's rows refer to, by database id (one query)."""
    ids = {
        row.question_id
        for section in ("hidden_questions", "practice_set_items", "review_cards", "drill_logs")
        + ("drafts", "mock_items", "attempts")
        for row in rows[section]
    } - own
    if not ids:
        return {}
    return {q.id: q for q in _rows(sa.select(Question).where(Question.id.in_(ids)))}


def _read_audio(user_id: int, attempt: Attempt, with_audio: bool) -> dict[str, str] | None:
    """An attempt's recording, or None when it has none (or its file is gone)."""
    if not attempt.audio_filename or not attempt.audio_type:
        return None
    if not with_audio:
        return {"type": attempt.audio_type}
    path = user_upload_folder(user_id) / attempt.audio_filename
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return encode_audio(attempt.audio_type, data)


def build_export(
    user: User, now: datetime | None = None, with_audio: bool = True
) -> dict[str, object]:
    """The user's whole account as a JSON-ready dict (format coach-export, version 1).

    Without audio, a recording is only named by its type (for the readable report).
    """
    rows = load_rows(user.id)
    own = {q.id for q in rows["questions"]}
    bank = _bank_questions(rows, own)

    def question_ref(question_id: int) -> dict[str, object]:
        if question_id in own:
            return {"own": question_id}
        return {"bank": bank[question_id].bank_id}

    def record(section: str, row, **refs: object) -> dict[str, object]:
        data: dict[str, object] = {"id": row.id} if hasattr(row, "id") else {}
        data.update(encode_row(section, row))
        if hasattr(row, "question_id"):
            data["question"] = question_ref(row.question_id)
        data.update(refs)
        return data

    records = {
        section: [
            record(section, row, **_refs(section, row, user.id, with_audio))
            for row in rows[section]
        ]
        for section in SECTIONS
    }
    for section, (parent_section, key) in NESTED.items():
        by_id = {data["id"]: data for data in records[parent_section]}
        for data in by_id.values():
            data.setdefault(key, [])
        for row, data in zip(rows[section], records[section], strict=True):
            by_id[getattr(row, PARENT_KEYS[section])][key].append(data)  # type: ignore[union-attr]
    document: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (now or utcnow()).isoformat(timespec="seconds"),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "timezone": user.timezone,
            "created_at": user.created_at.isoformat(),
        },
        # for people reading the file; the import finds bank questions by their bank id
        "bank_questions": [
            {"bank": q.bank_id, "text": q.text} for q in sorted(bank.values(), key=lambda q: q.id)
        ],
    }
    document.update({name: records[name] for name in SECTIONS if name not in NESTED})
    return document


def _refs(section: str, row, user_id: int, with_audio: bool) -> dict[str, object]:
    """The references a record carries besides its question."""
    if section == "feedback":
        return {"application": row.application_id, "stage": row.stage_id}
    if section == "attempts":
        return {"mock_item": row.mock_item_id, "audio": _read_audio(user_id, row, with_audio)}
    if section in ("shared_attempts", "reviews"):
        return {"attempt": row.attempt_id}
    return {}


def section_counts(document: dict[str, object]) -> dict[str, int]:
    """How many records of each section a document holds."""
    counts = {}
    for section in SECTIONS:
        if section in NESTED:
            parent_section, key = NESTED[section]
            parents: Iterable = document.get(parent_section) or []  # type: ignore[assignment]
            counts[section] = sum(len(p.get(key) or []) for p in parents)
        else:
            counts[section] = len(document.get(section) or [])  # type: ignore[arg-type]
    return counts
