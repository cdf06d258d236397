"""Report how well analyse_answer finds STAR parts on the labelled answers.

Run: .venv/bin/python scripts/answer_accuracy.py [-v]

Sets:
  dev            answers_dev.jsonl + answers_blind_dev.jsonl (the only set to tune on)
  holdout        answers_holdout.jsonl (older, not written blind to the rules)
  blind_holdout  answers_blind_holdout.jsonl (written before the rules were read;
                 never tune on it)
  all            every labelled answer

-v prints the per-answer errors of the dev set only; holdout errors are not printed,
so that nobody tunes the rules on them by accident.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.analysis.answers import analyse_answer

PARTS = ("situation", "task", "action", "result")
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS: dict[str, tuple[Path, ...]] = {
    "dev": (DATA / "answers_dev.jsonl", DATA / "answers_blind_dev.jsonl"),
    "holdout": (DATA / "answers_holdout.jsonl",),
    "blind_holdout": (DATA / "answers_blind_holdout.jsonl",),
}


@dataclass(frozen=True)
class Accuracy:
    """Figures for one labelled set; a missing part is the positive class."""

    answers: int
    part_accuracy: float
    missing_recall: float
    missing_precision: float
    quantified_accuracy: float
    errors: tuple[str, ...]


def load(path: Path) -> list[dict[str, Any]]:
    """Read labelled answers from a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_set(name: str) -> list[dict[str, Any]]:
    """Read every file of a named set ("all" reads every set)."""
    names = list(SETS) if name == "all" else [name]
    return [row for set_name in names for path in SETS[set_name] for row in load(path)]


def _ratio(num: int, den: int) -> float:
    """A ratio that is 1.0 when there is nothing to count."""
    return num / den if den else 1.0


def evaluate(rows: list[dict[str, Any]]) -> Accuracy:
    """Score analyse_answer against labelled rows."""
    right = tp = fp = fn = quant_right = 0
    errors: list[str] = []
    for row in rows:
        report = analyse_answer(row["text"])
        for part in PARTS:
            predicted = report.star[part] is not None
            labelled = bool(row["star"][part])
            right += predicted == labelled
            tp += not predicted and not labelled
            fp += not predicted and labelled
            fn += predicted and not labelled
            if predicted != labelled:
                errors.append(f"{row['id']} {part}: predicted {predicted}, labelled {labelled}")
        quant_ok = report.quantified_result == row["quantified_result"]
        quant_right += quant_ok
        if not quant_ok:
            errors.append(f"{row['id']} quantified: predicted {report.quantified_result}")
    return Accuracy(
        answers=len(rows),
        part_accuracy=_ratio(right, len(rows) * len(PARTS)),
        missing_recall=_ratio(tp, tp + fn),
        missing_precision=_ratio(tp, tp + fp),
        quantified_accuracy=_ratio(quant_right, len(rows)),
        errors=tuple(errors),
    )


def evaluate_sets() -> dict[str, Accuracy]:
    """Score each set and all of them together."""
    return {name: evaluate(load_set(name)) for name in (*SETS, "all")}


def main(verbose: bool = False) -> None:
    """Print the accuracy table (and, when verbose, every dev-set error)."""
    results = evaluate_sets()
    print(f"{'set':<14} {'n':>3} {'parts':>6} {'miss R':>7} {'miss P':>7} {'quant':>6}")
    for name, acc in results.items():
        print(
            f"{name:<14} {acc.answers:>3} {acc.part_accuracy:>6.3f} {acc.missing_recall:>7.3f} "
            f"{acc.missing_precision:>7.3f} {acc.quantified_accuracy:>6.3f}"
        )
    if verbose:
        for error in results["dev"].errors:
            print(f"dev: {error}")


if __name__ == "__main__":
    import sys

    main(verbose="-v" in sys.argv[1:])
