"""A day whose ordinal letters stand apart before its month, as a web page's superscript
comes out in its text ("7<sup>th</sup> July 2024" -> "7 th July 2024"; test-h's ECOWAS
communiqué, forty-ninth pass): the day, not the month alone. Not a number whose letters
stand apart elsewhere ("the 65 TH session").
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Authority held its Sixty-Fifth (65 TH) Ordinary Session on 7 th July 2024 in "
            "Abuja.",
            [("7 th July 2024", "2024-07-07")],
        ),
        ("The ministers met on 21 st of March.", [("21 st of March", "2024-03-21")]),
        ("It opened on 2 nd\nJune.", [("2 nd\nJune", "2024-06-02")]),
        ("The 65 TH session and the 3 rd meeting.", []),
    ],
)
def test_a_spaced_ordinal_before_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2024, 7, 8))] == expected
