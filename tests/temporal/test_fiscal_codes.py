"""Fiscal years written as a code ("FY2023", "FY 2024", "FY24") or across two calendar
years ("fiscal 2016-17") are one DATE, the year named first (TimeBank writes "fiscal
1990" as ``1990``; TimeML 1.2.1, section 2.2.1: the whole expression is one TIMEX3).
Before the seventieth pass the code was left out ("FY 2024" read "2024", "FY2023"
nothing) and "fiscal 2016-17" ended at its first year. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, date(2023, 11, 15))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FY2023 budget was passed.", [("FY2023", "2023")]),
        ("The budget for FY 2024 was passed.", [("FY 2024", "2024")]),
        ("The FY24 budget was passed.", [("FY24", "2024")]),
        ("Exports rose in fiscal 2016-17.", [("fiscal 2016-17", "2016")]),
        ("Revenue for FY 2023/24 rose.", [("FY 2023/24", "2023")]),
        # not the next year: the first alone, as before
        ("In fiscal 1990-95 the firm grew.", [("fiscal 1990", "1990")]),
        # lower case or inside a word: no code
        ("The FYI 2023 memo and fy2023.", [("2023", "2023")]),
    ],
)
def test_fiscal_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
