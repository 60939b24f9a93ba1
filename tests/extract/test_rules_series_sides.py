"""An act of a series told by its rank ("The 7th summit was held in Istanbul in 2018")
whose sentence names no side but its place's country takes the sides of the story's
gathering, not its host's alone (:func:`timeline.extract.coreference.series_sides`;
docs/extraction.md, "Twenty-sixth pass: participants"). The sentences are the tuning
sets' (the article named).
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.participant_choice import choosing

from .conftest import article_events

# test-ax, caucasus_51 (gold: a summit of AZ, GE and TR in 2018)
TRILATERAL = (
    "Turkey, Azerbaijan, and Georgia are set to have a trilateral diplomatic meeting slated "
    "for Dec. 23, the Turkish Foreign Ministry said in a statement on Dec. 22.\n\n"
    '"The eighth Trilateral Meeting of Foreign Ministers of Turkey, Azerbaijan and Georgia '
    'will be held in Tbilisi on 23 December 2019," the statement said.\n\n'
    "The 7th summit was held in Istanbul in 2018, and participants expressed satisfaction "
    "over cooperation-themed policies."
)


def _sides(found: list, year: str) -> list[set[str]]:
    return [
        set(e.countries) | set(e.organizations)
        for e in found
        if e.kind.value in ("summit", "meeting") and e.date.value == year
    ]


def test_the_7th_summit_is_the_series_of_the_three(tmp_path: Path) -> None:
    found = article_events(tmp_path, TRILATERAL, "2019-12-22")
    assert any({"AZ", "GE", "TR"} <= s for s in _sides(found, "2018"))


def test_the_rules_alone_give_the_series_its_sides(tmp_path: Path) -> None:
    with choosing(None):
        found = article_events(tmp_path, TRILATERAL, "2019-12-22")
    assert any({"AZ", "GE", "TR"} <= s for s in _sides(found, "2018"))


def test_a_ranked_act_naming_its_own_sides_keeps_them(tmp_path: Path) -> None:
    body = (
        "Turkey, Azerbaijan, and Georgia are set to have a trilateral diplomatic meeting "
        "in Tbilisi on 23 December 2019.\n\n"
        "The 7th summit, held in Istanbul in 2018, was attended by Iran's President."
    )
    found = article_events(tmp_path, body, "2019-12-22")
    assert not any({"AZ", "GE"} <= s for s in _sides(found, "2018"))
