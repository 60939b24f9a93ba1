"""One visit told on two near days keeps the day its start is told (issue #12).

"Joe Biden arrived in Angola Monday" then "On Wednesday, the 82-year-old is due to travel
to Lobito" (AFP, 2024-12-02): the programme's later day read as a second visit of the same
sides, which the gold does not count (:mod:`timeline.extract.visit_days`).
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.visit_days import fold_exercise_days, fold_visit_days
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


def _exercises(tmp_path: Path, body: str, published: str) -> list[tuple[str, list[str]]]:
    return sorted(
        (e.date.value, e.countries)
        for e in events(tmp_path, body, published)
        if e.kind.value == "exercise"
    )


def test_a_later_day_of_an_exercise_folds_into_its_start(tmp_path: Path) -> None:
    """An official watching the drills on a later day tells no second exercise (corpus-extra
    01, Anadolu Agency, 2021-03-23)."""
    body = (
        "ANKARA- A Turkish Armed Forces joint military exercise with Uzbek troops started on "
        "March 22 in the southern Uzbek city of Tirmiz.\n\n"
        "Turkish Chief of General Staff Gen. Yaşar Güler will arrive in Uzbekistan on Tuesday "
        "and follow the joint exercises on March 25."
    )
    assert _exercises(tmp_path, body, "2021-03-23") == [("2021-03-22", ["TR", "UZ"])]


def test_the_programme_of_the_drills_on_a_later_day_folds(tmp_path: Path) -> None:
    """What troops will do "during the drills", told in the future on the day after the
    drills began, is the exercise begun before (test-f, AFP, 2024-07-10)."""
    body = (
        "ASTANA, (Kazakhstan): Kazakhstan and Kyrgyzstan on Tuesday held joint drills with "
        "land, naval and air forces for the first time.\n\n"
        "Kyrgyzstan’s defence ministry said that during the drills, troops will “liberate "
        "an island captured by terrorists” and “carry out operations to ensure security at "
        "sea”."
    )
    assert _exercises(tmp_path, body, "2024-07-10") == [("2024-07-09", ["KG", "KZ"])]


def test_exercises_of_other_sides_or_days_before_stay_apart() -> None:
    def drill(day: str, start: int, sides: list[str]) -> Event:
        return Event.model_validate(
            {
                "id": f"x{start}",
                "kind": "exercise",
                "title": "Drill",
                "status": "occurred",
                "date": {"value": day},
                "participants": [{"id": s, "type": "country"} for s in sides],
                "sources": [{"document": "d", "quote": "drill", "start": start, "end": start + 5}],
            }
        )

    # another pair of states' drill two days later is another exercise
    assert (
        len(
            fold_exercise_days(
                [drill("2020-01-22", 0, ["JP", "US"]), drill("2020-01-24", 50, ["IN", "US"])]
            )
        )
        == 2
    )
    # a day before the one told first is not one of its later days
    assert (
        len(
            fold_exercise_days(
                [drill("2020-01-24", 0, ["JP", "US"]), drill("2020-01-22", 50, ["JP", "US"])]
            )
        )
        == 2
    )
    # nor a day more than four days after it, nor a span of days of its own
    assert (
        len(
            fold_exercise_days(
                [drill("2020-01-22", 0, ["JP", "US"]), drill("2020-01-27", 50, ["JP", "US"])]
            )
        )
        == 2
    )
    assert (
        len(
            fold_exercise_days(
                [
                    drill("2020-01-22", 0, ["JP", "US"]),
                    drill("2020-01-23/2020-01-25", 50, ["JP", "US"]),
                ]
            )
        )
        == 2
    )
    # the same sides one to four days on: one exercise, dated by its first day
    (one,) = fold_exercise_days(
        [drill("2020-01-22", 0, ["JP", "US"]), drill("2020-01-26", 50, ["JP", "US"])]
    )
    assert (one.date.value, len(one.sources)) == ("2020-01-22", 2)
