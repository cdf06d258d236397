"""Practice sets: questions chosen from the bank for the user's weak areas.

Deterministic for a given input and seed, so a plan can be rebuilt, shown and tested.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.analysis.taxonomy import TAGS

DEFAULT_SET_SIZE = 8
TOP_PRIORITIES = 4


@dataclass(frozen=True)
class QuestionInfo:
    """What selection needs to know about a question."""

    id: str
    tags: tuple[str, ...]
    stages: tuple[str, ...] = ()


@dataclass(frozen=True)
class WeightedTag:
    """A development priority: a changeable tag and its priority score."""

    tag: str
    score: float


@dataclass(frozen=True)
class Pick:
    """One question of a practice set and the weakness it targets."""

    question_id: str
    tag: str


def trains(question: QuestionInfo, tag: str) -> bool:
    """Whether a question trains a tag (a competency question also trains soft_skills)."""
    return tag in question.tags or any(TAGS[t].parent == tag for t in question.tags if t in TAGS)


def allocate(priorities: Sequence[WeightedTag], size: int) -> list[str]:
    """Split `size` slots over the top priorities in proportion to their scores.

    The largest-remainder method keeps the total exact; the top priority always gets a slot.
    """
    top = [p for p in priorities[:TOP_PRIORITIES] if p.score > 0]
    if not top or size <= 0:
        return []
    total = sum(p.score for p in top)
    shares = [size * p.score / total for p in top]
    counts = [int(share) for share in shares]
    if counts[0] == 0:
        counts[0] = 1
    by_remainder = sorted(range(len(top)), key=lambda i: (counts[i] - shares[i], i))
    for index in by_remainder:
        if sum(counts) >= size:
            break
        counts[index] += 1
    while sum(counts) > size:  # the forced first slot can overshoot by one
        last = max(i for i, count in enumerate(counts) if count > 0 and i > 0)
        counts[last] -= 1
    slots: list[str] = []
    for priority, count in zip(top, counts, strict=True):
        slots.extend([priority.tag] * count)
    return slots


def build_practice_set(
    priorities: Sequence[WeightedTag],
    questions: Iterable[QuestionInfo],
    size: int = DEFAULT_SET_SIZE,
    seed: int = 0,
    stage: str | None = None,
    exclude: Iterable[str] = (),
) -> list[Pick]:
    """Pick `size` distinct questions weighted toward the top priorities.

    A priority with too few questions gives its slots to the next ones; with no usable
    priority the set is drawn from the whole bank (labelled with each question's first tag).
    """
    rng = random.Random(seed)
    pool = _pool(questions, stage, exclude)
    taken: set[str] = set()
    picks: list[Pick] = []
    for tag in allocate(priorities, size) + [p.tag for p in priorities]:
        if len(picks) >= size:
            break
        question = _draw(pool, tag, taken, rng)
        if question is not None:
            picks.append(Pick(question.id, tag))
            taken.add(question.id)
    rest = [q for q in pool if q.id not in taken]
    rng.shuffle(rest)
    picks.extend(Pick(q.id, q.tags[0]) for q in rest[: size - len(picks)])
    return picks


def build_set_for_tags(
    tags: Sequence[str],
    questions: Iterable[QuestionInfo],
    size: int = DEFAULT_SET_SIZE,
    seed: int = 0,
    stage: str | None = None,
) -> list[Pick]:
    """A set over chosen tags, shared equally, optionally for one stage kind."""
    weighted = [WeightedTag(tag, 1.0) for tag in dict.fromkeys(tags)]
    pool = _pool(questions, stage, ())
    if not weighted:
        return build_practice_set([], pool, size, seed)
    rng = random.Random(seed)
    taken: set[str] = set()
    picks: list[Pick] = []
    while len(picks) < size:
        added = False
        for weighted_tag in weighted:
            if len(picks) >= size:
                break
            question = _draw(pool, weighted_tag.tag, taken, rng)
            if question is not None:
                picks.append(Pick(question.id, weighted_tag.tag))
                taken.add(question.id)
                added = True
        if not added:
            break
    return picks


def swap_question(
    practice_set: Sequence[Pick],
    index: int,
    questions: Iterable[QuestionInfo],
    seed: int = 0,
) -> list[Pick]:
    """Replace one question with another on the same weakness, not already in the set."""
    if not 0 <= index < len(practice_set):
        raise IndexError(f"no question {index} in a set of {len(practice_set)}")
    current = practice_set[index]
    taken = {pick.question_id for pick in practice_set}
    candidates = sorted(
        (q for q in questions if q.id not in taken and trains(q, current.tag)), key=lambda q: q.id
    )
    if not candidates:
        return list(practice_set)
    replacement = random.Random(f"{seed}:{current.question_id}").choice(candidates)
    swapped = list(practice_set)
    swapped[index] = Pick(replacement.id, current.tag)
    return swapped


def _pool(
    questions: Iterable[QuestionInfo], stage: str | None, exclude: Iterable[str]
) -> list[QuestionInfo]:
    excluded = set(exclude)
    pool = [q for q in questions if q.id not in excluded and q.tags]
    if stage:
        pool = [q for q in pool if stage in q.stages]
    return sorted(pool, key=lambda q: q.id)


def _draw(
    pool: Sequence[QuestionInfo], tag: str, taken: set[str], rng: random.Random
) -> QuestionInfo | None:
    """A random question training `tag` and not yet taken; direct tags before children."""
    direct = [q for q in pool if q.id not in taken and tag in q.tags]
    if direct:
        return rng.choice(direct)
    related = [q for q in pool if q.id not in taken and trains(q, tag)]
    return rng.choice(related) if related else None
