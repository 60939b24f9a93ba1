"""An entry into force said in the simple present is a timetable, its date ahead: "the deal
which comes into effect in September", "the tariffs go into effect on Tuesday" (``timetable``
of ``data/tense_markers.yaml``, beside "takes effect" and "comes into force"; TimeML 1.2.1,
section 2.2, ``value``: the tense of the expression's own clause). Before the sixty-sixth
session only "force" was read so; "effect" left the clause without a marker, and a clause
without one is told in the past. The past and the base form after an auxiliary keep their
own tense ("went into effect", "did not go into effect").
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-ax: Leo Varadkar's visit to Canada, a page of 2017-08-19
        (
            '"This return visit to Canada offers the opportunity to deepen the very important '
            "bilateral relationship between our two countries, a process that will be further "
            'accelerated through the CETA trade deal which comes into effect in September."',
            date(2017, 8, 19),
            [("September", "2017-09")],
        ),
        ("The new law enters into effect in January.", date(2024, 4, 21), [("January", "2025-01")]),
        ("The treaty goes into effect in March.", date(2024, 4, 21), [("March", "2025-03")]),
        ("The tariffs go into effect in March.", date(2024, 4, 21), [("March", "2025-03")]),
        ("The accord will enter into force in March.", date(2024, 4, 21), [("March", "2025-03")]),
    ],
)
def test_entry_into_force_in_the_present_is_ahead(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The tariffs went into effect in March.", date(2024, 4, 21), [("March", "2024-03")]),
        ("The tariffs did not go into effect in March.", date(2024, 4, 21), [("March", "2024-03")]),
        ("The accord came into effect in March.", date(2024, 4, 21), [("March", "2024-03")]),
    ],
)
def test_entry_into_force_in_the_past_stays_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
