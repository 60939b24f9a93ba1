"""Event status from tense, cues and the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.context import status_for
from timeline.model import EventDate, Status

PUBLISHED = date(2025, 7, 28)


@pytest.mark.parametrize(
    ("before", "trigger", "after", "value", "status"),
    [
        # the trigger is a past verb; the purpose after it ("to meet") is not its status
        (
            "Tokayev ",
            "arrived in",
            " Ankara on July 28 for a two-day visit to meet Erdoğan",
            "2025-07-28",
            Status.occurred,
        ),
        (
            "The leaders ",
            "signed",
            " a declaration to hold talks next year",
            "2025-07-28",
            Status.occurred,
        ),
        # future words before the trigger still win
        (
            "The ministers are expected to have ",
            "signed",
            " it by then",
            "2025-07-28",
            Status.planned,
        ),
        ("The delegations were to ", "sign", " numerous documents", "2025-07-28", Status.planned),
        # a date after publication is planned whatever the tense
        ("Erdoğan ", "visited", " Astana on July 30", "2025-07-30", Status.planned),
        ("The summit, which ", "was postponed", " to autumn", "2025-07-28", Status.postponed),
        ("The ", "summit", " will take place on July 28", "2025-07-28", Status.planned),
        ("The ", "summit", " took place in May", "2025-05", Status.occurred),
    ],
)
def test_status(before: str, trigger: str, after: str, value: str, status: Status) -> None:
    got = status_for(
        before + trigger + after,
        EventDate.from_value(value),
        PUBLISHED,
        before=before,
        trigger=trigger,
    )
    assert got is status
