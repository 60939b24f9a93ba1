"""Dictionary matching: many names, one compiled regular expression.

The names are compiled into a single pattern shaped like a trie
(``Kaz(?:akh(?:stan(?:i)?)?)``), so the regex engine follows one path per
position instead of trying thousands of alternatives, and longer names are
tried before their prefixes: the longest name wins at each position. A match
must stand as a whole word: no letter or digit may touch it on either side
(a hyphen may: ``Uzbek-Turkish`` holds two names).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

__all__ = ["ascii_fold", "compile_names", "spellings"]

#: Letters that Unicode does not decompose into an ASCII letter and a mark.
_FOLD = str.maketrans({"ı": "i", "İ": "I", "ə": "e", "Ə": "E", "ł": "l", "Ł": "L", "ø": "o"})


def ascii_fold(name: str) -> str:
    """``Erdoğan`` -> ``Erdogan``, ``Türkiye`` -> ``Turkiye``: the spelling without accents."""
    if name.isascii():  # most names: nothing to fold (NFKD leaves ASCII as it is)
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(name: str) -> Iterator[str]:
    """``name`` and, if different, its ASCII spelling, each also with a typographic apostrophe.

    ``Côte d'Ivoire`` -> also ``Cote d'Ivoire``, ``Côte d’Ivoire``, ``Cote d’Ivoire``:
    news writes the apostrophe either way.
    """
    seen: set[str] = set()
    for form in (name, ascii_fold(name)):
        for spelling in (form, form.replace("'", "’")):
            if spelling not in seen:
                seen.add(spelling)
                yield spelling


def _trie(words: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    # Greedy "?" tries the longer continuation first: the longest name wins.
    return group + "?" if ends_here else group


def compile_names(names: Iterable[str]) -> re.Pattern[str]:
    """One whole-word, case-sensitive pattern matching any of ``names``."""
    unique = sorted({n for n in names if n})
    if not unique:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![^\W_])" + _pattern(_trie(unique)) + r"(?![^\W_])")
