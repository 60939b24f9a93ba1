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


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Ukraine and Poland signed a security agreement in Warsaw on July 8 during "
            "President Zelensky's visit.",
            "Zelensky's visit to Poland",
        ),
        (
            "In April, the Lebanese prime minister met with Sharaa in Damascus, in the first "
            "visit by a Lebanese official since Sharaa took office.",
            "Lebanon's visit to Syria",
        ),
    ],
)
def test_the_place_named_before_the_visit_hosts_it(tmp_path: Path, body: str, title: str) -> None:
    # thirty-ninth session, our own and test-h's levant_02: no host was named after the
    # visit's noun, so every side was "participant" ("Zelensky and Poland's visit to Warsaw")
    visits = [e for e in events(tmp_path, body, "2025-05-02") if e.kind.value == "visit"]
    assert [e.title for e in visits] == [title]
    roles = {p.id: p.role.value for p in visits[0].participants if p.type.value == "country"}
    assert sorted(roles.values()) == ["host", "visitor"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # the style is the visit's adjective, before its noun or after the trigger
        (
            "Turkish President Erdoğan paid a two-day state visit to Kazakhstan on Monday.",
            "Erdoğan's state visit to Kazakhstan",
        ),
        (
            "US Secretary of State Antony Blinken arrived on Wednesday night in Luanda, for a "
            "24-hour working visit.",
            "Blinken's working visit to Angola",
        ),
        # a word of an office is no style of the visit (fifty-fourth pass: "Blinken's state
        # visit to Kenya", "Tillerson's state visit to Nigeria" in the tuning sets' output)
        (
            "US Secretary of State Antony Blinken visited Kenya on Monday.",
            "Blinken's visit to Kenya",
        ),
    ],
)
def test_a_visits_style_is_its_own_adjective(tmp_path: Path, body: str, title: str) -> None:
    visits = [e for e in events(tmp_path, body, "2023-03-17") if e.kind.value == "visit"]
    assert [e.title for e in visits] == [title]
