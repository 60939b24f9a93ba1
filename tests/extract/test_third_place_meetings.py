"""A meeting whose clause names two other states as its sides has no host in the state of
its place (``participant_constraints.a_third_places_state``; docs/extraction.md,
seventieth pass): the fifty-nine's talks of Russia and the United States "in Geneva" made
Switzerland a side of seven events and New York's talks on the sidelines of the UN General
Assembly the United States a side of eight; no gold event of them lists the place's state.

Sentences of the tuning sets (their set and article named) and of our own.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events as events


def _meetings(tmp_path: Path, body: str, published: str) -> list[set[str]]:
    return [
        set(e.countries) | set(e.organizations)
        for e in events(tmp_path, body, published)
        if e.kind is EventKind.meeting
    ]


def test_talks_of_two_states_in_geneva_are_not_switzerlands(tmp_path: Path) -> None:
    # test-j, russia-us_04 (published 2022-01-21)
    body = (
        "A meeting between Russian Foreign Minister Sergey Lavrov and US Secretary of State "
        "Anthony Blinken started in Geneva on Friday, a Sputnik correspondent reported."
    )
    found = _meetings(tmp_path, body, "2022-01-21")
    assert found and all(sides == {"RU", "US"} for sides in found), found


def test_talks_in_new_york_are_not_the_united_states(tmp_path: Path) -> None:
    # test-bd, caucasus_64 (published 2024-09-26)
    body = (
        "On September 25, the Minister of Foreign Affairs of Armenia Ararat Mirzoyan had a "
        "meeting with the Minister of Foreign Affairs of Greece Giorgos Gerapetritis in New York."
    )
    found = _meetings(tmp_path, body, "2024-09-26")
    assert found and all(sides == {"AM", "GR"} for sides in found), found
