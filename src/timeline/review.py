"""Propose extracted events into events/ without clobbering what people reviewed or edited.

``timeline propose corpus/`` extracts events and writes them to the curated
folder through :func:`timeline.event_writer.write_event`, as ``review: proposed``.
A person then reads each file against its quote, corrects it and sets
``review: reviewed`` — or deletes it. The rules (docs/extraction.md):

* an event marked ``review: reviewed`` is never written, moved or deleted;
  a newly extracted event that is the same event (same id, or the same
  identity: kind, overlapping dates, shared countries and an overlapping
  source quote) is *kept* as the person left it;
* a ``proposed`` event a person edited (its file no longer hashes to what
  propose last wrote, :mod:`timeline.proposed`) is *kept* too, as *edited*;
* a ``proposed`` event nobody edited, whose extraction changed, is
  *updated* (its file rewritten, or replaced when its id changed);
* an event proposed before whose file is gone was rejected by a person and
  stays removed (*skipped*); links to it from other events are dropped;
* everything else is *added*;
* re-running on the same input changes no byte and adds no file.

The ledger ``events/.proposed.txt`` (:mod:`timeline.proposed`) remembers every
id propose wrote and the hash of what it wrote. Propose holds an exclusive
lock on the folder (:mod:`timeline.locks`) while it reads and writes, so two
runs, or a run and a build, never see each other's half-written folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .collection import Timeline
from .curated import load_with_origins
from .errors import DataError
from .event_files import agreement_path, event_path
from .event_writer import dump_event, write_agreement, write_event
from .locks import exclusive_lock, lock_path
from .model import ActorType, Event, ReviewStatus
from .proposed import LEDGER, digest, read_ledger, write_ledger

__all__ = ["LEDGER", "ProposeReport", "propose", "same_identity"]


@dataclass
class ProposeReport:
    """What :func:`propose` did, by event id."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    agreements_added: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people: ``3 added, 1 updated, 10 unchanged, 2 kept (reviewed), ...``."""
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.kept)} kept (reviewed), "
            f"{len(self.edited)} kept (edited by a person), "
            f"{len(self.skipped)} skipped (removed by a person), "
            f"{len(self.agreements_added)} agreements added"
        )


def _countries(e: Event) -> set[str]:
    out = {p.id for p in e.participants if p.type is not ActorType.person}
    return out | {p.country for p in e.participants if p.country}


def same_identity(a: Event, b: Event) -> bool:
    """True when two events are one: same kind, overlapping dates, shared actors, shared quote.

    The quote test: a source of each in the same document with overlapping
    character spans. Ids are not compared (a person may have renamed one).
    """
    if a.kind is not b.kind:
        return False
    if a.date.end < b.date.start or b.date.end < a.date.start:
        return False
    ca, cb = _countries(a), _countries(b)
    if ca and cb and not ca & cb:
        return False
    return any(
        sa.document == sb.document and sa.start < sb.end and sb.start < sa.end
        for sa in a.sources
        for sb in b.sources
    )


def propose(timeline: Timeline, root: str | Path = "events") -> ProposeReport:
    """Write ``timeline``'s events into ``root`` as proposals, respecting review and edits.

    Raises :class:`~timeline.errors.DataErrors` (and writes nothing) when the
    existing files do not load, and :class:`~timeline.locks.LockBusy` when
    another propose or a build is using ``root``.
    """
    root = Path(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create the folder: {exc.strerror}", path=root) from None
    busy = (
        f"another `timeline propose` or `timeline build` is using {root} ({{holder}}): "
        f"wait for it to finish, then run this again (the lock {lock_path(root)} is "
        "released when that process exits)"
    )
    with exclusive_lock(lock_path(root), busy=busy):
        return _propose(timeline, root)


def _propose(timeline: Timeline, root: Path) -> ProposeReport:
    existing, origins = load_with_origins(root)
    ledger = read_ledger(root)
    report = ProposeReport()
    present = {e.id: e for e in existing.events}

    def path_of(event: Event) -> Path:
        return origins[event.id].path if event.id in origins else event_path(event, root)

    def edited(event: Event) -> bool:
        recorded = ledger.get(event.id)
        return recorded is None or digest(path_of(event).read_bytes()) != recorded

    # First map every proposal to the event it stands for, so `related` can follow.
    plan: list[tuple[Event, Event | None]] = []
    id_map: dict[str, str] = {}
    for new in timeline.events:
        old = present.get(new.id)
        if old is None:
            old = next((e for e in existing.events if same_identity(new, e)), None)
        plan.append((new, old))
        if old is not None and (old.review is ReviewStatus.reviewed or edited(old)):
            id_map[new.id] = old.id
    final_ids = set(present)
    for new, old in plan:
        if (old is None and new.id not in ledger) or (old is not None and new.id not in id_map):
            final_ids.add(new.id)
    written: set[str] = set()
    for new, old in plan:
        if old is not None and old.review is ReviewStatus.reviewed:
            report.kept.append(old.id)
            continue
        if old is not None and new.id in id_map:
            report.edited.append(old.id)
            continue
        if old is None and new.id in ledger:
            report.skipped.append(new.id)
            continue
        related = sorted({id_map.get(r, r) for r in new.related} & final_ids - {new.id})
        event = new.model_copy(update={"related": related, "review": ReviewStatus.proposed})
        if new.id in written:
            continue
        written.add(new.id)
        text = dump_event(event)
        target = event_path(event, root)
        if old is None:
            write_event(event, root)
            report.added.append(event.id)
        else:
            old_path = path_of(old)
            same_file = old_path.resolve() == target.resolve()
            if same_file and target.read_text(encoding="utf-8") == text:
                report.unchanged.append(event.id)
            else:
                write_event(event, root)
                if not same_file:
                    old_path.unlink(missing_ok=True)
                report.updated.append(event.id)
        ledger[event.id] = digest(text)
    known_agreements = {a.id for a in existing.agreements}
    wanted = {e.agreement for e, old in plan if e.id in written and e.agreement is not None}
    for agreement in timeline.agreements:
        if agreement.id not in wanted:
            continue
        if agreement.id in known_agreements or agreement_path(agreement, root).exists():
            continue
        write_agreement(agreement, root)
        report.agreements_added.append(agreement.id)
    if written or (root / LEDGER).exists():
        write_ledger(root, ledger)
    return report
