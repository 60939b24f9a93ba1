"""Rules of the nineteenth session of 2026-12-01 (docs/temporal.md, "Nineteenth session").

A period after a number ends the sentence when a capital follows ("on April 13. This
will be ..."): the tense of an expression is its own clause's (TimeML 1.2.1, section
2.2, ``value``), and the marker of the next sentence ("will") is not it. The period after
a day's number was read like an initial's, so the next sentence's future sent a past day
a year ahead. Sentences of our own modelled on a summit report and a phone call's, and
the cases the rule must leave alone.
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
        # a summit report: the proposal in April, the next sentence's future its own
        (
            "The summit was proposed by the president in a phone call on April 13. "
            "This will be their first meeting.",
            date(2021, 5, 25),
            [("April 13", "2021-04-13")],
        ),
        # a phone call: a weekday in brackets, the next sentence ahead
        (
            "I had a long talk with him this morning (Monday). He will be coming to "
            "the White House next month.",
            date(2025, 1, 28),
            [
                ("this morning", "2025-01-28TMO"),
                ("Monday", "2025-01-27"),
                ("next month", "2025-02"),
            ],
        ),
        # a plan more than two months ahead: its own clause is ahead, the next
        # sentence's past is another act's
        (
            "The president is scheduled to be in the capital on October 25. He accepted "
            "the invitation of the prime minister.",
            date(2017, 7, 10),
            [("October 25", "2017-10-25")],
        ),
    ],
)
def test_a_sentence_that_ends_on_a_number_ends(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # an initial is not the end of a sentence: the future reaches the day
        (
            "Daniel P. Davison will meet the minister on April 13.",
            date(2021, 3, 1),
            [("April 13", "2021-04-13")],
        ),
        # nor is a number followed by a lower-case word (a list, a figure)
        (
            "The talks will resume on April 13. and the ministers will meet again.",
            date(2021, 5, 25),
            [("April 13", "2022-04-13")],
        ),
        # an abbreviation before the number still does not end it
        (
            "The vote is set for Feb. 13 and the count will follow.",
            date(2021, 1, 25),
            [("Feb. 13", "2021-02-13")],
        ),
    ],
)
def test_what_does_not_end_a_sentence(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected
