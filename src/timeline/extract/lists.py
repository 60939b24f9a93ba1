"""Elliptical lists: one trigger, several events, each with its own sides and date.

"Brunei Darussalam joined ASEAN in 1984, followed by Vietnam in 1995, Laos and
Myanmar in 1997, and Cambodia in 1999" tells four accessions with one verb;
"Bahrain became the fourth Arab country to establish diplomatic relations with
Israel last Friday after Egypt in 1979, Jordan in 1994 and the UAE in August"
tells four. The verb is elided (gapping): each item after the event's own date
is ``<actors> in <date>``, joined by a comma, ``and``, ``followed by`` or
``after``, and is an event of the same kind between its actors and what the
trigger's event shares with the others (ASEAN, Israel). The subject of the
first event (Brunei, Bahrain) is not shared.

Only countries and organizations make an item, and the items must follow the
event's date without any other word, so that "met on Monday after Egypt
announced in 2019 ..." is no list.

A list of dates alone tells one act repeated (:func:`dated_items`): "Albanese has
already visited Japan twice - in May and in September", "The first summit ... was
held in March 2018 in Nur-Sultan, the second — in November 2019 in Tashkent", "the
summits in Dubrovnik (2016), Warsaw (2017) ... and Tallinn (2020)": each further date
is an event of the same kind and sides (docs/history/extraction-log.md, "Twenty-fifth pass: dates").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import ActorType, Agreement, Event, Participant, Precision, Role, Status
from .dated_spans import DatedSpan
from .ordinals import series_pattern
from .titles import title_for

__all__ = ["ListItem", "dated_items", "elided_events", "elliptical_items"]

#: Between two items (or the event's date and the first item): the joint.
_JOINT = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:followed\s+by|after)\s+)(?:the\s+)?"
#: Between two actors of one item: "Laos and Myanmar", "Laos, Myanmar".
_ACTOR_JOINT = r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?"
#: An item with its actors replaced by ``\x00``: "Laos and Myanmar in ".
_ITEM = re.compile(rf"{_JOINT}\x00(?:{_ACTOR_JOINT}\x00)*\s+in\s+")


@dataclass(frozen=True, slots=True)
class ListItem:
    """One elided event of a list: its actors (gazetteer mentions) and its date."""

    actors: tuple[Any, ...]
    date: DatedSpan


def elliptical_items(
    text: str, after: DatedSpan, dated: Sequence[DatedSpan], actors: Sequence[Any]
) -> list[ListItem]:
    """The items of an elliptical list that follows an event dated by ``after``.

    ``dated`` are the sentence's usable temporal expressions and ``actors``
    its gazetteer actor mentions (with ``start``, ``end``, ``type``); only
    countries and organizations make an item. Empty when no list follows.
    """
    out: list[ListItem] = []
    pos = after.end
    for d in sorted((d for d in dated if d.start >= after.end), key=lambda d: d.start):
        inside = [
            a
            for a in actors
            if pos <= a.start and a.end <= d.start and str(a.type) in ("country", "organization")
        ]
        if not inside:
            break
        gap = _masked(text, pos, d.start, inside)
        if _ITEM.fullmatch(gap) is None:
            break
        out.append(ListItem(tuple(inside), d))
        pos = d.end
    return out


#: Between two dates of one act told again: a place after the first date (capitalized
#: words: "in Riyadh", "in the capital of Kazakhstan Nur-Sultan", "in Astana, Kazakhstan,",
#: not "in the middle of tensions over Taiwan"), the joint, "again" or "then", an act of the
#: series ("the second —", "the
#: other two": :func:`.ordinals.series_pattern`), a role ("as head of the Ministry"), the
#: act's verb again ("is expected to be held", "took place"), a place, the preposition.
_DATE_JOINT = re.compile(
    r"(?:\s+in\s+(?:the\s+)?(?:(?:capital|city)\s+of\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5}"
    r"(?:\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s*,))?)?"
    r"\s*(?:,\s*(?:and\s+|while\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+while\s+)"
    r"(?:(?:again|also|once\s+again|later|then)\s+)?"
    r"(?:the\s+" + series_pattern() + r"(?:\s+one)?\s*(?:[—–-]\s*)?)?"
    r"(?:as\s+(?:[\w’'-]+\s+){1,8}?)?"
    r"(?:(?:was|were|is|are|will\s+be|(?:is|are)\s+expected\s+to\s+be)\s+held\s+"
    r"|took\s+place\s+|(?:will|(?:is|are)\s+(?:expected|scheduled|set)\s+to)\s+take\s+place\s+)?"
    r"(?:in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?"
    r"(?:(?:in|on)\s+)?(?:the\s+)?"
)

#: Between two dates in brackets after their places: "Dubrovnik (2016), Warsaw (2017)".
_BRACKETED_JOINT = re.compile(r"\)\s*,?\s*(?:and\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*\(")

#: Before a first date, words making the list a span: "between 2019 and 2021".
_SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)


def dated_items(
    text: str, after: DatedSpan, dated: Sequence[DatedSpan], taken: Collection[int]
) -> list[DatedSpan]:
    """The further dates of an act told again after its date ``after``: each date of
    ``dated`` (the sentence's usable temporal expressions) that follows the one before it
    with only a joint between (:data:`_DATE_JOINT`, :data:`_BRACKETED_JOINT`), none at an
    offset in ``taken`` (the starts of other triggers and of their own dates). Empty when
    no such list follows, or when the first date opens a span ("between 2019 and 2021").

    >>> from timeline.model import EventDate
    >>> def spans(text: str, *words: str) -> list[DatedSpan]:
    ...     return [DatedSpan(text.index(w), text.index(w) + len(w), w,
    ...                       EventDate.from_value(v)) for w, v in
    ...             zip(words, ("2022-05", "2022-09", "2021"), strict=False)]
    >>> said = "Albanese has already visited Japan twice - in May and in September."
    >>> may, september = spans(said, "May", "September")
    >>> [d.text for d in dated_items(said, may, [may, september], ())]
    ['September']
    >>> said = "Albanese visited Japan in May and signed a deal in September."
    >>> may, september = spans(said, "May", "September")
    >>> dated_items(said, may, [may, september], (said.index("signed"),))
    []
    """
    if _SPAN_BEFORE.search(text, max(0, after.start - 20), after.start):
        return []
    out: list[DatedSpan] = []
    told: list[DatedSpan] = []  # after a bare comma: kept only if a joint word follows
    last, pos = after, after.end
    for d in sorted((d for d in dated if d.start >= after.end), key=lambda d: d.start):
        if any(pos <= t <= d.start for t in taken) or _days_of_one_act(last, d):
            break
        joints = (_DATE_JOINT, _BRACKETED_JOINT)
        if not any(j.fullmatch(text, pos, d.start) for j in joints):
            break
        if not _CLAUSE_ENDS.match(text, d.end):
            break  # "and in November the economy slowed": the date opens a clause of its own
        told.append(d)
        if not _BARE_COMMA.fullmatch(text, pos, d.start):
            out += told
            told = []
        last, pos = d, d.end
    return out


#: After a further date, its clause ends: a stop, a comma, a bracket, a dash, "and",
#: "respectively", or a place first ("in Tashkent."); else the date opens a clause of its
#: own ("and in November the Chinese economy slowed").
_CLAUSE_ENDS = re.compile(
    r"\s*(?:in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*)?"
    r"(?:[.,;:)\]—–]|$|and\b|respectively\b|-\s)"
)

#: A comma alone between two dates: an apposition ("next Tuesday, July 12") unless a
#: joint word ends the list ("on 15 April 2019, 30 April 2019 and 27 May 2019").
_BARE_COMMA = re.compile(r"\s*,\s*(?:(?:in|on)\s+)?(?:the\s+)?")


def _days_of_one_act(before: DatedSpan, day: DatedSpan) -> bool:
    """Whether ``day`` continues the act of ``before`` rather than telling it again: the
    same date, or the next day of a day ("on Saturday and Sunday", "today and tomorrow")."""
    a, b = before.date, day.date
    if a.precision is not Precision.day or b.precision is not Precision.day:
        return a.value == b.value
    return (b.start - a.end).days <= 1


def _masked(text: str, start: int, end: int, actors: Sequence[Any]) -> str:
    """``text[start:end]`` with each actor mention replaced by one ``\\x00``."""
    parts: list[str] = []
    pos = start
    for a in sorted(actors, key=lambda a: a.start):
        parts.append(text[pos : a.start])
        parts.append("\x00")
        pos = a.end
    parts.append(text[pos:end])
    return "".join(parts)


def elided_events(
    text: str,
    event: Event,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    items: Sequence[ListItem],
    subject: Sequence[Any],
    agreement: Agreement | None,
    published: date | None,
) -> tuple[Event, list[Event]]:
    """``event`` without the listed actors, and one copy of it per item of its list.

    Each copy has the item's date and actors plus what ``event`` shares with
    them: its participants that are neither listed nor its ``subject`` (the
    actor mentions before the trigger in its clause) nor a host. With nothing
    shared ("visited Spain in 2019 and Italy in 2020") there are no copies and
    ``event`` is returned as it is. Copies keep ``event``'s id: give them theirs.
    """
    listed = {a.id for item in items for a in item.actors}
    subject_codes = {code for a in subject for code in (a.id, a.country) if code}
    own = [p for p in event.participants if p.id not in listed]
    shared = [
        p
        for p in own
        if p.type is not ActorType.person and p.id not in subject_codes and p.role is not Role.host
    ]
    if not shared:
        return event, []

    def retitled(e: Event, participants: list[Participant]) -> Event:
        planned = e.status is Status.planned
        title = title_for(
            e.kind, text, trigger, clause, participants, e.location, agreement, planned
        )
        return e.model_copy(update={"participants": participants, "title": title})

    copies = []
    for item in items:
        status = event.status
        if published is not None and item.date.date.end < published:
            status = Status.occurred
        copy = event.model_copy(update={"date": item.date.date, "status": status})
        actors = [Participant(id=a.id, type=ActorType(str(a.type))) for a in item.actors]
        copies.append(retitled(copy, shared + actors))
    return retitled(event, own), copies
