"""The next-word dispatch ("the two" tries only durations) is generated, current and sound."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from timeline.temporal.dispatch import NEXT_WORD
from timeline.temporal.patterns import (
    BY_NEXT_WORD,
    BY_TRIGGER,
    MASTER,
    TRIGGER_CLASS,
    next_word,
    next_word_keys,
)
from timeline.temporal.tagger import scan, scan_everywhere


@pytest.fixture(scope="module")
def generator(repo_root: Path) -> ModuleType:
    path = repo_root / "scripts" / "gen_trigger_dispatch.py"
    spec = importlib.util.spec_from_file_location("gen_trigger_dispatch", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_table_is_up_to_date(generator: ModuleType, repo_root: Path) -> None:
    committed = (repo_root / "src" / "timeline" / "temporal" / "dispatch.py").read_text("utf-8")
    assert committed == generator.render(), (
        "src/timeline/temporal/dispatch.py is out of date: "
        "run .venv/bin/python scripts/gen_trigger_dispatch.py"
    )


def test_every_key_is_in_the_table_and_narrows_the_class() -> None:
    order = list(MASTER.groupindex)
    for trigger, table in NEXT_WORD.items():
        assert sorted(table) == sorted(next_word_keys(trigger))
        whole = set(BY_TRIGGER[TRIGGER_CLASS[trigger]].groupindex)
        for names in table.values():
            assert set(names) <= whole
            assert list(names) == sorted(names, key=order.index)  # MASTER's order is kept
    # the table is worth having: most next words rule out most alternatives
    the = NEXT_WORD["the"]
    assert the["two"] == ("dur",)
    assert sum(len(v) for v in the.values()) < len(the) * 4


def test_next_word_keys() -> None:
    assert next_word("the  two-day", 3) == "two"
    assert next_word("the\n1990s", 3) == "1"
    assert next_word("the-end", 3) is None
    assert next_word("the", 3) is None


@pytest.mark.parametrize("trigger", sorted(NEXT_WORD))
def test_dispatch_finds_what_the_whole_class_finds(trigger: str) -> None:
    """Every key, in each casing, before a range of continuations."""
    tails = [
        "", " years", " years ago", "-year", " of May 2024", " half of 2023", " quarter",
        " fiscal quarter", " 10 days", " recent quarter", "s", " of the year", " few weeks",
        " thousand", " weekend", " day", " same day", "th century", " of March", "-day",
    ]  # fmt: skip
    for form in (trigger, trigger.capitalize(), trigger.upper()):
        by_key = BY_NEXT_WORD[form]
        whole = BY_TRIGGER[TRIGGER_CLASS[form]]
        for key in next_word_keys(trigger):
            for tail in tails:
                text = f"{form} {key}{tail}"
                expected = whole.match(text)
                narrowed = by_key[key]
                got = narrowed.match(text) if narrowed is not None else None
                assert (got and (got.lastgroup, got.span())) == (
                    expected and (expected.lastgroup, expected.span())
                ), text


def test_scan_with_dispatch_equals_scanning_every_position() -> None:
    text = (
        "In the two years since, the first quarter of the past decade and the same day, "
        "the 1990s, a few weeks, an hour, the most recent quarter, the end of May, "
        "THE NEXT TWO YEARS and A DECADE AGO, the year-ago quarter, the 20th century."
    )
    assert list(scan(text, date(2024, 11, 4))) == list(scan_everywhere(text, date(2024, 11, 4)))
