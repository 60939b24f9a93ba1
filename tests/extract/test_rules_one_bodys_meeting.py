"""Two meetings of one day that name one organization, each with another member, are one
meeting of that organization (:func:`timeline.extract.duplicates._one_bodys_meeting`,
forty-fourth pass). The sentences are the project's own, after the Forum ministers'
releases of the tuning texts; the last test keeps a meeting planned apart from one held.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import Event, EventKind

from .conftest import article_events


def _meetings(found: list[Event]) -> list[set[str]]:
    return [{p.id for p in e.participants} for e in found if e.kind is EventKind.meeting]


def test_one_forum_meeting_told_with_two_members_is_one_event(tmp_path: Path) -> None:
    body = (
        "The Pacific Islands Forum Foreign Ministers Meeting opened in Suva on Friday, "
        "chaired by Fiji. Tuvalu briefed the Pacific Islands Forum Foreign Ministers Meeting "
        "on Friday on climate finance."
    )
    assert _meetings(article_events(tmp_path, body, "2024-08-10")) == [{"PIF", "FJ", "TV"}]


def test_a_meeting_planned_and_one_held_stay_apart(tmp_path: Path) -> None:
    body = (
        "The Pacific Islands Forum Foreign Ministers Meeting opened in Suva on Friday, "
        "chaired by Fiji. Tuvalu will brief the Pacific Islands Forum Foreign Ministers "
        "Meeting in Suva next Friday."
    )
    assert len(_meetings(article_events(tmp_path, body, "2024-08-10"))) == 2
