"""A weekday that ends a relative clause a future marker opens ("that will be signed ... on
Tuesday") takes that clause's tense, not the main clause's verb right after it ("are related
to"): the agreements to be signed on Tuesday are signed on the coming Tuesday (a Dhaka
story of Sunday 2024-04-21, its wording; TimeML 1.2.1, section 2.2: the tense of the
expression's own clause)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

_SUNDAY = date(2024, 4, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The six agreements that will be signed between Bangladesh and Qatar on Tuesday "
            "are related to avoidance of double taxation.",
            [("Tuesday", "2024-04-23")],
        ),
        (
            "The accords which will be initialled by the two foreign ministers on Friday were "
            "drafted in Doha.",
            [("Friday", "2024-04-26")],
        ),
        # a past relative clause stays past; a comma ends the relative clause
        (
            "The treaty that was signed by the two leaders on Tuesday is related to trade.",
            [("Tuesday", "2024-04-16")],
        ),
        (
            "The deal that will be signed next month, officials said on Tuesday, was agreed.",
            [("next month", "2024-05"), ("Tuesday", "2024-04-16")],
        ),
    ],
)
def test_a_relative_clause_future_sets_its_weekday(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, _SUNDAY)] == expected
