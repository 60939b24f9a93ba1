"""'The year 2025', 'the current year 2018', 'the first half of the year': one expression each.

The year written after "year" is the value, as in "the year two thousand" (TimeML 1.2.1,
section 2.2.1), and "of the year" belongs to the half or quarter before it; before, "the
year" was a second DATE with the DCT's year. Seen in the repository's news (dev, test-c,
test-l, test-ar, test-h ...; docs/history/temporal-log.md, thirty-first session).
Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2017, 8, 10)


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strategy sets goals for the year 2030.", [("the year 2030", "DATE", "2030")]),
        ("Tariffs go by the year 2021, the minister said.", [("the year 2021", "DATE", "2021")]),
        (
            "Spending in the current year 2018 was cut.",
            [("the current year 2018", "DATE", "2018")],
        ),
        ("The Year 2000 glitch worried banks.", [("The Year 2000", "DATE", "2000")]),
        # not a year: a count with a comma, or a twelve-month period
        ("This year 1,500 pilgrims came.", [("This year", "DATE", "2017")]),
        (
            "Sales for the year ended March 31 rose.",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2017-03-31")],
        ),
    ],
)
def test_the_year_named_after_year_is_the_value(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports fell in the first half of the year.",
            [("the first half of the year", "2017-H1")],
        ),
        (
            "Prices rose in the fourth quarter of the year.",
            [("the fourth quarter of the year", "2017-Q4")],
        ),
        (
            "Talks stalled in the latter half of the year.",
            [("the latter half of the year", "2017-H2")],
        ),
    ],
)
def test_a_half_or_a_quarter_of_the_year_is_one_expression(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, DCT)] == expected
