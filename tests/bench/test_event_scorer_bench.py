"""bench/event_scorer.py: its labels, its training (deterministic) and its inference.

Trained here on corpus-extra, the smallest tuning set, to stay quick.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.scorer import BoostedEventScorer, EventScorer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("event_scorer")


@pytest.fixture(scope="module")
def rows(bench: ModuleType) -> list[Any]:
    split = bench.read_split(ROOT / "tests/data/extraction/corpus-extra")
    return split.candidates()


def test_candidates_have_both_labels(rows: list[Any]) -> None:
    labels = [label for _, _, label in rows]
    assert any(labels) and not all(labels)
    # a kept candidate that matches no gold event is a negative; one that matches, a positive
    assert {label for _, c, label in rows if c.kept} == {True, False}


def test_training_is_deterministic(bench: ModuleType, rows: list[Any]) -> None:
    first = bench.dump(bench.fit(rows, 0.4, ["corpus-extra"], 0.2))
    second = bench.dump(bench.fit(rows, 0.4, ["corpus-extra"], 0.2))
    assert first == second
    scorer = EventScorer.model_validate(json.loads(first))
    assert scorer.threshold == 0.4 and scorer.kept_threshold == 0.2
    assert any(w != 0 for w in scorer.weights)


def test_inference_equals_the_library_decision_function(bench: ModuleType, rows: list[Any]) -> None:
    model = bench.fit_model(rows)
    scorer = bench.fit(rows, 0.4, ["corpus-extra"], 0.2)
    sample = rows[::3]
    x, _ = bench.matrix(sample)
    expected = model.decision_function(x)
    for (_, c, _), z in zip(sample, expected, strict=True):
        assert scorer.decision(c.features) == pytest.approx(z, abs=1e-4)
    probabilities = model.predict_proba(x)[:, 1]
    for (_, c, _), p in zip(sample, probabilities, strict=True):
        assert scorer.probability(c.features) == pytest.approx(p, abs=1e-4)


def test_tree_training_is_deterministic_and_names_its_sets(
    bench: ModuleType, rows: list[Any]
) -> None:
    first = bench.dump(bench.fit_trees(rows, 0.45, ["corpus-extra"]))
    second = bench.dump(bench.fit_trees(rows, 0.45, ["corpus-extra"]))
    assert first == second
    scorer = BoostedEventScorer.model_validate(json.loads(first))
    assert scorer.trained_on == ["corpus-extra"] and scorer.examples == len(rows)
    assert len(scorer.trees) == bench.TREES["n_estimators"]
    assert max(t.depth() for t in scorer.trees) <= bench.TREES["max_depth"]
    # one tree a line: a file a reviewer can read and diff
    assert sum(line.lstrip().startswith('{"feature"') for line in first.splitlines()) == len(
        scorer.trees
    )


def test_tree_inference_equals_the_library_decision_function(
    bench: ModuleType, rows: list[Any]
) -> None:
    model = bench.fit_tree_model(rows)
    scorer = bench.fit_trees(rows, 0.45, ["corpus-extra"])
    x, _ = bench.matrix(rows)
    for (_, c, _), z in zip(rows, model.decision_function(x), strict=True):
        assert scorer.decision(c.features) == pytest.approx(z, abs=1e-4)
    for (_, c, _), p in zip(rows, model.predict_proba(x)[:, 1], strict=True):
        assert scorer.probability(c.features) == pytest.approx(p, abs=1e-4)


def test_a_scorer_with_words_is_fitted_on_its_training_sets_alone_and_deterministically(
    bench: ModuleType, rows: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench, "MIN_WORD_COUNT", 3)  # corpus-extra is small
    # its twelve articles as sets, one left out: the vocabulary never reads it
    by_set: dict[str, list[Any]] = {}
    for row in rows:
        by_set.setdefault(row[0], []).append(row)
    left_out = sorted(by_set)[0]
    training = {n: r for n, r in by_set.items() if n != left_out}
    first = bench.dump(bench.fit_lexical(training, 0.45))
    assert first == bench.dump(bench.fit_lexical(training, 0.45))
    scorer = EventScorer.model_validate(json.loads(first))
    assert scorer.vocabulary and scorer.regularization in bench.LEXICAL_REGULARIZATION
    assert scorer.trained_on == list(training) and left_out not in scorer.trained_on
    counts: dict[str, int] = {}
    for _, c, _ in (r for rs in training.values() for r in rs):
        if not c.variant:
            for w in c.words:
                counts[w] = counts.get(w, 0) + 1
    assert all(counts.get(w, 0) >= 3 for w in scorer.vocabulary)
    # inference equals scikit-learn's on the same sparse matrix, words included
    names = [*bench.scorer_features(), *scorer.vocabulary]
    model = bench.fit_model(
        [r for rs in training.values() for r in rs], scorer.vocabulary, scorer.regularization
    )
    sample = by_set[left_out]
    x, _ = bench.sparse_matrix(sample, names)
    for (_, c, _), z in zip(sample, model.decision_function(x), strict=True):
        assert scorer.decision(c.features) == pytest.approx(z, abs=1e-4)
