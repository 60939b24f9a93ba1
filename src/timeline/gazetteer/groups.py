"""Groups of states named by a regional adjective: "the Nordic countries".

News often names the members of a meeting only as a group ("the prime
ministers of the Nordic countries met in Oslo", "Nordic and Baltic foreign
ministers", "the heads of Central Asian states"). Such a phrase names every
member state: :func:`country_groups` gives one country mention per member,
on the span of the adjective. The adjectives, their members and the plural
nouns that must follow are the reviewed ``country_groups`` of
``data/aliases.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from .actors import ActorMention, aliases_data
from .codes import country_name

__all__ = ["country_groups"]


#: The words title case leaves in lower case ("Heads of State").
_SMALL_WORDS = frozenset({"of", "and", "the"})


def _title_case(phrase: str) -> str:
    """``phrase`` as a title writes it: every word capitalized but the small words.

    >>> _title_case("heads of state")
    'Heads of State'
    """
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in phrase.split())


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    data = aliases_data().get("country_groups", {})
    members = {str(k): tuple(v) for k, v in data.get("members", {}).items()}

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    adjective = alternatives(list(members))
    nouns = [str(h) for h in data.get("heads", ())]
    heads = alternatives(sorted({*nouns, *map(_title_case, nouns)}))
    pattern = re.compile(
        rf"(?<![\w-])(?P<first>{adjective})(?:\s+and\s+(?P<second>{adjective}))?\s+(?:{heads})\b"
    )
    return pattern, members


def country_groups(text: str, start: int, end: int) -> list[ActorMention]:
    """A country mention for each member of every group named in ``text[start:end]``."""
    pattern, members = _pattern()
    found: list[ActorMention] = []
    # The pattern is tried only where an adjective stands (a fast substring search):
    # a scan of the whole text with it costs ten times more.
    starts: set[int] = set()
    for word in members:
        at = text.find(word, start, end)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1, end)
    done = start
    for at in sorted(starts):
        m = pattern.match(text, at, end) if at >= done else None
        if m is None:
            continue
        done = m.end()
        for group in ("first", "second"):
            word = m.group(group)
            if word is None:
                continue
            word_start = m.start(group)
            for code in members[word]:
                name = country_name(code) or code
                found.append(
                    ActorMention(
                        word_start, word_start + len(word), word, code, "country", name, "group"
                    )
                )
    return found
