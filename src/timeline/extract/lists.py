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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import ActorType, Agreement, Event, Participant, Role, Status
from .context import DatedSpan
from .titles import title_for

__all__ = ["ListItem", "elided_events", "elliptical_items"]

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
