"""A visit dated by a week takes the one span of days inside it that a later sentence gives a
visit's noun (``pipeline._days_of_the_week``, ``stays.days_in_the_week``; docs/extraction.md,
sixty-ninth pass).

Sentences of the tuning sets, their set and article named.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _visits(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    return [
        (e.date.value, set(e.countries))
        for e in events(tmp_path, body, published)
        if e.kind.value == "visit"
    ]


def test_a_trip_next_week_takes_the_days_told_later(tmp_path: Path) -> None:
    # test-h, korea-japan_09 (published on Friday 2022-07-15; the gold: 18-20 July)
    body = (
        "South Korean Foreign Minister Park Jin will embark on a three-day trip to Japan next "
        "week to discuss areas of bilateral relations, Seoul's foreign ministry said Friday.\n\n"
        "Park's trip from Monday to Wednesday will be the first by a foreign minister to the "
        "neighboring country in nearly four years."
    )
    found = _visits(tmp_path, body, "2022-07-15")
    assert ("2022-07-18/2022-07-20", {"JP", "KR"}) in found, found


def test_a_trip_counted_from_the_sunday_before_the_week(tmp_path: Path) -> None:
    # test-h, south-korea_02 (published on Thursday 2022-06-09; the gold: 12-15 June)
    body = (
        "South Korean Foreign Minister Park Jin will next week make his first visit to the "
        "United States since taking office, his ministry said Thursday.\n\n"
        "During his four-day trip from Sunday, he plans to meet with Secretary of State "
        "Antony Blinken in Washington."
    )
    found = _visits(tmp_path, body, "2022-06-09")
    assert ("2022-06-12/2022-06-15", {"KR", "US"}) in found, found


def test_days_of_another_states_visit_are_not_the_trips(tmp_path: Path) -> None:
    # the sentence that names Canada tells another visit: the trip keeps Park's days only
    body = (
        "South Korean Foreign Minister Park Jin will embark on a trip to Japan next week, "
        "Seoul's foreign ministry said Friday.\n\n"
        "Blinken's visit to Canada from Thursday to Friday will follow.\n\n"
        "Park's trip from Monday to Wednesday will be the first by a foreign minister to the "
        "neighboring country in nearly four years."
    )
    found = _visits(tmp_path, body, "2022-07-15")
    assert ("2022-07-18/2022-07-20", {"JP", "KR"}) in found, found


def test_a_visit_this_week_takes_the_days_of_its_verb_told_later(tmp_path: Path) -> None:
    # test-t, south-korea_15 (published on Monday 2018-04-30; the gold: 30 April - 2 May)
    body = (
        "A senior diplomat will visit Singapore and Indonesia this week to discuss South "
        "Korea's cooperation with Southeast Asian nations, the foreign ministry said.\n\n"
        "Vice Foreign Minister Lim Sung-nam will be visiting the two countries from Monday to "
        "Wednesday."
    )
    found = _visits(tmp_path, body, "2018-04-30")
    assert ("2018-04-30/2018-05-02", {"ID", "KR"}) in found, found
    assert not any("W" in value for value, _ in found), found


def _meetings(tmp_path: Path, body: str, published: str) -> list[str]:
    return [e.date.value for e in events(tmp_path, body, published) if e.kind.value == "meeting"]


def test_a_meeting_this_week_takes_the_day_the_meeting_was_held(tmp_path: Path) -> None:
    # test-k, commonwealth_05 (published on Wednesday 2023-09-20; the gold: 18 September);
    # a gathering named after "the" is another one (test-h, southern-cone_02: "the
    # Ibero-American Summit to be held on March 24 and 25"), "the meeting" this one
    body = (
        "The 63rd Commonwealth Ministerial Action Group (CMAG) met in New York this week on "
        "the sidelines of the United Nations General Assembly to discuss developments in "
        "member states.\n\n"
        "The ministers looked ahead to the Commonwealth Heads of Government Summit to be "
        "held on Friday 22 September.\n\n"
        "Held on Monday 18 September 2023, the meeting was chaired by the Prime Minister of "
        "Samoa."
    )
    found = _meetings(tmp_path, body, "2023-09-20")
    assert set(found) == {"2023-09-18"}, found
