"""bench/recall_ceiling.py: a missed gold event's best candidate, on the three parts of a
match, and the cause of the group no candidate reaches on two parts."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType, SimpleNamespace

import pytest

from timeline.extract.evaluate import GoldEvent
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
