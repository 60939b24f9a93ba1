"""A signing in a city that seats an organization is that organization's, the city no
signatory (``actors.participants_for``, ``organization_seats`` of ``data/aliases.yaml``;
docs/extraction.md, forty-ninth pass): the tuning gold's four signings told "in Brussels"
are all the EU's, and the extractor made Belgium a signatory of each.

Sentences of the tuning sets (their set and article named) and of our own.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind, Role

from .conftest import article_events as events


def _signings(tmp_path: Path, body: str, published: str) -> list[dict[str, str]]:
    return [
        {p.id: str(p.role) for p in e.participants if p.type.value != "person"}
        for e in events(tmp_path, body, published)
        if e.kind is EventKind.signing
    ]


def test_a_signing_in_brussels_is_the_eus(tmp_path: Path) -> None:
    # test-j, ukraine_04 (published 2024-06-27)
    body = (
        "Ukrainian President Volodymyr Zelensky signed three security agreements today in Brussels."
    )
    found = _signings(tmp_path, body, "2024-06-27")
    assert found == [{"UA": Role.signatory.value, "EU": Role.signatory.value}], found


def test_the_seats_state_named_by_its_name_is_a_signatory(tmp_path: Path) -> None:
    body = "Belgium and the Netherlands signed a border treaty in Brussels on Monday."
    found = _signings(tmp_path, body, "2024-06-27")
    assert found and all(set(sides) == {"BE", "NL"} for sides in found), found


def test_a_signing_in_another_capital_keeps_its_state(tmp_path: Path) -> None:
    body = "Ukrainian President Volodymyr Zelensky signed a security agreement in Warsaw."
    found = _signings(tmp_path, body, "2024-06-27")
    assert found and all("EU" not in sides for sides in found), found
