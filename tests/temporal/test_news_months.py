"""Bugs of the tagger that TimeBank cannot show (issue #13, thirty-first session): a month,
a season, a quarter or a half of a month in a news story of any month of the year.

Sentences written for these tests, tagged with DCTs in several months; the values follow
TimeML 1.2.1 / the TIMEX3 guidelines (section 2.2: ``1998-FA``, ``1998-Q1``; a month's
first or second half is the month with the mod START or END, as "the first half of
August" already was).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

AUGUST_1998 = date(1998, 8, 14)
FEBRUARY_2024 = date(2024, 2, 10)
NOVEMBER_2023 = date(2023, 11, 20)
MAY_2025 = date(2025, 5, 5)


def _values(text: str, dct: date) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, None if t.mod is None else t.mod.value) for t in tag(text, dct)]


# --- a month of a timetable's present: the coming one ---------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a month not yet reached this year is this year's
        ("The runoff is in November, the commission said.", AUGUST_1998, "1998-11"),
        ("The referendum is in November.", FEBRUARY_2024, "2024-11"),
        ("The budget vote is on March 5.", FEBRUARY_2024, "2024-03-05"),
        # one already past is next year's
        ("The party congress is in March.", AUGUST_1998, "1999-03"),
        ("The new tariff takes effect in January.", AUGUST_1998, "1999-01"),
        ("The accord comes into force in January.", MAY_2025, "2026-01"),
        ("The summit of the bloc takes place in December.", AUGUST_1998, "1998-12"),
        # a gathering's run (thirty-second pass)
        ("The summit in Vientiane runs from October 8 to 10.", MAY_2025, "2025-10-08/2025-10-10"),
        ("The forum kicks off on March 3.", AUGUST_1998, "1999-03-03"),
        ("Voters in the province go to the polls in March.", MAY_2025, "2026-03"),
        ("The assembly reconvenes in February.", AUGUST_1998, "1999-02"),
    ],
)
def test_a_month_of_a_timetable_is_the_coming_one(text: str, dct: date, value: str) -> None:
    assert [v for _t, v, _m in _values(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a past clause, a comparison and a negated past keep the month just gone
        ("The runoff was in November.", AUGUST_1998, "1997-11"),
        ("Inflation is at 4 percent, up from 3 percent in November.", AUGUST_1998, "1997-11"),
        ("The parade did not take place in March.", FEBRUARY_2024, "2023-03"),
        ("Voters went to the polls in March.", MAY_2025, "2025-03"),
    ],
)
def test_a_month_told_in_the_past_stays_behind(text: str, dct: date, value: str) -> None:
    assert [v for _t, v, _m in _values(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a visit's plan that fell through (Kyodo), a talks' recollection (a press
        # conference), a plan told back: "back in" points back, whatever the tense
        (
            "Kishida planned to visit Australia back in January, but the pandemic "
            "disrupted these plans.",
            date(2022, 10, 19),
            "2022-01",
        ),
        ("The two leaders agreed to meet again back in December.", NOVEMBER_2023, "2022-12"),
        ("The minister had hoped to sign it back in March.", FEBRUARY_2024, "2023-03"),
    ],
)
def test_a_month_told_back_in_is_behind(text: str, dct: date, value: str) -> None:
    assert [v for _t, v, _m in _values(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a month's possessive names a report or a figure, not the subject's time (review31
        # F-p): the month just gone stays behind
        ("Unemployment is in July's numbers.", AUGUST_1998, "1998-07"),
        ("The sharpest fall is in March's trade data.", MAY_2025, "2025-03"),
        ("The error is in June\u2019s audit, the inspectors found.", AUGUST_1998, "1998-06"),
        ("The gain, the bank said, is in January's sales.", FEBRUARY_2024, "2024-01"),
    ],
)
def test_a_month_with_a_possessive_is_no_timetable(text: str, dct: date, value: str) -> None:
    assert [v for _t, v, _m in _values(text, dct)] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        # one place or state of a body between "is" and the date (review31 F-p)
        ("The president is in Lisbon in March.", MAY_2025, ["2026-03"]),
        ("The envoy is in New Delhi in January.", AUGUST_1998, ["1999-01"]),
        ("The senate is in recess in April.", MAY_2025, ["2026-04"]),
        # a figure is no place: the month just gone
        ("Inflation is at 4 percent in April.", MAY_2025, ["2025-04"]),
        # the second of two coordinated months reads as the first
        ("The hearings are in March and April.", MAY_2025, ["2026-03", "2026-04"]),
    ],
)
def test_a_timetable_with_a_place_or_a_sibling(text: str, dct: date, values: list[str]) -> None:
    assert [v for _t, v, _m in _values(text, dct)] == values


# --- seasons --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The minister will visit Ankara in the fall.", AUGUST_1998, ("the fall", "1998-FA")),
        ("The minister will visit Ankara in the fall.", FEBRUARY_2024, ("the fall", "2024-FA")),
        ("Exports to the region dropped in the fall.", AUGUST_1998, ("the fall", "1997-FA")),
        ("The chamber reconvenes in the autumn.", MAY_2025, ("the autumn", "2025-FA")),
        ("Parliament votes on the bill in the autumn.", NOVEMBER_2023, ("the autumn", "2023-FA")),
        ("Talks stalled during the fall, aides said.", NOVEMBER_2023, ("the fall", "2023-FA")),
        ("The vote is expected in the spring.", AUGUST_1998, ("the spring", "1999-SP")),
        ("Negotiators meet again this winter.", AUGUST_1998, ("this winter", "1998-WI")),
        (
            "A second round is planned for the autumn of next year.",
            FEBRUARY_2024,
            ("the autumn of next year", "2025-FA"),
        ),
        (
            "The camp was closed in the summer of last year.",
            MAY_2025,
            ("the summer of last year", "2024-SU"),
        ),
    ],
)
def test_seasons(text: str, dct: date, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, v, _m in _values(text, dct)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The fall of the old regime came quickly.",
        "Traders were alarmed by the fall in copper prices.",
        "Riots broke out after the fall of the capital.",
    ],
)
def test_the_fall_that_is_no_season(text: str) -> None:
    assert not any("fall" in t for t, _v, _m in _values(text, AUGUST_1998))


# --- halves of a month, quarters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The report is due in the first half of the month.",
            AUGUST_1998,
            ("the first half of the month", "1998-08", "start"),
        ),
        (
            "Talks continue in the second half of next month.",
            NOVEMBER_2023,
            ("the second half of next month", "2023-12", "end"),
        ),
        (
            "Prices climbed in the second half of last month.",
            FEBRUARY_2024,
            ("the second half of last month", "2024-01", "end"),
        ),
        # the year's halves and quarters are unchanged
        (
            "Output grew in the first half of the year.",
            AUGUST_1998,
            ("the first half of the year", "1998-H1", None),
        ),
    ],
)
def test_a_half_of_a_month_is_the_month(
    text: str, dct: date, expected: tuple[str, str, str | None]
) -> None:
    assert _values(text, dct) == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a quarter two or more before the DCT's, told ahead: next year's
        ("The merger closes in the first quarter.", AUGUST_1998, "1999-Q1"),
        ("The payment is in the first quarter.", NOVEMBER_2023, "2024-Q1"),
        # the quarter just ended keeps its year (its results are reported after it)
        ("The firm will report second-quarter results.", AUGUST_1998, "1998-Q2"),
        # a quarter after the DCT's told in the past is last year's
        ("Growth slowed in the fourth quarter.", MAY_2025, "2024-Q4"),
        ("Profits will rise in the fourth quarter.", AUGUST_1998, "1998-Q4"),
    ],
)
def test_quarters_by_tense(text: str, dct: date, value: str) -> None:
    assert [v for _t, v, _m in _values(text, dct)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "is in",
        "The fall",
        "in the fall of",
        "the first half of the",
        "the autumn of next",
        "Elections are in\n\nNovember",
        "takes effect in the first half of next month, in the fall of next year.",
    ],
)
@pytest.mark.parametrize("dct", [AUGUST_1998, FEBRUARY_2024, None])
def test_never_raises(text: str, dct: date | None) -> None:
    tag(text, dct)


# --- a month whose year the other end of its range or list writes (forty-second pass) ------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # two expressions, as TimeML writes a range's ends; the first takes the year the
        # second writes (TimeML 1.2.1, section 2.2, value: from its anchor)
        (
            "Legislative elections are due between October and November 2023.",
            MAY_2025,
            [("October", "2023-10", None), ("November 2023", "2023-11", None)],
        ),
        (
            "Trade reached $118.5 million from January to February 2024.",
            AUGUST_1998,
            [("January", "2024-01", None), ("February 2024", "2024-02", None)],
        ),
        (
            "The inquiry sat from March through June 2004.",
            NOVEMBER_2023,
            [("March", "2004-03", None), ("June 2004", "2004-06", None)],
        ),
        (
            "Talks were held in March, April and May 2022.",
            AUGUST_1998,
            [("March", "2022-03", None), ("April", "2022-04", None), ("May 2022", "2022-05", None)],
        ),
        # a range whose first month is later in the calendar began the year before
        (
            "The mission ran from December to February 2023.",
            MAY_2025,
            [("December", "2022-12", None), ("February 2023", "2023-02", None)],
        ),
        # a year that opens another clause is no month's
        (
            "He resigned in May, and 2021 was quiet.",
            NOVEMBER_2023,
            [("May", "2023-05", None), ("2021", "2021", None)],
        ),
    ],
)
def test_a_month_takes_the_year_its_pair_writes(
    text: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _values(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-l: "last year" after the second month is the first month's year too; the
        # first read the DCT's January (2017-01)
        (
            "China's investment in Africa from January to September last year increased.",
            date(2017, 1, 3),
            [("January", "2016-01", None), ("September last year", "2016-09", None)],
        ),
        (
            "Talks were held between January and March of last year.",
            NOVEMBER_2023,
            [("January", "2022-01", None), ("March of last year", "2022-03", None)],
        ),
        (
            "The drills ran from December to February last year.",
            MAY_2025,
            [("December", "2023-12", None), ("February last year", "2024-02", None)],
        ),
    ],
)
def test_a_month_takes_the_year_its_pair_counts(
    text: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    """TimeML 1.2.1, section 2.2, ``value``: the first month lacks a year and takes the
    one its range's end names, written as a number or counted from the DCT."""
    assert _values(text, dct) == expected


MARCH_1998 = date(1998, 3, 4)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-aa: the presidency that runs at the DCT; July read 2016-07, after its end
        (
            "A single Visegrad presidency runs for 12 months from July to June.",
            date(2016, 6, 7),
            [("12 months", "P12M", None), ("July", "2015-07", None), ("June", "2016-06", None)],
        ),
        # anchored apart, January was the DCT's and October the one gone (1998-01, 1997-10)
        (
            "Exports rose from January to October.",
            MARCH_1998,
            [("January", "1997-01", None), ("October", "1997-10", None)],
        ),
        (
            "The season runs from July to June.",
            MARCH_1998,
            [("July", "1997-07", None), ("June", "1998-06", None)],
        ),
    ],
)
def test_a_range_of_months_without_a_year_does_not_end_before_it_starts(
    text: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    """TimeML 1.2.1, section 2.2, ``value``: the range's first month takes its year from
    the other end, anchored as any month is; the start is the latest such month not after
    the end."""
    assert _values(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Relations were frozen in March-June 2003 after the arrests.",
            "March-June 2003",
            "2003-03/2003-06",
        ),
        (
            "Bilateral trade during April–August 2017 was $6.2 billion.",
            "April–August 2017",
            "2017-04/2017-08",
        ),
        ("Exports grew in Jan.-Mar. 2024.", "Jan.-Mar. 2024", "2024-01/2024-03"),
        ("The drills ran in December-February 2023.", "December-February 2023", "2022-12/2023-02"),
    ],
)
def test_a_dashed_range_of_months_is_one_expression(text: str, expression: str, value: str) -> None:
    """One span, valued by our ISO-interval extension as a range of days is ("July 3 to 5,
    2024"); bench/tempeval.py scores it as its two ends, as TimeML writes them."""
    assert [(t.text, t.value) for t in tag(text, NOVEMBER_2023)] == [(expression, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The truce held between December 30 and January 2, 2023.", "2022-12-30/2023-01-02"),
        ("The summit ran from 30 December to 2 January 2023.", "2022-12-30/2023-01-02"),
        ("The talks ran from November 28 to December 2, 2023.", "2023-11-28/2023-12-02"),
    ],
)
def test_a_range_over_new_year_takes_its_written_year_at_its_end(text: str, value: str) -> None:
    """The one year written after a range of days is its last day's: "December 30 to
    January 2, 2023" began in 2022 (it read 2023-12-30/2024-01-02)."""
    assert [t.value for t in tag(text, MAY_2025)] == [value]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # test-ac: the day read 2019-09-06 on a page of 2020-01-27, the year left out
        (
            "They signed a joint declaration on September 06/2018 in Asmara.",
            "September 06/2018",
            "2018-09-06",
        ),
        ("February 5/2022/ENA/ The session opened today.", "February 5/2022", "2022-02-05"),
    ],
)
def test_a_year_after_a_slash_is_the_days_year(text: str, expression: str, value: str) -> None:
    """The Ethiopian News Agency writes "Month DD/YYYY": one date, its year after the slash
    (TimeML 1.2.1, section 2.2.1: the whole date is one expression)."""
    first = tag(text, date(2020, 1, 27))[0]
    assert (first.text, first.value) == (expression, value)
