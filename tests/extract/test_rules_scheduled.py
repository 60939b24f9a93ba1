"""A date after 'set for', 'scheduled for', 'slated for' is the event's (issue #12): real
sentences of test-b, a split tuned on since the fifth pass (docs/history/extraction-log.md), whose
date was dropped as the span of a state ('for two years').
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_set_for_a_day(tmp_path: Path) -> None:
    body = (
        "External Affairs Ministry Spokesperson Randhir Jaiswal announced on Friday that the "
        "third India-Japan 2+2 foreign and defence ministerial dialogue is set for Aug. 20 in "
        "New Delhi."
    )
    (meeting,) = [e for e in events(tmp_path, body, "2024-08-16") if e.kind.value == "meeting"]
    assert meeting.date.value == "2024-08-20" and meeting.status.value == "planned"


def test_slated_for_days(tmp_path: Path) -> None:
    body = (
        "Slated for December 13–15, 2022, the U.S.-Africa Leaders Summit will provide heads of "
        "state the chance to discuss ways to fortify a mutually beneficial partnership that "
        "would create jobs and encourage sustainable growth."
    )
    (summit,) = [e for e in events(tmp_path, body, "2022-12-12") if e.kind.value == "summit"]
    assert summit.date.value == "2022-12-13/2022-12-15"
