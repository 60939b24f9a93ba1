"""The modals "can" and "could" mark the future of their clause only before an act that can be
planned, maybe after "be" (``ability_modals``, ``plannable_acts``, ``plannable_states`` of
``data/tense_markers.yaml``): "the treaty can be ready to be signed by the summit in June"
is the coming June (TimeML 1.2.1, section 2.2, ``value``: the tense of the expression's own
clause). A stative or generic verb after them is no plan: "Nothing can justify the attack
of 7 October" stays the October gone. The fifty-third session measured "can" before any
verb and did not ship it for that sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a news article of 1990-02-28: the summit of June 1990, not the June gone
        (
            "Both sides have said they hope the strategic weapons treaty can be ready to be "
            "signed by Bush's and Gorbachev's summit in June.",
            date(1990, 2, 28),
            [("June", "1990-06")],
        ),
        # test-l: Australia and Papua New Guinea's security treaty, on a January page
        (
            "Foreign ministers have been asked to conclude negotiations by the end of April "
            "so the leaders can sign it in June.",
            date(2023, 11, 4),
            [("the end of April", "2024-04"), ("June", "2024-06")],
        ),
        (
            "The ministry said the two presidents could meet in March.",
            date(2024, 11, 20),
            [("March", "2025-03")],
        ),
    ],
)
def test_can_before_a_plannable_act_is_a_future(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Nothing can justify Hamas' terrorist attack on Israel of 7 October.",
            date(2024, 10, 20),
            [("7 October", "2024-10-07")],
        ),
        (
            "He said he could not say what happened in March.",
            date(2024, 11, 20),
            [("March", "2024-03")],
        ),
        (
            "The two leaders could have met in March.",
            date(2024, 11, 20),
            [("March", "2024-03")],
        ),
    ],
)
def test_can_before_a_stative_or_generic_verb_is_no_future(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
