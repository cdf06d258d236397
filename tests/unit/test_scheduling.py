"""The drill scheduler: grades, intervals, determinism and the grade from a score."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from coach.analysis.scheduling import (
    grade_from_score,
    new_state,
    review,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (1, "again"),
        (1.99, "again"),
        (2, "hard"),
        (2.9, "hard"),
        (3, "good"),
        (4.4, "good"),
        (4.5, "easy"),
        (5, "easy"),
    ],
)
def test_grade_from_mean_rubric_score(score, grade):
    assert grade_from_score(score) == grade


def test_a_new_question_is_due_now():
    assert new_state(NOW).due == NOW


def test_better_grades_schedule_later_reviews():
    dues = {grade: review(None, grade, NOW).due for grade in ("again", "hard", "good", "easy")}
    assert dues["again"] <= dues["hard"] <= dues["good"] < dues["easy"]
    assert dues["again"] - NOW >= timedelta(days=1)  # whole days, not minutes


def test_intervals_grow_with_good_reviews_and_shrink_after_again():
    state = review(None, "good", NOW)
    intervals = []
    for _ in range(3):
        moment = state.due
        state = review(state, "good", moment)
        intervals.append(state.due - moment)
    assert intervals[0] < intervals[1] < intervals[2]
    lapse_at = state.due
    lapsed = review(state, "again", lapse_at)
    assert lapsed.due - lapse_at < intervals[-1]
    assert lapsed.reviews == 5


def test_schedule_is_deterministic():
    first = review(review(None, "good", NOW), "hard", NOW + timedelta(days=3))
    second = review(review(None, "good", NOW), "hard", NOW + timedelta(days=3))
    assert first == second


def test_naive_datetimes_are_taken_as_utc():
    assert review(None, "good", NOW.replace(tzinfo=None)) == review(None, "good", NOW)


def test_a_state_read_back_from_the_database_without_zones_can_be_reviewed_again():
    """The database stores naive UTC: a second review of such a state must work."""
    first = review(None, "good", NOW)
    stored = replace(
        first,
        due=first.due.replace(tzinfo=None),
        last_review=first.last_review.replace(tzinfo=None),
    )
    later = NOW + timedelta(days=5)
    assert review(stored, "easy", later.replace(tzinfo=None)) == review(first, "easy", later)


def test_unknown_grade_is_refused():
    with pytest.raises(ValueError, match="unknown grade"):
        review(None, "perfect", NOW)
