"""A pattern's twin for ASCII text: the same matches, with ``re``'s ASCII character tests.

Python's ``re`` reads a ``str`` pattern with Unicode semantics: every ``\\w``, ``\\b``,
``\\d`` or ``\\s`` test of a character asks Unicode's tables (a character that is no
letter costs four calls: ``_PyUnicode_IsAlpha``, ``IsDecimalDigit``, ``IsDigit``,
``IsNumeric``), where under ``re.ASCII`` it is one table look-up. Those tests were 8 % of
an extraction pass's instructions (docs/scale.md, "Extraction per core, twenty-fifth
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
from functools import cache
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["ascii_twin", "for_text"]

#: The characters below 128 that Unicode's ``\s`` matches and ASCII's does not.
_SEPARATORS = (_constants.RANGE, (0x1C, 0x1F))
_SPACE = (_constants.CATEGORY, _constants.CATEGORY_SPACE)
_NOT_SPACE = (_constants.CATEGORY, _constants.CATEGORY_NOT_SPACE)
_NEGATE = (_constants.NEGATE, None)
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
#: Items with nothing inside to render again.
_PLAIN = {_constants.ANY, _constants.AT, _constants.GROUPREF}
_TYPE_FLAGS = re.ASCII | re.LOCALE | re.UNICODE


class _Refused(Exception):
    """The pattern has no exact ASCII twin."""


def _set(items: list[tuple[Any, Any]], case_blind: bool) -> list[tuple[Any, Any]]:
    """A character set's items under ``re.ASCII``, matching the same ASCII characters."""
    for op, av in items:
        if op is _constants.LITERAL and case_blind and av >= 128:
            raise _Refused
        if op is _constants.RANGE and case_blind and av[1] >= 128:
            raise _Refused
    if _NOT_SPACE in items:
        # "any but white space": only alone, or alone negated, has an exact set
        if items == [_NOT_SPACE]:
            return [_NEGATE, _SPACE, _SEPARATORS]
        if items == [_NEGATE, _NOT_SPACE]:
            return [_SPACE, _SEPARATORS]
        raise _Refused
    out: list[tuple[Any, Any]] = []
    for item in items:
        out.append(item)
        if item == _SPACE:
            out.append(_SEPARATORS)
    return out


def _render(pattern: Any, case_blind: bool) -> None:
    """Rewrite the parsed ``pattern`` (a ``re._parser.SubPattern``) in place for ASCII."""
    data = pattern.data
    for index, (op, av) in enumerate(data):
        if op is _constants.IN:
            data[index] = (op, _set(av, case_blind))
        elif op in (_constants.LITERAL, _constants.NOT_LITERAL):
            if case_blind and av >= 128:
                raise _Refused
        elif op is _constants.BRANCH:
            for branch in av[1]:
                _render(branch, case_blind)
        elif op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if (add_flags | del_flags) & _TYPE_FLAGS:
                raise _Refused
            blind = bool(add_flags & re.IGNORECASE) or (
                case_blind and not del_flags & re.IGNORECASE
            )
            _render(inner, blind)
        elif op in _REPEATS:
            _render(av[2], case_blind)
        elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
            _render(av[1], case_blind)
        elif op is _constants.ATOMIC_GROUP:
            _render(av, case_blind)
        elif op is _constants.GROUPREF_EXISTS:
            _render(av[1], case_blind)
            if av[2] is not None:
                _render(av[2], case_blind)
        elif op not in _PLAIN:
            raise _Refused


@cache
def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled under ``re.ASCII``, the same matches on every ASCII text
    (the module's docstring), or None when it cannot be rendered exactly."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    try:
        _render(tree, bool(tree.state.flags & re.IGNORECASE))
    except _Refused:
        return None
    tree.state.flags = (tree.state.flags & ~re.UNICODE) | re.ASCII
    twin: re.Pattern[str] = _compiler.compile(tree)
    return twin


def for_text(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str) -> re.Pattern[str]:
    """``twin`` when there is one and ``text`` is all ASCII, else ``pattern``.

    >>> pattern = re.compile(r"\\w+")
    >>> for_text(pattern, ascii_twin(pattern), "café") is pattern
    True
    """
    return twin if twin is not None and text.isascii() else pattern
