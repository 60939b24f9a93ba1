"""A year that opens its sentence ("In 1998, ...") frames the story told after it.

In a report of 2023, "In 1998, the president arrived on Tuesday morning" tells of a
Tuesday of 1998, not of the week the report was published in; the text does not say
which week, so the week and day stay unknown (TimeML 1.2.1, section 2.2.3: parts the
text does not fix are X), as they already did after "In March 1998,". A year in passing
("the 1998 talks", "on Tuesday in 1998"), a year of the DCT or after it, and a text with
no DCT leave the weekday to the DCT as before. Sentences of our own (seventieth pass).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

#: A Wednesday.
DCT = date(2023, 11, 15)


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1998, the president arrived on Tuesday.",
            [("1998", "1998"), ("Tuesday", "XXXX-WXX-2")],
        ),
        (
            "In 1998, the president arrived on Tuesday morning and met him at 3 p.m.",
            [
                ("1998", "1998"),
                ("Tuesday morning", "XXXX-WXX-2TMO"),
                ("3 p.m.", "XXXX-XX-XXT15:00"),
            ],
        ),
        # its months too
        ("In 2019 the talks resumed in July.", [("2019", "2019"), ("July", "2019-07")]),
        (
            "Back in 1995 the envoy came. He left on Friday evening.",
            [("1995", "1995"), ("Friday evening", "XXXX-WXX-5TEV")],
        ),
    ],
)
def test_a_year_opening_the_sentence_is_the_story_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a year in passing
        (
            "The 1998 talks were recalled as the president arrived on Tuesday.",
            DCT,
            [("1998", "1998"), ("Tuesday", "2023-11-14")],
        ),
        # the DCT's own year
        (
            "In 2023, the president arrived on Tuesday.",
            DCT,
            [("2023", "2023"), ("Tuesday", "2023-11-14")],
        ),
        # no DCT: nothing to compare the year with
        (
            "In 1998, the president arrived on Tuesday.",
            None,
            [("1998", "1998"), ("Tuesday", "XXXX-WXX-2")],
        ),
    ],
)
def test_other_years_leave_the_weekday(
    text: str, dct: date | None, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


#: The DCT of test-p's "US Trade Representative Katherine Tai to travel to New Delhi".
DCT_TEST_P = date(2024, 1, 6)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-p: the second sentence's days are of the year "Last year," opened
        (
            "Last year, Goyal and Tai had co-chaired the Trade Policy Forum in Washington DC"
            " on January 11. During his January 9-11 visit to the US last year, Goyal met"
            " with CEOs.",
            DCT_TEST_P,
            [
                ("Last year", "2023"),
                ("January 11", "2023-01-11"),
                ("January 9-11", "2023-01-09/2023-01-11"),
                ("last year", "2023"),
            ],
        ),
        (
            "Two years ago, the talks collapsed on Friday.",
            DCT,
            [("Two years ago", "2021"), ("Friday", "XXXX-WXX-5")],
        ),
        (
            "Last year, the president arrived on Tuesday morning.",
            DCT,
            [("Last year", "2022"), ("Tuesday morning", "XXXX-WXX-2TMO")],
        ),
    ],
)
def test_a_relative_year_opening_the_sentence_is_the_story_time(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in passing, inside its clause
        (
            "Sales fell last year. The president arrived on Tuesday.",
            [("last year", "2022"), ("Tuesday", "2023-11-14")],
        ),
        # a month, not a year
        (
            "Last month, the president arrived on Tuesday.",
            [("Last month", "2023-10"), ("Tuesday", "2023-11-14")],
        ),
    ],
)
def test_a_relative_year_in_passing_leaves_the_weekday(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected
