"""A person of the table named in full, then by the last word of the name alone
(``gazetteer.actors._last_words``): surnames the table cannot list alone ("Mubarak":
"Eid Mubarak"; "Blair": "Blair House") are the person's after the full name, in a text
that has them beside no other name. Sentences written for this test."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def people(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Hosni Mubarak arrived on Monday. Later Mubarak said talks went well.",
            [("Hosni Mubarak", "hosni-mubarak"), ("Mubarak", "hosni-mubarak")],
        ),
        (
            "Nelson Mandela met the envoy. Mandela said the talks would go on.",
            [("Nelson Mandela", "nelson-mandela"), ("Mandela", "nelson-mandela")],
        ),
        (
            "PLO chairman Yasser Arafat met the envoy. Arafat said he was hopeful.",
            [("Yasser Arafat", "yasser-arafat"), ("Arafat", "yasser-arafat")],
        ),
        (
            "President Hugo Chávez spoke. Chávez said oil prices would rise.",
            [("Hugo Chávez", "hugo-chavez"), ("Chávez", "hugo-chavez")],
        ),
        (
            "Tony Blair flew to Washington. In a speech, Blair said Britain would help.",
            [("Tony Blair", "tony-blair"), ("Blair", "tony-blair")],
        ),
    ],
)
def test_a_surname_alone_after_the_full_name_is_the_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mubarak said peace was near. Hosni Mubarak had ruled for decades.",  # before the name
        "Hosni Mubarak spoke. Mubarak said citizens wished each other Eid Mubarak.",
        "Hosni Mubarak spoke. Mubarak praised Sheikh Sabah Al-Mubarak.",
        "Tony Blair spoke. Blair said he would stay at Blair House.",
        "Yasser Arafat spoke. Arafat said pilgrims climbed Mount Arafat.",
        "Nelson Mandela spoke. Mandela said the Mandela Day events would go on.",
    ],
)
def test_a_surname_that_is_also_another_name_in_the_text_is_nobodys_alone(text: str) -> None:
    full = {m.id for m in find_actors(text) if m.type == "person" and " " in m.text}
    alone = [m for m in find_actors(text) if m.type == "person" and " " not in m.text]
    assert full and alone == []
