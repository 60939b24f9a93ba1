"""Actors of a phrase of circumstance are no participants (issue #12).

"amid competition from China and Russia", "hostilities fueled by the US": real
dev sentences (docs/history/extraction-log.md, "Fourth pass") that the code before made
into a visit of China and Russia and a conflict of the United States.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.actor_mentions import find_mentions
from timeline.extract.actors import participants_for
from timeline.model import EventKind

from .conftest import article_events as events


def test_amid_competition_from_names_no_participant(tmp_path: Path) -> None:
    body = (
        "The visit is part of a diplomatic push by the Biden administration to deepen ties with "
        "the continent amid competition from China and Russia."
    )
    assert not [e for e in events(tmp_path, body, "2023-03-26") if {"CN", "RU"} & set(e.countries)]


def test_fueled_by_names_no_party_of_the_conflict(tmp_path: Path) -> None:
    body = (
        "The restoration of ties came after Colombia’s new left-wing president, Gustavo Petro, "
        "and Venezuela’s Maduro announced plans on August 11 to end hostilities fueled by the US "
        "that saw them severing ties back in 2019."
    )
    found = events(tmp_path, body, "2022-08-29")
    assert not [e for e in found if e.kind.value == "conflict" and e.countries == ["US"]]


def test_a_trigger_inside_the_phrase_keeps_its_actors() -> None:
    text = "Talks went on despite the meeting of Iran and Saudi Arabia in Baghdad."
    start = text.index("meeting")
    parts = participants_for(
        text,
        EventKind.meeting,
        (start, start + len("meeting")),
        (0, len(text)),
        find_mentions(text, 0, len(text)),
    )
    assert {p.id for p in parts} >= {"IR", "SA"}
