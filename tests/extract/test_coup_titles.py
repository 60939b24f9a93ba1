"""A coup is titled by the state it was staged in ("Coup in Niger"), not by the sides its
sentence names ("AU and Niger: coup", "Bainimarama and New Zealand: coup"): the state named
right after it, else the one state of its sides, else the state of the person whose coup it
is; power taken by an elected leader ("took power") keeps its snippet (sixty-fourth
session: 22 titles of the fifty-nine changed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "The African Union suspended Niger after the coup in Niger on July 26, 2023.",
            "Coup in Niger",
        ),
        (
            "Suva pulled out all stops for the first visit by a New Zealand prime minister "
            "since before Frank Bainimarama's coup in 2006. Fiji's Prime Minister Frank "
            "Bainimarama welcomed him.",
            "Coup in Fiji",
        ),
        (
            "The African Union condemned the coup that ousted Mali's President Ibrahim "
            "Boubacar Keita on August 18, 2020.",
            "Coup in Mali",
        ),
    ],
)
def test_a_coup_is_titled_by_its_state(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "other"]
    assert title in titles, titles


def test_power_taken_by_an_elected_leader_is_no_coup_title(tmp_path: Path) -> None:
    body = "Colombia's Gustavo Petro took power in August 2022, succeeding Ivan Duque."
    titles = [e.title for e in events(tmp_path, body, "2023-05-14") if e.kind.value == "other"]
    assert titles and not any(t.startswith("Coup") for t in titles), titles
