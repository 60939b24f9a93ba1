"""The members of a gathering (docs/history/extraction-log.md, "Seventeenth pass: participants",
"The members of a gathering"): the countries a sentence of attendance names ("The
Assembly was attended by H.E. ...", "Present at the Summit were ...:") take part in the
first gathering the document tells; one right after a gathering's own sentence ("At that
time, the president of Ukraine also participated in the meeting", "The participants
included ...", "... will also attend") gives that gathering its sides too (seventy-fourth
pass: sides told in the next sentence).

Real sentences of the tuning sets (tests/data/extraction, SOURCES.md), from three
communiqués of three organizations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.actor_mentions import find_mentions
from timeline.extract.actors import attending_countries
from timeline.model import EventKind

from .conftest import article_events as events

# test-w, horn-of-africa_20 (IGAD's communiqué, via Nyamilepedia)
IGAD = (
    "The IGAD Assembly of Heads of State and Government held its 29th Extra-Ordinary "
    "Summit on 9th December 2016 in Addis Ababa, Ethiopia, under the chairmanship of H.E. "
    "Hailemariam Desalegn, Prime Minister of the Federal Democratic Republic of Ethiopia and "
    "the Chairperson of the IGAD Assembly, to discuss current situations in the Republic of "
    "South Sudan and the Federal Republic of Somalia.\n\n"
    "The Assembly was attended by H.E. Ismail Omar Guelleh, President of the Republic of "
    "Djibouti; H.E. Hassan Sheikh Mohamud, President of the Federal Republic of Somalia; H.E. "
    "Salva Kiir Mayardit, President of the Republic of South Sudan; H.E. Omar Hassan "
    "al-Bashir, President of the Republic of the Sudan; Hon. Amina Mohamed, Cabinet Secretary "
    "for Foreign Affairs and International Trade of the Republic of Kenya; and Hon. Sam "
    "Kutessa, Minister for Foreign Affairs of the Republic of Uganda.\n"
)

# test-w, west-africa_20 (ECOWAS's final communiqué)
ECOWAS = (
    "1. The Authority of Heads of State and Government of the Economic Community of West "
    "African States (ECOWAS) convened an Extraordinary Session in Accra, Republic of Ghana, "
    "on 4th June 2022, under the chairmanship of H.E. Nana Addo Dankwa Akufo-Addo, President "
    "of the Republic of Ghana and Chair of the ECOWAS Authority.\n\n"
    "2. The Extraordinary Summit was convened to review the recent political developments in "
    "Mali, Guinea and Burkina Faso, since the last Extraordinary Summit held on 25th March "
    "2022 in Accra.\n\n"
    "3. Present at the Summit were the under-listed ECOWAS Heads of State and Government or "
    "their duly mandated representatives:\n"
    "H.E. Patrice TALON, President of the Republic of Benin.\n"
    "H.E. Alassane OUATTARA, President of the Republic of Côte d'Ivoire.\n"
    "H.E. Adama BARROW, President of the Republic of The Gambia.\n"
    "H.E. Macky SALL, President of the Republic of Senegal.\n"
    "H.E. Faure Essozimna GNASSINGBE, President of the Togolese Republic.\n\n"
    "4. The Authority took note of the Memorandum.\n"
)

# test-x, pacific_21 (the Pacific Islands Forum's outcomes document)
FORUM = (
    "The 2024 Forum Foreign Ministers Meeting (FFMM) was convened on 9 August 2024 at the "
    "Pacific Islands Forum Secretariat headquarters in Suva, Fiji, as well as virtually.\n\n"
    "2. The meeting was chaired by Cook Islands and attended by Australia, the Federated "
    "States of Micronesia, Fiji, French Polynesia, Kiribati, Nauru, New Caledonia, New "
    "Zealand, Niue, Palau, Papua New Guinea, the Republic of Marshall Islands, Samoa, Solomon "
    "Islands, Tonga, Tuvalu and Vanuatu.\n"
)


def _gatherings(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    """Every gathering found, its day and countries (two gatherings of one day both kept)."""
    found = events(tmp_path, body, published)
    kinds = (EventKind.summit, EventKind.meeting, EventKind.forum)
    return [(e.date.value, set(e.countries)) for e in found if e.kind in kinds]


def test_the_members_a_communique_lists_after_a_title_take_part(tmp_path: Path) -> None:
    summits = _gatherings(tmp_path, IGAD, "2016-12-11")
    members = {"DJ", "SO", "SS", "SD", "KE", "UG"}
    assert any(members <= countries for day, countries in summits if day == "2016-12-09")


def test_the_list_below_a_colon_goes_to_the_first_gathering_only(tmp_path: Path) -> None:
    summits = _gatherings(tmp_path, ECOWAS, "2022-06-05")
    members = {"BJ", "CI", "GM", "SN", "TG"}
    # the session of June 2022 (its day is the dating's matter, not this rule's)
    assert any(members <= countries for day, countries in summits if "2022-06" in day)
    # "since the last Extraordinary Summit held on 25th March 2022": another gathering
    assert not any(members & countries for day, countries in summits if day == "2022-03-25")


def test_the_countries_attending_a_ministers_meeting(tmp_path: Path) -> None:
    meetings = _gatherings(tmp_path, FORUM, "2024-08-14")
    members = {"AU", "CK", "FJ", "NZ", "PG", "TO", "VU", "WS"}
    assert any(members <= countries for day, countries in meetings if day == "2024-08-09")


def test_sentences_of_attendance_and_their_countries() -> None:
    text = ECOWAS
    ends = [i + 1 for i, c in enumerate(text) if c in ".:" and text[i + 1 : i + 2] == "\n"]
    starts = [0, *(e + 1 for e in ends[:-1])]
    sentences = [(a + (text[a] == "\n"), b) for a, b in zip(starts, ends, strict=True)]
    actors = find_mentions(text, 0, len(text)).actors
    found = attending_countries(text, sentences, actors)
    assert [end for end, _ in found] == [text.index("\n\n4.")]
    assert set(found[0][1]) == {"BJ", "CI", "GM", "SN", "TG"}  # not Ghana of point 1
    # nothing attends without a sentence of attendance
    first = text.index("3. Present")
    assert attending_countries(text[:first], sentences[:2], actors) == []


def test_a_text_of_nothing_but_attendance_reads_a_bounded_span_per_sentence() -> None:
    """Hostile text: every sentence one of attendance ending with a colon, no blank line.
    Each reads on at most ATTENDANCE_SENTENCES sentences (before the bound, every one read
    to the end of the text: quadratic, 19 CPU s at 4,000 sentences)."""
    from timeline.extract.limits import ATTENDANCE_SENTENCES

    unit = "The meeting was attended by Ghana and Togo: "
    count = ATTENDANCE_SENTENCES * 3
    text = unit * count
    sentences = [(i * len(unit), (i + 1) * len(unit) - 1) for i in range(count)]
    found = attending_countries(text, sentences, find_mentions(text, 0, len(text)).actors)
    assert len(found) == count
    for index, (last, countries) in enumerate(found):
        reach = min(count - 1, index + ATTENDANCE_SENTENCES)
        assert last == sentences[reach][1]
        assert countries == ("GH", "TG")


# The shapes of test's nordic_03, test-am's pacific_35 and test-au's southern-cone_28, each
# after another gathering told first (the first gathering takes any attendance anyway).
NEXT_SENTENCE = [
    (
        "Finnish President Sauli Niinisto will meet the prime ministers of the Nordic "
        "countries in Oslo on Tuesday. The last time Niinisto and the prime ministers of "
        "Sweden and Norway met was in Helsinki on 12 May 2023. At that time, the president "
        "of Ukraine also participated in the meeting.\n",
        "2023-12-12",
        "2023-05-12",
        {"UA"},
    ),
    (
        "Leaders of the region held a meeting in Majuro, Marshall Islands, on 30 July 2017. "
        "The Government of the Federated States of Micronesia hosted the 17th Micronesian "
        "Presidents' Summit in Pohnpei on August 2, 2017. The participants included the "
        "Presidents of the Federated States of Micronesia and the Republic of Palau.\n",
        "2017-08-03",
        "2017-08-02",
        {"PW"},
    ),
    (
        "Argentine President Alberto Fernandez met Mexican President Andres Manuel Lopez "
        "Obrador in Buenos Aires on Monday. On Wednesday, Fernandez and Lopez Obrador will "
        "participate in a virtual meeting of the alliance against inflation. The presidents "
        "of Brazil, Chile and Colombia will also attend.\n",
        "2023-04-03",
        "2023-04-05",
        {"BR", "CL", "CO"},
    ),
]


@pytest.mark.parametrize(("body", "published", "day", "attending"), NEXT_SENTENCE)
def test_the_sides_the_next_sentence_tells_attending_take_part(
    tmp_path: Path, body: str, published: str, day: str, attending: set[str]
) -> None:
    gatherings = _gatherings(tmp_path, body, published)
    assert any(attending <= countries for d, countries in gatherings if d == day), gatherings


def test_attendance_two_sentences_on_is_no_earlier_gatherings(tmp_path: Path) -> None:
    body = (
        "Finnish President Sauli Niinisto will meet the prime ministers of the Nordic "
        "countries in Oslo on Tuesday. On Monday, Niinisto met Swedish Prime Minister Ulf "
        "Kristersson in Stockholm. The talks focused on defence. The president of Ukraine "
        "also participated in the meeting.\n"
    )
    gatherings = _gatherings(tmp_path, body, "2023-12-12")
    assert not any("UA" in countries for d, countries in gatherings if d == "2023-12-11")


# "also attend" tells the attendance of a gathering told before only when it ends its
# clause ("will also attend.", "which he had also attended."), before "as" or "the ...
# event" (test, test-w, test-p, test-j's documents); with another object it is
# attendance of that object, a funeral, a banquet, a reception, an opening ceremony, an
# event (the shapes of test-ad, test-ap, test-x and wn-d's documents), whose countries
# are no side of the document's gathering.
ALSO_ATTENDED_SOMETHING_ELSE = [
    "The president also attended the funeral ceremony of former Prime Minister of Japan "
    "Shinzo Abe.",
    "The Indian delegation will also attend a banquet hosted by the Foreign Minister.",
    "The premier of Japan also attended an event titled the Asia leaders' roundtable.",
    "Solih also attended an official luncheon hosted by the Prime Minister of India.",
    "The two prime ministers also attended the official opening of the new Samoa High Commission.",
]


@pytest.mark.parametrize("sentence", ALSO_ATTENDED_SOMETHING_ELSE)
def test_also_attending_something_else_is_no_attendance(sentence: str) -> None:
    actors = find_mentions(sentence, 0, len(sentence)).actors
    assert attending_countries(sentence, [(0, len(sentence))], actors) == []


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("The presidents of Brazil, Chile and Colombia will also attend.", ("BR", "CL", "CO")),
        ("German Chancellor Angela Merkel will also attend, officials said.", ("DE",)),
        ("The Prime Minister of Ghana, who had also attended; spoke first.", ("GH",)),
        (
            "The President of French Polynesia and a senior official from New Caledonia "
            "also attended as Associate Members.",
            ("PF", "NC"),
        ),
        (
            "Turkish president Recep Tayyip Erdogan also attended the BRICS event.",
            ("TR",),
        ),
    ],
)
def test_also_attend_ending_its_clause_is_attendance(
    sentence: str, countries: tuple[str, ...]
) -> None:
    actors = find_mentions(sentence, 0, len(sentence)).actors
    found = attending_countries(sentence, [(0, len(sentence))], actors)
    assert [c for _, c in found] == [countries]


def test_a_funeral_attended_after_a_summit_adds_no_side_to_it(tmp_path: Path) -> None:
    body = (
        "Leaders of Brazil and Argentina held a summit in Brasilia on Monday. The "
        "Argentine president also attended the funeral of former Prime Minister of Japan "
        "Shinzo Abe on Tuesday.\n"
    )
    gatherings = _gatherings(tmp_path, body, "2022-09-28")
    summits = [countries for day, countries in gatherings if day == "2022-09-26"]
    assert summits and not any("JP" in countries for countries in summits)
