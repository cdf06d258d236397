"""Progress: the user's practice as plain records for coach.analysis.progress, in fixed queries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace

import sqlalchemy as sa

from coach import memo
from coach.analysis import progress
from coach.analysis.priorities import PracticeResult
from coach.analysis.rubric import RUBRIC_KEYS
from coach.analysis.taxonomy import CHANGEABLE
from coach.extensions import db
from coach.models import User
from coach.practice.models import DrillLog, Question, ReviewCard, split_slugs
from coach.practice.questions import practisable
from coach.rehearse.models import Attempt, MockItem
from coach.review.models import Review

ATTEMPT_COLUMNS = (
    "id",
    "question_id",
    "created_at",
    "word_count",
    "filler_count",
    "hedge_count",
    "star_parts",
    "quantified_result",
    "speaking_seconds",
    *RUBRIC_KEYS,
)


def _scores(row) -> dict[str, int]:
    return {key: value for key in RUBRIC_KEYS if (value := getattr(row, key)) is not None}


def practice_attempts(user: User) -> list[progress.Attempt]:
    """Every rehearsed answer of the user with its scores, reviewers' scores included
    (two queries, whatever the amount of practice)."""
    # plain columns, not whole attempts: the texts are not needed and cost the most
    columns = [getattr(Attempt, name) for name in ATTEMPT_COLUMNS]
    rows = db.session.execute(
        sa.select(*columns, Question.tags, MockItem.mock_id)
        .join(Question, Question.id == Attempt.question_id)
        .outerjoin(MockItem, MockItem.id == Attempt.mock_item_id)
        .where(Attempt.user_id == user.id)
        .order_by(Attempt.created_at, Attempt.id)
    ).all()
    reviewer_scores: dict[int, list[dict[str, int]]] = {}
    reviews = db.session.scalars(
        sa.select(Review)
        .join(Attempt, Attempt.id == Review.attempt_id)
        .where(Attempt.user_id == user.id)
    )
    for review in reviews:
        scored = _scores(review)
        if scored:
            reviewer_scores.setdefault(review.attempt_id, []).append(scored)
    tz = user.timezone or "UTC"
    return [
        progress.Attempt(
            attempt_id=str(attempt.id),
            question_id=str(attempt.question_id),
            tags=split_slugs(tags),
            session_key=progress.session_key_for(
                attempt.created_at, tz, f"mock-{mock_id}" if mock_id else None
            ),
            at=attempt.created_at,
            self_scores=_scores(attempt),
            reviewer_scores=tuple(reviewer_scores.get(attempt.id, ())),
            word_count=attempt.word_count,
            filler_count=attempt.filler_count,
            hedge_count=attempt.hedge_count,
            star_parts=attempt.star_parts,
            quantified_result=attempt.quantified_result,
            speaking_seconds=attempt.speaking_seconds,
        )
        for *values, tags, mock_id in rows
        for attempt in [SimpleNamespace(**dict(zip(ATTEMPT_COLUMNS, values, strict=True)))]
    ]


def _mean(values) -> float | None:
    items = [v for v in values if v is not None]
    return sum(items) / len(items) if items else None


def practice_results(user: User) -> list[PracticeResult]:
    """The scored practice that lowers a priority once its last three scores average 4.

    The same records as `progress.practice_results(practice_attempts(user))`, read lean:
    the priorities, the plan and the drill need them on every request.
    """
    tz = user.timezone or "UTC"
    scores = [getattr(Attempt, key) for key in RUBRIC_KEYS]
    reviewer_means: dict[int, list[float]] = {}
    reviews = db.session.execute(
        sa.select(Review.attempt_id, *(getattr(Review, key) for key in RUBRIC_KEYS))
        .join(Attempt, Attempt.id == Review.attempt_id)
        .where(Attempt.user_id == user.id)
    )
    for attempt_id, *values in reviews:
        if (mean := _mean(values)) is not None:
            reviewer_means.setdefault(attempt_id, []).append(mean)
    reviewed = sa.select(Review.attempt_id)
    rows = db.session.execute(
        sa.select(Attempt.id, Attempt.created_at, Question.tags, *scores)
        .join(Question, Question.id == Attempt.question_id)
        .where(
            Attempt.user_id == user.id,
            sa.or_(*(score.is_not(None) for score in scores), Attempt.id.in_(reviewed)),
        )
        .order_by(Attempt.created_at, Attempt.id)
    )
    results = []
    for attempt_id, at, tags, *values in rows:
        day = progress.local_day(at, tz)
        own, theirs = _mean(values), _mean(reviewer_means.get(attempt_id, ()))
        for score, by_reviewer in ((own, False), (theirs, True)):
            if score is not None:
                results += [
                    PracticeResult(tag, day, score, by_reviewer) for tag in split_slugs(tags)
                ]
    return results


def drill_sessions(user: User) -> list[progress.Attempt]:
    """Drill grades as score-less records, one session per local day, for the session
    counts and the streak (one query)."""
    tz = user.timezone or "UTC"
    rows = db.session.execute(
        sa.select(DrillLog.id, DrillLog.question_id, DrillLog.reviewed_at).where(
            DrillLog.user_id == user.id, DrillLog.origin == "drill"
        )
    )
    return [
        progress.Attempt(
            attempt_id=f"drill-{log_id}",
            question_id=str(question_id),
            tags=(),
            session_key="drill:" + progress.local_day(at, tz).isoformat(),
            at=at,
        )
        for log_id, question_id, at in rows
    ]


def due_by_tag(user: User, now: datetime) -> Counter[str]:
    """How many drill questions are due now, per weakness ("" for untagged ones; one
    query, kept until the user's data changes or another card falls due)."""
    return memo.remembered_until(
        "due_by_tag", user, today_for(user), now, lambda: _due_by_tag(user, now)
    )


def _due_by_tag(user: User, now: datetime) -> tuple[Counter[str], datetime | None]:
    due_now = ReviewCard.due <= now
    rows = db.session.execute(
        sa.select(
            ReviewCard.tag,
            sa.func.sum(sa.case((due_now, 1), else_=0)),
            sa.func.min(sa.case((~due_now, ReviewCard.due))),
        )
        .join(Question, Question.id == ReviewCard.question_id)
        .where(ReviewCard.user_id == user.id, practisable(user.id))
        .group_by(ReviewCard.tag)
    ).all()
    counts = Counter({tag or "": int(n) for tag, n, _next in rows if n})  # "": untagged
    return counts, min((later for *_rest, later in rows if later is not None), default=None)


@dataclass(frozen=True)
class QuestionPractice:
    """A question the user has answered, with how often and how the latest went."""

    question_id: int
    text: str
    attempts: int
    latest: datetime
    latest_score: float | None


def practised_questions(attempts: list[progress.Attempt], texts: dict[int, str]):
    """The questions answered, most recent first."""
    by_question: dict[str, list[progress.Attempt]] = {}
    for attempt in attempts:
        by_question.setdefault(attempt.question_id, []).append(attempt)
    rows = [
        QuestionPractice(
            int(qid),
            texts.get(int(qid), ""),
            len(items),
            items[-1].at,
            progress.combined_score(items[-1]),
        )
        for qid, items in by_question.items()
    ]
    return sorted(rows, key=lambda row: row.latest, reverse=True)


def question_texts(attempts: list[progress.Attempt]) -> dict[int, str]:
    ids = {int(a.question_id) for a in attempts}
    if not ids:
        return {}
    rows = db.session.execute(sa.select(Question.id, Question.text).where(Question.id.in_(ids)))
    return {question_id: text for question_id, text in rows}


def tracked_tags(priority_tags: list[str], attempts: list[progress.Attempt]) -> list[str]:
    """The weaknesses to show: the priorities first, then any other practised changeable tag."""
    practised = [tag for a in attempts for tag in a.tags if tag in CHANGEABLE]
    return list(dict.fromkeys([*priority_tags, *practised]))


def today_for(user: User) -> date:
    from coach.debrief.services import local_today

    return local_today(user)
