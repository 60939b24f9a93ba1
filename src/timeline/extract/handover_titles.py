"""Titles of chairs handed on: who handed what to whom (rules `chairmanship` and `handover` of
:mod:`.kind_other_rules`; docs/extraction.md, "How an event is found").

A chair handed over reads as its act, not as the words of its sentence: "Indonesia on
Thursday handed over the presidency of the Association of Southeast Nations (ASEAN) to
Laos" is *Indonesia hands the ASEAN presidency to Laos*, "Denmark took over the Arctic
Council's two-year rotating chairmanship from Norway" is *Denmark takes over the Arctic
Council chairmanship from Norway*. The giver (or the taker) is the last side named before
the verb in its clause, the receiver (or the giver) the first side named after "to" (or
"from"); the office is the chair's noun, with the organization among the sides. Without
the side before the verb there is no such title, and the rule's words stand.

>>> from timeline.model import Participant
>>> text = "Laos handed over the chairmanship of the Association to the Philippines."
>>> sides = [Participant(id=c, type="country") for c in ("LA", "PH")]
>>> sides.append(Participant(id="ASEAN", type="organization"))
>>> at = text.index("handed")
>>> handover_title(text, (at, text.index(" of the")), (0, len(text) - 1), sides)
'Laos hands the ASEAN chairmanship to the Philippines'
"""

from __future__ import annotations

import re

from ..gazetteer import find_actors
from ..model import ActorType, Participant
from .title_names import title_name

__all__ = ["handover_title"]

#: The verb of a chair given away, and of one taken.
_HANDED = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?|turn(?:ed|s|ing)?|transfer(?:red|ring|s)?|"
    r"ced(?:ed|es|e|ing)|handover|hand-over)\b",
    re.IGNORECASE,
)
_TAKEN = re.compile(
    r"\b(?:t(?:ook|aken|akes?|aking)\s+over|assum(?:ed|es|e|ing)|receiv(?:ed|es|e|ing))\b",
    re.IGNORECASE,
)
#: The chair's noun, in the rule's match.
_OFFICE = re.compile(
    r"\b(?:(?:rotating|pro[\s-]+tempore)\s+)?(?:co-)?(?:chairmanship|chairship|chair|presidency)\b",
    re.IGNORECASE,
)
#: A passive: a form of "be" right before the verb ("was passed to", "has been handed
#: over"), or the giver after "by" ("was handed over the presidency of G20 by Indonesian
#: President Widodo").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|be|being|is|are)\s+(?:(?!to\b)\w+\s+)?$", re.IGNORECASE
)
_BY_AFTER = re.compile(r"[^,.;]{0,50}?\bby\b", re.IGNORECASE)
#: The word before the other side: "to Laos", "from Norway".
_TO = re.compile(r"\bto\s+", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+", re.IGNORECASE)
_BY = re.compile(r"\bby\s+", re.IGNORECASE)


def handover_title(
    text: str, trigger: tuple[int, int], clause: tuple[int, int], participants: list[Participant]
) -> str | None:
    """The title of a chair handed on ("Laos hands the ASEAN chairmanship to the
    Philippines", "Denmark takes over the Arctic Council chairmanship from Norway"), or
    None when ``text[trigger]`` is no chair handed or taken, or no side stands before it."""
    trig = text[trigger[0] : trigger[1]]
    office = _OFFICE.search(trig)
    handed = _HANDED.search(trig)
    taken = _TAKEN.search(trig)
    if office is None or (handed is None and taken is None):
        return None
    if handed is not None and taken is not None:
        # the verb that comes first is the act: "took over the chairmanship" vs "handed"
        taken = taken if taken.start() < handed.start() else None
    by_id = {p.id: p for p in participants if p.type is not ActorType.organization}
    organizations = [p for p in participants if p.type is ActorType.organization]
    noun = re.sub(r"pro[\s-]+tempore", "pro tempore", " ".join(office.group(0).lower().split()))
    chair = f"the {title_name(organizations[0])} {noun}" if organizations else f"the {noun}"
    verb = taken or handed
    assert verb is not None  # one of the two, above
    # the other side is looked for after the verb: the rule's match may end on "to"
    after = trigger[0] + verb.end()
    participle = verb.group(0).lower().endswith(("ed", "en"))
    before = [m for m in find_actors(text, clause[0], trigger[0]) if m.id in by_id]
    if participle and (
        _PASSIVE_BEFORE.search(text, clause[0], trigger[0] + verb.start())
        or _BY_AFTER.match(text, trigger[1], clause[1])
    ):
        # A passive: "the Council chairmanship was passed to Norway" (the receiver after
        # "to"), "Modi was handed over the presidency of G20 by Indonesian President Joko
        # Widodo" (the receiver before the verb, the giver after "by").
        if handed is None:
            return None
        receiver = _other_side(text, after, clause[1], _TO, by_id)
        giver = _other_side(text, after, clause[1], _FROM, by_id)
        if receiver is None and before:
            receiver = title_name(by_id[before[-1].id])
            giver = _other_side(text, after, clause[1], _BY, by_id)
        if receiver is None:
            return None
        return f"{receiver} takes over {chair}" + (f" from {giver}" if giver else "")
    if not before:
        return None
    first = title_name(by_id[before[-1].id])
    other = _other_side(text, after, clause[1], _FROM if taken else _TO, by_id)
    if taken is not None:
        return f"{first} takes over {chair}" + (f" from {other}" if other else "")
    if other:
        return f"{first} hands {chair} to {other}"
    return f"{first} hands over {chair}"


def _other_side(
    text: str, start: int, end: int, word: re.Pattern[str], by_id: dict[str, Participant]
) -> str | None:
    """The side named first after ``word`` ("to", "from") in ``text[start:end]``, right
    after it or after its office ("to Angola's President João Lourenço"), or None."""
    found = word.search(text, start, end)
    if found is None:
        return None
    for mention in find_actors(text, found.end(), min(end, found.end() + 60)):
        if mention.id in by_id:
            return title_name(by_id[mention.id])
    return None
