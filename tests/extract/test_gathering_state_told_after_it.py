"""A gathering's state told in a relative clause right after its noun: "the summit of the
European Political Community, which takes place on June 1 in Moldova", "a summit of
Francophonie, which will be held in the Armenian capital". The state hosts the gathering
(:func:`timeline.extract.actors.relative_clause_host`; issue #12's "a host left out"). A
state named there only as a topic ("convened to discuss developments in Guinea") hosts
nothing. Sentences of our own (sixty-seventh pass, 2026-12-07), published on Saturday 20
May 2023.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.stays import held_in
from timeline.model import EventKind

from .conftest import article_events

_PUBLISHED = "2023-05-20"


def _summit_sides(tmp_path: Path, body: str) -> list[set[str]]:
    return [
        set(e.countries) | set(e.organizations)
        for e in article_events(tmp_path, body, _PUBLISHED)
        if e.kind is EventKind.summit
    ]


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Zelensky arrived at the summit of the European Political Community, which takes "
         "place on June 1 in Moldova.", "MD"),
        ("The visit will be timed to coincide with the Francophonie summit, which will be "
         "held in the Armenian capital on October 11.", "AM"),
    ],
)  # fmt: skip
def test_the_state_told_after_the_noun_hosts_the_summit(
    tmp_path: Path, body: str, host: str
) -> None:
    sides = _summit_sides(tmp_path, body)
    assert sides and all(host in s for s in sides)


@pytest.mark.parametrize(
    ("text", "place", "told"),
    [
        ("the summit, which takes place on June 1 in Moldova", "Moldova", True),
        ("the summit, which will be held in autumn in Portugal", "Portugal", True),
        ("the summit, which was held in Saudi Arabia", "Saudi", True),
        ("the summit, which was convened to discuss developments in Guinea", "Guinea", False),
        ("the summit, which ended a feud begun in Moldova", "Moldova", False),
    ],
)  # fmt: skip
def test_held_in(text: str, place: str, told: bool) -> None:
    assert held_in(text, text.index(","), text.index(place)) is told
