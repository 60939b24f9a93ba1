"""The trigger dispatch ("third" tries only quarters, "the two" only durations) is
generated, current and sound."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from timeline.temporal.dispatch import NEXT_WORD, WORD
from timeline.temporal.patterns import MASTER
from timeline.temporal.tagger import scan, scan_everywhere
from timeline.temporal.trigger_classes import (
    BY_NEXT_WORD,
    BY_TRIGGER,
    BY_WORD,
    PATTERNS,
    TRIGGER,
    TRIGGER_CLASS,
    next_word,
    next_word_keys,
)


@pytest.fixture(scope="module")
def generator(load_script: Callable[[str], ModuleType]) -> ModuleType:
    return load_script("gen_trigger_dispatch")


def test_table_is_up_to_date(generator: ModuleType, repo_root: Path) -> None:
    committed = (repo_root / "src" / "timeline" / "temporal" / "dispatch.py").read_text("utf-8")
    assert committed == generator.render(), (
        "src/timeline/temporal/dispatch.py is out of date: "
        "run .venv/bin/python scripts/gen_trigger_dispatch.py"
    )


def test_every_trigger_word_is_in_the_table() -> None:
    assert set(WORD) == {w.lower() for w in TRIGGER_CLASS} | {str(d) for d in range(10)}
    order = list(MASTER.groupindex)
    class_of = {w.lower(): c for w, c in TRIGGER_CLASS.items()}
    for word, names in WORD.items():
        whole = set(BY_TRIGGER[class_of.get(word, "digit")])
        assert set(names) <= whole
        assert list(names) == sorted(names, key=order.index)
    assert WORD["third"] == ("qtr",)


def test_every_key_is_in_the_table_and_narrows_the_class() -> None:
    order = list(MASTER.groupindex)
    for trigger, table in NEXT_WORD.items():
        assert sorted(table) == sorted(next_word_keys(trigger))
        whole = set(BY_TRIGGER[TRIGGER_CLASS[trigger]])
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


#: Continuations that complete some expression after one trigger word or another.
TAILS = [
    "", " years", " years ago", "-year", " of May 2024", " half of 2023", " quarter",
    " fiscal quarter", " 10 days", " recent quarter", "s", " of the year", " few weeks",
    " thousand", " weekend", " day", " same day", "th century", " of March", "-day",
    " year", " May", " Friday", " summer", " night", " two years", " Christmas", " 2024",
    " week", " month", "-long", "-ago quarter", " far", " date", " least three hours",
    " than a year", " to five years", ":30 p.m.", " a.m.", "/12/2024", "-05-10", "0s",
    " 5, 2024", " of the month", " in the year", " that same day", " days", ", May 5",
    " twenty-one", " an hour", " the following week", " ago",
]  # fmt: skip


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and (a.lastgroup, a.span())) == (b and (b.lastgroup, b.span()))


def test_word_dispatch_finds_what_the_whole_class_finds() -> None:
    for word in [*TRIGGER_CLASS, *map(str, range(10))]:
        whole = PATTERNS[BY_TRIGGER[TRIGGER_CLASS.get(word, "digit")]]
        names = BY_WORD[word]
        for tail in TAILS:
            text = word + tail
            got = PATTERNS[names].match(text) if names else None
            assert _same(got, whole.match(text)), text


@pytest.mark.parametrize("trigger", sorted(NEXT_WORD))
def test_dispatch_finds_what_the_whole_class_finds(trigger: str) -> None:
    """Every key, in each casing, before a range of continuations."""
    tails = TAILS
    for form in (trigger, trigger.capitalize(), trigger.upper()):
        by_key = BY_NEXT_WORD[form]
        whole = PATTERNS[BY_TRIGGER[TRIGGER_CLASS[form]]]
        for key in next_word_keys(trigger):
            for tail in tails:
                text = f"{form} {key}{tail}"
                expected = whole.match(text)
                names = by_key[key]
                got = PATTERNS[names].match(text) if names else None
                assert _same(got, expected), text


def test_an_ordinal_is_a_trigger_wherever_an_expression_starts_with_it() -> None:
    """The ordinals' look-ahead (trigger_classes._AFTER_ORDINAL), alone and after "the", loses no
    match of MASTER, in any casing, and leaves out the ordinals before other words ("the
    first time")."""
    odd = [" QUARTER", "-Half", " Fiscal  Quarter", " NINE months", " A Few days", " \u0663 days"]
    odd += [" Week of March", " week  of May 2009", " half-brother"]
    other = [" time", " round", " quarterly", " fiscally", " nineteenth", " halfway"]
    for word in ("first", "second", "third", "fourth", "final"):
        for form in (word, word.capitalize(), word.upper()):
            for the in ("", "the ", "The  ", "THE "):
                for tail in [*TAILS, *odd, *other]:
                    text = f" {the}{form}{tail}"
                    if MASTER.match(text, 1):
                        assert TRIGGER.match(text), text
                for tail in other:
                    text = f" {the}{form}{tail}"
                    assert not MASTER.match(text, 1) and not TRIGGER.match(text), text


def test_scan_with_dispatch_equals_scanning_every_position() -> None:
    text = (
        "In the two years since, the first quarter of the past decade and the same day, "
        "the 1990s, a few weeks, an hour, the most recent quarter, the end of May, "
        "THE NEXT TWO YEARS and A DECADE AGO, the year-ago quarter, the 20th century."
    )
    assert list(scan(text, date(2024, 11, 4))) == list(scan_everywhere(text, date(2024, 11, 4)))
