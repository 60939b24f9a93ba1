"""Gradient-boosted trees as a data file: the event scorer of that kind loads, validates,
walks its trees, and keeps or drops candidates by its thresholds."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from timeline.errors import DataError
from timeline.extract.candidates import feature_names
from timeline.extract.scorer import BoostedEventScorer, EventScorer, load_scorer

from .conftest import write_model_file

#: Two trees over three features: "kind:visit" (index 0), "fate:kept" (1), "participants:2" (2).
#: The first splits on a kept candidate, then on two sides (an interaction a weighted sum
#: cannot draw: two sides count only for a kept one); the second on a visit.
TREES = [
    {
        "feature": [1, -1, 2, -1, -1],
        "threshold": [0.5, 0.0, 0.5, 0.0, 0.0],
        "left": [1, -1, 3, -1, -1],
        "right": [2, -1, 4, -1, -1],
        "value": [0.0, -1.0, 0.0, 0.2, 1.5],
    },
    {
        "feature": [0, -1, -1],
        "threshold": [0.5, 0.0, 0.0],
        "left": [1, -1, -1],
        "right": [2, -1, -1],
        "value": [0.0, -0.1, 0.4],
    },
]


def _data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "description": "test",
        "features": ["kind:visit", "fate:kept", "participants:2"],
        "base": -0.5,
        "trees": TREES,
        "learning_rate": 0.1,
        "max_depth": 2,
        "min_samples_leaf": 1,
        "trained_on": ["dev"],
        "trained": "2026-11-30",
        "examples": 10,
        "threshold": 0.4,
        "kept_threshold": 0.2,
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("features", "z"),
    [
        ({}, -0.5 - 1.0 - 0.1),
        ({"kind:visit": 1.0}, -0.5 - 1.0 + 0.4),
        ({"fate:kept": 1.0}, -0.5 + 0.2 - 0.1),
        ({"fate:kept": 1.0, "participants:2": 1.0}, -0.5 + 1.5 - 0.1),
        # two sides alone reach the same leaf as none: only a kept candidate's count
        ({"participants:2": 1.0, "has:person": 1.0}, -0.5 - 1.0 - 0.1),
    ],
)
def test_a_tree_file_loads_and_sums_the_leaves_each_tree_reaches(
    tmp_path: Path, features: dict[str, float], z: float
) -> None:
    scorer = load_scorer(write_model_file(tmp_path, _data()))
    assert isinstance(scorer, BoostedEventScorer)
    assert scorer.decision(features) == pytest.approx(z)
    assert scorer.probability(features) == pytest.approx(1 / (1 + math.exp(-z)))
    threshold = 0.2 if features.get("fate:kept") else 0.4
    assert scorer.keeps(features) is (1 / (1 + math.exp(-z)) >= threshold)


def test_a_file_without_trees_is_the_logistic_scorer(tmp_path: Path) -> None:
    names = feature_names()
    data = {
        "description": "test",
        "features": names,
        "weights": [0.0] * len(names),
        "intercept": 0.0,
        "threshold": 0.3,
        "kept_threshold": 0.0,
        "trained_on": ["dev"],
        "trained": "2026-11-30",
        "examples": 10,
        "regularization": 1.0,
    }
    assert isinstance(load_scorer(write_model_file(tmp_path, data)), EventScorer)


def _tree(**changes: Any) -> list[dict[str, Any]]:
    return [{**TREES[0], **changes}, TREES[1]]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"trees": _tree(value=[0.0, 1.0])}, "5 nodes but 2 value"),
        ({"trees": _tree(left=[1, -1, 0, -1, -1])}, "bad child 0"),  # a cycle to the root
        ({"trees": _tree(left=[1, -1, 9, -1, -1])}, "bad child 9"),
        ({"trees": _tree(right=[2, -1, 3, -1, -1])}, "bad child 3"),  # one node, two parents
        ({"trees": _tree(left=[1, 3, 3, -1, -1])}, "leaf 1 has children"),
        ({"trees": _tree(feature=[1, -1, 7, -1, -1])}, "tests feature 7 of 3"),
        ({"max_depth": 1}, "deeper than max_depth 1"),
        ({"trees": []}, "trees"),
        ({"features": ["kind:visit", "outlet:reuters", "fate:kept"]}, "does not compute"),
        ({"features": ["kind:visit", "kind:visit", "fate:kept"]}, "twice"),
        ({"threshold": 1.5}, "threshold"),
        ({"weights": [1.0]}, "weights"),
    ],
)
def test_a_bad_tree_file_names_the_file_and_the_fault(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    path = write_model_file(tmp_path, _data(**changes))
    with pytest.raises(DataError, match=message) as err:
        load_scorer(path)
    assert str(path) in str(err.value)


def test_a_node_no_parent_reaches_is_refused(tmp_path: Path) -> None:
    lone = {
        "feature": [-1, -1],
        "threshold": [0.0, 0.0],
        "left": [-1, -1],
        "right": [-1, -1],
        "value": [0.1, 0.2],
    }
    path = write_model_file(tmp_path, _data(trees=[lone]))
    with pytest.raises(DataError, match="node 1 is no node's child"):
        load_scorer(path)


def _stump(feature: int, value: float) -> dict[str, Any]:
    """A tree of one split: ``value`` when the feature is set, 0 when not."""
    return {
        "feature": [feature, -1, -1],
        "threshold": [0.5, 0.0, 0.0],
        "left": [1, -1, -1],
        "right": [2, -1, -1],
        "value": [0.0, 0.0, value],
    }


#: Trees over real candidates: a kept one counts +3, a hypothetical one +6, a visit -6.
STUMPS = _data(
    features=["fate:kept", "fate:hypothetical or negated", "kind:visit"],
    base=-2.0,
    trees=[_stump(0, 3.0), _stump(1, 6.0), _stump(2, -6.0)],
    max_depth=1,
    threshold=0.5,
    kept_threshold=0.1,
)


@pytest.mark.parametrize(
    ("article", "kind", "day", "kept"),
    [
        # "He also proposed to hold the next summit ... on November 12": a proposal, which
        # the rules drop (hypothetical); these trees keep every such candidate
        ("02_turkic-council-informal-summit-istanbul-next", "summit", "2020-11-12", True),
        # the Turkish minister's visit the rules keep; these trees drop every visit
        ("01_uzbek-turkish-joint-drill", "visit", "2021-03-23", False),
    ],
)
def test_trees_keep_or_drop_real_candidates(
    extraction_sets: Path, article: str, kind: str, day: str, kept: bool
) -> None:
    from timeline.corpus import read_corpus
    from timeline.extract.pipeline import read_document

    scorer = BoostedEventScorer.model_validate(STUMPS)
    doc = read_corpus([extraction_sets / "corpus-extra" / f"{article}.txt"])[0]
    read = read_document(doc)

    def told(events: list[Any]) -> bool:
        return any(e.kind.value == kind and e.date.value == day for e in events)

    by_rules, _ = read.mentions()
    by_trees, _ = read.mentions(lambda c: scorer.keeps(c.features))
    assert told(by_rules) is not kept  # the trees change the rules' choice
    assert told(by_trees) is kept
    # and keep the rules' other events: a kept candidate that is no visit stays
    others = {(e.kind.value, e.date.value) for e in by_rules if e.kind.value != "visit"}
    assert others <= {(e.kind.value, e.date.value) for e in by_trees}
