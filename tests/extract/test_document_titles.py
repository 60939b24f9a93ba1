"""A document act's title: the sides' verb in their number, the document's article in lower
case mid-title, and no day read as the document's topic (the titles of the fifty-nine had
"Russia sign 50 agreements", "sign The treaty", "Agreement on Thursday ratified").
Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "kind", "title"),
    [
        ("Brazil signed the treaty on Monday.", "signing", "Brazil signs the treaty"),
        (
            "Brazil and Chile signed the treaty on Monday.",
            "signing",
            "Brazil and Chile sign the treaty",
        ),
        (
            "The document was signed by Laos and Cambodia on Monday.",
            "signing",
            "Laos and Cambodia sign the document",
        ),
        ("Colombia adopted an agreement on Monday.", "adoption", "Colombia adopts an agreement"),
    ],
)
def test_the_sides_verb_and_the_document(tmp_path: Path, body: str, kind: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == kind]
    assert title in titles, titles


def test_a_day_is_no_topic(tmp_path: Path) -> None:
    found = events(tmp_path, "The protocol on Thursday was ratified by Latvia.", "2024-05-14")
    titles = [e.title for e in found if e.kind.value == "ratification"]
    assert titles and not any("Thursday" in t for t in titles), titles


@pytest.mark.parametrize(
    ("body", "kind", "title"),
    [
        # a day the tagger reads, in any of its forms, is no topic (review31 F-c, F-c2: "a
        # declaration on 5 May", "Accord on Sept 5 signed", "Memorandum of last week signed")
        (
            "Peru and Chile signed a declaration on 5 May.",
            "signing",
            "Peru and Chile sign a declaration",
        ),
        (
            "The accord on Sept 5 was signed by Peru and Chile.",
            "signing",
            "Peru and Chile sign the accord",
        ),
        (
            "The protocol of Dec. 12 was ratified by Latvia on Monday.",
            "ratification",
            "Latvia ratifies the protocol",
        ),
        (
            "The memorandum of last week was signed by Peru and Chile on Monday.",
            "signing",
            "Peru and Chile sign the memorandum",
        ),
        # a day that opens the topic and the act's other adjunct after it
        (
            "Peru and Chile signed a joint declaration on Monday on the tenth year of their "
            "port treaty.",
            "signing",
            "Peru and Chile sign a joint declaration",
        ),
        # a number that is no day, and a year that tells the topic's noun, are the topic's
        (
            "Japan and the European Union have signed an agreement on 5G cooperation on Monday.",
            "signing",
            "Agreement on 5G cooperation signed",
        ),
        (
            "Peru and Chile signed a memorandum on 2030 climate targets on Monday.",
            "signing",
            "Memorandum on 2030 climate targets signed",
        ),
        # the day told after the topic is not the topic's ("... cooperation on Monday signed")
        (
            "Peru and Chile signed an agreement on military cooperation on Monday.",
            "signing",
            "Agreement on military cooperation signed",
        ),
    ],
)
def test_a_date_the_tagger_reads_is_no_topic(
    tmp_path: Path, body: str, kind: str, title: str
) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == kind]
    assert title in titles, titles


def test_a_forum_s_ordinal_once(tmp_path: Path) -> None:
    # its name opens with the article and the ordinal ("First The First Forum" before)
    body = "The First Forum of the Border Towns of Chile and Peru was held in Arica in May 2019."
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "forum"]
    assert titles and all(t.lower().count("first") == 1 for t in titles), titles


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The Nordic Council was founded in 1952.", "Founding of the Nordic Council"),
        # Diplomatic relations established are no founding since the sixty-seventh pass
        # (the rule `diplomatic-relations`'s act, as the gold lists it).
    ],
)
def test_a_founding_names_what_was_founded(tmp_path: Path, body: str, title: str) -> None:
    """The founded thing told before its verb, without the auxiliary ("... was") or the
    clause before it ("a visit since ..."): the fifty-nine's titles had "Founding of the
    Czech Republic was" and "Founding of a state visit since diplomatic ties were"."""
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "founding"]
    assert titles == [title]


@pytest.mark.parametrize(
    ("before", "name"),
    [
        # a verb and its object, an adjective alone: no name (forty-third session: the
        # fifty-nine's titles had "Founding of further deepen the South Korea-Czech
        # Strategic Partnership", "Founding of transnational")
        ("the two leaders agreed to further deepen the Strategic Partnership ", ""),
        ("they agreed to express their commitment to the roadmap ", ""),
        ("transnational ", ""),
        # a name with a plus ("Founding of 2 mechanism" before)
        ("The 3+2 mechanism was ", "The 3+2 mechanism"),
    ],
)
def test_what_is_no_name_of_what_was_founded(before: str, name: str) -> None:
    from timeline.extract.titles import _founded

    assert _founded(before) == name


def test_a_cut_off_snippet_ends_on_a_word_of_its_own(tmp_path: Path) -> None:
    """An act's title told by its words does not end on an auxiliary the cut left ("... this
    is the second time Morales is")."""
    from timeline.extract.statement_titles import tidy

    assert tidy("took office, this is the second time Morales is") == (
        "took office, this is the second time Morales"
    )
    assert tidy("general election might") == "general election"
    assert tidy("says May will resign") == "says May will resign"


def test_a_snippet_opens_on_a_word() -> None:
    """An act told by its words, whose trigger opens on a day the title drops, does not
    open on the comma after it (the fifty-nine had "OAS: , as Secretary General ...")."""
    from timeline.extract.titles import title_for
    from timeline.model import EventKind

    text = "Beginning on May 26, as Secretary General of the OAS, my efforts will be focused."
    title = title_for(EventKind.other, text, (13, 19), (0, len(text)), [], None, None, False)
    # the act's words end at the comma after them (seventy-first pass: was "As Secretary
    # General of the OAS, my efforts", a clause cut off)
    assert title == "As Secretary General of the OAS"


def test_a_person_is_named_as_news_names_them(tmp_path: Path) -> None:
    """A title names a person by the surname, the whole name where names are written family
    name first ("Wang Yi", not "Yi"), and no generational suffix as a surname ("Marcos", not
    "Jr."): the fifty-nine's titles had "Jinping", "Yi" and "a joint body of Jr. and
    Indonesia"."""
    found = events(tmp_path, "Foreign Minister Wang Yi arrived in Islamabad on Monday for a visit.")
    assert "Wang Yi's visit to Pakistan" in [e.title for e in found]
    found = events(
        tmp_path,
        "Philippine President Ferdinand Marcos Jr. arrived in Jakarta on Monday for a visit.",
    )
    assert "Marcos's visit to Indonesia" in [e.title for e in found]


def test_a_vote_tells_its_act(tmp_path: Path) -> None:
    """A body's vote names what it voted for, not "adopt documents" (the fifty-nine's titles
    had "... adopt documents" for "voted to extend ...")."""
    body = "The UN Security Council voted on Friday to extend the peacekeeping mission."
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "adoption"]
    assert titles == ["UN Security Council votes to extend the peacekeeping mission"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # Xinhua, 24 January 2018 (sixty-third pass): the topic ran on through "are to be"
        (
            "Indonesia and Sri Lanka leaders met on Wednesday. Several Memorandums of "
            "Understanding are to be inked between the two countries during the visit.",
            "Indonesia and Sri Lanka sign several Memorandums of Understanding",
        ),
        # test-g, brazil_01: a count opening the sentence is no capital mid-title
        (
            "Lula received Portugal's president on Wednesday. Several agreements are expected "
            "to be signed by Brazil and Portugal regarding health.",
            "Brazil and Portugal sign several agreements",
        ),
    ],
)
def test_a_plural_count_and_an_auxiliary_end_no_title(
    tmp_path: Path, body: str, title: str
) -> None:
    found = events(tmp_path, body, "2018-01-24")
    titles = [e.title for e in found if e.kind.value == "signing"]
    assert title in titles, titles
