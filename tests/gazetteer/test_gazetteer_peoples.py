"""A people named as a side ("the Israelis", "five Iranians": a demonym's plural, read by
``timeline.gazetteer.actors``). Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


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
