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
    assert [trig for _, trig, _ in rules] == list(TRIGGERS)
    assert [rank for rank, _, _ in rules] == list(range(len(TRIGGERS)))
    for _, trig, folded in rules:
        assert folded == trig.folded  # None where case matters
    assert _rules() is rules
