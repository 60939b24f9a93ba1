"""bench/event_scorer.py and bench/event_detector.py with the detector's candidates beside
the rules' of other classes (``--beside-rules``): read and fitted only when asked,
fitted deterministically, and in the folds kept only when the fold's detector gives them a
class none of the rules' candidates of their sentence has (``--beside-arms``: never in the
arm without them).

Read here on corpus-extra, the smallest tuning set, with a detector that fires on every
sentence it reads, its first class a document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.candidates import BESIDE_RULES
from timeline.extract.detector import EventDetector
from timeline.extract.evaluate import kind_class
from timeline.extract.pipeline import weighs_beside
from timeline.extract.scorer import EventScorer

from .conftest import detector_firing_everywhere

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests/data/extraction/corpus-extra"


def _everywhere(first: str = "document") -> EventDetector:
    classes = ["document", "gathering", "visit"]
    return detector_firing_everywhere([0.0 if c == first else -1.0 for c in classes])


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> Iterator[ModuleType]:
    module = load_bench("event_scorer")
    yield module
    module.READ_BESIDE[0] = False


def test_the_beside_candidates_are_read_and_fitted_only_when_asked(bench: ModuleType) -> None:
    assert bench.READ_BESIDE == [False]
    plain = bench.read_split(SET, detector=_everywhere()).candidates()
    assert not any((c.base or c).beside for _, c, _ in plain)
    scorer = bench.fit(plain, 0.3, ["corpus-extra"])
    assert BESIDE_RULES not in scorer.features and not weighs_beside(scorer)


def test_a_fit_with_the_beside_candidates_is_deterministic(bench: ModuleType) -> None:
    bench.READ_BESIDE[0] = True
    rows: list[Any] = bench.read_split(SET, detector=_everywhere()).candidates()
    beside = [c for _, c, _ in rows if (c.base or c).beside]
    assert beside and all(c.features[BESIDE_RULES] == 1.0 for c in beside)
    first = bench.dump(bench.fit(rows, 0.3, ["corpus-extra"]))
    second = bench.dump(bench.fit(rows, 0.3, ["corpus-extra"]))
    assert first == second
    scorer = EventScorer.model_validate(json.loads(first))
    assert BESIDE_RULES in scorer.features and weighs_beside(scorer)


def test_a_fold_keeps_a_beside_candidate_only_in_a_class_the_rules_lack(
    load_bench: Callable[[str], ModuleType], bench: ModuleType
) -> None:
    detector_bench = load_bench("event_detector")
    bench.READ_BESIDE[0] = True
    try:
        splits = detector_bench.read_all([SET], detector=_everywhere(), propose_all=True)
    finally:
        bench.READ_BESIDE[0] = False
    proposals = detector_bench.Proposals(splits)
    read_beside = [d.candidate for d in proposals.detected if d.candidate.beside]
    assert read_beside  # proposed whatever the class, for each fold to judge

    def kept(detector: EventDetector, beside: bool = True) -> list[Any]:
        proposals.use(detector, beside=beside)
        return [
            c for _, _, read in splits[0].documents for c in read.candidates if (c.base or c).beside
        ]

    for first in ("document", "gathering", "visit"):
        chosen = kept(_everywhere(first))
        assert all(kind_class(c.draft.kind) not in (c.base or c).beside for c in chosen)
        assert kept(_everywhere(first), beside=False) == []
    assert kept(_everywhere("document"))  # some sentence the rules told in another class
    proposals.use(None)
