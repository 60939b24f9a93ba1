"""A statement's title names who says, with its verb in the number of the sayers (review28
finding 12, titles): the sides named before the verb of saying, not every side of the event.
Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.titles import _sayers
from timeline.model import ActorType, Participant

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Brazil criticized Argentina on Thursday over the new tariffs on steel.",
            "Brazil criticizes Argentina",
        ),
        (
            "Iran denied the American claim on Thursday, saying no missiles were sent to Yemen.",
            "Iran denies the American claim",
        ),
        (
            "Iran and Syria denied the report on Thursday, saying no troops crossed the border.",
            "Iran and Syria deny the report",
        ),
        (
            "Peru and Chile expressed concern on Thursday about the fighting in Sudan.",
            "Peru and Chile express concern",
        ),
    ],
)
def test_the_sayers_and_their_verb(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-09") if e.kind.value == "statement"]
    assert any(t.startswith(title) for t in titles), titles


def test_a_person_told_by_one_of_the_names_says() -> None:
    # people the gazetteer does not know, named by one of their names
    text = "Ruiz and Berg said the road would open in May."
    ruiz = Participant(id="ana-ruiz", name="Ana Ruiz", type=ActorType.person, country="PE")
    berg = Participant(id="tomas-berg", name="Tomas Berg", type=ActorType.person, country="NO")
    sudan = Participant(id="SD", name="Sudan", type=ActorType.country)
    said = text.index("said")
    assert _sayers(text, 0, said, [ruiz, berg, sudan]) == [ruiz, berg]
