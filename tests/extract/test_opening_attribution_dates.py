"""A date in the attribution opening a sentence is the day of the telling: the act's own wins.

"According to Seoul's foreign ministry on Thursday, minister Park Jin had a breakfast meeting
with his Japanese counterpart Yoko Kamikawa on Wednesday" (test-e): Thursday is the
ministry's telling, Wednesday the meeting's (:func:`.date_positions.in_an_opening_attribution`;
``Dating._own_dates`` ranks it last, as a dateline's).
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def test_the_acts_own_day_after_the_attribution_dates_the_meeting(tmp_path: Path) -> None:
    body = (
        "According to Seoul's foreign ministry on Thursday, minister Park Jin had a breakfast "
        "meeting with his Japanese counterpart Yoko Kamikawa on Wednesday, local time."
    )
    found = article_events(tmp_path, body, "2023-11-16")
    assert [e.date.value for e in found if e.kind is EventKind.meeting] == ["2023-11-15"]


def test_the_agreements_own_day_after_the_attribution(tmp_path: Path) -> None:
    body = (
        "According to Seoul's foreign ministry on Friday, the agreement was reached between "
        "Foreign Minister Cho Tae-yul and his Chinese counterpart, Wang Yi, on Thursday."
    )
    found = article_events(tmp_path, body, "2024-11-23")
    assert [e.date.value for e in found if e.kind is EventKind.adoption] == ["2024-11-21"]
