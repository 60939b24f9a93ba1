"""Seats of government named for their state: ``seats`` of ``data/countries.yaml``."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors, find_places
from timeline.gazetteer.codes import countries


def seats(text: str) -> list[tuple[str, str, bool | None]]:
    """The seats read in ``text``: (the words, the state, whether they stand for it)."""
    return [(m.text, m.id, m.metonym) for m in find_actors(text) if m.form == "capital"]


@pytest.mark.parametrize(
    ("text", "seat", "code"),
    [
        # test-l, russia-us_06 and test-ac, russia-us_21
        ("needs to end with a lasting peace,” the White House said in a statement.",
         "White House", "US"),
        ('to the US-Russia relationship," the White House said.', "White House", "US"),
        # test-s, indian-ocean_14 and test-z, canada_21
        ('Giving a readout of the call, a Downing Street spokesperson said on Friday: "The prime',
         "Downing Street", "GB"),
        ("A Downing Street spokesperson said:", "Downing Street", "GB"),
        # test-q, indonesia-philippines_10 and test-x, indonesia-philippines_15
        ("reat of the Islamic militants in the region, Malacañang said on Thursday.",
         "Malacañang", "PH"),
        ('further expand and deepen bilateral relations," Malacañang said in a statement.',
         "Malacañang", "PH"),
        # test-f, central-asia_06 and test-t, central-asia_17
        ("relations with Uzbekistan on May 20, reported the Akorda press service.", "Akorda", "KZ"),
        ("a working visit to Nur-Sultan on Feb. 18, the Akorda press service reported.",
         "Akorda", "KZ"),
        # test-r, southern-cone_12 (and the Casa Rosada's visits below)
        ("Casa Rosada sources quoted Thursday by Argentine media said", "Casa Rosada", "AR"),
        # test-g, iberia_01 and test-aa, iberia_15
        ("According to Moncloa sources, the two governments took into account", "Moncloa", "ES"),
        ("which will begin on July 1, according to Moncloa.", "Moncloa", "ES"),
        # test-ae, brazil_17 and test-aj, brazil_22
        ("According to a schedule informed by the Planalto Palace, Lula's departure",
         "Planalto Palace", "BR"),
        ("According to a statement from the Planalto Palace, Lula and Sheinbaum reviewed",
         "Planalto Palace", "BR"),
        # test-v, south-korea_17 and test-x, korea_17 (the seat until May 2022)
        ("and medicine, ICT and public administration, Cheong Wa Dae said.", "Cheong Wa Dae", "KR"),
        ("South Korea's presidential office Cheong Wa Dae said that the two sides may discuss",
         "Cheong Wa Dae", "KR"),
        # test-l, indian-ocean_07: the foreign ministry's seat
        ("that it is a success, \"said on the side of the Quai d'Orsay.", "Quai d'Orsay", "FR"),
        # forty-first pass: sentences of our own
        ("The State Department said on Monday that the talks would go on.",
         "State Department", "US"),
        ("Boric received the envoy at La Moneda on Tuesday.", "La Moneda", "CL"),
        ("A statement from Palazzo Chigi said the two leaders spoke.", "Palazzo Chigi", "IT"),
        ("Maduro hosted the delegation at Miraflores Palace.", "Miraflores Palace", "VE"),
        ("Sisi received him at Ittihadiya Palace in Cairo.", "Ittihadiya Palace", "EG"),
    ],
)  # fmt: skip
def test_a_seat_that_speaks_or_acts_is_its_state(text: str, seat: str, code: str) -> None:
    assert (seat, code) in {(s, c) for s, c, _ in seats(text)}


@pytest.mark.parametrize(
    "text",
    [
        # test-l, russia-us_06; test-q, indonesia-philippines_10; test-z, canada_21
        "needs to end with a lasting peace,” the White House said in a statement.",
        "reat of the Islamic militants in the region, Malacañang said on Thursday.",
        "A Downing Street spokesperson said:",
    ],
)
def test_a_seat_as_the_subject_stands_for_the_state(text: str) -> None:
    assert [m for _, _, m in seats(text)] == [True]


@pytest.mark.parametrize(
    ("text", "seat", "code"),
    [
        # test-c, latin-america_06 and test-ah, southern-cone_22
        ("The meeting that will take place at Casa Rosada with President Alberto Fernández",
         "Casa Rosada", "AR"),
        ("his Argentine colleague, Alberto Fernández, at Casa Rosada.", "Casa Rosada", "AR"),
        # test-i, brazil_02 and test-j, brazil_03
        ("The agreements were signed at the Planalto Palace in Brasilia", "Planalto Palace", "BR"),
        ("the two had lunch at the Itamaraty Palace.", "Itamaraty Palace", "BR"),
        # test-j, south-korea_04 and test-ab, japan_25 (the ASCII spelling of Élysée)
        ("their breakfast and summit meeting at Elysee Palace in Paris on Nov. 24, 2023.",
         "Elysee Palace", "FR"),
        ("with Macron before heading to the Elysee presidential palace", "Elysee", "FR"),
        # test-f, south-asia_07 and test-q, indian-ocean_12
        ("call on Indian President Ram Nath Kovind at Rashtrapati Bhavan around 4:30 pm",
         "Rashtrapati Bhavan", "IN"),
        ("a ceremonial welcome at the Rashtrapati Bhavan.", "Rashtrapati Bhavan", "IN"),
    ],
)  # fmt: skip
def test_a_seat_after_at_is_the_place_and_still_its_state(text: str, seat: str, code: str) -> None:
    # the state's mention with the place reading, as for a capital ("talks in Ankara")
    assert (seat, code, False) in seats(text)


@pytest.mark.parametrize(
    "text",
    [
        # the offices of several states share the name: test-i, horn-of-africa_08 (Kenya),
        # test-m, indian-ocean_08 (Seychelles), test-n, great-lakes_10 (Kenya)
        "State House Spokesperson Manoah Esipisu said Kenya and Somalia enjoy warm relations",
        "will undertake a three-day state visit to Mauritius, State House said on Wednesday.",
        # a district's name: dev, korea-japan_03
        "the Korea-Japan summit held at the presidential office in Yongsan, Seoul, on May 7",
        # "Planalto" alone is also the plateau; lower case is no name
        "the Planalto Central plateau; a white house on the hill",
    ],
)
def test_a_shared_or_ambiguous_name_is_no_seat(text: str) -> None:
    assert seats(text) == [] or all(s[0] in {"Seoul", "Mauritius"} for s in seats(text))


def test_a_seat_is_never_a_place() -> None:
    text = "Lula received him at the Planalto Palace; the White House said; the Kremlin said."
    assert find_places(text) == []


def test_every_seat_belongs_to_a_state_that_also_has_a_capital() -> None:
    listed = {code: c for code, c in countries().items() if c.seats}
    assert {"US", "RU", "GB", "FR", "PH", "KZ"} <= set(listed)
    for code, country in listed.items():
        assert country.capitals, code
        assert not set(country.seats) & set(country.capitals), code


def test_a_district_named_like_a_seat_is_no_state() -> None:
    """Lima's district "Miraflores" is no seat: only "Miraflores Palace" is Venezuela's."""
    found = seats("The delegation stayed at a hotel in Miraflores, Lima.")
    assert [(s, c) for s, c, _ in found] == [("Lima", "PE")]
