"""The place of a visit is the place visited: not the home its visitor returns to
(:func:`timeline.extract.actors.choose_location`, fortieth pass). The first sentences are
the project's own and of horn-of-africa_37 (test-ai); the last keeps the place a return
leads to when talks are held there.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _places(tmp_path: Path, body: str, published: str, kind: EventKind) -> list[str | None]:
    found = article_events(tmp_path, body, published)
    return [e.location.name if e.location else None for e in found if e.kind is kind]


def test_the_home_returned_to_is_no_place_of_the_visit(tmp_path: Path) -> None:
    body = "President Tinubu returned to Abuja on Thursday after a four-day visit to South Africa."
    assert _places(tmp_path, body, "2024-07-03", EventKind.visit) == [None]


def test_the_home_returned_to_concluding_a_visit(tmp_path: Path) -> None:
    body = (
        "The Eritrean President Isaias Afwerki has returned to Asmara today concluding his "
        "three-day official visit to Ethiopia."
    )
    assert "Asmara" not in _places(tmp_path, body, "2020-05-05", EventKind.visit)


def test_talks_held_where_the_minister_returns(tmp_path: Path) -> None:
    body = (
        "Iranian Foreign Minister Mohammad Javad Zarif will return to Tehran next week where "
        "he will host talks with EU foreign policy chief Federica Mogherini."
    )
    assert "Tehran" in _places(tmp_path, body, "2015-07-25", EventKind.meeting)


def test_the_visitors_own_capital_arrived_in_is_no_place_of_the_visit(tmp_path: Path) -> None:
    # a return home told with "arrived in" (fresh news, seventy-third pass): the visit is to
    # Laos, the capital arrived in is the visitor's own
    body = (
        "Prime Minister Pham Minh Chinh and his entourage arrived in Hanoi this Friday "
        "afternoon, successfully completing their business trip to attend the 44th and 45th "
        "ASEAN Summit and related meetings in Vientiane, Laos, from October 8 to 11."
    )
    assert "Hanoi" not in _places(tmp_path, body, "2024-10-11", EventKind.visit)
