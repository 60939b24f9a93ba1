"""A visit told from the host's side: "<host> met the visiting <guest>". The one named right
after "the visiting" is the guest (``visitor``) and the states named before the trigger are
its hosts; before this rule the guest, named right after the trigger, was read as the
destination and the host as the visitor (thirty-second pass, participants).

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import Role

from .conftest import article_events as events


def _roles(tmp_path: Path, body: str) -> dict[str, Role | None]:
    visits = [e for e in events(tmp_path, body) if e.kind.value == "visit"]
    assert len(visits) == 1
    return {p.id: p.role for p in visits[0].participants if p.type.value == "country"}


def test_host_named_before_the_visiting_guest(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path,
        "Indian Prime Minister Manmohan Singh held talks with the visiting Japanese Prime "
        "Minister Yoshihiko Noda in New Delhi on Tuesday.",
    )
    assert roles == {"IN": Role.host, "JP": Role.visitor}


def test_guest_told_by_demonym_and_office_alone(tmp_path: Path) -> None:
    roles = _roles(
        tmp_path, "Chinese President Xi Jinping met the visiting Kazakh President on Monday."
    )
    assert roles == {"CN": Role.host, "KZ": Role.visitor}


def test_visiting_without_the_keeps_the_destination_rule(tmp_path: Path) -> None:
    """No "the" before "visiting": the place after it is the destination, as before."""
    roles = _roles(
        tmp_path, "Turkish Foreign Minister Hakan Fidan, visiting Japan on Monday, met Kishida."
    )
    assert roles.get("JP") is Role.host
    assert roles.get("TR") is Role.visitor
