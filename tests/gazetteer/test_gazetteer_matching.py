"""Names found in a text: the compiled trie pattern and the substring search without it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.gazetteer.matching import (
    NameMatcher,
    compile_names,
    find_names,
    literal_alternation,
)

#: Letters and digits by ``str.isalnum`` of several kinds (an Arabic-Indic digit, a
#: superscript, a Roman numeral, an accented letter, a dotless i), an underscore, which
#: ``re``'s ``\w`` holds but a name's edge may touch, a combining mark and separators.
_ALPHABET = "abAB1é\u0131\u0663\u00b2\u2167_\u0301 -.’"


def _compiled(names: list[str], text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    pattern = compile_names(names)
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, stop)]


def test_the_longest_whole_word_name_wins_and_the_search_goes_on_after_it() -> None:
    names = ["Aliyev", "Ilham Aliyev", "Ilham"]
    text = "Ilham Aliyev met Aliyeva, Ilham and Aliyev_2 and Aliyev."
    assert find_names(names, text) == [
        (0, 12, "Ilham Aliyev"),
        (26, 31, "Ilham"),
        (36, 42, "Aliyev"),
        (49, 55, "Aliyev"),
    ]
    assert find_names(names, text) == _compiled(names, text, 0, len(text))


def test_bounds_cut_the_text_but_not_the_look_behind() -> None:
    # "Aliyev" from 1 is preceded by "I": not a whole word, as for the compiled pattern
    assert find_names(["liyev"], "Aliyev", 1) == []
    # the bound ends the text: the name before it stands as a whole word
    assert find_names(["Ali"], "Aliyev", 0, 3) == [(0, 3, "Ali")]
    assert find_names(["Ali"], "Aliyev") == []
    assert find_names([], "Aliyev") == find_names([""], "Aliyev") == []


#: Random names, texts and bounds, the cases both comparisons with the pattern draw.
_RANDOM_CASES = given(
    names=st.lists(st.text(_ALPHABET, min_size=0, max_size=4), max_size=5),
    text=st.text(_ALPHABET, max_size=40),
    start=st.integers(-3, 45),
    stop=st.integers(-3, 45),
)


@settings(max_examples=300, deadline=None)
@_RANDOM_CASES
def test_the_same_matches_as_the_compiled_pattern(
    names: list[str], text: str, start: int, stop: int
) -> None:
    assert find_names(names, text, start, stop) == _compiled(names, text, start, stop)


@settings(max_examples=300, deadline=None)
@_RANDOM_CASES
def test_the_matcher_finds_what_the_compiled_pattern_finds(
    names: list[str], text: str, start: int, stop: int
) -> None:
    found = NameMatcher(names).finditer(text, start, stop)
    assert [(m.start(), m.end(), m.group()) for m in found] == _compiled(names, text, start, stop)


def test_the_matcher_tries_a_name_inside_another_and_goes_on_after_a_match() -> None:
    names = ["Korea", "North Korea", "Oman", "man"]
    text = "North Korea, a woman, Oman and Korea."
    found = NameMatcher(names).finditer(text)
    assert [m.span() for m in found] == [(0, 11), (22, 26), (31, 36)]
    assert [m.group() for m in NameMatcher(names).finditer(text, 6, 10)] == []
    assert [m.group() for m in NameMatcher(names).finditer(text, 6, 11)] == ["Korea"]


def test_the_matcher_compiles_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # the tables' trie patterns cost about a second of each process's first pass to
    # compile: the matcher reads its matches from the automaton alone
    def no_compiling(*args: object) -> None:
        raise AssertionError("a pattern compiled")

    monkeypatch.setattr(re, "compile", no_compiling)
    text = "Uzbek-Turkish talks in Tashkent, not in Tashkentskaya."
    found = NameMatcher(["Uzbek", "Turkish", "Tashkent", "Uzbekistan"]).finditer(text)
    assert [m.group() for m in found] == ["Uzbek", "Turkish", "Tashkent"]


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.text("ab' .", min_size=1, max_size=4), min_size=1, max_size=6),
    text=st.text("ab' .s", max_size=30),
    after=st.sampled_from(["", "s", r"\b(?!\s+a)", "(?!b)", r"\s*b"]),
    flags=st.sampled_from([0, re.IGNORECASE]),
)
def test_the_trie_alternation_matches_as_the_words_longest_first(
    words: list[str], text: str, after: str, flags: int
) -> None:
    # the rest of the pattern after the group may refuse the longest word: re goes back
    # to a shorter one, in the trie as in the alternation (the office forms of
    # participant_choice's bare office)
    longest_first = "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"
    old = re.compile(r"(?:^|\s)" + longest_first + after, flags)
    new = re.compile(r"(?:^|\s)" + literal_alternation(words) + after, flags)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
