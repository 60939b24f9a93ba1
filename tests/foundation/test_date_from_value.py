"""``EventDate.from_value`` validates each set of plain values once and gives out copies:
the same date, fields and fields set as validating afresh, the same refusals, and never
one model shared by two callers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline.model import EventDate
from timeline.timex import DateMod

_VALUES = st.one_of(
    st.sampled_from(
        [
            *("2022-05-10", "2022-05", "2022-W19", "2022-FA", "2022-Q3", "2022-H2", "2024"),
            *("199X", "2022-03-29/2022-03-30", "2022-02-30", "2022-13", "PRESENT_REF", ""),
            *(" 2024 ", "x"),
        ]
    ),
    st.text(alphabet="0123456789-WQHXFASU/T ", max_size=12),
)
_MODS = st.one_of(st.none(), st.sampled_from(list(DateMod)))
_TEXTS = st.one_of(st.none(), st.text(max_size=12), st.just("  in May  "))


def _fresh(value: str, mod: DateMod | None, text: str | None) -> EventDate | str:
    """What validating these values afresh gives: the date, or the refusal's message."""
    try:
        return EventDate.model_validate({"value": value, "mod": mod, "text": text})
    except ValidationError as exc:
        return str(exc)


def _cached(value: str, mod: DateMod | None, text: str | None) -> EventDate | str:
    try:
        return EventDate.from_value(value, mod, text)
    except ValidationError as exc:
        return str(exc)


@given(_VALUES, _MODS, _TEXTS)
def test_from_value_is_validation_afresh(value: str, mod: DateMod | None, text: str | None) -> None:
    expected = _fresh(value, mod, text)
    for _ in range(2):  # the first call fills the cache, the second reads it
        got = _cached(value, mod, text)
        if isinstance(expected, str):
            assert got == expected
            continue
        assert isinstance(got, EventDate)
        assert got == expected
        assert got.model_fields_set == expected.model_fields_set
        assert got.model_dump_json() == expected.model_dump_json()
        assert got.__dict__ == expected.__dict__


def test_each_call_gives_its_own_model() -> None:
    first = EventDate.from_value("2022-05", DateMod.end, "late May")
    second = EventDate.from_value("2022-05", DateMod.end, "late May")
    assert first == second
    assert first is not second
    first.text = "changed"  # a caller changing its date changes no other's
    assert EventDate.from_value("2022-05", DateMod.end, "late May").text == "late May"
    assert second.text == "late May"


def test_values_of_other_types_are_validated_as_before() -> None:
    """A mod given as a string, or a value that is no string, takes the plain path."""
    assert EventDate.from_value("2022-05", "end").mod is DateMod.end  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        EventDate.from_value(["2022"])  # type: ignore[arg-type]
