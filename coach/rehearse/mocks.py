"""Mock interviews: questions from the priorities or a practice set, answered in a row."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from coach.analysis.answers import AnswerReport
from coach.analysis.selection import build_practice_set
from coach.extensions import db
from coach.models import User, utcnow
from coach.practice.plans import NothingToPractise, get_set, new_seed
from coach.practice.priorities import weighted_priorities
from coach.practice.questions import question_pool
from coach.rehearse import attempts
from coach.rehearse.models import Attempt, MockInterview, MockItem

PRIORITIES = "priorities"


def start_mock(
    user: User, source: str, size: int, think: int, answer: int, title: str
) -> MockInterview:
    """A new mock interview of `size` questions (the caller commits).

    source is "priorities" or the id of one of the user's practice sets, as text.
    """
    if source == PRIORITIES:
        priorities = weighted_priorities(user)
        if not priorities:
            raise NothingToPractise(
                "You have no priorities yet: debrief a rejection first, or choose a practice set."
            )
        picks = build_practice_set(priorities, question_pool(user.id), size, new_seed())
        chosen = [(int(pick.question_id), pick.tag) for pick in picks]
    else:
        practice_set = get_set(int(source), user.id)
        chosen = [(item.question_id, item.tag) for item in practice_set.items[:size]]
    if not chosen:
        raise NothingToPractise("No question is left to ask: unhide some, or add your own.")
    mock = MockInterview(user_id=user.id, title=title, think_seconds=think, answer_seconds=answer)
    for position, (question_id, tag) in enumerate(chosen):
        mock.items.append(MockItem(question_id=question_id, tag=tag, position=position))
    db.session.add(mock)
    return mock


def get_mock(mock_id: int, user_id: int) -> MockInterview:
    """One of the user's mock interviews with its questions, or 404."""
    return db.first_or_404(
        sa.select(MockInterview)
        .where(MockInterview.id == mock_id, MockInterview.user_id == user_id)
        .options(selectinload(MockInterview.items).joinedload(MockItem.question))
    )


def answers_of(mock: MockInterview) -> dict[int, Attempt]:
    """The attempt saved for each item of a mock interview, by item id (one query)."""
    rows = db.session.scalars(
        sa.select(Attempt).where(
            Attempt.mock_item_id.in_([item.id for item in mock.items]),
            Attempt.user_id == mock.user_id,
        )
    )
    return {attempt.mock_item_id: attempt for attempt in rows if attempt.mock_item_id}


def current_item(mock: MockInterview, answered: dict[int, Attempt]) -> MockItem | None:
    """The next question to answer: the first neither answered nor skipped."""
    if mock.finished_at is not None:
        return None
    for item in mock.items:
        if item.id not in answered and not item.skipped:
            return item
    return None


def finish_if_done(mock: MockInterview, answered: dict[int, Attempt]) -> None:
    """Mark the mock finished once every question is answered or skipped."""
    if mock.finished_at is None and current_item(mock, answered) is None:
        mock.finished_at = utcnow()


def end_mock(mock: MockInterview) -> None:
    """Stop now: the questions not reached count as skipped."""
    if mock.finished_at is None:
        mock.finished_at = utcnow()


@dataclass(frozen=True)
class SummaryRow:
    """One question of a finished mock interview: its attempt and analysis, if answered."""

    item: MockItem
    attempt: Attempt | None
    report: AnswerReport | None


def summary(mock: MockInterview) -> list[SummaryRow]:
    """Every question of the mock with what was answered (two queries)."""
    answered = answers_of(mock)
    rows = []
    for item in mock.items:
        attempt = answered.get(item.id)
        rows.append(SummaryRow(item, attempt, attempts.analyse(attempt) if attempt else None))
    return rows


def recent_mocks(user_id: int) -> list[MockInterview]:
    """The user's latest mock interviews, newest first."""
    return list(
        db.session.scalars(
            sa.select(MockInterview)
            .where(MockInterview.user_id == user_id)
            .order_by(MockInterview.created_at.desc(), MockInterview.id.desc())
            .limit(10)
            .options(selectinload(MockInterview.items))
        )
    )
