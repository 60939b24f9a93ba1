"""The machine tier: bulk extraction written straight into a database, without YAML files.

``events/`` is the reviewed tier: one YAML file per event, in git, read and
corrected by people. At a million events one file per event stops being
sensible, so ``timeline extract --db machine.db`` writes what extraction finds
into a database of the store's schema (docs/store.md) instead: every event
with ``review = 'proposed'``, its sources (document, character offsets, exact
quote) as provenance, the documents they cite, and in ``_meta`` the tier and
the extractor version (:func:`timeline.extract.extractor_version`).

The two tiers meet by id: both use :func:`timeline.model.make_event_id`, so
an event a person has reviewed has the id extraction gives it, and the
reviewed one wins: events whose id is in ``events/`` are left out of the
machine tier. ``timeline propose`` moves chosen machine events into
``events/`` for review; ``timeline serve --db machine.db`` browses the tier.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .collection import Timeline
from .extract import ExtractionRun, extractor_version
from .model import ReviewStatus
from .store_build import build_database

__all__ = ["MachineTier", "write_machine_tier"]


@dataclass(frozen=True)
class MachineTier:
    """What :func:`write_machine_tier` wrote."""

    database: Path
    events: int
    documents: int
    left_to_reviewed: int

    def summary(self) -> str:
        """One line for people."""
        return (
            f"Wrote {self.events} events from {self.documents} documents to {self.database} "
            f"({self.left_to_reviewed} left to the reviewed events)"
        )


def write_machine_tier(
    run: ExtractionRun, db_path: str | Path, *, reviewed: Timeline | None = None
) -> MachineTier:
    """Write the events of ``run`` to a machine-tier database at ``db_path`` (atomically).

    Events whose id is in ``reviewed`` (the ``events/`` tier) are left out;
    every other event is written as ``proposed``.
    """
    taken = {e.id for e in reviewed.events} if reviewed is not None else set()
    proposed = ReviewStatus.proposed
    kept = [
        e if e.review is proposed else e.model_copy(update={"review": proposed})
        for e in run.timeline.events
        if e.id not in taken
    ]
    used = {e.agreement for e in kept if e.agreement}
    timeline = Timeline(kept, [a for a in run.timeline.agreements if a.id in used])
    meta = {"tier": "machine", "extractor": extractor_version()}
    path = build_database(timeline, run.documents, db_path, meta=meta)
    return MachineTier(path, len(kept), len(run.documents), len(run.timeline) - len(kept))
