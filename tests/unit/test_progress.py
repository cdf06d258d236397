"""Progress figures: trends per weakness, sessions, streaks, calibration and the next action."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coach.analysis.priorities import Finding, PracticeResult, rank_priorities
from coach.analysis.progress import (
    RUBRIC_LINES,
    Attempt,
    Trend,
    calibration,
    combined_score,
    current_streak,
    next_best_action,
    practice_results,
    question_timeline,
    reviewer_score,
    session_key_for,
    sessions_per_week,
    weakness_trends,
)

TAG = "answer_structure"
START = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
MEAN_2_4 = {"structure": 2, "specificity": 2, "relevance": 3, "conciseness": 2, "confidence": 3}
MEAN_3_6 = {"structure": 4, "specificity": 4, "relevance": 3, "conciseness": 4, "confidence": 3}


def flat(value: int) -> dict[str, int]:
    return dict.fromkeys(RUBRIC_LINES, value)


def attempt(
    n: int,
    at: datetime | None = None,
    *,
    day: int = 0,
    tags: tuple[str, ...] = (TAG,),
    own: dict[str, int] | None = None,
    reviewers: tuple[dict[str, int], ...] = (),
    question: str = "q1",
    run: str | None = None,
    tz: str = "UTC",
    **figures: object,
) -> Attempt:
    moment = at or START + timedelta(days=day, minutes=n)
    return Attempt(
        attempt_id=f"a{n}",
        question_id=question,
        tags=tags,
        session_key=session_key_for(moment, tz, run),
        at=moment,
        self_scores=own if own is not None else {},
        reviewer_scores=reviewers,
        **figures,  # type: ignore[arg-type]
    )


def trend_of(*attempts: Attempt, tz: str = "UTC") -> Trend:
    return weakness_trends(attempts, [TAG], tz=tz)[TAG]


# Scores


def test_combined_score_averages_self_and_the_reviewer_mean() -> None:
    both = attempt(1, own=flat(4), reviewers=(MEAN_3_6,))
    assert combined_score(both) == pytest.approx(3.8)
    assert combined_score(attempt(2, own=MEAN_2_4)) == pytest.approx(2.4)
    assert combined_score(attempt(3, reviewers=(flat(3),))) == 3.0
    assert combined_score(attempt(4)) is None


def test_each_reviewer_weighs_the_same_whatever_lines_they_scored() -> None:
    one = attempt(1, reviewers=(flat(4), {"structure": 2}))
    assert reviewer_score(one) == 3.0


def test_attempt_rejects_scores_outside_the_rubric() -> None:
    with pytest.raises(ValueError, match="1 to 5"):
        attempt(1, own={"structure": 6})
    with pytest.raises(ValueError, match="rubric line"):
        attempt(1, own={"charisma": 3})


# Trends


def test_improving_with_the_numbers_behind_it() -> None:
    trend = trend_of(
        attempt(1, day=0, own=MEAN_2_4),
        attempt(2, day=2, own=flat(3), reviewers=(flat(3),)),
        attempt(3, day=4, own=flat(4), reviewers=(MEAN_3_6,)),
    )
    assert trend.status == "improving"
    assert trend.scored_sessions == 3
    assert trend.first == pytest.approx(2.4)
    assert trend.latest == pytest.approx(3.8)
    assert trend.change == pytest.approx(1.4)
    assert trend.sentence == (
        "Mean score rose from 2.4 in your first session to 3.8 in your latest (3 sessions)."
    )
    assert [p.day for p in trend.points] == [date(2025, 5, 1), date(2025, 5, 3), date(2025, 5, 5)]
    assert [p.reviewer_score for p in trend.points] == [None, 3.0, pytest.approx(3.6)]
    assert [p.self_score for p in trend.points] == [pytest.approx(2.4), 3.0, 4.0]


def test_a_change_of_exactly_half_a_point_counts() -> None:
    mean_2_8 = {"structure": 3, "specificity": 3, "relevance": 3, "conciseness": 3, "confidence": 2}
    trend = trend_of(
        attempt(1, day=0, own=MEAN_2_4),
        attempt(2, day=1, own=flat(3), reviewers=(mean_2_8,)),  # 2.9
    )
    assert trend.latest == pytest.approx(2.9)
    assert trend.change == 0.5
    assert trend.status == "improving"


def test_flat_sentence_and_numbers() -> None:
    trend = trend_of(
        attempt(1, day=0, own=flat(3)),
        attempt(
            2,
            day=1,
            own={
                "structure": 3,
                "specificity": 3,
                "relevance": 4,
                "conciseness": 4,
                "confidence": 3,
            },
        ),
    )
    assert trend.status == "flat"
    assert trend.change == pytest.approx(0.4)
    assert trend.sentence == (
        "Mean score was 3.0 in your first session and 3.4 in your latest (2 sessions): "
        "a change under 0.5 counts as flat."
    )


def test_worse_compares_the_last_two_sessions_with_the_first_two() -> None:
    trend = trend_of(*(attempt(i, day=i, own=flat(s)) for i, s in enumerate([4, 4, 3, 3])))
    assert trend.status == "worse"
    assert (trend.baseline, trend.recent, trend.change) == (4.0, 3.0, -1.0)
    assert (trend.first, trend.latest) == (4.0, 3.0)
    assert trend.sentence == (
        "Mean score fell from 4.0 in your first two sessions to 3.0 in your last two (4 sessions)."
    )


def test_one_odd_first_session_does_not_decide_the_status() -> None:
    trend = trend_of(*(attempt(i, day=i, own=flat(s)) for i, s in enumerate([2, 4, 3, 3])))
    assert (trend.first, trend.latest) == (2.0, 3.0)
    assert trend.status == "flat"
    assert trend.change == 0.0


def test_not_enough_data() -> None:
    one = trend_of(attempt(1, own=flat(3)), attempt(2, own=flat(4)))
    assert one.status == "not enough data"
    assert one.scored_sessions == 1
    assert one.sentence == "One scored session so far (mean 3.5): one more shows a trend."
    unscored = trend_of(attempt(1, day=0), attempt(2, day=1))
    assert unscored.status == "not enough data"
    assert len(unscored.points) == 2
    assert unscored.sentence == "No scored attempts yet: score an answer to start the trend."
    none = weakness_trends([], [TAG, "confidence"])
    assert list(none) == [TAG, "confidence"]
    assert none[TAG].points == ()


def test_unscored_sessions_stay_on_the_timeline_but_not_in_the_status() -> None:
    trend = trend_of(
        attempt(1, day=0, own=flat(2)), attempt(2, day=1), attempt(3, day=2, own=flat(3))
    )
    assert [p.score for p in trend.points] == [2.0, None, 3.0]
    assert trend.status == "improving"
    assert trend.scored_sessions == 2


def test_trend_points_carry_the_answer_figures() -> None:
    trend = trend_of(
        attempt(1, own=flat(3), word_count=200, filler_count=6, hedge_count=2, star_parts=2),
        attempt(
            2, own=flat(4), word_count=100, filler_count=0, star_parts=4, quantified_result=True
        ),
    )
    (point,) = trend.points
    assert point.attempts == 2
    assert point.score == 3.5
    assert point.fillers_per_100 == 2.0
    assert point.hedges_per_100 == pytest.approx(2 / 3)
    assert point.star_parts == 3.0
    assert point.words == 150.0
    assert point.quantified_share == 0.5


def test_only_attempts_on_the_tag_count() -> None:
    trends = weakness_trends(
        [attempt(1, own=flat(2)), attempt(2, day=1, own=flat(5), tags=("confidence",))],
        [TAG, "confidence"],
    )
    assert [p.score for p in trends[TAG].points] == [2.0]
    assert [p.score for p in trends["confidence"].points] == [5.0]


# Sessions and time zones


def test_a_session_is_the_local_day_across_a_time_zone_boundary() -> None:
    late = datetime(2025, 6, 1, 23, 30, tzinfo=UTC)  # 08:30 on 2 June in Tokyo
    next_morning = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # 19:00 on 2 June in Tokyo
    assert session_key_for(late, "Asia/Tokyo", None) == "day:2025-06-02"
    assert session_key_for(late, "UTC", None) == "day:2025-06-01"
    tokyo = trend_of(
        attempt(1, late, own=flat(2), tz="Asia/Tokyo"),
        attempt(2, next_morning, own=flat(4), tz="Asia/Tokyo"),
        tz="Asia/Tokyo",
    )
    assert [(p.day, p.attempts, p.score) for p in tokyo.points] == [(date(2025, 6, 2), 2, 3.0)]
    utc = trend_of(attempt(1, late, own=flat(2)), attempt(2, next_morning, own=flat(4)))
    assert [p.day for p in utc.points] == [date(2025, 6, 1), date(2025, 6, 2)]


def test_a_mock_interview_is_one_session_even_past_midnight() -> None:
    before = datetime(2025, 6, 1, 23, 50, tzinfo=UTC)
    after = datetime(2025, 6, 2, 0, 10, tzinfo=UTC)
    a, b = (
        attempt(1, before, run="mock:7", own=flat(3)),
        attempt(2, after, run="mock:7", own=flat(5)),
    )
    assert a.session_key == b.session_key == "run:mock:7"
    assert [(p.day, p.score) for p in trend_of(a, b).points] == [(date(2025, 6, 1), 4.0)]


def test_question_timeline_in_time_order_with_scores() -> None:
    attempts = [
        attempt(3, day=5, own=flat(4), reviewers=(flat(2),), word_count=50, filler_count=1),
        attempt(1, day=0, own=flat(2)),
        attempt(2, day=1, own=flat(5), question="q2"),
    ]
    timeline = question_timeline(attempts, "q1")
    assert [e.attempt_id for e in timeline] == ["a1", "a3"]
    assert [(e.self_score, e.reviewer_score, e.score) for e in timeline] == [
        (2.0, None, 2.0),
        (4.0, 2.0, 3.0),
    ]
    assert timeline[1].reviewers == 1
    assert timeline[1].fillers_per_100 == 2.0
    assert timeline[0].fillers_per_100 is None


def test_sessions_per_week_keeps_empty_weeks() -> None:
    today = date(2025, 6, 4)  # a Wednesday in ISO week 23
    attempts = [
        attempt(1, datetime(2025, 6, 2, 9, tzinfo=UTC)),
        attempt(2, datetime(2025, 6, 2, 18, tzinfo=UTC)),  # same day: same session
        attempt(3, datetime(2025, 6, 4, 7, tzinfo=UTC)),
        attempt(4, datetime(2025, 5, 20, 7, tzinfo=UTC)),
        attempt(5, datetime(2025, 1, 6, 7, tzinfo=UTC)),  # before the window
    ]
    weeks = sessions_per_week(attempts, "UTC", today)
    assert len(weeks) == 8
    assert weeks[0].week_start == date(2025, 4, 14)
    assert weeks[-1].week_start == date(2025, 6, 2)
    assert [w.label for w in weeks[-2:]] == ["2025-W22", "2025-W23"]
    assert [w.sessions for w in weeks] == [0, 0, 0, 0, 0, 1, 0, 2]
    assert [w.sessions for w in sessions_per_week([], "UTC", today, weeks=3)] == [0, 0, 0]


def test_sessions_per_week_uses_the_local_week() -> None:
    sunday_night = datetime(2025, 6, 1, 23, 30, tzinfo=UTC)  # Monday 2 June in Tokyo
    a = attempt(1, sunday_night, tz="Asia/Tokyo")
    assert [w.sessions for w in sessions_per_week([a], "Asia/Tokyo", date(2025, 6, 2), 2)] == [0, 1]
    assert [w.sessions for w in sessions_per_week([a], "UTC", date(2025, 6, 2), 2)] == [1, 0]


@pytest.mark.parametrize(
    ("days_ago", "streak"),
    [
        ((0, 1, 2), 3),  # ends today
        ((1, 2), 2),  # not yet today: still alive from yesterday
        ((0, 1, 3, 4), 2),  # a missed day breaks it
        ((2, 3, 4), 0),  # a full day missed: broken
        ((), 0),
    ],
)
def test_current_streak(days_ago: tuple[int, ...], streak: int) -> None:
    today = date(2025, 6, 10)
    attempts = [
        attempt(i, datetime(2025, 6, 10, 12, tzinfo=UTC) - timedelta(days=d))
        for i, d in enumerate(days_ago)
    ]
    assert current_streak(attempts, "UTC", today) == streak


def test_streak_counts_local_days() -> None:
    late = datetime(2025, 6, 9, 23, 30, tzinfo=UTC)  # 10 June in Tokyo
    assert current_streak([attempt(1, late)], "Asia/Tokyo", date(2025, 6, 10)) == 1
    assert current_streak([attempt(1, late)], "America/New_York", date(2025, 6, 11)) == 0


# Calibration


def test_calibration_gaps_per_rubric_line() -> None:
    result = calibration(
        [
            attempt(1, own={"structure": 5, "confidence": 2}, reviewers=({"structure": 4},)),
            attempt(
                2, own={"structure": 4, "confidence": 2}, reviewers=(flat(3), {"structure": 4})
            ),
            attempt(3, own=flat(5)),  # no reviewer: no pair
        ]
    )
    lines = {c.line: c for c in result.lines}
    assert [c.line for c in result.lines] == list(RUBRIC_LINES)
    assert lines["structure"].pairs == 2
    assert lines["structure"].self_mean == 4.5
    assert lines["structure"].reviewer_mean == 3.75
    assert lines["structure"].gap == 0.75
    assert (lines["confidence"].pairs, lines["confidence"].gap) == (1, -1.0)
    assert (lines["relevance"].pairs, lines["relevance"].gap) == (0, None)
    assert result.sentence == (
        "You score yourself 1.0 lower than reviewers on confidence and 0.8 higher on structure."
    )


def test_calibration_sentences() -> None:
    one = calibration([attempt(1, own={"structure": 4}, reviewers=({"structure": 3},))])
    assert one.sentence == "You score yourself 1.0 higher than reviewers on structure."
    close = calibration([attempt(1, own=flat(4), reviewers=(flat(4),))])
    assert close.sentence == (
        "Your self-scores are within 0.5 of reviewers' on every rubric line scored by both."
    )
    none = calibration([attempt(1, own=flat(4))])
    assert none.sentence.startswith("No reviewed attempts yet")


# Practice results feed the priorities


def test_practice_results_are_the_records_priorities_take() -> None:
    attempts = [
        attempt(2, day=1, own=flat(4), reviewers=(flat(5),), tags=(TAG, "confidence", TAG)),
        attempt(1, day=0, own=flat(3)),
        attempt(3, day=2),  # unscored: not a practice result
    ]
    results = practice_results(attempts)
    assert results == [
        PracticeResult(TAG, date(2025, 5, 1), 3.0, by_reviewer=False),
        PracticeResult(TAG, date(2025, 5, 2), 4.0, by_reviewer=False),
        PracticeResult("confidence", date(2025, 5, 2), 4.0, by_reviewer=False),
        PracticeResult(TAG, date(2025, 5, 2), 5.0, by_reviewer=True),
        PracticeResult("confidence", date(2025, 5, 2), 5.0, by_reviewer=True),
    ]


def test_practice_results_use_the_local_date() -> None:
    late = datetime(2025, 6, 1, 23, 30, tzinfo=UTC)
    (result,) = practice_results([attempt(1, late, own=flat(4))], tz="Asia/Tokyo")
    assert result.practised_on == date(2025, 6, 2)


def test_three_good_attempts_lower_the_priority() -> None:
    findings = [
        Finding(TAG, True, "app1", "interviewer", date(2025, 4, 20)),
        Finding("confidence", True, "app1", "interviewer", date(2025, 4, 20)),
    ]
    attempts = [attempt(i, day=i, own=flat(4), reviewers=(flat(5),)) for i in range(3)]
    report = rank_priorities(findings, (), practice_results(attempts), today=date(2025, 5, 10))
    assert [p.tag for p in report.priorities] == ["confidence", TAG]
    assert report.priorities[1].lowered
    reason = report.priorities[1].reason
    assert "last 3 practice scores average 4.0, reviewers' 5.0: lowered" in reason


# The next best action


def _trend(status: str, points: int = 2, baseline: float = 3.0, recent: float = 3.0) -> Trend:
    trend = trend_of(*(attempt(i, day=i, own=flat(3)) for i in range(points)))
    return Trend(TAG, trend.points, status, points, 3.0, 3.0, baseline, recent, 0.0, "")


def test_next_best_action_due_drills_first_by_priority() -> None:
    due = {"confidence": 5, "conflict_resolution": 3, "teamwork": 0}
    order = ["conflict_resolution", "confidence"]
    assert next_best_action(due, order, {}) == "3 drills due on Conflict resolution"
    assert next_best_action({"teamwork": 1}, order, {}) == "1 drill due on Teamwork"
    assert next_best_action({"teamwork": 2, "rapport": 4}, [], {}) == "4 drills due on Rapport"


def test_next_best_action_rehearse_the_top_priority_that_needs_it() -> None:
    order = [TAG, "confidence"]
    assert next_best_action({}, order, {}) == (
        "Rehearse an answer on Answer structure: no attempts yet"
    )
    improving = {TAG: _trend("improving")}
    assert next_best_action({}, order, improving) == (
        "Rehearse an answer on Confidence: no attempts yet"
    )
    assert next_best_action({}, [TAG], {TAG: _trend("worse", 4, 3.5, 2.75)}) == (
        "Rehearse an answer on Answer structure: your score fell from 3.5 to 2.8"
    )
    assert next_best_action({}, [TAG], {TAG: _trend("flat", 3, 3.0, 3.2)}) == (
        "Rehearse an answer on Answer structure: your score is flat at 3.2"
    )
    assert next_best_action({}, [TAG], {TAG: _trend("not enough data", 1)}) == (
        "Rehearse an answer on Answer structure: one more scored session shows a trend"
    )


def test_next_best_action_when_nothing_exists() -> None:
    assert next_best_action({}, [], {}) == "Build a practice plan from your priorities"
    assert next_best_action({TAG: 0}, [TAG], {TAG: _trend("improving")}) == (
        "Build a practice plan from your priorities"
    )
