"""A pattern's ASCII twin (:func:`timeline.ascii_regex.ascii_twin`) finds what the pattern
finds on every ASCII text: the white space Unicode adds below 128 kept, the patterns it
cannot render refused; the trigger rules' twins on real articles and on made-up text."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import ascii_regex
from timeline.ascii_regex import ascii_twin, for_text
from timeline.extract import triggers
from timeline.extract.lexicon import TRIGGERS
from timeline.extract.triggers import _rules, find_triggers

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [
    text
    for path in sorted((ROOT / "corpus").glob("*.txt"))
    + sorted((ROOT / "tests" / "data" / "corpus").rglob("*.txt"))
    if (text := path.read_text(encoding="utf-8")).isascii()
]

#: Every kind of ASCII character a pattern tells apart: letters of both cases, digits, the
#: underscore, white space, the four separators Unicode's ``\s`` matches and ASCII's does
#: not, punctuation.
_ALPHABET = "aAkKsSiI09_ \t\n\x1c\x1d\x1e\x1f\x0b-.,'\"()"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    twin = ascii_twin(pattern)
    assert twin is not None, pattern.pattern
    assert twin.flags & re.ASCII and not twin.flags & re.UNICODE
    return twin


@pytest.mark.parametrize(
    ("regex", "text"),
    [
        (r"a\sb", "a\x1cb"),  # \s widened to the separators
        (r"a[\s,]b", "a\x1fb"),
        (r"a\Sb", "a\x1db"),  # \S alone: no separator
        (r"a[^\s]b", "a\x1eb"),
        (r"a[^\S]b", "a\x1cb"),
        (r"\bmet\b", "met\x1c"),
        (r"\w+\s+\d+", "Met 12\x1f34"),
    ],
)
def test_white_space_below_128_is_read_as_unicode_reads_it(regex: str, text: str) -> None:
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(regex, flags)
        assert _spans(_twin(pattern), text) == _spans(pattern, text)


@pytest.mark.parametrize(
    "regex",
    [
        r"ſ",  # case-blind, the long s matches "s"
        r"[xſ]",
        r"[a-\u212a]",  # case-blind, a range holding the Kelvin sign
        r"(?i:\u212a)",
        r"[\S,]",  # \S in a wider set
        r"(?u:\w)",  # a type flag inside
    ],
)
def test_what_has_no_exact_twin_is_refused(regex: str) -> None:
    pattern = re.compile(regex, re.IGNORECASE if "(?" not in regex else 0)
    assert ascii_twin(pattern) is None


def test_case_matters_a_character_beyond_ascii_is_no_reason_to_refuse() -> None:
    pattern = re.compile(r"K|ſ|s")
    assert _spans(_twin(pattern), "sKS") == _spans(pattern, "sKS")


def test_the_twin_is_used_only_on_ascii_text() -> None:
    pattern = re.compile(r"\w+")
    twin = _twin(pattern)
    assert for_text(pattern, twin, "Sochi talks") is twin
    assert for_text(pattern, twin, "Türkiye") is pattern
    assert for_text(pattern, None, "Sochi") is pattern


def _every_rule_pattern() -> list[re.Pattern[str]]:
    """What :func:`~timeline.extract.triggers.find_triggers` runs over an ASCII text: each
    rule's pattern for lower-cased text, else its own (case matters)."""
    return [trig.pattern if trig.folded is None else trig.folded for trig in TRIGGERS]


def test_every_trigger_rule_has_a_twin_and_find_triggers_reads_them() -> None:
    for pattern in _every_rule_pattern():
        _twin(pattern)
    for rule in _rules():
        if rule.folded is None:
            assert rule.plain_twin is ascii_twin(rule.trigger.pattern)
            assert rule.folded_twin is None
        else:  # an ASCII text always folds: the case-blind pattern never reads one
            assert rule.plain_twin is None
            assert rule.folded_twin is ascii_twin(rule.folded)


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_trigger_twins_find_what_the_rules_find_in_articles(index: int) -> None:
    text = ARTICLES[index]
    low = text.lower()
    for pattern in _every_rule_pattern():
        for subject in (text, low):
            assert _spans(_twin(pattern), subject) == _spans(pattern, subject), pattern.pattern


#: The rules' words that are ASCII: a twin reads ASCII text only (:func:`for_text`), and a
#: word such as "communiqué" made a text the twin never sees (a falsifying example of 2026-12-05).
_WORDS = sorted(
    {w for trig in TRIGGERS for w in trig.needs if w.isascii()} | {"met", "said", "will"}
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([t.example for t in TRIGGERS if t.example.isascii() and t.example]),
            st.sampled_from(_WORDS),
            st.text(_ALPHABET, max_size=3),
        ),
        max_size=30,
    ),
    st.sampled_from([" ", "\x1c", "\x1f", "_", "\n"]),
)
def test_trigger_twins_find_what_the_rules_find_in_made_up_text(
    parts: list[str], glue: str
) -> None:
    text = glue.join(parts)
    assert text.isascii()
    for pattern in _every_rule_pattern():
        for subject in (text, text.lower()):
            assert _spans(_twin(pattern), subject) == _spans(pattern, subject), pattern.pattern


# CPython's private ``re`` modules are no API: whatever of them is missing, renamed or laid
# out anew, no pattern gets a twin and the plain pattern runs (the module's docstring).


@pytest.mark.parametrize("name", ["re._parser", "re._compiler", "re._constants"])
def test_a_missing_private_module_gives_no_twins(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setitem(sys.modules, name, None)  # importing it raises ImportError
    assert ascii_regex._private_re.__wrapped__() is None


def test_a_private_module_without_a_name_read_gives_no_twins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "re._constants", ModuleType("re._constants"))
    assert ascii_regex._private_re.__wrapped__() is None


def test_a_layout_that_renders_differently_gives_no_twins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The probe patterns catch a rendering that runs without error but drops the white
    space Unicode adds below 128 (as a renamed category constant would)."""
    assert ascii_regex._private_re.__wrapped__() is not None
    monkeypatch.setattr(ascii_regex, "_set", lambda items, case_blind, sre: items)
    assert ascii_regex._private_re.__wrapped__() is None


def _raise(*args: Any) -> Any:
    raise ValueError("a changed layout")


@pytest.mark.parametrize("part", ["parser", "compiler"])
def test_an_error_while_rendering_gives_no_twin(part: str) -> None:
    private = ascii_regex._private_re()
    assert private is not None
    pattern = re.compile(r"\bmet\s+(\w+)")
    broken = replace(private, **{part: ModuleType(part)})  # no parse(), no compile()
    assert ascii_regex._twin(pattern, broken) is None
    broken.__dict__[part].__dict__.update(parse=_raise, compile=_raise)
    assert ascii_regex._twin(pattern, broken) is None
    assert ascii_regex._twin(pattern, private) is not None


def test_the_twin_is_compiled_with_plain_int_flags() -> None:
    # RegexFlag flags would send each of the compiler's flag tests through enum.__and__
    private = ascii_regex._private_re()
    assert private is not None
    seen: list[object] = []

    def compile_(tree: Any) -> Any:
        seen.append(tree.state.flags)
        return private.compiler.compile(tree)

    spy = replace(private, compiler=ModuleType("compiler"))
    spy.compiler.__dict__["compile"] = compile_
    twin = ascii_regex._twin(re.compile(r"\bmet\s+(\w+)", re.IGNORECASE), spy)
    assert twin is not None and twin.flags & re.ASCII
    assert [type(flags) for flags in seen] == [int]


def test_without_twins_the_triggers_found_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    text = max(ARTICLES, key=len)
    with_twins = find_triggers(text, 0, len(text))
    assert any(rule.plain_twin or rule.folded_twin for rule in _rules())
    monkeypatch.setattr(ascii_regex, "_private_re", lambda: None)
    monkeypatch.setattr(triggers, "ascii_twin", ascii_twin.__wrapped__)
    monkeypatch.setattr(triggers, "_rules", _rules.__wrapped__)
    assert not any(rule.plain_twin or rule.folded_twin for rule in triggers._rules())
    assert find_triggers(text, 0, len(text)) == with_twins
