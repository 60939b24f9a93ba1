"""Rules of the eighteenth session of 2026-12-01 (docs/temporal.md, "Eighteenth session").

A month or day named without a year after a reference time late in the year before the
DCT's ("On December 17, 2021, ... were held on January 10", published in January 2022)
is anchored to the reference time read forward to the DCT: the January after that
December, not the one eleven months before it (TimeML 1.2.1, section 2.2, ``value``: an
underspecified expression takes the parts it lacks from its anchor). Sentences of our own
modelled on the class, from two kinds of document (a security-talks report, a report of
reopened liaison offices), and the cases the rule must leave alone.

A month or day named without a year after a relative year in the same sentence, with no
other date between ("last year in July", "Last year it should have been held in August",
"Last year, they had co-chaired the meeting ... on January 11") is in that year: the
relative year is the expression's anchor (section 2.2, ``value``), before the DCT and the
tense, and before the rule that a day of the next two months is the coming one. Sentences
of our own modelled on a summit's report and a trade forum's.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # security talks: the drafts in December, the meetings in the January after
        (
            "On December 17, 2021, the ministry published the draft agreements. "
            "Consultations were held on January 10 in Geneva and a council met on "
            "January 12 in Brussels.",
            date(2022, 1, 19),
            [
                ("December 17, 2021", "2021-12-17"),
                ("January 10", "2022-01-10"),
                ("January 12", "2022-01-12"),
            ],
        ),
        # liaison offices: the declaration in December, the reopening in January
        (
            "The two countries resumed relations on December 22, 2020, through a joint "
            "declaration. Israel reopened its liaison office in Rabat on January 26.",
            date(2021, 2, 8),
            [("December 22, 2020", "2020-12-22"), ("January 26", "2021-01-26")],
        ),
        # a bare month as well as a day
        (
            "The talks began in November 2023 and ended in February.",
            date(2024, 3, 1),
            [("November 2023", "2023-11"), ("February", "2024-02")],
        ),
    ],
)
def test_a_month_after_a_late_reference_runs_into_the_dct_year(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a month just before the reference's keeps the reference's year
        (
            "He will attend the inauguration in August 2023, the office said on July 17.",
            date(2024, 11, 4),
            [("August 2023", "2023-08"), ("July 17", "2023-07-17")],
        ),
        # a reference two years back: a flashback, not a story run on to the report
        (
            "The office was established in September 2018, as agreed at the summit "
            "held on April 27.",
            date(2020, 6, 16),
            [("September 2018", "2018-09"), ("April 27", "2018-04-27")],
        ),
        # the month in the DCT's year would be after the DCT: the reference's year
        (
            "The treaty was signed in December 2021 after talks in May.",
            date(2022, 3, 1),
            [("December 2021", "2021-12"), ("May", "2021-05")],
        ),
        # the month of the reference itself
        (
            "On December 3, 2021, the talks opened; earlier in December they had stalled.",
            date(2022, 1, 19),
            [("December 3, 2021", "2021-12-03"), ("December", "2021-12")],
        ),
    ],
)
def test_the_reference_year_stays(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a summit report: the month right after the relative year
        (
            "Niger withdrew following a coup in that country last year in July.",
            date(2024, 9, 16),
            [("last year", "2023"), ("July", "2023-07")],
        ),
        # a postponed summit: words between, and a future would have sent it ahead
        (
            "Last year it should have been held in August in Avaza, but was postponed.",
            date(2022, 12, 13),
            [("Last year", "2021"), ("August", "2021-08")],
        ),
        # a trade forum: a day five days ahead of the DCT, but last year's
        (
            "Last year, the ministers had co-chaired the 13th meeting in Washington on January 11.",
            date(2024, 1, 6),
            [("Last year", "2023"), ("January 11", "2023-01-11")],
        ),
        # a day after the relative year, and "this year"
        (
            "The alliance was formed last year on September 16; this year the summit "
            "will be held in March.",
            date(2024, 9, 16),
            [
                ("last year", "2023"),
                ("September 16", "2023-09-16"),
                ("this year", "2024"),
                ("March", "2024-03"),
            ],
        ),
    ],
)
def test_a_month_after_a_relative_year_takes_that_year(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # another sentence: the DCT and the tense
        (
            "Exports fell last year. The talks resumed in July.",
            date(2024, 9, 16),
            [("last year", "2023"), ("July", "2024-07")],
        ),
        # another date between: the month is that date's neighbour, not the relative year's
        (
            "Last year the plan was drafted, and on Monday it was sent in July's form.",
            date(2024, 9, 16),
            [("Last year", "2023"), ("Monday", "2024-09-16"), ("July", "2024-07")],
        ),
        # a bare year is not a relative year
        (
            "In 2019 the talks resumed in July.",
            date(2024, 9, 16),
            [("2019", "2019"), ("July", "2024-07")],
        ),
    ],
)
def test_a_month_after_something_else_keeps_its_anchor(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a state visit announced: "aimed" is the visit's participle, "will host" the tense
        (
            "The president will host his Kenyan counterpart William Ruto on May 23 for a "
            "state visit aimed at boosting ties with a key ally, the White House said Friday.",
            date(2024, 2, 16),
            [("May 23", "2024-05-23"), ("Friday", "2024-02-16")],
        ),
        # a trip ahead: "inhabited" describes the city, not when the trip is
        (
            "Moon will address the parliament before heading to Samarkand on Saturday for a "
            "visit to one of the oldest inhabited cities in the region.",
            date(2019, 4, 19),
            [("Saturday", "2019-04-20")],
        ),
    ],
)
def test_a_participle_after_a_noun_is_not_the_tense(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the -ed word is a verb of its own clause: its subject before it
        (
            "He will say the talks on Saturday they attended were useful.",
            date(2019, 4, 19),
            [("Saturday", "2019-04-13")],
        ),
        # past a comma: the seventeenth session's rule decides, not this one
        (
            "The ministers will meet on Saturday, officials confirmed.",
            date(2019, 4, 19),
            [("Saturday", "2019-04-20")],
        ),
    ],
)
def test_an_ed_verb_of_its_own_clause_still_counts(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected
