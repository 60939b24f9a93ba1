"""Rules of the seventeenth session of 2026-11-30/12-01 (docs/temporal.md, "Seventeenth
session").

A day named with a relative year after it ("April 18 last year", "29 January of this
year") is one expression whose year is that year, as a month with its relative year
already was ("October of this year"): TimeML 1.2.1, section 2.2.1 (the extent takes the
expression's modifiers) and 2.2 (``value``: the year the text fixes, not the one the DCT
and the tense would give). Sentences of our own modelled on the class, from more than one
kind of document (a treaty's entry into force, a summit's report, a free-movement plan).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a treaty: a past clause would put "October 5" in the DCT's year
        (
            "The border treaty, which was signed on October 5 last year, took effect.",
            date(2020, 12, 23),
            [("October 5 last year", "DATE", "2019-10-05")],
        ),
        # a summit report: a day within the next weeks of the DCT, but last year's
        (
            "The summit held on April 18 last year in Dushanbe adopted the treaty.",
            date(2025, 3, 31),
            [("April 18 last year", "DATE", "2024-04-18")],
        ),
        # a plan: "agreed" would put the day in the past
        (
            "The four countries have agreed to free movement on October 1st this year.",
            date(2025, 7, 9),
            [("October 1st this year", "DATE", "2025-10-01")],
        ),
        # day first, "of", a comma, a range, the following year, the same year
        (
            "It was signed on 29 January of last year and ratified on Feb. 3-4, next year.",
            date(2022, 9, 2),
            [
                ("29 January of last year", "DATE", "2021-01-29"),
                ("Feb. 3-4, next year", "DATE", "2023-02-03/2023-02-04"),
            ],
        ),
    ],
)
def test_a_day_with_a_relative_year_takes_that_year(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, dct) == expected


def test_without_a_dct_the_year_stays_unknown_and_yearly_is_no_year() -> None:
    assert found("It met on March 3 last year.", None) == [
        ("March 3 last year", "DATE", "XXXX-03-03")
    ]
    assert found("They met on March 3 this yearly meeting's eve.", date(2024, 5, 1)) == [
        ("March 3", "DATE", "2024-03-03")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a talks announcement: the ministry's "said" after the comma is not the talks' tense
        (
            "The minister will hold talks with his counterpart on Monday in London, the"
            " Foreign Ministry said.",
            date(2021, 5, 2),
            [("Monday", "DATE", "2021-05-03")],
        ),
        # a summit announcement, the source after the comma
        (
            "West African leaders will hold an extraordinary summit on Mali on Thursday, the"
            " bloc said in a statement.",
            date(2020, 8, 19),
            [("Thursday", "DATE", "2020-08-20")],
        ),
        # the reverse: a past clause, then a future one after the comma
        (
            "The ministers met in Vilnius on Monday, and will travel to Riga next.",
            date(2021, 5, 5),
            [("Monday", "DATE", "2021-05-03")],
        ),
    ],
)
def test_a_tense_after_a_comma_yields_to_one_in_the_expressions_own_clause(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, dct) == expected


def test_a_tense_after_a_comma_still_counts_when_the_clause_has_none() -> None:
    # no marker before "Monday" in its clause: "said" after the comma is the only one
    assert found("The ministers met in Vilnius. On Monday, officials said.", date(2021, 5, 5)) == [
        ("Monday", "DATE", "2021-05-03")
    ]
