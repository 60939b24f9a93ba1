"""A city's name inside a document's name is neither the city nor its state
(``data/aliases.yaml``, ``document_words``; forty-second pass): "reaffirmed their
commitment to the Paris Agreement ... in Addis Ababa" made France a side and Paris the
talks' place; "the Minsk agreements" made Belarus a side of talks in Berlin."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.gazetteer import find_actors, find_places
from timeline.model import EventKind

from ..extract.conftest import article_events


@pytest.mark.parametrize(
    "text",
    [
        "They reaffirmed their commitment to the Paris Agreement.",
        "They discussed the implementation of the Minsk agreements.",
        "The ministers adopted the Wellington Declaration.",
        "The office opened after the Oslo Accords.",
        "They recalled the Helsinki Final Act.",
        "They backed the Paris climate agreement.",
        "The system was founded through the Tegucigalpa Protocol.",
    ],
)
def test_a_document_named_after_a_city_names_no_state_and_no_place(text: str) -> None:
    assert [m.id for m in find_actors(text)] == []
    assert [p.name for p in find_places(text)] == []


@pytest.mark.parametrize(
    ("text", "actors", "places"),
    [
        # the city itself, and a gathering or a body named after it, stay
        ("The talks in Paris ended.", ["FR"], ["Paris"]),
        ("The Paris Conference opened on Monday.", ["FR"], ["Paris"]),
        ("Paris signed the agreement.", ["FR"], ["Paris"]),
    ],
)
def test_the_city_is_still_read_elsewhere(text: str, actors: list[str], places: list[str]) -> None:
    assert [m.id for m in find_actors(text)] == actors
    assert [p.name for p in find_places(text)] == places


def test_the_talks_have_the_sides_and_place_the_sentence_gives(tmp_path: Path) -> None:
    body = (
        "Ukraine and Russia discussed the implementation of the Minsk agreements at talks "
        "hosted by Germany in Berlin on Tuesday, the German foreign ministry said."
    )
    meetings = [
        (sorted(e.countries), e.location.name if e.location else None)
        for e in article_events(tmp_path, body, "2024-11-06")
        if e.kind is EventKind.meeting
    ]
    assert meetings == [(["DE", "RU", "UA"], "Berlin")]
