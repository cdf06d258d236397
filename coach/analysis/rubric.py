"""The rubric every answer is scored on, by its author and by reviewers, and its drill grade.

Five lines scored 1 to 5; each line says what a 1, a 3 and a 5 look like, so two people
scoring the same answer mean the same thing by a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class RubricLine:
    """One line of the rubric: what it judges, and what a 1, a 3 and a 5 look like."""

    key: str
    label: str
    question: str
    low: str
    middle: str
    high: str


RUBRIC: tuple[RubricLine, ...] = (
    RubricLine(
        "structure",
        "Structure",
        "Could a listener follow it from start to finish?",
        "Jumps around; the point gets lost.",
        "A beginning, middle and end, with a wobble or two.",
        "Situation, task, action and result, in order, with nothing left hanging.",
    ),
    RubricLine(
        "specificity",
        "Specificity",
        "Is it one real example with details a listener can picture?",
        "General claims and 'I usually', no single example.",
        "One example, but the details or the outcome stay vague.",
        "One example with names, numbers and a result that can be checked.",
    ),
    RubricLine(
        "relevance",
        "Relevance",
        "Does it answer the question that was asked?",
        "Answers a different question, or drifts off it.",
        "On topic, with a detour that adds little.",
        "Every part serves the question, and the link is said out loud.",
    ),
    RubricLine(
        "conciseness",
        "Conciseness",
        "Is the length right for the question?",
        "Far too long or a couple of sentences.",
        "About right, with some repetition or padding.",
        "Two minutes or so, nothing that could be cut.",
    ),
    RubricLine(
        "confidence",
        "Confidence",
        "Does it sound like someone who owns what they did?",
        "Hedges, apologises, or claims too much.",
        "Steady, with some hedging or hurried parts.",
        "Calm and direct; says 'I did' and stands behind it.",
    ),
)
RUBRIC_KEYS: tuple[str, ...] = tuple(line.key for line in RUBRIC)
SCORES = range(1, 6)


def rubric_mean(scores: Mapping[str, int | None]) -> float | None:
    """The mean of the scored rubric lines, or None when none is scored."""
    values = [scores[key] for key in RUBRIC_KEYS if scores.get(key) is not None]
    for value in values:
        if value not in SCORES:
            raise ValueError(f"rubric scores run from 1 to 5, not {value!r}")
    return sum(v for v in values if v is not None) / len(values) if values else None
