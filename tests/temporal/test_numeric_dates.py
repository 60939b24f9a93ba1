"""Dates written in numbers whose two first numbers could each be the month (forty-seventh
pass), and dates of the Islamic calendar (their Gregorian day).

Sentences of our own, in the forms press releases of day-first countries use.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def values(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a weekday before the date falls on the day-first reading only
        (
            "The minister praised on Tuesday 10/4/2018 the relations between the two states.",
            date(2018, 5, 20),
            [("Tuesday", "2018-05-15"), ("10/4/2018", "2018-04-10")],
        ),
        (
            "The talks were held on Wednesday morning 9/6/2021 in Khartoum.",
            None,
            [("Wednesday morning", "XXXX-WXX-3TMO"), ("9/6/2021", "2021-06-09")],
        ),
        # ... or on the month-first one
        (
            "The two presidents met at the palace on Monday (01/09/2023).",
            None,
            [("Monday", "XXXX-WXX-1"), ("01/09/2023", "2023-01-09")],
        ),
        # no weekday: the reading within a week of the publication day
        (
            "The foreign minister headed on 9/6/2021 to Khartoum.",
            date(2021, 6, 10),
            [("9/6/2021", "2021-06-09")],
        ),
        (
            "The foreign minister headed on 6/9/2021 to Khartoum.",
            date(2021, 6, 10),
            [("6/9/2021", "2021-06-09")],
        ),
        # neither reading near the publication day: month first, as American wires write
        (
            "The treaty was signed on 5/6/2015 in the capital.",
            date(2023, 3, 1),
            [("5/6/2015", "2015-05-06")],
        ),
        # a first number above 12 and dots stay day first
        ("The treaty was signed on 13/6/2015.", date(2015, 6, 5), [("13/6/2015", "2015-06-13")]),
        ("The treaty was signed on 5.6.2015.", date(2015, 5, 6), [("5.6.2015", "2015-06-05")]),
        # a year of the Hijra is no Gregorian year: the date takes the Gregorian day
        (
            "The visit took place on 21/5/1445 AH corresponding to 12/5/2023 AD.",
            date(2023, 12, 6),
            [("21/5/1445 AH", "2023-12-05"), ("12/5/2023", "2023-12-05")],
        ),
        (
            "The council met on 5/5/1443 A.H. in Riyadh.",
            None,
            [("5/5/1443 A.H.", "2021-12-09")],
        ),
        # outside the conversion tables' years, or a month the calendar lacks: no tag
        ("The treaty of 5/5/1000 AH was renewed.", None, []),
        ("The treaty of 5/13/1440 AH was renewed.", None, []),
        # one space before a year of four digits, as pages typed by hand write it
        (
            "The summit Saudi Arabia had hosted on 11/11/ 2023, the extraordinary one, ended.",
            date(2023, 11, 20),
            [("11/11/ 2023", "2023-11-11")],
        ),
        ("The treaty was signed on 5.6. 2015 in Bonn.", None, [("5.6. 2015", "2015-06-05")]),
        # not before two digits, nor two spaces
        ("Scores were 5/6/ 21 and 7/8/ 22.", None, []),
        ("The treaty was signed on 5.6.  2015 in Bonn.", None, [("2015", "2015")]),
    ],
)
def test_numeric_dates(text: str, dct: date | None, expected: list[tuple[str, str]]) -> None:
    assert values(text, dct) == expected
