"""A relative day restated in brackets, and "last evening" (thirty-fifth pass).

Sentences of our own, in the forms press releases and news use.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.bracketed import bracketed_day


def found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the page is dated a day after its writing: the bracket is the writer's today
        (
            "Two decisions were taken at the meeting held today (Wednesday 12 July) in Vilnius.",
            date(2023, 7, 13),
            [("today", "2023-07-12"), ("Wednesday 12 July", "2023-07-12")],
        ),
        (
            "The foreign minister met this evening (September 19th) with his counterpart.",
            date(2023, 9, 20),
            [("this evening", "2023-09-19TEV"), ("September 19th", "2023-09-19")],
        ),
        (
            "The leaders will sign the accord tomorrow (Monday, June 5, 2023) in Oslo.",
            date(2023, 6, 3),
            [("tomorrow", "2023-06-05"), ("Monday, June 5, 2023", "2023-06-05")],
        ),
        (
            "The envoy arrives this morning (Wednesday, 28 August 2024) in Dakar.",
            date(2024, 8, 28),
            [("this morning", "2024-08-28TMO"), ("Wednesday, 28 August 2024", "2024-08-28")],
        ),
        # a bracket on another weekday than the day it would be, or far away, is not read
        (
            "The talks continue today (Friday 12 July).",
            date(2023, 7, 13),
            [("today", "2023-07-13"), ("Friday 12 July", "2023-07-12")],
        ),
        (
            "The minister spoke today (March 2) about the treaty.",
            date(2023, 7, 13),
            [("today", "2023-07-13"), ("March 2", "2023-03-02")],
        ),
        # a weekday with the year in its bracket
        (
            "The two presidents met on Monday (25 October 2021) in Ankara.",
            date(2021, 10, 29),
            [("Monday", "2021-10-25"), ("25 October 2021", "2021-10-25")],
        ),
    ],
)
def test_a_day_restated_in_brackets(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    """TimeML 1.2.1, section 2.2: the value is the one the text determines."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Prime Minister Abiy arrived in Asmara last evening for the tripartite meeting.",
            date(2020, 1, 27),
            [("last evening", "2020-01-26TEV")],
        ),
        ("The talks ended late last night.", date(2020, 1, 27), [("last night", "2020-01-26TNI")]),
        # the last of several evenings is no day
        ("It was the last evening of the festival.", date(2020, 1, 27), []),
        ("They spent their last evening in Kyiv at the embassy.", date(2020, 1, 27), []),
        (
            "He spent last evening in Kyiv with the delegation.",
            date(2020, 1, 27),
            [("last evening", "2020-01-26TEV")],
        ),
        # other parts of the day after "last" stay untagged
        ("The last morning was cold.", date(2020, 1, 27), []),
    ],
)
def test_last_evening(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected


def test_the_bracket_must_follow_right_after() -> None:
    text = "today, as reported (July 12)"
    assert bracketed_day(text, 5, near=date(2023, 7, 13), reach=3) is None


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Joint Arab-Islamic Extraordinary Summit was held in the city of Riyadh, Saudi"
            " Arabia, today, Saturday, November 11, 2023, to discuss the Israeli aggression.",
            date(2023, 11, 12),
            [("today", "2023-11-11"), ("Saturday, November 11, 2023", "2023-11-11")],
        ),
        (
            "Their Majesties King Willem-Alexander and Queen Máxima started today, Tuesday"
            " June 20, a three-day state visit to Belgium.",
            date(2023, 6, 21),
            [("today", "2023-06-20"), ("Tuesday June 20", "2023-06-20"), ("three-day", "P3D")],
        ),
        (
            "The meeting of foreign ministers is scheduled tomorrow, 03 February 2020, at the"
            " headquarters of the OIC.",
            date(2020, 2, 3),
            [("tomorrow", "2020-02-03"), ("03 February 2020", "2020-02-03")],
        ),
    ],
)
def test_a_day_restated_after_a_comma(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """The writer's day set off by a comma restates "today" as a bracket does (sentences of
    test-p, test-r and test-ar; sixty-seventh session)."""
    assert found(text, dct) == expected
