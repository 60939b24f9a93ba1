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


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # ukraine_21 (test-ad), told on the Saturday
            "Ukrainian President Volodymyr Zelenskyy arrived in Paris on Friday, touching down"
            " at Orly airport. Zelenskyy is expected to sign bilateral security agreements"
            " with Germany and France on Friday as Kyiv works to shore up Western support.",
            date(2024, 2, 17),
            [("Friday", "2024-02-16"), ("Friday", "2024-02-16")],
        ),
        (  # mongolia_39 (test-bb), told on a Tuesday
            "Lee will make an official visit to Ulaanbaatar from Monday to Wednesday, where he"
            " is scheduled to meet Prime Minister Ukhnaa Khurelsukh. From Wednesday to"
            " Thursday, Lee will attend the 2019 Boao Forum for Asia in Hainan Province.",
            date(2019, 3, 19),
            [
                ("Monday", "2019-03-25"),
                ("Wednesday", "2019-03-27"),
                ("Wednesday", "2019-03-27"),
                ("Thursday", "2019-03-28"),
                ("2019", "2019"),
            ],
        ),
        (  # south-korea_06 (test-*), told on the Tuesday
            "South Korea and the United States kicked off their largest joint military"
            " exercises in five years on Monday. The exercises are scheduled to run for at"
            " least 10 days from Monday.",
            date(2023, 3, 14),
            [("Monday", "2023-03-13"), ("Monday", "2023-03-13")],
        ),
    ],
)
def test_a_weekday_told_again_is_the_same_day(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """A story names one day by one weekday: told again a week off, the later reading
    takes the earlier's day."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # central-europe_49 (test-*): a past act of the past week after a plan's day
            "Foreign Minister Tanja Fajon will host her Austrian counterpart in Ljubljana on"
            " Monday. At her pre-confirmation presentation in parliament on Monday, Fajon"
            " described the relationship as friendly.",
            date(2022, 6, 2),
            [("Monday", "2022-06-06"), ("Monday", "2022-05-30")],
        ),
        (  # russia-africa_29 (test-*): a saying's day on the DCT
            "Lavrov will meet Biruta and Khalil Kaba, his spokesperson said Thursday. Biruta"
            " will come to Russia on Monday and meet with Lavrov on Tuesday, while Khalil Kaba"
            " was expected to arrive on Thursday and hold talks with Lavrov.",
            date(2021, 9, 2),
            [
                ("Thursday", "2021-09-02"),
                ("Monday", "2021-09-06"),
                ("Tuesday", "2021-09-07"),
                ("Thursday", "2021-09-09"),
            ],
        ),
        (  # oceania_03 (test-*): a day six days back is not the news's
            "The pair have met each other but Friday's formal and fleeting 23-hour catch-up is"
            " their first official engagement. The trade pact will hover over Friday's"
            " bilateral meeting.",
            date(2017, 2, 16),
            [("Friday", "2017-02-10"), ("Friday", "2017-02-17")],
        ),
        (  # korea-japan_02 (test-*): a headline's elided tense governs nothing
            "Kishida to pay working visit to S. Korea on Sunday\ndate 2023-05-02\n\n"
            "Fumio Kishida will pay a working visit to South Korea on Sunday for a summit.",
            date(2023, 5, 2),
            [("Sunday", "2023-04-30"), ("2023-05-02", "2023-05-02"), ("Sunday", "2023-05-07")],
        ),
    ],
)
def test_a_weekday_told_again_keeps_its_own_day(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """Not a past act of the past week, nor from a saying's day, a day six days back or a
    headline."""
    assert found(text, dct) == expected
