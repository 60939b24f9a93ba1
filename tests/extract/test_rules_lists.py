"""Elliptical lists (issue #12): one trigger, one event per listed item, each its own date.

Each test is a real dev sentence (docs/extraction.md, "Fourth pass") that the
code before gave as one event with every listed country.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.context import DatedSpan
from timeline.extract.lists import elliptical_items
from timeline.model import Event, EventDate

from .conftest import article_events as events


def sides(e: Event) -> set[str]:
    return set(e.countries) | set(e.organizations)


def by_date(found: list[Event], kind: str = "other") -> dict[str, set[str]]:
    return {e.date.value: sides(e) for e in found if e.kind.value == kind}


def test_followed_by_items_are_accessions_of_their_own(tmp_path: Path) -> None:
    body = (
        "The ASEAN grew over the years. Brunei Darussalam joined ASEAN in 1984, followed by "
        "Vietnam in 1995, Laos and Myanmar in 1997, and Cambodia in 1999."
    )
    assert by_date(events(tmp_path, body, "2025-10-26")) == {
        "1984": {"BN", "ASEAN"},
        "1995": {"VN", "ASEAN"},
        "1997": {"LA", "MM", "ASEAN"},
        "1999": {"KH", "ASEAN"},
    }


def test_after_items_share_the_object_not_the_subject(tmp_path: Path) -> None:
    body = (
        "Bahrain became the fourth Arab country to establish diplomatic relations with Israel "
        "last Friday after Egypt in 1979, Jordan in 1994 and the UAE in August."
    )
    assert by_date(events(tmp_path, body, "2020-09-15")) == {
        "2020-09-11": {"BH", "IL"},
        "1979": {"EG", "IL"},
        "1994": {"IL", "JO"},
        "2020-08": {"AE", "IL"},
    }


def test_a_date_followed_by_other_words_is_no_list(tmp_path: Path) -> None:
    body = "Brunei Darussalam joined ASEAN in 1984, a year after Vietnam said in 1983 it would."
    (joined,) = [e for e in events(tmp_path, body, "2025-10-26") if e.kind.value == "other"]
    assert joined.date.value == "1984"


def _span(text: str, words: str, value: str) -> DatedSpan:
    start = text.index(words)
    return DatedSpan(start, start + len(words), words, EventDate.from_value(value, None))


class _Actor:
    def __init__(self, text: str, words: str, type_: str = "country") -> None:
        self.start = text.index(words)
        self.end = self.start + len(words)
        self.id = words
        self.type = type_


def test_items_are_countries_or_organizations_joined_by_commas_and_and() -> None:
    text = "X joined Y in 1984, followed by Vietnam in 1995, and Jordan, Laos in 1997."
    dates = [_span(text, w, w) for w in ("1984", "1995", "1997")]
    actors = [_Actor(text, w) for w in ("Vietnam", "Jordan", "Laos")]
    items = elliptical_items(text, dates[0], dates, actors)
    assert [(i.date.text, [a.id for a in i.actors]) for i in items] == [
        ("1995", ["Vietnam"]),
        ("1997", ["Jordan", "Laos"]),
    ]
    person = [_Actor(text, "Vietnam", "person")]
    assert elliptical_items(text, dates[0], dates, person) == []
