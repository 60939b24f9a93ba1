"""The tagger's word lists, read from reviewed data files under ``src/timeline/data``.

The project keeps lexicons that are lists in data files, one copy each, not in code
(docs/architecture.md); the patterns built from them stay in code. A file here is a YAML
mapping from a list's name to its entries, and each list has a :data:`Kind`:

* ``words``: a list of distinct, non-empty, lower-case strings ("will", "going to");
* ``names``: the same, in any case ("Conference", "Expo").

:func:`word_lists` reads one file once (cached), on first use, and checks every entry:
a file that is not a mapping of the expected lists, or an entry that breaks its list's
kind, raises :class:`~timeline.errors.DataError` naming the file, the line and the entry.

>>> lists = word_lists("tense_markers.yaml", {"future": "words", "past": "words",
...                                           "irregular_past": "words"})
>>> lists["past"][:3]
('was', 'were', 'had')
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Literal

from ..errors import DataError
from ..yaml_files import parse_yaml

__all__ = ["Kind", "parse_word_lists", "word_lists"]

#: What a list holds: lower-case words, or words in any case.
Kind = Literal["words", "names"]

#: The lists of a file, by name, in the file's order.
WordLists = dict[str, tuple[str, ...]]


def word_lists(name: str, kinds: Mapping[str, Kind]) -> WordLists:
    """The lists of ``src/timeline/data/<name>``, checked against ``kinds`` (read once)."""
    return _read(name, tuple(kinds.items()))


@cache
def _read(name: str, kinds: tuple[tuple[str, Kind], ...]) -> WordLists:
    data = resources.files("timeline").joinpath(f"data/{name}").read_bytes()
    return parse_word_lists(data, f"src/timeline/data/{name}", dict(kinds))


def parse_word_lists(data: bytes, shown: str, kinds: Mapping[str, Kind]) -> WordLists:
    """The lists of a data file's bytes; ``shown`` is how errors name the file.

    >>> parse_word_lists(b"past: [was, said]", "x.yaml", {"past": "words"})
    {'past': ('was', 'said')}
    >>> parse_word_lists(b"past:\\n- was\\n- Said\\n", "x.yaml", {"past": "words"})
    Traceback (most recent call last):
    ...
    timeline.errors.DataError: x.yaml:3: past[1] 'Said' is not lower case
    """
    value, _ = parse_yaml(data, shown, with_lines=False)  # the lines only for a message
    try:
        return _checked(value, kinds)
    except _Problem as problem:
        _, lines = parse_yaml(data, shown)
        line = next((lines[p] for p in problem.where if p in lines), 1)
        raise DataError(problem.message, path=shown, line=line, field=problem.field) from None


class _Problem(Exception):
    """What is wrong, and where: the paths of the entry, then of its list."""

    def __init__(self, message: str, *where: tuple[str | int, ...], field: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.field = field


def _checked(value: object, kinds: Mapping[str, Kind]) -> WordLists:
    if not isinstance(value, dict):
        raise _Problem("must be a mapping from a list's name to its entries")
    for key in value:
        if key not in kinds:
            raise _Problem(f"unknown list: expected {', '.join(kinds)}", (key,), field=str(key))
    missing = [key for key in kinds if key not in value]
    if missing:
        raise _Problem(f"the list {missing[0]!r} is missing")
    return {key: _entries(value[key], key, kind) for key, kind in kinds.items()}


def _entries(entries: object, key: str, kind: Kind) -> tuple[str, ...]:
    if not isinstance(entries, list) or not entries:
        raise _Problem("must be a non-empty list", (key,), field=key)
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        problem = None
        if not isinstance(entry, str):
            problem = "is not a string"
        elif not entry or entry != " ".join(entry.split()):
            problem = "is empty or has spaces at its ends or twice"
        elif kind == "words" and entry != entry.lower():
            problem = "is not lower case"
        elif entry in seen:
            problem = "is listed twice"
        if problem is not None:
            raise _Problem(f"{entry!r} {problem}", (key, i), (key,), field=f"{key}[{i}]")
        seen.add(entry)
    return tuple(entries)
