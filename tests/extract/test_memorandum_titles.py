"""The plural forms of a memorandum ("MoUs", "memorandums of understanding") are documents
signed as "memoranda" are, a document's short form in brackets is no phrase of its own,
and "and" before a preposition ends a document's topic (sixty-fourth session; 69 such
plurals in the fifty-nine and the Wikinews development texts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "kind", "title"),
    [
        (
            "Bangladesh and China signed four MoUs on Sunday.",
            "signing",
            "Bangladesh and China sign four MoUs",
        ),
        (
            "Egypt and Greece signed seven memorandums of understanding on Sunday.",
            "signing",
            "Egypt and Greece sign seven memorandums of understanding",
        ),
        # the nearest noun to the verb is the short form: the phrase is the full one
        (
            "Hasina met Saudi leaders on Wednesday when five memorandums of understanding "
            "(MoUs) were signed between Bangladesh and Saudi Arabia.",
            "signing",
            "Hasina and Saudi Arabia sign five memorandums of understanding",
        ),
        (
            "Ruto hosted Museveni on Wednesday, when seven memoranda of understanding (MoU) "
            "were signed between Kenya and Uganda.",
            "signing",
            "Ruto and Museveni sign seven memoranda of understanding",
        ),
        (
            "The main one, known as the Declaration of Mexico and in the hands of the "
            "dignitaries, was adopted by Mexico and Peru on Saturday.",
            "adoption",
            "Declaration of Mexico adopted",
        ),
    ],
)
def test_memoranda_short_forms_and_topics(tmp_path: Path, body: str, kind: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2021-09-20") if e.kind.value == kind]
    assert title in titles, titles
