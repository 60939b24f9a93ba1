"""One mention, several events: a meeting, call or visit split per listed counterpart
(:mod:`timeline.extract.counterparts`,
:meth:`timeline.extract.mention_copies.MentionCopies._counterparts`; docs/history/extraction-log.md,
"Twenty-third pass: one mention, two events"). The gold rule: meetings with several
counterparts named one by one are one meeting per pair, a tour that names several states
one visit per state; a gathering of them all stays one event."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.actor_mentions import find_mentions
from timeline.extract.counterparts import listed_sides
from timeline.model import ActorType, EventKind

from .conftest import article_events


def _pairs(tmp_path: Path, body: str, kind: EventKind) -> list[set[str]]:
    events = article_events(tmp_path, body, "2019-02-11")
    return sorted(
        (
            {p.id for p in e.participants if p.type is ActorType.country}
            for e in events
            if e.kind is kind
        ),
        key=sorted,
    )


SPLIT = [
    (
        "Yesterday, the Prime Minister of Ethiopia Abiy Ahmed also had bilateral meetings with "
        "Palestinian President Mahmoud Abbas, South African President Cyril Ramaphosa and "
        "Kenyan President Uhuru Kenyatta.",
        EventKind.meeting,
        [{"ET", "KE"}, {"ET", "PS"}, {"ET", "ZA"}],
    ),
    (
        "The United States Secretary of State, Antony Blinken, is visiting three African "
        "countries, namely: Kenya, Nigeria and Senegal, from February 15-20, 2019.",
        EventKind.visit,
        [{"KE", "US"}, {"NG", "US"}, {"SN", "US"}],
    ),
    (
        "Presidents of Lithuania and Poland Gitanas Nauseda and Andrzej Duda arrived in Kyiv "
        "on Sunday.",
        EventKind.visit,
        [{"LT", "UA"}, {"PL", "UA"}],
    ),
    # told by the verb, the people met a plural noun with their states listed: one meeting
    # each, no cue of one by one needed (sixty-eighth pass)
    (
        "Ethiopian Prime Minister Abiy Ahmed also met with the leaders of Algeria, Morocco, "
        "Tunisia and Estonia on Monday.",
        EventKind.meeting,
        [{"DZ", "ET"}, {"EE", "ET"}, {"ET", "MA"}, {"ET", "TN"}],
    ),
    (
        "New Zealand Prime Minister Christopher Luxon has met his Tonga and Samoa counterparts "
        "in Nuku'alofa on Monday.",
        EventKind.meeting,
        [{"NZ", "TO"}, {"NZ", "WS"}],
    ),
    (
        "Chilean President Sebastian Pinera will meet with his peers Mauricio Macri of "
        "Argentina and Michel Temer of Brazil on Friday.",
        EventKind.meeting,
        [{"AR", "CL"}, {"BR", "CL"}],
    ),
]


@pytest.mark.parametrize(("body", "kind", "pairs"), SPLIT)
def test_one_event_per_listed_counterpart(
    tmp_path: Path, body: str, kind: EventKind, pairs: list[set[str]]
) -> None:
    assert _pairs(tmp_path, body, kind) == pairs


#: A gathering of them all: "talks between", the meeting "of" their ministers, a
#: trilateral, a list beside more than one country of the other side; a person named
#: for each side with no cue of one by one (the Camp David trilateral, a three-way
#: call); a "bilateral" meeting "between" two of them that a third side hosts.
ONE = [
    (
        "The talks between Serbian President Aleksandar Vucic, Kosovar Prime Minister Albin "
        "Kurti and Greek Prime Minister Kyriakos Mitsotakis were held in Ohrid on Saturday.",
        EventKind.meeting,
        {"GR", "RS", "XK"},
    ),
    (
        "Croatian Prime Minister Andrej Plenkovic held a trilateral meeting with Slovenian Prime "
        "Minister Robert Golob and Austrian Chancellor Karl Nehammer on Sunday.",
        EventKind.meeting,
        {"AT", "HR", "SI"},
    ),
    (
        "The foreign ministers of Denmark and Norway met the foreign ministers of Estonia, Latvia "
        "and Lithuania on Sunday.",
        EventKind.meeting,
        {"DK", "EE", "LT", "LV", "NO"},
    ),
    (
        "US President Joe Biden met Japanese Prime Minister Fumio Kishida and South Korean "
        "President Yoon Suk Yeol at Camp David on 18 August 2023.",
        EventKind.meeting,
        {"JP", "KR", "US"},
    ),
    (
        "French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz and "
        "Italian Prime Minister Giorgia Meloni on 3 March 2023.",
        EventKind.call,
        {"DE", "FR", "IT"},
    ),
    (
        "US Vice President Kamala Harris convened a meeting on Monday with the leaders of Japan, "
        "Australia, South Korea and New Zealand.",
        EventKind.meeting,
        {"AU", "JP", "KR", "NZ", "US"},
    ),
    (
        "Polish Foreign Minister Zbigniew Rau hosted the bilateral meeting between French Foreign "
        "Minister Catherine Colonna and German Foreign Minister Annalena Baerbock in Warsaw on "
        "Monday.",
        EventKind.meeting,
        {"DE", "FR", "PL"},
    ),
]


@pytest.mark.parametrize(("body", "kind", "sides"), ONE)
def test_a_gathering_of_them_all_stays_one_meeting(
    tmp_path: Path, body: str, kind: EventKind, sides: set[str]
) -> None:
    pairs = _pairs(tmp_path, body, kind)
    assert len(pairs) == 1 and sides <= pairs[0]


def test_a_person_of_no_known_country_goes_with_the_item_that_names_them(
    tmp_path: Path,
) -> None:
    """A counterpart named with an office but no country ("Minister of Foreign Affairs Bui
    Thanh Son") joins only the meeting of the side named beside it with no joint between,
    not every meeting of the list (the form of Uzbekistan's releases: "the Foreign
    Ministers of the Republic of Belarus - Sergey Aleinik, the Islamic Republic of Iran
    ..."; sixty-first pass)."""
    body = (
        "Saidov held separate meetings with the Foreign Ministers of Vietnam - Minister of "
        "Foreign Affairs Bui Thanh Son, and Benin - Minister of Foreign Affairs Olushegun "
        "Adjadi Bakari."
    )
    events = article_events(tmp_path, body, "2023-04-13")
    meetings = sorted(
        (
            sorted(p.id for p in e.participants if p.type is ActorType.country),
            sorted(p.id for p in e.participants if p.type is ActorType.person),
        )
        for e in events
        if e.kind is EventKind.meeting
    )
    assert meetings == [
        (["BJ", "UZ"], ["bakhtiyor-saidov", "olushegun-adjadi-bakari"]),
        (["UZ", "VN"], ["bakhtiyor-saidov", "bui-thanh-son"]),
    ]
    # a person of no known country no item names (the subject) takes part in every meeting
    body = (
        "Minister of Foreign Affairs Bui Thanh Son held separate meetings with Kenyan "
        "President William Ruto and Ghanaian President Nana Akufo-Addo in Hanoi on Monday."
    )
    events = article_events(tmp_path, body, "2023-04-13")
    assert sorted(
        sorted(p.id for p in e.participants if p.type is ActorType.person)
        for e in events
        if e.kind is EventKind.meeting
    ) == [["bui-thanh-son", "nana-akufo-addo"], ["bui-thanh-son", "william-ruto"]]


def test_a_list_ends_at_a_word_that_opens_another_phrase() -> None:
    text = "met with the presidents of Senegal, Mali and Ghana on Monday in Accra with Togo"
    actors = find_mentions(text, 0, len(text)).actors
    assert listed_sides(text, actors, 0, len(text)) == ["SN", "ML", "GH"]
    cut = text.replace(" and Ghana", " in Ghana")
    assert listed_sides(cut, find_mentions(cut, 0, len(cut)).actors, 0, len(cut)) == ["SN", "ML"]


def test_the_cue_lists_are_read_from_their_data_file() -> None:
    # counterpart_words.yaml: "on" must stay a phrase break (unquoted, YAML reads it as
    # true), a hyphenated cue is matched whole, in any case
    from timeline.extract import counterparts

    t = "met the presidents of Senegal on Monday and of Mali"
    assert counterparts._BREAK.search(t, t.find("Senegal") + 7, t.find("Mali"))
    assert counterparts._SEPARATE.search("held One-on-One talks with")
    assert counterparts._TOGETHER.search("a Trilateral meeting")
    assert not counterparts._TOGETHER.search("a jointed")
