"""Three forms of news that extraction missed before the sixty-fifth session, each one
expression with the value the TimeML 1.2.1 guidelines give it (section 2.2.1: the extent is
the whole phrase, modifiers and the head noun included, not the preposition before it):

* "in a year's time", "in two weeks' time": the point that far after the DCT, as "a year
  from now" reads and the mirror of "a year ago" (a DATE at the unit's granularity, the
  date the anchored duration ends on; for years the DCT's month then, as "this time next
  year": the calendar year would name all of it). Before, the DURATION "a year" alone;
* "in March of the year 2018": the month of the year named, as "March of 2018". Before,
  "March" took the DCT's year and "the year 2018" was a second DATE;
* "at the same time last year", "this time next year": the DCT's month a year before or
  after (the point of the year the DCT is at; the phrase fixes no day), "the same time"
  part of the expression. Before, "last year" alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2024, 11, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the new terminal would open in a year's time.",
            [("a year's time", "DATE", "2025-11")],
        ),
        (
            "Talks on the ceasefire will resume in two weeks' time, the mediators said.",
            [("two weeks' time", "DATE", "2024-W47")],
        ),
        (
            "The embassy is expected to reopen in three months’ time.",
            [("three months’ time", "DATE", "2025-02")],
        ),
        (
            "A decision is due in ten days' time.",
            [("ten days' time", "DATE", "2024-11-15")],
        ),
        (
            "The two leaders will meet again in a few weeks' time.",
            [("a few weeks' time", "DATE", "FUTURE_REF")],
        ),
    ],
)
def test_in_a_units_time_is_the_point_that_far_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, DCT)] == expected


def test_a_units_time_without_in_is_a_length_of_time() -> None:
    found = tag("Building the bridge took a year's time and cost $2 billion.", DCT)
    assert [(t.text, t.type, t.value) for t in found][:1] == [("a year's time", "DURATION", "P1Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parliamentary elections were held in March of the year 2018.",
            [("March of the year 2018", "2018-03")],
        ),
        (
            "The agreement, signed in Ankara in September of the year 2019, expires soon.",
            [("September of the year 2019", "2019-09"), ("soon", "FUTURE_REF")],
        ),
    ],
)
def test_a_month_of_the_year_named_is_one_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the same time last year, exports to Russia fell by 5%.",
            [("the same time last year", "2023-11")],
        ),
        (
            "Trade rose 3% compared with the same time last year.",
            [("the same time last year", "2023-11")],
        ),
        (
            "This time next year the new parliament will have been elected.",
            [("This time next year", "2025-11")],
        ),
    ],
)
def test_the_same_time_last_year_is_the_year_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected
