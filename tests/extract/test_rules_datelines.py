"""A dateline's date is the day of the telling: a date the sentence writes for its act wins.

"Tarawa, 28 May 2022 (TDI): The President ... met with ... Wang Yi ... on May 27, 2022",
"Nov 30th, 2019 (SSNN)-The 13th Ordinary Summit ... was held on 29 November 2019": the
date before the agency and the dash opens the story (:func:`.date_positions.is_dateline`); it
dates the act only when its sentence writes no other date (``Dating._own_dates`` ranks
it last). The sentences are those of articles of the tuning sets (test-an, test-y,
test-j), cut to what the rule reads.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def test_the_day_the_sentence_writes_dates_the_meeting_not_the_dateline(tmp_path: Path) -> None:
    body = (
        "Tarawa, 28 May 2022 (TDI): The President and Foreign Minister of Kiribati, Taneti "
        "Maamau, met with State Councilor and Foreign Minister of China Wang Yi, at the "
        "President's official house in Tarawa on May 27, 2022, accompanied by numerous "
        "Kiribati cabinet ministers."
    )
    found = article_events(tmp_path, body, "2022-05-28")
    assert [e.date.value for e in found if e.kind is EventKind.meeting] == ["2022-05-27"]


def test_a_dateline_with_its_agency_and_a_dash(tmp_path: Path) -> None:
    body = (
        "Nov 30th, 2019 (SSNN)-The 13th Ordinary Summit of the IGAD Heads of State and "
        "Government was held on 29 November 2019 in Addis Ababa, Ethiopia."
    )
    found = article_events(tmp_path, body, "2019-11-30")
    assert [e.date.value for e in found if e.kind is EventKind.summit] == ["2019-11-29"]


def test_a_bracketed_dateline(tmp_path: Path) -> None:
    body = (
        "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana – Wednesday, 7 July 2021)"
        "   –   The Forty-Second Regular Meeting of the Conference of Heads of Government of the "
        "Caribbean Community (CARICOM) was held virtually on 5-6 July 2021."
    )
    found = article_events(tmp_path, body, "2021-07-07")
    # a meeting of the Conference of Heads of Government is the summit it is (thirty-sixth
    # session): the gathering's one date is the text's, not the dateline's
    dates = {e.date.value for e in found if e.kind in (EventKind.meeting, EventKind.summit)}
    assert dates == {"2021-07-05/2021-07-06"}


def test_a_dateline_alone_still_dates_the_act(tmp_path: Path) -> None:
    body = (
        "MOSCOW, March 27 (Xinhua) -- Russian Foreign Minister Sergei Lavrov met his Kyrgyz "
        "counterpart in Moscow, the ministry said."
    )
    found = article_events(tmp_path, body, "2019-03-27")
    assert "2019-03-27" in {e.date.value for e in found if e.kind is EventKind.meeting}


def test_a_weekday_dateline_with_its_place_dates_no_act(tmp_path: Path) -> None:
    """ "Thursday, February 14, Vilnius - On February 21-22, ...": the day and the place
    before the dash are the telling's; the meeting told in the same sentence is the
    visit's, not of the day of the telling (test-ba, thirty-third pass)."""
    body = (
        "Thursday, February 14, Vilnius - On February 21-22, President Dalia Grybauskaite "
        "will go on a state visit to Poland where she will meet with the leaders of Poland: "
        "President Andrzej Duda and Prime Minister Mateusz Morawiecki."
    )
    found = article_events(tmp_path, body, "2019-02-14")
    assert found
    assert {e.date.value for e in found} == {"2019-02-21/2019-02-22"}


def test_an_opening_date_with_a_dash_later_is_no_dateline(tmp_path: Path) -> None:
    """ "On March 3, Prime Minister Modi - who ..." opens with the act's own day, not a
    dateline's (review33 finding 4)."""
    body = (
        "On March 3, Prime Minister Modi - who arrived on Friday - visited Pakistan and held "
        "talks with Imran Khan."
    )
    found = article_events(tmp_path, body, "2023-03-20")
    assert "2023-03-03" in {e.date.value for e in found if e.kind is EventKind.meeting}


def test_an_outlets_bracket_after_the_place_is_a_dateline(tmp_path: Path) -> None:
    """ "Jeddah (UrduPoint / Pakistan Point News - 16th December, 2021) The Secretary-General
    ... received ... today, December 15, 2021": the bracket's day is the telling's, the
    day the sentence writes for the reception wins (test-ag, sixty-seventh pass)."""
    body = (
        "Jeddah (UrduPoint / Pakistan Point News - 16th December, 2021) The Secretary-General "
        "of the Organization of Islamic Cooperation (OIC), H.E. Hissein Brahim Taha, received "
        "Mr. Jaafar Muhammad Jaafar, Consul-General of the Hashemite Kingdom of Jordan in "
        "Jeddah, and its permanent representative to the OIC, today, December 15, 2021, at the "
        "OIC's General Secretariat headquarters."
    )
    found = article_events(tmp_path, body, "2021-12-16")
    assert [e.date.value for e in found if e.kind is EventKind.meeting] == ["2021-12-15"]
