"""What a signing signs besides agreements, treaties and memoranda: letters of intent,
action plans, cooperation programmes, agreed minutes (:data:`timeline.extract.trigger_rule.
AGREEMENT_NOUNS`; docs/extraction.md, fiftieth pass). A signing needs such a noun near its
verb, so without them "Relevant ministers signed Letters of Intent" was no event."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.extract.trigger_rule import AGREEMENT_NOUNS, DOCUMENT_WORDS

from .conftest import article_events


def test_the_document_nouns_are_the_reviewed_list() -> None:
    # data/document_words.yaml is the one copy of the list (fifty-first session): every
    # noun of it, in any case, is a document noun of the pattern, whole; a space in it
    # stands for any run of spaces ("memorandum of\nunderstanding" broken across lines)
    nouns = DOCUMENT_WORDS.words("agreement_nouns")
    pattern = re.compile(AGREEMENT_NOUNS, re.IGNORECASE)
    assert "memorandum of understanding" in nouns and "letters of intent" in nouns
    for noun in nouns:
        for written in (noun, noun.title(), noun.replace(" ", "\n  ")):
            assert pattern.fullmatch(written), written
    assert not pattern.fullmatch("minutes") and not pattern.fullmatch("letter")


@pytest.mark.parametrize(
    "signed",
    [
        # test-l, latin-america (Buenos Aires, 23 January 2023)
        "Relevant ministers signed Letters of Intent for bilateral cooperation.",
        "The foreign ministers signed an updated Strategic Partnership Action Plan on Monday.",
        "The two governments signed the Cooperation Program for 2024-2026 on Monday.",
        "The delegations signed the agreed minutes of the session on Monday.",
    ],
)
def test_a_signed_document_of_another_name_is_a_signing(tmp_path: Path, signed: str) -> None:
    body = (
        "Argentine President Alberto Fernandez welcomed Brazilian President Lula da Silva to "
        f"Buenos Aires on Monday. {signed}"
    )
    signings = [
        {*e.countries}
        for e in article_events(tmp_path, body, "2023-01-24")
        if e.kind.value == "signing"
    ]
    assert {"AR", "BR"} in signings, signings


def test_minutes_of_time_are_no_document(tmp_path: Path) -> None:
    # test-aw, mongolia_26: "(approximately 10 minutes)" is how long a ceremony lasted
    body = (
        "Japanese Foreign Minister Motegi met Mongolian Foreign Minister Enkhtaivan in "
        "Ulaanbaatar on Friday. The ceremony lasted 10 minutes, and the two signed nothing."
    )
    assert not [
        e for e in article_events(tmp_path, body, "2020-10-10") if e.kind.value == "signing"
    ]
