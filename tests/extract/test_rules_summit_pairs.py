"""A summit of two states and the talks of those two states on its day are one act
(:func:`timeline.extract.coreference._the_summits_pair`, forty-fourth pass): one event per
real-world event per document. The sentences are the project's own, after the pattern of
the tuning texts; the last tests keep the talks that are acts of their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event, EventKind

from .conftest import article_events

GATHERINGS = {EventKind.summit, EventKind.meeting, EventKind.forum}


def _gatherings(found: list[Event], day: str) -> list[Event]:
    return [e for e in found if e.kind in GATHERINGS and e.date.value == day]


def test_a_summit_of_two_and_their_talks_are_one_event(tmp_path: Path) -> None:
    body = (
        "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held "
        "a summit in Seoul on Sunday. Yoon held talks with Kishida on Sunday on security "
        "and on trade."
    )
    found = article_events(tmp_path, body, "2023-05-08")
    assert [e.kind for e in _gatherings(found, "2023-05-07")] == [EventKind.summit]


@pytest.mark.parametrize(
    ("body", "published", "day"),
    [
        (  # talks on the summit's sidelines
            "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida "
            "held a summit in Seoul on Sunday. On the sidelines, Yoon met Kishida on Sunday to "
            "discuss trade.",
            "2023-05-08",
            "2023-05-07",
        ),
        (  # talks with an organization at its summit
            "The 24th EU-China summit was held in Beijing on Thursday. Chinese President Xi "
            "Jinping held talks with European Council President Charles Michel and European "
            "Commission President Ursula von der Leyen in Beijing on Thursday.",
            "2023-12-08",
            "2023-12-07",
        ),
    ],
)
def test_talks_of_their_own_stay_an_event(
    tmp_path: Path, body: str, published: str, day: str
) -> None:
    assert len(_gatherings(article_events(tmp_path, body, published), day)) == 2
