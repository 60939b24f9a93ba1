"""The anaphors' words come from a reviewed data file (data/anaphor_words.yaml): each noun's
kinds are event kinds, the nouns told as what was said at a meeting are anaphor nouns, and
the pattern finding an anaphor matches each noun of the file."""

from __future__ import annotations

import pytest

from timeline.extract.gathering_rules import ANAPHOR_WORDS, ANAPHORIC
from timeline.model import EventKind

KINDS = ANAPHOR_WORDS.values("anaphor_kinds")


def test_each_noun_refers_to_event_kinds() -> None:
    for noun, kinds in KINDS.items():
        assert kinds.split(), noun
        assert all(kind in EventKind.__members__ for kind in kinds.split()), noun


def test_the_nouns_said_at_a_meeting_are_anaphor_nouns() -> None:
    assert set(ANAPHOR_WORDS.words("said_at_nouns")) <= set(KINDS)
    assert not set(ANAPHOR_WORDS.words("occasion_nouns")) & set(KINDS)


@pytest.mark.parametrize("noun", [*KINDS, *ANAPHOR_WORDS.words("occasion_nouns")])
def test_the_pattern_finds_each_noun(noun: str) -> None:
    text = f"It was agreed during the {noun.title()}."
    found = [m.group("noun") for m in ANAPHORIC.finditer(text, 0, len(text))]
    assert found == [noun.title()], found
