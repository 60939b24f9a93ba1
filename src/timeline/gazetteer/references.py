"""Organizations named without their name: "the organization", "the bloc", "the Forum".

News names an organization once and then by a common noun ("he will hand over
the term presidency of the organization to Berdimuhamedov") or by the head of
its name ("the Forum", "Forum Leaders" after "the Pacific Islands Forum"), a
body of an organization by the body's name alone ("The Security Council on Friday
adopted" in a text about the UN), and the organization of a continent's states by
the continent joined to a country's name before a gathering ("the Russia-Africa
summit", "the U.S.-Africa Leaders Summit": the African Union). Such a reference is
that organization (see :func:`organization_references`). The phrases are the reviewed
``organization_references`` of ``data/aliases.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from .actors import ActorMention, aliases_data, find_actors
from .codes import organization

__all__ = ["organization_references", "refers_to_an_organization"]


#: A capitalised word right before a head noun makes it part of another name.
_NAME_BEFORE = re.compile(r"(?<!\w)(?!The\s)[A-Z][\w’'-]*\s+$")


#: Before a body's name: a capitalised word, "and" or a possessive makes it another body's.
_OTHER_BODY_BEFORE = re.compile(r"(?:(?<!\w)(?!The\s)[A-Z][\w’'-]*|\band|['’]s?)\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
#: "the" right before a head in lower case ("the council").
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s\Z")


@cache
def _bodies() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, frozenset[str]]]]:
    """The pattern of the bodies' names, and each name's body code and the codes whose
    mention in a text makes the name that body there (the organization and its bodies)."""
    data = aliases_data().get("organization_references", {}).get("bodies", {})
    by_name: dict[str, tuple[str, frozenset[str]]] = {}
    for parent, bodies in data.items():
        family = frozenset({parent, *bodies.values()})
        for name, code in bodies.items():
            by_name[name] = (code, family)
    if not by_name:
        return None, by_name
    alternatives = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), by_name


@cache
def _regions() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Each region's organization, and what must follow the region: at most two words,
    then a gathering's noun (``regions`` of ``organization_references``)."""
    data = aliases_data().get("organization_references", {}).get("regions", {})
    codes = {str(k): str(v) for k, v in data.get("organizations", {}).items()}
    nouns = "|".join(re.escape(n) for n in data.get("gatherings", ()))
    if not codes or not nouns:
        return codes, None
    return codes, re.compile(rf"(?:\s+[\w’']+){{0,2}}?\s+(?:{nouns})(?![\w-])")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # the tagger's lexicon imports the model, which imports the gazetteer's codes: read late
    from ..temporal.lexicon import SERIES_NOUNS

    data = aliases_data().get("organization_references", {})

    def words(phrases: Sequence[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    # a head in lower case too, read only right after "the" (:func:`organization_references`)
    # as news writes it once the body is named ("the UN Security Council ... the council
    # voted", "the alliance", "the union"); not one a common phrase ends ("the organization"
    # is the common noun's), nor a gathering's noun ("the forum", "the conference": the
    # gathering itself, :data:`~timeline.temporal.lexicon.SERIES_NOUNS`). Each word's first
    # letter either case: the search stays literal.
    common = [str(p) for p in data.get("common", ())]
    not_lowered = {p.split()[-1] for p in common} | set(SERIES_NOUNS)
    heads = "|".join(
        f"[{h[0]}{h[0].lower()}]{re.escape(h[1:])}"
        if h.lower() not in not_lowered
        else re.escape(h)
        for h in sorted((str(h) for h in data.get("heads", ())), key=len, reverse=True)
    )
    return words(common), re.compile(rf"(?<![\w-])(?:{heads})(?![\w-])")


@cache
def _sized() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, int]]:
    """The patterns of an organization named by its members' count and a noun ("the
    15-member council": ``sized`` of ``organization_references``): the member word and the
    noun (group ``noun``), searched first, being rarer than "the"; then the article and the
    count right before them (group ``count``). And the value of each count word."""
    data = aliases_data().get("organization_references", {}).get("sized", {})
    nouns, members = data.get("nouns", ()), data.get("member_words", ())
    counts = {str(k): int(v) for k, v in data.get("count_words", {}).items()}
    if not (nouns and members and counts):
        return None, None, counts
    count = "|".join(map(re.escape, counts))
    member = re.compile(
        r"[-\s](?:"
        + "|".join(map(re.escape, members))
        + r")\s+(?P<noun>(?i:"
        + "|".join(map(re.escape, nouns))
        + r"))(?![\w-])"
    )
    counted = re.compile(rf"(?<![\w-])[Tt]he\s+(?P<count>\d+|(?:{count})(?:-(?:{count}))?)\Z")
    return member, counted, counts


#: How far before its member word a counted reference's article may start.
_COUNT_REACH = 40


#: How many organizations named before a counted reference it may refer to, the last
#: ones: a text naming thousands stays linear (docs/reliability.md).
_SIZED_REACH = 8


def _counts(code: str, count: int) -> bool:
    """Whether the organization ``code`` may have ``count`` members: its member list is
    unknown or within one of it (a state joined or left since the list was written)."""
    body = organization(code)
    return body is None or not body.members or abs(len(body.members) - count) <= 1


def _sized_references(
    text: str, start: int, end: int, orgs: Sequence[ActorMention], ends: Sequence[int]
) -> list[ActorMention]:
    """The organizations of ``text[start:end]`` named by their members' count and a noun
    (:func:`_sized`): of those named before it that may have that many members
    (:func:`_counts`), the last whose name holds the noun, else the last.

    >>> from timeline.gazetteer import find_actors
    >>> text = "The UN Security Council and the UN met. The 15-member council voted."
    >>> [(m.text, m.id) for m in organization_references(text, 0, len(text), find_actors(text))]
    [('The 15-member council', 'UNSC')]
    >>> text = "The EU and ECOWAS met. Mali asked to rejoin the 15-nation bloc."
    >>> [(m.text, m.id) for m in organization_references(text, 0, len(text), find_actors(text))]
    [('the 15-nation bloc', 'ECOWAS')]
    >>> text = "ECOWAS met. Mali asked to rejoin the 55-member bloc."
    >>> organization_references(text, 0, len(text), find_actors(text))
    []
    """
    member, counted, words = _sized()
    if member is None or counted is None:
        return []
    found: list[ActorMention] = []
    for noun_at in member.finditer(text, start, end):
        told = counted.search(text, max(start, noun_at.start() - _COUNT_REACH), noun_at.start())
        if told is None:
            continue
        last = bisect_right(ends, told.start()) - 1
        written = told.group("count").lower()
        count = (
            int(written)
            if written.isdigit()
            else sum(words.get(part, 0) for part in written.split("-"))
        )
        reach = orgs[max(0, last + 1 - _SIZED_REACH) : last + 1]
        fitting = [o for o in reversed(reach) if _counts(o.id, count)]
        if not fitting:
            continue
        noun = noun_at.group("noun").lower()
        named = next((o for o in fitting if noun in o.name.lower().split()), fitting[0])
        span = text[told.start() : noun_at.end()]
        found.append(
            ActorMention(
                told.start(), noun_at.end(), span, named.id, "organization", named.name, "alias"
            )
        )
    return found


def organization_references(
    text: str, start: int, end: int, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """Mentions of the organizations that ``text[start:end]`` names without their name.

    ``actors`` are the mentions :func:`~timeline.gazetteer.find_actors` found in
    the same span. A common noun ("the bloc") is the last organization named
    before it. A head noun ("the Council", and in lower case right after "the": "the
    council") is the organization of the last name
    before it that holds that word, if that name is an organization's: after
    "the Uzbek-Turkish Strategic Cooperation Council", a body the table does not
    list, "the Council" is no reference. A head noun inside a name ("Pacific
    Islands Forum") or after a capitalised word ("the Ministerial Council") is
    no reference either. A body's name alone ("the Security Council") is that body
    when the span names its organization or one of its bodies anywhere, unless
    another name's word, "and" or a possessive comes right before it or "of" after it
    (:func:`_bodies`). A region after a country's or an organization's name and a dash,
    then a gathering's noun ("the Russia-Africa summit"), is the region's organization
    (:func:`_region_references`).
    """
    found = _region_references(text, start, end, actors) + _adjective_references(text, start, end)
    orgs = sorted((a for a in actors if a.type == "organization"), key=lambda a: a.start)
    if not orgs:
        return found
    common, heads = _patterns()
    # mentions do not overlap, so sorted by start they are sorted by end: bisect, and a
    # text of thousands of names and references stays linear (docs/reliability.md)
    starts = [o.start for o in orgs]
    ends = [o.end for o in orgs]
    sized = _sized_references(text, start, end, orgs, ends)
    found += sized
    # a head noun ending a counted reference is that reference's noun: "the 15-member
    # Council" is one (a set, so that thousands of each stay linear)
    sized_ends = {r.end for r in sized}
    for m in common.finditer(text, start, end):
        last = bisect_right(ends, m.start()) - 1
        if last >= 0:
            found.append(_reference(m, orgs[last]))
    owner: dict[str, ActorMention | None] = {}
    for m in heads.finditer(text, start, end):
        word = m.group(0)
        if word[0].islower():
            if _THE_BEFORE.search(text, max(start, m.start() - 4), m.start()) is None:
                continue  # "the town council", "a regional forum": no reference
            word = word.capitalize()  # "the council" is the head "Council"
        at = bisect_right(starts, m.start()) - 1
        inside = orgs[at] if at >= 0 and m.end() <= orgs[at].end else None
        if inside is not None:
            owner[word] = inside
        elif _NAME_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            owner[word] = None  # "the Ministerial Council": another name
        elif (org := owner.get(word)) is not None and m.end() not in sized_ends:
            found.append(_reference(m, org))
    found += _body_references(text, start, end, orgs, starts)
    return sorted(found, key=lambda a: a.start)


def _body_references(
    text: str, start: int, end: int, orgs: Sequence[ActorMention], starts: Sequence[int]
) -> list[ActorMention]:
    """The bodies named alone in ``text[start:end]`` (:func:`organization_references`)."""
    pattern, by_name = _bodies()
    if pattern is None:
        return []
    named = {o.id for o in orgs}
    found: list[ActorMention] = []
    for m in pattern.finditer(text, start, end):
        code, family = by_name[m.group(0)]
        if not named & family:
            continue
        at = bisect_right(starts, m.start()) - 1
        if at >= 0 and m.end() <= orgs[at].end:
            continue  # inside a name: "UN Security Council"
        if _OTHER_BODY_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue
        if _OF_AFTER.match(text, m.end(), end):
            continue
        body = organization(code)
        name = body.name if body is not None else code
        found.append(
            ActorMention(m.start(), m.end(), m.group(0), code, "organization", name, "alias")
        )
    return found


@cache
def _adjective_summits() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Each adjective's organization, and the pattern of one before its summit's noun, or
    before another adjective joined by a dash (``adjective_summits`` of
    ``organization_references``): group ``adjective``. The pattern opens with the
    adjective itself, so that the search skips ahead by it; what stands before it is
    :func:`_adjective_references`' to check."""
    data = aliases_data().get("organization_references", {}).get("adjective_summits", {})
    codes = {str(k): str(v) for k, v in data.get("organizations", {}).items()}
    nouns = "|".join(re.escape(n) for n in data.get("gatherings", ()))
    if not codes or not nouns:
        return codes, None
    adjectives = "|".join(re.escape(a) for a in sorted(codes, key=len, reverse=True))
    return codes, re.compile(
        rf"(?P<adjective>{adjectives})(?=(?:-(?:{adjectives}))*\s+(?:{nouns})(?![\w-]))"
    )


#: An adjective of ``adjective_summits`` right before a dash: "Arab-" of "Arab-Islamic".
_ADJECTIVE_DASH = re.compile(r"(?<![\w-])(?P<adjective>[A-Z][a-z]+)-\Z")


def _adjective_references(text: str, start: int, end: int) -> list[ActorMention]:
    """The organizations of ``text[start:end]`` whose summit it names by their members'
    adjective (:func:`_adjective_summits`).

    >>> [(m.text, m.id) for m in _adjective_references(
    ...     "the extraordinary Arab-Islamic summit in Riyadh", 0, 48)]
    [('Arab', 'ARABLEAGUE'), ('Islamic', 'OIC')]
    >>> _adjective_references("an Arab businessman at the summit", 0, 33)
    []
    """
    codes, pattern = _adjective_summits()
    if pattern is None:
        return []
    found: list[ActorMention] = []
    for m in pattern.finditer(text, start, end):
        before = text[m.start() - 1] if m.start() > 0 else " "
        if before == "-":
            joined = _ADJECTIVE_DASH.search(text, max(0, m.start() - 20), m.start())
            if joined is None or joined.group("adjective") not in codes:
                continue  # "Pan-Arab summit": only another adjective of the list joins
        elif before.isalnum() or before == "_":
            continue  # inside a word
        code = codes[m.group("adjective")]
        body = organization(code)
        name = body.name if body is not None else code
        found.append(
            ActorMention(m.start(), m.end(), m.group(0), code, "organization", name, "alias")
        )
    return found


def _region_references(
    text: str, start: int, end: int, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """The regions of ``text[start:end]`` named as the other side of a country's
    gathering: "the Russia-Africa summit", "the U.S.-Africa Leaders Summit", "a
    Korea-Africa forum" name the African Union (:func:`_regions`). The name before the
    dash must be an actor's: "Sub-Saharan Africa" or "US-Africa policy" names no
    organization.
    """
    codes, after = _regions()
    if after is None:
        return []
    ends: set[int] | None = None  # built only where a dash and a region stand
    found: list[ActorMention] = []
    for region, code in codes.items():
        at = text.find("-" + region, start, end)
        while at >= 0:
            region_end = at + 1 + len(region)
            if ends is None:
                ends = {a.end for a in actors if a.type != "person"}
            if at in ends and after.match(text, region_end, end):
                body = organization(code)
                name = body.name if body is not None else code
                found.append(
                    ActorMention(at + 1, region_end, region, code, "organization", name, "alias")
                )
            at = text.find("-" + region, region_end, end)
    return found


def _reference(m: re.Match[str], org: ActorMention) -> ActorMention:
    return ActorMention(m.start(), m.end(), m.group(0), org.id, "organization", org.name, "alias")


#: How far before a span the organizations a reference in it may stand for are read: the
#: reference reads the last ones named (a text of any length stays linear).
_REFERRED_REACH = 3000


@cache
def _reference_words() -> re.Pattern[str]:
    """The last word of the references :func:`refers_to_an_organization` reads as an acting
    side (``organization_references`` of ``data/aliases.yaml``: the common phrases, the head
    nouns, the counted references' nouns, the bodies' names; not a region's or an
    adjective's summit, which is no side acting), any case: the cheap test before the
    search."""
    data = aliases_data().get("organization_references", {})
    words = {str(p).split()[-1].lower() for p in data.get("common", ())}
    words |= {str(p).lower() for p in data.get("heads", ())}
    words |= {str(p).lower() for p in data.get("sized", {}).get("nouns", ())}
    for phrases in data.get("bodies", {}).values():
        words |= {str(p).split()[-1].lower() for p in phrases}
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?i:\b(?:{alternatives})\b)")


def refers_to_an_organization(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an organization without its name
    (:func:`organization_references`: "the bloc", "the Council", "the 15-member council"),
    one named at most :data:`_REFERRED_REACH` characters before.

    >>> text = "UN Security Council approves mission\\nThe 15 member council authorized it."
    >>> refers_to_an_organization(text, text.index("The 15"), text.index(" authorized"))
    True
    >>> text = "Brazil won. The club lifted the ban."
    >>> refers_to_an_organization(text, text.index("The club"), text.index(" lifted"))
    False
    """
    if _reference_words().search(text, start, end) is None:
        return False
    window = max(0, start - _REFERRED_REACH)
    actors = find_actors(text, window, end)
    return any(m.start >= start for m in organization_references(text, window, end, actors))
