"""A weekday after "ahead of", "before", "on the eve of" is anchored to the story's day.

"Arrived on Wednesday ahead of Thursday's summit" told on a Friday: the summit is the
Thursday after the arrival, not the Thursday after the DCT. TimeML 1.2.1, section 2.2
(``value``) anchors a relative expression to the time the text is talking about; the
phrase says the weekday comes after the day its sentence named before it, so the weekday
is the first one after that day. Without such a day in the sentence, or without the
phrase, the DCT and the tense anchor it as before. Sentences of our own (twenty-seventh
session of 2026-12-02).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

#: A Friday.
FRIDAY = date(2024, 11, 8)


def found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prime minister arrived in Washington on Wednesday ahead of Thursday's summit.",
            [("Wednesday", "2024-11-06"), ("Thursday", "2024-11-07")],
        ),
        (
            "Foreign ministers met on Monday on the eve of Tuesday's vote at the assembly.",
            [("Monday", "2024-11-04"), ("Tuesday", "2024-11-05")],
        ),
        (
            "The envoy landed in Cairo on Nov. 2 ahead of the Thursday talks.",
            [("Nov. 2", "2024-11-02"), ("Thursday", "2024-11-07")],
        ),
        (
            "The two delegations met last Friday before Monday's signing.",
            [("last Friday", "2024-11-01"), ("Monday", "2024-11-04")],
        ),
    ],
)
def test_a_weekday_after_the_story_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a plan: the arrival ahead, the summit the day after it, as the DCT reads it
        (
            "The prime minister will arrive on Wednesday ahead of Thursday's summit.",
            date(2024, 11, 5),
            [("Wednesday", "2024-11-06"), ("Thursday", "2024-11-07")],
        ),
        # no day named before it in the sentence: the DCT and the tense anchor it
        (
            "Leaders are gathering in Washington ahead of Thursday's summit.",
            FRIDAY,
            [("Thursday", "2024-11-14")],
        ),
        # no such phrase: the arrival's day does not anchor "will attend"
        (
            "He arrived on Wednesday and will attend Thursday's summit.",
            FRIDAY,
            [("Wednesday", "2024-11-06"), ("Thursday", "2024-11-14")],
        ),
    ],
)
def test_guards(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected


#: A Friday (review27 finding 20).
FRIDAY_MARCH_20 = date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        # the day is a relative clause's act; the weekday's own clause is a future
        "Lavrov, who visited Ankara on March 3, will return to Turkey before Tuesday's vote.",
        # the day is a participle's act; the weekday's clause is a modal's passive
        "The treaty signed on March 3 must be ratified before Tuesday's deadline.",
    ],
)
def test_a_future_clause_after_another_clauses_day(text: str) -> None:
    """The story's day anchors the weekday only when it is the act of the weekday's own
    clause or that clause is told in the past: here the clause looks ahead of the DCT."""
    assert found(text, FRIDAY_MARCH_20) == [("March 3", "2026-03-03"), ("Tuesday", "2026-03-24")]
