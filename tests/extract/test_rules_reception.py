"""A leader received by a leader named by office and name, no determiner between (the rule
``reception``, a meeting; fifty-second pass): "Xi Jinping received President of Mongolia
Kh.Battulga", "Kagame has today received President Filipe Nyusi", "was received by
President Buhari". Such sentences had no trigger ("received his counterpart", with a
determiner, is the visit rule's).

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


def test_a_leader_received_is_a_meeting_of_the_day(tmp_path: Path) -> None:
    # test-ay, great-lakes_49 (published 2022-02-10)
    body = (
        "President Paul Kagame has today received President Filipe Nyusi of Mozambique at "
        "Village Urugwiro."
    )
    found = dated_sides(tmp_path, body, "2022-02-10", "meeting")
    assert ("2022-02-10", {"RW", "MZ"}) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-al, mongolia_02
        "President of the PRC Xi Jinping received President of Mongolia Kh.Battulga at the "
        "People's Great Hall today.",
        # test-ax, sahel_38
        "Niger's President, Mohamed Bazoum, was received by President Buhari on Tuesday.",
        # test-av, gulf_51
        "Egyptian President Abdel Fattah Al-Sisi received Sultan Haitham as he began his "
        "two-day official visit.",
    ],
)
def test_forms_of_a_reception(sentence: str) -> None:
    assert "reception" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry received President Putin's letter on Monday.",
        "The city hosted President's Cup matches last week.",
        "She received his counterpart's letter.",
    ],
)
def test_a_thing_received_is_none(sentence: str) -> None:
    assert "reception" not in trigger_names(sentence)


def test_an_official_received_after_the_is_a_meeting(tmp_path: Path) -> None:
    # test-ap, central-europe_44 (published 2024-12-04): the office after "the"
    body = (
        "The President of the Republic Zoran Milanović today received the Speaker of the "
        "National Assembly of the Republic of Slovenia, Urška Klakočar Zupančič."
    )
    found = dated_sides(tmp_path, body, "2024-12-04", "meeting")
    assert ("2024-12-04", {"HR", "SI"}) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-ak, west-africa_34
        "Sierra Leone's President, Julius Maada Bio today hosted the Secretary General and "
        "Deputy Secretary General of the Mano River Union.",
        # test-bd, caucasus_71: a portfolio's minister with no determiner
        "Acting Prime Minister of Armenia Nikol Pashinyan today received Minister of Foreign "
        "Affairs of Lithuania Gabrielius Landsbergis.",
        # our own: an honorific and a name
        "Vice President Mahamudu Bawumia has hosted Mr Robert Beugré Mambé, the Prime "
        "Minister of Côte d'Ivoire.",
        "The Emir received H.E. Sheikh Mohammed bin Abdulrahman at the Amiri Diwan.",
    ],
)
def test_forms_of_an_official_received(sentence: str) -> None:
    assert "reception-official" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry received the Secretary General's letter on Monday.",
        "Doha hosted the Summit of the Arab League.",
        "She received the Nobel Prize in Oslo.",
        "He received the minister's call.",
        "The city hosts the President's Cup.",
    ],
)
def test_a_thing_received_from_an_official_is_none(sentence: str) -> None:
    assert "reception-official" not in trigger_names(sentence)


def test_a_call_on_an_official_is_a_meeting_of_the_day(tmp_path: Path) -> None:
    # test-au, south-asia_56 (published 2024-10-05)
    body = (
        "External Affairs Minister S Jaishankar called on Sri Lankan President Anura Kumara "
        "Dissanayake in Colombo on Friday."
    )
    found = dated_sides(tmp_path, body, "2024-10-05", "meeting")
    assert ("2024-10-04", {"IN", "LK"}) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-ay, pacific_51
        "He is also scheduled to call on President Droupadi Murmu.",
        # test-ap, south-asia_45: the office alone
        "National Security Advisor Ajit Doval called on the Russian President at the Kremlin.",
        # our own: a state's name before the office, a portfolio's minister after "the"
        "She will call on Bangladesh Foreign Minister Hasan Mahmud on Monday.",
        "He called on the Minister of Foreign Affairs of Nepal, Arzu Rana Deuba.",
    ],
)
def test_forms_of_a_call_on_an_official(sentence: str) -> None:
    assert "call-on" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit called on President Putin to end the war.",
        "They called on the government to release the prisoners.",
        "He called on Russia to withdraw its troops.",
        "She called on the Security Council to act.",
    ],
)
def test_an_urging_is_no_call_on_an_official(sentence: str) -> None:
    assert "call-on" not in trigger_names(sentence)
