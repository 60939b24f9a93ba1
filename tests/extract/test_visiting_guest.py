"""The guest "visiting" names, wherever the hosts are named (issue #12, sixty-fifth pass).

Real ledes read as a user reads the output: "Visiting Sri Lankan President Maithripala
Sirisena and Prime Minister Sheikh Hasina are now in a bilateral meeting" (UNB, Dhaka,
2017-07-14) was titled "Hasina's visit to Sri Lanka"; "President Bidya Devi Bhandari and
her visiting Chinese counterpart Xi Jinping held bilateral talks at ..., Kathmandu" (2019-10-12)
"Bhandari, Nepal and Taiwan's visit to China" (the page wrote "the People Republic of
China", read as Taiwan's "Republic of China").
"""

from __future__ import annotations

from pathlib import Path

from timeline.gazetteer import find_actors

from .conftest import article_events as events


def _visits(tmp_path: Path, body: str, published: str) -> list[tuple[str, str]]:
    return [
        (e.date.value, e.title)
        for e in events(tmp_path, body, published)
        if e.kind.value == "visit"
    ]


def test_visiting_opening_its_clause_names_the_guest(tmp_path: Path) -> None:
    body = (
        "Visiting Sri Lankan President Maithripala Sirisena and Prime Minister Sheikh Hasina "
        "are now in a bilateral meeting at the Prime Minister's Office in Dhaka."
    )
    titles = {title for _, title in _visits(tmp_path, body, "2017-07-14")}
    assert titles <= {"Sirisena's visit to Bangladesh"}


def test_her_visiting_counterpart_is_the_guest_of_the_place(tmp_path: Path) -> None:
    body = (
        "KATHMANDU: President Bidya Devi Bhandari and her visiting Chinese counterpart Xi "
        "Jinping held bilateral talks at Rastrapati Bhavan in Sheetal Niwas, the former "
        "official residence in Maharajgunj, Kathmandu this evening."
    )
    found = [e for e in events(tmp_path, body, "2019-10-12") if e.kind.value == "visit"]
    assert found
    for visit in found:
        roles = {p.id: p.role for p in visit.participants if p.type.value == "country"}
        assert roles == {"CN": "visitor", "NP": "host"}


def test_the_visiting_guest_met_by_a_named_host_still_reads(tmp_path: Path) -> None:
    body = "India's Prime Minister met the visiting Japanese Prime Minister in Delhi on Monday."
    titles = {title for _, title in _visits(tmp_path, body, "2023-03-21")}
    assert titles and all("to India" in t for t in titles)


def test_the_peoples_republic_without_its_possessive_is_china() -> None:
    text = "The President of the People Republic of China, Xi Jinping, is on a state visit."
    assert [(m.id, m.text) for m in find_actors(text)] == [
        ("CN", "People Republic of China"),
        ("xi-jinping", "Xi Jinping"),
    ]
    text = "Peoples Republic of China and the Republic of China"
    assert [m.id for m in find_actors(text)] == ["CN", "TW"]
