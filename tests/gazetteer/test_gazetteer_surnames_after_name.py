"""A person of the table named in full, then by the last word of the name alone
(``gazetteer.actors._name_words_alone`` with ``last=True``): surnames the table cannot
list alone ("Mubarak": "Eid Mubarak"; "Blair": "Blair House") are the person's after the
full name, in a text that has them beside no other name. Sentences written for this
test."""

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


# review27 finding 12: a last word that is a month or weekday of the temporal lexicon, or a
# common word of aliases.yaml's `not_surnames_alone`, is never the person alone (the
# reviewer's sentences)
@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Theresa May met Macron. May said the talks went well, and the deal will be "
            "signed in May.",
            ("Theresa May", "theresa-may"),
        ),
        (
            "U.S. Secretary of State Condoleezza Rice arrived in Tokyo on Saturday. Rice "
            "imports from Thailand will be discussed at the ASEAN meeting in Manila next month.",
            ("Condoleezza Rice", "condoleezza-rice"),
        ),
        ("Vicente Fox met George W. Bush. Fox viewers saw it.", ("Vicente Fox", "vicente-fox")),
        ("Robin Cook visited Israel. Cook stoves were given out.", ("Robin Cook", "robin-cook")),
    ],
)
def test_a_month_or_a_common_word_is_nobody_alone(text: str, full: tuple[str, str]) -> None:
    found = people(text)
    assert full in found
    assert not [p for p in found if p[0] == full[0].split()[-1]]


def test_the_summit_in_may_gains_no_theresa_may() -> None:
    # the reviewer's article (/tmp/rv27/p10/a.txt, DCT 2018-02-01): the JP-KR summit "in May"
    text = (
        "British Prime Minister Theresa May met Chinese President Xi Jinping in Beijing on "
        "Wednesday. Japan and South Korea will hold a summit in Tokyo in May, the Japanese "
        "foreign ministry said."
    )
    later = text.index("Japan and South Korea")
    assert "theresa-may" not in {m.id for m in find_actors(text, later, len(text))}
    assert "theresa-may" not in {m.id for m in find_actors(text) if m.start >= later}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # after the full name
            "Mr. Shinzo Abe held a meeting on Monday. Prime Minister Abe welcomed the guests.",
            [("Shinzo Abe", "shinzo-abe"), ("Abe", "shinzo-abe")],
        ),
        (  # before it
            "Prime Minister Abe arrived on Monday. Later Shinzo Abe said talks went well.",
            [("Abe", "shinzo-abe"), ("Shinzo Abe", "shinzo-abe")],
        ),
        (  # the name a title uses (``short_name``), not the last word
            "Nguyen Xuan Phuc arrived on Monday. Prime Minister Phuc met the envoy.",
            [("Nguyen Xuan Phuc", "nguyen-xuan-phuc"), ("Phuc", "nguyen-xuan-phuc")],
        ),
        (  # two people of the table share the word: it is neither's
            "Nawaz Sharif met Shehbaz Sharif. Prime Minister Sharif said the talks went well.",
            [
                ("Nawaz Sharif", "nawaz-sharif"),
                ("Shehbaz Sharif", "shehbaz-sharif"),
                ("Sharif", "sharif"),
            ],
        ),
    ],
)
def test_an_office_and_a_surname_of_a_person_the_table_names_is_that_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """``officials._table_surnames``: one person, not the table's beside one of the office's
    ("shinzo-abe" and "abe" on one event)."""
    assert people(text) == expected


def test_an_office_and_a_surname_of_the_table_keeps_the_tables_country() -> None:
    found = [
        m
        for m in find_actors("Mr. Shinzo Abe spoke. Prime Minister Abe left.")
        if m.type == "person"
    ]
    assert [(m.id, m.country) for m in found] == [("shinzo-abe", "JP"), ("shinzo-abe", "JP")]
