"""The event scorer's data file: loads, validates, and scores with a dot product."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import DataError
from timeline.extract.candidates import feature_names
from timeline.extract.scorer import EventScorer, load_scorer, shipped_scorer

from .conftest import write_model_file


def _data(**changes: Any) -> dict[str, Any]:
    names = feature_names()
    data: dict[str, Any] = {
        "description": "test",
        "features": names,
        "weights": [0.1 * (i % 5) - 0.2 for i in range(len(names))],
        "intercept": -0.5,
        "threshold": 0.3,
        "kept_threshold": 0.1,
        "trained_on": ["dev"],
        "trained": "2026-11-29",
        "examples": 10,
        "regularization": 1.0,
    }
    data.update(changes)
    return data


def test_a_scorer_file_loads_and_scores_by_its_weights(tmp_path: Path) -> None:
    scorer = load_scorer(write_model_file(tmp_path, _data()))
    features = {"kind:visit": 1.0, "fate:kept": 1.0}
    z = scorer.intercept + sum(
        w for n, w in zip(scorer.features, scorer.weights, strict=True) if n in features
    )
    assert scorer.decision(features) == pytest.approx(z)
    assert scorer.probability(features) == pytest.approx(1 / (1 + math.exp(-z)))
    assert scorer.keeps(features) is (scorer.probability(features) >= 0.1)
    dropped = {"kind:visit": 1.0, "fate:undated": 1.0}
    assert scorer.keeps(dropped) is (scorer.probability(dropped) >= 0.3)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"weights": [1.0]}, "weights"),
        ({"features": ["kind:visit", "kind:visit"], "weights": [1.0, 1.0]}, "twice"),
        ({"features": ["outlet:reuters"], "weights": [1.0]}, "does not compute"),
        ({"threshold": 1.5}, "threshold"),
        ({"detected_threshold": 1.0}, "detected_threshold"),
        ({"detected_threshold": "high"}, "detected_threshold"),
    ],
)
def test_a_bad_scorer_file_names_the_file_and_the_fault(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    path = write_model_file(tmp_path, _data(**changes))
    with pytest.raises(DataError, match=message) as err:
        load_scorer(path)
    assert str(path) in str(err.value)


def test_a_file_that_is_not_json_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "scorer.json"
    path.write_text("{weights", encoding="utf-8")
    with pytest.raises(DataError, match="JSON"):
        load_scorer(path)


def test_the_shipped_scorer_if_any_validates() -> None:
    scorer = shipped_scorer()
    assert scorer is None or isinstance(scorer, EventScorer)


def test_an_intention_the_rules_drop_is_kept_only_when_planned(tmp_path: Path) -> None:
    names = feature_names()
    weights = [5.0 if n in ("cue:intended", "kind:signing") else 0.0 for n in names]
    scorer = load_scorer(write_model_file(tmp_path, _data(weights=weights)))
    # "the desire to sign free trade agreements outside Mercosur on December 6": no act
    desire = {"fate:no act": 1.0, "cue:intended": 1.0, "kind:signing": 1.0}
    assert scorer.probability(desire) > 0.99 and not scorer.keeps(desire)
    # "... plans to sign the agreement next week": a planned event may be kept
    assert scorer.keeps({**desire, "status:planned": 1.0})
    # an intention the rules keep is judged like any other they keep
    assert scorer.keeps({"fate:kept": 1.0, "cue:intended": 1.0, "kind:signing": 1.0})


def test_a_detected_candidate_has_the_threshold_of_its_own(tmp_path: Path) -> None:
    scorer = load_scorer(write_model_file(tmp_path, _data(detected_threshold=0.8)))
    detected = {"kind:meeting": 1.0, "fate:detected": 1.0}
    dropped = {"kind:meeting": 1.0, "fate:undated": 1.0}
    kept = {"kind:meeting": 1.0, "fate:kept": 1.0}
    assert scorer.threshold_for(detected) == 0.8
    assert scorer.threshold_for({**detected, "variant:wider participants": 1.0}) == 0.8
    assert scorer.threshold_for(dropped) == 0.3 and scorer.threshold_for(kept) == 0.1
    assert scorer.keeps(detected) is (scorer.probability(detected) >= 0.8)
    # without one, a detected candidate is judged as any the rules drop
    plain = load_scorer(write_model_file(tmp_path, _data(), "plain.json"))
    assert plain.detected_threshold is None and plain.threshold_for(detected) == 0.3


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(feature_names()), st.floats(-3, 3, allow_nan=False), max_size=20
    )
)
def test_the_decision_is_the_dot_product_of_the_named_weights(features: dict[str, float]) -> None:
    scorer = EventScorer.model_validate(_data())
    weights = dict(zip(scorer.features, scorer.weights, strict=True))
    expected = scorer.intercept + sum(weights[n] * v for n, v in features.items())
    assert scorer.decision(features) == pytest.approx(expected)


def test_the_weights_read_by_name_are_no_field_of_the_model(tmp_path: Path) -> None:
    """The weights by name (a cached property) stay out of the dump, the JSON and
    equality: a scorer that has scored is the same model as one that has not."""
    path = write_model_file(tmp_path, _data())
    used, fresh = load_scorer(path), load_scorer(path)
    used.decision({"kind:visit": 1.0})
    assert used == fresh
    assert used.model_dump() == fresh.model_dump()
    assert set(used.model_dump()) == set(type(used).model_fields)
    assert used.model_dump_json() == fresh.model_dump_json()
