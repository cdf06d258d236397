"""Practice plans: sets built from the priorities or chosen tags, swaps, and plan actions."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from coach.analysis.selection import (
    TOP_PRIORITIES,
    Pick,
    WeightedTag,
    build_practice_set,
    build_set_for_tags,
    swap_question,
)
from coach.analysis.taxonomy import TAGS
from coach.extensions import db
from coach.models import User, utcnow
from coach.practice.models import PlanAction, PracticeSet, PracticeSetItem, ReviewCard, join_slugs
from coach.practice.priorities import weighted_priorities
from coach.practice.questions import question_pool

EARLIER_SETS = 10


def new_seed() -> int:
    return secrets.randbelow(2**31)


# Building and swapping


class NothingToPractise(Exception):
    """No set can be built; the message tells the user what to do instead."""


def build_plan(user: User, size: int, seed: int | None = None) -> PracticeSet:
    """A set weighted toward the top changeable priorities (the caller commits)."""
    priorities = weighted_priorities(user)
    if not priorities:
        raise NothingToPractise(
            "You have no priorities to practise yet. Debrief a rejection first, "
            "or build a set from skills you choose below."
        )
    seed = new_seed() if seed is None else seed
    picks = build_practice_set(priorities, question_pool(user.id), size, seed)
    if not picks:
        raise NothingToPractise(
            "No question is left to practise: unhide some questions, or add your own."
        )
    return _save_set(user.id, picks, kind="priorities", seed=seed, size=size)


def build_tag_set(
    user: User, tags: list[str], stage: str | None, size: int, seed: int | None = None
) -> PracticeSet:
    """A set over chosen tags, optionally for one stage (the caller commits)."""
    seed = new_seed() if seed is None else seed
    picks = build_set_for_tags(tags, question_pool(user.id), size, seed, stage or None)
    if not picks:
        raise NothingToPractise(
            "No question trains those skills at that stage. Choose others, or any stage."
        )
    return _save_set(
        user.id, picks, kind="tags", seed=seed, size=size, stage=stage or None, tags=tags
    )


def _save_set(
    user_id: int,
    picks: list[Pick],
    kind: str,
    seed: int,
    size: int,
    stage: str | None = None,
    tags: list[str] | None = None,
) -> PracticeSet:
    practice_set = PracticeSet(
        user_id=user_id,
        kind=kind,
        seed=seed,
        size=size,
        stage=stage,
        chosen_tags=join_slugs(tags or ()),
    )
    for position, pick in enumerate(picks):
        practice_set.items.append(
            PracticeSetItem(question_id=int(pick.question_id), tag=pick.tag, position=position)
        )
    db.session.add(practice_set)
    schedule_now(user_id, picks, utcnow())
    return practice_set


def schedule_now(user_id: int, picks: list[Pick], now: datetime) -> None:
    """Give each picked question a review card due now; a card it has keeps its schedule."""
    ids = [int(pick.question_id) for pick in picks]
    cards = {
        card.question_id: card
        for card in db.session.scalars(
            sa.select(ReviewCard).where(
                ReviewCard.user_id == user_id, ReviewCard.question_id.in_(ids)
            )
        )
    }
    for pick in picks:
        card = cards.get(int(pick.question_id))
        if card is None:
            db.session.add(
                ReviewCard(
                    user_id=user_id, question_id=int(pick.question_id), tag=pick.tag, due=now
                )
            )
        else:
            card.tag = pick.tag


def swap_item(user: User, item: PracticeSetItem) -> PracticeSetItem | None:
    """Replace a question of a set with another on the same weakness; None if none is left."""
    practice_set = item.practice_set
    picks = [Pick(str(i.question_id), i.tag) for i in practice_set.items]
    index = practice_set.items.index(item)
    pool = question_pool(user.id)
    if practice_set.stage:
        pool = [q for q in pool if practice_set.stage in q.stages]
    swapped = swap_question(picks, index, pool, seed=practice_set.seed)
    if swapped[index] == picks[index]:
        return None
    old_question_id = item.question_id
    item.question_id = int(swapped[index].question_id)
    db.session.execute(
        sa.delete(ReviewCard).where(
            ReviewCard.user_id == user.id,
            ReviewCard.question_id == old_question_id,
            ReviewCard.reviews == 0,
        )
    )
    schedule_now(user.id, [swapped[index]], utcnow())
    return item


# Reading


def get_set(set_id: int, user_id: int) -> PracticeSet:
    """One of the user's practice sets with its questions, or 404."""
    return db.first_or_404(
        sa.select(PracticeSet)
        .where(PracticeSet.id == set_id, PracticeSet.user_id == user_id)
        .options(selectinload(PracticeSet.items).joinedload(PracticeSetItem.question))
    )


def get_item(item_id: int, user_id: int) -> PracticeSetItem:
    """A question of one of the user's practice sets, or 404."""
    return db.first_or_404(
        sa.select(PracticeSetItem)
        .join(PracticeSetItem.practice_set)
        .where(PracticeSetItem.id == item_id, PracticeSet.user_id == user_id)
        .options(joinedload(PracticeSetItem.practice_set).selectinload(PracticeSet.items))
    )


@dataclass(frozen=True)
class SetSummary:
    practice_set: PracticeSet
    questions: int


def recent_sets(user_id: int) -> list[SetSummary]:
    """The user's latest sets, newest first, with their question counts (one query)."""
    counts = (
        sa.select(PracticeSetItem.practice_set_id, sa.func.count().label("n"))
        .group_by(PracticeSetItem.practice_set_id)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(PracticeSet, sa.func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.practice_set_id == PracticeSet.id)
        .where(PracticeSet.user_id == user_id)
        .order_by(PracticeSet.created_at.desc(), PracticeSet.id.desc())
        .limit(EARLIER_SETS + 1)
    )
    return [SetSummary(practice_set, count) for practice_set, count in rows]


def latest_set(user_id: int) -> PracticeSet | None:
    """The user's newest set with its questions (two queries), or None."""
    return db.session.scalar(
        sa.select(PracticeSet)
        .where(PracticeSet.user_id == user_id)
        .order_by(PracticeSet.created_at.desc(), PracticeSet.id.desc())
        .limit(1)
        .options(selectinload(PracticeSet.items).joinedload(PracticeSetItem.question))
    )


# Development plan actions


@dataclass
class PrioritySection:
    """A priority of the development plan and the user's actions for it."""

    tag: str
    label: str
    actions: list[PlanAction] = field(default_factory=list)


def development_plan(
    user_id: int, priorities: list[WeightedTag]
) -> tuple[list[PrioritySection], list[PlanAction]]:
    """Actions grouped under the top priorities; the rest (older priorities) apart."""
    sections = {
        p.tag: PrioritySection(p.tag, TAGS[p.tag].label if p.tag in TAGS else p.tag)
        for p in priorities[:TOP_PRIORITIES]
    }
    others: list[PlanAction] = []
    actions = db.session.scalars(
        sa.select(PlanAction)
        .where(PlanAction.user_id == user_id)
        .order_by(
            PlanAction.done, PlanAction.target_date.is_(None), PlanAction.target_date, PlanAction.id
        )
    )
    for action in actions:
        section = sections.get(action.tag)
        (section.actions if section else others).append(action)
    return list(sections.values()), others


def get_action(action_id: int, user_id: int) -> PlanAction:
    """One of the user's plan actions, or 404."""
    return db.first_or_404(
        sa.select(PlanAction).where(PlanAction.id == action_id, PlanAction.user_id == user_id)
    )


def add_action(user_id: int, tag: str, text: str, target_date: date | None) -> PlanAction:
    action = PlanAction(user_id=user_id, tag=tag, text=text, target_date=target_date)
    db.session.add(action)
    return action


def update_action(action: PlanAction, text: str, target_date: date | None) -> None:
    action.text = text
    action.target_date = target_date


def toggle_action(action: PlanAction) -> None:
    action.done = not action.done


def delete_action(action: PlanAction) -> None:
    db.session.delete(action)
