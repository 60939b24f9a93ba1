"""The act a headline tells in the present of the news, when the body tells none
(:mod:`timeline.extract.page_acts`; fifty-fourth pass: "Alexander Lukashenko and Nursultan
Nazarbayev hold phone talks" over a body that names no call but "the conversation").
Articles of our own, in the manner of the tuning sets' pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event

from .conftest import document_events


def _events(folder: Path, headline: str, body: str, published: str) -> list[Event]:
    return document_events(folder, f"{headline}\ndate {published}\n\n{body}\n")


def _told(events: list[Event]) -> list[tuple[str, str, str, list[str]]]:
    return [
        (e.kind.value, e.date.value, e.status.value, sorted({*e.countries, *e.organizations}))
        for e in events
    ]


def test_a_call_the_body_tells_as_the_conversation(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Kazakh and Belarusian presidents hold phone talks",
        "The conversation turned out to be very warm, the presidential press service said. "
        "The leaders discussed trade and the prospects for further cooperation.",
        "2019-03-19",
    )
    assert ("call", "2019-03-19", "occurred", ["BY", "KZ"]) in _told(events)


def test_a_visit_takes_the_day_its_lede_writes(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Cypriot President visits Beirut",
        "On Friday, January 10, the agenda focused on the management of migration flows "
        "and on energy. The discussions went well, both sides said afterwards.",
        "2025-01-11",
    )
    visits = [t for t in _told(events) if t[0] == "visit"]
    assert visits == [("visit", "2025-01-10", "occurred", ["CY", "LB"])]


def test_an_organizations_officer_received_is_a_meeting(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Swedish Prime Minister receives NATO Secretary General",
        "The two discussed the accession process and the situation in Ukraine at length, "
        "according to a press release of the government.",
        "2022-06-14",
    )
    assert ("meeting", "2022-06-14", "occurred", ["NATO", "SE"]) in _told(events)


@pytest.mark.parametrize(
    "headline",
    [
        # a plan, a day to come
        "Kazakh President to visit Uzbekistan next week",
        "Cypriot President visits Beirut in March",
        # "receives" of a thing, "visits" as a noun
        "Jordan king receives 1st call from Syria's Assad since 2011",
        "South Korean president to pay state visits to Kazakhstan and Uzbekistan",
        # "sign" as a noun, a text signed into law (seventy-first pass)
        "Turkish Parliament Ratifies Sweden's Bid, Erdogan Can Now Sign Protocol Into Law",
        "Signs of a thaw as Qatar and Bahrain restore ties",
    ],
)
def test_no_act_of_the_pages_day(tmp_path: Path, headline: str) -> None:
    body = (
        "The two countries have much to discuss this year, officials said, on trade and on "
        "the security of the region."
    )
    assert _told(_events(tmp_path, headline, body, "2021-10-03")) == []


def test_an_act_the_body_tells_is_not_told_twice(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "Tajik and Turkmen presidents hold talks in Dushanbe",
        "Tajik President Emomali Rahmon held talks with Turkmen President Gurbanguly "
        "Berdimuhamedov in Dushanbe on Wednesday, November 1.",
        "2017-11-02",
    )
    meetings = [t for t in _told(events) if t[0] == "meeting"]
    assert meetings == [("meeting", "2017-11-01", "occurred", ["TJ", "TM"])]
