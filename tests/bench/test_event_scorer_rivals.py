"""bench/event_scorer.py with the rivals of the detector's candidates
(``--detected-variants``): read only when asked, fitted deterministically, and otherwise
left out of the scorer's features.

Read here on corpus-extra, the smallest tuning set, with a detector that fires on every
sentence it reads (that of ``tests/extract/test_detector_rivals.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.detector import EventDetector
from timeline.extract.pipeline import weighs_rivals
from timeline.extract.scorer import EventScorer

from .conftest import detector_firing_everywhere

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests/data/extraction/corpus-extra"


def _everywhere() -> EventDetector:
    return detector_firing_everywhere([0.0, 0.5, 0.0])


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> Iterator[ModuleType]:
    module = load_bench("event_scorer")
    yield module
    module.READ_RIVALS[0] = False
    module.IGNORED[:] = [module.RIVALS]


def test_the_rivals_are_read_and_fitted_only_when_asked(bench: ModuleType) -> None:
    assert bench.READ_RIVALS == [False] and bench.IGNORED == [bench.RIVALS]
    plain = bench.read_split(SET, detector=_everywhere()).candidates()
    assert not any(c.rival for _, c, _ in plain)
    scorer = bench.fit(plain, 0.3, ["corpus-extra"])
    assert not any(f.startswith(bench.RIVALS) for f in scorer.features)
    assert not weighs_rivals(scorer)


def test_a_fit_with_the_rivals_is_deterministic(bench: ModuleType) -> None:
    bench.READ_RIVALS[0] = True
    bench.IGNORED[:] = []
    rows: list[Any] = bench.read_split(SET, detector=_everywhere()).candidates()
    rivals = {c.rival for _, c, _ in rows if c.rival}
    assert rivals == {"second class", "other date"}
    first = bench.dump(bench.fit(rows, 0.3, ["corpus-extra"]))
    second = bench.dump(bench.fit(rows, 0.3, ["corpus-extra"]))
    assert first == second
    scorer = EventScorer.model_validate(json.loads(first))
    assert weighs_rivals(scorer)
    assert {f for f in scorer.features if f.startswith(bench.RIVALS)} == {
        f"{bench.RIVALS}{r}" for r in rivals
    }
