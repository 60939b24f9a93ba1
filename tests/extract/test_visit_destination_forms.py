"""Two forms of a visit whose destination the rules missed, so the visit had no host and
no guest (fifty-seventh session, 2026-12-06; sentences of our own after the tuning sets'):
an adjective of the state visited between the verb and its name ("visited neighbouring
Mauritania": ``destination_adjectives`` of ``data/visit_words.yaml``), and a visit's noun
after the verb that told it ("Zelensky visited Poland on an official visit": the noun's
visit is the verb's, whose object is the state visited). Not the noun "visit" of another
journey before it ("After Duterte's visit to Brunei, he will proceed to China for an
official state visit" names no host of the state visit in Brunei).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import EventKind, Role

from .conftest import article_events


def _roles(tmp_path: Path, body: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (
            e.title,
            sorted(p.id for p in e.participants if p.role is Role.host),
            sorted(p.id for p in e.participants if p.role is Role.visitor),
        )
        for e in article_events(tmp_path, body, "2024-04-20")
        if e.kind is EventKind.visit
    ]


@pytest.mark.parametrize(
    ("body", "title", "host"),
    [
        ("Senegal's President Bassirou Diomaye Faye on Thursday visited neighbouring "
         "Mauritania.", "Diomaye Faye's visit to Mauritania", "MR"),
        ("Ethiopian Prime Minister Abiy Ahmed arrived in neighbouring Djibouti on Saturday.",
         "Abiy's visit to Djibouti", "DJ"),
        ("Zelensky visited Poland on an official visit on Thursday.",
         "Zelensky's official visit to Poland", "PL"),
    ],
)  # fmt: skip
def test_the_destination_is_the_host(tmp_path: Path, body: str, title: str, host: str) -> None:
    ((found, hosts, visitors),) = _roles(tmp_path, body)
    assert (found, hosts) == (title, [host])
    assert visitors


def test_another_journeys_noun_names_no_host(tmp_path: Path) -> None:
    body = (
        "After Duterte's visit to Brunei on Monday, he will proceed to China for an official "
        "state visit on Wednesday."
    )
    wednesday = [
        sorted(p.id for p in e.participants if p.role is Role.host)
        for e in article_events(tmp_path, body, "2024-04-20")
        if e.kind is EventKind.visit and e.date.value == "2024-04-24"
    ]
    assert wednesday and all("BN" not in hosts for hosts in wednesday), wednesday
