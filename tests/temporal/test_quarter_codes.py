"""A quarter or a half-year as business news abbreviates it, "Q3 2019", "H2 2019", is a DATE
``2019-Q3``, ``2019-H2`` (TimeML 1.2.1, section 2.2, ``value``: the quarter and half-year
values), as "the third quarter of 2019" and "the second half of 2019" are. Only with its
year: "Q3" alone is not read, nor "H2O", "G20", "Q&A", nor a model's name ("Audi Q3
2019"). Before the sixty-fourth session only the year was found (test-at's Belarusian
visit "in H2 2019").
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Kazakhstan is waiting for the official visit of the Belarusian leader in H2 2019.",
            date(2019, 3, 1),
            [("H2 2019", "2019-H2")],
        ),
        (
            "The economy grew 4.1 percent in Q3 2019, the statistics committee said.",
            date(2019, 11, 1),
            [("Q3 2019", "2019-Q3")],
        ),
        (
            "Gas should start flowing through the pipeline in Q1 of 2020.",
            date(2019, 6, 1),
            [("Q1 of 2020", "2020-Q1")],
        ),
        (
            "Trade rose in 2019 Q3 and fell in H1 2020.",
            date(2020, 9, 1),
            [("2019 Q3", "2019-Q3"), ("H1 2020", "2020-H1")],
        ),
        (
            "In H2 2019, the foreign ministers met twice.",
            date(2020, 1, 10),
            [("H2 2019", "2019-H2")],
        ),
        (
            "The talks may resume in Q4 of this year.",
            date(2021, 5, 1),
            [("Q4 of this year", "2021-Q4")],
        ),
        (
            "Kazakhstan's Q3 2019 figures were strong.",
            date(2019, 11, 1),
            [("Q3 2019", "2019-Q3")],
        ),
    ],
)
def test_a_quarter_code_with_its_year_is_the_quarter(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


def test_a_quarter_code_has_the_quarter_s_interval() -> None:
    (t,) = tag("The visit is expected in H2 2019.", date(2019, 3, 1))
    assert t.interval is not None
    assert (t.interval.start, t.interval.end) == (date(2019, 7, 1), date(2019, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results for Q3 were better than in Q2.", []),
        ("Water (H2O) was discussed at the G20 and in a Q&A session.", []),
        ("He drove an Audi Q3 2019 model to the summit.", [("2019", "2019")]),
        ("The Kawasaki H2 2019 edition sold out.", [("2019", "2019")]),
        ("It ordered Q400 aircraft and an H3 2019 unit.", [("2019", "2019")]),
    ],
)
def test_what_is_not_a_quarter_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2019, 11, 1))] == expected
