"""A day of the month written as an ordinal word is a date (TimeML 1.2.1, section 2.2), in
the two places where the word can be nothing else: right after its month before a
punctuation mark ("this coming Sunday, March eighth.", a TimeBank broadcast transcript)
and between "the" and "of <month>" ("on the first of December", test-u's Colombia and
Ecuador border talks; "on the twenty-second of September of 2019", test-n's Jordan
summit statement). Before the sixty-third session the tagger gave the month alone, and
"twenty-second" as a DURATION of twenty seconds. A year after "of" completes a day, as it
completes a month ("September of 2019"): "the 10th of January of 2019" (test-x's OAS
resolution) is one date, no longer the DCT's 10 January and the year apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "We have agreed that on the first of December we will reopen our border.",
            date(2021, 11, 10),
            [("the first of December", "2021-12-01")],
        ),
        (
            "He addressed the General Assembly on the twenty-second of September of 2019.",
            date(2021, 11, 10),
            [("the twenty-second of September of 2019", "2019-09-22")],
        ),
        (
            "It was signed on the 10th of January of 2019.",
            date(2021, 11, 10),
            [("the 10th of January of 2019", "2019-01-10")],
        ),
        (
            "Women's Day is this coming Sunday, March eighth.",
            date(2021, 3, 4),
            [("this coming Sunday, March eighth", "2021-03-08")],
        ),
        (
            "They meet on May twenty first, 2022.",
            date(2021, 11, 10),
            [("May twenty first, 2022", "2022-05-21")],
        ),
        (
            "The third of December talks ended.",
            date(2021, 12, 20),
            [("The third of December", "2021-12-03")],
        ),
    ],
)
def test_a_day_written_as_an_ordinal_word(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the first time in ten years.", [("ten years", "P10Y")]),
        ("It was the second of the two rounds.", []),
        ("March second-half sales fell.", [("March", "2021-03"), ("second-half", "2021-H2")]),
        ("The first of the month is a holiday.", []),
    ],
)
def test_an_ordinal_word_that_names_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2021, 11, 10))] == expected
