"""A visit's mention dated by one day of its counted stay takes the stay's days (issue #12,
sixty-fifth pass).

"Visiting Sri Lankan President Maithripala Sirisena and Prime Minister Sheikh Hasina are now
in a bilateral meeting" beside "President Sirisena arrived in Dhaka yesterday on a three-day
state visit" (UNB, Dhaka, 2017-07-14): the merge keeps the most precise date, so the
meeting's day undid the stay's count, and the visit was dated 13 July alone.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_a_mention_of_the_visit_on_one_of_its_days_takes_the_stay(tmp_path: Path) -> None:
    body = (
        "Visiting Sri Lankan President Maithripala Sirisena and Prime Minister Sheikh Hasina "
        "are now in a bilateral meeting at the Prime Minister's Office in Dhaka.\n\n"
        "President Sirisena arrived in Dhaka yesterday on a three-day state visit, "
        "highlighting the growing ties between Dhaka and Colombo."
    )
    visits = [e for e in events(tmp_path, body, "2017-07-14") if e.kind.value == "visit"]
    assert [(v.date.value, v.countries) for v in visits] == [
        ("2017-07-13/2017-07-15", ["BD", "LK"])
    ]


def test_a_leg_of_a_tour_keeps_its_own_day(tmp_path: Path) -> None:
    body = (
        "South Korean President Yoon Suk Yeol will pay state visits to Turkmenistan, "
        "Kazakhstan and Uzbekistan from Monday through Saturday.\n\n"
        "Yoon Suk Yeol's trip begins with a visit to Turkmenistan on Monday."
    )
    visits = {
        e.date.value
        for e in events(tmp_path, body, "2024-06-07")
        if e.kind.value == "visit" and e.countries == ["KR", "TM"]
    }
    assert visits == {"2024-06-10"}
