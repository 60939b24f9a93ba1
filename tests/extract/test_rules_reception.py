"""A leader received by a leader named by office and name, no determiner between (the rule
``reception``, a meeting; fifty-second pass): "Xi Jinping received President of Mongolia
Kh.Battulga", "Kagame has today received President Filipe Nyusi", "was received by
President Buhari". Such sentences had no trigger ("received his counterpart", with a
determiner, is the visit rule's).

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


def test_a_leader_received_is_a_meeting_of_the_day(tmp_path: Path) -> None:
    # test-ay, great-lakes_49 (published 2022-02-10)
    body = (
        "President Paul Kagame has today received President Filipe Nyusi of Mozambique at "
        "Village Urugwiro."
    )
    found = dated_sides(tmp_path, body, "2022-02-10", "meeting")
    assert ("2022-02-10", {"RW", "MZ"}) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-al, mongolia_02
        "President of the PRC Xi Jinping received President of Mongolia Kh.Battulga at the "
        "People's Great Hall today.",
        # test-ax, sahel_38
        "Niger's President, Mohamed Bazoum, was received by President Buhari on Tuesday.",
        # test-av, gulf_51
        "Egyptian President Abdel Fattah Al-Sisi received Sultan Haitham as he began his "
        "two-day official visit.",
    ],
)
def test_forms_of_a_reception(sentence: str) -> None:
    assert "reception" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry received President Putin's letter on Monday.",
        "The city hosted President's Cup matches last week.",
        "She received his counterpart's letter.",
    ],
)
def test_a_thing_received_is_none(sentence: str) -> None:
    assert "reception" not in trigger_names(sentence)
