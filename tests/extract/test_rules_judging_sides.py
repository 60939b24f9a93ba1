"""A side that judges an act is no party to it: "Japan on Monday criticized China's military
drills near Taiwan" is China's exercise, not Japan's or Taiwan's; "Kenya welcomed the peace
agreement signed by Sudan and South Sudan" is their signing, not Kenya's. Before, every
country of the clause took part. Sentences of our own, in the forms wire copy writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


def _sides(tmp_path: Path, body: str, kind: str) -> list[list[str]]:
    found = events(tmp_path, body, "2024-05-14")
    return [sorted({*e.countries, *e.organizations}) for e in found if e.kind.value == kind]


@pytest.mark.parametrize(
    ("body", "kind", "sides"),
    [
        ("Japan criticized China's military drills near Taiwan on Monday.", "exercise", ["CN"]),
        (
            "South Korea and the United States began joint military drills on Monday, drawing"
            " condemnation from North Korea.",
            "exercise",
            ["KR", "US"],
        ),
        (
            "Kenya welcomed the peace agreement signed by Sudan and South Sudan on Monday.",
            "signing",
            ["SD", "SS"],
        ),
        (
            "North Korea condemned the U.S. and South Korea's large-scale military exercise"
            " that kicked off Monday.",
            "exercise",
            ["KR", "US"],
        ),
    ],
)
def test_the_judging_side_is_no_party(
    tmp_path: Path, body: str, kind: str, sides: list[str]
) -> None:
    assert _sides(tmp_path, body, kind) == [sides]


def test_a_judgement_of_something_else_keeps_the_side(tmp_path: Path) -> None:
    """The verb's object is not the act: "hailed President X ..., describing him as a partner
    following the 2018 peace treaty signed in Asmara" keeps the hailing side a signatory."""
    body = (
        "Prime Minister Abiy Ahmed of Ethiopia hailed President Isaias Afwerki of Eritrea in his"
        " address, describing him as a partner following the peace treaty signed in Asmara on"
        " Monday."
    )
    assert _sides(tmp_path, body, "signing") == [["ER", "ET"]]


def test_a_gathering_keeps_its_judging_side(tmp_path: Path) -> None:
    """Who praises talks may have held them: "Putin praised the talks with Xi"."""
    body = (
        "Russian President Vladimir Putin on Monday praised his talks with Xi Jinping in Beijing."
    )
    found = events(tmp_path, body, "2024-05-14")
    gatherings = [e for e in found if e.kind.value in ("meeting", "summit", "visit")]
    assert gatherings and all("RU" in e.countries for e in gatherings)


def test_an_exercise_near_a_state_is_not_that_states(tmp_path: Path) -> None:
    """The waters an exercise is held near or off are no side: "near Taiwan", "off Japan"."""
    body = "China held military drills near Taiwan on Monday."
    assert _sides(tmp_path, body, "exercise") == [["CN"]]
    body = "Russia and Belarus held joint military exercises in Belarus on Monday."
    assert _sides(tmp_path, body, "exercise") == [["BY", "RU"]]


def test_a_saying_title_reads_past_an_abbreviation(tmp_path: Path) -> None:
    body = "North Korea condemned the U.S. and South Korea's drills that began Monday."
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "statement"]
    assert titles and all("the U.S. and South Korea" in t for t in titles), titles


def test_a_judgement_is_the_event_not_the_act_judged(tmp_path: Path) -> None:
    """A state's judgement of another's act is its statement; the sentence is not the event
    detector's to read for the act judged (it had proposed "United States, Russia and
    Ukraine's visit" for a condemnation of an attack). A self-announced act stays the
    detector's: "Mali announced its withdrawal from ECOWAS"."""
    found = events(tmp_path, "Iran condemned the U.S. strikes on its territory on Monday.")
    assert [e.kind.value for e in found] == ["statement"]
    found = events(tmp_path, "Mali announced its withdrawal from ECOWAS on Sunday.")
    assert "other" in [e.kind.value for e in found]
