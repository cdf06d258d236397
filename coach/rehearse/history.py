"""A question's history: every attempt's scores and figures, side by side and over time.

The attempts are read as plain rows (their texts left out) with their reviewers' scores,
and kept per user until the user's data changes (coach.memo); only the two texts being
compared are read on each request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from markupsafe import Markup

from coach import charts, memo
from coach.analysis.diff import diff_stats, word_diff
from coach.analysis.rubric import RUBRIC_KEYS, rubric_mean
from coach.debrief.services import local_today
from coach.extensions import db
from coach.models import User
from coach.practice import day_label
from coach.practice.drill import user_zone
from coach.rehearse.models import Attempt
from coach.review.models import Review

FIGURES = (
    "word_count",
    "star_parts",
    "quantified_result",
    "filler_count",
    "speaking_seconds",
    "audio_filename",
)


@dataclass(frozen=True)
class AttemptRow:
    """One attempt without its text: what the history shows of it."""

    id: int
    created_at: datetime
    scores: dict[str, int | None]
    self_mean: float | None
    word_count: int
    star_parts: int
    quantified_result: bool
    filler_count: int
    speaking_seconds: float | None
    audio_filename: str | None
    number: int  # 1 for the first attempt at the question
    day: str  # the day it was made, where the user lives

    def __getitem__(self, key: str) -> int | None:
        return self.scores[key]


@dataclass(frozen=True)
class History:
    """Every attempt at a question, oldest first, with the reviewers' score of each (the
    mean of its reviewers' means) and the timeline chart with its table."""

    rows: tuple[AttemptRow, ...]
    reviewer_scores: dict[int, float]
    timeline: tuple[Markup, Markup] | None


def question_history(user: User, question_id: int) -> History:
    """The history of one of the user's questions (two queries, or none while kept)."""
    return memo.remembered(
        f"history:{question_id}", user, local_today(user), lambda: _history(user, question_id)
    )


def _history(user: User, question_id: int) -> History:
    zone = user_zone(user)
    columns = [getattr(Attempt, name) for name in (*RUBRIC_KEYS, *FIGURES)]
    found = db.session.execute(
        sa.select(Attempt.id, Attempt.created_at, *columns)
        .where(Attempt.question_id == question_id, Attempt.user_id == user.id)
        .order_by(Attempt.created_at, Attempt.id)
    ).all()
    rows = []
    for number, (attempt_id, created_at, *values) in enumerate(found, 1):
        scores = dict(zip(RUBRIC_KEYS, values[: len(RUBRIC_KEYS)], strict=True))
        figures = dict(zip(FIGURES, values[len(RUBRIC_KEYS) :], strict=True))
        rows.append(
            AttemptRow(
                id=attempt_id,
                created_at=created_at,
                scores=scores,
                self_mean=rubric_mean(scores),
                number=number,
                day=day_label(created_at, zone),
                **figures,
            )
        )
    reviewer_scores = _reviewer_scores(user, question_id)
    timeline = timeline_chart(rows, reviewer_scores) if len(rows) > 1 else None
    return History(tuple(rows), reviewer_scores, timeline)


def _reviewer_scores(user: User, question_id: int) -> dict[int, float]:
    """Each reviewed attempt's score: the mean of its reviewers' means."""
    means: dict[int, list[float]] = {}
    reviews = db.session.execute(
        sa.select(Review.attempt_id, *(getattr(Review, key) for key in RUBRIC_KEYS))
        .join(Attempt, Attempt.id == Review.attempt_id)
        .where(Attempt.question_id == question_id, Attempt.user_id == user.id)
        .order_by(Review.created_at, Review.id)
    )
    for attempt_id, *values in reviews:
        mean = rubric_mean(dict(zip(RUBRIC_KEYS, values, strict=True)))
        if mean is not None:
            means.setdefault(attempt_id, []).append(mean)
    return {attempt_id: sum(found) / len(found) for attempt_id, found in means.items()}


def timeline_chart(
    rows: list[AttemptRow], reviewer_scores: dict[int, float]
) -> tuple[Markup, Markup]:
    """The scores of every attempt at a question, as a chart and its table."""
    labels = [str(row.number) for row in rows]
    series = charts.score_series(
        labels, [row.self_mean for row in rows], [reviewer_scores.get(row.id) for row in rows]
    )
    chart = charts.line_chart(
        series,
        title="Scores per attempt",
        x_label="Attempt",
        y_label="Score (1 to 5)",
        chart_id="timeline",
    )
    table = charts.render_table(
        charts.line_chart_table(series, caption="Scores per attempt", x_heading="Attempt")
    )
    return chart, table


def chosen_pair(
    rows: tuple[AttemptRow, ...], old_id: int | None, new_id: int | None
) -> tuple[AttemptRow | None, AttemptRow | None]:
    """The two attempts to compare: the ones asked for, else the last two."""
    by_id = {row.id: row for row in rows}
    new = by_id.get(new_id) if new_id else None
    old = by_id.get(old_id) if old_id else None
    if new is None:
        if not rows:
            return None, None
        new = rows[-1]
    if old is None or old is new:
        earlier = [row for row in rows if row is not new and row.created_at <= new.created_at]
        old = earlier[-1] if earlier else None
    return old, new


def comparison(user: User, old: AttemptRow, new: AttemptRow) -> tuple[Markup, tuple[int, int]]:
    """The word-level changes from one attempt's text to another's, as HTML (inserted words
    in <ins>, removed ones in <del>, every text escaped), and how many words were added and
    removed (one query, or none while kept)."""

    def compare() -> tuple[Markup, tuple[int, int]]:
        found = dict(
            db.session.execute(
                sa.select(Attempt.id, Attempt.text).where(
                    Attempt.id.in_([old.id, new.id]), Attempt.user_id == user.id
                )
            ).all()
        )
        ops = word_diff(found.get(old.id, ""), found.get(new.id, ""))
        html = Markup("").join(_OP_HTML[op.kind].format(op.text) for op in ops)
        return html, diff_stats(ops) if ops else (0, 0)

    return memo.remembered(f"diff:{old.id}:{new.id}", user, local_today(user), compare)


_OP_HTML = {
    "insert": Markup("<ins>{}</ins>"),
    "delete": Markup("<del>{}</del>"),
    "equal": Markup("{}"),
}
