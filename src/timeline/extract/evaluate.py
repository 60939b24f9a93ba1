"""Scoring extracted events against a gold list, event by event (precision, recall, F1).

A gold file (``tests/data/gold/seed.yaml``, ``tests/data/extraction/*/gold.yaml``)
names every dated event a careful reader finds in some articles. It is either a
YAML list of events, or a mapping with ``documents`` (each article's id and its
region group) and ``events``. An extracted event *matches* a gold event when

1. they share a document (one of the event's sources is in the gold event's
   ``documents``);
2. their kinds are in the same class (:data:`KIND_CLASSES`: a summit, a meeting
   and a forum are one class, so are a signing, an adoption and a statement;
   every other kind is a class of its own);
3. the extracted date lies inside the gold interval, which is the date as the
   text fixes it (``2022-05-10`` and ``2022-05`` with mod ``end`` both lie
   inside ``2022-05``; ``2022-05`` does not lie inside ``2022-05-10``, nor
   ``2022`` inside ``2022-05``);
4. every key participant of the gold event is among the extracted event's
   countries and organizations (a person brings their country); more
   participants do no harm.

Matching is one-to-one (an event told twice but not merged counts once as a
hit and once as a false positive), assigned greedily, exact kinds and exact
date values first. Status is reported separately, as the share of matched
events whose status equals the gold status. :func:`score_by_region` adds the
scores of each region group of a :class:`GoldSet`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from ..errors import DataError
from ..model import Event, EventDate, EventKind, Status
from ..timex import DateMod

__all__ = [
    "KIND_CLASSES",
    "GoldEvent",
    "GoldSet",
    "MatchParts",
    "Scores",
    "kind_class",
    "kind_table",
    "load_gold",
    "load_gold_set",
    "match_parts",
    "matches",
    "score",
    "score_by_region",
    "scores_table",
]

#: Kinds a reader may tell either way, scored as one class ("the leaders met
#: at the summit"; "the declaration adopted and signed"). Other kinds stand alone.
KIND_CLASSES: dict[str, frozenset[EventKind]] = {
    "gathering": frozenset({EventKind.summit, EventKind.meeting, EventKind.forum}),
    "document": frozenset({EventKind.signing, EventKind.adoption, EventKind.statement}),
}


def kind_class(kind: EventKind) -> str:
    """The class a kind is scored in: ``gathering``, ``document`` or the kind itself."""
    for name, kinds in KIND_CLASSES.items():
        if kind in kinds:
            return name
    return kind.value


@dataclass(frozen=True)
class GoldEvent:
    """One event of a gold list: where it is told, what, when, who (key participants)."""

    documents: tuple[str, ...]
    kind: EventKind
    date: EventDate
    status: Status
    actors: frozenset[str]
    evidence: str
    line: int = 0

    def label(self) -> str:
        """Short description for reports: ``visit late May 2022 KZ,TR``."""
        return f"{self.kind.value} {self.date.label()} {','.join(sorted(self.actors))}"


@dataclass(frozen=True)
class GoldSet:
    """A gold file: its events and, when it names them, each document's region group."""

    events: tuple[GoldEvent, ...]
    regions: Mapping[str, str] = field(default_factory=dict)

    def documents(self) -> set[str]:
        """Every document the gold file covers (listed, or named by an event)."""
        return set(self.regions) | {d for g in self.events for d in g.documents}

    def region_names(self) -> list[str]:
        """The region groups, sorted."""
        return sorted(set(self.regions.values()))

    def in_region(self, region: str) -> GoldSet:
        """The documents of one region group and the events told in them."""
        regions = {d: r for d, r in self.regions.items() if r == region}
        events = tuple(g for g in self.events if set(g.documents) & set(regions))
        return GoldSet(events, regions)


@dataclass
class Scores:
    """The outcome of :func:`score`."""

    gold: int
    found: int
    matched: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return len(self.matched) / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return len(self.matched) / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def status_accuracy(self) -> float:
        if not self.matched:
            return 0.0
        return sum(g.status is e.status for g, e in self.matched) / len(self.matched)

    @property
    def extra_sides(self) -> int:
        """Matched events that list a side their gold event does not.

        A match asks for the gold's key participants only, so a rule that adds a wrong
        side (a place's country, an organization's parent body) costs nothing in F1; this
        count shows it. The gold lists key sides, not every side, so it is a count to
        watch between two runs, not an error count.
        """
        return sum(bool(_actors(e) - g.actors) for g, e in self.matched)

    def table(self) -> str:
        """The scores as a Markdown table of one row."""
        return scores_table([("all", self)])


def scores_table(rows: Sequence[tuple[str, Scores]]) -> str:
    """Scores as a Markdown table, one row per label (a corpus, a region group)."""
    lines = [
        "| | gold | extracted | matched | precision | recall | F1 | status accuracy |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, s in rows:
        lines.append(
            f"| {label} | {s.gold} | {s.found} | {len(s.matched)} | {s.precision:.3f} | "
            f"{s.recall:.3f} | {s.f1:.3f} | {s.status_accuracy:.3f} |"
        )
    return "\n".join(lines)


def load_gold_set(path: str | Path) -> GoldSet:
    """Read a gold file; :class:`DataError` names the file, line and what is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text)
        raw: Any = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(f"cannot be read as YAML: {exc}", path=path) from None
    regions: dict[str, str] = {}
    if isinstance(raw, dict) and isinstance(node, yaml.MappingNode):
        nodes = {key.value: value for key, value in node.value}
        if set(raw) != {"documents", "events"} or not isinstance(raw["documents"], dict):
            raise DataError(
                "a gold mapping has two keys: documents (id: region group) and events (a list)",
                path=path,
            )
        for doc, region in raw["documents"].items():
            if not isinstance(region, str) or not region:
                raise DataError(f"document {doc!r} needs a region group", path=path)
            regions[str(doc)] = region
        raw, node = raw["events"], nodes["events"]
    if not isinstance(raw, list) or not isinstance(node, yaml.SequenceNode):
        raise DataError("must be a YAML list of events, or documents + events", path=path)
    events = [
        _gold_event(item, n.start_mark.line + 1, path)
        for item, n in zip(raw, node.value, strict=True)
    ]
    if regions:
        for g in events:
            unlisted = [d for d in g.documents if d not in regions]
            if unlisted:
                message = f"document {unlisted[0]!r} is not listed under documents"
                raise DataError(message, path=path, line=g.line)
    return GoldSet(tuple(events), regions)


def load_gold(path: str | Path) -> list[GoldEvent]:
    """The events of a gold file (see :func:`load_gold_set`)."""
    return list(load_gold_set(path).events)


def _gold_event(item: Any, line: int, path: Path) -> GoldEvent:
    try:
        mod = DateMod(item["mod"]) if item.get("mod") else None
        actors = item.get("actors") or ()
        if isinstance(actors, str) or not all(isinstance(a, str) for a in actors):
            raise ValueError(f"actors must be a list of codes, not {actors!r}")
        documents = item["documents"]
        if isinstance(documents, str) or not documents:
            raise ValueError(f"documents must be a non-empty list of ids, not {documents!r}")
        return GoldEvent(
            documents=tuple(str(d) for d in documents),
            kind=EventKind(item["kind"]),
            date=EventDate.from_value(str(item["value"]), mod),
            status=Status(item["status"]),
            actors=frozenset(actors),
            evidence=str(item.get("evidence", "")),
            line=line,
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise DataError(f"invalid gold event: {exc}", path=path, line=line) from None


def _actors(e: Event) -> set[str]:
    return set(e.countries) | set(e.organizations)


class MatchParts(NamedTuple):
    """Which of the three parts of a match (rules 2 to 4 of the module docstring) hold."""

    kind: bool
    date: bool
    participants: bool


def match_parts(gold: GoldEvent, event: Event) -> MatchParts:
    """Whether ``event`` has the kind class of ``gold``, a date inside its interval and its
    key participants (the document is not looked at: :func:`matches` adds it).

    >>> gold = GoldEvent(("d",), EventKind.meeting, EventDate.from_value("2022-05", None),
    ...                  Status.occurred, frozenset({"TR"}), "")
    >>> event = Event.model_validate({
    ...     "kind": "summit", "title": "Summit in Ankara", "date": {"value": "2022-05-10"},
    ...     "status": "occurred", "participants": [{"id": "KZ", "type": "country"}],
    ...     "sources": [{"document": "d", "quote": "x", "start": 0, "end": 1}]})
    >>> match_parts(gold, event)
    MatchParts(kind=True, date=True, participants=False)
    """
    return MatchParts(
        kind=kind_class(gold.kind) == kind_class(event.kind),
        date=gold.date.start <= event.date.start and event.date.end <= gold.date.end,
        participants=gold.actors <= _actors(event),
    )


def matches(gold: GoldEvent, event: Event) -> bool:
    """True when ``event`` matches ``gold`` under the rule of the module docstring: a
    shared document and every part of :func:`match_parts`."""
    if not {s.document for s in event.sources} & set(gold.documents):
        return False
    return all(match_parts(gold, event))


def score(
    events: Iterable[Event], gold: Sequence[GoldEvent], documents: Iterable[str] | None = None
) -> Scores:
    """Match ``events`` to ``gold`` one-to-one and count.

    Only events with a source in ``documents`` (default: the gold list's
    documents) are scored.
    """
    docs = set(documents) if documents is not None else {d for g in gold for d in g.documents}
    found = [e for e in events if {s.document for s in e.sources} & docs]
    pairs = []
    for gi, g in enumerate(gold):
        for ei, e in enumerate(found):
            if matches(g, e):
                inexact = (e.date.value != g.date.value) + (e.kind is not g.kind)
                pairs.append((inexact, gi, ei))
    pairs.sort()
    used_g: set[int] = set()
    used_e: set[int] = set()
    result = Scores(gold=len(gold), found=len(found))
    for _, gi, ei in pairs:
        if gi in used_g or ei in used_e:
            continue
        used_g.add(gi)
        used_e.add(ei)
        result.matched.append((gold[gi], found[ei]))
    result.missed = [g for i, g in enumerate(gold) if i not in used_g]
    result.spurious = [e for i, e in enumerate(found) if i not in used_e]
    return result


def score_by_region(events: Iterable[Event], gold: GoldSet) -> list[tuple[str, Scores]]:
    """Scores over all the gold set's documents, then one row per region group.

    An event told in documents of two region groups counts in both.
    """
    events = list(events)
    rows = [("all", score(events, gold.events, gold.documents()))]
    for region in gold.region_names():
        part = gold.in_region(region)
        rows.append((region, score(events, part.events, part.regions)))
    return rows


def kind_table(results: Iterable[Scores]) -> str:
    """Recall by the gold event's kind and precision by the extracted event's kind, pooled
    over ``results``, as a Markdown table (one row per kind, the most gold first).

    A matched pair counts as recalled under its gold kind and as right under its extracted
    kind, so a meeting found for a gold summit is a summit recalled and a meeting right.

    >>> g = GoldEvent(("d",), EventKind.summit, EventDate.from_value("2022-05", None),
    ...               Status.occurred, frozenset({"TR"}), "")
    >>> e = Event.model_validate({
    ...     "kind": "meeting", "title": "Talks in Ankara", "date": {"value": "2022-05-10"},
    ...     "status": "occurred", "participants": [{"id": "TR", "type": "country"}],
    ...     "sources": [{"document": "d", "quote": "x", "start": 0, "end": 1}]})
    >>> print(kind_table([score([e], [g])]))
    | kind | gold | recalled | recall | extracted | right | precision |
    | --- | ---: | ---: | ---: | ---: | ---: | ---: |
    | summit | 1 | 1 | 1.000 | 0 | 0 | 0.000 |
    | meeting | 0 | 0 | 0.000 | 1 | 1 | 1.000 |
    """
    gold: dict[str, int] = {}
    recalled: dict[str, int] = {}
    extracted: dict[str, int] = {}
    right: dict[str, int] = {}

    def add(counts: dict[str, int], kind: EventKind) -> None:
        counts[kind.value] = counts.get(kind.value, 0) + 1

    for result in results:
        for g in result.missed:
            add(gold, g.kind)
        for e in result.spurious:
            add(extracted, e.kind)
        for g, e in result.matched:
            add(gold, g.kind)
            add(recalled, g.kind)
            add(extracted, e.kind)
            add(right, e.kind)
    kinds = sorted(
        set(gold) | set(extracted), key=lambda k: (-gold.get(k, 0), -extracted.get(k, 0), k)
    )
    lines = [
        "| kind | gold | recalled | recall | extracted | right | precision |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind in kinds:
        n_gold, n_found = gold.get(kind, 0), extracted.get(kind, 0)
        hit, ok = recalled.get(kind, 0), right.get(kind, 0)
        lines.append(
            f"| {kind} | {n_gold} | {hit} | {hit / n_gold if n_gold else 0:.3f} | "
            f"{n_found} | {ok} | {ok / n_found if n_found else 0:.3f} |"
        )
    return "\n".join(lines)
