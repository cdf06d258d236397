"""How much the feedback model adds on writers it was not trained on.

Usage: .venv/bin/python scripts/feedback_cv.py [WRITER ...]

With no arguments, each writer (scripts/train_feedback_model.py, WRITERS) in turn is
held out; with names, those writers are held out together. The model is trained on the
other writers and the reader is scored on the held-out texts twice: the rules alone, and
the rules with the model's additions (coach.analysis.feedback.second_opinion). Micro
precision and recall over (text, tag) pairs, and any-changeable accuracy. The rules were
tuned on most writers, which flatters both rows; the honest rows are writers the rules
had not been tuned on yet (I and J when the model was adopted, README). The blind
holdout is never read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import train_feedback_model as tr  # noqa: E402

from coach.analysis.feedback import Weakness, second_opinion  # noqa: E402


def figures(examples: Sequence[tr.Example], reader: Callable[[tr.Example], list[Weakness]]) -> str:
    """Micro precision / recall / any-changeable accuracy of a reader."""
    tp = fp = fn = ok = 0
    for ex in examples:
        found = {w.tag: w.actionable for w in reader(ex)}
        tp += len(found.keys() & ex.labels.keys())
        fp += len(found.keys() - ex.labels.keys())
        fn += len(ex.labels.keys() - found.keys())
        ok += any(found.values()) == any(ex.labels.values())
    return f"{tp / ((tp + fp) or 1):.3f} / {tp / ((tp + fn) or 1):.3f} / {ok / len(examples):.3f}"


def main() -> None:
    """Print the rules against the rules with the model, per held-out writer or group."""
    writers = {name: tr.load_writer(name) for name in tr.WRITERS}
    groups = [sys.argv[1:]] if sys.argv[1:] else [[name] for name in writers]
    print(f"{'held out':<10}{'texts':>6}  {'rules P / R / anyChg':<25}with the model")
    for group in groups:
        model = tr.train([ex for name, exs in writers.items() if name not in group for ex in exs])
        test = [ex for name in group for ex in writers[name]]
        rules = figures(test, lambda ex: [w for _, w in ex.reading.found])
        both = figures(test, lambda ex, m=model: second_opinion(ex.text, ex.reading, m))
        print(f"{'+'.join(group):<10}{len(test):>6}  {rules:<25}{both}")


if __name__ == "__main__":
    main()
