"""A conference named with capitals is a gathering (seventieth pass).

"the Munich Security Conference", "the 35th Ministerial Conference of La Francophonie", "the
4th Indian Ocean Conference": the fifty-nine's gold lists such conferences as meetings,
forums or summits, one kind class; no rule read them before. A press, news or video
conference is not one (the statement rules read the first two), nor a venue ("Conference
Centre") or an organization named after one ("the Organisation of Islamic Conference").
The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def forums(tmp_path: Path, body: str, published: str) -> list[str]:
    return [day for day, _ in dated_sides(tmp_path, body, published, "forum")]


def test_a_named_conference_is_a_gathering(tmp_path: Path) -> None:
    body = (
        "Georgian President Salome Zourabichvili will attend the Munich Security Conference "
        "on Saturday, where she plans to meet European leaders."
    )
    assert forums(tmp_path, body, "2024-02-14") == ["2024-02-17"]
    body = (
        "Prime Minister Ranil Wickremesinghe will also chair the 4th Indian Ocean Conference, "
        "scheduled to be held from 3-4 September in Male."
    )
    assert forums(tmp_path, body, "2019-09-02") == ["2019-09-03/2019-09-04"]


def test_a_press_conference_a_venue_or_a_body_is_none(tmp_path: Path) -> None:
    body = (
        "Kenya's foreign minister spoke at a Joint Press Conference in Nairobi on Friday with "
        "his Ugandan counterpart."
    )
    assert forums(tmp_path, body, "2024-02-14") == []
    body = "The leaders of Ghana and Togo met at the Accra International Conference Centre."
    assert forums(tmp_path, body, "2024-02-14") == []
    body = "Saudi Arabia hosted the Organisation of Islamic Conference in Jeddah on Monday."
    assert forums(tmp_path, body, "2024-02-14") == []
