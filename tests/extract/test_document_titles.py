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


def test_a_forum_s_ordinal_once(tmp_path: Path) -> None:
    # its name opens with the article and the ordinal ("First The First Forum" before)
    body = "The First Forum of the Border Towns of Chile and Peru was held in Arica in May 2019."
    titles = [e.title for e in events(tmp_path, body, "2024-05-14") if e.kind.value == "forum"]
    assert titles and all(t.lower().count("first") == 1 for t in titles), titles
