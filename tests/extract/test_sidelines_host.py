"""An organization named only inside the gathering a meeting is held at the side of ("on
the sidelines of the G20 summit") is that occasion's host, no side of the talks: the
meeting keeps it with the role ``host`` (the gold of the tuning sets lists it at times)
and its title leaves it out. Sentences of our own (fifty-seventh session, 2026-12-06).
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind, Role

from .conftest import article_events


def _meetings(tmp_path: Path, body: str, published: str) -> list[tuple[str, dict[str, str]]]:
    return [
        (e.title, {p.id: p.role.value for p in e.participants if p.type.value == "organization"})
        for e in article_events(tmp_path, body, published)
        if e.kind in (EventKind.meeting, EventKind.call)
    ]


def test_the_occasions_organization_hosts_and_is_left_out_of_the_title(tmp_path: Path) -> None:
    body = "Modi and Albanese met on the sidelines of the G20 summit in Rio de Janeiro on Monday."
    assert _meetings(tmp_path, body, "2024-11-19") == [
        ("Talks between Modi and Albanese in Rio de Janeiro", {"G20": Role.host.value})
    ]


def test_an_organization_named_outside_the_occasion_stays_a_side(tmp_path: Path) -> None:
    body = (
        "ASEAN foreign ministers met Wang Yi on the sidelines of the ASEAN Regional Forum "
        "in Vientiane on Friday."
    )
    (title, organizations), *_ = _meetings(tmp_path, body, "2024-07-27")
    assert organizations.get("ASEAN") == Role.participant.value
    assert "ASEAN" in title
