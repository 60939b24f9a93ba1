"""Two visits told in one clause keep their own places (issue #12, sixty-seventh pass).

A place named after a visit's noun or verb ("a visit to Turkey") is that visit's goal, no
side of another visit the clause tells: "official visit to the Republic of Austria, state
visits to the Italian Republic and the Vatican" was "Thuong, Italy and the Holy See's
official visit to Austria" and "Thuong and Austria's state visit to the Holy See" (SGGP,
Ho Chi Minh City, 2023); "The Jordanian minister's visit to Syria will be followed by a
visit to Turkey" was one visit of Jordan and Türkiye to Syria.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _visits(tmp_path: Path, body: str, published: str) -> dict[str, dict[str, str]]:
    found = [e for e in events(tmp_path, body, published) if e.kind.value == "visit"]
    return {
        e.title: {p.id: p.role.value for p in e.participants if p.type.value == "country"}
        for e in found
    }


def test_an_official_visit_and_state_visits_in_one_sentence(tmp_path: Path) -> None:
    body = (
        "This was the main purpose of State President Vo Van Thuong's official visit to the "
        "Republic of Austria, state visits to the Italian Republic and the Vatican from July "
        "23 to 28."
    )
    assert _visits(tmp_path, body, "2023-10-27") == {
        "Thuong's official visit to Austria": {"VN": "visitor", "AT": "host"},
        "Thuong's state visit to Italy": {"VN": "visitor", "IT": "host"},
        "Thuong's state visit to the Holy See": {"VN": "visitor", "VA": "host"},
    }


def test_a_visit_followed_by_a_visit_to_another_state(tmp_path: Path) -> None:
    body = (
        "The Jordanian minister's visit to Syria will be followed by a visit to Turkey, where "
        "he is scheduled to discuss the humanitarian situation."
    )
    visits = list(_visits(tmp_path, body, "2023-02-14").values())
    assert {"JO": "visitor", "SY": "host"} in visits
    assert all(sides.get("TR") != "visitor" for sides in visits)


def test_a_visit_told_after_the_visit_of_the_lede(tmp_path: Path) -> None:
    body = (
        "Oman Foreign Minister Yusuf bin Alawi arrived in Tehran on Monday for talks with "
        "Iran's leadership, following his visit to the US last week."
    )
    hosted_by_iran = [
        sides
        for sides in _visits(tmp_path, body, "2019-12-03").values()
        if sides.get("IR") == "host"
    ]
    assert hosted_by_iran == [{"OM": "visitor", "IR": "host"}]
