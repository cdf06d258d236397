"""How much the feedback models add on writers they were not trained on.

Usage: .venv/bin/python scripts/feedback_cv.py [WRITER ...]

With no arguments, each training writer (scripts/train_feedback_model.py, WRITERS) in
turn is held out; with names, those writers are held out together. The models are
trained on the other writers (and the phrase bank) and the reader is scored on the
held-out texts twice (feedback_accuracy.score): the rules alone, and the rules as the
models and the shipped judge weigh them (coach.analysis.feedback.second_opinion; the
judge was fitted on groups of writers held out of the models in the same way). The rules
were tuned on most writers, which flatters both rows; the honest rows are writers the
rules had not been tuned on yet (I and J when the model was adopted, README). The blind
holdout is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.analysis._feedback_model import load_judge  # noqa: E402
from coach.analysis.feedback import Weakness, read, second_opinion  # noqa: E402
from scripts import feedback_accuracy as fa  # noqa: E402
from scripts import train_feedback_model as tr  # noqa: E402


def rules_alone(text: str) -> list[Weakness]:
    return [weakness for _, weakness in read(text).found]


def main() -> None:
    """Print the rules against the rules with the models, per held-out writer or group."""
    writers = {name: tr.load_writer(name) for name in tr.WRITERS}
    phrases = tr.load_phrases()
    groups = [sys.argv[1:]] if sys.argv[1:] else [[name] for name in writers]
    print(f"{'held out':<10}{'texts':>6}  {'rules P / R / anyChg':<25}with the models")
    for group in groups:
        models = tr.train_models(
            [ex for name, exs in writers.items() if name not in group for ex in exs], phrases
        )
        rows = [
            row for name in group for file in tr.WRITERS[name] for row in fa.load(fa.DATA / file)
        ]
        cells = []
        judged = (*models, load_judge())
        for reader in (rules_alone, lambda text, m=judged: second_opinion(text, read(text), *m)):
            s = fa.score(rows, reader)
            cells.append(f"{s.precision:.3f} / {s.recall:.3f} / {s.any_changeable:.3f}")
        print(f"{'+'.join(group):<10}{len(rows):>6}  {cells[0]:<25}{cells[1]}")


if __name__ == "__main__":
    main()
