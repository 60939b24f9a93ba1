"""bench/event_detector.py: its sentence labels, its training (deterministic), and the
candidates it proposes, chosen again by each fold's detector.

Trained here on corpus-extra, the smallest tuning set, to stay quick.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.detector import EventDetector

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests/data/extraction/corpus-extra"


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    load_bench("event_scorer")
    return load_bench("event_detector")


@pytest.fixture(scope="module")
def splits(bench: ModuleType) -> list[Any]:
    return list(bench.read_all([SET]))


@pytest.fixture(scope="module")
def rows(bench: ModuleType, splits: list[Any]) -> list[Any]:
    return list(bench.sentence_rows(splits[0]))


def test_a_sentence_is_positive_when_a_gold_evidence_lies_in_it(rows: list[Any]) -> None:
    labels = [r[3] for r in rows]
    assert any(labels) and not all(labels)
    assert {r[4] for r in rows if not r[3]} == {"none"}
    assert "gathering" in {r[4] for r in rows if r[3]}


def test_training_is_deterministic(bench: ModuleType, rows: list[Any]) -> None:
    first = bench.dump(bench.fit_detector(rows, ["corpus-extra"], 0.5))
    second = bench.dump(bench.fit_detector(list(reversed(rows)), ["corpus-extra"], 0.5))
    assert first == second
    detector = EventDetector.model_validate(json.loads(first))
    assert detector.trained_on == ["corpus-extra"] and detector.threshold == 0.5
    assert any(w != 0 for w in detector.weights)
    assert detector.classes == sorted(detector.classes)


def test_each_fold_chooses_the_proposals_again(bench: ModuleType, rows: list[Any]) -> None:
    detector = bench.fit_detector(rows, ["corpus-extra"], 0.5)
    split = bench.read_all([SET], detector=detector, propose_all=True)[0]
    proposals = bench.Proposals([split])
    assert proposals.detected
    proposals.use(None)
    assert not any(c.fate == "detected" for _, c, _ in proposals.rows(split))
    proposals.use(detector.model_copy(update={"threshold": 0.05}))
    kept = [c for _, c, _ in proposals.rows(split) if c.fate == "detected" and c.base is None]
    assert kept and all(c.detector is not None and c.detector >= 0.05 for c in kept)
    assert all(any(k.startswith("detector:") for k in c.features) for c in kept)


def test_the_cached_scoring_is_the_splits_own(bench: ModuleType, rows: list[Any]) -> None:
    detector = bench.fit_detector(rows, ["corpus-extra"], 0.5)
    split = bench.read_all([SET], detector=detector, propose_all=True)[0]
    proposals = bench.Proposals([split])
    proposals.use(detector.model_copy(update={"threshold": 0.05}))
    scorer = bench.fit_scorer_on(proposals, lambda _n, _d: True, ["corpus-extra"])
    scoring = bench.Scoring(scorer)
    for t in (0.3, 0.9):
        tuned = scorer.model_copy(update={"detected_threshold": t})
        own = split.scores(lambda c, tuned=tuned: tuned.keeps(c.features))
        assert scoring(split, t, None) == [own.gold, own.found, len(own.matched)]
    none = split.scores(lambda c: not c.features.get("fate:detected") and scorer.keeps(c.features))
    assert scoring(split, None, None) == [none.gold, none.found, len(none.matched)]
    # the gate: every proposal stands in a sentence with a date expression and an actor
    assert all(c.draft.participants for c in (d.candidate for d in proposals.detected))


def test_every_proposal_is_in_a_sentence_without_a_rule_candidate(
    bench: ModuleType, rows: list[Any]
) -> None:
    detector = bench.fit_detector(rows, ["corpus-extra"], 0.5)
    split = bench.read_all([SET], detector=detector, propose_all=True)[0]
    for _, _, read in split.documents:
        rules = {c.sentence_index for c in read.candidates if (c.base or c).fate != "detected"}
        detected = {c.sentence_index for c in read.candidates if c.fate == "detected"}
        assert not rules & detected


def test_a_spurious_detected_event_is_classed_by_what_it_misses(bench: ModuleType) -> None:
    from datetime import date
    from types import SimpleNamespace as T

    from timeline.model import EventKind

    def when(a: str, b: str) -> Any:
        return T(start=date.fromisoformat(a), end=date.fromisoformat(b))

    meeting = T(kind=EventKind.meeting, date=when("2023-07-03", "2023-07-03"), actors={"AR", "BR"})
    event = T(kind=EventKind.summit, date=when("2023-07-03", "2023-07-03"))
    event.countries, event.organizations = ["AR", "BR"], []

    def cls(gold: list[Any], matched: set[int], told: bool = False, **features: float) -> str:
        return str(bench.error_class(event, features, gold, matched, told))

    assert cls([meeting], {id(meeting)}) == "duplicate of a matched event"
    later = T(kind=EventKind.meeting, date=when("2023-07-10", "2023-07-10"), actors={"AR", "BR"})
    assert cls([later], set()) == "wrong date"
    assert cls([later], {id(later)}) == "duplicate, differing"
    more = T(kind=EventKind.meeting, date=meeting.date, actors={"AR", "BR", "UY"})
    assert cls([more], set()) == "missing participant"
    visit = T(kind=EventKind.visit, date=meeting.date, actors={"AR"})
    assert cls([visit], set()) == "wrong kind class"
    other = T(kind=EventKind.visit, date=when("2020-01-01", "2020-01-01"), actors={"CL"})
    assert cls([other], set(), told=True) == "gold sentence, other faults"
    assert cls([other], set(), **{"status:planned": 1.0}) == "no event: plan or expectation"
    assert cls([other], set(), **{"time:background": 1.0}) == "no event: background"
    assert cls([other], set(), **{"cue:said": 1.0}) == "no event: said or quoted"
    assert cls([], set()) == "no event: other"


def test_each_fold_judges_the_rivals_of_a_detected_sentence_again(
    bench: ModuleType, rows: list[Any]
) -> None:
    from timeline.extract.detector_proposals import KIND_MARGIN
    from timeline.extract.evaluate import kind_class

    es = bench.es
    detector = bench.fit_detector(rows, ["corpus-extra"], 0.5)
    es.READ_RIVALS[0] = True
    try:
        split = bench.read_all([SET], detector=detector, propose_all=True)[0]
    finally:
        es.READ_RIVALS[0] = False
    proposals = bench.Proposals([split])
    # read with every second class (whatever its margin), for each fold's detector to judge
    rivals = [d.candidate for d in proposals.detected if d.candidate.rival == "second class"]
    firsts = [d.candidate for d in proposals.detected if not d.candidate.rival]
    assert rivals and len(rivals) == len(firsts)
    proposals.use(detector.model_copy(update={"threshold": 0.05}))
    kept = [c for _, c, _ in proposals.rows(split) if c.fate == "detected" and c.base is None]
    judged = proposals.judge(detector)
    for c in kept:
        kinds = judged[id(c)][1]
        if c.rival == "second class":  # kept only within the margin, of the second class
            assert len(kinds) == 2 and c.draft.kind == kinds[1]
        else:
            assert c.draft.kind == kinds[0]
    second = [c for c in kept if c.rival == "second class"]
    assert len(second) < len(rivals)  # the margin drops some
    for c in second:
        first = next(f for f in kept if f.rival_group == c.rival_group and not f.rival)
        assert kind_class(first.draft.kind) != kind_class(c.draft.kind)
        scores = sorted(detector.class_scores(proposals.features[_key(proposals, c)]))
        assert scores[-1] - scores[-2] <= KIND_MARGIN
    # the rivals' other arm (--rival-arms): the same detector's firsts, and no rival
    proposals.use(detector.model_copy(update={"threshold": 0.05}), rivals=False)
    without = [c for _, c, _ in proposals.rows(split) if c.fate == "detected" and c.base is None]
    assert not any(c.rival for c in without)
    assert [id(c) for c in without] == [id(c) for c in kept if not c.rival]


def _key(proposals: Any, c: Any) -> Any:
    return next(d.sentence for d in proposals.detected if d.candidate is c)
