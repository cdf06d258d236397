"""Spaced repetition for rehearsed answers, on the FSRS scheduler with fuzzing off.

An answer is practised like a flashcard: each try is graded Again, Hard, Good or Easy and
the next review is scheduled from it. Steps are whole days: rehearsing an answer again ten
minutes later teaches little.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler, State

GRADES: tuple[str, ...] = ("again", "hard", "good", "easy")
_RATINGS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}
_SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@dataclass(frozen=True)
class ReviewState:
    """Where one question stands in a user's review schedule (times in UTC)."""

    due: datetime
    stability: float | None = None
    difficulty: float | None = None
    last_review: datetime | None = None
    reviews: int = 0


def grade_from_score(mean_score: float) -> str:
    """The drill grade for a mean rubric score from 1 to 5 (DESIGN: rehearsing answers)."""
    if mean_score < 2:
        return "again"
    if mean_score < 3:
        return "hard"
    if mean_score < 4.5:
        return "good"
    return "easy"


def new_state(now: datetime) -> ReviewState:
    """A question never reviewed: due now."""
    return ReviewState(due=_utc(now))


def review(state: ReviewState | None, grade: str, now: datetime) -> ReviewState:
    """Schedule the next review after a try graded `grade` at `now`."""
    if grade not in _RATINGS:
        raise ValueError(f"unknown grade {grade!r}; expected one of {', '.join(GRADES)}")
    now = _utc(now)
    previous = state or new_state(now)
    card = Card(
        card_id=1,
        state=State.Review if previous.stability is not None else State.Learning,
        step=None if previous.stability is not None else 0,
        stability=previous.stability,
        difficulty=previous.difficulty,
        due=_utc(previous.due),
        last_review=_utc(previous.last_review) if previous.last_review else None,
    )
    card, _log = _SCHEDULER.review_card(card, _RATINGS[grade], review_datetime=now)
    return ReviewState(
        due=card.due,
        stability=card.stability,
        difficulty=card.difficulty,
        last_review=card.last_review,
        reviews=previous.reviews + 1,
    )


def _utc(moment: datetime) -> datetime:
    """Treat naive datetimes as UTC (the database stores UTC without a zone)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
