"""The reviewed data files: every state, unique names, organization codes, prefixes."""

from __future__ import annotations

import re
from collections import Counter

import pycountry
import pytest

from timeline.gazetteer import actor_type, country_for_name, find_actors, organizations
from timeline.gazetteer.codes import countries, country_name, is_country


def test_every_un_member_and_observer_is_listed() -> None:
    status = Counter(c.status for c in countries().values())
    assert status["member"] == 193
    assert status["observer"] == 2
    assert {"PS", "VA"} <= {code for code, c in countries().items() if c.status == "observer"}


def test_codes_are_iso_or_kosovo() -> None:
    for code, c in countries().items():
        if c.status == "former":  # its ISO 3166-3 record, under the alpha-2 code it held
            historic = pycountry.historic_countries.get(alpha_4=c.iso3166_3)
            assert historic is not None and historic.alpha_2 == code, code
            assert pycountry.countries.get(alpha_2=code) is None, code
        else:
            assert code == "XK" or pycountry.countries.get(alpha_2=code) is not None, code
            assert c.iso3166_3 is None, code
        assert is_country(code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soviet leader Mikhail Gorbachev", [("Soviet", "SU")]),
        (
            "the Soviet Union and the U.S.S.R. and the USSR",
            [("Soviet Union", "SU"), ("U.S.S.R.", "SU"), ("USSR", "SU")],
        ),
        (
            "Yugoslav troops left the Federal Republic of Yugoslavia",
            [("Yugoslav", "YU"), ("Federal Republic of Yugoslavia", "YU")],
        ),
        (
            "a Czechoslovak delegation in Czechoslovakia",
            [("Czechoslovak", "CS"), ("Czechoslovakia", "CS")],
        ),
        ("East German and West German ministers", [("East German", "DD"), ("West German", "DE")]),
        ("the GDR and the FRG", [("GDR", "DD"), ("FRG", "DE")]),
        ("Zaire's government and a Zairean envoy", [("Zaire", "ZR"), ("Zairean", "ZR")]),
    ],
)
def test_former_states_are_their_own(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.id) for m in find_actors(text) if m.type == "country"]
    assert found == expected
    assert "RU" not in {code for _, code in found} and "CZ" not in {code for _, code in found}


@pytest.mark.parametrize(
    "text",
    [
        "the former Soviet republics of Central Asia",
        "five post-Soviet countries",
        "the Soviet-era border",
        "the Azerbaijan Soviet Socialist Republic",
        "the war in the former Yugoslavia",
        "the Former Yugoslav Republic of Macedonia",
    ],
)
def test_a_former_state_named_for_its_time_is_no_side(text: str) -> None:
    assert not {"SU", "YU"} & {m.id for m in find_actors(text)}


def test_every_state_has_names_and_nearly_all_a_demonym() -> None:
    for code, c in countries().items():
        assert c.name and c.names, code
    # left out on purpose: the Congos' shared "Congolese", Dominica's "Dominican";
    # none in use: the Holy See, Solomon Islands
    assert sum(1 for c in countries().values() if not c.demonyms) <= 5


def test_a_form_belongs_to_one_country() -> None:
    owner: dict[str, str] = {}
    for code, c in countries().items():
        for form in (*c.names, *c.demonyms, *c.prefixes, *c.capitals, *c.seats):
            assert owner.setdefault(form, code) == code, f"{form!r}: {owner[form]} and {code}"


def test_an_alias_belongs_to_one_organization() -> None:
    owner: dict[str, str] = {}
    for code, org in organizations().items():
        for alias in {org.name, *org.aliases}:
            assert owner.setdefault(alias, code) == code, f"{alias!r}: {owner[alias]} and {code}"


def test_a_word_alias_is_one_of_its_organizations_aliases() -> None:
    for code, org in organizations().items():
        assert set(org.word_aliases) <= set(org.aliases), code


def test_organization_codes_never_look_like_a_country() -> None:
    assert len(organizations()) >= 120
    for code in organizations():
        assert re.fullmatch(r"[A-Z][A-Z0-9]+", code), code
        assert pycountry.countries.get(alpha_2=code) is None, code
        assert not is_country(code), code
        assert actor_type(code) == "organization"
    assert actor_type("AU") == "country" and actor_type("AFU") == "organization"
    assert actor_type("XX") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan President", [("Kenyan", "KE")]),
        ("the Philippine coast guard", [("Philippine", "PH")]),
        ("Emirati and Omani envoys", [("Emirati", "AE"), ("Omani", "OM")]),
        ("Sino-Indian border talks", [("Sino", "CN"), ("Indian", "IN")]),
        ("Indo-Pak relations", [("Indo", "IN")]),
        ("the Indo-Pacific strategy", []),
        ("Russo-Ukrainian war", [("Russo", "RU"), ("Ukrainian", "UA")]),
        ("Turco-Iranian trade", [("Turco", "TR"), ("Iranian", "IR")]),
        ("Sino alone", []),
        ("Burma and Swaziland", [("Burma", "MM"), ("Swaziland", "SZ")]),
        ("the Ivory Coast delegation", [("Ivory Coast", "CI")]),
        ("Papua New Guinea and New Guinea", [("Papua New Guinea", "PG")]),
        ("Latin America and the United States", [("United States", "US")]),
        ("Canberra and Wellington", [("Canberra", "AU"), ("Wellington", "NZ")]),
        ("Nordic-Baltic Eight", [("Nordic-Baltic Eight", "NB8")]),  # the grouping, no country
    ],
)  # fmt: skip
def test_worldwide_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.id) for m in find_actors(text)] == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the 43rd ASEAN Summit", "ASEAN"),
        ("the African Union Commission", "AFU"),
        ("the AU summit in Addis Ababa", "AFU"),
        ("Gulf Cooperation Council leaders", "GCC"),
        ("the BRICS summit in Kazan", "BRICS"),
        ("the Economic Community of West African States", "ECOWAS"),
        ("the Southern African Development Community", "SADC"),
        ("Mercosur and the EU", "MERCOSUR"),
        ("the CELAC-EU summit", "CELAC"),
        ("the Pacific Islands Forum leaders", "PIF"),
        ("the Quad foreign ministers", "QUAD"),
        ("the QUAD Leaders' Meeting", "QUAD"),
        ("the 2nd MRC Summit in 2014", "MRC"),
        ("the 53rd Pacific Islands Leaders Forum Meetings", "PIF"),
        ("the Nordic Council session", "NORDIC"),
        ("the League of Arab States", "ARABLEAGUE"),
        ("the Arab League summit", "ARABLEAGUE"),
        ("the UN Security Council voted", "UNSC"),
        ("the Organization of American States", "OAS"),
    ],
)
def test_organizations_worldwide(text: str, code: str) -> None:
    assert next(m.id for m in find_actors(text) if m.type == "organization") == code


def test_quad_in_capitals_beside_other_capitals_is_a_word() -> None:
    assert [m.id for m in find_actors("HOW QUAD CAN RESPOND")] == []


def test_a_national_security_council_is_not_the_un_one() -> None:
    assert [m.id for m in find_actors("Kazakhstan's Security Council met")] == ["KZ"]


def test_names_and_lookups() -> None:
    assert country_name("TR") == "Türkiye" and country_name("CD") == "DR Congo"
    assert country_name("HK") == "Hong Kong"  # a territory: its ISO name
    assert country_for_name("Kenyan") == "KE" and country_for_name("Naypyidaw") == "MM"
    assert organizations()["AFU"].label == "AU" and organizations()["ASEAN"].label == "ASEAN"
