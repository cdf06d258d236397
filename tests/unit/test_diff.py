"""Unit tests for coach.analysis.diff: what changed between two attempts, word by word."""

from __future__ import annotations

import random

import pytest

from coach.analysis.diff import DiffOp, count_words, diff_stats, word_diff


def old_text(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != "insert")


def new_text(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != "delete")


def assert_well_formed(old: str, new: str, ops: list[DiffOp]) -> None:
    assert old_text(ops) == old
    assert new_text(ops) == new
    assert all(op.text for op in ops)
    assert all(a.kind != b.kind for a, b in zip(ops, ops[1:], strict=False))


def test_identical_texts_are_one_equal_run():
    text = "I led the migration.\n\nIt finished a week early."
    ops = word_diff(text, text)
    assert ops == [DiffOp("equal", text)]
    assert diff_stats(ops) == (0, 0)


def test_pure_insertion_at_the_end():
    ops = word_diff("I cut the backlog.", "I cut the backlog by 80% in six weeks.")
    assert ops == [
        DiffOp("equal", "I cut the backlog"),
        DiffOp("insert", " by 80% in six weeks"),
        DiffOp("equal", "."),
    ]
    assert diff_stats(ops) == (5, 0)


def test_pure_insertion_at_the_start_and_middle():
    old, new = "we shipped it", "Then I think we really shipped it"
    ops = word_diff(old, new)
    assert_well_formed(old, new, ops)
    assert [op.text for op in ops if op.kind == "insert"] == ["Then I think ", "really "]
    assert diff_stats(ops) == (4, 0)


def test_pure_deletion_of_filler_words():
    old = "So, um, basically I, like, rewrote the tests."
    new = "So I rewrote the tests."
    ops = word_diff(old, new)
    assert_well_formed(old, new, ops)
    assert not [op for op in ops if op.kind == "insert" and count_words(op.text)]
    assert diff_stats(ops) == (0, 3)


def test_replacement_of_one_word():
    ops = word_diff("We were late.", "I was late.")
    assert ops == [
        DiffOp("delete", "We were "),
        DiffOp("insert", "I was "),
        DiffOp("equal", "late."),
    ]
    assert diff_stats(ops) == (2, 2)


def test_a_changed_number_is_a_one_word_change():
    ops = word_diff("It saved 3.5 hours a week.", "It saved 12 hours a week.")
    assert [op for op in ops if op.kind != "equal"] == [
        DiffOp("delete", "3.5 "),
        DiffOp("insert", "12 "),
    ]


@pytest.mark.parametrize(
    ("old", "new", "ops"),
    [
        ("", "", []),
        ("", "A new answer.", [DiffOp("insert", "A new answer.")]),
        ("An old answer.", "", [DiffOp("delete", "An old answer.")]),
        ("   ", "", [DiffOp("delete", "   ")]),
    ],
)
def test_empty_inputs(old, new, ops):
    assert word_diff(old, new) == ops


def test_only_whitespace_changed_counts_no_words():
    old, new = "First paragraph.\nSecond.", "First paragraph.\n\nSecond."
    ops = word_diff(old, new)
    assert_well_formed(old, new, ops)
    assert diff_stats(ops) == (0, 0)
    assert DiffOp("equal", "Second.") == ops[-1]


def test_markdown_marks_are_tokens_but_not_words():
    old = "**Situation:** the build was slow.\n\n- I profiled it\n- I fixed it"
    new = "*Situation:* the build was slow.\n\n- I profiled it\n- I cached it\n- I measured it"
    ops = word_diff(old, new)
    assert_well_formed(old, new, ops)
    assert ops[0] == DiffOp("delete", "**")
    assert ops[1] == DiffOp("insert", "*")
    assert diff_stats(ops) == (4, 1)


def test_punctuation_stays_attached_sensibly():
    ops = word_diff("Result: sales rose.", "Result: sales rose, by 20%!")
    assert_well_formed("Result: sales rose.", "Result: sales rose, by 20%!", ops)
    assert ops[0] == DiffOp("equal", "Result: sales rose")
    assert diff_stats(ops) == (2, 0)


def test_contractions_and_hyphenated_words_are_one_word():
    assert count_words("I don't do follow-up calls") == 5
    ops = word_diff("I don't know", "I do know")
    assert diff_stats(ops) == (1, 1)


VOCABULARY = [
    "I", "we", "led", "the", "team", "result", "**bold**", "20%", "-", "\n", "\n\n",
    ".", ",", "don't", "follow-up", "3.5", "(see", "notes)", "  ", "\t", "Ünïcode", "—",
]  # fmt: skip


def random_text(rng: random.Random) -> str:
    parts = [rng.choice(VOCABULARY) for _ in range(rng.randint(0, 25))]
    return "".join(part + rng.choice(["", " ", " ", "  ", "\n"]) for part in parts)


def test_joining_the_ops_gives_back_both_texts():
    rng = random.Random(20240601)
    for _ in range(500):
        old = random_text(rng)
        new = random_text(rng) if rng.random() < 0.3 else mutate(rng, old)
        assert_well_formed(old, new, word_diff(old, new))


def mutate(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 4)):
        position = rng.randint(0, len(words))
        if rng.random() < 0.5 and words:
            del words[min(position, len(words) - 1)]
        else:
            words.insert(position, rng.choice(VOCABULARY))
    return " ".join(words)


def test_ops_are_frozen():
    op = word_diff("a", "b")[0]
    with pytest.raises(AttributeError):
        op.text = "c"  # type: ignore[misc]
