"""A visit paid to a person: "a courtesy visit to Prime Minister, James Marape". The person
named after "to" (or "on") and an office alone stands for the state visited
(:func:`timeline.extract.visit_sides._hosts`), and the visit's title names no one of that state
as the traveller (:func:`timeline.extract.titles.title_for`): "Sogavare's visit" was the
title of a visit paid to Sogavare. Not across a place: "After his visit to India, Moon will
also visit Singapore" names Moon as the traveller. Sentences of our own, after forms of the
tuning sets (fifty-sixth session, 2026-12-06).
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind, Role

from .conftest import article_events


def _visits(tmp_path: Path, body: str, published: str) -> list[tuple[str, list[str]]]:
    return [
        (e.title, sorted(p.id for p in e.participants if p.role is Role.host))
        for e in article_events(tmp_path, body, published)
        if e.kind is EventKind.visit
    ]


def test_a_visit_to_an_office_holder_goes_to_their_state(tmp_path: Path) -> None:
    body = (
        "Papua New Guinea's new envoy paid a courtesy visit to Prime Minister Manasseh "
        "Sogavare of Solomon Islands on Wednesday."
    )
    assert _visits(tmp_path, body, "2023-10-26") == [
        ("Papua New Guinea's visit to the Solomon Islands", ["SB", "manasseh-sogavare"])
    ]


def test_honorifics_and_a_comma_between_the_office_and_the_name(tmp_path: Path) -> None:
    body = (
        "Kenya's foreign minister paid a courtesy visit to President, H.E. Paul Kagame, on Monday."
    )
    assert _visits(tmp_path, body, "2023-10-31") == [
        ("Kenya's visit to Rwanda", ["RW", "paul-kagame"])
    ]


def test_a_place_before_the_person_is_no_office(tmp_path: Path) -> None:
    body = "After his visit to India, South Korean President Moon Jae-in will visit Singapore."
    hosts = [hosts for _, hosts in _visits(tmp_path, body, "2018-07-08")]
    assert all("KR" not in found and "moon-jae-in" not in found for found in hosts)
