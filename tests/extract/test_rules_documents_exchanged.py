"""Memoranda, agreements or a visit's bilateral documents exchanged are a signing (rule
``documents-exchanged``, thirty-sixth session), as South and Southeast Asian ministries tell
one: "India and Sri Lanka on Saturday exchanged several MoUs", "the two Presidents witnessed
the exchange of two Memoranda of Understanding". Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "Nepal and Bhutan on Friday exchanged several MoUs in Thimphu.",
        "The two leaders witnessed the exchange of three Memoranda of Understanding.",
        "Laos, Vietnam and Cambodia also exchanged a trilateral MoU in Vientiane.",
        "The ministers witnessed the exchange of agreements between the two countries.",
        "A ceremony for the exchange of bilateral documents took place at the palace.",
        "A ceremony of exchanging documents followed the talks in Dushanbe.",
    ],
)
def test_documents_exchanged(sentence: str) -> None:
    assert "documents-exchanged" in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun compound, a name, a business's paperwork
        "The two sides discussed a prisoner exchange agreement.",
        "They recalled the Logistics Exchange Memorandum of Agreement of 2016.",
        "The reform will allow exchange of documents online for traders.",
        # a ratification's or notes' exchange is another rule's
        "The foreign ministries exchanged instruments of ratification.",
        "The sides exchanged diplomatic notes on Tuesday.",
        "The ministers exchanged views on the region.",
    ],
)
def test_no_documents_exchanged(sentence: str) -> None:
    assert "documents-exchanged" not in trigger_names(sentence), trigger_names(sentence)


def test_memoranda_exchanged_are_a_signing_of_both(tmp_path: Path) -> None:
    body = "Nepal and Bhutan on Friday exchanged several MoUs in Thimphu."
    found = [
        (e.kind.value, e.date.value, set(e.countries))
        for e in article_events(tmp_path, body, "2024-03-10")
    ]
    assert ("signing", "2024-03-08", {"BT", "NP"}) in found, found
