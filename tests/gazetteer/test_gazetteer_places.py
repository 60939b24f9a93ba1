"""Places: GeoNames coordinates, reviewed aliases, no false places."""

from __future__ import annotations

import pytest

from timeline.gazetteer import REGION, country_of, find_places, place
from timeline.gazetteer.actors import aliases_data
from timeline.gazetteer.codes import countries


@pytest.mark.parametrize(
    ("name", "geonames_name", "country", "geonames_id"),
    [
        ("Tashkent", "Tashkent", "UZ", 1512569),
        ("Astana", "Astana", "KZ", 1526273),
        ("Nur-Sultan", "Astana", "KZ", 1526273),
        ("Termez", "Tirmiz", "UZ", 1215957),
        ("Tirmiz", "Tirmiz", "UZ", 1215957),
        ("Gabala", "Qabala", "AZ", 585231),
        ("Shusha", "Shusha", "AZ", 147105),
        ("Cholpon-Ata", "Cholpon-Ata", "KG", 1528512),
        ("Turkistan", "Turkistan", "KZ", 1517945),
        ("Samarkand", "Samarkand", "UZ", 1216265),
        ("St. Petersburg", "Saint Petersburg", "RU", 498817),
        ("Budapest", "Budapest", "HU", 3054643),
        ("Bishkek", "Bishkek", "KG", 1528675),
        ("Ashgabat", "Ashgabat", "TM", 162183),
        ("Istanbul", "Istanbul", "TR", 745044),
    ],
)
def test_place(name: str, geonames_name: str, country: str, geonames_id: int) -> None:
    loc = place(name)
    assert loc is not None
    assert (loc.name, loc.country, loc.geonames_id) == (geonames_name, country, geonames_id)
    assert loc.latitude is not None and loc.longitude is not None
    assert country_of(name) == country


@pytest.mark.parametrize("name", ["Avaza", "Awaza"])
def test_unlisted_place_has_no_coordinates(name: str) -> None:
    loc = place(name)
    assert loc is not None
    assert (loc.name, loc.country, loc.latitude, loc.geonames_id) == (name, "TM", None, None)


def test_unknown_place() -> None:
    assert place("Atlantis") is None
    assert country_of("Atlantis") is None


def test_every_capital_is_in_geonames() -> None:
    for code, country in countries().items():
        for capital in country.capitals:
            if capital == "Kremlin":
                continue
            loc = place(capital)
            assert loc is not None and loc.latitude is not None, capital
            assert loc.country == code, capital


def test_every_alias_target_exists() -> None:
    for alias in aliases_data()["place_aliases"]:
        assert place(alias) is not None, alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the southern Uzbek city of Tirmiz.", [("Tirmiz", "Tirmiz", "UZ")]),
        ("held in Azerbaijan's Shusha city", [("Shusha", "Shusha", "AZ")]),
        ("the summit in Avaza", [("Avaza", "Avaza", "TM")]),
        ("a recent summit in Gabala", [("Gabala", "Qabala", "AZ")]),
        ("Ankara-Nur-Sultan", [("Ankara", "Ankara", "TR"), ("Nur-Sultan", "Astana", "KZ")]),
        ("Vladimir Putin and Mehmet Muş", []),
        ("Fatih Dönmez; Mehmet Fatih Oztarsu", []),
        ("Saparmurat Turkmenbashi", []),
        ("the World Bank and the Yunus Emre Institute", []),
        ("Bayraktar TB2 drones", []),
        ("on Nov. 27, in Sept.", []),
        ("Kazakhstan and Georgia", []),
        ("Of the two, Man and Side", []),
    ],
)
def test_find_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_places(text)
    assert [(m.text, m.name, m.country) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


def test_region() -> None:
    assert {"TR", "KZ", "UZ", "KG", "TJ", "TM", "AZ"} == REGION
