"""A weekday told with "last week" or "next week" is that week's day, whatever the tense.

"Last week, on Monday, meetings were held" published on a Monday named the DCT itself
(the DCT's own weekday); "they will meet on Friday next week" named this week's Friday.
The words fix the week (TimeML 1.2.1, section 2.2, ``value``), and "last week" is the
ISO week before the DCT's, as its own ``YYYY-Www`` value says. Sentences of our own, after
the class seen in the extraction tuning sets (fifty-sixth session, 2026-12-06).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

#: A Monday, in ISO week 2015-W13.
MONDAY = date(2015, 3, 23)


def found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last week, on Monday, meetings in Canberra were held with the foreign minister.",
            [("Last week", "2015-W12"), ("Monday", "2015-03-16")],
        ),
        (
            "The two ministers met on Monday last week in Dili.",
            [("Monday", "2015-03-16"), ("last week", "2015-W12")],
        ),
        (
            "The envoy arrived last week on Sunday.",
            [("last week", "2015-W12"), ("Sunday", "2015-03-22")],
        ),
        (
            "The treaty was signed on Tuesday of last week.",
            [("Tuesday", "2015-03-17"), ("last week", "2015-W12")],
        ),
        (
            "The leaders will meet on Friday next week in Manila.",
            [("Friday", "2015-04-03"), ("next week", "2015-W14")],
        ),
        (
            "Next week, on Wednesday morning, the summit opens.",
            [("Next week", "2015-W14"), ("Wednesday morning", "2015-04-01TMO")],
        ),
    ],
)
def test_a_weekday_in_the_week_named_with_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no week named beside the weekday: the DCT's own weekday, the tense's last Friday
        ("Meetings were held on Monday.", [("Monday", "2015-03-23")]),
        (
            "Last week the talks stalled; on Friday they resumed.",
            [("Last week", "2015-W12"), ("Friday", "2015-03-20")],
        ),
        # "last Monday" already says its week
        ("They met last Monday.", [("last Monday", "2015-03-16")]),
    ],
)
def test_a_weekday_without_a_week_beside_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, MONDAY) == expected
