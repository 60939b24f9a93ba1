"""A gathering's day told in a phrase attached right after its noun: "will arrive in Lima
on Thursday for the APEC summit, which opens on Friday". That day names the summit (a
candidate's ``date_named``), so the date choice does not move it to the day of the journey
the sentence also tells (:func:`timeline.extract.stays.held_on`; issue #12's "the travel day
taken for the event day"). Sentences of our own (fifty-seventh session, 2026-12-06),
published on Tuesday 12 November 2024.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.stays import held_on
from timeline.model import EventKind

from .conftest import article_events

_PUBLISHED = "2024-11-12"


def _summits(tmp_path: Path, body: str) -> list[str]:
    return [
        e.date.value
        for e in article_events(tmp_path, body, _PUBLISHED)
        if e.kind is EventKind.summit
    ]


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        ("Ishiba will arrive in Lima on Thursday for the APEC summit, which opens on Friday.",
         "2024-11-15"),
        ("Ishiba will arrive in Lima on Thursday for the APEC summit, to be held on Friday.",
         "2024-11-15"),
        ("Ishiba will travel to Lima on Thursday to attend the APEC summit, scheduled for "
         "Friday.", "2024-11-15"),
        ("Ishiba will arrive in Lima on Thursday for the two-day APEC summit starting Friday.",
         "2024-11-15/2024-11-16"),
    ],
)  # fmt: skip
def test_the_day_told_after_the_noun_dates_the_summit(
    tmp_path: Path, body: str, dated: str
) -> None:
    assert _summits(tmp_path, body) == [dated]


def test_a_day_told_with_the_summit_itself_stays(tmp_path: Path) -> None:
    body = "Ishiba will arrive in Lima on Thursday for the APEC summit on Friday."
    assert _summits(tmp_path, body) == ["2024-11-15"]


@pytest.mark.parametrize(
    ("text", "noun", "day", "told"),
    [
        ("the summit of the Shanghai Cooperation Organisation, which will take place on 4 July",
         "summit", "4 July", True),
        ("the talks, which are due to be held in March", "talks", "March", True),
        ("the summit, which ended a feud begun in 2009", "summit", "2009", False),
        ("the summit, where leaders met on Friday", "summit", "Friday", False),
    ],
)  # fmt: skip
def test_only_a_phrase_of_its_taking_place_tells_its_day(
    text: str, noun: str, day: str, told: bool
) -> None:
    end = text.index(noun) + len(noun)
    assert held_on(text, end, text.index(day)) is told
