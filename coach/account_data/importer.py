"""Recreate an export inside the current user's account: checked first, then written in one
transaction; recordings are written as new files, removed again if anything fails."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from flask import current_app

from coach.account_data.schema import NESTED, SECTIONS, DocumentError, parse_json
from coach.account_data.validate import Record, Records, audio_bytes, bank_ids, validate_document
from coach.audio import new_audio_filename
from coach.auth.services import user_upload_folder
from coach.extensions import db
from coach.models import Application, Feedback, Finding, Stage, User
from coach.practice.models import (
    DrillLog,
    HiddenQuestion,
    PlanAction,
    PracticeSet,
    PracticeSetItem,
    Question,
    ReviewCard,
)
from coach.rehearse.attempts import quota_used
from coach.rehearse.models import Attempt, Draft, MockInterview, MockItem
from coach.review.invitations import hash_token
from coach.review.models import Invitation, Review, SharedAttempt

# The relationship that holds a nested section's records on their parent.
RELATIONS = {
    "stages": "stages",
    "findings": "findings",
    "practice_set_items": "items",
    "mock_items": "items",
    "shared_attempts": "items",
}
SECTION_LABELS = {
    "applications": ("application", "applications"),
    "feedback": ("piece of feedback", "pieces of feedback"),
    "questions": ("own question", "own questions"),
    "attempts": ("answer", "answers"),
    "invitations": ("invitation", "invitations"),
}


@dataclass
class ImportResult:
    """What an import added, what it left out (already there), and the files it wrote."""

    counts: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        """A sentence for the user: the main counts."""
        parts = []
        for section, (one, many) in SECTION_LABELS.items():
            count = self.counts.get(section, 0)
            parts.append(f"{count} {one if count == 1 else many}")
        text = "Imported " + ", ".join(parts) + "."
        if self.skipped:
            text += f" {self.skipped} records you already had were kept as they were."
        return text


def read_document(raw: bytes) -> Records:
    """An uploaded file's records, checked; DocumentError says what is wrong."""
    return validate_document(parse_json(raw), int(current_app.config["AUDIO_MAX_BYTES"]))


def _columns(section: str, record: Record) -> dict[str, object]:
    return {name: record[name] for name in SECTIONS[section]}


def _bank_questions(records: Records) -> dict[str, int]:
    wanted = bank_ids(records)
    if not wanted:
        return {}
    found = dict(
        db.session.execute(
            sa.select(Question.bank_id, Question.id).where(
                Question.bank_id.in_(wanted), Question.user_id.is_(None)
            )
        ).all()
    )
    missing = sorted(wanted - set(found))
    if missing:
        raise DocumentError(
            f"The file uses bank questions this coach does not have ({', '.join(missing[:3])}): "
            "load the question bank (flask --app coach setup), then import again."
        )
    return found  # type: ignore[return-value]


def _check_quota(user: User, records: Records) -> None:
    quota = int(current_app.config["AUDIO_QUOTA_BYTES"])
    needed = audio_bytes(records)
    if needed and quota_used(user.id) + needed > quota:
        raise DocumentError(
            f"The recordings in this file ({needed / 1048576:.1f} MB) do not fit in the space "
            f"left for your recordings ({quota / 1048576:.0f} MB in all)."
        )


def _taken(model, user_id: int) -> set[int]:
    return set(db.session.scalars(sa.select(model.question_id).where(model.user_id == user_id)))


def import_records(user: User, records: Records) -> ImportResult:
    """Add the records to the user's account (the caller commits, or calls `discard_files`)."""
    bank = _bank_questions(records)
    _check_quota(user, records)
    result = ImportResult(counts=dict.fromkeys(SECTIONS, 0))
    try:
        _write(user, records, bank, result)
        db.session.flush()
    except BaseException:
        discard_files(result)
        raise
    return result


def discard_files(result: ImportResult) -> None:
    """Remove the recordings an import wrote: after its transaction failed."""
    for path in result.files:
        path.unlink(missing_ok=True)
    result.files.clear()


def _write(user: User, records: Records, bank: dict[str, int], result: ImportResult) -> None:
    made: dict[str, list] = {}
    by_id: dict[str, dict[object, object]] = {}

    def add(section: str, obj, record: Record) -> None:
        made.setdefault(section, []).append(obj)
        if record["_id"] is not None:
            by_id.setdefault(section, {})[record["_id"]] = obj
        if section in RELATIONS:
            parent = made[NESTED[section][0]][record["_parent"]]  # type: ignore[index]
            getattr(parent, RELATIONS[section]).append(obj)
        elif section not in NESTED:
            db.session.add(obj)
        result.counts[section] += 1

    def own(section: str, record: Record, model, **extra):
        add(section, model(user_id=user.id, **_columns(section, record), **extra), record)

    def child(section: str, record: Record, model, **extra):
        add(section, model(**_columns(section, record), **extra), record)

    for record in records["applications"]:
        own("applications", record, Application)
    for record in records["stages"]:
        child("stages", record, Stage)
    for record in records["questions"]:
        own("questions", record, Question, bank_id=None)
    db.session.flush()  # own questions get their ids, which the rows below refer to
    questions = by_id.get("questions", {})

    def question_id(record: Record) -> int:
        kind, ref = record["_question"]  # type: ignore[misc]
        return questions[ref].id if kind == "own" else bank[ref]  # type: ignore[union-attr]

    for record in records["feedback"]:
        own(
            "feedback",
            record,
            Feedback,
            application=by_id.get("applications", {}).get(record["_application"]),
            stage=by_id.get("stages", {}).get(record["_stage"]),
        )
    for record in records["findings"]:
        child("findings", record, Finding)
    for section, model in (
        ("hidden_questions", HiddenQuestion),
        ("review_cards", ReviewCard),
        ("drafts", Draft),
    ):
        taken = _taken(model, user.id)
        for record in records[section]:
            if question_id(record) in taken:
                result.skipped += 1
                continue
            own(section, record, model, question_id=question_id(record))
    for record in records["practice_sets"]:
        own("practice_sets", record, PracticeSet)
    for record in records["practice_set_items"]:
        child("practice_set_items", record, PracticeSetItem, question_id=question_id(record))
    for record in records["plan_actions"]:
        own("plan_actions", record, PlanAction)
    for record in records["drill_logs"]:
        own("drill_logs", record, DrillLog, question_id=question_id(record))
    for record in records["mock_interviews"]:
        own("mock_interviews", record, MockInterview)
    for record in records["mock_items"]:
        child("mock_items", record, MockItem, question_id=question_id(record))
    folder = user_upload_folder(user.id)
    for record in records["attempts"]:
        audio = _store_audio(folder, record["_audio"], result)  # type: ignore[arg-type]
        own(
            "attempts",
            record,
            Attempt,
            question_id=question_id(record),
            mock_item=by_id.get("mock_items", {}).get(record["_mock_item"]),
            **audio,
        )
    attempts = by_id.get("attempts", {})
    for record in records["invitations"]:
        # the old link's token is not in the export: the imported invitation gets a hash of
        # a fresh random token that nobody is told, so no old or new link opens it
        token_hash = hash_token(secrets.token_urlsafe(32))
        own("invitations", record, Invitation, token_hash=token_hash)
    for record in records["shared_attempts"]:
        child("shared_attempts", record, SharedAttempt, attempt=attempts[record["_attempt"]])
    for record in records["reviews"]:
        invitation = made["invitations"][record["_parent"]]  # type: ignore[index]
        review = Review(
            **_columns("reviews", record),
            invitation=invitation,
            attempt=attempts[record["_attempt"]],
        )
        add("reviews", review, record)
        db.session.add(review)


def _store_audio(
    folder: Path, audio: tuple[str, bytes] | None, result: ImportResult
) -> dict[str, object]:
    """Write a recording under a new server-chosen name; its columns for the attempt."""
    if audio is None:
        return {"audio_filename": None, "audio_type": None, "audio_bytes": 0}
    mime, data = audio
    folder.mkdir(parents=True, exist_ok=True)
    filename = new_audio_filename(mime)
    path = folder / filename
    with open(path, "xb") as out:
        result.files.append(path)
        out.write(data)
    return {"audio_filename": filename, "audio_type": mime, "audio_bytes": len(data)}


def import_file(user: User, raw: bytes) -> ImportResult:
    """Check an export file and add its records to the user's account (caller commits)."""
    return import_records(user, read_document(raw))
