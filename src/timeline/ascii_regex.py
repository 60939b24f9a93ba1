"""A pattern's twin for ASCII text: the same matches, with ``re``'s ASCII character tests.

Python's ``re`` reads a ``str`` pattern with Unicode semantics: every ``\\w``, ``\\b``,
``\\d`` or ``\\s`` test of a character asks Unicode's tables (a character that is no
letter costs four calls: ``_PyUnicode_IsAlpha``, ``IsDecimalDigit``, ``IsDigit``,
``IsNumeric``), where under ``re.ASCII`` it is one table look-up. Those tests were 8 % of
an extraction pass's instructions (docs/history/scale-log.md, "Extraction per core, twenty-fifth
session"), and most articles are all ASCII.

On an ASCII text the two readings agree but for two things: Unicode's ``\\s`` also
matches U+001C to U+001F (the information separators, white space to ``str.isspace``),
and a case-blind pattern holding a character that is not ASCII may match an ASCII letter
(``ſ`` matches ``s``, the Kelvin sign ``k``). :func:`ascii_twin` compiles the pattern
again under ``re.ASCII`` from its own syntax tree, each ``\\s`` widened to those four
separators, and gives None for a pattern it cannot render exactly (case-blind with a
character that is not ASCII, a type flag set inside, ``\\S`` inside a wider set).
``twin.finditer(text, pos, endpos)`` then finds what ``pattern.finditer(text, pos,
endpos)`` finds whenever ``text.isascii()`` (a constant-time test of a ``str``), and
likewise ``search``, ``match`` and ``fullmatch``.

The syntax tree is read with CPython's private ``re._parser``, ``re._compiler`` and
``re._constants`` (no API: ``sre_parse`` and ``sre_compile`` until 3.10; tested on CPython
3.11.7, 3.12.1 and 3.13.0, docs/history/scale-log.md). A twin is only ever a speed-up, so every way
these can fail gives no twin and the plain pattern runs, with the same output: the modules
missing or without a name read here (:func:`_private_re` gives None), any error while a
pattern is parsed, rendered or compiled (:func:`ascii_twin` gives None), and a layout that
renders without error but differently (a few probe patterns, one per kind of item
rendered, are compared with their twins once, when the modules are first read; one
mismatch and no pattern gets a twin). On CPython 3.10, for one, no pattern has a twin.

>>> pattern = re.compile(r"\\bmet\\s+(\\w+)", re.IGNORECASE)
>>> twin = ascii_twin(pattern)
>>> twin is not None and twin.flags & re.ASCII != 0
True
>>> twin.search("Leaders MET\\x1fToday").group(1)
'Today'
>>> ascii_twin(re.compile("ſ", re.IGNORECASE)) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any

__all__ = ["ascii_twin", "for_text"]

_TYPE_FLAGS = re.ASCII | re.LOCALE | re.UNICODE

#: One probe pattern for each kind of item :func:`_render` rewrites, and a text on which
#: the pattern and its twin must find the same: what a changed private layout would show.
_PROBES: tuple[tuple[str, int, str], ...] = (
    (r"\bmet\s+(\w+)\b", re.IGNORECASE, "Leaders MET\x1fToday, met 12 x"),
    (r"[^\s]+[\s,]\S|\d{2,3}?", 0, "ab\x1cc d,e 1234"),
    (r"(?i:k)(?-i:a)(?=\s)(?!_)(?<=a)\s", 0, "Ka\x1c kA\x1d ka_ ka\x1e"),
    (r"(?>a+\s)|(x)?(?(1)\s|z)", 0, "aa\x1c x\x1d z xz"),
    (r"\w++[^\S]\s*+", re.IGNORECASE, "ab \x1d cd\x1f"),
)


class _Refused(Exception):
    """The pattern has no exact ASCII twin."""


@dataclass(frozen=True)
class _PrivateRe:
    """What this module reads of CPython's private ``re`` modules, read once."""

    parser: Any
    compiler: Any
    c: Any  # re._constants
    separators: tuple[Any, Any]  # the characters below 128 Unicode's \s adds to ASCII's
    space: tuple[Any, Any]
    not_space: tuple[Any, Any]
    negate: tuple[Any, Any]
    repeats: frozenset[Any]
    plain: frozenset[Any]  # items with nothing inside to render again


@cache
def _private_re() -> _PrivateRe | None:
    """CPython's private ``re`` modules, or None when they are missing, lack a name read
    here, or render a probe pattern (:data:`_PROBES`) differently from the pattern."""
    try:
        c = import_module("re._constants")
        private = _PrivateRe(
            import_module("re._parser"),
            import_module("re._compiler"),
            c,
            (c.RANGE, (0x1C, 0x1F)),
            (c.CATEGORY, c.CATEGORY_SPACE),
            (c.CATEGORY, c.CATEGORY_NOT_SPACE),
            (c.NEGATE, None),
            frozenset({c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}),
            frozenset({c.ANY, c.AT, c.GROUPREF}),
        )
    except (ImportError, AttributeError):
        return None
    for regex, flags, text in _PROBES:
        pattern = re.compile(regex, flags)
        twin = _twin(pattern, private)
        if twin is None or _found(twin, text) != _found(pattern, text):
            return None
    return private


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[Any, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def _set(items: list[tuple[Any, Any]], case_blind: bool, sre: _PrivateRe) -> list[tuple[Any, Any]]:
    """A character set's items under ``re.ASCII``, matching the same ASCII characters."""
    c = sre.c
    for op, av in items:
        if op is c.LITERAL and case_blind and av >= 128:
            raise _Refused
        if op is c.RANGE and case_blind and av[1] >= 128:
            raise _Refused
    if sre.not_space in items:
        # "any but white space": only alone, or alone negated, has an exact set
        if items == [sre.not_space]:
            return [sre.negate, sre.space, sre.separators]
        if items == [sre.negate, sre.not_space]:
            return [sre.space, sre.separators]
        raise _Refused
    out: list[tuple[Any, Any]] = []
    for item in items:
        out.append(item)
        if item == sre.space:
            out.append(sre.separators)
    return out


def _render(pattern: Any, case_blind: bool, sre: _PrivateRe) -> None:
    """Rewrite the parsed ``pattern`` (a ``re._parser.SubPattern``) in place for ASCII."""
    c = sre.c
    data = pattern.data
    for index, (op, av) in enumerate(data):
        if op is c.IN:
            data[index] = (op, _set(av, case_blind, sre))
        elif op in (c.LITERAL, c.NOT_LITERAL):
            if case_blind and av >= 128:
                raise _Refused
        elif op is c.BRANCH:
            for branch in av[1]:
                _render(branch, case_blind, sre)
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if (add_flags | del_flags) & _TYPE_FLAGS:
                raise _Refused
            blind = bool(add_flags & re.IGNORECASE) or (
                case_blind and not del_flags & re.IGNORECASE
            )
            _render(inner, blind, sre)
        elif op in sre.repeats:
            _render(av[2], case_blind, sre)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _render(av[1], case_blind, sre)
        elif op is c.ATOMIC_GROUP:
            _render(av, case_blind, sre)
        elif op is c.GROUPREF_EXISTS:
            _render(av[1], case_blind, sre)
            if av[2] is not None:
                _render(av[2], case_blind, sre)
        elif op not in sre.plain:
            raise _Refused


def _twin(pattern: re.Pattern[str], sre: _PrivateRe | None) -> re.Pattern[str] | None:
    """:func:`ascii_twin` with the private modules ``sre`` (None: no twin)."""
    if sre is None or not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    try:
        tree = sre.parser.parse(pattern.pattern, pattern.flags)
        _render(tree, bool(tree.state.flags & re.IGNORECASE), sre)
        # an int, not a RegexFlag: the compiler tests the flags thousands of times, each
        # through enum.__and__ if they are one
        tree.state.flags = int((tree.state.flags & ~re.UNICODE) | re.ASCII)
        twin = sre.compiler.compile(tree)
    except Exception:  # refused, or a private layout this module does not know
        return None
    if not isinstance(twin, re.Pattern) or not twin.flags & re.ASCII:
        return None
    return twin


@cache
def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled under ``re.ASCII``, the same matches on every ASCII text
    (the module's docstring), or None when it cannot be rendered exactly or CPython's
    private ``re`` modules cannot be read as this module reads them."""
    return _twin(pattern, _private_re())


def for_text(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str) -> re.Pattern[str]:
    """``twin`` when there is one and ``text`` is all ASCII, else ``pattern``.

    >>> pattern = re.compile(r"\\w+")
    >>> for_text(pattern, ascii_twin(pattern), "café") is pattern
    True
    """
    return twin if twin is not None and text.isascii() else pattern
