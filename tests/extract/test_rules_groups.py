"""Groups of states named by a regional adjective (issue #12): a real sentence of test-c,
a split tuned on since the fifth pass (docs/history/extraction-log.md), whose meeting had no
participant.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_a_meeting_of_the_nordic_countries_has_their_five_members(tmp_path: Path) -> None:
    body = (
        "The prime ministers of the Nordic countries convened on 1 November 2017 for their "
        "regular meeting in Helsinki."
    )
    (meeting,) = events(tmp_path, body, "2017-11-02")
    assert meeting.kind.value == "meeting" and meeting.date.value == "2017-11-01"
    assert {"DK", "FI", "IS", "NO", "SE"} <= set(meeting.countries)
