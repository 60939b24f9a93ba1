"""bench/extraction.py's errors by cause: *date: same act* counts a date error only when the
extracted event is told by the gold's own evidence (:func:`_tells`; review30 finding 10:
no test checked it). Sentences of our own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from types import ModuleType, SimpleNamespace

import pytest

from timeline.extract.evaluate import GoldEvent, Scores
from timeline.model import EventDate, EventKind, Status

REFUSED = "pattern refused by a guard"
EVIDENCE = "Peru and Chile signed a fisheries accord in Lima on Monday"


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("extraction")


def _gold(evidence: str = EVIDENCE) -> GoldEvent:
    return GoldEvent(
        documents=("d",),
        kind=EventKind.signing,
        date=EventDate.from_value("2024-05-13", None),
        status=Status.occurred,
        actors=frozenset({"CL", "PE"}),
        evidence=evidence,
    )


def _event(quote: str, value: str = "2024-05-01") -> SimpleNamespace:
    return SimpleNamespace(
        kind=EventKind.signing,
        date=EventDate.from_value(value, None),
        sources=[SimpleNamespace(document="d", quote=quote)],
        countries=["CL", "PE"],
        organizations=[],
    )


@pytest.mark.parametrize(
    ("quote", "told"),
    [
        # the quote holds the evidence, or the evidence holds the quote: the same act
        (f"In a brief ceremony, {EVIDENCE}, officials said.", True),
        ("signed a fisheries accord in Lima", True),
        # another act of the class in the same document
        ("Peru and Chile signed a trade protocol in Santiago in March.", False),
        ("", False),
    ],
)
def test_tells(bench: ModuleType, quote: str, told: bool) -> None:
    assert bench._tells(_event(quote), _gold()) is told


def test_a_date_error_of_the_same_act_is_counted_apart(bench: ModuleType) -> None:
    for quote, same in ((EVIDENCE + ".", 1), ("Peru and Chile signed a protocol in May.", 0)):
        event = _event(quote)
        gold = _gold()
        missed, spurious = bench.causes(
            [event], Scores(gold=1, found=1, missed=[gold], spurious=[event])
        )
        assert missed["date"] == 1 and spurious["date"] == 1
        assert missed["date: same act"] == same and spurious["date: same act"] == same


@pytest.mark.parametrize(
    ("evidence", "cause", "guard"),
    [
        # the sanctions rule's pattern matches, its guard refuses a league as the acting side
        ("The league sanctioned Brazil on Tuesday", REFUSED, "a_state_sanctions"),
        ("the assembly has lifted the oil embargo", REFUSED, "a_state_lifts"),
        # no rule's pattern matches at all
        ("Peru and Chile have had ties since 1969", "no pattern", None),
    ],
)
def test_a_miss_without_a_trigger_tells_a_refused_pattern_from_none(
    bench: ModuleType, evidence: str, cause: str, guard: str | None
) -> None:
    missed, _ = bench.causes([], Scores(gold=1, found=0, missed=[_gold(evidence)], spurious=[]))
    assert missed[cause] == 1 and "no trigger word" not in missed
    assert sum(missed.values()) == (2 if guard else 1)
    if guard is not None:
        assert missed[bench.REFUSED + guard] == 1
        assert f"{guard} 1" in bench.causes_table([("s", Scores(1, 0), missed, Counter())])
