"""Drills: the next due question, top priorities first, and grading a try."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from coach.analysis import scheduling
from coach.analysis.selection import WeightedTag
from coach.extensions import db
from coach.models import User
from coach.practice.models import DrillLog, Question, ReviewCard
from coach.practice.priorities import priority_rank
from coach.practice.questions import practisable


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def record_grade(
    user: User, question: Question, grade: str, when: datetime, origin: str = "drill"
) -> ReviewCard:
    """Grade one try at a question, schedule its next review and log it (caller commits).

    Drills and rehearsed answers both call this, so they feed one schedule.
    """
    card = db.session.scalar(
        sa.select(ReviewCard).where(
            ReviewCard.user_id == user.id, ReviewCard.question_id == question.id
        )
    )
    previous = None
    if card is not None:
        previous = scheduling.ReviewState(
            due=card.due,
            stability=card.stability,
            difficulty=card.difficulty,
            last_review=card.last_review,
            reviews=card.reviews,
        )
    state = scheduling.review(previous, grade, when)
    if card is None:
        tags = question.tag_list
        card = ReviewCard(user_id=user.id, question_id=question.id, tag=tags[0] if tags else None)
        db.session.add(card)
    card.due = _naive_utc(state.due)
    card.stability = state.stability
    card.difficulty = state.difficulty
    card.last_review = _naive_utc(state.last_review) if state.last_review else None
    card.reviews = state.reviews
    db.session.add(
        DrillLog(
            user_id=user.id,
            question_id=question.id,
            grade=grade,
            reviewed_at=_naive_utc(when),
            next_due=card.due,
            origin=origin,
        )
    )
    return card


def get_card(card_id: int, user_id: int) -> ReviewCard:
    """One of the user's review cards with its question, or 404."""
    return db.first_or_404(
        sa.select(ReviewCard)
        .where(ReviewCard.id == card_id, ReviewCard.user_id == user_id)
        .options(joinedload(ReviewCard.question))
    )


@dataclass(frozen=True)
class DrillState:
    """What the drill page shows: the next card, how many are due, and when the next is."""

    card: ReviewCard | None
    due_count: int
    next_due: datetime | None
    total: int


def next_card(user: User, priorities: list[WeightedTag], now: datetime) -> DrillState:
    """The next due card of the user, top priorities first (two queries)."""
    rows = db.session.execute(
        sa.select(ReviewCard.id, ReviewCard.tag, ReviewCard.due)
        .join(Question, Question.id == ReviewCard.question_id)
        .where(ReviewCard.user_id == user.id, practisable(user.id))
    ).all()
    # keyed by card id: due_queue calls its keys question ids, any unique string will do
    states = {str(card_id): scheduling.ReviewState(due=due) for card_id, _tag, due in rows}
    tags = {str(card_id): tag for card_id, tag, _due in rows}
    queue = scheduling.due_queue(states, tags, priority_rank(priorities), now)
    if not queue:
        upcoming = min((due for _id, _tag, due in rows), default=None)
        return DrillState(None, 0, upcoming, len(rows))
    card = get_card(int(queue[0].question_id), user.id)
    return DrillState(card, len(queue), None, len(rows))


def user_zone(user: User) -> ZoneInfo:
    """The user's time zone; UTC for a reviewer without an account or an unknown zone."""
    try:
        return ZoneInfo(getattr(user, "timezone", None) or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def describe_due(due: datetime, user: User, now: datetime) -> str:
    """When a review is due, in the user's time zone: "today at 18:30", "tomorrow"..."""
    zone = user_zone(user)
    local = due.replace(tzinfo=UTC).astimezone(zone) if due.tzinfo is None else due.astimezone(zone)
    today = (
        now.replace(tzinfo=UTC).astimezone(zone).date()
        if now.tzinfo is None
        else now.astimezone(zone).date()
    )
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return f"today at {clock}"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow at {clock}"
    if local.year == today.year:
        return f"{local:%a} {local.day} {local:%b} at {clock}"
    return f"{local.day} {local:%b %Y} at {clock}"
