"""Rank weaknesses into development priorities, with unchangeable ones set apart.

Pure and deterministic: plain records in, a `PriorityReport` out. A tag's score adds up
its findings, each weighted by who gave it (an interviewer counts more than a
self-reflection) and by how recent it is (exponential decay). Bonuses go to recurring
tags (two or more sources) and to findings at stages the user rated low. Practice lowers
a tag whose last three scores average 4 or more, but findings newer than that practice
weigh in full, so a fresh rejection that names the tag raises it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from coach.analysis.taxonomy import SOURCE_KINDS, STAGES, TAGS

KIND_WEIGHTS: dict[str, float] = {
    "interviewer": 3.0,
    "recruiter": 2.5,
    "appraisal": 2.0,
    "mock": 1.5,
    "self": 1.0,
}
HALF_LIFE_DAYS = 60.0
RECURRING_BONUS = 1.0  # per source beyond the first
LOW_RATING_BONUS = 0.75  # per point below 3, for a finding at a stage rated 1 or 2
PRACTISED_THRESHOLD = 4.0
PRACTISED_FACTOR = 0.4

_KIND_NOUNS: dict[str, tuple[str, str]] = {
    "interviewer": ("interviewer", "interviewers"),
    "recruiter": ("recruiter", "recruiters"),
    "appraisal": ("appraisal", "appraisals"),
    "mock": ("mock interview", "mock interviews"),
    "self": ("self-reflection", "self-reflections"),
}
ADVICE: dict[str, str] = {
    "experience_gap": "Refine the search: target titles and keywords that match your years, "
    "industry and seniority, and lead with the experience you do have.",
    "language_or_location": "Refine the search by location, remote options and language "
    "requirements; check visa sponsorship before you apply.",
    "external_factor": "Nothing to practise: the decision turned on the employer's situation. "
    "Keep applying, and ask to be considered for future openings.",
    "culture_fit": "Reflect on fit: which teams and companies suit how you work. Ask the "
    "recruiter for a more detailed assessment.",
    "salary_expectations": "Check the salary band before applying and settle your range and "
    "walk-away figure in advance.",
}
_DEFAULT_ADVICE = "Not something to drill: note it and adjust where and how you apply."


@dataclass(frozen=True)
class Finding:
    """A weakness named in one source (an application, appraisal, mock or self-reflection)."""

    tag: str
    actionable: bool
    source_id: str
    source_kind: str
    seen_on: date
    stage: str | None = None
    stage_rating: int | None = None

    def __post_init__(self) -> None:
        if self.tag not in TAGS:
            raise ValueError(f"unknown tag {self.tag!r}")
        if self.source_kind not in SOURCE_KINDS:
            raise ValueError(f"unknown source kind {self.source_kind!r}")
        if self.stage is not None and self.stage not in STAGES:
            raise ValueError(f"unknown stage {self.stage!r}")


@dataclass(frozen=True)
class StageRating:
    """The user's 1-5 self-rating of one stage of one source, and the tags noted there."""

    source_id: str
    stage: str
    rating: int
    rated_on: date
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PracticeResult:
    """One score of a practice attempt for a tag: the mean rubric score from 1 to 5, given
    by the user or, when by_reviewer, by the attempt's reviewers."""

    tag: str
    practised_on: date
    score: float
    by_reviewer: bool = False


@dataclass(frozen=True)
class Priority:
    """A changeable weakness, ranked."""

    tag: str
    score: float
    count: int
    sources: int
    stages: tuple[str, ...]
    last_seen: date
    recurring: bool
    lowered: bool
    reason: str


@dataclass(frozen=True)
class ContextItem:
    """An unchangeable finding, shown apart with what to do instead of drilling it."""

    tag: str
    count: int
    sources: int
    last_seen: date
    advice: str


@dataclass(frozen=True)
class PriorityReport:
    """Ranked priorities and, apart, the context findings."""

    priorities: tuple[Priority, ...]
    context: tuple[ContextItem, ...]


def decay(age_days: int) -> float:
    """Weight of a finding of this age: 1 today, 0.5 after one half-life."""
    return float(0.5 ** (max(age_days, 0) / HALF_LIFE_DAYS))


def _rating_for(finding: Finding, ratings: list[StageRating]) -> int | None:
    if finding.stage_rating is not None:
        return finding.stage_rating
    for r in ratings:
        if r.source_id == finding.source_id and (
            r.stage == finding.stage or (finding.stage is None and finding.tag in r.tags)
        ):
            return r.rating
    return None


def _last_three(results: list[PracticeResult]) -> list[PracticeResult]:
    # results of one day keep the caller's (chronological) order: the sort is stable
    return sorted(results, key=lambda r: r.practised_on)[-3:]


def _practice_state(results: list[PracticeResult]) -> tuple[float, float | None, date] | None:
    """When the tag counts as practised: the mean of the user's last three scores, of the
    reviewers' last (up to three) scores, and the last practice date.

    Practised means the user's own last three average PRACTISED_THRESHOLD or more and, where
    reviewers scored the tag, their last scores do too.
    """
    own = _last_three([r for r in results if not r.by_reviewer])
    if len(own) < 3:
        return None
    own_mean = sum(r.score for r in own) / 3
    reviewed = _last_three([r for r in results if r.by_reviewer])
    reviewer_mean = sum(r.score for r in reviewed) / len(reviewed) if reviewed else None
    if own_mean < PRACTISED_THRESHOLD or (
        reviewer_mean is not None and reviewer_mean < PRACTISED_THRESHOLD
    ):
        return None
    last = max(r.practised_on for r in [*own, *reviewed])
    return own_mean, reviewer_mean, last


def _named_by(findings: list[Finding]) -> str:
    counts = {k: sum(1 for f in findings if f.source_kind == k) for k in KIND_WEIGHTS}
    parts = [
        f"{n} {_KIND_NOUNS[k][0] if n == 1 else _KIND_NOUNS[k][1]}" for k, n in counts.items() if n
    ]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _ago(days: int) -> str:
    return "today" if days <= 0 else "1 day ago" if days == 1 else f"{days} days ago"


def _priority(
    tag: str,
    findings: list[Finding],
    ratings: list[StageRating],
    practice: list[PracticeResult],
    today: date,
) -> Priority:
    state = _practice_state(practice)
    score, fresh = 0.0, 0
    low_stages: set[str] = set()
    for f in findings:
        rating = _rating_for(f, ratings)
        bonus = LOW_RATING_BONUS * (3 - rating) if rating is not None and rating <= 2 else 0.0
        if bonus and f.stage:
            low_stages.add(f.stage)
        value = (KIND_WEIGHTS[f.source_kind] + bonus) * decay((today - f.seen_on).days)
        if state is not None and f.seen_on <= state[2]:
            value *= PRACTISED_FACTOR
        elif state is not None:
            fresh += 1
        score += value
    sources = len({f.source_id for f in findings})
    if sources >= 2:
        practised_only = state is not None and not fresh
        score += RECURRING_BONUS * (sources - 1) * (PRACTISED_FACTOR if practised_only else 1.0)
    last_seen = max(f.seen_on for f in findings)
    noun = "source" if sources == 1 else "sources"
    parts = [f"named by {_named_by(findings)} in {sources} {noun}"]
    parts[0] += f", latest {_ago((today - last_seen).days)}"
    if sources >= 2:
        parts.append("recurring")
    if low_stages:
        names = [STAGES[s].lower() for s in STAGES if s in low_stages]
        plural = " stages" if len(names) > 1 else " stage"
        parts.append("low self-rating at the " + " and ".join(names) + plural)
    if state is not None:
        reviewers = f", reviewers' {state[1]:.1f}" if state[1] is not None else ""
        parts.append(f"last 3 practice scores average {state[0]:.1f}{reviewers}: lowered")
        if fresh:
            parts.append(f"named again since then ({fresh}): raised again")
    stages = tuple(sorted({f.stage for f in findings if f.stage}, key=list(STAGES).index))
    return Priority(
        tag=tag,
        score=round(score, 6),
        count=len(findings),
        sources=sources,
        stages=stages,
        last_seen=last_seen,
        recurring=sources >= 2,
        lowered=state is not None and not fresh,
        reason="; ".join(parts),
    )


def rank_priorities(
    findings: Iterable[Finding],
    stage_ratings: Iterable[StageRating] = (),
    practice: Iterable[PracticeResult] = (),
    *,
    today: date,
) -> PriorityReport:
    """Rank changeable findings into priorities and set the unchangeable ones apart."""
    ratings = list(stage_ratings)
    practice_by_tag: dict[str, list[PracticeResult]] = {}
    for result in practice:
        practice_by_tag.setdefault(result.tag, []).append(result)
    changeable: dict[str, list[Finding]] = {}
    fixed: dict[str, list[Finding]] = {}
    for f in findings:
        (changeable if f.actionable else fixed).setdefault(f.tag, []).append(f)
    priorities = [
        _priority(tag, group, ratings, practice_by_tag.get(tag, []), today)
        for tag, group in changeable.items()
    ]
    priorities.sort(key=lambda p: (-p.score, p.tag))
    context = [
        ContextItem(
            tag=tag,
            count=len(group),
            sources=len({f.source_id for f in group}),
            last_seen=max(f.seen_on for f in group),
            advice=ADVICE.get(tag, _DEFAULT_ADVICE),
        )
        for tag, group in fixed.items()
    ]
    context.sort(key=lambda c: (-c.count, -c.last_seen.toordinal(), c.tag))
    return PriorityReport(tuple(priorities), tuple(context))
