"""Attempts: saving a rehearsed answer, its analysis, scoring it, drafts, and deleting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import IO

import sqlalchemy as sa
from flask import Response, abort, current_app, send_file
from sqlalchemy.orm import joinedload

from coach.analysis.answers import AnswerReport, analyse_answer
from coach.analysis.rubric import RUBRIC_KEYS, rubric_mean
from coach.analysis.scheduling import grade_from_score
from coach.audio import AudioError
from coach.auth.services import user_upload_folder
from coach.extensions import db
from coach.models import User, utcnow
from coach.practice import drill
from coach.practice.models import Question
from coach.practice.questions import available_question
from coach.rehearse.models import Attempt, Draft, MockItem
from coach.rehearse.recordings import StoredRecording, remove_recording, store_recording


class AttemptError(Exception):
    """An attempt that cannot be saved: the form field at fault and a message for the user."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# Reading


def get_attempt(attempt_id: int, user_id: int) -> Attempt:
    """One of the user's attempts with its question, or 404."""
    return db.first_or_404(
        sa.select(Attempt)
        .where(Attempt.id == attempt_id, Attempt.user_id == user_id)
        .options(joinedload(Attempt.question))
    )


def attempts_at(question_id: int, user_id: int) -> list[Attempt]:
    """The user's attempts at one question, oldest first (one query)."""
    return list(
        db.session.scalars(
            sa.select(Attempt)
            .where(Attempt.question_id == question_id, Attempt.user_id == user_id)
            .order_by(Attempt.created_at, Attempt.id)
        )
    )


def recent_attempts(user_id: int, page: int):
    """One page of the user's attempts, newest first, with their questions."""
    return db.paginate(
        sa.select(Attempt)
        .where(Attempt.user_id == user_id)
        .order_by(Attempt.created_at.desc(), Attempt.id.desc())
        .options(joinedload(Attempt.question)),
        page=page,
        per_page=25,
        error_out=False,
    )


def analyse(attempt: Attempt) -> AnswerReport:
    """The analysis of an attempt's text, timed by its recording when it has one."""
    seconds = attempt.audio_seconds if attempt.audio_filename else None
    return analyse_answer(attempt.text, seconds, float(attempt.target_seconds))


def _refresh_figures(attempt: Attempt) -> None:
    report = analyse(attempt)
    attempt.word_count = report.word_count
    attempt.speaking_seconds = round(report.speaking_seconds, 2)
    attempt.filler_count = report.filler_count
    attempt.hedge_count = report.hedge_count
    attempt.star_parts = 4 - len(report.missing_parts)
    attempt.quantified_result = report.quantified_result


def quota_used(user_id: int) -> int:
    """Bytes of recordings the user keeps."""
    used = db.session.scalar(
        sa.select(sa.func.coalesce(sa.func.sum(Attempt.audio_bytes), 0)).where(
            Attempt.user_id == user_id
        )
    )
    return int(used or 0)


# Drafts


def get_draft(user_id: int, question_id: int) -> Draft | None:
    return db.session.scalar(
        sa.select(Draft).where(Draft.user_id == user_id, Draft.question_id == question_id)
    )


def save_draft(user_id: int, question_id: int, text: str) -> Draft:
    """Keep the text being typed for a question (the caller commits)."""
    draft = get_draft(user_id, question_id)
    if draft is None:
        draft = Draft(user_id=user_id, question_id=question_id)
        db.session.add(draft)
    draft.text = text
    draft.updated_at = utcnow()
    return draft


@dataclass(frozen=True)
class DraftState:
    """The server's draft of an answer, when the latest attempt was saved, and when the
    server's copy last changed: the later of the two, since saving an attempt uses the
    draft up."""

    text: str
    saved_at: datetime | None
    latest_attempt_at: datetime | None


def draft_state(user_id: int, question_id: int) -> DraftState:
    """One query: the draft's text and time, and the latest attempt's time."""
    row = db.session.execute(
        sa.select(*_draft_columns()), {"user_id": user_id, "question_id": question_id}
    ).one()
    return _draft_state(*row)


def question_with_draft(question_id: int, user_id: int) -> tuple[Question, DraftState]:
    """A question the user may rehearse (else 404) and their draft of it, in one query."""
    row = db.session.execute(
        _question_with_draft(), {"user_id": user_id, "question_id": question_id}
    ).first()
    if row is None:
        abort(404)
    question, *draft = row
    return question, _draft_state(*draft)


def _draft_state(
    text: str | None, updated_at: datetime | None, latest_at: datetime | None
) -> DraftState:
    times = [t for t in (updated_at, latest_at) if t]
    return DraftState(text or "", max(times) if times else None, latest_at)


@cache
def _draft_columns() -> tuple[sa.ScalarSelect, ...]:
    """The draft's text and time and the latest attempt's time, for the user and question
    bound as parameters (built once: the rehearse page reads them on every request)."""
    user, question = sa.bindparam("user_id"), sa.bindparam("question_id")
    draft = sa.select(Draft.text).where(Draft.user_id == user, Draft.question_id == question)
    latest = sa.select(sa.func.max(Attempt.created_at)).where(
        Attempt.question_id == question, Attempt.user_id == user
    )
    return (
        draft.scalar_subquery(),
        draft.with_only_columns(Draft.updated_at).scalar_subquery(),
        latest.scalar_subquery(),
    )


@cache
def _question_with_draft() -> sa.Select:
    return available_question().add_columns(*_draft_columns())


# Writing


@dataclass(frozen=True)
class Upload:
    """A recording sent with an answer: its stream and the duration the page measured."""

    stream: IO[bytes]
    claimed_seconds: float | None


def _store(user_id: int, upload: Upload) -> StoredRecording:
    config = current_app.config
    quota_left = int(config["AUDIO_QUOTA_BYTES"]) - quota_used(user_id)
    try:
        return store_recording(
            upload.stream,
            user_upload_folder(user_id),
            upload.claimed_seconds,
            int(config["AUDIO_MAX_BYTES"]),
            quota_left,
        )
    except AudioError as error:
        raise AttemptError("audio", error.message) from error


def save_attempt(
    user: User,
    question: Question,
    text: str,
    upload: Upload | None,
    answer_seconds: float | None,
    target_seconds: int,
    mock_item: MockItem | None = None,
) -> Attempt:
    """Save an answer as an attempt and use up its draft (the caller commits).

    The recording is written before the row; if the commit fails, call `remove_file`.
    """
    if not text.strip() and upload is None:
        raise AttemptError("text", "Type your answer, or record it, before saving.")
    stored = _store(user.id, upload) if upload is not None else None
    attempt = Attempt(
        user_id=user.id,
        question_id=question.id,
        mock_item_id=mock_item.id if mock_item else None,
        text=text,
        answer_seconds=answer_seconds,
        target_seconds=target_seconds,
        created_at=utcnow(),
    )
    if stored is not None:
        attempt.audio_filename = stored.filename
        attempt.audio_type = stored.mime
        attempt.audio_bytes = stored.size
        attempt.audio_seconds = stored.seconds
    _refresh_figures(attempt)
    db.session.add(attempt)
    db.session.execute(
        sa.delete(Draft).where(Draft.user_id == user.id, Draft.question_id == question.id)
    )
    return attempt


def recording_response(attempt: Attempt) -> Response:
    """The attempt's recording as a private response with its type, or 404."""
    path = user_upload_folder(attempt.user_id) / (attempt.audio_filename or "")
    if not attempt.audio_filename or not path.is_file():
        abort(404)
    response = send_file(path, mimetype=attempt.audio_type, conditional=True, max_age=0)
    response.headers["Cache-Control"] = "private, no-store"
    return response


def remove_file(user_id: int, filename: str | None) -> None:
    """Remove a recording's file: after the commit that dropped its row, or after a commit
    that failed to add it."""
    remove_recording(user_upload_folder(user_id), filename)


def update_text(attempt: Attempt, text: str) -> None:
    """Replace an attempt's text (a transcript of its recording, say) and re-analyse it."""
    attempt.text = text
    _refresh_figures(attempt)


def score_attempt(
    user: User, attempt: Attempt, scores: dict[str, int], when: datetime | None = None
) -> str | None:
    """Keep the user's rubric scores; the first scoring grades the question in the drill.

    Returns the grade recorded now, or None when the attempt had been graded before.
    """
    for key in RUBRIC_KEYS:
        setattr(attempt, key, scores.get(key))
    mean = rubric_mean(attempt.scores)
    if mean is None or attempt.grade is not None:
        return None
    attempt.grade = grade_from_score(mean)
    drill.record_grade(user, attempt.question, attempt.grade, when or utcnow(), origin="rehearse")
    return attempt.grade


def delete_recording(attempt: Attempt) -> str | None:
    """Drop an attempt's recording and free its space; its text and scores stay.

    Returns the file name, for `remove_file` once the caller has committed.
    """
    filename = attempt.audio_filename
    attempt.audio_filename = None
    attempt.audio_type = None
    attempt.audio_bytes = 0
    attempt.audio_seconds = None
    _refresh_figures(attempt)
    return filename


def delete_attempt(attempt: Attempt) -> str | None:
    """Delete an attempt; returns its recording's file name for `remove_file` after commit."""
    db.session.delete(attempt)
    return attempt.audio_filename
