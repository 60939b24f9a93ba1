"""A cue searched only where one of its required words occurs finds what the pattern finds."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import actors, candidate_log, context, lexicon, mention, reader, sayers
from timeline.extract.cue_search import (
    _SPANS,
    UNFOLDED,
    Cue,
    _SpanWords,
    required_words,
    start_words,
)

#: Every cue of the rules built as a :class:`Cue`.
CUES = {
    name: value
    for module in (lexicon, candidate_log, reader, actors, sayers, mention, context)
    for name, value in vars(module).items()
    if isinstance(value, Cue)
}


def _pieces(cue: Cue) -> list[str]:
    """Words and parts of words of the pattern, in three cases and with the unfolded
    letters, and what lies between."""
    words = re.findall(r"[A-Za-z]+", cue.pattern.pattern)
    parts = {w for word in words for w in (word, word[:-1], word[1:])}
    cased = {p for w in parts for p in (w, w.upper(), w.capitalize())}
    # the letters re reads as s and i that str.lower does not lower to them
    cased |= {w.replace("s", "\u017f").replace("i", "\u0131") for w in parts}
    cased |= {w.upper().replace("I", "\u0130") for w in parts}
    return [*sorted(cased), " ", " ", "  ", "\n", ",", "'", "’", "7", "-", *sorted(UNFOLDED), "é"]


def _found(
    match: re.Match[str] | None,
) -> tuple[tuple[int, int], str, tuple[str | None, ...], list[tuple[int, int]]] | None:
    if match is None:
        return None
    groups = [match.span(k) for k in range(len(match.groups()) + 1)]
    return match.span(), match.group(), match.groups(), groups


def test_the_rules_cues_are_cues() -> None:
    assert {"PLANNED_CUES", "NEGATED_BEFORE", "_SAID", "BOTH_SIDES", "_SAME_DAY"} <= set(CUES)
    assert all(cue.needs for cue in CUES.values()), "a cue without words is never skipped"
    # the property test below runs the searches tried only where a match may begin
    assert CUES["PLANNED_CUES"].starts is not None
    assert sum(cue.starts is not None for cue in CUES.values()) >= len(CUES) - 2


def test_unfolded_letters_are_every_code_point_re_takes_for_another() -> None:
    """The characters ``re`` matches to an ASCII letter ignoring case, which ``str.lower``
    does not lower to that letter: every code point tried."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    odd = {
        c
        for c in re.findall("[a-z]", every, re.IGNORECASE)
        if c.lower() not in string.ascii_lowercase or not re.fullmatch(c.lower(), c, re.I)
    }
    assert odd == set(UNFOLDED)


@pytest.mark.parametrize(
    ("regex", "flags", "words"),
    [
        (r"\bvisit(?:ed|s)?\b", re.I, ("visit",)),
        (r"\b(?:met|talks)\b", 0, ("met", "talks")),
        (r"\bTalks\b", re.I, ("talks",)),  # compared with the lower-cased text
        (r"(?:held|hosted)\s+talks", 0, ("talks",)),  # the longer of the two
        (r"a+b", 0, ("a",)),  # a repeat at least once
        (r"x?yz", 0, ("yz",)),  # an optional part holds no word
        (r"(?i:abc)d", 0, ("d",)),  # a group that changes a flag is not read
        (r"(?=abc)\w+", 0, None),  # nor a lookahead
        (r"caf\u00e9s", 0, ("caf",)),  # only ASCII words
        (r"\b(?:plans?\s+to|planned)\b", re.I, ("plan",)),  # "planned" holds "plan"
        (r"\w+|go", 0, None),  # one alternative without a word
    ],
)
def test_required_words(regex: str, flags: int, words: tuple[str, ...] | None) -> None:
    assert required_words(re.compile(regex, flags)) == words


@pytest.mark.parametrize(
    ("regex", "flags", "words"),
    [
        (r"\b(?:will|is\s+to|plans?\s+to|planned)\b", re.I, ("is", "plan", "will")),
        (r"\bTalks\b", re.I, ("talks",)),  # compared with the lower-cased text
        (r"\bTalks\b", 0, ("Talks",)),
        (r"(?<=a)\b(?=b)bc|d", 0, ("bc", "d")),  # what matches no character is passed over
        (r"(?:held|hosted)\s+talks", 0, ("held", "hosted")),
        (r"\b(?:the|their|them)\b", 0, ("the",)),  # "their" begins where "the" does
        (r"x?yz", 0, None),  # an optional first part
        (r"a+b", 0, None),  # nor a repeat
        (r"(?i:abc)d", 0, None),  # nor a group that changes a flag
        (r"\w+|go", 0, None),  # one alternative without a word
        (r"(?:a|)b", 0, None),  # nor an empty one
        (r"caf\u00e9s", 0, ("caf",)),  # only ASCII letters
        (r"\u00e9t\u00e9", 0, None),
        (r"\b", 0, None),
    ],
)
def test_start_words(regex: str, flags: int, words: tuple[str, ...] | None) -> None:
    assert start_words(re.compile(regex, flags)) == words


@pytest.mark.parametrize("name", sorted(CUES))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_cue_searches_and_iterates_like_its_pattern(name: str, data: st.DataObject) -> None:
    cue = CUES[name]
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(cue)), max_size=14)))
    pos = data.draw(st.integers(min_value=-2, max_value=len(text) + 2))
    endpos = data.draw(st.integers(min_value=-2, max_value=len(text) + 2))
    for args in ((text,), (text, pos), (text, pos, endpos)):
        assert _found(cue.search(*args)) == _found(cue.pattern.search(*args))
        every = [_found(m) for m in cue.finditer(*args)]
        assert every == [_found(m) for m in cue.pattern.finditer(*args)]


def test_a_cue_skips_text_without_its_words_and_reads_unfolded_letters() -> None:
    cue = Cue(r"\bsaid\b", re.I)
    assert cue.search("They met.") is None
    assert cue.search("They SAID so.") is not None
    assert cue.search("They \u017fAID so.") is not None  # the long s: re reads it as s
    assert cue.search("They said so.", 0, 8) is None  # only the span searched
    assert cue.search("They said so.", 5, 9) is not None
    assert list(cue.finditer("They met.")) == []
    assert [m.span() for m in cue.finditer("said, said")] == [(0, 4), (6, 10)]


def test_a_cue_tried_where_its_matches_begin_finds_the_first() -> None:
    """The places a start word begins are tried in order (the first match is the
    leftmost), not where a word only ends or lies inside another."""
    cue = Cue(r"\b(?:the\s+(?:talks|summit)|talks\s+ended|summit)\b", re.I)
    assert cue.starts is not None
    text = "Other talks: the summit, then talks ended."
    assert cue.search(text).span() == (13, 23)  # "the summit", not "summit" at 17
    assert cue.search(text, 14).span() == (17, 23)  # "he summit": the next place
    assert cue.search(text, 18).span() == (30, 41)  # \b sees the text before 18 ("s")
    assert cue.search("Breathe summit", 0, 10) is None  # "the" inside a word; cut at 10
    assert cue.search("THE SUMMIT").span() == (0, 10)
    # each search goes on from the end of the match before: "summit" inside "the summit"
    # is not tried again
    spans = [m.span() for m in cue.finditer("the summit summit, the talks ended")]
    assert spans == [(0, 10), (11, 17), (19, 28)]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_one_text_searched_by_every_cue_in_turn_is_searched_like_their_patterns(
    data: st.DataObject,
) -> None:
    """The words a span holds are found once for every cue and kept (:class:`_SpanWords`):
    cues that search the same text in turn, with the same bounds or others, find what
    their patterns find."""
    names = sorted(CUES)
    pieces = sorted({p for name in names for p in _pieces(CUES[name])})
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=16)))
    bounds = st.integers(min_value=-2, max_value=len(text) + 2)
    for _ in range(data.draw(st.integers(min_value=1, max_value=12))):
        cue = CUES[data.draw(st.sampled_from(names))]
        pos, endpos = data.draw(bounds), data.draw(bounds)
        found = cue.pattern.search(text, pos, endpos)
        assert _found(cue.search(text, pos, endpos)) == _found(found)
        every = [_found(m) for m in cue.finditer(text, pos, endpos)]
        assert every == [_found(m) for m in cue.pattern.finditer(text, pos, endpos)]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text("abi", min_size=1, max_size=3), min_size=1, max_size=6),
    text=st.text("abiAB \u0130\u0131", max_size=20),
)
def test_the_words_a_span_holds_are_its_substrings(words: list[str], text: str) -> None:
    spans = _SpanWords(size=2)
    spans.add(words)
    for folded in (False, True):
        held = spans.held(text, folded=folded)
        if folded and any(c in text for c in UNFOLDED):
            assert held is None  # the pattern searches it
            continue
        assert held is not None
        seen = text.lower() if folded else text
        assert held == (seen, len(seen) == len(text), frozenset(w for w in words if w in seen))
        assert spans.held(text, folded=folded) is held  # kept
    assert len(spans._seen) <= spans.size


def test_a_cue_made_after_spans_were_kept_finds_its_words_in_them() -> None:
    text = "The zqxv summit was said to open."
    assert CUES["_SAID"].search(text) is not None  # the span is kept, without "zqxv"
    assert "zqxv" not in _SPANS.words
    late = Cue(r"\bzqxv\b", re.I)
    assert late.search(text) is not None
    held = _SPANS.held(text, folded=True)
    assert held is not None and {"said", "zqxv", "summit"} <= held[2]


def test_the_spans_kept_are_the_last_few() -> None:
    spans = _SpanWords(size=3)
    spans.add(["said"])
    for n in range(10):
        spans.held(f"{n} said", folded=True)
        assert 1 <= len(spans._seen) <= 3


def test_the_spans_kept_are_bounded_in_characters() -> None:
    # a document of one huge sentence is not held after its searches: at most ``chars``
    # characters of spans are kept (the review found 29 MB held after one 1.28 MB text)
    spans = _SpanWords(size=256, chars=1_000)
    spans.add(["said"])
    for n in range(20):
        held = spans.held(f"{n} " + "they said so. " * 30, folded=True)
        assert held is not None and held[2] == frozenset({"said"})
        assert sum(len(part) for part, _ in spans._seen) <= 1_000
    spans.held("x" * 5_000, folded=True)  # longer than the bound: kept alone
    assert len(spans._seen) == 1
