"""Rules developed on a third annotated text, neither side of the held-out folds.

The TempEval-3 platinum test set (docs/history/temporal-log.md, "fourth session") showed these
classes; each is a general rule of TimeML 1.2.1 (section 2.2), tested here on
sentences of our own, not the corpus's.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.timex import DateMod

DCT = date(2024, 3, 20)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<duration> from now": the DURATION, the signal "from", the DATE "now"
        (
            "The treaty may lapse ten years from now.",
            [("ten years", "DURATION", "P10Y"), ("now", "DATE", "PRESENT_REF")],
        ),
        (
            "A few years from now the port will reopen.",
            [("A few years", "DURATION", "PXY"), ("now", "DATE", "PRESENT_REF")],
        ),
        # "ago" anchors on the DCT and stays in the expression
        ("The port closed three years ago.", [("three years ago", "DATE", "2021")]),
    ],
)
def test_a_duration_from_now_is_a_duration_and_now(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops left minutes before the bridge fell.", [("minutes", "DURATION", "PTXM")]),
        ("The storm hit days before the election.", [("days", "DURATION", "PXD")]),
        ("An hour before the vote, the envoys met.", [("An hour", "DURATION", "PT1H")]),
        ("He came home a year after the war.", [("a year", "DURATION", "P1Y")]),
        ("Repairs can take weeks to finish.", [("weeks", "DURATION", "PXW")]),
        ("The hearings lasted hours.", [("hours", "DURATION", "PTXH")]),
        # a plural that is a noun phrase of its own is not a length of time
        ("In the days before the election, they campaigned.", []),
        ("In the first days after the coup, banks closed.", []),
        ("They talked about days and nights of fighting.", []),
        ("The sale will take place next year.", [("next year", "DATE", "2025")]),
        ("It was a year of war.", []),
    ],
)
def test_a_distance_from_an_event_is_a_duration(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 24-hour clock time with its zone and day is one TIME; a deadline is ahead
        (
            "The match was postponed until 15:00 GMT Saturday.",
            ("15:00 GMT Saturday", "TIME", "2024-03-23T15:00"),
        ),
        (
            "Polls close at 20:30 local time today.",
            ("20:30 local time today", "TIME", "2024-03-20T20:30"),
        ),
        ("The talks resumed at 09:15.", ("09:15", "TIME", "2024-03-20T09:15")),
        # "every morning" is each day's morning
        ("Guards check the gate every morning.", ("every morning", "SET", "XXXX-XX-XXTMO")),
        ("Each evening the square fills up.", ("Each evening", "SET", "XXXX-XX-XXTEV")),
        # a modifier before "last July" is part of the expression
        ("The river froze late last July.", ("late last July", "DATE", "2023-07")),
        ("Talks began early last March.", ("early last March", "DATE", "2023-03")),
        # "the end of year": the year, mod END; a simple past before "by" is no deadline
        ("Prices rose and peaked by the end of year.", ("the end of year", "DATE", "2023")),
        ("The bridge will be completed by the end of year.", ("the end of year", "DATE", "2024")),
        # "year end" and "year's end" are "year-end"
        ("The deal should close by year end.", ("year end", "DATE", "2024")),
        ("Rules will be in place by year's end.", ("year's end", "DATE", "2024")),
        ("The deal is expected to close around year end.", ("around year end", "DATE", "2024")),
    ],
)
def test_clock_times_sets_and_modifiers(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_the_end_of_year_two_is_not_a_date() -> None:
    assert found("Rents rose by the end of year two of the lease.") == []


def test_modifiers_of_the_month_and_of_the_end_of_the_year_carry_their_mod() -> None:
    late, end = tag("It froze late last July and thawed by the end of year.", DCT)
    assert (late.mod, end.mod) == (DateMod.end, DateMod.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two years joined by a hyphen are one range (our interval extension)
        ("The drought of 2009-2010 killed crops.", [("2009-2010", "DATE", "2009/2010")]),
        ("He joined the expedition of 1957-58 as a cook.", [("1957-58", "DATE", "1957/1958")]),
        ("The 1998-99 season was wet.", [("1998-99", "DATE", "1998/1999")]),
        # not a range: the second number is not a later year
        ("Call 1990-85 for tickets.", []),
        ("Dial 2010-2012-44 now.", [("now", "DATE", "PRESENT_REF")]),
    ],
)
def test_a_range_of_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_range_of_years_has_an_interval_over_both() -> None:
    (t,) = tag("The drought of 2009-2010 killed crops.", DCT)
    assert t.interval is not None
    assert (t.interval.start, t.interval.end) == (date(2009, 1, 1), date(2010, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated adjective is the expression; "first" modifies the noun phrase
        ("It was the academy's first three-month course.", [("three-month", "DURATION", "P3M")]),
        ("The next two-year budget is due.", [("two-year", "DURATION", "P2Y")]),
        ("Sales rose in the first nine months.", [("the first nine months", "DURATION", "P9M")]),
        # ages are not durations
        ("Children ages 6 months and older need the vaccine.", []),
        ("Anyone aged 18 years may vote.", []),
        ("Pupils 12 years and older pay full fare.", []),
    ],
)
def test_adjectives_and_ages(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each end of a range of durations is its own expression, the first with the unit
        # of the second
        (
            "The buyback could take between 12 and 18 months.",
            [("12", "DURATION", "P12M"), ("18 months", "DURATION", "P18M")],
        ),
        (
            "Shipments resume within two to three weeks.",
            [("two", "DURATION", "P2W"), ("three weeks", "DURATION", "P3W")],
        ),
        ("It takes 5-10 years.", [("5", "DURATION", "P5Y"), ("10 years", "DURATION", "P10Y")]),
        # not before "ago" (one date), nor ages, nor other units
        ("Prices rose two to three years ago.", [("three years ago", "DATE", "2021")]),
        ("Each of them is 18 to 25 years old.", []),
        ("It rose 2 to 3 percent.", []),
        # a year is a year first
        ("From 1990 to 1995 the plant grew.", [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    ],
)
def test_a_range_of_durations_is_two_expressions(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
