"""A length written as an adjective with "-long" is a DURATION, as "two-day" is.

"A day-long visit", "a decade-long war", "a 14-day-long exercise": TimeML 1.2.1, section
2.2.1.3 marks a length of time in any syntactic form, the value its ISO 8601 duration;
the article belongs to the noun ("a two-day visit" is "two-day"). Before the seventieth
pass only the plural ("decades-long") was read. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, date(2023, 11, 15))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The king began a day-long visit to the capital.", [("day-long", "DURATION", "P1D")]),
        ("Croatia ended its year-long chairmanship.", [("year-long", "DURATION", "P1Y")]),
        ("The deal ends a decade-long dispute.", [("decade-long", "DURATION", "P10Y")]),
        ("Leaders held an hour-long call.", [("hour-long", "DURATION", "PT1H")]),
        ("The week-long summit opened.", [("week-long", "DURATION", "P1W")]),
        ("A 14-day-long exercise began.", [("14-day-long", "DURATION", "P14D")]),
        ("They held a three-hour-long dialogue.", [("three-hour-long", "DURATION", "PT3H")]),
        # the plural, read before as well
        ("The decades-long conflict ended.", [("decades-long", "DURATION", "PXY")]),
        # not an age, nor a unit in another compound
        ("A day-to-day routine and a 10-year-old boy.", []),
    ],
)
def test_long_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
