"""A gathering in a city that seats an organization is that organization's when no
organization is among its sides (``organization_seats`` of ``data/aliases.yaml``;
thirty-third pass): of the tuning gold's events told "in Brussels", 38 of 68 are the EU's.
Sentences of our own after the tuning sets' (balkans_11, russia-eu_04)."""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events as events


def _sides(tmp_path: Path, body: str) -> set[str]:
    (meeting,) = [e for e in events(tmp_path, body, "2022-08-19") if e.kind is EventKind.meeting]
    return {p.id for p in meeting.participants}


def test_a_meeting_in_brussels_is_the_eus(tmp_path: Path) -> None:
    body = "Serbian President Vucic and Kosovo Prime Minister Kurti met in Brussels on Thursday."
    assert {"EU", "RS", "XK"} <= _sides(tmp_path, body)


def test_an_organization_named_keeps_the_seat_out(tmp_path: Path) -> None:
    assert "EU" not in _sides(tmp_path, "NATO leaders met in Brussels on Thursday.")


def test_another_city_seats_no_organization(tmp_path: Path) -> None:
    body = "Serbian President Vucic and Kosovo Prime Minister Kurti met in Paris on Thursday."
    assert "EU" not in _sides(tmp_path, body)


def test_no_gathering_without_a_side_other_than_the_seats_state(tmp_path: Path) -> None:
    """ "Three men were arrested in Brussels on Monday" is nobody's gathering (review33
    finding 1: the seat's organization was a second side that let it through)."""
    assert events(tmp_path, "Three men were arrested in Brussels on Monday.", "2023-03-21") == []
