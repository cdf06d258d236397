"""Progress over sessions: trends per weakness, timelines, streaks and calibration.

Pure and deterministic: plain `Attempt` records in, frozen figures out. One score is used
everywhere, the *combined score* of an attempt: the mean of its self-score (the mean of its
rubric lines) and its reviewer score (the mean, over reviewers, of each reviewer's mean), so
self and reviewers weigh half each when both exist, and whichever exists counts alone
otherwise. An attempt with neither has no score and is left out of score means.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from coach.analysis.priorities import PracticeResult
from coach.analysis.rubric import RUBRIC_KEYS
from coach.analysis.taxonomy import TAGS

RUBRIC_LINES: tuple[str, ...] = RUBRIC_KEYS
# A change of half a rubric point between the first and the latest sessions is a real move;
# with four or more sessions the first two and the last two are compared, so one odd
# session cannot decide the status alone.
TREND_THRESHOLD = 0.5
CALIBRATION_THRESHOLD = 0.5
STATUSES: tuple[str, ...] = ("improving", "flat", "worse", "not enough data")
NO_ACTION = "Build a practice plan from your priorities"


@dataclass(frozen=True)
class Attempt:
    """One rehearsed answer with its scores and answer-analysis figures (times in UTC)."""

    attempt_id: str
    question_id: str
    tags: tuple[str, ...]
    session_key: str
    at: datetime
    self_scores: Mapping[str, int] = field(default_factory=dict)
    reviewer_scores: Sequence[Mapping[str, int]] = ()
    word_count: int = 0
    filler_count: int = 0
    hedge_count: int = 0
    star_parts: int = 0
    quantified_result: bool = False
    speaking_seconds: float = 0.0

    def __post_init__(self) -> None:
        for scores in (self.self_scores, *self.reviewer_scores):
            for line, value in scores.items():
                if line not in RUBRIC_LINES:
                    raise ValueError(f"unknown rubric line {line!r}")
                if not 1 <= value <= 5:
                    raise ValueError(f"score for {line} must be 1 to 5, not {value!r}")
        if not 0 <= self.star_parts <= 4:
            raise ValueError(f"star_parts must be 0 to 4, not {self.star_parts!r}")


@dataclass(frozen=True)
class TrendPoint:
    """One session's figures for one weakness; score means are None when nothing was scored."""

    session_key: str
    day: date
    attempts: int
    score: float | None
    self_score: float | None
    reviewer_score: float | None
    star_parts: float
    fillers_per_100: float | None
    hedges_per_100: float | None
    words: float
    quantified_share: float


@dataclass(frozen=True)
class Trend:
    """A weakness over sessions: the points, first against latest, and a status with reasons."""

    tag: str
    points: tuple[TrendPoint, ...]
    status: str
    scored_sessions: int
    first: float | None
    latest: float | None
    baseline: float | None
    recent: float | None
    change: float | None
    sentence: str


@dataclass(frozen=True)
class TimelineEntry:
    """One attempt at a question, in order, with its scores."""

    attempt_id: str
    at: datetime
    day: date
    session_key: str
    score: float | None
    self_score: float | None
    reviewer_score: float | None
    reviewers: int
    star_parts: int
    quantified_result: bool
    word_count: int
    fillers_per_100: float | None
    speaking_seconds: float


@dataclass(frozen=True)
class WeekCount:
    """Sessions started in one ISO week (Monday to Sunday, local time)."""

    week_start: date
    label: str
    sessions: int


@dataclass(frozen=True)
class CalibrationLine:
    """Self against reviewer on one rubric line, over attempts scored by both."""

    line: str
    pairs: int
    self_mean: float | None
    reviewer_mean: float | None
    gap: float | None


@dataclass(frozen=True)
class Calibration:
    """Calibration per rubric line and a sentence naming the largest gaps."""

    lines: tuple[CalibrationLine, ...]
    sentence: str


def session_key_for(at: datetime, tz: str, mock_or_drill_id: str | None) -> str:
    """The session of an attempt: its mock or drill run, or else the user's local day."""
    if mock_or_drill_id:
        return f"run:{mock_or_drill_id}"
    return f"day:{local_day(at, tz).isoformat()}"


def local_day(at: datetime, tz: str) -> date:
    """The date of a UTC moment in the user's time zone (naive times are taken as UTC)."""
    moment = at.replace(tzinfo=UTC) if at.tzinfo is None else at
    return moment.astimezone(ZoneInfo(tz)).date()


def _mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return sum(items) / len(items) if items else None


def self_score(attempt: Attempt) -> float | None:
    """The mean of the attempt's self-scored rubric lines."""
    return _mean(attempt.self_scores.values())


def reviewer_score(attempt: Attempt) -> float | None:
    """The mean over reviewers of each reviewer's mean (each reviewer weighs the same)."""
    return _mean(m for r in attempt.reviewer_scores if (m := _mean(r.values())) is not None)


def combined_score(attempt: Attempt) -> float | None:
    """Self and reviewer means averaged, or whichever exists (module docstring)."""
    return _mean(s for s in (self_score(attempt), reviewer_score(attempt)) if s is not None)


def _per_100(count: int, words: int) -> float | None:
    return 100 * count / words if words else None


def _ordered(attempts: Iterable[Attempt]) -> list[Attempt]:
    return sorted(attempts, key=lambda a: (_utc(a.at), a.attempt_id))


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _sessions(attempts: Iterable[Attempt]) -> list[list[Attempt]]:
    """Attempts grouped by session, sessions in the order they started."""
    groups: dict[str, list[Attempt]] = {}
    for attempt in _ordered(attempts):
        groups.setdefault(attempt.session_key, []).append(attempt)
    return list(groups.values())


def _point(group: list[Attempt], tz: str) -> TrendPoint:
    words = sum(a.word_count for a in group)
    return TrendPoint(
        session_key=group[0].session_key,
        day=local_day(group[0].at, tz),
        attempts=len(group),
        score=_mean(s for a in group if (s := combined_score(a)) is not None),
        self_score=_mean(s for a in group if (s := self_score(a)) is not None),
        reviewer_score=_mean(s for a in group if (s := reviewer_score(a)) is not None),
        star_parts=sum(a.star_parts for a in group) / len(group),
        fillers_per_100=_per_100(sum(a.filler_count for a in group), words),
        hedges_per_100=_per_100(sum(a.hedge_count for a in group), words),
        words=words / len(group),
        quantified_share=sum(a.quantified_result for a in group) / len(group),
    )


def _trend(tag: str, points: tuple[TrendPoint, ...]) -> Trend:
    scores = [p.score for p in points if p.score is not None]
    n = len(scores)
    if n == 0:
        sentence = "No scored attempts yet: score an answer to start the trend."
        return Trend(tag, points, "not enough data", 0, None, None, None, None, None, sentence)
    if n == 1:
        sentence = f"One scored session so far (mean {scores[0]:.1f}): one more shows a trend."
        return Trend(
            tag, points, "not enough data", 1, scores[0], scores[0], None, None, None, sentence
        )
    if n >= 4:
        baseline, recent = (scores[0] + scores[1]) / 2, (scores[-2] + scores[-1]) / 2
        first_words, latest_words = "your first two sessions", "your last two"
    else:
        baseline, recent = scores[0], scores[-1]
        first_words, latest_words = "your first session", "your latest"
    change = round(recent - baseline, 6)  # 2.9 - 2.4 must count as 0.5
    status = (
        "improving"
        if change >= TREND_THRESHOLD
        else "worse"
        if change <= -TREND_THRESHOLD
        else "flat"
    )
    numbers = f"{baseline:.1f} in {first_words}"
    if status == "flat":
        sentence = (
            f"Mean score was {numbers} and {recent:.1f} in {latest_words} ({n} sessions): "
            f"a change under {TREND_THRESHOLD:g} counts as flat."
        )
    else:
        verb = "rose" if status == "improving" else "fell"
        sentence = (
            f"Mean score {verb} from {numbers} to {recent:.1f} in {latest_words} ({n} sessions)."
        )
    return Trend(tag, points, status, n, scores[0], scores[-1], baseline, recent, change, sentence)


def weakness_trends(
    attempts: Iterable[Attempt], tags: Iterable[str], *, tz: str = "UTC"
) -> dict[str, Trend]:
    """Per weakness (in the order given): its points per session and an improvement status."""
    items = list(attempts)
    trends: dict[str, Trend] = {}
    for tag in tags:
        groups = _sessions(a for a in items if tag in a.tags)
        trends[tag] = _trend(tag, tuple(_point(g, tz) for g in groups))
    return trends


def question_timeline(
    attempts: Iterable[Attempt], question_id: str, *, tz: str = "UTC"
) -> tuple[TimelineEntry, ...]:
    """The attempts at one question, oldest first, with their scores and figures."""
    return tuple(
        TimelineEntry(
            attempt_id=a.attempt_id,
            at=_utc(a.at),
            day=local_day(a.at, tz),
            session_key=a.session_key,
            score=combined_score(a),
            self_score=self_score(a),
            reviewer_score=reviewer_score(a),
            reviewers=len(a.reviewer_scores),
            star_parts=a.star_parts,
            quantified_result=a.quantified_result,
            word_count=a.word_count,
            fillers_per_100=_per_100(a.filler_count, a.word_count),
            speaking_seconds=a.speaking_seconds,
        )
        for a in _ordered(attempts)
        if a.question_id == question_id
    )


def sessions_per_week(
    attempts: Iterable[Attempt], tz: str, today: date, weeks: int = 8
) -> tuple[WeekCount, ...]:
    """Sessions per ISO week for the last `weeks` weeks up to `today`, oldest first, zeros kept."""
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    counts = dict.fromkeys(mondays, 0)
    for group in _sessions(attempts):
        day = local_day(group[0].at, tz)
        monday = day - timedelta(days=day.weekday())
        if monday in counts:
            counts[monday] += 1
    return tuple(
        WeekCount(monday, f"{monday.isocalendar().year}-W{monday.isocalendar().week:02d}", n)
        for monday, n in counts.items()
    )


def current_streak(attempts: Iterable[Attempt], tz: str, today: date) -> int:
    """Consecutive local days with practice, ending today or, if not yet today, yesterday."""
    days = {local_day(a.at, tz) for a in attempts}
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def calibration(attempts: Iterable[Attempt]) -> Calibration:
    """Self against reviewer per rubric line, one pair per attempt scored on that line by both."""
    items = list(attempts)
    lines = []
    for line in RUBRIC_LINES:
        pairs: list[tuple[float, float]] = []
        for a in items:
            reviewer = _mean(r[line] for r in a.reviewer_scores if line in r)
            if line in a.self_scores and reviewer is not None:
                pairs.append((a.self_scores[line], reviewer))
        own = _mean(p[0] for p in pairs)
        theirs = _mean(p[1] for p in pairs)
        gap = own - theirs if own is not None and theirs is not None else None
        lines.append(CalibrationLine(line, len(pairs), own, theirs, gap))
    return Calibration(tuple(lines), _calibration_sentence(lines))


def _calibration_sentence(lines: list[CalibrationLine]) -> str:
    paired = [c for c in lines if c.gap is not None]
    if not paired:
        return "No reviewed attempts yet: invite a friend to review an answer to compare scores."
    wide = [c for c in paired if abs(c.gap or 0) >= CALIBRATION_THRESHOLD]
    if not wide:
        return (
            f"Your self-scores are within {CALIBRATION_THRESHOLD:g} of reviewers' "
            "on every rubric line scored by both."
        )
    wide.sort(key=lambda c: (-abs(c.gap or 0), RUBRIC_LINES.index(c.line)))
    parts = [
        f"{abs(c.gap or 0):.1f} {'higher' if (c.gap or 0) > 0 else 'lower'}"
        + (" than reviewers" if i == 0 else "")
        + f" on {c.line}"
        for i, c in enumerate(wide[:2])
    ]
    return "You score yourself " + " and ".join(parts) + "."


def practice_results(attempts: Iterable[Attempt], *, tz: str = "UTC") -> list[PracticeResult]:
    """For `rank_priorities`, oldest first: per attempt and tag, the user's own score and
    the reviewers' score, each where there is one."""
    return [
        PracticeResult(tag, local_day(a.at, tz), score, by_reviewer=by_reviewer)
        for a in _ordered(attempts)
        for score, by_reviewer in ((self_score(a), False), (reviewer_score(a), True))
        if score is not None
        for tag in dict.fromkeys(a.tags)
    ]


def _label(slug: str) -> str:
    tag = TAGS.get(slug)
    return tag.label if tag else slug.replace("_", " ").capitalize()


def next_best_action(
    due_by_tag: Mapping[str, int], priorities_order: Sequence[str], trends: Mapping[str, Trend]
) -> str:
    """The one thing to do next: due drills, then the top priority that is not improving."""
    due = {tag: n for tag, n in due_by_tag.items() if n > 0}
    if due:
        rank = {tag: i for i, tag in enumerate(priorities_order)}
        tag = min(due, key=lambda t: (rank.get(t, len(rank)), -due[t], t))
        return f"{due[tag]} {'drill' if due[tag] == 1 else 'drills'} due on {_label(tag)}"
    for tag in priorities_order:
        trend = trends.get(tag)
        if trend is None or not trend.points:
            return f"Rehearse an answer on {_label(tag)}: no attempts yet"
        if trend.status == "worse":
            return (
                f"Rehearse an answer on {_label(tag)}: your score fell from "
                f"{trend.baseline:.1f} to {trend.recent:.1f}"
            )
        if trend.status == "not enough data":
            return f"Rehearse an answer on {_label(tag)}: one more scored session shows a trend"
        if trend.status == "flat":
            return f"Rehearse an answer on {_label(tag)}: your score is flat at {trend.recent:.1f}"
    return NO_ACTION
