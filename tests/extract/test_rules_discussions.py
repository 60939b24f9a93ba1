"""Talks told as discussions (the rule ``meeting``): "held discussions with President Nyusi",
"high-level discussions between senior officials from Tonga and New Zealand in November".
Told after a visit, such a background act had only the visit's kind (docs/history/extraction-log.md,
"Twenty-sixth pass: kinds"). Discussions held without "with", and consultations ("held
discussions Friday evening in Kurumba", "following consultations with the Minister", "the
fourth political consultation"): such sentences had no candidate of the class
(docs/history/extraction-log.md, "Twenty-seventh pass: kinds").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import article_events as events


def test_discussions_told_after_a_visit_are_a_meeting(tmp_path: Path) -> None:
    # test-w, oceania_16 (published 2019-12-06)
    body = (
        "Deputy Prime Minister Winston Peters met with Tongan Prime Minister and Foreign "
        "Minister Pohiva Tu'i'onetoa in Wellington today.\n\n"
        "The visit followed high-level discussions between senior officials from Tonga and "
        "New Zealand in November in Wellington, which involved a number of government "
        "agencies from both countries."
    )
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2019-12-06")
        if e.kind.value == "meeting"
    ]
    assert any(d == "2019-11" and {"NZ", "TO"} <= sides for d, sides in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "President Chakwera will hold bilateral discussions with President Nyusi.",
        "At the centre of these discussions between the two ministers was the war.",
        "President Lourenço's discussion with President Tshisekedi on February 27, 2024.",
    ],
)
def test_a_discussion_with_or_between_is_a_meeting(sentence: str) -> None:
    found = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert "meeting" in found


def test_a_discussion_of_a_subject_is_not() -> None:
    sentence = "The discussion of the budget ended."
    found = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert not found & {"discussion", "meeting"}


def test_discussions_held_are_a_meeting(tmp_path: Path) -> None:
    # test-ba, indian-ocean_37 (published 2023-11-18)
    body = (
        "The President of Maldives, Dr Muizzu, and President Wickremesinghe held discussions "
        "Friday evening in Kurumba Maldives, the President Dr. Muizzu's office said in a press "
        "release."
    )
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2023-11-18")
        if e.kind.value == "meeting"
    ]
    assert any(d == "2023-11-17" and {"LK", "MV"} <= sides for d, sides in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-ba, gulf_67
        "The two Ministers had an in depth discussion on issues related to bilateral relations "
        "between Cyprus and Bahrain.",
        "Statement to the Press by the Minister following consultations with the Minister of "
        "Foreign Affairs of the Arab Republic of Egypt.",
        # test-aw, mekong_48
        "Deputy Minister Nguyen Quoc Dung and his Lao counterpart co-chaired the fourth "
        "political consultation between the two Ministries of Foreign Affairs in Vientiane.",
        "The two sides will hold an in-depth discussion on key global issues.",
    ],
)
def test_discussions_held_and_consultations_are_a_meeting(sentence: str) -> None:
    found = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert "discussion" in found


@pytest.mark.parametrize(
    "sentence",
    [
        # review27 finding 19: no side holds them, none is consulted
        "Toyota held discussions with Chinese regulators on Monday about electric cars.",
        "After consultations with his lawyers on Monday, the Brazilian striker signed for a "
        "Saudi club.",
    ],
)
def test_discussions_no_side_holds_are_not_a_meeting(sentence: str) -> None:
    found = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert "discussion" not in found, found


def test_a_company_discussing_with_regulators_makes_no_meeting(tmp_path: Path) -> None:
    # review27 finding 19, a sentence of the reviewer's
    body = "Toyota held discussions with Chinese regulators on Monday about electric cars."
    assert not [e for e in events(tmp_path, body, "2024-06-04") if e.kind.value == "meeting"]


@pytest.mark.parametrize(
    "sentence",
    ["The public consultation on the budget closed.", "The plan is under consultation."],
)
def test_a_consultation_of_the_public_is_not(sentence: str) -> None:
    found = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert not found & {"discussion", "meeting"}
