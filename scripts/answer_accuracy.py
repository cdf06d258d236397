"""Report how well analyse_answer finds STAR parts on the labelled answers.

Run: .venv/bin/python scripts/answer_accuracy.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.analysis.answers import analyse_answer

PARTS = ("situation", "task", "action", "result")
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {"dev": DATA / "answers_dev.jsonl", "holdout": DATA / "answers_holdout.jsonl"}


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
    """Score the dev set, the holdout set and both together."""
    rows = {name: load(path) for name, path in SETS.items()}
    results = {name: evaluate(data) for name, data in rows.items()}
    results["all"] = evaluate([row for data in rows.values() for row in data])
    return results


def main(verbose: bool = False) -> None:
    """Print the accuracy table (and, when verbose, every error)."""
    results = evaluate_sets()
    print(f"{'set':<8} {'n':>3} {'parts':>6} {'miss R':>7} {'miss P':>7} {'quant':>6}")
    for name, acc in results.items():
        print(
            f"{name:<8} {acc.answers:>3} {acc.part_accuracy:>6.3f} {acc.missing_recall:>7.3f} "
            f"{acc.missing_precision:>7.3f} {acc.quantified_accuracy:>6.3f}"
        )
    if verbose:
        for name in ("dev", "holdout"):
            for error in results[name].errors:
                print(f"{name}: {error}")


if __name__ == "__main__":
    import sys

    main(verbose="-v" in sys.argv[1:])
