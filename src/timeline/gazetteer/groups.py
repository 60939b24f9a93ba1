"""Groups of states named by a regional adjective: "the Nordic countries".

News often names the members of a meeting only as a group ("the prime
ministers of the Nordic countries met in Oslo", "Nordic and Baltic foreign
ministers", "the heads of Central Asian states"). Such a phrase names every
member state: :func:`country_groups` gives one country mention per member,
on the span of the adjective. So does an adjective (or a region's name) joined
by a dash to a country's or an organization's name, the name of a standing
format of the group with that actor ("the 10th Mekong-Japan Summit", "the
Japan-Mekong cooperation", "the first EU-Central Asia summit", "the first Russia
- Central Asia summit", "the Central Asia + Japan Summit"). The words, their
members and the plural nouns that must follow are the reviewed
``country_groups`` of ``data/aliases.yaml``.

A divided nation's two states are named together by a word for both ("inter-Korean
talks", "the two Koreas") and, once the text has named both, each by its compass word
alone ("the North said", "the South's failure"): :func:`divided_nations`, from the
reviewed ``divided_nations`` of ``data/aliases.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .actors import ActorMention, aliases_data
from .codes import country_name

__all__ = ["country_groups", "divided_nations"]


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


def country_groups(
    text: str, start: int, end: int, actors: Sequence[ActorMention] = ()
) -> list[ActorMention]:
    """A country mention for each member of every group named in ``text[start:end]``.

    ``actors`` are the mentions :func:`~timeline.gazetteer.find_actors` found in the
    same span: a group's word joined by a dash to one of their countries or
    organizations ("Mekong-Japan", "Japan-Mekong", "EU-Central Asia", "Russia - Central
    Asia") names its group too, with no plural noun after it.

    >>> text = "Japan hosted the 10th Mekong-Japan Summit."
    >>> from timeline.gazetteer import find_actors
    >>> sorted(m.id for m in country_groups(text, 0, len(text), find_actors(text)))
    ['KH', 'LA', 'MM', 'TH', 'VN']
    >>> text = "the first Russia - Central Asia summit in Astana"
    >>> sorted(m.id for m in country_groups(text, 0, len(text), find_actors(text)))
    ['KG', 'KZ', 'TJ', 'TM', 'UZ']
    """
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
    if not starts:
        return []
    country_ends = {a.end for a in actors if a.type != "person"}
    country_starts = {a.start for a in actors if a.type != "person"}
    done = start
    for at in sorted(starts):
        if at < done:
            continue
        m = pattern.match(text, at, end)
        if m is None:
            joined = _joined_to_a_country(text, at, members, country_ends, country_starts)
            if joined is not None:
                found += _members(joined, at, members[joined])
            continue
        done = m.end()
        for group in ("first", "second"):
            adjective = m.group(group)
            if adjective is not None:
                found += _members(adjective, m.start(group), members[adjective])
    return found


#: What joins a group's word to the other side of a format: a dash, or a dash or a plus
#: between spaces ("Mekong-Japan", "the first Russia - Central Asia summit", "the Central
#: Asia + Japan Summit").
_JOIN_BEFORE = re.compile(r"(?:-|\s[-–+]\s)$")
_JOIN_AFTER = re.compile(r"-|\s[-–+]\s")


def _joined_to_a_country(
    text: str,
    at: int,
    members: dict[str, tuple[str, ...]],
    actor_ends: set[int],
    actor_starts: set[int],
) -> str | None:
    """The group's word at ``at`` when a dash joins it to a country's or an organization's
    name: "Mekong-Japan", "EU-Central Asia", "Central Asia - Russia"."""
    for word in members:
        if not text.startswith(word, at):
            continue
        after = at + len(word)
        ends_a_word = after == len(text) or not (text[after].isalnum() or text[after] == "-")
        starts_a_word = at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")
        before = _JOIN_BEFORE.search(text, max(0, at - 3), at)
        if before is not None and before.start() in actor_ends and ends_a_word:
            return word  # "Japan-Mekong"
        following = _JOIN_AFTER.match(text, after)
        if following is not None and following.end() in actor_starts and starts_a_word:
            return word  # "Mekong-Japan"
    return None


def _members(word: str, at: int, codes: tuple[str, ...]) -> list[ActorMention]:
    """One country mention per member of the group ``word`` names, on its span."""
    return [
        ActorMention(at, at + len(word), word, code, "country", country_name(code) or code, "group")
        for code in codes
    ]


@cache
def _divided() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, ...]], dict[str, str]]:
    """The pattern of the words of ``divided_nations``, the states each word for both
    names, and the state of each compass word."""
    both: dict[str, tuple[str, ...]] = {}
    compass: dict[str, str] = {}
    for halves in aliases_data().get("divided_nations", {}).values():
        states = tuple(str(v) for k, v in halves.items() if k != "both")
        for word in halves.get("both", ()):
            both[str(word)] = states
        for word, code in halves.items():
            if word != "both":
                compass[str(word)] = str(code)
    if not both and not compass:
        return None, both, compass
    words = "|".join(re.escape(w) for w in sorted(both, key=len, reverse=True))
    points = "|".join(re.escape(w) for w in sorted(compass, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<both>{words})|[Tt]he[ \t]+(?P<compass>{points}))"
        r"(?![\w-])(?!(?:’s|'s)?[ \t]*[A-Z0-9-])"
    )
    return pattern, both, compass


@cache
def _nation_of() -> dict[str, frozenset[str]]:
    """Each state of a divided nation: the nation's states."""
    nations: dict[str, frozenset[str]] = {}
    for halves in aliases_data().get("divided_nations", {}).values():
        states = frozenset(str(v) for k, v in halves.items() if k != "both")
        nations.update(dict.fromkeys(states, states))
    return nations


def divided_nations(
    text: str, start: int, end: int, actors: Sequence[ActorMention] = ()
) -> list[ActorMention]:
    """The states of a divided nation named in ``text[start:end]`` by a word for both
    ("inter-Korean", "the two Koreas": each state, on the word's span) or by a compass
    word ("the North", "the South's") once ``actors``, the mentions
    :func:`~timeline.gazetteer.find_actors` found in the same span, have named both
    states before it. Not a compass word before a capitalized word, a digit or a dash:
    "the North Atlantic", "the South China Sea", "the South-East".

    >>> from timeline.gazetteer import find_actors
    >>> text = "North Korea warned South Korea. The North said the South's drills must end."
    >>> [(m.text, m.id) for m in divided_nations(text, 0, len(text), find_actors(text))]
    [('North', 'KP'), ('South', 'KR')]
    >>> text = "The inter-Korean hotline and the South China Sea"
    >>> [(m.text, m.id) for m in divided_nations(text, 0, len(text), find_actors(text))]
    [('inter-Korean', 'KP'), ('inter-Korean', 'KR')]
    """
    pattern, both, compass = _divided()
    if pattern is None:
        return []
    found: list[ActorMention] = []
    named = [(a.start, a.country or a.id) for a in actors]
    for m in pattern.finditer(text, start, end):
        word = m.group("both")
        if word is not None:
            found += _members(word, m.start(), both[word])
            continue
        point = m.group("compass")
        code = compass[point]
        before = {c for at, c in named if at < m.start()}
        if _nation_of()[code] <= before:
            found += _members(point, m.start("compass"), (code,))
    return found
