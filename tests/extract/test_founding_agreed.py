"""A body the sides agree to set up is their founding of it, dated as the talks it is agreed
at (rule ``founding-agreed`` of :mod:`timeline.extract.gathering_rules`, words
``founded_bodies`` of ``data/state_act_words.yaml``; docs/extraction.md, fiftieth pass).
Sentences of the tuning sets (their set and article named) and of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import article_events


def _foundings(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str], str]]:
    return [
        (e.date.value, {*e.countries, *e.organizations}, e.title)
        for e in article_events(tmp_path, body, published)
        if e.kind.value == "founding"
    ]


def test_a_taskforce_agreed_at_talks_is_founded_that_day(tmp_path: Path) -> None:
    # test-k, canada_05 (published 2025-06-15)
    body = (
        "Canadian Prime Minister Mark Carney met British Prime Minister Keir Starmer in Ottawa "
        "on Sunday. Canada and Britain also agreed to set up a joint taskforce."
    )
    found = _foundings(tmp_path, body, "2025-06-16")
    assert found, found
    value, sides, title = found[0]
    assert value == "2025-06-15" and {"CA", "GB"} <= sides
    # told in the present, as a headline (seventy-second pass; was "...: agreed to set up")
    assert title.endswith(" agree to set up a joint taskforce"), title


@pytest.mark.parametrize(
    "sentence",
    [
        "the Presidents decided to establish a mechanism for pentagonal regular consultations",
        "the ASEAN leaders agreed on Tuesday to set up a “troika mechanism”",
        "they announced the creation of the Canada-United States Council for Advancement",
    ],
)
def test_bodies_agreed_on_are_foundings(sentence: str) -> None:
    names = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert "founding-agreed" in names, names


@pytest.mark.parametrize(
    "sentence",
    [
        # a company: the seed corpus's act of another kind
        "Azerbaijan, Kazakhstan and Georgia agreed to establish a joint venture",
        # a fund
        "a 60 billion riyal investment fund they agreed to set up in 2016",
    ],
)
def test_companies_and_funds_are_no_bodies_founded(sentence: str) -> None:
    names = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert "founding-agreed" not in names, names
