"""A meal or an audience given a guest (the rule ``hospitality``, a meeting): "Yoon's lunch
with Hassan and dinner with Abiy on Sunday", "hosted a luncheon in honor of the Minister of
Foreign Affairs of NZ", "will also have an audience with His Majesty". Such sentences had no
candidate of the class (docs/history/extraction-log.md, "Twenty-seventh pass: kinds").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


def test_a_dinner_with_a_leader_is_a_meeting(tmp_path: Path) -> None:
    # test-am, south-korea_36 (published 2024-05-30)
    body = (
        "This will be followed by Yoon's lunch with Hassan and dinner with Abiy on Sunday, as "
        "well as lunch with Ghazouani on Wednesday."
    )
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2024-06-01")
        if e.kind.value == "meeting"
    ]
    assert any(d == "2024-06-02" and "ET" in sides for d, sides in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-at, oceania_43
        "Prime Minister, Fiame Naomi Mataafa hosted a luncheon in honor of the Minister of "
        "Foreign Affairs of NZ and her delegation at RLS Museum, Vailima on Friday.",
        # test-bc, southern-africa_61
        "President Ramaphosa will also have an audience with His Majesty, King Letsie III.",
        "The king gave a state banquet for the visiting Emir of Qatar on Tuesday.",
    ],
)
def test_forms_of_a_meal_or_an_audience(sentence: str) -> None:
    assert "hospitality" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy held a reception for the diplomatic corps on Friday.",
        "A lunch for journalists followed the briefing.",
        "The minister had dinner with reporters on Monday.",
    ],
)
def test_a_meal_without_a_guest_is_none(sentence: str) -> None:
    assert "hospitality" not in trigger_names(sentence)
