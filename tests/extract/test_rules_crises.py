"""A crisis is a conflict only between sides named right after it (the rule ``conflict``'s
guard :func:`timeline.extract.topics.a_crisis_between_sides`, seventy-third pass): a crisis
told otherwise is as often an economic, a political, a diplomatic or a humanitarian one as
a war. Real sentences of English news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "DOHA: Qatar has received Bahrain's first ambassador to the country since the end of "
            "the 2017 Gulf crisis, marking a new chapter in relations between the two countries.",
            "2023-09-05",
        ),
        (
            "The 10 members of the International Atomic Energy Agency (IAEA) inspection team "
            "will be going to North Korea to verify the shut down has taken place. The "
            "inspectors were forced to leave North Korea in late 2002 when this crisis began.",
            "2007-07-15",
        ),
    ],
)
def test_a_crisis_of_no_sides_named_is_no_conflict(
    tmp_path: Path, body: str, published: str
) -> None:
    assert dated_sides(tmp_path, body, published, "conflict") == []


def test_a_crisis_between_two_states_is_a_conflict(tmp_path: Path) -> None:
    body = (
        "Notably, Ankara tried to take on a mediating role in the 2022 crisis between "
        "Kyrgyzstan and Tajikistan."
    )
    found = dated_sides(tmp_path, body, "2023-03-20", "conflict")
    assert [(date, {"KG", "TJ"} <= sides) for date, sides in found] == [("2022", True)]
