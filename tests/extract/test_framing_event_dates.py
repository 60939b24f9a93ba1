"""An act told with no date of its own takes the day of the event that frames it, and of
those told before, the one of exactly its sides first: "The two prime ministers witnessed
the signing" after their talks on Thursday is of that day, not of the ASEAN summit one of
them attended before (thirty-ninth session; an article of our own)."""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import document_events

ARTICLE = (
    "Vietnam, Australia upgrade ties during Albanese visit\n"
    "date 2024-03-08\n\n"
    "HANOI, March 7 - Vietnam and Australia elevated their relationship to a comprehensive "
    "strategic partnership on Thursday, as Vietnamese Prime Minister Pham Minh Chinh held "
    "talks with his Australian counterpart Anthony Albanese in Melbourne.\n\n"
    "Chinh is on an official visit to Australia from March 6 to 8, after attending the "
    "ASEAN-Australia Special Summit in Melbourne from March 4 to 6.\n\n"
    "The two prime ministers witnessed the signing of several cooperation documents, "
    "including on mining and education.\n"
)


def test_the_framing_event_of_exactly_its_sides_dates_the_act(tmp_path: Path) -> None:
    found = document_events(tmp_path, ARTICLE)
    signings = [e.date.value for e in found if e.kind is EventKind.signing]
    assert signings == ["2024-03-07"], [(e.kind.value, e.date.value) for e in found]
