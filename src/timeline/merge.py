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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from .collection import Timeline
from .model import (
    ActorType,
    Agreement,
    Event,
    EventKind,
    Participant,
    Role,
    Source,
    Status,
    make_event_id,
)

__all__ = ["assign_ids", "merge_events", "same_event"]


def _words(text: str) -> list[str]:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", ascii_.lower())


def _actors(e: Event) -> frozenset[str]:
    out = {p.id for p in e.participants if p.type is not ActorType.person}
    return frozenset(out | {p.country for p in e.participants if p.country})


def _spans(e: Event) -> frozenset[tuple[str, int, int]]:
    return frozenset((s.document, s.start, s.end) for s in e.sources)


@dataclass(frozen=True, slots=True)
class _Shape:
    """What :func:`same_event` looks at in a mention, computed once per mention.

    ``spans`` is kept only when the mention names no actor (only then does it
    matter), so mentions of one shape answer :func:`same_event` alike.
    """

    kind: EventKind
    agreement: str | None
    start: date
    end: date
    actors: frozenset[str]
    spans: frozenset[tuple[str, int, int]]

    @classmethod
    def of(cls, e: Event) -> _Shape:
        actors = _actors(e)
        spans = frozenset() if actors else _spans(e)
        return cls(e.kind, e.agreement, e.date.start, e.date.end, actors, spans)

    def same(self, other: _Shape) -> bool:
        if self.kind is not other.kind or self.agreement != other.agreement:
            return False
        if not (
            (self.start <= other.start and other.end <= self.end)
            or (other.start <= self.start and self.end <= other.end)
        ):
            return False
        xa, xb = self.actors, other.actors
        if not xa or not xb:
            return bool(self.spans & other.spans) and xa == xb
        return xa <= xb or xb <= xa


def same_event(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` tell the same event (see the module docstring)."""
    return _Shape.of(a).same(_Shape.of(b))


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


def _clusters_exhaustive(ordered: Sequence[Event]) -> list[list[Event]]:
    clusters: list[list[Event]] = []
    for e in ordered:
        for cluster in clusters:
            if all(same_event(e, other) for other in cluster):
                cluster.append(e)
                break
        else:
            clusters.append([e])
    return clusters


#: Nested calendar cells, finest first: a date's cell at each level.
_LEVELS: tuple[Callable[[date], int], ...] = (
    lambda d: d.toordinal(),
    lambda d: d.year * 12 + d.month,
    lambda d: d.year,
    lambda d: d.year // 10,
    lambda d: d.year // 100,
    lambda d: 0,
)


def _cells(start: date, end: date) -> list[tuple[int, int]]:
    """The smallest cell holding ``start..end``, then every cell above it."""
    level = next(i for i, cell in enumerate(_LEVELS) if cell(start) == cell(end))
    return [(i, _LEVELS[i](start)) for i in range(level, len(_LEVELS))]


@dataclass
class _Cluster:
    members: list[Event]
    #: The distinct shapes of the members (mentions of one shape answer alike).
    shapes: dict[_Shape, None] = field(default_factory=dict)


class _Blocks:
    """Candidate clusters of a mention, so that it is compared with a handful.

    A mention can join a cluster only if it is the same event as the cluster's
    first member, which needs the same kind and agreement, a shared actor (or,
    with no actors, a shared sentence) and one date interval containing the
    other. Each cluster is filed under its first member's block keys (kind,
    agreement, and each actor or sentence) and calendar cells: the smallest
    cell of day, month, year, decade, century holding its interval, and every
    cell above. An interval containing a mention's lies in a cell at or above
    the mention's own; one inside it lies in a cell at or below it. So the
    candidates are the clusters filed under the mention's own cell or beneath
    it, plus those whose own cell is one above it: a superset of the clusters
    it can join, tried in order of creation as the exhaustive search does.
    """

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self._beneath: dict[tuple[object, tuple[int, int]], list[int]] = {}
        self._own: dict[tuple[object, tuple[int, int]], list[int]] = {}

    @staticmethod
    def _keys(shape: _Shape) -> Iterator[object]:
        for part in shape.actors or shape.spans:
            yield (shape.kind.value, shape.agreement, part)

    def candidates(self, shape: _Shape) -> list[int]:
        own, *above = _cells(shape.start, shape.end)
        found: set[int] = set()
        for key in self._keys(shape):
            found.update(self._beneath.get((key, own), ()))
            for cell in above:
                found.update(self._own.get((key, cell), ()))
        return sorted(found)

    def add(self, e: Event, shape: _Shape) -> None:
        index = len(self.clusters)
        self.clusters.append(_Cluster([e], {shape: None}))
        own, *above = _cells(shape.start, shape.end)
        for key in self._keys(shape):
            self._own.setdefault((key, own), []).append(index)
            for cell in (own, *above):
                self._beneath.setdefault((key, cell), []).append(index)


def _clusters_blocked(ordered: Sequence[Event]) -> list[list[Event]]:
    blocks = _Blocks()
    for e in ordered:
        shape = _Shape.of(e)
        for i in blocks.candidates(shape):
            cluster = blocks.clusters[i]
            if all(shape.same(other) for other in cluster.shapes):
                cluster.members.append(e)
                cluster.shapes[shape] = None
                break
        else:
            blocks.add(e, shape)
    return [c.members for c in blocks.clusters]


def merge_events(
    events: Iterable[Event],
    agreements: Iterable[Agreement] = (),
    *,
    exhaustive: bool = False,
    keep: Callable[[Event], bool] | None = None,
) -> Timeline:
    """Merge mentions of one event (within and across documents) and link related events.

    Returns a :class:`~timeline.collection.Timeline` whose events have
    deterministic ids and whose ``related`` lists name the final ids.
    Mentions are read in document and offset order; each joins the first
    cluster (in order of creation) all of whose members it is the
    :func:`same_event` as, else starts one. ``exhaustive=True`` tries every
    cluster, the quadratic reference that the blocked search (the default,
    see :class:`_Blocks`) is tested against; both give the same clusters.
    ``keep`` (default: every event) chooses the merged events returned; the
    others are left out before ids are given, and links to them are dropped.
    """
    ordered = sorted(events, key=lambda e: (_first(e), e.kind.value, e.id))
    clusters = _clusters_exhaustive(ordered) if exhaustive else _clusters_blocked(ordered)
    where = {id(e): i for i, cluster in enumerate(clusters) for e in cluster}
    members = {e.id: where[id(e)] for e in ordered}
    combined = [_combine(c) for c in clusters]
    cluster_key = {i: c.id for i, c in enumerate(combined)}
    final, mapping = assign_ids([c for c in combined if keep is None or keep(c)])
    by_old = {}
    for old_id, cluster_index in members.items():
        if cluster_key[cluster_index] in mapping:
            by_old[old_id] = mapping[cluster_key[cluster_index]]
    final_ids = set(mapping.values())
    linked = []
    for e in final:
        related = sorted({by_old.get(r, r) for r in e.related} - {e.id})
        related = [r for r in related if r in final_ids]
        linked.append(e.model_copy(update={"related": related}))
    merged_agreements: dict[str, Agreement] = {}
    for a in agreements:
        old = merged_agreements.get(a.id)
        if old is not None:
            a = old.model_copy(update={"parties": sorted(set(old.parties) | set(a.parties))})
        merged_agreements[a.id] = a
    used = {e.agreement for e in linked if e.agreement}
    return Timeline(linked, [a for k, a in sorted(merged_agreements.items()) if k in used])
