"""Drills: the next due question, top priorities first, and grading a try."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from coach import memo
from coach.analysis import scheduling
from coach.debrief.services import local_today
from coach.extensions import db
from coach.models import User
from coach.practice.models import DrillLog, Question, ReviewCard
from coach.practice.priorities import priority_rank, weighted_priorities
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


@dataclass(frozen=True)
class _Queue:
    card_id: int | None
    due_count: int
    next_due: datetime | None
    total: int


def next_card(user: User, now: datetime) -> DrillState:
    """The next due card of the user: top priorities first, then the longest overdue.

    The database counts and orders the cards whatever their number; what it finds is kept
    until the user's data changes or another card falls due (then one query for the card).
    """
    queue = memo.remembered_until("drill", user, local_today(user), now, lambda: _queue(user, now))
    card = get_card(queue.card_id, user.id) if queue.card_id is not None else None
    return DrillState(card, queue.due_count, queue.next_due, queue.total)


def _queue(user: User, now: datetime) -> tuple[_Queue, datetime | None]:
    due_now = ReviewCard.due <= now
    mine = sa.and_(ReviewCard.user_id == user.id, practisable(user.id))
    total, due_count, upcoming = db.session.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(sa.case((due_now, 1), else_=0)), 0),
            sa.func.min(sa.case((~due_now, ReviewCard.due))),
        )
        .select_from(ReviewCard)
        .join(Question, Question.id == ReviewCard.question_id)
        .where(mine)
    ).one()
    if not due_count:
        return _Queue(None, 0, upcoming, total), upcoming
    ranks = priority_rank(weighted_priorities(user))
    rank = sa.case(ranks, value=ReviewCard.tag, else_=len(ranks)) if ranks else sa.literal(0)
    card_id = db.session.scalar(
        sa.select(ReviewCard.id)
        .join(Question, Question.id == ReviewCard.question_id)
        .where(mine, due_now)
        .order_by(rank, ReviewCard.due, ReviewCard.id)
        .limit(1)
    )
    return _Queue(card_id, int(due_count), None, total), upcoming


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
