#!/usr/bin/env python3
"""Time building a practice plan from 5,000 questions and 1,000 findings (target: 50 ms).

The data is synthetic and made in memory: the benchmark runs what "Build my plan" runs
after its queries, the priorities ranking and the question selection.

    .venv/bin/python scripts/bench_plan.py [--questions 5000] [--findings 1000] [--runs 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.analysis.priorities import Finding, StageRating, rank_priorities  # noqa: E402
from coach.analysis.selection import (  # noqa: E402
    QuestionInfo,
    WeightedTag,
    build_practice_set,
)
from coach.analysis.taxonomy import CHANGEABLE, SOURCE_KINDS, STAGES, TAGS  # noqa: E402

TARGET_MS = 50.0
TODAY = date(2025, 6, 1)


def make_questions(count: int, rng: random.Random) -> list[QuestionInfo]:
    tags, stages = sorted(CHANGEABLE), list(STAGES)
    return [
        QuestionInfo(
            str(n), tuple(rng.sample(tags, rng.randint(1, 3))), tuple(rng.sample(stages, 2))
        )
        for n in range(count)
    ]


def make_findings(count: int, rng: random.Random) -> tuple[list[Finding], list[StageRating]]:
    tags, kinds, stages = list(TAGS), list(SOURCE_KINDS), list(STAGES)
    sources = max(count // 4, 1)
    findings = [
        Finding(
            tag=(tag := rng.choice(tags)),
            actionable=TAGS[tag].changeable,
            source_id=f"s{rng.randrange(sources)}",
            source_kind=rng.choice(kinds),
            seen_on=TODAY - timedelta(days=rng.randrange(365)),
            stage=rng.choice(stages),
        )
        for _ in range(count)
    ]
    ratings = [
        StageRating(f"s{n}", rng.choice(stages), rng.randint(1, 5), TODAY - timedelta(days=n))
        for n in range(sources)
    ]
    return findings, ratings


def build_plan(findings, ratings, questions, seed: int):
    """What the service does once the rows are loaded: rank, then select."""
    report = rank_priorities(findings, ratings, today=TODAY)
    priorities = [WeightedTag(p.tag, p.score) for p in report.priorities]
    return build_practice_set(priorities, questions, 8, seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--findings", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(2025)
    questions = make_questions(args.questions, rng)
    findings, ratings = make_findings(args.findings, rng)
    build_plan(findings, ratings, questions, 0)  # warm up
    timings = []
    for run in range(args.runs):
        start = time.perf_counter()
        picks = build_plan(findings, ratings, questions, run)
        timings.append((time.perf_counter() - start) * 1000)
        assert len(picks) == 8 and len({p.question_id for p in picks}) == 8
    median, worst = statistics.median(timings), max(timings)
    print(
        f"Plan from {args.questions:,} questions and {args.findings:,} findings "
        f"({args.runs} runs): median {median:.1f} ms, slowest {worst:.1f} ms "
        f"(target under {TARGET_MS:.0f} ms)"
    )
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
