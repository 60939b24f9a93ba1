"""Within-document event coreference: a definite mention names an event already told.

"The summit", "the talks", "this meeting" often come with a date of their own
("the summit on Sunday") but name no participant: they are mentions of the
summit the article is about, not new events. Such a mention takes the
countries and organizations of the event of the same kind in the same
document whose date is compatible with its own (one interval contains the
other), the nearest one told before it, else the first told after it; the
merge (:mod:`timeline.merge`) then makes them one event with both sources.
One event per real-world event per document, without a parser.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..model import ActorType, Event, Participant

__all__ = ["resolve_definites"]


def _actors(e: Event) -> list[Participant]:
    return [p for p in e.participants if p.type is not ActorType.person]


def _compatible(a: Event, b: Event) -> bool:
    return (a.date.start <= b.date.start and b.date.end <= a.date.end) or (
        b.date.start <= a.date.start and a.date.end <= b.date.end
    )


def _offset(e: Event) -> int:
    return min(s.start for s in e.sources)


def resolve_definites(events: Sequence[Event], definite: Collection[str]) -> list[Event]:
    """``events``; an actor-less definite mention (id in ``definite``) gets its event's actors."""
    out = list(events)
    for i, e in enumerate(out):
        if e.id not in definite or _actors(e) or any(p.country for p in e.participants):
            continue
        named = [
            o for o in out if o is not e and o.kind is e.kind and _actors(o) and _compatible(o, e)
        ]
        if not named:
            continue
        before = [o for o in named if _offset(o) < _offset(e)]
        target = max(before, key=_offset) if before else min(named, key=_offset)
        extra = [Participant(id=p.id, type=p.type) for p in _actors(target)]
        out[i] = e.model_copy(update={"participants": [*e.participants, *extra]})
    return out
