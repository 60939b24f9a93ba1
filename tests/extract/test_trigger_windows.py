"""Running each trigger rule only around its keywords finds exactly what a full scan finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.lexicon import TRIGGERS
from timeline.extract.pipeline import find_triggers

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "corpus").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "corpus").rglob("*.txt")
)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_windows_find_what_a_full_scan_finds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    full = find_triggers(text, 0, len(text), windows=False)
    assert find_triggers(text, 0, len(text)) == full
    for trigger, start, end in full:
        assert any(word in text[start:end].lower() for word in trigger.needs), (
            f"{trigger.name} matched {text[start:end]!r} without any of its keywords"
        )


FILLER = ["The", "minister", "said", ".", "In 2022,", "Türkiye", "and", "İstanbul", "the",
          "TALKS", "Ahmet", "Visit", "\n", "forces", "effective"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([t.example for t in TRIGGERS if t.example] + FILLER), max_size=40))
def test_windows_on_mixed_sentences(parts: list[str]) -> None:
    text = " ".join(parts)
    assert find_triggers(text, 0, len(text)) == find_triggers(text, 0, len(text), windows=False)


def test_rules_read_once_are_the_lexicon_in_order() -> None:
    from timeline.extract.triggers import _rules

    rules = _rules()
    assert [rule.trigger for rule in rules] == list(TRIGGERS)
    assert [rule.rank for rule in rules] == list(range(len(TRIGGERS)))
    for rule in rules:
        assert rule.folded == rule.trigger.folded  # None where case matters
    assert _rules() is rules


def _spots_by_find(haystack: str, start: int, end: int) -> dict[str, list[int]]:
    """Every keyword occurrence the plain way: a ``str.find`` loop per keyword."""
    out: dict[str, list[int]] = {}
    for word in sorted({w for t in TRIGGERS for w in t.needs or ()}):
        at = haystack.find(word, start, end)
        while at != -1:
            out.setdefault(word, []).append(at)
            at = haystack.find(word, at + 1, end)
    return out


KEYWORDS = sorted({w for t in TRIGGERS for w in t.needs or ()})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(KEYWORDS)
        | st.sampled_from([w[: len(w) // 2 + 1] for w in KEYWORDS] + [w[1:] for w in KEYWORDS])
        | st.text(alphabet="aeinorst ü.İ\n", max_size=6),
        max_size=30,
    ),
    st.integers(-40, 400),
    st.integers(-40, 400),
)
def test_keyword_spots_are_those_of_a_find_loop(parts: list[str], start: int, end: int) -> None:
    """One automaton pass finds every occurrence a ``str.find`` loop per keyword finds
    (overlapping ones, keywords inside others, bounds read as ``str.find`` reads them)."""
    from timeline.extract.triggers import keyword_spots

    haystack = "".join(parts)
    assert keyword_spots(haystack, start, end) == _spots_by_find(haystack, start, end)


@pytest.mark.parametrize("path", ARTICLES[:40], ids=lambda p: p.name)
def test_keyword_spots_of_articles(path: Path) -> None:
    from timeline.extract.triggers import keyword_spots

    low = path.read_text(encoding="utf-8").lower()
    assert keyword_spots(low, 0, len(low)) == _spots_by_find(low, 0, len(low))


def test_a_refused_match_lets_one_inside_it_be_read() -> None:
    # A rule's accept check refuses "in a statement" (no state body right before it); the
    # search goes on from the next character, as a failed lookbehind did, and the rule's
    # other form inside it, "a statement from <body>", is read (the lexicon's split,
    # twenty-fifth pass: the lookbehinds became accept checks).
    text = "He spoke of it in a statement from the Somali presidency."
    found = [(t.name, text[a:b]) for t, a, b in find_triggers(text, 0, len(text))]
    assert ("statement-dated", "a statement") in found
    assert find_triggers(text, 0, len(text)) == find_triggers(text, 0, len(text), windows=False)


def test_the_lexicon_is_its_groups_in_matching_order() -> None:
    from timeline.extract import (
        agreement_rules,
        gathering_rules,
        kind_other_rules,
        statement_rules,
        visit_rules,
    )

    assert (
        *agreement_rules.AGREEMENT_TRIGGERS,
        *gathering_rules.TOP_MEETING_TRIGGERS,
        *visit_rules.VISIT_TRIGGERS,
        *gathering_rules.GATHERING_TRIGGERS,
        *statement_rules.STATEMENT_TRIGGERS,
        *kind_other_rules.KIND_OTHER_TRIGGERS,
        *agreement_rules.NAMED_AGREEMENT_TRIGGERS,
    ) == TRIGGERS
    assert len({t.name for t in TRIGGERS}) == len(TRIGGERS)
