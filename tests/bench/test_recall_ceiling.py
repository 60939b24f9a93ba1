"""bench/recall_ceiling.py: a missed gold event's best candidate, on the three parts of a
match, and the cause of the group no candidate reaches on two parts (:func:`cause`, on
two real articles)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from timeline.corpus import read_document as read_file
from timeline.extract.detector import shipped_detector
from timeline.extract.evaluate import GoldEvent
from timeline.extract.pipeline import ReadDocument, read_document
from timeline.model import EventDate, EventKind, Status


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    load_bench("event_scorer")
    return load_bench("recall_ceiling")


def _gold(kind: EventKind, value: str, actors: set[str]) -> GoldEvent:
    return GoldEvent(
        documents=("d",),
        kind=kind,
        date=EventDate.from_value(value, None),
        status=Status.occurred,
        actors=frozenset(actors),
        evidence="",
    )


def _candidate(kind: EventKind, value: str, codes: list[str]) -> SimpleNamespace:
    countries = [c for c in codes if len(c) == 2]
    organizations = [c for c in codes if len(c) > 2]
    event = SimpleNamespace(
        kind=kind,
        date=EventDate.from_value(value, None),
        countries=countries,
        organizations=organizations,
    )
    return SimpleNamespace(event=event)


def test_the_best_candidate_names_the_part_it_misses(bench: ModuleType) -> None:
    g = _gold(EventKind.statement, "2023-05-11", {"NO", "RU"})
    meeting = _candidate(EventKind.meeting, "2023-05-11", ["NO", "RU"])
    assert bench.best_class(g, [meeting]) == "date + sides"
    late = _candidate(EventKind.signing, "2023-05-12", ["NO", "RU"])
    assert bench.best_class(g, [meeting, late]) == "class + sides"  # the class first
    alone = _candidate(EventKind.statement, "2023-05-11", ["NO"])
    assert bench.best_class(g, [alone]) == "class + date"
    assert bench.best_class(
        g, [alone, _candidate(EventKind.adoption, "2023-05", ["NO", "RU"])]
    ) == ("class + sides")  # a month is not inside the gold's day
    right = _candidate(EventKind.adoption, "2023-05-11", ["NO", "RU", "FI"])
    assert bench.best_class(g, [meeting, right]) == "all three"


def test_one_part_or_none_is_the_none_group(bench: ModuleType) -> None:
    g = _gold(EventKind.visit, "2021-02-06", {"EU", "RU"})
    assert bench.best_class(g, []) == "none"
    assert bench.best_class(g, [_candidate(EventKind.visit, "2021-01", ["EU"])]) == "none"
    assert bench.best_class(g, [_candidate(EventKind.meeting, "2021-02-06", ["EU"])]) == "none"


#: Two articles of test-ag (tuning data), copied: "SA appointed chair of AU Peace and
#: Security Council" (SABC News) and the joint session of North Macedonia and Albania
#: (Netpress).
ARTICLES = Path(__file__).resolve().parent / "data" / "recall_ceiling"


@pytest.fixture(scope="module")
def reads() -> dict[tuple[str, bool], ReadDocument]:
    """Each article read as the bench reads it, with the shipped detector and without any."""
    detector = shipped_detector()
    assert detector is not None
    return {
        (name, with_detector): read_document(
            read_file(ARTICLES / f"{name}.txt"),
            offer_dates=True,
            detector=detector if with_detector else None,
            record_words=True,
        )
        for name in ("african-union_30", "balkans_31")
        for with_detector in (True, False)
    }


def _cause(
    bench: ModuleType,
    read: ReadDocument,
    evidence: str,
    kind: EventKind = EventKind.visit,
) -> tuple[str, str]:
    g = GoldEvent(
        documents=(read.reader.doc.id,),
        kind=kind,
        date=EventDate.from_value("1990-01-01", None),
        status=Status.occurred,
        actors=frozenset({"ZZ"}),
        evidence=evidence,
    )
    why, sentence = bench.cause(g, read, bench.body_sentences(read))
    return str(why), str(sentence)


def test_evidence_is_searched_in_the_body(
    bench: ModuleType, reads: dict[tuple[str, bool], ReadDocument]
) -> None:
    read = reads["african-union_30", True]
    assert _cause(bench, read, "SA appointed chair") == (
        "evidence not in the body",
        "SA appointed chair",
    )  # the headline's words alone
    # in the headline and in the body: the body's sentence, not "not in the body"
    why, sentence = _cause(bench, read, "Peace and Security Council", EventKind.other)
    assert why == "only another class in its sentence"  # the sentence's summit
    assert sentence.startswith("South Africa has been appointed the chair")


def test_evidence_over_two_sentences(
    bench: ModuleType, reads: dict[tuple[str, bool], ReadDocument]
) -> None:
    evidence = "the joint government session. Later Kovachevski will hold"
    why, sentence = _cause(bench, reads["balkans_31", True], evidence)
    assert why == "told across two sentences"
    assert sentence.startswith("The Prime Minister indicated") and sentence.endswith("will hold")


def test_the_candidates_of_the_evidence_sentence(
    bench: ModuleType, reads: dict[tuple[str, bool], ReadDocument]
) -> None:
    read = reads["african-union_30", True]
    evidence = "Ramaphosa says the summit was successful"  # the rules' summit candidates
    assert _cause(bench, read, evidence, EventKind.statement) == (
        "only another class in its sentence",
        evidence + ".",
    )
    assert _cause(bench, read, evidence, EventKind.meeting)[0] == (
        "a candidate of its class in its sentence"
    )


def test_a_sentence_without_candidates_by_what_kept_the_detector_away(
    bench: ModuleType, reads: dict[tuple[str, bool], ReadDocument]
) -> None:
    union = reads["african-union_30", True]
    assert _cause(bench, union, '"The continent continues to work')[0] == (
        "no candidate: no actor named"
    )
    assert _cause(bench, union, "President Cyril Ramaphosa will have to ensure")[0] == (
        "no candidate: no date expression"  # an actor, no date
    )
    evidence = "Prime Minister Dimitar Kovachevski said on Sunday"  # an actor and a date
    assert _cause(bench, reads["balkans_31", True], evidence)[0] == (
        "no candidate: detector under its threshold"
    )
    assert _cause(bench, reads["balkans_31", False], evidence)[0] == (
        "no candidate: no detector loaded"
    )
