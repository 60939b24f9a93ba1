"""History told without a date after a narrative adverb of the past is not given the page's
day (thirtieth pass, dates: docs/history/extraction-log.md, "Thirtieth pass: dates")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.corpus.document import Document, Sentence
from timeline.extract.candidate_log import _NARRATIVE_PAST
from timeline.extract.pipeline import read_document


def _doc(*sentences: str) -> Document:
    text, spans, at = "", [], 0
    for s in sentences:
        spans.append(Sentence(start=at, end=at + len(s), text=s, paragraph=len(spans)))
        text += s + " "
        at = len(text)
    return Document(id="t", path="", text=text, published=date(2021, 6, 3), sentences=spans)


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("She moved to Lisbon, which soon thereafter signed a pact with Chile.", True),
        ("The two states subsequently restored diplomatic relations.", True),
        ("At the time, Peru recalled its ambassador from Quito.", True),
        ("At the time of writing, no truce had been agreed in Quito.", False),
        ("At the time of going to press, Lima had not replied.", False),
        ("Since then, the opposition bloc has staged rallies across Freedonia.", True),
        ("Since then, Ruiz returned the visit with a trip to Lima.", False),
        ("Later Ortega will hold a joint press conference with Chile's president.", False),
        ("The summit will be held later this year in Santiago.", False),
    ],
)
def test_narrative_past(sentence: str, past: bool) -> None:
    assert (_NARRATIVE_PAST.search(sentence) is not None) is past


def test_no_page_day_for_history() -> None:
    """A dropped trigger in such a clause makes no candidate dated by the page."""
    lede = "Chile and Peru signed a trade agreement in Lima on Wednesday."
    history = (
        "Peru later left the bloc, and within a few years thereafter Chile declared war on Bolivia."
    )
    read = read_document(_doc(lede, history))
    start = read.reader.text.index(history)
    dated_by_page = [
        c
        for c in read.candidates
        if c.date_source == "publication" and any(s.start >= start for s in c.event.sources)
    ]
    assert dated_by_page == []
