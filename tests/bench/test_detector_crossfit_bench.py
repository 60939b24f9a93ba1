"""bench/detector_crossfit.py: each detected candidate judged by a detector that never saw its
set (nor, nested, the fold left out), and the folds' thresholds chosen on the other folds.

Read here on three small tuning sets, three folds (one set each), to stay quick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = [ROOT / "tests/data/extraction" / n for n in ("corpus-extra", "test", "test-b")]


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    load_bench("event_scorer")
    load_bench("event_detector")
    return load_bench("detector_crossfit")


@pytest.fixture(scope="module")
def crossfit(bench: ModuleType) -> Any:
    ed = bench.ed
    first = ed.fit_detector(
        [r for s in ed.read_all(SETS) for r in ed.sentence_rows(s)], ["all"], 0.5
    )
    splits = ed.read_all(SETS, detector=first, propose_all=True)
    return bench.CrossFit(splits, [], 3)


def test_each_candidate_is_judged_by_a_detector_without_its_set(crossfit: Any) -> None:
    params = (0.5, 4)
    composed = crossfit.composed(None, params)
    assert composed
    for d in crossfit.proposals.detected:
        own = crossfit.fold_of[crossfit.split_of[id(d.candidate)]]
        alone = crossfit.judged(frozenset({own}), params)[id(d.candidate)]
        assert composed[id(d.candidate)] == alone
    seen = crossfit.detector(frozenset(), params)  # the detector of every set differs
    everything = crossfit.judged(frozenset(), params)
    assert seen.trained_on == crossfit.names
    assert any(everything[i][0] != p for i, (p, _) in composed.items())


def test_nested_the_fold_left_out_is_never_seen_either(crossfit: Any) -> None:
    params = (0.5, 4)
    nested = crossfit.composed(0, params)
    for d in crossfit.proposals.detected:
        own = crossfit.fold_of[crossfit.split_of[id(d.candidate)]]
        detector = crossfit.detector(frozenset({own, 0}), params)
        assert crossfit.names[0] not in detector.trained_on
        assert crossfit.names[own] not in detector.trained_on
        assert (
            nested[id(d.candidate)] == crossfit.judged(frozenset({own, 0}), params)[id(d.candidate)]
        )


def test_a_folds_threshold_is_chosen_on_the_other_folds(bench: ModuleType) -> None:
    fold_of = {"a": 0, "b": 1}
    by_t = {str(t): [10, 0, 0, 0, 0] for t in bench.THRESHOLDS}
    table = {
        "arm": {
            "a": {**by_t, "0.5": [10, 10, 10, 0, 0]},  # fold 0 is best at 0.5
            "b": {**by_t, "0.7": [10, 10, 10, 0, 0]},  # fold 1 at 0.7
        }
    }
    assert bench.chosen(table, "arm", fold_of, 0) == 0.7
    assert bench.chosen(table, "arm", fold_of, 1) == 0.5
