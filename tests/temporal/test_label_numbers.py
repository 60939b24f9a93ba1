"""A number a noun labels is no year ("adopting resolution 1874 (2009)", "Resolution 1973
authorised a no-fly zone", "Flight 1701"): ``label_nouns`` of ``data/temporal_words.yaml``.
UN Security Council resolutions numbered 1600 to 2100 look like years; TimeML marks
dates, times, durations and sets only (Guidelines 1.2.1, section 2.2).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unanimously adopting resolution 1874 (2009), the Council", [("2009", "2009")]),
        ("Resolution 1973 authorised a no-fly zone over Libya.", []),
        ("Flight 1701 landed in Nairobi.", []),
        ("under Article 1805 of the civil code", []),
        # a year before the noun, or after a preposition, stays a year
        ("the 1999 resolution on Kosovo", [("1999", "1999")]),
        ("adopted in 1999 the resolution", [("1999", "1999")]),
    ],
)
def test_a_labelled_number_is_no_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2024, 3, 4))] == expected
