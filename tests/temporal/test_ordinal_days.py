"""A day of the month named by its ordinal alone after "on" ("on the 24th", "on the 17th of
this month"; sixty-eighth pass, dates): the day, in the month of the day its sentence named
before it, else in the DCT's month (the month before in a past clause when the day lies
after the DCT, the month after in a future clause when it lies before). Found in the
fifty-nine tuning sets: a Mali severance "said on the 4th local time", a CELAC meeting "on
the 24th" after "On the 23rd of January", a Maldives president who "assumed presidency on
the 17th of this month". Not an ordinal that counts a noun ("on the 5th floor", "on the
4th anniversary"), nor one after another word than "on".
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "According to reports, Mali said on the 4th local time that it cut ties.",
            date(2024, 8, 5),
            [("the 4th", "2024-08-04")],
        ),
        (
            "On the 23rd of January we will meet in Argentina, and on the 24th we will meet "
            "with Celac.",
            date(2023, 1, 3),
            [("the 23rd of January", "2023-01-23"), ("the 24th", "2023-01-24")],
        ),
        (
            "Morrison will arrive in Queenstown on Sunday 30 May and talks will take place "
            "on the 31st.",
            date(2021, 5, 17),
            [("Sunday 30 May", "2021-05-30"), ("the 31st", "2021-05-31")],
        ),
        (
            "His first visit since he assumed presidency on the 17th of this month.",
            date(2023, 11, 28),
            [("the 17th of this month", "2023-11-17")],
        ),
        (
            "The binational cabinet will take place on the 15th. Leaders will meet.",
            date(2018, 2, 13),
            [("the 15th", "2018-02-15")],
        ),
        ("The talks were held on the 20th.", date(2018, 2, 13), [("the 20th", "2018-01-20")]),
        ("The talks will be held on the 2nd.", date(2018, 2, 13), [("the 2nd", "2018-03-02")]),
        ("They met on the 5th floor on the 4th anniversary.", date(2023, 11, 28), []),
        ("It was the 4th, and then the 5th.", date(2023, 11, 28), []),
    ],
)
def test_an_ordinal_day_after_on(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
