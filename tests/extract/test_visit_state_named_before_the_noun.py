"""A visit whose noun has the state visited as its attribute, after "the" or a possessive,
is hosted by that state: "the Vietnam visit by Egyptian President El-Sisi in September 2017
and the Egypt visit by President Tran Dai Quang in August 2018" (Vietnam+ / VNA, 2020-06-08,
a fresh report of the seventy-third pass) are El-Sisi's visit to Vietnam and Quang's to
Egypt, not two visits "involving el-Sisi, Quang and Vietnam"
(:func:`timeline.extract.visit_sides._state_named_before_the_noun`).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events


def _visits(tmp_path: Path, body: str, published: str) -> list[tuple[str, list[str]]]:
    found = article_events(tmp_path, body, published)
    return [
        (e.date.value, sorted(p.id for p in e.participants if p.role.value == "host"))
        for e in found
        if e.kind.value == "visit"
    ]


def test_the_state_named_before_the_noun_hosts_the_visit(tmp_path: Path) -> None:
    body = (
        "Both sides expressed their satisfaction at the development of bilateral traditional "
        "friendship over the past years, particularly via the Vietnam visit by Egyptian "
        "President El-Sisi in September 2017 and the Egypt visit by President Tran Dai Quang "
        "in August 2018."
    )
    visits = dict(_visits(tmp_path, body, "2020-06-08"))
    assert "VN" in visits["2017-09"] and "EG" not in visits["2017-09"]
    assert "EG" in visits["2018-08"] and "VN" not in visits["2018-08"]


def test_a_demonym_before_the_noun_names_no_host(tmp_path: Path) -> None:
    body = "The Chinese visit to Cairo on Monday was the first since 2016."
    assert all("CN" not in hosts for _, hosts in _visits(tmp_path, body, "2023-05-09"))


def test_a_demonym_before_the_noun_with_its_guest_after_by(tmp_path: Path) -> None:
    # Laos News Wire, 2022-12-28 (a tuning set's): the demonym with "by" and the guest after
    body = (
        "Political trust between the two Parties and countries has been further strengthened "
        "via meetings and exchange of all-level delegations, especially the Lao visit by "
        "President Nguyen Xuan Phuc in August 2021 and the Vietnam visit by President of the "
        "Lao National Assembly Xaysomphone Phomvihane in December 2021."
    )
    visits = dict(_visits(tmp_path, body, "2022-12-28"))
    assert "LA" in visits["2021-08"] and "VN" not in visits["2021-08"]
