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

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .collection import Timeline
from .corpus import DocumentInfo
from .extract import ExtractionCache, ExtractionRun, extractor_version, merged_corpus
from .extract.output import write_json
from .extract.pipeline import DocumentLike
from .model import Agreement, Event, ReviewStatus
from .store.build import stream_database

__all__ = ["MachineTier", "extract_machine_tier", "write_machine_tier"]


@dataclass(frozen=True)
class MachineTier:
    """What :func:`write_machine_tier` or :func:`extract_machine_tier` wrote."""

    database: Path
    events: int
    documents: int
    left_to_reviewed: int
    #: How the documents were had (:meth:`timeline.extract.MergedCorpus.summary`), when
    #: :func:`extract_machine_tier` extracted them.
    extraction: str = ""

    def summary(self) -> str:
        """One line for people."""
        return (
            f"Wrote {self.events} events from {self.documents} documents to {self.database} "
            f"({self.left_to_reviewed} left to the reviewed events)"
        )


def extract_machine_tier(
    items: Iterable[str | Path | DocumentLike],
    db_path: str | Path,
    *,
    reviewed: Timeline | None = None,
    output: str | Path | BinaryIO | None = None,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    dask: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> MachineTier:
    """Extract the events of these files, folders or documents into a machine-tier
    database at ``db_path`` (atomically): ``timeline extract --db``.

    :func:`write_machine_tier` of :func:`~timeline.extract.extract_corpus`'s run, the
    same database, but the merged events are written as they come, a thousand at a time
    (:func:`~timeline.store.build.stream_database`), never held whole: memory stays flat
    as the corpus grows (docs/scale.md). ``output``, when given, also gets the JSON
    timeline of every event found (a file, written atomically, or a binary stream), as
    :func:`~timeline.extract.extract_to_json` writes it. The options are
    :func:`~timeline.extract.extract_corpus`'s.
    """
    with merged_corpus(
        items, jobs=jobs, cache=cache, dask=dask, progress=progress, documents=True
    ) as corpus:
        tier = _write(corpus.events, corpus.events.agreements, corpus.documents, db_path, reviewed)
        if output is not None:
            write_json(corpus.events, output)
    return MachineTier(
        tier.database, tier.events, tier.documents, tier.left_to_reviewed, corpus.summary()
    )


def write_machine_tier(
    run: ExtractionRun, db_path: str | Path, *, reviewed: Timeline | None = None
) -> MachineTier:
    """Write the events of ``run`` to a machine-tier database at ``db_path`` (atomically).

    Events whose id is in ``reviewed`` (the ``events/`` tier) are left out;
    every other event is written as ``proposed``.
    """
    return _write(run.timeline.events, run.timeline.agreements, run.documents, db_path, reviewed)


def _write(
    events: Iterable[Event],
    agreements: Sequence[Agreement],
    documents: Sequence[DocumentInfo],
    db_path: str | Path,
    reviewed: Timeline | None,
) -> MachineTier:
    """``events`` (in timeline order) but those of ``reviewed``, as ``proposed``, with the
    agreements they name and ``documents``, streamed into a new database at ``db_path``."""
    taken = {e.id for e in reviewed.events} if reviewed is not None else set()
    left = 0

    def kept() -> Iterator[Event]:
        nonlocal left
        proposed = ReviewStatus.proposed
        for e in events:
            if e.id in taken:
                left += 1
            else:
                yield e if e.review is proposed else e.model_copy(update={"review": proposed})

    meta = {"tier": "machine", "extractor": extractor_version()}
    written = stream_database(kept(), agreements, documents, db_path, meta=meta)
    return MachineTier(Path(db_path), written, len(documents), left)
