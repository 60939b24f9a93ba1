"""bench/participant_choice.py: its labels, its training (deterministic) and its inference.

Trained here on corpus-extra, the smallest tuning set, to stay quick.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.participant_choice import ParticipantChooser, choice_feature_names

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("participant_choice")


@pytest.fixture(scope="module")
def rows(bench: ModuleType) -> list[Any]:
    (split,) = bench.read_all([ROOT / "tests/data/extraction/corpus-extra"], None, record=True)
    rows: list[Any] = bench.option_rows(split)
    return rows


def test_options_have_both_labels(rows: list[Any]) -> None:
    labels = [label for _, _, _, ls in rows for label in ls]
    assert any(labels) and not all(labels)
    # an option the rules chose may be wrong, one they left out may be right
    chosen = {
        label
        for _, _, fs, ls in rows
        for f, label in zip(fs, ls, strict=True)
        if f.get("rules:chosen")
    }
    left = {
        label
        for _, _, fs, ls in rows
        for f, label in zip(fs, ls, strict=True)
        if not f.get("rules:chosen")
    }
    assert chosen == {0, 1} and left == {0, 1}


def test_training_is_deterministic(bench: ModuleType, rows: list[Any]) -> None:
    first = bench.dump(bench.fit_chooser(rows, (0.6, 0.05), ["corpus-extra"]))
    second = bench.dump(bench.fit_chooser(rows, (0.6, 0.05), ["corpus-extra"]))
    assert first == second
    chooser = ParticipantChooser.model_validate(json.loads(first))
    assert chooser.add_threshold == 0.6 and chooser.drop_threshold == 0.05
    assert chooser.trained_on == ["corpus-extra"] and any(w != 0 for w in chooser.weights)


def test_inference_equals_the_library_decision_function(bench: ModuleType, rows: list[Any]) -> None:
    from sklearn.linear_model import LogisticRegression

    names = choice_feature_names()
    x = [[f.get(n, 0.0) for n in names] for _, _, fs, _ in rows for f in fs]
    y = [label for _, _, _, ls in rows for label in ls]
    model = LogisticRegression(C=1.0, solver="lbfgs", max_iter=5000, tol=1e-8).fit(x, y)
    chooser = bench.fit_chooser(rows, (0.6, 0.0), ["corpus-extra"])
    features = [f for _, _, fs, _ in rows for f in fs][::5]
    sample = x[::5]
    for f, z, p in zip(
        features, model.decision_function(sample), model.predict_proba(sample)[:, 1], strict=True
    ):
        assert chooser.decision(f) == pytest.approx(z, abs=1e-4)
        assert chooser.probability(f) == pytest.approx(p, abs=1e-4)
