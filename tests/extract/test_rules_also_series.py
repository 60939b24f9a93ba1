"""An undated contact or gathering told with "also" right before its verb goes on with the
one the article told last: it takes that act's day ("The Prime Minister also met with the
leaders of Algeria, Morocco, Tunisia and Estonia" after the talks of the day on the sidelines
of the AU summit; fifty-ninth pass). Not when its sentence puts it at a time of its own
("has also visited Eritrea recently": ``series_breaks`` of ``data/anchoring_words.yaml``).

Sentences of the tuning sets (test-t, african-union_20; test-u, horn-of-africa_18), the
article shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides

_LEDE = (
    "Prime Minister Abiy Ahmed today held talks with presidents of different African "
    "countries on the sidelines of the 32nd African Union summit. He conferred with "
    "President of Botswana Mokgweetsi Masisi and President of Djibouti Ismail Omar Guelleh. "
    "The discussion was mainly focused on bilateral, continental and other related issues. "
)


def test_an_also_meeting_takes_the_day_of_the_talks_told_before(tmp_path: Path) -> None:
    body = _LEDE + (
        "The Prime Minister also met with the leaders of Algeria, Morocco, Tunisia and "
        "Estonia to discuss various issues of mutual interest."
    )
    found = dated_sides(tmp_path, body, "2019-02-11", "meeting")
    # one meeting per listed leader (counterparts.py, sixty-eighth pass), each of that day
    for state in ("DZ", "MA", "TN", "EE"):
        assert any(date == "2019-02-11" and state in sides for date, sides in found), found


@pytest.mark.parametrize(
    ("last", "dated"),
    [
        ("Somali President Mohamed Abdullahi Farmajo also visited Eritrea.", True),
        ("Somali President Mohamed Abdullahi Farmajo has also visited Eritrea recently.", False),
        ("Earlier, Somali President Mohamed Abdullahi Farmajo also visited Eritrea.", False),
    ],
)
def test_an_also_act_at_a_time_of_its_own_takes_no_day_of_the_series(
    tmp_path: Path, last: str, dated: bool
) -> None:
    found = dated_sides(tmp_path, _LEDE + last, "2019-02-11", "visit")
    assert (("2019-02-11", {"SO", "ER"}) in found) is dated, found
