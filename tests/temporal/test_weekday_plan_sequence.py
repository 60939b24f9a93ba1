"""A plan told in order names its weekdays in order: a later one is not before an earlier.

"Biruta will come to Russia ... on Monday and meet with Lavrov on Tuesday, while Khalil
Kaba was expected to arrive on Thursday and hold talks with Lavrov on Friday", told on a
Thursday, puts Thursday and Friday in the week of that Monday; the DCT and its tense read
them as the DCT and the day after it (TimeML 1.2.1, section 2.2, ``value``: a relative
expression is anchored to the time the text is talking about). A saying's day, a past act
told on the DCT's own weekday and "after" are not part of the plan's order. Sentences of
the extraction tuning sets (test-al, test-am, test-af, test-ac; sixty-seventh session,
2026-12-07).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct) if t.type == "DATE"]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Maria Zakharova told reporters that Biruta will come to Russia for a three-day"
            " working trip on Monday and meet with Lavrov on Tuesday, while Khalil Kaba was"
            " expected to arrive on Thursday and hold talks with Lavrov on Friday.",
            date(2021, 9, 2),  # a Thursday
            [
                ("Monday", "2021-09-06"),
                ("Tuesday", "2021-09-07"),
                ("Thursday", "2021-09-09"),
                ("Friday", "2021-09-10"),
            ],
        ),
        (
            "This will be followed by Yoon's lunch with Hassan and dinner with Abiy on Sunday,"
            " as well as lunch with Ghazouani on Wednesday.",
            date(2024, 11, 4),  # a Monday
            [("Sunday", "2024-11-10"), ("Wednesday", "2024-11-13")],
        ),
    ],
)
def test_a_later_weekday_of_a_plan_comes_after_the_earlier(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the earlier weekday is the saying's day, not a day of the plan
        (
            "According to Principal Deputy National Security Advisor Kim Tae-hyo on Friday,"
            " Yoon will embark on the six-day visit on Monday.",
            date(2024, 11, 4),
            [("Friday", "2024-11-08"), ("Monday", "2024-11-04")],
        ),
        # a past act on the DCT's own weekday stays the DCT
        (
            "The leaders of the six Gulf countries are expected to arrive in Kuwait on"
            " Tuesday, while the foreign ministers met on Monday for the first time.",
            date(2017, 12, 4),  # a Monday
            [("Tuesday", "2017-12-05"), ("Monday", "2017-12-04")],
        ),
        # "after" orders the acts otherwise
        (
            "He will travel to Paris on Friday after arriving in Berlin on Thursday.",
            date(2021, 9, 1),  # a Wednesday
            [("Friday", "2021-09-03"), ("Thursday", "2021-09-02")],
        ),
    ],
)
def test_guards(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected
