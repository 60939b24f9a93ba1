"""Groupings named in news of mediation and negotiation (data/organizations.yaml, fifty-first
session): the E3 and the P5+1 of the talks on Iran's nuclear programme, the OSCE Minsk
Group of Nagorno-Karabakh, the Middle East Quartet. "Minsk Group" was read as Belarus
(Minsk, its capital) and "P5+1" as nothing."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors
from timeline.gazetteer.codes import organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks between Iran and the P5+1 resumed in Vienna.",
            [("IR", "Iran"), ("P5PLUS1", "P5+1"), ("AT", "Vienna")],
        ),
        ("The E3 said on Monday that Iran had breached the deal.", [("E3", "E3"), ("IR", "Iran")]),
        ("Iran and the EU3 met in Geneva.", [("IR", "Iran"), ("E3", "EU3")]),
        (
            "The co-chairs of the OSCE Minsk Group met in Vienna.",
            [("MINSKGROUP", "OSCE Minsk Group"), ("AT", "Vienna")],
        ),
        (
            "The Middle East Quartet will meet in Munich.",
            [("QUARTET", "Middle East Quartet")],
        ),
    ],
)
def test_a_mediation_format_is_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.id, text[m.start : m.end]) for m in find_actors(text)] == expected


def test_the_nuclear_talks_formats_list_their_states() -> None:
    table = organizations()
    assert set(table["E3"].members) == {"FR", "DE", "GB"}
    assert set(table["P5PLUS1"].members) == {"CN", "FR", "DE", "RU", "GB", "US"}
    assert table["E3"].standing_format and table["P5PLUS1"].standing_format
