"""A visit's title names who travels: people and states, not the organization the visit is
made for (thirty-fourth pass: "Erdoğan and OTS's visit to Kazakhstan" in corpus-extra's
output). Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    "body",
    [
        "Turkish President Erdoğan arrived in Astana on Thursday to attend the summit of the "
        "Organization of Turkic States.",
        "Turkish President Recep Tayyip Erdoğan paid a visit to Kazakhstan on Thursday for the "
        "10th summit of the Organization of Turkic States in Astana.",
    ],
)
def test_the_organization_of_the_occasion_is_no_traveller(tmp_path: Path, body: str) -> None:
    visits = [e for e in events(tmp_path, body, "2023-11-03") if e.kind.value == "visit"]
    assert [e.title for e in visits] == ["Erdoğan's visit to Kazakhstan"]


def test_an_organization_alone_still_visits(tmp_path: Path) -> None:
    body = "A delegation of the African Union paid a visit to Sudan on Monday."
    titles = [e.title for e in events(tmp_path, body, "2023-11-07") if e.kind.value == "visit"]
    assert titles == ["AU's visit to Sudan"]
