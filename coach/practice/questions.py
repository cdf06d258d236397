"""Questions: browsing the bank and the user's own, hiding, and the owner-checked lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import sqlalchemy as sa
from flask import abort
from flask_sqlalchemy.pagination import Pagination

from coach.analysis.selection import QuestionInfo
from coach.extensions import db
from coach.practice.models import HiddenQuestion, Question, join_slugs, split_slugs

PER_PAGE = 25
OWN_QUESTION_FIELDS = ("text", "tags", "stages", "source", "notes")


@dataclass(frozen=True)
class QuestionFilter:
    """What the browse page filters by (all optional)."""

    tag: str = ""
    stage: str = ""
    text: str = ""
    hidden: bool = False


def _hidden_ids(user_id: int) -> sa.Select:
    return sa.select(HiddenQuestion.question_id).where(HiddenQuestion.user_id == user_id)


def available(user_id: int) -> sa.ColumnElement[bool]:
    """Questions the user may use: the live bank and their own."""
    return sa.or_(
        sa.and_(Question.user_id.is_(None), Question.retired.is_(False)),
        Question.user_id == user_id,
    )


def practisable(user_id: int) -> sa.ColumnElement[bool]:
    """Available questions the user has not hidden."""
    return sa.and_(available(user_id), Question.id.not_in(_hidden_ids(user_id)))


def _has_slug(column: sa.ColumnElement[str], slug: str) -> sa.ColumnElement[bool]:
    return (sa.literal(",") + column + sa.literal(",")).like(f"%,{slug},%")


def browse(user_id: int, wanted: QuestionFilter, page: int) -> Pagination:
    """One page of the questions matching the filter: two queries whatever the page."""
    query = sa.select(Question)
    if wanted.hidden:
        query = query.where(available(user_id), Question.id.in_(_hidden_ids(user_id)))
    else:
        query = query.where(practisable(user_id))
    if wanted.tag:
        query = query.where(_has_slug(Question.tags, wanted.tag))
    if wanted.stage:
        query = query.where(_has_slug(Question.stages, wanted.stage))
    if wanted.text:
        escaped = wanted.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Question.text.ilike(f"%{escaped}%", escape="\\"))
    query = query.order_by(Question.user_id.is_(None), Question.id)
    return db.paginate(query, page=page, per_page=PER_PAGE, error_out=False, count=True)


def hidden_count(user_id: int) -> int:
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(HiddenQuestion)
        .where(HiddenQuestion.user_id == user_id)
    )


def question_pool(user_id: int) -> list[QuestionInfo]:
    """What selection needs about every practisable question (one query, no texts)."""
    rows = db.session.execute(
        sa.select(Question.id, Question.tags, Question.stages).where(practisable(user_id))
    )
    return [
        QuestionInfo(str(qid), split_slugs(tags), split_slugs(stages)) for qid, tags, stages in rows
    ]


# Owner-checked lookups: another user's question answers 404, exactly like a missing one.


def get_question(question_id: int, user_id: int) -> Question:
    """A bank question or one of the user's own, or 404."""
    question = db.session.scalar(
        available_question(), {"question_id": question_id, "user_id": user_id}
    )
    if question is None:
        abort(404)
    return question


@cache
def available_question() -> sa.Select:
    """The question `question_id` if the user `user_id` may use it, both bound as
    parameters (built once: the rehearse and history pages run it on every request)."""
    return sa.select(Question).where(
        Question.id == sa.bindparam("question_id"), available(sa.bindparam("user_id"))
    )


def get_own_question(question_id: int, user_id: int) -> Question:
    """One of the user's own questions, or 404."""
    return db.first_or_404(
        sa.select(Question).where(Question.id == question_id, Question.user_id == user_id)
    )


# Own questions


def create_own_question(user_id: int, **fields: object) -> Question:
    """Add one of the user's own questions (the caller commits)."""
    question = Question(user_id=user_id)
    update_own_question(question, **fields)
    db.session.add(question)
    return question


def update_own_question(question: Question, **fields: object) -> None:
    """Copy the form's fields onto an own question; tags and stages are lists of slugs."""
    for name in OWN_QUESTION_FIELDS:
        if name not in fields:
            continue
        value = fields[name]
        if name in ("tags", "stages"):
            value = join_slugs(value or ())  # type: ignore[arg-type]
        setattr(question, name, value or "")


def delete_own_question(question: Question) -> None:
    """Delete an own question with its set items, cards and logs (the caller commits)."""
    db.session.delete(question)


# Hiding


def is_hidden(question: Question, user_id: int) -> bool:
    return (
        db.session.scalar(
            sa.select(HiddenQuestion.id).where(
                HiddenQuestion.user_id == user_id, HiddenQuestion.question_id == question.id
            )
        )
        is not None
    )


def hide(question: Question, user_id: int) -> bool:
    """Hide a question from the user's lists, plans and drills. False if already hidden."""
    if is_hidden(question, user_id):
        return False
    db.session.add(HiddenQuestion(user_id=user_id, question_id=question.id))
    return True


def unhide(question: Question, user_id: int) -> bool:
    """Show a hidden question again. False if it was not hidden."""
    result = db.session.execute(
        sa.delete(HiddenQuestion).where(
            HiddenQuestion.user_id == user_id, HiddenQuestion.question_id == question.id
        )
    )
    return bool(result.rowcount)
