"""Merge mentions of one event into one event with several sources.

Two mentions are the same event (:func:`same_event`) when they have

* the same kind and the same agreement (or none);
* compatible dates: one interval contains the other ("in May 2022" and
  "on May 10, 2022"); the more precise date wins;
* compatible actors: the countries and organizations of one are a subset of
  the other's; when either names none, only mentions from the same sentence
  merge.

Related events (a signing "during" a summit) are different kinds and are
linked through ``related``, never merged. Ids come from
:func:`timeline.model.make_event_id` (date, kind, countries), so they are
stable across re-runs; when two different events share one, the later ones
(in date, then source order) get the agreement or title words appended, then
``-2``, ``-3``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from .collection import Timeline
from .model import ActorType, Agreement, Event, Participant, Role, Source, Status, make_event_id

__all__ = ["assign_ids", "merge_events", "same_event"]


def _words(text: str) -> list[str]:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", ascii_.lower())


def _actors(e: Event) -> set[str]:
    out = {p.id for p in e.participants if p.type is not ActorType.person}
    return out | {p.country for p in e.participants if p.country}


def _contains(a: Event, b: Event) -> bool:
    return a.date.start <= b.date.start and b.date.end <= a.date.end


def _spans(e: Event) -> set[tuple[str, int, int]]:
    return {(s.document, s.start, s.end) for s in e.sources}


def same_event(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` tell the same event (see the module docstring)."""
    if a.kind is not b.kind or a.agreement != b.agreement:
        return False
    if not (_contains(a, b) or _contains(b, a)):
        return False
    xa, xb = _actors(a), _actors(b)
    if not xa or not xb:
        return bool(_spans(a) & _spans(b)) and xa == xb
    return xa <= xb or xb <= xa


_ROLE_RANK = {Role.participant: 0}


def _merge_participants(groups: Iterable[Sequence[Participant]]) -> list[Participant]:
    merged: dict[str, Participant] = {}
    for group in groups:
        for p in group:
            old = merged.get(p.id)
            if old is None:
                merged[p.id] = p
            elif old.role is Role.participant and p.role is not Role.participant:
                merged[p.id] = old.model_copy(update={"role": p.role})
            elif old.type is ActorType.person and not old.title and p.title:
                merged[p.id] = old.model_copy(update={"title": p.title})
    people = [p for p in merged.values() if p.type is ActorType.person]
    rest = [p for p in merged.values() if p.type is not ActorType.person]
    return people + rest


_STATUS_RANK = {Status.planned: 0, Status.occurred: 1, Status.postponed: 2, Status.cancelled: 3}


def _latest_status(events: Sequence[Event]) -> Status:
    def key(e: Event) -> tuple[str, int]:
        published = max((s.published.isoformat() for s in e.sources if s.published), default="")
        return published, _STATUS_RANK[e.status]

    return max(events, key=key).status


def _combine(events: Sequence[Event]) -> Event:
    """One event from several mentions: the most precise date, all sources."""
    best = min(events, key=lambda e: (e.date.days, e.date.mod is not None, _first(e)))
    sources: dict[tuple[str, int, int], Source] = {}
    for e in events:
        for s in e.sources:
            sources.setdefault((s.document, s.start, s.end), s)
    tags = sorted({t for e in events for t in e.tags})
    related = sorted({r for e in events for r in e.related})
    location = best.location or next((e.location for e in events if e.location), None)
    return best.model_copy(
        update={
            "participants": _merge_participants(
                [best.participants, *(e.participants for e in events if e is not best)]
            ),
            "sources": [sources[k] for k in sorted(sources)],
            "status": _latest_status(events),
            "location": location,
            "tags": tags,
            "related": related,
        }
    )


def _first(e: Event) -> tuple[str, int]:
    s = min(e.sources, key=lambda s: (s.document, s.start))
    return s.document, s.start


def assign_ids(events: Sequence[Event]) -> tuple[list[Event], dict[str, str]]:
    """Give every event its :func:`make_event_id`, resolving collisions.

    Returns the events and the map from their old ids to the new ones.
    """
    ordered = sorted(events, key=lambda e: (e.date.sort_key, e.kind.value, _first(e), e.title))
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    out: list[Event] = []
    for e in ordered:
        base = make_event_id(e.kind, e.date, e.participants)
        new = base
        if new in taken:
            words = _words(e.agreement or e.title)[:12]
            extra = "-".join(w for w in words if w not in base.split("-"))[:40].strip("-")
            new = f"{base}-{extra}" if extra else base
        n = 2
        while new in taken:
            new = f"{base}-{n}"
            n += 1
        taken.add(new)
        mapping[e.id] = new
        out.append(e.model_copy(update={"id": new}))
    return out, mapping


def merge_events(events: Iterable[Event], agreements: Iterable[Agreement] = ()) -> Timeline:
    """Merge mentions of one event (within and across documents) and link related events.

    Returns a :class:`~timeline.collection.Timeline` whose events have
    deterministic ids and whose ``related`` lists name the final ids.
    """
    clusters: list[list[Event]] = []
    members: dict[str, int] = {}
    for e in sorted(events, key=lambda e: (_first(e), e.kind.value, e.id)):
        for i, cluster in enumerate(clusters):
            if all(same_event(e, other) for other in cluster):
                cluster.append(e)
                members[e.id] = i
                break
        else:
            members[e.id] = len(clusters)
            clusters.append([e])
    combined = [_combine(c) for c in clusters]
    cluster_key = {i: c.id for i, c in enumerate(combined)}
    final, mapping = assign_ids(combined)
    by_old = {}
    for old_id, cluster_index in members.items():
        by_old[old_id] = mapping[cluster_key[cluster_index]]
    linked = []
    for e in final:
        related = sorted({by_old.get(r, r) for r in e.related} - {e.id})
        related = [r for r in related if r in set(mapping.values())]
        linked.append(e.model_copy(update={"related": related}))
    merged_agreements: dict[str, Agreement] = {}
    for a in agreements:
        old = merged_agreements.get(a.id)
        if old is not None:
            a = old.model_copy(update={"parties": sorted(set(old.parties) | set(a.parties))})
        merged_agreements[a.id] = a
    used = {e.agreement for e in linked if e.agreement}
    return Timeline(linked, [a for k, a in sorted(merged_agreements.items()) if k in used])
