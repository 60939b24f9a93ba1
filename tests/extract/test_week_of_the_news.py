"""An act dated by the week of its publication day is not told done after that day, nor
planned before it (``pipeline._week_of_the_news``; docs/extraction.md, forty-ninth pass).

Sentences of the tuning sets, their set and article named.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _dated(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    return [
        (e.date.value, {*e.countries, *e.organizations}) for e in events(tmp_path, body, published)
    ]


def test_talks_held_this_week_end_on_the_publication_day(tmp_path: Path) -> None:
    # test, gulf_02 (published on Wednesday 2023-04-19; the gold: 17-19 April)
    body = (
        "In Yemen, the Houthi movement and Saudi Arabia held a round of peace talks this week, "
        "exchanging hundreds of detainees."
    )
    assert ("2023-04-17/2023-04-19", {"SA", "YE"}) in _dated(tmp_path, body, "2023-04-19")


def test_a_meeting_planned_this_week_begins_on_the_publication_day(tmp_path: Path) -> None:
    # test-d, south-asia_01 (published on Sunday 2017-01-29, the last day of its ISO week)
    body = (
        "Senior officials of the eight member states of the South Asian Association for "
        "Regional Cooperation (SAARC) will meet this week in the Nepalese capital Kathmandu."
    )
    found = _dated(tmp_path, body, "2017-01-29")
    assert any(value == "2017-01-29" and "SAARC" in sides for value, sides in found), found


def test_a_week_before_the_publication_keeps_its_days(tmp_path: Path) -> None:
    body = "Saudi Arabia and Yemen held peace talks last week."
    found = _dated(tmp_path, body, "2023-04-19")
    assert ("2023-W15", {"SA", "YE"}) in found, found
