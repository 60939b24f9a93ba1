"""A document act's title names the text its clause names (thirty-first pass, titles): the
instrument ("sanctions against ...", "a resolution", "a pact"), a package of documents as
such, never "documents" when the text names something, and never "sign of documents".
Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.document_phrases import instrument_phrase

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("text", "near", "phrase"),
    [
        (
            "The council adopted new sanctions against Belarus on Monday.",
            "adopted",
            "new sanctions against Belarus",
        ),
        (
            "Lisbon said the EU imposed sanctions on Russian officials on April 3 over abuses.",
            "imposed",
            "sanctions on Russian officials",
        ),
        (
            "A package of bilateral documents was signed today in Sofia.",
            "signed",
            "A package of bilateral documents",
        ),
        (
            "The ministers took part in the signing of cooperation documents on Friday.",
            "signing",
            "cooperation documents",
        ),
        ("Chile and Peru signed a defence pact in Lima.", "signed", "a defence pact"),
    ],
)
def test_the_phrase_a_title_names(text: str, near: str, phrase: str) -> None:
    span = instrument_phrase(text, 0, len(text), text.index(near))
    assert span is not None and text[span[0] : span[1]] == phrase


def test_nothing_named() -> None:
    text = "The two ministers signed it in Quito on Monday."
    assert instrument_phrase(text, 0, len(text), text.index("signed")) is None


@pytest.mark.parametrize(
    ("body", "kind", "title"),
    [
        (
            "The Organization of American States adopted a resolution on Haiti on Monday.",
            "adoption",
            "OAS adopts a resolution on Haiti",  # Haiti is the resolution's subject, no doer
        ),
        (
            "The European Union adopted sanctions against Belarus on Tuesday.",
            "adoption",
            "EU adopts sanctions against Belarus",
        ),
        (
            "Both Britain and France imposed sanctions on Syria at a meeting in Cairo on Monday.",
            "adoption",
            "France adopts sanctions on Syria",
        ),
        (
            "Ghana and Togo signed a mutual defence pact in Accra on Monday.",
            "signing",
            "Ghana and Togo sign a mutual defence pact",
        ),
        (  # the act read with the name is no part of the title (forty-fourth pass)
            "A key highlight of the visit was the signing of Memoranda of Understanding "
            "between Zambia and Botswana in various sectors on Monday.",
            "signing",
            "Memoranda of Understanding signed",
        ),
    ],
)
def test_the_instrument_in_the_title(tmp_path: Path, body: str, kind: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == kind]
    assert title in titles, titles


def test_a_title_is_built_from_the_final_event(tmp_path: Path) -> None:
    """A side added after the mention was built is named: the title is made once, from what
    the event finally holds (:func:`timeline.extract.pipeline._titled`)."""
    from timeline.corpus import read_corpus
    from timeline.extract.pipeline import _titled, read_document

    from .conftest import write_article

    write_article(tmp_path, "Peru and Chile held talks in Lima on Monday.", "2024-05-14")
    (doc,) = read_corpus([tmp_path])
    read = read_document(doc, log=False)
    events, _ = read.mentions()
    (meeting,) = [e for e in events if e.kind.value == "meeting"]
    assert meeting.title == "Talks between Peru and Chile in Lima"
    one_side = meeting.model_copy(
        update={"participants": meeting.participants[:1], "title": "Talks between stale"}
    )
    (titled,) = _titled([one_side], read.reader, {})
    assert titled.title == f"Meeting with {meeting.participants[0].name} in Lima"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Chile said on Monday that it will reopen its embassy in Quito.",
            "Chile says that it will reopen its embassy in Quito",
        ),
        ("Ecuador announced Tuesday a new envoy to Lima.", "Ecuador announces a new envoy to Lima"),
    ],
)
def test_no_day_in_a_statement_title(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2024-05-16") if e.kind.value == "statement"]
    assert title in titles, titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "In October, Turkish President Erdoğan signed a decree allowing all foreigners of "
            "Turkic origin to work in Türkiye's public institutions, a step the Organization of "
            "Turkic States and Kyrgyzstan welcomed.",
            "Erdoğan signs decree allowing all foreigners of Turkic origin to work in Türkiye's "
            "public",
        ),
        (
            "On Monday, Russia and Belarus signed a decree on the union state.",
            "Russia and Belarus sign decree on the union state",
        ),
    ],
)
def test_a_decree_is_titled_by_its_signers_in_their_number(
    tmp_path: Path, text: str, title: str
) -> None:
    """The signers are the sides named before the verb, not the others the sentence names;
    the verb agrees with them (thirty-fourth pass: "Erdoğan, OTS and Kyrgyzstan signs
    decree")."""
    decrees = [e for e in events(tmp_path, text, "2025-11-10") if e.kind.value == "decree"]
    assert [e.title for e in decrees] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Putin issued a decree on Friday recognizing the independence of the two regions.",
            "Putin signs decree recognizing the independence of the two regions",
        ),
        (
            "Tokayev signed a decree on 3 May on the ratification of the treaty with Uzbekistan.",
            "Tokayev signs decree on the ratification of the treaty with Uzbekistan",
        ),
        ("Putin signed a decree on Friday.", "Putin signs decree"),
    ],
)
def test_no_day_in_a_decree_title(tmp_path: Path, text: str, title: str) -> None:
    """What a decree is on is told without its day (thirty-eighth session: "Putin signs
    decree on Friday recognizing ..."): the event's date is its own field."""
    decrees = [e for e in events(tmp_path, text, "2024-05-06") if e.kind.value == "decree"]
    assert [e.title for e in decrees] == [title]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # the state whose parliament ratifies, not the other party (thirty-ninth session)
        (
            "Mongolia's parliament on Thursday ratified the agreement with Kazakhstan on the "
            "mutual protection of investments.",
            "Mongolia ratifies the agreement",
        ),
        # ... named by its demonym, or in the passive after "by"
        (
            "The treaty signed with Uzbekistan in Tashkent was ratified on Tuesday by the "
            "Kazakh Senate.",
            "Kazakhstan ratifies the treaty",
        ),
    ],
)
def test_a_ratification_is_titled_by_the_state_that_ratifies(
    tmp_path: Path, body: str, title: str
) -> None:
    titles = [
        e.title for e in events(tmp_path, body, "2023-04-21") if e.kind.value == "ratification"
    ]
    assert titles == [title]


def test_a_decree_signer_written_without_accents_is_the_signer(tmp_path: Path) -> None:
    # "Khurelsukh" in the text, "Khürelsükh" in the table: not every side signs
    body = (
        "Mongolian President Ukhnaagiin Khurelsukh signed a decree on Wednesday appointing a "
        "new ambassador to Beijing."
    )
    titles = [e.title for e in events(tmp_path, body, "2023-04-21") if e.kind.value == "decree"]
    assert titles == ["Khürelsükh signs decree appointing a new ambassador to Beijing"]
