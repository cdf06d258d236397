"""Practice-set selection: weights, no duplicates, determinism, swapping."""

from collections import Counter

import pytest

from coach.analysis.selection import (
    Pick,
    QuestionInfo,
    WeightedTag,
    allocate,
    build_practice_set,
    build_set_for_tags,
    swap_question,
    trains,
)

BANK = (
    [QuestionInfo(f"struct-{i}", ("answer_structure",), ("phone_screen",)) for i in range(10)]
    + [QuestionInfo(f"conf-{i}", ("confidence",), ("final",)) for i in range(10)]
    + [QuestionInfo(f"team-{i}", ("teamwork",), ("panel",)) for i in range(3)]
    + [QuestionInfo(f"research-{i}", ("company_research",), ("phone_screen",)) for i in range(10)]
)


def test_allocate_is_proportional_and_exact():
    priorities = [WeightedTag("answer_structure", 6), WeightedTag("confidence", 2)]
    assert Counter(allocate(priorities, 8)) == {"answer_structure": 6, "confidence": 2}
    assert len(allocate(priorities, 3)) == 3
    assert allocate([], 8) == []


def test_allocate_always_gives_the_top_priority_a_slot():
    priorities = [WeightedTag("a", 1), WeightedTag("b", 50), WeightedTag("c", 50)]
    slots = allocate(priorities, 2)
    assert "a" in slots
    assert len(slots) == 2


def test_allocate_uses_only_the_top_four():
    priorities = [WeightedTag(tag, 1) for tag in "abcdef"]
    assert set(allocate(priorities, 8)) == {"a", "b", "c", "d"}


def test_plan_is_weighted_toward_top_priorities_and_labelled():
    priorities = [WeightedTag("answer_structure", 9), WeightedTag("confidence", 3)]
    picks = build_practice_set(priorities, BANK, size=8, seed=1)
    counts = Counter(p.tag for p in picks)
    assert counts["answer_structure"] == 6
    assert counts["confidence"] == 2
    for pick in picks:
        assert pick.question_id.startswith(
            {"answer_structure": "struct", "confidence": "conf"}[pick.tag]
        )


def test_plan_has_no_question_twice_and_fills_up_when_a_tag_runs_out():
    priorities = [WeightedTag("teamwork", 10), WeightedTag("confidence", 1)]
    picks = build_practice_set(priorities, BANK, size=8, seed=3)
    ids = [p.question_id for p in picks]
    assert len(ids) == len(set(ids)) == 8
    assert Counter(p.tag for p in picks)["teamwork"] == 3  # only three exist


def test_plan_is_deterministic_for_a_seed():
    priorities = [WeightedTag("answer_structure", 5), WeightedTag("company_research", 4)]
    first = build_practice_set(priorities, BANK, seed=42)
    assert first == build_practice_set(priorities, list(reversed(BANK)), seed=42)
    assert first != build_practice_set(priorities, BANK, seed=43)


def test_plan_without_priorities_draws_from_the_whole_bank():
    picks = build_practice_set([], BANK, size=5, seed=0)
    assert len(picks) == 5
    assert all(p.tag for p in picks)


def test_plan_respects_stage_and_exclusions():
    priorities = [WeightedTag("answer_structure", 1)]
    picks = build_practice_set(priorities, BANK, size=4, stage="phone_screen", exclude={"struct-0"})
    assert all(p.question_id.startswith(("struct", "research")) for p in picks)
    assert "struct-0" not in {p.question_id for p in picks}


def test_competency_questions_train_soft_skills():
    assert trains(QuestionInfo("q", ("teamwork",)), "soft_skills")
    picks = build_practice_set([WeightedTag("soft_skills", 1)], BANK, size=2, seed=0)
    assert all(p.question_id.startswith("team") and p.tag == "soft_skills" for p in picks)


def test_set_for_chosen_tags_shares_slots():
    picks = build_set_for_tags(["confidence", "company_research"], BANK, size=6, seed=5)
    assert Counter(p.tag for p in picks) == {"confidence": 3, "company_research": 3}


def test_swap_keeps_the_weakness_and_avoids_duplicates():
    practice_set = build_practice_set([WeightedTag("teamwork", 1)], BANK, size=2, seed=0)
    swapped = swap_question(practice_set, 0, BANK, seed=0)
    assert swapped[0].tag == "teamwork"
    assert swapped[0].question_id not in {p.question_id for p in practice_set}
    assert swapped[1] == practice_set[1]
    with pytest.raises(IndexError):
        swap_question(practice_set, 5, BANK)


def test_swap_with_no_alternative_keeps_the_set():
    practice_set = [Pick(f"team-{i}", "teamwork") for i in range(3)]
    assert swap_question(practice_set, 0, BANK) == practice_set
