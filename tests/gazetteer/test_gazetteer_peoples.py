"""A people named as a side ("the Israelis", "five Iranians": a demonym's plural) and a
state's side named by its governing authority or ruling movement ("the Palestinian
Authority", "Hamas", "the Taliban": ``authorities`` of ``data/countries.yaml``).
Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors
from timeline.gazetteer.codes import countries


def sides(text: str) -> list[str]:
    return [m.id for m in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israelis and the Palestinians resumed talks in Cairo.", ["IL", "PS", "EG"]),
        ("Three Iranians were detained by Iraqi police near Basra.", ["IR", "IQ"]),
        ("Talks with the Uzbeks and the Kazakhs ended on Friday.", ["UZ", "KZ"]),
        ("Pakistanis abroad sent home more money, Islamabad said.", ["PK", "PK"]),
    ],
)
def test_a_demonyms_plural_is_its_people(text: str, expected: list[str]) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Latin Americans and South Americans travel more.",
        "The West Indians won the toss.",
        "The Chinese and the French talked.",  # a plural without an "s": the demonym alone
    ],
)
def test_a_regions_people_is_no_state(text: str) -> None:
    assert sides(text) in ([], ["CN", "FR"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's adjective (the fifty-nine had "the ambassadors of seven Latin American
        # countries" as the United States')
        ("Venezuela expelled the ambassadors of seven Latin American countries.", ["VE"]),
        ("South American leaders met the Ibero-American secretary in Quito.", ["EC"]),
        # a currency
        ("Kenya took a loan of US$ 300 million, paid in US dollars.", ["KE"]),
        # seas, rivers, wars named after a state that the news is not about
        ("ASEAN ministers discussed tensions in the South China Sea.", ["ASEAN"]),
        ("Nigeria sent troops to the Niger Delta after the Korean War talks.", ["NG"]),
        # the state itself, named beside its sea, stays
        ("Vietnam and China clashed in the South China Sea.", ["VN", "CN"]),
    ],
)
def test_a_region_sea_or_currency_named_after_a_state_is_no_state(
    text: str, expected: list[str]
) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas and Fatah signed a unity accord in Cairo.", ["PS", "EG"]),
        ("The Palestinian Authority said on Monday that talks would resume.", ["PS"]),
        ("A Taliban delegation held talks in Tashkent.", ["AF", "UZ"]),
        ("Uzbek officials met the Taliban's foreign minister.", ["UZ", "AF"]),
    ],
)
def test_an_authority_is_its_states_side(text: str, expected: list[str]) -> None:
    assert sides(text) == expected


def test_another_states_movement_is_no_side() -> None:
    assert sides("The Pakistani Taliban claimed the attack.") == []


def test_an_authority_belongs_to_one_state_and_is_no_other_form() -> None:
    owner: dict[str, str] = {}
    forms = {
        f for c in countries().values() for f in (*c.names, *c.demonyms, *c.capitals, *c.seats)
    }
    for code, country in countries().items():
        for name in country.authorities:
            assert owner.setdefault(name, code) == code
            assert name not in forms
