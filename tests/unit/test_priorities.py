"""Ranking weaknesses into priorities: weights, decay, recurrence, practice, context."""

from __future__ import annotations

import random
from datetime import date, timedelta

from coach.analysis.priorities import (
    HALF_LIFE_DAYS,
    Finding,
    PracticeResult,
    StageRating,
    decay,
    rank_priorities,
)

TODAY = date(2025, 6, 1)


def finding(
    tag: str,
    source: str = "app1",
    kind: str = "interviewer",
    days_ago: int = 0,
    stage: str | None = None,
    actionable: bool = True,
    rating: int | None = None,
) -> Finding:
    return Finding(tag, actionable, source, kind, TODAY - timedelta(days=days_ago), stage, rating)


def practice(tag: str, days_ago: int, score: float, reviewer: bool = False) -> PracticeResult:
    return PracticeResult(tag, TODAY - timedelta(days=days_ago), score, reviewer)


def order(*args: object, **kwargs: object) -> list[str]:
    report = rank_priorities(*args, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return [p.tag for p in report.priorities]


def test_interviewer_outranks_recruiter_outranks_self() -> None:
    findings = [
        finding("rapport", "a", "self"),
        finding("conciseness", "b", "recruiter"),
        finding("technical_depth", "c", "interviewer"),
        finding("leadership", "d", "mock"),
        finding("teamwork", "e", "appraisal"),
    ]
    assert order(findings) == [
        "technical_depth",
        "conciseness",
        "teamwork",
        "leadership",
        "rapport",
    ]


def test_older_findings_decay() -> None:
    assert decay(0) == 1.0
    assert abs(decay(int(HALF_LIFE_DAYS)) - 0.5) < 1e-9
    findings = [finding("rapport", days_ago=200), finding("conciseness", days_ago=3)]
    report = rank_priorities(findings, today=TODAY)
    assert [p.tag for p in report.priorities] == ["conciseness", "rapport"]
    assert report.priorities[0].score > 3 * report.priorities[1].score


def test_recurring_across_sources_beats_repeats_in_one_source() -> None:
    findings = [
        finding("rapport", "app1"),
        finding("rapport", "app1", stage="panel"),
        finding("conciseness", "app1"),
        finding("conciseness", "app2"),
    ]
    report = rank_priorities(findings, today=TODAY)
    assert [p.tag for p in report.priorities] == ["conciseness", "rapport"]
    top = report.priorities[0]
    assert top.recurring and top.sources == 2 and top.count == 2
    assert not report.priorities[1].recurring


def test_reason_reads_like_a_sentence() -> None:
    findings = [
        finding("specific_examples", "app1", days_ago=30, stage="hiring_manager"),
        finding("specific_examples", "app2", days_ago=12, stage="panel"),
        finding("specific_examples", "app2", days_ago=12, stage="final"),
        finding("specific_examples", "app3", "recruiter", days_ago=40),
    ]
    p = rank_priorities(findings, today=TODAY).priorities[0]
    assert p.reason == (
        "named by 3 interviewers and 1 recruiter in 3 sources, latest 12 days ago; recurring"
    )
    assert p.stages == ("hiring_manager", "panel", "final")
    assert p.last_seen == TODAY - timedelta(days=12)


def test_low_stage_self_rating_adds_weight() -> None:
    findings = [finding("rapport", "a", stage="panel"), finding("conciseness", "b", stage="panel")]
    ratings = [StageRating("a", "panel", 1, TODAY)]
    report = rank_priorities(findings, ratings, today=TODAY)
    assert [p.tag for p in report.priorities] == ["rapport", "conciseness"]
    assert "low self-rating at the panel stage" in report.priorities[0].reason
    inline = rank_priorities([finding("rapport", stage="technical", rating=2)], today=TODAY)
    plain = rank_priorities([finding("rapport")], today=TODAY)
    assert inline.priorities[0].score > plain.priorities[0].score


def test_unchangeable_findings_are_set_apart_with_advice() -> None:
    findings = [
        finding("experience_gap", "a", "recruiter", actionable=False),
        finding("experience_gap", "b", "recruiter", actionable=False),
        finding("culture_fit", "c", "recruiter", actionable=False),
        finding("rapport", "c"),
    ]
    report = rank_priorities(findings, today=TODAY)
    assert [p.tag for p in report.priorities] == ["rapport"]
    assert [c.tag for c in report.context] == ["experience_gap", "culture_fit"]
    assert "search" in report.context[0].advice
    assert "fit" in report.context[1].advice.lower()
    assert report.context[0].count == 2 and report.context[0].sources == 2


def test_practice_lowers_a_tag_and_says_why() -> None:
    findings = [finding("rapport", "a", days_ago=20), finding("conciseness", "b", days_ago=20)]
    results = [
        practice("rapport", 9, 4.0),
        practice("rapport", 5, 4.5),
        practice("rapport", 2, 4.5),
    ]
    report = rank_priorities(findings, practice=results, today=TODAY)
    assert [p.tag for p in report.priorities] == ["conciseness", "rapport"]
    lowered = report.priorities[1]
    assert lowered.lowered
    assert "last 3 practice scores average 4.3: lowered" in lowered.reason


def test_reviewers_must_agree_before_practice_lowers_a_tag() -> None:
    findings = [finding("rapport", days_ago=40)]
    own = [practice("rapport", d, 4.5) for d in (9, 5, 2)]
    doubted = [*own, practice("rapport", 4, 2.5, reviewer=True)]
    agreed = [*own, practice("rapport", 4, 4.0, reviewer=True)]
    assert not rank_priorities(findings, practice=doubted, today=TODAY).priorities[0].lowered
    report = rank_priorities(findings, practice=agreed, today=TODAY)
    assert report.priorities[0].lowered
    assert "average 4.5, reviewers' 4.0: lowered" in report.priorities[0].reason


def test_reviewer_scores_alone_do_not_lower_a_tag() -> None:
    findings = [finding("rapport", days_ago=40)]
    results = [practice("rapport", d, 5.0, reviewer=True) for d in (9, 5, 2)]
    assert not rank_priorities(findings, practice=results, today=TODAY).priorities[0].lowered


def test_low_practice_scores_or_too_few_do_not_lower() -> None:
    findings = [finding("rapport", "a"), finding("conciseness", "b")]
    weak = [practice("rapport", d, 3.0) for d in (3, 2, 1)]
    few = [practice("rapport", d, 5.0) for d in (2, 1)]
    for results in (weak, few):
        report = rank_priorities(findings, practice=results, today=TODAY)
        assert not any(p.lowered for p in report.priorities)
        assert report.priorities[0].score == report.priorities[1].score


def test_same_day_practice_counts_the_latest_three_not_the_best() -> None:
    findings = [finding("rapport", "a", days_ago=20)]
    same_day = [practice("rapport", 1, score) for score in (5.0, 4.0, 4.0, 1.0)]
    report = rank_priorities(findings, practice=same_day, today=TODAY)
    assert not report.priorities[0].lowered  # the latest three average 3.0


def test_new_feedback_after_practice_raises_it_again() -> None:
    results = [practice("rapport", d, 4.6) for d in (30, 25, 20)]
    old = [finding("rapport", "a", days_ago=40), finding("conciseness", "b", days_ago=40)]
    before = rank_priorities(old, practice=results, today=TODAY)
    assert [p.tag for p in before.priorities] == ["conciseness", "rapport"]
    again = old + [finding("rapport", "c", days_ago=2)]
    after = rank_priorities(again, practice=results, today=TODAY)
    top = after.priorities[0]
    assert top.tag == "rapport" and not top.lowered
    assert "raised again" in top.reason


def test_ties_break_by_slug_and_output_is_deterministic() -> None:
    findings = [finding(tag, f"s{i}") for i, tag in enumerate(["teamwork", "rapport", "ownership"])]
    assert order(findings) == ["ownership", "rapport", "teamwork"]
    many = [
        finding(tag, f"s{i % 4}", kind, i % 90, stage)
        for i, (tag, kind, stage) in enumerate(
            [("rapport", "interviewer", "panel"), ("conciseness", "mock", None)] * 5
            + [("teamwork", "recruiter", "final"), ("leadership", "self", None)] * 3
        )
    ]
    first = rank_priorities(many, today=TODAY)
    shuffled = many[:]
    random.Random(7).shuffle(shuffled)
    assert rank_priorities(shuffled, today=TODAY) == first


def test_empty_inputs() -> None:
    report = rank_priorities([], today=TODAY)
    assert report.priorities == () and report.context == ()
