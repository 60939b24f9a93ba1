"""A statement's title names who says, with its verb in the number of the sayers (review28
finding 12, titles): the sides named before the verb of saying, not every side of the event.
Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.sayings import STATEMENT_WORDS
from timeline.extract.statement_titles import (
    _present,
    _present_saying,
    named_before,
    sides_named_in,
    third_person,
)
from timeline.extract.titles import title_for
from timeline.model import ActorType, EventKind, Participant

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Brazil criticized Argentina on Thursday over the new tariffs on steel.",
            "Brazil criticizes Argentina",
        ),
        (
            "Iran denied the American claim on Thursday, saying no missiles were sent to Yemen.",
            "Iran denies the American claim",
        ),
        (
            "Iran and Syria denied the report on Thursday, saying no troops crossed the border.",
            "Iran and Syria deny the report",
        ),
        (
            "Peru and Chile expressed concern on Thursday about the fighting in Sudan.",
            "Peru and Chile express concern",
        ),
        # a past the suffix rule misspelt ("urgs"), "has" and an adverb before the verb (the
        # verb told twice: "condemns strongly condemned")
        (
            "On Wednesday, Norway urged Iceland to reopen the fishing talks.",
            "Norway urges Iceland to reopen the fishing talks",
        ),
        (
            "Ghana has strongly condemned the raid on its consulate on Thursday.",
            "Ghana strongly condemns the raid on its consulate",
        ),
        (
            "Finland has threatened on Thursday to close the border crossing at Vaalimaa.",
            "Finland threatens to close the border crossing",
        ),
        # the verb before "in a statement" tells the saying ("Peru in a statement" before)
        # the sayer is the one named before the verb, though only the place after it is a
        # side yet ("Haiti announces ..." before)
        (
            "Kenya announced on Thursday that it will send police officers to Haiti.",
            "Kenya announces",
        ),
        # the clause ends inside the trigger ("has said" opens a clause break): the saying
        # is read to the trigger's end ("United States has" before; review31 F-c)
        # a statement told by its capitalised noun: kept as written, its sayers in it
        # ("Peru and Chile joint Statement by ..." before; review31 F-h)
        (
            "The Joint Statement by the Trade Ministers of Peru and Chile on fishing was "
            "released on Thursday.",
            "Joint Statement by the Trade Ministers of Peru and Chile",
        ),
        # the envoy's post is not the sayer ("Peru announces ..." before; review31 F-m)
        (
            "Japan's ambassador to Peru announced on Thursday that Japan will fund the port.",
            "Japan announces",
        ),
        (
            "Canada's envoy to Sudan announced on Thursday that Canada will send food aid.",
            "Canada announces",
        ),
        (
            "Ghana announced on Thursday that it would send troops to Mali.",
            "Ghana announces",
        ),
        (
            "The United States has said on Thursday that it will send grain to Haiti.",
            "United States says",
        ),
        # a day set off by commas after the verb is read over, and the sayer's short name
        # in brackets with the comma closing the apposition ("Boric and López Obrador
        # announce the President of Mexico, ..." before; seventieth pass)
        (
            "The President of Mexico, Andrés Manuel López Obrador (AMLO), announced on "
            "Thursday, May 9th, that Chilean President Gabriel Boric will visit Mexico City "
            "next week.",
            "López Obrador announces that Chilean President Gabriel Boric will visit",
        ),
        # a state body that no side names says, not every side ("Peru and Chile say ..."
        # before; seventieth pass)
        (
            "Peru's foreign minister will travel to Chile next week for fishing talks, the "
            "Ministry of Foreign Affairs said in a statement on Thursday.",
            "The Ministry of Foreign Affairs says Peru's foreign minister will travel to Chile",
        ),
        (
            "The Foreign Ministry said in a statement on Thursday that Peru's foreign minister "
            "will travel to Chile next week.",
            "The Foreign Ministry says in a statement that Peru's foreign minister",
        ),
    ],
)
def test_the_sayers_and_their_verb(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-09") if e.kind.value == "statement"]
    assert any(t.startswith(title) for t in titles), titles


def test_a_person_told_by_one_of_the_names_says() -> None:
    # people the gazetteer does not know, named by one of their names
    text = "Ruiz and Berg said the road would open in May."
    ruiz = Participant(id="ana-ruiz", name="Ana Ruiz", type=ActorType.person, country="PE")
    berg = Participant(id="tomas-berg", name="Tomas Berg", type=ActorType.person, country="NO")
    sudan = Participant(id="SD", name="Sudan", type=ActorType.country)
    said = text.index("said")
    assert sides_named_in(text, 0, said, [ruiz, berg, sudan]) == [ruiz, berg]


@pytest.mark.parametrize(
    ("verb", "singular", "plural"),
    [
        ("urged", "urges", "urge"),
        ("welcomed", "welcomes", "welcome"),
        ("agreed", "agrees", "agree"),
        ("criticised", "criticises", "criticise"),
        ("addressed", "addresses", "address"),
        ("address", "addresses", "address"),
        ("says", "says", "say"),
        ("held", "holds", "hold"),
    ],
)
def test_a_listed_verb_in_the_present(verb: str, singular: str, plural: str) -> None:
    assert (_present(verb), _present(verb, plural=True)) == (singular, plural)


def test_a_verb_not_listed_is_told_as_written() -> None:
    # no suffix is cut from a verb the list does not hold
    assert _present("bolted") is None
    assert _present_saying("bolted from the talks", 1) == "bolted from the talks"
    # only a function word is lowered; a capitalised trigger is kept (review31 F-h)
    assert _present_saying("Joint Statement by the ministers", 2) == (
        "Joint Statement by the ministers"
    )
    assert _present_saying("In a statement", 3) == "in a statement"
    # a base form before "of" is a noun
    assert _present_saying("release of a joint statement", 3) == "release of a joint statement"


@pytest.mark.parametrize(
    "saying_list", ["state_saying_verbs", "headline_saying_verbs", "plain_saying_verbs"]
)
def test_every_title_verb_and_the_saying_verbs(saying_list: str) -> None:
    """Each base form's third person is regular (made by rule), and every verb of each of
    the three lists that open a statement's title has its present listed, singular and
    plural (a verb added to any of them is not forgotten here; review31 F-g)."""
    verbs = STATEMENT_WORDS.values("title_verbs")
    for base in verbs.values():
        assert _present(third_person(base), plural=True) == base
    for said in STATEMENT_WORDS.words(saying_list):
        verb = said.split()[0]  # "called for": the verb and its particle (seventy-third pass)
        assert _present(verb) is not None, said
        assert _present(verb, plural=True) is not None, said


def test_the_verb_before_in_a_statement_tells_the_saying() -> None:
    # "Peru in a statement ..." before; the sayer named before the verb, not the place after
    text = "Peru said in a statement on Thursday that it will attend the summit in Quito."
    trigger = (text.index("in a"), text.index(" on Thursday"))
    ecuador = Participant(id="EC", name="Ecuador", type=ActorType.country)
    title = title_for(
        EventKind.statement, text, trigger, (trigger[0], len(text)), [ecuador], None, None, False
    )
    assert title.startswith("Peru says in a statement that"), title


@pytest.mark.parametrize(
    ("text", "verb", "names"),
    [
        ("The Guatemalan foreign ministry said in a statement that", "said", ["Guatemala"]),
        ("Peru and Chile said on Monday that", "said", ["Peru", "Chile"]),
        ("Peru, Chile and Bolivia said on Monday that", "said", ["Peru", "Chile", "Bolivia"]),
        # a place before a comma is no sayer: "in Lima, Chile's ministry said"
        ("The talks were held in Lima, Chile's foreign ministry said", "said", ["Chile"]),
        # a sayer the gazetteer may not know joined by "and": not the known one alone
        ("Chile and Ramos said on Monday that", "said", []),
        # the headline's country is no sayer of the body's first word
        ("Talks in Bolivia\nAddressing the press, the minister said", "Addressing", []),
        # a person's country told once, by the person ("Russia" with it told twice)
        ("Vladimir Putin and Russia's foreign ministry said on Monday that", "said", ["Putin"]),
        # where an envoy serves is no sayer: the sender before the post is (review31 F-m)
        ("Japan's ambassador to Peru announced on Monday that", "announced", ["Japan"]),
        ("The Japanese ambassador to Peru announced on Monday that", "announced", ["Japan"]),
        ("Canada's envoy to Sudan announced on Monday that", "announced", ["Canada"]),
        # a place after a preposition, with no sender before it, is no sayer either
        ("Officials in Kenya announced on Monday that", "announced", []),
    ],
)
def test_the_sayer_named_right_before_the_verb(text: str, verb: str, names: list[str]) -> None:
    assert named_before(text, text.index(verb)) == names


def test_a_plural_verb_has_more_sayers_than_the_one_named_before_it() -> None:
    # "deny" is the plural: the person the gazetteer does not know says too ("Chile
    # denies" with the guard removed)
    text = "Ramos and Chile deny the report on the border."
    ramos = Participant(id="luis-ramos", name="Luis Ramos", type=ActorType.person, country="PE")
    chile = Participant(id="CL", name="Chile", type=ActorType.country)
    trigger = (text.index("deny"), text.index(" on the"))
    title = title_for(
        EventKind.statement, text, trigger, (0, len(text)), [ramos, chile], None, None, False
    )
    assert title.startswith("Ramos and Chile deny the report"), title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # what a verb of saying says runs on past the clause break the verb opens
        (
            "Russia said on Monday that it will suspend its diplomatic mission to NATO after the "
            "alliance expelled eight diplomats.",
            "Russia says that it will suspend its diplomatic mission to NATO",
        ),
        (
            "Britain said last month that it would strongly support Zimbabwe returning to the "
            "Commonwealth.",
            "United Kingdom says that it would strongly support Zimbabwe returning",
        ),
        # what is said told before the sayer
        (
            "Ambassador Joel Meyer has been asked to leave Mali within 72 hours, Mali's "
            "government said, citing the minister's hostile statements.",
            "Mali says Ambassador Joel Meyer has been asked to leave Mali within 72 hours",
        ),
        # thirty-eighth session: the clause opens at the sayer, the reported one before it
        (
            "The Shanghai Cooperation Organisation will hold its summit in Astana on July 3-4, "
            "the Kazakh foreign ministry said on Monday.",
            "Kazakhstan says the Shanghai Cooperation Organisation will hold its summit in "
            "Astana on July 3-4",
        ),
        # ... with a wire story's dateline before it
        (
            "SEOUL, June 9 (Yonhap) -- Foreign Minister Park Jin will visit Tokyo next week for "
            "talks, the South Korean foreign ministry said on Thursday.",
            # no day in a title (seventy-first pass: was "... will visit Tokyo next week for
            # talks"; the event's date is its own field)
            "South Korea says Foreign Minister Park Jin will visit Tokyo for talks",
        ),
        # the verb after its auxiliary ("has stated that")
        (
            "The Czech government has stated that the purpose of the summit is to strengthen "
            "cooperation with the Western Balkans.",
            "Czechia states that the purpose of the summit is to strengthen cooperation",
        ),
        # thirty-ninth session: a saying whose words after the verb only name its text
        (
            "The sanctions imposed by the European Union are illegal, the Russian foreign "
            "ministry said in a statement on Thursday.",
            "Russia says the sanctions imposed by the European Union are illegal",
        ),
        (
            '"From here on, the inspectors will have no further access to the plant," said '
            "the U.N. in a statement on its website.",
            "UN says from here on, the inspectors will have no further access to the plant",
        ),
        # ... a day and a dateline opening what is said are no part of it, "US" is no "us"
        (
            "September 6, 2019 (KHARTOUM) - The African Union has lifted Sudan's suspension "
            "from the regional body, the African Union said in a statement on Friday.",
            "AU says the African Union has lifted Sudan's suspension from the regional body",
        ),
        (
            "US officials will meet Kenyan President William Ruto in Nairobi, the White House "
            "said in a statement.",
            "United States says US officials will meet Kenyan President William Ruto in Nairobi",
        ),
    ],
)
def test_a_saying_title_tells_what_is_said(tmp_path: Path, body: str, title: str) -> None:
    """Thirty-fourth pass: "Russia says", "Mali says" were whole titles (the clause the
    verb of saying opens held only the sayer)."""
    titles = [e.title for e in events(tmp_path, body, "2022-06-09") if e.kind.value == "statement"]
    assert titles == [title]


def test_a_saying_that_names_only_its_text(tmp_path: Path) -> None:
    """Forty-third session: "Pakistan and Turkmenistan a statement from the Foreign Office
    said" was a whole title (18 of the 423 statement titles of the fifty-nine tuning sets).
    What is said is told by the clause before; with none, the text's name and its sayers
    (``_only_its_text``'s examples)."""
    body = (
        "The two ministers agreed to open a consulate in Almaty, a statement from the "
        "Pakistani Foreign Office said on Thursday."
    )
    titles = [e.title for e in events(tmp_path, body, "2022-06-09") if e.kind.value == "statement"]
    assert titles == ["Pakistan says the two ministers agreed to open a consulate in Almaty"]


def test_a_saying_that_tells_more_than_its_text_keeps_it(tmp_path: Path) -> None:
    # a verb inside the phrase after the text ("said Shoukry met Dendias"): what the text
    # said goes on, the title keeps it
    body = (
        "Talks went well, a statement by Egypt's Foreign Ministry said Shoukry met Dendias "
        "in Cairo."
    )
    titles = [e.title for e in events(tmp_path, body, "2022-06-09") if e.kind.value == "statement"]
    assert len(titles) == 1 and titles[0].endswith("said Shoukry met Dendias in Cairo"), titles


def test_a_sentence_adverb_opens_no_reported_clause(tmp_path: Path) -> None:
    """Seventy-first pass: "Meanwhile," tied the clause to the sentence before it and stood in
    the title ("The Foreign Ministry says Meanwhile, the foreign minister of Iran ...");
    so did the day cut to "on Jan." (``sentence_adverbs`` of ``data/title_words.yaml``)."""
    body = (
        "Meanwhile, the foreign minister of Iran, Javad Zarif, will pay a visit to Turkey on "
        "Jan. 29, the Foreign Ministry said in a written statement."
    )
    titles = [e.title for e in events(tmp_path, body, "2022-06-09") if e.kind.value == "statement"]
    assert titles == [
        "The Foreign Ministry says the foreign minister of Iran, Javad Zarif, will pay a visit "
        "to Turkey"
    ], titles
