"""The feedback model: it only adds, only where the rules see criticism, and is current."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.analysis import _feedback_model
from coach.analysis._feedback_model import Model, clause_features, from_json, stem
from coach.analysis.feedback import read, second_opinion
from coach.analysis.taxonomy import SLUGS, is_changeable

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import feedback_accuracy  # noqa: E402
import train_feedback_model  # noqa: E402


def toy_model(word: str, tag: str, add: float = 0.5) -> Model:
    """A model that names `tag` whenever `word` appears, and nothing otherwise."""
    index = SLUGS.index(tag)
    return Model(
        tags=SLUGS, bias=tuple(-10.0 for _ in SLUGS), weights={word: ((index, 20.0),)}, add=add
    )


def test_a_likely_tag_is_added_with_its_critical_clause_as_evidence() -> None:
    text = "The warehouse visit went well. Sadly the forklift answer was weak."
    found = second_opinion(text, read(text), toy_model("forklift", "technical_depth"))
    added = [w for w in found if w.tag == "technical_depth"]
    assert len(added) == 1
    assert added[0].evidence == "Sadly the forklift answer was weak"
    assert added[0].actionable is is_changeable("technical_depth")


@pytest.mark.parametrize(
    "text",
    [
        "The forklift answer was excellent.",
        "I'm afraid it's not the outcome we were hoping for. Thanks for the forklift tour.",
    ],
)
def test_nothing_is_added_where_the_rules_see_no_criticism(text: str) -> None:
    assert second_opinion(text, read(text), toy_model("forklift", "technical_depth")) == []


def test_the_model_never_takes_away_a_rule_finding() -> None:
    text = "You rambled, and the forklift answer was weak."
    rules = [w for _, w in read(text).found]
    found = second_opinion(text, read(text), toy_model("forklift", "technical_depth"))
    assert set(rules) <= set(found)
    assert "technical_depth" in {w.tag for w in found}


def test_below_the_threshold_nothing_is_added() -> None:
    text = "Sadly the forklift answer was weak."
    model = toy_model("forklift", "technical_depth", add=1.01)
    assert {w.tag for w in second_opinion(text, read(text), model)} == {
        w.tag for _, w in read(text).found
    }


def test_features_stem_negate_and_pair_words() -> None:
    norm = "no concerns about pace, rambled answers"
    feats = clause_features(norm, 0, len(norm))
    assert {"no", "NOT_concern", "NOT_pac", "rambl", "rambl_answer"} <= feats
    assert "pac" not in feats and "NOT_rambl" not in feats  # the comma ends the negation
    assert stem("rambling") == stem("rambled") == "rambl"


def test_the_shipped_model_round_trips_and_covers_every_tag() -> None:
    model = _feedback_model.load()
    assert model.tags == SLUGS
    assert 0 < model.add < 1
    again = from_json(model.to_json("digest"))
    assert again == model


def test_the_shipped_model_was_trained_on_the_labelled_sets_as_they_are() -> None:
    # After adding labelled texts: .venv/bin/python scripts/train_feedback_model.py
    assert train_feedback_model.digest() == _feedback_model.stored_digest()


def test_the_blind_holdout_is_not_among_the_training_files() -> None:
    training = {f for files in train_feedback_model.WRITERS.values() for f in files}
    holdout = {path.name for path in feedback_accuracy.SETS["holdout"]}
    assert training.isdisjoint(holdout)
    assert training == {
        path.name for name in ("dev", "holdout_old") for path in feedback_accuracy.SETS[name]
    }
