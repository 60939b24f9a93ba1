"""Merge mentions of one event into one event with several sources.

Two mentions are the same event (:func:`same_event`) when they have

* the same kind and the same agreement (or none);
* compatible dates: one interval contains the other ("in May 2022" and
  "on May 10, 2022"); the more precise date wins;
* compatible actors: the countries and organizations of one are a subset of
  the other's; when either names none, only mentions from the same sentence
  merge;
* for a meeting or a call, no side met by different people: when both mentions
  name people of one country and none of them is in both ("met President
  Sakellaropoulou" and "also met with Prime Minister Mitsotakis" on one day of a
  visit to Athens), they are two meetings, as the gold counts them (a visitor's
  meetings with several hosts are one meeting per counterpart: SOURCES.md of
  ``tests/data/extraction``); a mention that names nobody of that side merges
  with either. Across documents only people of ``data/people.yaml`` count: a
  name the table does not know is spelt by each article its own way
  ("Zourabichvili", "Zurabishvili"), so two spellings are not two people.

Related events (a signing "during" a summit) are different kinds and are
linked through ``related``, never merged. Ids come from
:func:`timeline.model.make_event_id` (date, kind, countries), so they are
stable across re-runs; when two different events share one, the later ones
(in date, then source order) get the agreement or title words appended, then
``-2``, ``-3``.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .collection import Timeline
from .collector import cycle_collection_paused
from .model import (
    ActorType,
    Agreement,
    Event,
    EventKind,
    Location,
    Participant,
    Role,
    Source,
    Status,
    make_event_id,
)

__all__ = [
    "EncodedMention",
    "Mentions",
    "Merged",
    "assign_ids",
    "away_from_home",
    "encode_mention",
    "merge_events",
    "merge_mentions",
    "met_by_different_people",
    "same_event",
]


def _words(text: str) -> list[str]:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", ascii_.lower())


def _actors(e: Event) -> frozenset[str]:
    out = {p.id for p in e.participants if p.type is not ActorType.person}
    return frozenset(out | {p.country for p in e.participants if p.country})


#: One empty set for every shape with actors (Python makes a new one, 216 bytes, per call).
_NO_SPANS: frozenset[tuple[str, int, int]] = frozenset()
#: One empty set for every shape that names no person of a country (most of them).
_NO_PEOPLE: frozenset[tuple[str, str]] = frozenset()
#: The kinds whose sides met by different people are different events.
_MET_IN_PERSON = frozenset({EventKind.meeting, EventKind.call})


def _people(e: Event) -> frozenset[tuple[str, str]]:
    """The (country, person id) pairs of ``e``'s people, for a meeting or call; else none."""
    if e.kind not in _MET_IN_PERSON:
        return _NO_PEOPLE
    people = frozenset(
        (p.country, p.id) for p in e.participants if p.type is ActorType.person and p.country
    )
    return people or _NO_PEOPLE


def _met_by_others(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """True when one country has people in both ``a`` and ``b`` and none in common.

    >>> _met_by_others(frozenset({("GR", "sakellaropoulou")}), frozenset({("GR", "mitsotakis")}))
    True
    >>> _met_by_others(frozenset({("GR", "mitsotakis"), ("MT", "vella")}),
    ...                frozenset({("GR", "mitsotakis")}))
    False
    """
    shared = {country for country, _ in a} & {country for country, _ in b}
    return any(
        not ({p for c, p in a if c == country} & {p for c, p in b if c == country})
        for country in shared
    )


def met_by_different_people(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` are meetings or calls of one document that a side holds with
    different people: both name people of one country and none of them is in both ("met
    President Sakellaropoulou" and "also met with Prime Minister Mitsotakis" on one day are
    two meetings, a meeting per counterpart as the gold counts them). The merge's rule
    within a document, which :func:`timeline.extract.duplicates.fold_duplicates` keeps too.
    """
    return _met_by_others(_people(a), _people(b))


def _known(people: frozenset[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """The pairs of ``people`` whose person ``data/people.yaml`` knows: the same id in two
    documents is then the same person, and two ids two people."""
    if not people:
        return _NO_PEOPLE
    from .gazetteer import person  # the table only when a meeting names people

    known = frozenset(pair for pair in people if person(pair[1]) is not None)
    return known or _NO_PEOPLE


def _documents(e: Event) -> frozenset[str]:
    return frozenset(s.document for s in e.sources)


#: One empty set for every shape that names no people (its documents do not matter).
_NO_DOCUMENTS: frozenset[str] = frozenset()


def _spans(e: Event) -> frozenset[tuple[str, int, int]]:
    return frozenset((s.document, s.start, s.end) for s in e.sources)


@dataclass(frozen=True, slots=True)
class _Shape:
    """What :func:`same_event` looks at in a mention, computed once per mention.

    ``spans`` is kept only when the mention names no actor (only then does it
    matter), so mentions of one shape answer :func:`same_event` alike; ``people`` only
    for a meeting or a call (:func:`_people`), with the ``documents`` it comes from and
    the ``known`` people among them (:func:`_known`), which alone part mentions of
    different documents.
    """

    kind: EventKind
    agreement: str | None
    start: date
    end: date
    actors: frozenset[str]
    spans: frozenset[tuple[str, int, int]]
    people: frozenset[tuple[str, str]] = _NO_PEOPLE
    documents: frozenset[str] = _NO_DOCUMENTS
    known: frozenset[tuple[str, str]] = _NO_PEOPLE

    @classmethod
    def of(cls, e: Event, common: dict[Any, Any] | None = None) -> _Shape:
        """The shape of ``e``; with ``common``, its actors and dates are the equal ones
        already in ``common`` (a corpus has few of them: each copy is 32-216 bytes)."""
        actors = _actors(e)
        spans = _NO_SPANS if actors else _spans(e)
        start, end = e.date.start, e.date.end
        if common is not None:
            actors = common.setdefault(actors, actors)
            start, end = common.setdefault(start, start), common.setdefault(end, end)
        people = _people(e)
        if not people:
            return cls(e.kind, e.agreement, start, end, actors, spans)
        documents = _documents(e)
        if common is not None:
            documents = common.setdefault(documents, documents)
        return cls(
            e.kind, e.agreement, start, end, actors, spans, people, documents, _known(people)
        )

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
        if self.people and other.people:
            if self.documents & other.documents:
                if _met_by_others(self.people, other.people):
                    return False
            elif self.known and other.known and _met_by_others(self.known, other.known):
                return False
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


def away_from_home(
    location: Location | None, participants: Sequence[Participant]
) -> Location | None:
    """A visit's ``location`` unless it lies in a visitor's own country and in no host's: the
    capital a leader comes home to ("arrived in Hanoi this Friday afternoon, successfully
    completing their business trip to attend the ... ASEAN Summit ... in Vientiane, Laos")
    is no place of the visit (seventy-third pass, fresh news). A visit with no host known
    keeps its place.

    >>> sides = [Participant(id="VN", type=ActorType.country, role=Role.visitor),
    ...          Participant(id="LA", type=ActorType.country, role=Role.host)]
    >>> away_from_home(Location(name="Hanoi", country="VN"), sides) is None
    True
    >>> away_from_home(Location(name="Vientiane", country="LA"), sides).name
    'Vientiane'
    """
    if location is None or location.country is None:
        return location
    homes: dict[Role, set[str]] = {Role.host: set(), Role.visitor: set()}
    for p in participants:
        home = p.country if p.type is ActorType.person else p.id
        if p.role in homes and home:
            homes[p.role].add(home)
    if homes[Role.host] and location.country in homes[Role.visitor] - homes[Role.host]:
        return None
    return location


def _combine(events: Sequence[Event]) -> Event:
    """One event from several mentions: the most precise date, all sources; a visit's title
    from a mention that names its host when the most precise one does not (:func:`_titled_by`).
    """
    best = min(events, key=lambda e: (e.date.days, e.date.mod is not None, _first(e)))
    sources: dict[tuple[str, int, int], Source] = {}
    for e in events:
        for s in e.sources:
            sources.setdefault((s.document, s.start, s.end), s)
    tags = sorted({t for e in events for t in e.tags})
    related = sorted({r for e in events for r in e.related})
    location = best.location or next((e.location for e in events if e.location), None)
    participants = _merge_participants(
        [best.participants, *(e.participants for e in events if e is not best)]
    )
    if best.kind is EventKind.visit:
        location = away_from_home(location, participants)
    title = _titled_by(best, events).title
    if best.kind in _GATHERINGS and best.location is None and location is not None:
        title = _with_place(title, location.name)
    return best.model_copy(
        update={
            "title": title,
            "participants": participants,
            "sources": [sources[k] for k in sorted(sources)],
            "status": _latest_status(events),
            "location": location,
            "tags": tags,
            "related": related,
        }
    )


#: The kinds whose title names their place (:func:`_with_place`).
_GATHERINGS = frozenset({EventKind.summit, EventKind.meeting, EventKind.forum})


def _with_place(title: str, place: str) -> str:
    """A gathering's title with the place another mention of it names ("The summit ends on
    Thursday" dates the summit "opened in Astana on Wednesday": "SCO summit in Astana"),
    unless it names a place already.

    >>> _with_place("SCO summit", "Astana"), _with_place("Talks in Baku", "Astana")
    ('SCO summit in Astana', 'Talks in Baku')
    """
    return title if " in " in title or place in title else f"{title} in {place}"


def _titled_by(best: Event, events: Sequence[Event]) -> Event:
    """The mention whose title the merged event takes: ``best``, unless it is a visit that
    names no host and another mention of it does (that one told first). A visit's title
    says who went where ("Putin's state visit to China") only when its mention names the
    host; "Putin and China's visit" of a mention that does not reads as if both travelled
    (fifty-fifth session: 97 of the fifty-nine's visit titles changed so)."""
    if best.kind is not EventKind.visit or _hosted(best):
        return best
    return min((e for e in events if _hosted(e)), key=_first, default=best)


def _hosted(e: Event) -> bool:
    return any(p.role is Role.host for p in e.participants)


def _first(e: Event) -> tuple[str, int]:
    s = min(e.sources, key=lambda s: (s.document, s.start))
    return s.document, s.start


def _id_order(e: Event) -> tuple[str, str, tuple[str, int], str]:
    """The order in which events get their ids: date, kind, first source, title."""
    return e.date.sort_key, e.kind.value, _first(e), e.title


def _new_ids(
    entries: Sequence[tuple[tuple[str, str, tuple[str, int], str], str, str]],
) -> Iterator[tuple[int, str]]:
    """For entries (:func:`_id_order`, :func:`make_event_id`, agreement or title), in id order:
    each entry's index and its id, collisions resolved (what :func:`assign_ids` gives)."""
    taken: set[str] = set()
    for i in sorted(range(len(entries)), key=lambda i: entries[i][0]):
        _, base, words_of = entries[i]
        new = base
        if new in taken:
            words = _words(words_of)[:12]
            extra = "-".join(w for w in words if w not in base.split("-"))[:40].strip("-")
            new = f"{base}-{extra}" if extra else base
        n = 2
        while new in taken:
            new = f"{base}-{n}"
            n += 1
        taken.add(new)
        yield i, new


def _id_entry(e: Event) -> tuple[tuple[str, str, tuple[str, int], str], str, str]:
    return _id_order(e), make_event_id(e.kind, e.date, e.participants), e.agreement or e.title


def assign_ids(events: Sequence[Event]) -> tuple[list[Event], dict[str, str]]:
    """Give every event its :func:`make_event_id`, resolving collisions.

    Returns the events and the map from their old ids to the new ones.
    """
    mapping: dict[str, str] = {}
    out: list[Event] = []
    for i, new in _new_ids([_id_entry(e) for e in events]):
        mapping[events[i].id] = new
        out.append(events[i].model_copy(update={"id": new}))
    return out, mapping


def _clusters_exhaustive(shapes: Sequence[_Shape]) -> list[list[int]]:
    clusters: list[list[int]] = []
    for i, shape in enumerate(shapes):
        for cluster in clusters:
            if all(shape.same(shapes[j]) for j in cluster):
                cluster.append(i)
                break
        else:
            clusters.append([i])
    return clusters


def _levels(d: date) -> tuple[int, int, int, int, int, int]:
    """Nested calendar cells, finest first: ``d``'s day, month, year, decade, century and
    the one cell holding every date."""
    year = d.year
    return d.toordinal(), year * 12 + d.month, year, year // 10, year // 100, 0


def _cells(start: date, end: date) -> list[tuple[int, int]]:
    """The smallest cell holding ``start..end``, then every cell above it."""
    first, last = _levels(start), _levels(end)
    level = next(i for i, cell in enumerate(first) if cell == last[i])
    return [(i, first[i]) for i in range(level, len(first))]


@dataclass
class _Cluster:
    members: list[int]
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
    def keys(shape: _Shape) -> list[object]:
        """The block keys of ``shape``: its kind and agreement with each actor (or span)."""
        kind, agreement = shape.kind.value, shape.agreement
        return [(kind, agreement, part) for part in shape.actors or shape.spans]

    def candidates(self, keys: list[object], cells: list[tuple[int, int]]) -> list[int]:
        """The clusters a shape may join, given its :meth:`keys` and :func:`_cells`
        (computed once for this and :meth:`add`)."""
        own, above = cells[0], cells[1:]
        beneath, owned = self._beneath, self._own
        found: set[int] = set()
        for key in keys:
            found.update(beneath.get((key, own), ()))
            for cell in above:
                found.update(owned.get((key, cell), ()))
        return sorted(found)

    def add(
        self, member: int, shape: _Shape, keys: list[object], cells: list[tuple[int, int]]
    ) -> None:
        """A new cluster of ``member`` (of this ``shape``, ``keys`` and ``cells``)."""
        index = len(self.clusters)
        self.clusters.append(_Cluster([member], {shape: None}))
        own = cells[0]
        for key in keys:
            self._own.setdefault((key, own), []).append(index)
            for cell in cells:
                self._beneath.setdefault((key, cell), []).append(index)


def _clusters_blocked(shapes: Sequence[_Shape]) -> list[list[int]]:
    blocks = _Blocks()
    for member, shape in enumerate(shapes):
        keys, cells = blocks.keys(shape), _cells(shape.start, shape.end)
        for i in blocks.candidates(keys, cells):
            cluster = blocks.clusters[i]
            if all(shape.same(other) for other in cluster.shapes):
                cluster.members.append(member)
                cluster.shapes[shape] = None
                break
        else:
            blocks.add(member, shape, keys, cells)
    return [c.members for c in blocks.clusters]


def _encoded(e: Event) -> bytes:
    return e.model_dump_json(exclude_computed_fields=True).encode()


@dataclass(frozen=True, slots=True)
class EncodedMention:
    """A mention as :class:`Mentions` holds it: its order, its shape and its JSON.

    Made by :func:`encode_mention` where the mention is found (an extraction
    worker), so the process that gathers a corpus's mentions only appends them:
    no event model is sent between processes, rebuilt and dumped again there
    (docs/history/scale-log.md, "Two cores").
    """

    order: tuple[tuple[str, int], str, str]
    shape: _Shape
    data: bytes


def encode_mention(e: Event) -> EncodedMention:
    """``e`` as :meth:`Mentions.add_encoded` takes it."""
    return EncodedMention((_first(e), e.kind.value, e.id), _Shape.of(e), _encoded(e))


class Mentions:
    """Mentions held for the merge, compactly: what the merge compares in memory, each
    event as JSON in a temporary file.

    A mention as a pydantic :class:`~timeline.model.Event` takes about 10 KB
    of memory; the merge needs only its :class:`_Shape`, its order and its id
    until it combines a cluster, so the event is written to an anonymous
    temporary file (deleted when closed, or when the process ends) and read
    back for its cluster alone. Merged events go to the same file until they
    are given out in timeline order (:class:`Merged`), so memory grows by a
    few hundred bytes per mention whatever the size of the corpus.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self._size = 0
        self._written = 0  # bytes the file is known to hold (flushed)
        #: Each mention's order (first source, kind, id): its id is the last item.
        self.orders: list[tuple[tuple[str, int], str, str]] = []
        self.shapes: list[_Shape] = []
        self._starts = array("q")  # where each mention's JSON is in the file, and its length
        self._lengths = array("q")
        self._common: dict[Any, Any] = {}  # one copy of each document id, actor set, date

    def add(self, e: Event) -> None:
        """Hold one mention."""
        self.add_encoded(encode_mention(e))

    def add_encoded(self, mention: EncodedMention) -> None:
        """Hold one mention :func:`encode_mention` made (in this process or a worker)."""
        (document, offset), kind, event_id = mention.order
        document = self._common.setdefault(document, document)
        self.orders.append(((document, offset), kind, event_id))
        shape = mention.shape
        common = self._common
        self.shapes.append(
            _Shape(
                shape.kind,
                shape.agreement,
                common.setdefault(shape.start, shape.start),
                common.setdefault(shape.end, shape.end),
                common.setdefault(shape.actors, shape.actors),
                shape.spans,
                shape.people,
                common.setdefault(shape.documents, shape.documents),
                shape.known,
            )
        )
        self._starts.append(self._size)
        self._lengths.append(len(mention.data))
        self._file.write(mention.data)
        self._size += len(mention.data)

    def __len__(self) -> int:
        return len(self.orders)

    def put(self, e: Event) -> tuple[int, int]:
        """Write ``e`` to the file; where it is, for :meth:`get`."""
        data = _encoded(e)
        self._file.write(data)
        place = (self._size, len(data))
        self._size += len(data)
        return place

    def get(self, place: tuple[int, int]) -> Event:
        """The event :meth:`put` wrote at ``place``."""
        if self._written < self._size:
            self._file.flush()
            self._written = self._size
        data = os.pread(self._file.fileno(), place[1], place[0])
        return Event.model_validate_json(data)

    def mention(self, index: int) -> Event:
        """The ``index``-th mention added."""
        return self.get((self._starts[index], self._lengths[index]))

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()

    def __enter__(self) -> Mentions:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class _Kept:
    """A merged event kept: its id (the old one until ids are given), links, date order
    and place in the file (or the event itself, when held in memory)."""

    id: str
    related: list[str]
    sort_key: str
    place: tuple[int, int] | Event


class Merged:
    """The merged events of :func:`merge_mentions`, given out one at a time in timeline
    order (date, then id), and their agreements.

    ``len()`` is the number of events; iterating reads each from the file of
    the :class:`Mentions` (which must stay open), so the timeline is never held whole.
    """

    def __init__(self, mentions: Mentions, finals: list[_Kept], agreements: list[Agreement]):
        self._mentions = mentions
        self._finals = sorted(finals, key=lambda f: (f.sort_key, f.id))
        self.agreements = agreements

    def __len__(self) -> int:
        return len(self._finals)

    def __iter__(self) -> Iterator[Event]:
        for final in self._finals:
            place = final.place
            event = place if isinstance(place, Event) else self._mentions.get(place)
            yield event.model_copy(update={"id": final.id, "related": final.related})


def merge_mentions(
    mentions: Mentions,
    agreements: Iterable[Agreement] = (),
    *,
    exhaustive: bool = False,
    keep: Callable[[Event], bool] | None = None,
    hold: bool = False,
) -> Merged:
    """:func:`merge_events` over :class:`Mentions`: the same events, memory flat.

    Clusters are found on the mentions' shapes; each cluster's mentions are
    read back, combined, and the merged event written back to the file with
    what giving ids and links needs; ids are given, links resolved, and the
    events are read back one at a time as :class:`Merged` is iterated.
    ``hold=True`` keeps the merged events in memory instead, for a caller that
    holds the whole timeline anyway (:func:`merge_events`,
    :func:`timeline.extract.extract_corpus`): the same events, without writing
    each to JSON and validating it back.

    The cycle collector is paused meanwhile (:mod:`timeline.collector`): the events
    read back and combined make no reference cycles, and each full collection
    walked every object of the process again (the extraction's tables among them).
    """
    with cycle_collection_paused():
        return _merged(mentions, agreements, exhaustive=exhaustive, keep=keep, hold=hold)


def _merged(
    mentions: Mentions,
    agreements: Iterable[Agreement],
    *,
    exhaustive: bool,
    keep: Callable[[Event], bool] | None,
    hold: bool,
) -> Merged:
    order = sorted(range(len(mentions)), key=mentions.orders.__getitem__)
    shapes = [mentions.shapes[i] for i in order]
    clusters = _clusters_exhaustive(shapes) if exhaustive else _clusters_blocked(shapes)
    del shapes
    where = [0] * len(order)
    for index, cluster in enumerate(clusters):
        for position in cluster:
            where[position] = index
    members = {mentions.orders[i][2]: where[position] for position, i in enumerate(order)}
    del where
    cluster_key: list[str] = []
    used: set[str] = set()  # the agreements the events kept name
    kept: list[_Kept] = []
    entries = []
    for cluster in clusters:
        combined = _combine([mentions.mention(order[position]) for position in cluster])
        cluster_key.append(combined.id)
        if keep is None or keep(combined):
            place = combined if hold else mentions.put(combined)
            kept.append(_Kept(combined.id, combined.related, combined.date.sort_key, place))
            if combined.agreement:
                used.add(combined.agreement)
            entries.append(_id_entry(combined))
    del clusters, order
    assigned = list(_new_ids(entries))
    del entries
    mapping = {kept[i].id: new for i, new in assigned}
    by_old = {}
    for old_id, cluster_index in members.items():
        if cluster_key[cluster_index] in mapping:
            by_old[old_id] = mapping[cluster_key[cluster_index]]
    del members
    final_ids = set(mapping.values())
    finals = []
    for i, new in assigned:
        linked = sorted({by_old.get(r, r) for r in kept[i].related} - {new})
        related = [r for r in linked if r in final_ids]
        finals.append(_Kept(new, related, kept[i].sort_key, kept[i].place))
    merged_agreements: dict[str, Agreement] = {}
    for a in agreements:
        old = merged_agreements.get(a.id)
        if old is not None:
            a = old.model_copy(update={"parties": sorted(set(old.parties) | set(a.parties))})
        merged_agreements[a.id] = a
    return Merged(mentions, finals, [a for k, a in sorted(merged_agreements.items()) if k in used])


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
    For a large corpus, :func:`merge_mentions` gives the same events without
    holding them (what ``timeline extract`` uses).
    """
    with Mentions() as mentions:
        for e in events:
            mentions.add(e)
        merged = merge_mentions(mentions, agreements, exhaustive=exhaustive, keep=keep, hold=True)
        return Timeline(list(merged), merged.agreements)
