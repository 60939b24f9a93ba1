"""Scoring extracted events against a gold list (precision, recall, F1).

The gold list (``tests/data/gold/seed.yaml``) names every dated event a
careful reader finds. An extracted event *matches* a gold event when

1. they share a document (one of the event's sources is in the gold event's
   ``documents``);
2. their kinds are equal, or both are in one compatible group
   (signing/adoption: "the adoption of a joint statement" is told as either);
3. their dates overlap and have the same precision (``2022-05`` with mod
   ``end`` matches any month-precision date in late May 2022; a year never
   matches a month);
4. their countries and organizations overlap (or both have none).

Matching is one-to-one (an event told twice but not merged counts once as a
hit and once as a false positive), assigned greedily, exact date values and
exact kinds first. Status is reported separately, as the share of matched
events whose status equals the gold status.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError
from ..model import ActorType, Event, EventDate, EventKind, Status
from ..timex import DateMod

__all__ = ["GoldEvent", "Scores", "load_gold", "matches", "score"]

_COMPATIBLE = (frozenset({EventKind.signing, EventKind.adoption}),)


@dataclass(frozen=True)
class GoldEvent:
    """One event of the gold list."""

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

    def table(self) -> str:
        """The scores as a Markdown table."""
        return (
            "| gold | extracted | matched | precision | recall | F1 | status accuracy |\n"
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            f"| {self.gold} | {self.found} | {len(self.matched)} | {self.precision:.3f} | "
            f"{self.recall:.3f} | {self.f1:.3f} | {self.status_accuracy:.3f} |"
        )


def load_gold(path: str | Path) -> list[GoldEvent]:
    """Read a gold list; :class:`DataError` names the entry that is wrong."""
    path = Path(path)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot be read as YAML: {exc}", path=path) from None
    if not isinstance(raw, list) or node is None:
        raise DataError("must be a YAML list of events", path=path)
    out = []
    for item, item_node in zip(raw, node.value, strict=True):
        line = item_node.start_mark.line + 1
        try:
            mod = DateMod(item["mod"]) if item.get("mod") else None
            out.append(
                GoldEvent(
                    documents=tuple(item["documents"]),
                    kind=EventKind(item["kind"]),
                    date=EventDate.from_value(str(item["value"]), mod),
                    status=Status(item["status"]),
                    actors=frozenset(item.get("actors") or ()),
                    evidence=str(item.get("evidence", "")),
                    line=line,
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise DataError(f"invalid gold event: {exc}", path=path, line=line) from None
    return out


def _actors(e: Event) -> set[str]:
    out = {p.id for p in e.participants if p.type is not ActorType.person}
    return out | {p.country for p in e.participants if p.country}


def _kinds_ok(a: EventKind, b: EventKind) -> bool:
    return a is b or any(a in g and b in g for g in _COMPATIBLE)


def matches(gold: GoldEvent, event: Event) -> bool:
    """True when ``event`` matches ``gold`` under the rule of the module docstring."""
    if not {s.document for s in event.sources} & set(gold.documents):
        return False
    if not _kinds_ok(gold.kind, event.kind):
        return False
    if event.date.precision is not gold.date.precision:
        return False
    if event.date.end < gold.date.start or gold.date.end < event.date.start:
        return False
    actors = _actors(event)
    return bool(actors & gold.actors) or not (actors or gold.actors)


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
                exact = (e.date.value != g.date.value) + (e.kind is not g.kind)
                pairs.append((exact, gi, ei))
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
