"""A meeting of a grouping told by its member states is titled by the grouping ("Central
Asian consultative meeting in Astana"), not as talks between five states and the grouping;
a grouping whose short name is its gatherings' name takes no second noun ("Central Asian
consultative meeting", not "... meeting summit"). Two members meeting, or a member beside
an outsider, are their own talks. Issue #12's "a multilateral summit is titled after ... its
members instead of its own name" (fifty-seventh session, 2026-12-06; sentences of our own).
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _titles(tmp_path: Path, body: str, kind: EventKind) -> list[str]:
    return [e.title for e in article_events(tmp_path, body, "2024-07-05") if e.kind is kind]


def test_a_groupings_members_meeting_is_its_meeting(tmp_path: Path) -> None:
    body = (
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met "
        "in Astana on Thursday for their consultative meeting."
    )
    assert _titles(tmp_path, body, EventKind.meeting) == [
        "Central Asian consultative meeting in Astana"
    ]


def test_a_gatherings_name_takes_no_second_noun(tmp_path: Path) -> None:
    body = "The Central Asian presidents gathered in Astana on Thursday for their annual summit."
    assert _titles(tmp_path, body, EventKind.summit) == [
        "Central Asian consultative meeting in Astana"
    ]


def test_two_members_hold_their_own_talks(tmp_path: Path) -> None:
    body = "Kazakhstan and Uzbekistan held talks in Astana on Thursday."
    assert _titles(tmp_path, body, EventKind.meeting) == [
        "Talks between Kazakhstan and Uzbekistan in Astana"
    ]
