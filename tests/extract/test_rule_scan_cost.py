"""What a trigger rule's scan costs: no alternative tries its look-behinds at every character.

``re`` tries a pattern at each character of the text it searches; an alternative that
opens with look-behinds ("not after 'the'", "not after 'was'") runs all of them there
before it reads a letter. Opened by ``\\b`` and a look-ahead of its first letters, the
same alternative fails at once inside a word and between words (the same matches:
assertions at one place commute). The thirty-fourth session found eight rules so, the
taking of office's dozen look-behinds a tenth of a pass (docs/scale.md).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

import pytest

from timeline.extract.lexicon import TRIGGERS
from timeline.extract.triggers import find_triggers


def _private_re() -> tuple[ModuleType, ModuleType]:
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:  # pragma: no cover - CPython before 3.11
        pytest.skip("re._parser is CPython 3.11's")


def _opens_with_a_look_behind(items: list[Any], constants: ModuleType) -> bool:
    """Whether a match of ``items`` (a parsed pattern) may begin by a look-behind."""
    if not items:
        return False
    op, av = items[0]
    if op in (constants.ASSERT, constants.ASSERT_NOT):
        return bool(av[0] == -1)
    if op is constants.SUBPATTERN:
        return _opens_with_a_look_behind(list(av[3]), constants)
    if op is constants.BRANCH:
        return any(_opens_with_a_look_behind(list(alt), constants) for alt in av[1])
    return False


def test_no_rule_tries_look_behinds_at_every_character() -> None:
    parser, constants = _private_re()
    slow = [
        trig.name
        for trig in TRIGGERS
        if _opens_with_a_look_behind(
            list(parser.parse(trig.pattern.pattern, trig.pattern.flags)), constants
        )
    ]
    assert slow == []


_TIES = "diplomatic-relations"


def _names(text: str) -> list[tuple[str, str]]:
    return [(t.name, text[a:b]) for t, a, b in find_triggers(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "rule", "found"),
    [
        ("Ruto's inauguration in Nairobi drew regional leaders.", "took-office", True),
        ("The Vice President's inauguration was postponed.", "took-office", False),
        ("Tanzania's inauguration of the new port was delayed.", "took-office", False),
        ("Kenya's new leader was elected on Monday by parliament.", "election-to-chair", False),
        ("The assembly elected on Monday a new president.", "election-to-chair", True),
        ("Since the establishment of diplomatic ties in 1990, trade grew.", _TIES, True),
        ("The anniversary of the establishment of diplomatic ties in 1990 passed.", _TIES, False),
        ("The ministry said Syria's readmission to the Arab League was agreed.", "admission", True),
        ("They signed on the return and readmission of migrants.", "admission", False),
        ("Hungary refused him an entry visa on Friday.", "asylum-visa", True),
        ("The minister left Tokyo on Monday for Brussels.", "departure", True),
        ("There was little time left for Brussels.", "departure", False),
    ],
)  # fmt: skip
def test_the_rules_read_as_before(text: str, rule: str, found: bool) -> None:
    assert any(name == rule for name, _ in _names(text)) is found


def test_a_saying_tests_its_sentence_only_when_a_state_says_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """:func:`~timeline.extract.sayings.a_state_says` asks whether its sentence names a
    game or a court (a search of the whole sentence) only once a state is the sayer."""
    from timeline.extract import sayings

    asked: list[tuple[int, int]] = []

    def names_a_game(text: str, start: int, end: int) -> bool:
        asked.append((start, end))
        return "match" in text[start:end]

    monkeypatch.setattr(sayings, "names_a_game", names_a_game)
    text = "Title\nThe coach criticized the referee after the match on Sunday night."
    assert not sayings.a_state_says(text, text.index(" criticized"), text.index(" the ref"))
    assert asked == []
    text = "Title\nBrazil criticized the referee after the match on Sunday night."
    assert not sayings.a_state_says(text, text.index(" criticized"), text.index(" the ref"))
    assert len(asked) == 1
    text = "Title\nIsrael criticized the invitation extended to the delegation on Sunday."
    assert sayings.a_state_says(text, text.index(" criticized"), text.index(" the inv"))
