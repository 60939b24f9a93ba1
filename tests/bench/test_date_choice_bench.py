"""bench/date_choice.py: the date ranker's labels, its fit (deterministic) and its inference.

Fitted here on corpus-extra, the smallest tuning set, to stay quick.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.date_choice import load_ranker

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("date_choice")


@pytest.fixture(scope="module")
def split(bench: ModuleType) -> Any:
    return bench.read_split(ROOT / "tests/data/extraction/corpus-extra")


def test_options_are_labelled_by_the_gold_dates(bench: ModuleType, split: Any) -> None:
    rows = bench.ranker_rows(split)
    labels = [label for _, _, labels in rows for label in labels]
    assert any(labels) and not all(labels)
    # every candidate whose trigger the story recorded is offered dates, its own among them
    assert len(rows) >= 50
    assert all(len(features) == len(labels) for _, features, labels in rows)


def test_the_fit_is_deterministic_and_names_its_data(
    bench: ModuleType, split: Any, tmp_path: Path
) -> None:
    rows = bench.ranker_rows(split)
    first = bench.dump(bench._ranker(rows, 0.7, ["corpus-extra"]))
    second = bench.dump(bench._ranker(rows, 0.7, ["corpus-extra"]))
    assert first == second
    path = tmp_path / "date_ranker.json"
    path.write_text(first, encoding="utf-8")
    ranker = load_ranker(path)
    assert ranker.trained_on == ["corpus-extra"] and ranker.threshold == 0.7
    assert "bench/date_choice.py" in ranker.description
    assert any(w != 0 for w in ranker.weights)


def test_the_general_fit_is_deterministic_and_reads_the_counterpart(
    bench: ModuleType, split: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ranker on the general features alone (``--features general``): two fits are
    byte-identical, and its features include the two read of another sentence's place."""
    monkeypatch.setattr(bench, "FEATURES", ["general"])
    rows = bench.ranker_rows(split)
    first = bench.dump(bench._ranker(rows, 0.5, ["corpus-extra"]))
    second = bench.dump(bench._ranker(rows, 0.5, ["corpus-extra"]))
    assert first == second
    features = json.loads(first)["features"]
    assert {"other:side", "other:event", "shares:side", "option:after"} <= set(features)
    assert all(bench.general_feature(n) for n in features)
    assert not any(n.startswith("option:lede & class:") for n in features)


def test_inference_equals_the_library_probability(bench: ModuleType, split: Any) -> None:
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in bench.ranker_rows(split) if any(r[2])]
    ranker = bench._ranker(rows, 0.7, ["corpus-extra"])
    names = ranker.features
    x = [[f.get(n, 0.0) for n in names] for _, fs, _ in rows for f in fs]
    y = [label for _, _, labels in rows for label in labels]
    model = LogisticRegression(C=ranker.regularization, solver="lbfgs", max_iter=5000, tol=1e-8)
    expected = model.fit(x, y).predict_proba(x)[:, 1]
    features = [f for _, fs, _ in rows for f in fs]
    for f, p in list(zip(features, expected, strict=True))[::7]:
        assert ranker.probability(f) == pytest.approx(p, abs=1e-4)


def test_the_ranker_learns_from_the_candidates_extraction_re_dates(
    bench: ModuleType, split: Any
) -> None:
    every = bench.ranker_rows(split)
    assert bench.used_rows(split, lambda c: False) == []
    kept = bench.used_rows(split, lambda c: c.kept)
    # a scorer that would keep any candidate once re-dated: the dropped ones with a right
    # option come in too, and only they
    moved = bench.used_rows(split, lambda c: c.kept or c.original is not None)
    assert len(kept) < len(moved) < len(every)
    had = {id(fs) for _, fs, _ in kept}
    extra = [r for r in moved if id(r[1]) not in had]
    assert extra and all(any(labels) for _, _, labels in extra)
    ids = {id(f) for _, fs, _ in every for f in fs}
    assert all(id(f) in ids for _, fs, _ in moved for f in fs)
    # the candidates' own dates and features are given back
    assert all(c.original is None for _, _, read in split.documents for c in read.candidates)
