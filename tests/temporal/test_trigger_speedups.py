"""The trigger scan's speed-ups change no match: the character before a trigger is exactly
``[^\\w]`` (in the scan's class, within the BMP; past it the scan drops a word character),
and a case-sensitive trie finds the same words whatever the order of its branches."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.lexicon import WORD_CHARS, trie_pattern
from timeline.temporal.tagger import scan, scan_everywhere
from timeline.temporal.trigger_classes import _before_trigger


def test_the_class_before_a_trigger_is_not_word_in_the_bmp_and_everything_past_it() -> None:
    # every code point once: removing the same characters leaves the same string
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    bmp, astral = every[:0x10000], every[0x10000:]
    before = _before_trigger()
    assert re.sub(before, "", bmp) == re.sub(r"[^\w]", "", bmp)
    assert re.sub(before, "", astral) == ""


def test_a_word_character_past_the_bmp_starts_no_trigger() -> None:
    # "𝐀" (U+1D400) is a letter, so "𝐀May" is one word; "😀" is not, so "May" starts one
    for before in ["𝐀", "😀", "𠀀", "𝟑", "\U0001f1fa", " "]:
        for after in ["May 3, 2019", "2019 was", "the next day", "3 years ago"]:
            text = f"On {before}{after}, and {before}{after}"
            found = list(scan(text, date(2024, 11, 4)))
            assert found == list(scan_everywhere(text, date(2024, 11, 4)))
            glued = {i + 1 for i, ch in enumerate(text) if ch == before}
            assert bool(glued & {t.start for t in found}) == (before not in "𝐀𠀀𝟑"), text


def test_the_word_class_with_ascii_listed_is_the_word_class() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.sub("[" + WORD_CHARS + "]", "", every) == re.sub(r"\w", "", every)


_WORDS = st.sets(st.text(alphabet="aAbBtT -'", min_size=1, max_size=6), min_size=1, max_size=12)


@given(words=_WORDS, text=st.text(alphabet="aAbBtT -'x", max_size=40))
def test_frequent_first_order_finds_the_same_words(words: set[str], text: str) -> None:
    by_code = re.compile(trie_pattern(words))
    by_frequency = re.compile(trie_pattern(words, frequent_first=True))
    assert [(m.start(), m.end()) for m in by_code.finditer(text)] == [
        (m.start(), m.end()) for m in by_frequency.finditer(text)
    ]
    # the frequent letters come first: "t" before "a" before "b", lower case first
    if {"t", "a", "T"} <= words:
        pattern = trie_pattern({"t", "a", "T"}, frequent_first=True)
        assert pattern.index("t") < pattern.index("a") < pattern.index("T")


def test_patterns_compile_without_the_cycle_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern compiled on first use is compiled with the collector paused, and the
    collector runs again after it (timeline.collector)."""
    import gc

    from timeline.temporal import trigger_classes

    seen: list[bool] = []

    def compile_recording(names: set[str], flags: str) -> re.Pattern[str]:
        seen.append(gc.isenabled())
        return re.compile("|".join(sorted(names)))

    monkeypatch.setattr(trigger_classes, "compile_alternatives", compile_recording)
    compiled = trigger_classes._Compiled()
    assert gc.isenabled()
    assert compiled[("a", "b")].pattern == "a|b"
    assert compiled[("a", "b")].pattern == "a|b"  # kept: compiled once
    assert seen == [False] and gc.isenabled()
