from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import TimexError
from timeline.timex import DateMod, Precision, interval_for, value_for


@pytest.mark.parametrize(
    ("value", "mod", "start", "end", "precision"),
    [
        ("2022-05-10", None, "2022-05-10", "2022-05-10", "day"),
        ("2022-05-10T10:30", None, "2022-05-10", "2022-05-10", "day"),
        ("2022-05-10TMO", None, "2022-05-10", "2022-05-10", "day"),
        ("2022-05", None, "2022-05-01", "2022-05-31", "month"),
        ("2024-02", None, "2024-02-01", "2024-02-29", "month"),
        ("2022-05", "end", "2022-05-21", "2022-05-31", "month"),
        ("2022-05", "END", "2022-05-21", "2022-05-31", "month"),
        ("2022-05", "start", "2022-05-01", "2022-05-10", "month"),
        ("2022-05", "mid", "2022-05-11", "2022-05-20", "month"),
        ("2022-05", "approximate", "2022-05-01", "2022-05-31", "month"),
        ("2022-W19", None, "2022-05-09", "2022-05-15", "week"),
        ("2022-W19-WE", None, "2022-05-14", "2022-05-15", "day"),
        ("2022-SP", None, "2022-03-01", "2022-05-31", "season"),
        ("2022-SU", None, "2022-06-01", "2022-08-31", "season"),
        ("2022-FA", None, "2022-09-01", "2022-11-30", "season"),
        ("2022-WI", None, "2022-12-01", "2023-02-28", "season"),
        ("2022-Q3", None, "2022-07-01", "2022-09-30", "quarter"),
        ("2022-H2", None, "2022-07-01", "2022-12-31", "half"),
        ("2024", None, "2024-01-01", "2024-12-31", "year"),
        ("2024", "start", "2024-01-01", "2024-04-30", "year"),
        ("2023", "mid", "2023-05-01", "2023-08-31", "year"),
        ("2024", "end", "2024-09-01", "2024-12-31", "year"),
        ("199", None, "1990-01-01", "1999-12-31", "decade"),
        ("199X", None, "1990-01-01", "1999-12-31", "decade"),
        ("199X", "start", "1990-01-01", "1993-12-31", "decade"),
        ("199X", "end", "1997-01-01", "1999-12-31", "decade"),
        ("19", None, "1900-01-01", "1999-12-31", "century"),
        ("2022-03-29/2022-03-30", None, "2022-03-29", "2022-03-30", "day"),
    ],
)
def test_interval_for(value: str, mod: str | None, start: str, end: str, precision: str) -> None:
    iv = interval_for(value, mod)
    assert (iv.start.isoformat(), iv.end.isoformat(), iv.precision.value) == (
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2022-13", "TIMEX3 value '2022-13' is not a calendar date: month must be in 1..12"),
        ("2022-02-30", "TIMEX3 value '2022-02-30' is not a calendar date: day is out of range"),
        ("XXXX-05", "TIMEX3 value 'XXXX-05' is not a date value this library can place"),
        ("PRESENT_REF", "TIMEX3 value 'PRESENT_REF' is not a date value"),
        ("P3D", "TIMEX3 value 'P3D' is not a date value"),
        ("2022-03-30/2022-03-29", "TIMEX3 interval '2022-03-30/2022-03-29' ends before it starts"),
    ],
)
def test_bad_values(value: str, message: str) -> None:
    with pytest.raises(TimexError) as info:
        interval_for(value)
    assert str(info.value).startswith(message)


def test_unknown_mod() -> None:
    with pytest.raises(TimexError, match="unknown date modifier 'LATE'"):
        interval_for("2022", "LATE")


def test_mod_timeml_spelling() -> None:
    assert DateMod.end.timeml == "END"
    assert DateMod.from_timeml("APPROX") is DateMod.approximate
    assert DateMod.from_timeml("BEFORE") is None


@pytest.mark.parametrize(
    "value",
    [
        "2022-05-10",
        "2022-W19",
        "2022-05",
        "2022-FA",
        "2022-WI",
        "2022-Q3",
        "2022-H1",
        "2024",
        "199X",
        "19XX",
        "2022-03-29/2022-03-30",
    ],
)
def test_value_for_inverts_interval_for(value: str) -> None:
    iv = interval_for(value)
    assert value_for(iv.start, iv.end, iv.precision) == value


def test_value_for_refuses_partial_units() -> None:
    with pytest.raises(TimexError, match="is not one whole year"):
        value_for(date(2024, 1, 1), date(2024, 1, 31), Precision.year)


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(9000, 12, 31)),
    st.sampled_from(list(Precision)),
    st.sampled_from([None, *DateMod]),
)
def test_every_unit_interval_is_valid_and_contains_its_narrowing(
    day: date, precision: Precision, mod: DateMod | None
) -> None:
    value = {
        Precision.day: day.isoformat(),
        Precision.week: f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}",
        Precision.month: f"{day.year}-{day.month:02d}",
        Precision.season: f"{day.year}-FA",
        Precision.quarter: f"{day.year}-Q{(day.month - 1) // 3 + 1}",
        Precision.half: f"{day.year}-H{(day.month - 1) // 6 + 1}",
        Precision.year: f"{day.year}",
        Precision.decade: f"{day.year // 10}X",
        Precision.century: f"{day.year // 100}XX",
    }[precision]
    whole = interval_for(value)
    part = interval_for(value, mod)
    assert whole.start <= part.start <= part.end <= whole.end
    assert part.precision is whole.precision
