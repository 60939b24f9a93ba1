"""One visit told on two near days keeps the day its start is told (issue #12).

"Joe Biden arrived in Angola Monday" then "On Wednesday, the 82-year-old is due to travel
to Lobito" (AFP, 2024-12-02): the programme's later day read as a second visit of the same
sides, which the gold does not count (:mod:`timeline.extract.visit_days`).
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.visit_days import fold_visit_days
from timeline.model import Event

from .conftest import article_events as events


def _visits(tmp_path: Path, body: str, published: str) -> list[tuple[str, list[str]]]:
    return sorted(
        (e.date.value, e.countries)
        for e in events(tmp_path, body, published)
        if e.kind.value == "visit"
    )


def test_a_later_day_of_the_programme_folds_into_the_arrival(tmp_path: Path) -> None:
    body = (
        "Luanda: Joe Biden arrived in Angola Monday on his first and only trip to sub-Saharan "
        "Africa as president that is intended to underline US ambitions in Africa.\n\n"
        "On Wednesday, the 82-year-old is due to travel to Lobito, another port city about "
        "500 kilometres (310 miles) south of Luanda, to highlight US investments in the region."
    )
    assert _visits(tmp_path, body, "2024-12-02") == [("2024-12-02", ["AO", "US"])]


def test_formal_events_of_the_next_day_fold_into_the_arrival(tmp_path: Path) -> None:
    body = (
        "JAKARTA - President Ferdinand Marcos Jr. on Sunday arrived in Indonesia for his first "
        "state since assuming power on June 30.\n\n"
        "Aside from meeting his Indonesian counterpart, Marcos will also spend time with the "
        "business sector and the Filipino community in Southeast Asia's largest economy.\n\n"
        "Marcos will kick off his visit with a meeting with the Filipino community in a hotel "
        "in the capital Jakarta.\n\n"
        "Formal events will begin on Monday, Sept. 5, when Marcos will travel to the Kalibata "
        "National Heroes' Memorial Park for a wreath-laying ceremony before he meets with "
        "Indonesian President Joko Widodo for the first time in Bogor Palace."
    )
    assert _visits(tmp_path, body, "2022-09-04") == [("2022-09-04", ["ID", "PH"])]


def test_an_arrival_after_a_departure_is_not_folded(tmp_path: Path) -> None:
    body = (
        "Agadir - A Moroccan diplomatic delegation has left for Israel, an Israeli news "
        "channel has reported.\n\n"
        "According to I24, the Moroccan delegation, which is expected to arrive on Tuesday, "
        "is visiting Israel to prepare for the opening of the Moroccan Liaison Office in "
        "Tel Aviv."
    )
    assert ("2021-02-09", ["IL", "MA"]) in _visits(tmp_path, body, "2021-02-08")


def _visit(day: str, person: str, quote: str, start: int) -> Event:
    return Event.model_validate(
        {
            "id": f"{person}-{start}",
            "kind": "visit",
            "title": "Visit",
            "status": "planned",
            "date": {"value": day},
            "participants": [
                {"id": person, "type": "person", "role": "visitor", "name": person.title()},
                {"id": "US", "type": "country", "role": "visitor"},
                {"id": "IN", "type": "country", "role": "host"},
            ],
            "sources": [
                {"document": "d", "quote": quote, "start": start, "end": start + len(quote)}
            ],
        }
    )


def test_two_people_of_one_side_arriving_on_two_days_stay_apart() -> None:
    austin = _visit("2023-11-09", "lloyd-austin", "Austin will arrive in New Delhi today", 0)
    blinken = _visit(
        "2023-11-10", "antony-blinken", "Blinken will arrive in New Delhi tomorrow", 90
    )
    assert len(fold_visit_days([austin, blinken])) == 2
    again = _visit("2023-11-10", "lloyd-austin", "On Friday, Austin will travel to Agra", 90)
    assert [e.date.value for e in fold_visit_days([austin, again])] == ["2023-11-09"]


def test_a_later_day_folds_into_a_visit_told_by_its_flight(tmp_path: Path) -> None:
    body = (
        "Portuguese President Marcelo Rebelo de Sousa flew to Maputo on Monday for an "
        "official visit to Mozambique at the invitation of President Filipe Nyusi.\n\n"
        "On Wednesday, the Portuguese president will travel to Beira to visit the port and "
        "meet the Portuguese community in Mozambique."
    )
    assert _visits(tmp_path, body, "2019-07-08") == [("2019-07-08", ["MZ", "PT"])]


def test_a_welcome_opens_the_counted_days_of_the_visit(tmp_path: Path) -> None:
    body = (
        "Kenyan President William Ruto welcomed Ghanaian President Nana Akufo-Addo for an "
        "official two-day visit on Tuesday at State House in Nairobi."
    )
    assert _visits(tmp_path, body, "2023-05-09") == [("2023-05-09/2023-05-10", ["GH", "KE"])]


def test_a_visit_told_by_its_end_folds_into_its_start(tmp_path: Path) -> None:
    body = (
        "President Droupadi Murmu concluded her official visit to Timor-Leste on Sunday and "
        "departed for New Zealand.\n\n"
        "The visit began on August 10th. During the visit, President Murmu held a bilateral "
        "meeting with President Jose Ramos-Horta."
    )
    visits = [
        (e.date.value, e.countries, e.title)
        for e in events(tmp_path, body, "2024-08-11")
        if e.kind.value == "visit" and "TL" in e.countries
    ]
    assert visits == [("2024-08-10", ["IN", "TL"], "Murmu's visit to Timor-Leste")]


def test_a_later_day_told_without_direction_folds_into_the_arrival(tmp_path: Path) -> None:
    # a sentence naming the visit without its visitor and host ("In the course of his
    # visit", "Yoon and the king will visit ...") is a day of the visit told first
    body = (
        "KATHMANDU: United Nations Secretary-General Antonio Guterres has arrived in Kathmandu "
        "on a four-day official visit.\n\n"
        "In the course of his visit, the Secretary-General will move to Namche, Pokhara, "
        "Annapurna Base Camp and Lumbini on Monday."
    )
    assert [day for day, _ in _visits(tmp_path, body, "2023-10-29")] == ["2023-10-29"]


def _yoon(day: str, quote: str, start: int, directed: bool) -> Event:
    roles = ("visitor", "host") if directed else ("participant", "participant")
    return Event.model_validate(
        {
            "id": f"yoon-{start}",
            "kind": "visit",
            "title": "Visit",
            "status": "planned",
            "date": {"value": day},
            "participants": [
                {"id": "KR", "type": "country", "role": roles[0]},
                {"id": "NL", "type": "country", "role": roles[1]},
            ],
            "sources": [
                {"document": "d", "quote": quote, "start": start, "end": start + len(quote)}
            ],
        }
    )


def test_a_later_day_folds_into_a_visit_told_by_its_counted_days() -> None:
    told = _yoon(
        "2023-12-11",
        "President Yoon Suk Yeol will embark for four-day state visit to the Netherlands "
        "from Monday",
        0,
        directed=True,
    )
    later = _yoon(
        "2023-12-12",
        "On Tuesday, Yoon and the king will visit the headquarters of top chip-making "
        "equipment manufacturer ASML in Veldhoven",
        300,
        directed=False,
    )
    (visit,) = fold_visit_days([told, later])
    assert (visit.date.value, len(visit.sources)) == ("2023-12-11", 2)
