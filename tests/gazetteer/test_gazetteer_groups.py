"""Groups of states named by a regional adjective: ``timeline.gazetteer.country_groups``."""

from __future__ import annotations

import pytest

from timeline.gazetteer import country_groups, is_country


def members(text: str) -> set[str]:
    return {m.id for m in country_groups(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the prime ministers of the Nordic countries met", {"DK", "FI", "IS", "NO", "SE"}),
        ("Nordic and Baltic foreign ministers", {"DK", "FI", "IS", "NO", "SE", "EE", "LV", "LT"}),
        ("the heads of Central Asian states", {"KZ", "KG", "TJ", "TM", "UZ"}),
    ],
)
def test_a_group_names_its_members(text: str, expected: set[str]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # test-t, nordic_18 and test-d, nordic_08
        (
            "The Nordic Prime Ministers adopted their joint statement in Copenhagen",
            {"DK", "FI", "IS", "NO", "SE"},
        ),
        (
            "The Nordic Prime Ministers will gather in Reykjavík for annual summer meeting",
            {"DK", "FI", "IS", "NO", "SE"},
        ),
        # test-e, baltic_01 and test-s, baltic_16
        ("cooperation between the Baltic States and Germany", {"EE", "LV", "LT"}),
        ("the Euro-Atlantic integration path of the Baltic States", {"EE", "LV", "LT"}),
        # test-h, nordic_13 and test-f, nordic_10
        ("The Nordic Foreign Ministers agree that", {"DK", "FI", "IS", "NO", "SE"}),
        (
            "Joint statement by the Nordic and Baltic Foreign Ministers",
            {"DK", "FI", "IS", "NO", "SE", "EE", "LV", "LT"},
        ),
    ],
)
def test_a_group_in_title_case_names_its_members(text: str, expected: set[str]) -> None:
    assert members(text) == expected


@pytest.mark.parametrize(
    "text", ["the Council of the Baltic Sea States", "Nordic Council Ministers", "NORDIC states"]
)
def test_title_case_adds_no_other_phrase(text: str) -> None:
    assert members(text) == set()


@pytest.mark.parametrize(
    "text", ["the Nordic Council", "Nordic cooperation", "the Baltic Sea", "nordic countries"]
)
def test_an_adjective_without_a_plural_noun_is_no_group(text: str) -> None:
    assert members(text) == set()


def test_every_member_is_a_country_code_and_mentions_carry_their_span() -> None:
    text = "Baltic states"
    found = country_groups(text, 0, len(text))
    assert all(is_country(m.id) and text[m.start : m.end] == "Baltic" for m in found)
    assert all(m.type == "country" and m.form == "group" for m in found)


def test_two_adjectives_name_each_member_once_and_a_word_inside_another_is_none() -> None:
    text = "Nordic and Baltic countries; nonNordic countries; Pan-Nordic states"
    found = [m.id for m in country_groups(text, 0, len(text))]
    assert sorted(found) == sorted(["DK", "FI", "IS", "NO", "SE", "EE", "LV", "LT"])
