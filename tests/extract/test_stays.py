"""A stay whose clause counts its days, or whose sentence names its last day, is dated by
them (:mod:`timeline.extract.stays`; issue #12, failure class 4, multi-day spans;
docs/extraction.md, forty-ninth and fiftieth passes).

Sentences of the tuning sets (their set and article named) and of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.stays import day_of_a_stay, days_of_a_stay, days_until
from timeline.model import EventDate, EventKind
from timeline.temporal import tag

from .conftest import dated_sides


def test_an_arrival_for_a_counted_visit_is_dated_by_its_days(tmp_path: Path) -> None:
    # test-an, great-lakes_35 (published 2024-05-15, a Wednesday)
    body = (
        "Ugandan President Yoweri Museveni arrived in the Kenyan capital of Nairobi on "
        "Wednesday for a three-day state visit."
    )
    assert ("2024-05-15/2024-05-17", {"KE", "UG"}) in dated_sides(
        tmp_path, body, "2024-05-15", "visit"
    )


def test_a_visit_ended_on_its_day_is_dated_by_the_days_before(tmp_path: Path) -> None:
    # test-ba, asean_56 (published 2018-09-04; Monday is 3 September)
    body = "Malaysian Prime Minister Mahathir Mohamad on Monday ended his two-day visit to Brunei."
    assert ("2018-09-02/2018-09-03", {"BN", "MY"}) in dated_sides(
        tmp_path, body, "2018-09-04", "visit"
    )


def test_each_stop_of_a_counted_tour_is_a_visit_of_its_days(tmp_path: Path) -> None:
    # test-e, turkiye_02 (published 2021-02-08): one day alone would date the first stop only
    body = (
        "Turkish Foreign Minister Mevlut Cavusoglu will embark on a three-day Gulf tour on "
        "Tuesday for official visits to Kuwait, Oman and Qatar."
    )
    found = dated_sides(tmp_path, body, "2021-02-08", "visit")
    for host in ("KW", "OM", "QA"):
        assert ("2021-02-09/2021-02-11", {"TR", host}) in found, found


def test_talks_told_with_a_counted_visit_keep_their_day(tmp_path: Path) -> None:
    body = (
        "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit "
        "and held talks with Russian President Vladimir Putin."
    )
    talks = dated_sides(tmp_path, body, "2023-03-20", "meeting")
    assert talks and all("/" not in value for value, _ in talks), talks


def test_a_stay_opened_and_closed_on_days_of_its_own_is_one_visit(tmp_path: Path) -> None:
    # a Malaysian news item of March 2023 (sixty-third pass): "end" is the cue nearest the
    # count, and it closed the stay on Monday too, a second visit of Saturday to Monday
    body = (
        "Malaysian Prime Minister Anwar Ibrahim arrived in Beijing on Monday for a three-day "
        "official visit that will end on Wednesday."
    )
    assert dated_sides(tmp_path, body, "2023-03-27", "visit") == [
        ("2023-03-27/2023-03-29", {"CN", "MY"})
    ]


def test_a_leaving_on_the_one_day_of_a_clause_still_closes_the_stay(tmp_path: Path) -> None:
    # test-au, south-asia_57: "left" opens a stay elsewhere ("left for Paris"); here the
    # clause names one day, so the cue nearest the count tells of it, as before
    body = (
        "External Affairs Minister S Jaishankar on Thursday left for home after wrapping up "
        "his three-day visit to Sri Lanka."
    )
    assert ("2021-01-05/2021-01-07", {"IN", "LK"}) in dated_sides(
        tmp_path, body, "2021-01-07", "visit"
    )


def test_a_stay_without_a_cue_keeps_its_one_day(tmp_path: Path) -> None:
    # test-o, south-asia (the day is the talks', somewhere inside the visit)
    body = (
        "Maldivian President Mohamed Muizzu, who is on a four-day state visit to India, held "
        "talks with Indian Prime Minister Narendra Modi on Monday."
    )
    found = dated_sides(tmp_path, body, "2024-10-07", "meeting")
    assert found and all("/" not in value for value, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "kind", "trigger", "days"),
    [
        # the nearest cue decides: "end" is the meeting's, "kicks off" the summit's
        (
            "The ministers issued no statement at the end of the meeting, which prepared the "
            "two-day summit that kicks off on Tuesday.",
            "summit",
            "summit",
            "2017-12-05/2017-12-06",
        ),
        ("Modi will pay a two-day visit to the Maldives beginning on Tuesday.", "visit", "visit",
         "2017-12-05/2017-12-06"),
        ("Tinubu returned to Abuja on Tuesday after a 4-day visit.", "visit", "visit",
         "2017-12-02/2017-12-05"),
        # returning "from" the stay closes it, though "from" after a count opens one
        ("Tinubu returned to Abuja on Tuesday from a four-day visit.", "visit", "visit",
         "2017-12-02/2017-12-05"),
        ("He will pay a three-day visit to Japan from Tuesday.", "visit", "visit",
         "2017-12-05/2017-12-07"),
        # a count of another class, two counts, one day or too many: no span
        ("The leaders met on Tuesday during a three-day visit.", "meeting", "met", None),
        ("He arrived on Tuesday for a two-day visit and a three-day trip.", "visit", "arrived",
         None),
        ("He arrived on Tuesday for a one-day visit.", "visit", "arrived", None),
        ("He arrived on Tuesday for a 30-day tour.", "visit", "arrived", None),
    ],
)  # fmt: skip
def test_days_of_a_stay(sentence: str, kind: str, trigger: str, days: str | None) -> None:
    at = sentence.index(trigger)
    stay = days_of_a_stay(
        sentence,
        EventKind(kind),
        (0, len(sentence)),
        (at, at + len(trigger)),
        EventDate.from_value("2017-12-05"),
    )
    assert (stay.value if stay else None) == days


def test_a_date_of_more_than_one_day_is_not_counted_again() -> None:
    sentence = "He arrived in May for a three-day visit."
    assert (
        days_of_a_stay(
            sentence, EventKind.visit, (0, len(sentence)), (3, 10), EventDate.from_value("2017-05")
        )
        is None
    )


def test_a_huge_clause_is_read_in_linear_time() -> None:
    # hostile input: one clause of many counts and cues never backtracks without end
    sentence = "arrived for a three-day visit " * 20_000
    assert (
        days_of_a_stay(
            sentence,
            EventKind.visit,
            (0, len(sentence)),
            (0, 7),
            EventDate.from_value("2017-12-05"),
        )
        is None
    )


def test_a_visit_begun_on_its_day_lasts_until_the_day_its_sentence_names(tmp_path: Path) -> None:
    # test-ak, brazil_23 (published 2023-04-22; Friday is 21 April)
    body = (
        "Brazilian President Lula da Silva arrived in Lisbon on Friday to begin an official "
        "visit to Portugal that will last until April 25."
    )
    assert ("2023-04-21/2023-04-25", {"BR", "PT"}) in dated_sides(
        tmp_path, body, "2023-04-22", "visit"
    )


def test_an_act_extended_until_a_day_is_no_stay(tmp_path: Path) -> None:
    body = (
        "Turkish President Recep Tayyip Erdogan visited Baku on Monday, where the mission "
        "was extended until Friday."
    )
    found = dated_sides(tmp_path, body, "2024-05-13", "visit")
    assert found and all("/" not in value for value, _ in found), found


def test_a_meeting_during_a_visit_keeps_its_day(tmp_path: Path) -> None:
    # test-v, russia-central-asia_14: "until" ends the visit, not the talks held on its day
    body = (
        "On Friday, Russian President Vladimir Putin will meet in Moscow with Uzbek President "
        "Shavkat Mirziyoyev, whose visit will last until Saturday."
    )
    talks = dated_sides(tmp_path, body, "2023-10-06", "meeting")
    assert talks and all("/" not in value for value, _ in talks), talks


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Samuelsen arrived on Monday and is visiting the Faroes until Wednesday.", "05-13/05-15"),
        ("Kono arrived on Monday and will remain in the country till Friday.", "05-13/05-17"),
        ("Kono arrived on Monday for a visit through May 17.", "05-13/05-17"),
        # a day more than two weeks on is no stay's
        ("Kono arrived on Monday; the visit will last until June 30.", None),
        # nothing lasting before "until"
        ("Kono arrived on Monday; the deal holds until Friday.", None),
        # the day before the stay's: no span
        ("Kono arrived on Monday and is visiting until Sunday, 12 May.", None),
    ],
)
def test_days_until(sentence: str, days: str | None) -> None:
    monday = EventDate.from_value("2024-05-13")
    at = sentence.index("arrived")
    found = tag(sentence, monday.start)
    stay = days_until(sentence, EventKind.visit, (0, len(sentence)), (at, at + 7), monday, found)
    assert (stay.value.replace("2024-", "") if stay else None) == days


def test_an_act_on_a_day_of_a_visit_told_by_its_rank_takes_that_day(tmp_path: Path) -> None:
    # test-ax, mekong_52: the talks took the visit's two days
    body = (
        "Cambodian Prime Minister Hun Manet recently concluded an official visit to Laos on "
        "25-26 March at the invitation of Lao Prime Minister Sonexay Siphandone.\n\nOn the "
        "first day of his visit, Manet held official talks with Sonexay."
    )
    talks = dated_sides(tmp_path, body, "2024-03-27", "meeting")
    assert talks and all(value == "2024-03-25" for value, _ in talks), talks


@pytest.mark.parametrize(
    ("sentence", "trigger", "day"),
    [
        ("On the second day of his visit, Rabuka met Modi.", "met", "08-25"),
        (
            "During the final day of the annual summit, the leaders signed a pact.",
            "signed",
            "08-26",
        ),
        ("On the opening day of the Kultaranta Talks, Niinisto met Stubb.", "met", "08-24"),
        ("On the 2nd day of the Icelandic state visit, the king met Halla.", "met", "08-25"),
        # a rank beyond the stay's days, two ranks, the act's own noun: no day
        ("On the fourth day of his visit, Rabuka met Modi.", "met", None),
        (
            "On the first day of his visit and on the second day of the summit, he met Modi.",
            "met",
            None,
        ),
        ("On the second day of his visit, Rabuka toured the museum.", "visit", None),
    ],
)
def test_day_of_a_stay(sentence: str, trigger: str, day: str | None) -> None:
    stay = EventDate.from_value("2025-08-24/2025-08-26")
    at = sentence.index(trigger)
    found = day_of_a_stay(sentence, (0, len(sentence)), (at, at + len(trigger)), stay)
    assert (found.value.replace("2025-", "") if found else None) == day


def test_a_day_of_a_stay_needs_a_stay_of_days() -> None:
    sentence = "On the second day of his visit, Rabuka met Modi."
    at = sentence.index("met")
    for value in ("2025-08-24", "2025-08", "2025-08-01/2025-08-31"):
        when = EventDate.from_value(value)
        assert day_of_a_stay(sentence, (0, len(sentence)), (at, at + 3), when) is None


def test_a_definite_mention_of_a_counted_visit_keeps_its_days(tmp_path: Path) -> None:
    # Xinhua, 24 January 2018 (sixty-third pass): "during the visit" was dated by the arrival
    # day alone, and the merge keeps the most precise date, so the two days were lost
    body = (
        "Indonesian President Joko Widodo Wednesday arrived in Sri Lanka for a two-day state "
        "visit, on the invitation of Sri Lankan President Maithripala Sirisena. Several "
        "Memorandums of Understanding are to be inked between the two countries during the "
        "visit."
    )
    assert dated_sides(tmp_path, body, "2018-01-24", "visit") == [
        ("2018-01-24/2018-01-25", {"ID", "LK"})
    ]


def test_a_definite_mention_keeps_its_day_beside_a_visit_of_a_week(tmp_path: Path) -> None:
    # test-al, south-korea_35: a week is no count of days; "her visit on Tuesday" stays
    body = (
        "South Korea's Foreign Minister Kang Kyung-wha will visit the United Arab Emirates "
        "next week, her office said. During her visit on Tuesday, Kang will hold talks with "
        "her counterpart."
    )
    dates = {value for value, _ in dated_sides(tmp_path, body, "2018-06-28", "visit")}
    assert "2018-07-03" in dates, dates
