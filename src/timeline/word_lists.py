"""Word lists read from reviewed data files under ``src/timeline/data``: the tagger's,
extraction's and the corpus sentence splitter's (neutral, so that reading a corpus does
not import the tagger; :mod:`timeline.temporal.word_lists` re-exports it).

The project keeps lexicons that are lists in data files, one copy each, not in code
(docs/architecture.md); the patterns built from them stay in code. A file here is a YAML
mapping from a list's name to its entries, and each list has a :data:`Kind`:

* ``words``: a list of distinct, non-empty, lower-case strings ("will", "going to");
* ``names``: the same, in any case ("Conference", "Expo");
* ``numbers``: a mapping from lower-case words to whole numbers ("march": 3);
* ``values``: a mapping from lower-case words to non-empty strings ("spring": "SP");
* ``by_code``: a mapping from lower-case words to mappings from upper-case codes to
  non-empty strings ("independence day": {"US": "fixed 07-04"}).

:func:`word_lists` reads one file once (cached), on first use, and checks every entry:
a file that is not a mapping of the expected lists, or an entry that breaks its list's
kind, raises :class:`~timeline.errors.DataError` naming the file, the line and the entry.

>>> lists = word_lists("abbreviations.yaml", {"abbreviations": "names",
...                                           "initialisms_that_end": "names"})
>>> lists.words("abbreviations")[:3]
('Mr', 'Mrs', 'Ms')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from .errors import DataError

__all__ = ["Kind", "WordLists", "parse_word_lists", "word_lists"]

#: What a list holds (see the module's docstring).
Kind = Literal["words", "names", "numbers", "values", "by_code"]


@dataclass(frozen=True, slots=True)
class WordLists:
    """The checked lists of one file, by name, each read as its kind."""

    shown: str
    kinds: Mapping[str, Kind]
    lists: Mapping[str, object]

    def words(self, key: str) -> tuple[str, ...]:
        """A ``words`` or ``names`` list, in the file's order."""
        value = self._get(key, ("words", "names"))
        assert isinstance(value, tuple)
        return value

    def numbers(self, key: str) -> dict[str, int]:
        """A ``numbers`` mapping, in the file's order (a copy)."""
        value = self._get(key, ("numbers",))
        assert isinstance(value, dict)
        return dict(value)

    def values(self, key: str) -> dict[str, str]:
        """A ``values`` mapping, in the file's order (a copy)."""
        value = self._get(key, ("values",))
        assert isinstance(value, dict)
        return dict(value)

    def by_code(self, key: str) -> dict[str, dict[str, str]]:
        """A ``by_code`` mapping, in the file's order (a copy)."""
        value = self._get(key, ("by_code",))
        assert isinstance(value, dict)
        return {word: dict(codes) for word, codes in value.items()}

    def _get(self, key: str, kinds: tuple[Kind, ...]) -> object:
        if self.kinds.get(key) not in kinds:
            raise KeyError(f"{self.shown} has no list {key!r} of kind {' or '.join(kinds)}")
        return self.lists[key]


def word_lists(name: str, kinds: Mapping[str, Kind]) -> WordLists:
    """The lists of ``src/timeline/data/<name>``, checked against ``kinds`` (read once)."""
    return _read(name, tuple(kinds.items()))


@cache
def _read(name: str, kinds: tuple[tuple[str, Kind], ...]) -> WordLists:
    data = resources.files("timeline").joinpath(f"data/{name}").read_bytes()
    return parse_word_lists(data, f"src/timeline/data/{name}", dict(kinds))


def parse_word_lists(data: bytes, shown: str, kinds: Mapping[str, Kind]) -> WordLists:
    """The lists of a data file's bytes; ``shown`` is how errors name the file.

    >>> parse_word_lists(b"past: [was, said]", "x.yaml", {"past": "words"}).words("past")
    ('was', 'said')
    >>> parse_word_lists(b"past:\\n- was\\n- Said\\n", "x.yaml", {"past": "words"})
    Traceback (most recent call last):
    ...
    timeline.errors.DataError: x.yaml:3: past[1] 'Said' is not lower case
    """
    try:
        value = yaml.load(data, Loader=_Loader)  # a safe loader
        return WordLists(shown, dict(kinds), _checked(value, kinds))
    except (yaml.YAMLError, _Problem) as problem:
        # read again, slowly, for the line of the problem (or for PyYAML's message)
        from .yaml_files import parse_yaml

        value, lines = parse_yaml(data, shown)  # raises for invalid YAML, a key twice
        if not isinstance(problem, _Problem):
            raise DataError(f"is not valid YAML: {problem}", path=shown) from None
        line = next((lines[p] for p in problem.where if p in lines), 1)
        raise DataError(problem.message, path=shown, line=line, field=problem.field) from None


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser when PyYAML has it (the data files are read by every tagger
    process), refusing a key given twice (YAML 1.1 lets the last one win)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        if len(set(keys)) != len(keys):
            raise yaml.YAMLError("a key is given twice")
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


class _Problem(Exception):
    """What is wrong, and where: the paths of the entry, then of its list."""

    def __init__(self, message: str, *where: tuple[str | int, ...], field: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.field = field


def _checked(value: object, kinds: Mapping[str, Kind]) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _Problem("must be a mapping from a list's name to its entries")
    for key in value:
        if key not in kinds:
            raise _Problem(f"unknown list: expected {', '.join(kinds)}", (key,), field=str(key))
    missing = [key for key in kinds if key not in value]
    if missing:
        raise _Problem(f"the list {missing[0]!r} is missing")
    checked: dict[str, object] = {}
    for key, kind in kinds.items():
        if kind in ("words", "names"):
            checked[key] = _entries(value[key], key, kind)
        else:
            checked[key] = _mapping(value[key], key, kind)
    return checked


def _word_problem(entry: object, lower: bool) -> str | None:
    if not isinstance(entry, str):
        return "is not a string"
    if not entry or entry != " ".join(entry.split()):
        return "is empty or has spaces at its ends or twice"
    if lower and entry != entry.lower():
        return "is not lower case"
    return None


def _entries(entries: object, key: str, kind: Kind) -> tuple[str, ...]:
    if not isinstance(entries, list) or not entries:
        raise _Problem("must be a non-empty list", (key,), field=key)
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        problem = _word_problem(entry, kind == "words")
        if problem is None and entry in seen:
            problem = "is listed twice"
        if problem is not None:
            raise _Problem(f"{entry!r} {problem}", (key, i), (key,), field=f"{key}[{i}]")
        seen.add(entry)
    return tuple(entries)


def _mapping(entries: object, key: str, kind: Kind) -> dict[str, int | str]:
    if not isinstance(entries, dict) or not entries:
        raise _Problem("must be a non-empty mapping", (key,), field=key)
    for word, value in entries.items():
        problem = _word_problem(word, True)
        if problem is not None:
            problem = f"{word!r} {problem}"
        elif kind == "numbers" and (not isinstance(value, int) or isinstance(value, bool)):
            problem = f"has {value!r}, not a whole number"
        elif kind == "values" and (not isinstance(value, str) or not value.strip()):
            problem = f"has {value!r}, not a non-empty string"
        elif kind == "by_code":
            problem = _codes_problem(value)
        if problem is not None:
            raise _Problem(problem, (key, word), (key,), field=f"{key}.{word}")
    return dict(entries)


def _codes_problem(codes: object) -> str | None:
    if not isinstance(codes, dict) or not codes:
        return "must be a non-empty mapping from codes to strings"
    for code, value in codes.items():
        if not isinstance(code, str) or not code.isalnum() or code != code.upper():
            return f"has the code {code!r}, not an upper-case code"
        if not isinstance(value, str) or not value.strip():
            return f"has {value!r} for {code}, not a non-empty string"
    return None
