"""The news of the day takes the day before when the article tells it so.

A lede with no date of its own is dated by the publication day, and so is one
dated by its dateline ("NAIROBI, June 20 ..."); news published in the morning
tells what happened the day before, and when the article gives that day for
the same act (same kind, some of the same sides), the lede's mention takes it
(timeline.extract.coreference.told_the_day_before). The sentences are written for
these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event, EventKind

from .conftest import article_events as _events


def _others(found: list[Event]) -> list[tuple[str, list[str]]]:
    return [(e.date.value, e.countries) for e in found if e.kind is EventKind.other]


@pytest.mark.parametrize(
    "lede",
    [
        "Kenya and Tanzania have restored diplomatic ties after a two-year break in relations.",
        "NAIROBI, June 20 Kenya and Tanzania have restored diplomatic ties after a two-year "
        "break in relations.",
    ],
)
def test_the_lede_takes_the_day_the_article_gives(tmp_path: Path, lede: str) -> None:
    body = f"{lede} The two countries resumed work at their embassies on Monday, officials said."
    assert _others(_events(tmp_path, body, "2023-06-20")) == [("2023-06-19", ["KE", "TZ"])]


def test_a_day_further_back_is_another_act(tmp_path: Path) -> None:
    body = (
        "Kenya and Tanzania have restored diplomatic ties after a two-year break in relations. "
        "The two countries resumed work at their embassies on Sunday, officials said."
    )
    days = sorted(day for day, _ in _others(_events(tmp_path, body, "2023-06-20")))
    assert days == ["2023-06-18", "2023-06-20"]


def test_a_planned_act_does_not_take_the_day_of_another_act(tmp_path: Path) -> None:
    """An undated lede's planned summit stays on the publication day: the meeting of its
    sides the day before prepared it ("is expected to launch"), it is not its day."""
    body = (
        "The Kenya-Tanzania summit hosted by President William Ruto in Mombasa is expected "
        "to launch a joint plan for the border. On Monday, Kenya's foreign minister met his "
        "Tanzanian counterpart in Nairobi to prepare it."
    )
    summits = [
        (e.date.value, e.countries)
        for e in _events(tmp_path, body, "2023-06-20")
        if e.kind is EventKind.summit
    ]
    assert summits == [("2023-06-20", ["KE", "TZ"])]


def test_a_lede_that_writes_its_day_keeps_it_beside_another_act_of_one_of_its_sides(
    tmp_path: Path,
) -> None:
    """A lede that writes its own day ("on Tuesday", the publication day) takes the day
    before only from an act of all its sides: the meeting of one of them with a third
    state the day before is another act (Sisi's address in Nicosia on Monday beside
    Tsipras's meeting with Anastasiades on Tuesday, tests/data/extract/day_before_acts)."""
    body = (
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu "
        "Hassan in Nairobi on Tuesday. On Monday, Ruto met Ugandan President Yoweri "
        "Museveni in Nairobi."
    )
    meetings = sorted(
        (e.date.value, e.countries)
        for e in _events(tmp_path, body, "2023-06-20")
        if e.kind is EventKind.meeting
    )
    assert ("2023-06-20", ["KE", "TZ"]) in meetings


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "United States President George Bush has arrived in Saudi Arabia. On Sunday, "
            "he gave a speech in Abu Dhabi.",
            "SA",
        ),
        (
            "Chinese Premier Li Qiang has arrived in Germany. On Sunday, he visited a car "
            "plant in Hungary.",
            "DE",
        ),
    ],
)
def test_an_arrival_keeps_its_day_beside_the_journeys_stop_of_the_day_before(
    tmp_path: Path, body: str, host: str
) -> None:
    """An undated arrival ("has arrived in Saudi Arabia", the publication day) is not the
    visit to another host the article dates the day before: a journey's stops are each
    their own visit, so a visit takes the day before only from a visit of all its sides."""
    days = [
        e.date.value
        for e in _events(tmp_path, body, "2008-01-14")
        if e.kind is EventKind.visit and host in e.countries
    ]
    assert days == ["2008-01-14"]


def test_a_lede_that_writes_the_publication_day_keeps_it(tmp_path: Path) -> None:
    """A lede whose own words name the publication day ("on Friday hold", under a
    dateline of that day) is not news of the morning telling yesterday: the act of all its
    sides the article dates the day before ("first met last night") is another act, and
    the lede keeps its day (southern-cone_31 of test-ay, fifty-second pass). Only a lede
    dated by the publication day or its dateline alone takes the day before."""
    body = (
        "Santiago, Mar. 3.\n\nThe Governments of Argentina and Chile on Friday hold the 2nd "
        "Argentina-Chile Binational Cabinet, a high-level meeting on trade and border "
        "crossings.\n\nThe leaders first met last night with businesspeople from both "
        "countries."
    )
    meetings = sorted(
        (e.date.value, e.countries)
        for e in _events(tmp_path, body, "2023-03-03")
        if e.kind is EventKind.meeting
    )
    assert meetings == [("2023-03-02", ["AR", "CL"]), ("2023-03-03", ["AR", "CL"])]
