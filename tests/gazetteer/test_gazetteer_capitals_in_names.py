"""A capital's name that is a person's given name names no state (issue #12, the
sixty-eighth pass): "The Argentine Foreign Minister, Santiago Cafiero," and "US Under
Secretary Victoria Nuland" made Chile and the Seychelles sides of Argentina's and the
United States' talks ("Talks between Ebrard, Argentina and Chile"). A capital set off as a
name after an office, or inside a name after an office, is the person's; a capital read as
its state elsewhere is unchanged, and so is a state's own name after an office ("President
Iceland, Gudni Johannesson": the news's slip, the state meant).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.gazetteer import find_actors

from ..extract.conftest import article_events


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "The Argentine Foreign Minister, Santiago Cafiero, is on a visit to Mexico.",
            "Santiago",
        ),
        (
            "He will co-chair the meeting with Argentina's Minister of Foreign Affairs, "
            "Santiago Andres Cafiero, as pro-tempore President of CELAC.",
            "Santiago",
        ),
        ("Talks were held. US Under Secretary Victoria Nuland met Zelensky.", "Victoria"),
    ],
)
def test_a_capital_in_a_name_after_an_office_names_no_state(text: str, capital: str) -> None:
    assert capital not in [m.text for m in find_actors(text) if m.type == "country"]


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("The talks were held in Santiago on Monday.", "Santiago", "CL"),
        ("He went to the capital, Santiago, on Monday.", "Santiago", "CL"),
        ("Officials in Moscow, Santiago and Lima agreed on it.", "Santiago", "CL"),
        ("He met President Iceland, Gudni Johannesson, on Tuesday.", "Iceland", "IS"),
    ],
)
def test_a_capital_or_state_elsewhere_still_names_its_state(
    text: str, capital: str, state: str
) -> None:
    assert (capital, state) in [(m.text, m.id) for m in find_actors(text)]


def test_talks_of_a_minister_named_santiago_are_not_chiles(tmp_path: Path) -> None:
    body = (
        "The Argentine Foreign Minister, Santiago Cafiero, is on a visit to Mexico. He held "
        "a meeting with Marcelo Ebrard, the foreign minister of Mexico, on Thursday."
    )
    events = article_events(tmp_path, body, "2022-05-30")
    assert events
    assert all("CL" not in e.countries for e in events)
