"""Time identify_weaknesses on a typical 60-word feedback and the labelled dev sets, and
measure the memory its models take.

Usage: .venv/bin/python scripts/bench_feedback.py
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.analysis.feedback import identify_weaknesses  # noqa: E402
from scripts.feedback_accuracy import load_set  # noqa: E402

TYPICAL = (
    "Hi Sam, thanks for your time on Thursday. The panel enjoyed meeting you and felt your "
    "technical knowledge was solid. However, some of your answers ran long and lacked a clear "
    "structure, and they would have liked more concrete examples of the impact you had. They "
    "also felt other candidates came across as more engaged. We won't be progressing this time."
)


def per_text_ms(texts: list[str], rounds: int, repeats: int = 7) -> tuple[float, float]:
    """Milliseconds per text: best wall-clock and best CPU time over several repeats.

    The best of several repeats (as `timeit` advises) keeps other processes on a busy
    machine from inflating the figure.
    """
    best_wall = best_cpu = float("inf")
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for text in texts:
                identify_weaknesses(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    runs = rounds * len(texts)
    return best_wall * 1000 / runs, best_cpu * 1000 / runs


def loaded_mb() -> float:
    """Megabytes allocated by the first call, which loads the models, the net and the
    judge (traced, so before any timing)."""
    tracemalloc.start()
    identify_weaknesses(TYPICAL)
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return size / 1e6


def main() -> None:
    """Print the memory the models take and the mean time per text."""
    print(f"models loaded: {loaded_mb():.0f} MB")
    # The dev sets and the old holdout: timing never reads the blind holdout.
    texts = [str(r["text"]) for name in ("dev", "holdout_old") for r in load_set(name)]
    wall, cpu = per_text_ms([TYPICAL], 300)
    words = len(TYPICAL.split())
    print(f"typical text ({words} words): {wall:.3f} ms per text (CPU {cpu:.3f} ms)")
    wall, cpu = per_text_ms(texts, 3)
    mean_words = sum(len(t.split()) for t in texts) / len(texts)
    print(
        f"labelled set ({len(texts)} texts, mean {mean_words:.0f} words): "
        f"{wall:.3f} ms per text (CPU {cpu:.3f} ms)"
    )


if __name__ == "__main__":
    main()
