"""A range or pair of weekdays runs forward ("from Wednesday to Friday").

Each weekday is anchored on its own by the DCT and the tense of its clause (TimeML 1.2.1,
section 2.2, ``value``); when the second of a range comes out before the first, the two
are read as one span whose end is not before its start: the span that holds the DCT's
weekday is the DCT's week, else the end is the first such day after the start. "And"
joins such a pair only for consecutive days ("statements made Friday and Thursday" lists
two days in any order). Sentences of our own modelled on a summit's report, a trip of
state visits, a council's live coverage, a visit to Moscow, a Commonwealth meeting's
opening and a state visit to Brazil (twentieth session of 2026-12-01).
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
        # a summit ahead: the end three days after the DCT, a week back on its own
        (
            "The leaders have arrived to attend the event from Wednesday to Friday.",
            date(2024, 10, 8),
            [("Wednesday", "2024-10-09"), ("Friday", "2024-10-11")],
        ),
        # state visits through the week after a Sunday
        (
            "The president will pay state visits to Turkmenistan, Kazakhstan, and Uzbekistan "
            "from Monday through Saturday, accompanied by the first lady.",
            date(2024, 6, 9),
            [("Monday", "2024-06-10"), ("Saturday", "2024-06-15")],
        ),
        # a council that meets on the day before and the day of the DCT
        (
            "EU leaders meet in Brussels on Thursday and Friday to discuss migration.",
            date(2017, 6, 23),
            [("Thursday", "2017-06-22"), ("Friday", "2017-06-23")],
        ),
        # a visit around the DCT, told in the present progressive
        (
            "The chief diplomat, who is paying a visit to Moscow from Thursday to Saturday, "
            "will also address the situation.",
            date(2021, 2, 5),
            [("Thursday", "2021-02-04"), ("Saturday", "2021-02-06")],
        ),
        # the DCT and the day after
        (
            "The main meetings of the heads of government are on Friday to Saturday. These "
            "were preceded by four forums.",
            date(2022, 6, 24),
            [("Friday", "2022-06-24"), ("Saturday", "2022-06-25")],
        ),
        (
            "The aim of the visit to Brazil on Tuesday and Wednesday, the first state visit "
            "in the last 23 years, is to deepen ties.",
            date(2023, 4, 18),
            [
                ("Tuesday", "2023-04-18"),
                ("Wednesday", "2023-04-19"),
                ("the last 23 years", "P23Y"),
            ],
        ),
    ],
)
def test_a_range_of_weekdays_runs_forward(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # two days listed in any order
        (
            "Following are statements made Friday and Thursday by the lawyer.",
            date(1998, 2, 6),
            [("Friday", "1998-02-06"), ("Thursday", "1998-02-05")],
        ),
        # a range that already runs forward
        (
            "The talks ran from Monday to Wednesday.",
            date(2022, 7, 15),
            [("Monday", "2022-07-11"), ("Wednesday", "2022-07-13")],
        ),
        # without a DCT the weeks stay unknown
        (
            "The talks ran from Wednesday to Friday.",
            None,
            [("Wednesday", "XXXX-WXX-3"), ("Friday", "XXXX-WXX-5")],
        ),
    ],
)
def test_other_weekday_pairs_keep_their_days(
    text: str, dct: date | None, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a plan's future sends the pair ahead though it holds the DCT's weekday (a Wednesday)
        (
            "Lee will make an official visit to Ulaanbaatar from Monday to Wednesday.",
            date(2019, 3, 20),
            [("Monday", "2019-03-25"), ("Wednesday", "2019-03-27")],
        ),
        # published on a Monday: the Sunday just gone cannot be a planned visit's
        (
            "Kishida will pay a working visit to South Korea on Sunday and Monday.",
            date(2024, 11, 4),
            [("Sunday", "2024-11-10"), ("Monday", "2024-11-11")],
        ),
        # a timetable's present may tell what is going on: the DCT's week, as before
        (
            "Leaders meet in Brussels on Thursday and Friday.",
            date(2019, 3, 22),
            [("Thursday", "2019-03-21"), ("Friday", "2019-03-22")],
        ),
    ],
)
def test_a_planned_pair_holding_the_dcts_weekday_is_ahead(
    text: str, dct: date | None, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


def test_a_pairs_end_told_as_next_comes_after_its_start() -> None:
    """ "from Saturday to next Thursday", told on a Tuesday: the Thursday after the
    Saturday, not the one two days ahead (thirty-third pass; test-s's five-nation tour)."""
    text = "Wang will visit Madagascar, Zambia and Nigeria from Saturday to next Thursday."
    assert found(text, date(2017, 1, 3)) == [
        ("Saturday", "2017-01-07"),
        ("next Thursday", "2017-01-12"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The minister will tour the Gulf from Monday to next Monday.",
            date(2019, 3, 19),
            [("Monday", "2019-03-25"), ("next Monday", "2019-04-01")],
        ),
        (
            "Talks run from Friday to next Friday in Geneva, the UN said.",
            date(2021, 6, 8),
            [("Friday", "2021-06-11"), ("next Friday", "2021-06-18")],
        ),
        (
            "The envoy will be in Kabul from Wednesday until next Wednesday.",
            date(2020, 2, 10),
            [("Wednesday", "2020-02-12"), ("next Wednesday", "2020-02-19")],
        ),
    ],
)
def test_a_pairs_end_told_as_next_on_its_start_day_is_a_week_later(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """ "from Monday to next Monday": the end comes after the start, a week on (review33
    finding 8; TimeML 1.2.1, section 2.2, the value the text determines)."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the day in brackets fixes the weekday's week, whatever the tense says
        (
            "The trip includes a meeting Saturday (Jan. 14th) with Turnbull.",
            date(2017, 1, 11),
            [("Saturday", "2017-01-14"), ("Jan. 14th", "2017-01-14")],
        ),
        (
            "The schedule lists talks on Monday (4 January) in Tokyo.",
            date(2015, 12, 30),
            [("Monday", "2016-01-04"), ("4 January", "2016-01-04")],
        ),
        # a day that does not fall on the weekday near the DCT is a slip: the tense decides
        (
            "They met on Monday (13 January).",
            date(2015, 1, 14),
            [("Monday", "2015-01-12"), ("13 January", "2015-01-13")],
        ),
    ],
)
def test_a_day_in_brackets_after_a_weekday(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected
