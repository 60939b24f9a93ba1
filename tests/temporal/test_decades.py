"""Decades written in two digits ("the '50s", "the 70s and 80s", "80's").

TimeML 1.2.1, section 2.2: a decade's ``value`` is its first three digits ("195"); a
decade in two digits is the latest such decade begun by the DCT's year, and a modifier
("the early '90s") belongs to it; tens that are ages, readings or part of a name are not
a decade. Sentences of our own modelled on the class, from more than one kind of document
(an obituary, a business story, a profile, a weather report; twelfth session of
2026-11-30).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.timex import DateMod

DCT = date(2013, 6, 7)


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an obituary: a decade of two digits beside one of four
        (
            "She starred in the splashy musicals of the 1940s and '50s, and has died.",
            [("1940s", "DATE", "194"), ("'50s", "DATE", "195")],
        ),
        # a business story: two decades of two digits, no apostrophe
        (
            'The new models finally rid Detroit of the "boxy" cars of the 70s and 80s.',
            [("70s", "DATE", "197"), ("80s", "DATE", "198")],
        ),
        # a headline without an article
        (
            "Swimmer turned box-office draw in 40s and 50s",
            [("40s", "DATE", "194"), ("50s", "DATE", "195")],
        ),
        # an apostrophe alone makes it a decade
        (
            "Sales stayed flat through the last half of the '80s, the report said.",
            [("'80s", "DATE", "198")],
        ),
        ("The 80's craze for leg warmers is back.", [("80's", "DATE", "198")]),
        # the latest such decade begun by the DCT's year: in 2013 the 1920s
        ("The band played through the '20s.", [("'20s", "DATE", "192")]),
    ],
)
def test_a_decade_in_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_the_century_of_a_decade_in_two_digits_is_the_latest() -> None:
    assert found("the '10s and '20s", date(2024, 1, 5)) == [
        ("'10s", "DATE", "201"),
        ("'20s", "DATE", "202"),
    ]


def test_a_modifier_belongs_to_a_decade_in_two_digits() -> None:
    (t,) = tag("In the early '90s the company grew fast.", DCT)
    assert (t.text, t.value, t.mod) == ("the early '90s", "199", DateMod.start)
    (t,) = tag("the mid-'80s boom", DCT)
    assert (t.text, t.value, t.mod) == ("the mid-'80s", "198", DateMod.mid)


@pytest.mark.parametrize(
    "text",
    [
        # ages
        "The climber, aged in his early 30s, fell about 600 metres.",
        "Most of the patients were in their 70s and 80s.",
        "She is in her 20s.",
        # readings
        "Highs in the 70s are expected on the coast.",
        "Scores in the 80s were common.",
        # a number in a name
        "The Boeing 70s were retired.",
    ],
)
def test_tens_that_are_not_a_decade(text: str) -> None:
    assert [t for t in found(text) if t[1] == "DATE" and t[2].isdigit()] == []
