"""Participants and a kind of the eleventh pass (docs/history/extraction-log.md, "Eleventh pass:
participants"): a person's country stays with the variant of its sentence, a departure
for a country is a visit, and names the gazetteer lacked (a spelling of ASEAN, the
summit of the Arab League, leaders named by surname only).

Sentences of our own, in the manner of the news the extractor reads.
"""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract.actor_mentions import Mentions, find_mentions
from timeline.extract.actors import participants_for
from timeline.extract.lexicon import TRIGGERS
from timeline.extract.pipeline import read_document
from timeline.extract.triggers import find_triggers
from timeline.gazetteer import find_actors
from timeline.model import ActorType, EventKind

from .conftest import article_events as events
from .conftest import write_article


def _rules(text: str) -> list[tuple[str, str]]:
    return [(t.name, text[a:b]) for t, a, b in find_triggers(text, 0, len(text))]


def test_a_person_brings_the_country_to_the_participants() -> None:
    text = "Tokayev met the delegation of Mongolia on Monday."
    mentions: Mentions = find_mentions(text, 0, len(text))
    parts = participants_for(text, EventKind.meeting, (8, 11), (0, len(text)), mentions, (), None)
    countries = [p.id for p in parts if p.type is ActorType.country]
    assert "KZ" in countries and "MN" in countries
    # the same list as an Event completes it: the person first, the implied country last
    assert parts[0].type is ActorType.person and parts[-1].id == "KZ"


def test_a_variant_of_the_sentence_keeps_the_country_of_its_person(tmp_path: Path) -> None:
    # the election's clause names no one; the sentence's subject is the Kazakh president
    body = (
        "Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday. "
        "Tokayev is on a state visit to Azerbaijan, his first since winning the snap "
        "presidential election on November 20."
    )
    path = write_article(tmp_path, body, "2022-11-29")
    read = read_document(read_corpus([path])[0])
    variants = [
        c for c in read.candidates if c.origin == "sentence" and c.draft.kind is EventKind.other
    ]
    assert variants
    assert all("KZ" in {p.id for p in c.event.participants} for c in variants)


def test_a_departure_for_a_country_is_a_visit(tmp_path: Path) -> None:
    assert _rules("From Baku, the Foreign Minister of Georgia will leave for Ankara.") == [
        ("departure", "leave")
    ]
    assert _rules("The minister departed for Beijing on 3 May.") == [("departure", "departed")]
    assert _rules("After Lima, the delegation will head to Quito, Ecuador.") == [
        ("departure", "head")
    ]
    body = (
        "Georgian Prime Minister Irakli Garibashvili will leave the country on Monday "
        "May 15 for Armenia to attend the regional forum."
    )
    found = [
        (e.date.value, set(e.countries))
        for e in events(tmp_path, body, "2023-05-12")
        if e.kind is EventKind.visit
    ]
    assert ("2023-05-15", {"GE", "AM"}) in found


def test_what_leaves_nothing_for_a_country_is_no_departure() -> None:
    assert _rules("The ruling left the door open for Moldova.") == []
    assert _rules("There is little time left for Kyiv to decide.") == []
    assert _rules("He left for home on Monday.") == []
    assert _rules("The head of the delegation, Ali Rahimov, spoke.") == []


def test_the_new_rule_reads_its_own_example() -> None:
    rule = next(t for t in TRIGGERS if t.name == "departure")
    assert rule.pattern.search(rule.example)


def test_names_the_gazetteer_lacked() -> None:
    text = (
        "Asean leaders met in Jakarta before the 34th Arab Summit, where Biden and Obama "
        "were not named, and Kim Jong-un met Trump at the Pacific Island Forum."
    )
    ids = {m.text: m.id for m in find_actors(text)}
    assert ids["Asean"] == "ASEAN"
    assert ids["Arab Summit"] == "ARABLEAGUE"
    assert ids["Kim Jong-un"] == "kim-jong-un"
    assert ids["Pacific Island Forum"] == "PIF"
    people = {m.id: m.country for m in find_actors(text) if m.type == "person"}
    assert people["joe-biden"] == "US" and people["barack-obama"] == "US"
    assert people["kim-jong-un"] == "KP"
    c5 = "the Consultative meeting of the heads of Central Asian states was held in Tashkent"
    assert {m.id for m in find_actors(c5) if m.type == "organization"} == {"C5"}
