"""bench/recall_ceiling.py: a missed gold event's best candidate, on the three parts of a
match, and the cause of the group no candidate reaches on two parts (:func:`cause`, on
two real articles)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from timeline.corpus import read_document as read_file
from timeline.extract.detector import shipped_detector
from timeline.extract.evaluate import GoldEvent
from timeline.extract.pipeline import ReadDocument, ScorerChoice, read_document
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
    why, sentence = _cause(bench, read, "Peace and Security Council", EventKind.visit)
    assert why == "only another class in its sentence"  # its summit, its chair appointed
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
    # the rules' summit candidate ("Ramaphosa says the summit was successful", a definite
    # noun of the summit told, is no candidate since the sixty-first pass)
    evidence = "at the conclusion of the African Union Summit in Addis Ababa"
    why, sentence = _cause(bench, read, evidence, EventKind.statement)
    assert why == "only another class in its sentence"
    assert sentence.startswith("South Africa has been appointed") and evidence in sentence
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


def _event(kind: EventKind, value: str, codes: list[str], at: int) -> SimpleNamespace:
    """An event (a mention, a merged event) told at offset ``at`` of document d."""
    event = _candidate(kind, value, codes).event
    event.sources = [SimpleNamespace(document="d", start=at, end=at + 10)]
    return event


def _scored(event: SimpleNamespace, probability: float, group: int | None = None) -> Any:
    """A candidate making ``event``, which the scorer gives ``probability``."""
    return SimpleNamespace(
        event=event, features={"p": probability}, rival_group=group, base=None, variant=False
    )


#: A scorer keeping a candidate from 0.30.
SCORER = SimpleNamespace(probability=lambda f: f["p"], threshold_for=lambda f: 0.3)


class TestLostBy:
    """What lost a missed gold event some candidate matches on all three parts."""

    g = _gold(EventKind.meeting, "2024-06-26", {"EU", "RS"})
    other = _gold(EventKind.meeting, "2024-06-26", {"EU", "RS", "XK"})
    own = _event(EventKind.meeting, "2024-06-26", ["EU", "RS"], 0)
    wide = _event(EventKind.meeting, "2024-06-26", ["EU", "RS", "XK"], 100)

    def lost(
        self,
        bench: ModuleType,
        candidates: list[Any],
        unfolded: list[Any],
        folded: list[Any],
        merged: list[Any],
        taken: dict[int, GoldEvent] | None = None,
        mentions: list[Any] | None = None,
    ) -> str:
        keep = ScorerChoice(SCORER)  # type: ignore[arg-type]
        return str(
            bench.lost_by(
                self.g,
                candidates,
                keep,
                unfolded,
                folded,
                folded if mentions is None else mentions,
                merged,
                taken or {},
            )
        )

    def test_the_scorer_by_how_far_under_its_threshold(self, bench: ModuleType) -> None:
        assert self.lost(bench, [_scored(self.own, 0.27)], [], [], []) == (
            "scorer: under by < 0.05"
        )
        assert self.lost(bench, [_scored(self.own, 0.15)], [], [], []) == (
            "scorer: under by 0.10-0.20"
        )
        nearest = [_scored(self.own, 0.02), _scored(self.own, 0.22)]
        assert self.lost(bench, nearest, [], [], []) == "scorer: under by 0.05-0.10"
        assert self.lost(bench, [_scored(self.own, 0.05)], [], [], []) == "scorer: under by 0.20+"

    def test_a_rival_won(self, bench: ModuleType) -> None:
        visit = _event(EventKind.visit, "2024-06-26", ["EU", "RS"], 0)  # another class
        rivals = [_scored(self.own, 0.5, group=1), _scored(visit, 0.6, group=1)]
        assert self.lost(bench, rivals, [], [], []) == "a rival won"
        rivals[0].features["p"] = 0.7  # now it wins: its mention is looked for
        assert self.lost(bench, rivals, [], [], []) == "chosen, no mention matches"

    def test_the_fold_and_the_merge(self, bench: ModuleType) -> None:
        right = [_scored(self.own, 0.9)]
        assert self.lost(bench, right, [self.own], [], []) == "the duplicates fold"
        assert self.lost(bench, right, [self.own], [self.own], []) == ("merge: left out (one side)")
        joined = _event(EventKind.signing, "2024-06-26", ["EU", "RS"], 0)  # the merge's kind
        assert self.lost(bench, right, [self.own], [self.own], [joined]) == (
            "merge: joined, matches none"
        )
        assert self.lost(
            bench, right, [self.own], [self.own], [joined], {id(joined): self.other}
        ) == ("merge: joined another gold event's")

    def test_the_fold_took_it_into_a_gathering_of_another_kind(self, bench: ModuleType) -> None:
        """A meeting folded into its summit: the summit still matches the meeting's gold
        event by class, but went to the summit's gold event."""
        right = [_scored(self.own, 0.9)]
        summit = _event(EventKind.summit, "2024-06-26", ["EU", "RS", "XK"], 100)
        summit.sources += self.own.sources  # the fold took the meeting's quote
        taken = {id(summit): self.other}
        unfolded = [self.own, self.wide]
        assert self.lost(bench, right, unfolded, [summit], [summit], taken) == (
            "the duplicates fold"
        )
        # the summit's own mention matches the meeting's gold event too (by class): the
        # meeting folded into it is still what lost it
        told = _event(EventKind.summit, "2024-06-26", ["EU", "RS", "XK"], 100)
        both = [self.own, told]
        assert self.lost(bench, right, both, [summit], [summit], taken) == "the duplicates fold"
        # a mention folded into one of its own kind: the merge would have joined them too
        meeting = _event(EventKind.meeting, "2024-06-26", ["EU", "RS", "XK"], 100)
        meeting.sources += self.own.sources
        taken = {id(meeting): self.other}
        assert self.lost(bench, right, unfolded, [meeting], [meeting], taken) == (
            "one-to-one: one mention tells both"
        )

    def test_a_mention_of_its_kind_the_fold_kept_leaves_the_loss_to_the_merge(
        self, bench: ModuleType
    ) -> None:
        """One meeting mention kept by the fold (then merged into an event another gold
        event took), a second one folded into a summit: the fold did not lose the meeting,
        what comes after it did."""
        right = [_scored(self.own, 0.9)]
        second = _event(EventKind.meeting, "2024-06-26", ["EU", "RS"], 200)
        summit = _event(EventKind.summit, "2024-06-26", ["EU", "RS", "XK"], 100)
        summit.sources += second.sources
        joined = _event(EventKind.meeting, "2024-06-26", ["EU", "RS", "XK"], 0)
        joined.sources += self.wide.sources
        taken = {id(joined): self.other, id(summit): self.other}
        unfolded = [self.own, second, self.wide]
        folded = [self.own, self.wide, summit]
        assert self.lost(bench, right, unfolded, folded, [joined, summit], taken) == (
            "one-to-one: one mention tells both"
        )
        # with the first mention folded into the summit as well, the fold lost it
        summit.sources += self.own.sources
        taken = {id(summit): self.other}
        assert self.lost(bench, right, [self.own, second], [summit], [summit], taken) == (
            "the duplicates fold"
        )

    def test_nothing_folded_is_no_loss_of_the_fold(self, bench: ModuleType) -> None:
        """A meeting whose only mention is a summit (a match by class) the fold kept: no
        mention of its kind was folded, so the fold did not lose it."""
        summit = _event(EventKind.summit, "2024-06-26", ["EU", "RS"], 0)
        right = [_scored(summit, 0.9)]
        assert self.lost(bench, right, [summit], [summit], [], {}) == ("merge: left out (one side)")

    def test_one_to_one_another_gold_event_took_the_merged_event(self, bench: ModuleType) -> None:
        right = [_scored(self.own, 0.9)]
        merged = _event(EventKind.meeting, "2024-06-26", ["EU", "RS", "XK"], 0)
        merged.sources += self.wide.sources  # the merge joined both mentions
        taken = {id(merged): self.other}
        assert self.lost(
            bench, right, [self.own], [self.own], [merged], taken, [self.own, self.wide]
        ) == ("one-to-one: merged with another gold event's mention")
        # one mention that matches both gold events
        told = {id(self.wide): self.other}
        only = [_scored(self.wide, 0.9)]
        assert self.lost(bench, only, [self.wide], [self.wide], [self.wide], told) == (
            "one-to-one: one mention tells both"
        )
        # ... and a matching candidate of another sentence the scorer dropped
        dropped = [*only, _scored(_event(EventKind.meeting, "2024-06-26", ["EU", "RS"], 300), 0.1)]
        assert self.lost(bench, dropped, [self.wide], [self.wide], [self.wide], told) == (
            "one-to-one: one mention, a second candidate dropped"
        )
