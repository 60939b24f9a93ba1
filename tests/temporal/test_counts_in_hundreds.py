"""A count of hundreds or thousands in words is the whole count of a duration.

"More than two thousand years", "a thousand years", "thousands of years": TimeML 1.2.1,
section 2.2.1.3 marks a length of time whatever its count, the value its ISO 8601
duration, the quantity modifier in the extent. TimeBank 1.2 writes a count of thousands
of years in millennia (PRI19980121.2000.2591, "more than two thousand years", ``P2L``);
"thousands of" is vague, as "hundreds of" (``PXY``). Before the seventy-third pass
"thousand" was no number word (nothing was tagged) and "hundred" was read alone ("three
hundred years" was "hundred years", ``P100Y``, and "three hundred years ago" a century
back). A count written with thousands separators ("5,000 years") is a duration's count
too; the scan refused any number with a comma before (money, a quantity: "$5,000 a year",
"5,000 shares" still are). Sentences from TimeBank and the news of the extraction tuning
sets; those of one clause are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, date(2024, 11, 4))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some families have kept their glass working secrets for more than two thousand years.",
            [("more than two thousand years", "DURATION", "P2L")],
        ),
        (
            "We share with Egypt a common history that extends back more than a thousand years,",
            [("more than a thousand years", "DURATION", "P1L")],
        ),
        (
            "we are connected by thousands of years of common roots.",
            [("thousands of years", "DURATION", "PXY")],
        ),
        (
            "the Emperor Qinshihuang Mausoleum in Xian City that houses the Terracotta Warriors,"
            " depicting Chinese 5,000 years of history and cultural heritage",
            [("5,000 years", "DURATION", "P5L")],
        ),
        ("A plan of 1,500 years.", [("1,500 years", "DURATION", "P1500Y")]),
        ("over the past 2,000 years", [("the past 2,000 years", "DURATION", "P2L")]),
        (
            "The monastery has stood for three hundred years.",
            [("three hundred years", "DURATION", "P300Y")],
        ),
        (
            "The town was founded three hundred years ago.",
            [("three hundred years ago", "DATE", "1724")],
        ),
    ],
)
def test_counts_in_hundreds_and_thousands(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_count_of_people_or_money_is_no_time() -> None:
    assert found("Five hundred people and two thousand troops took part.") == []
    assert found("They sold 5,000 shares and paid $5,000 a year.") == [("a year", "SET", "P1Y")]
