"""Extraction over a corpus: every core, documents streamed, results cached, or on Dask.

:func:`extract` reads, tags and extracts each document on its own (in a pool
of processes, one per core by default, or on a Dask cluster), then merges all
the mentions once with the blocked :func:`timeline.merge.merge_events`.

* Streaming: only the list of files is held; each worker reads its document,
  extracts its mentions and sends them back, so the corpus text is never in
  memory at once.
* Deterministic: results are reduced in document-id order whatever the
  number of processes, and the merge sorts its input, so the output is
  byte-identical to a one-process run.
* Cached: with a :class:`~timeline.extract.cache.ExtractionCache`, a document
  whose bytes, metadata and extractor are unchanged is not extracted again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..collection import Timeline
from ..corpus import CorpusFile, DocumentInfo, corpus_files, read_document
from ..errors import ExtractionError
from ..merge import merge_events
from ..model import Agreement, Event
from ..processes import default_jobs, map_ordered
from .cache import DocumentResult, ExtractionCache
from .cluster import map_on_dask
from .coreference import has_both_sides
from .pipeline import DocumentLike, extract_mentions, warm_up

__all__ = ["ExtractionRun", "default_jobs", "extract", "extract_corpus"]

#: Documents sent to a worker at once: large enough to keep the pipe quiet,
#: small enough that results arrive in a steady stream.
_CHUNK = 16


@dataclass
class ExtractionRun:
    """What :func:`extract_corpus` found and how: the timeline, and the documents done."""

    timeline: Timeline
    documents: list[DocumentInfo] = field(default_factory=list)
    extracted: int = 0
    cached: int = 0

    def summary(self) -> str:
        """One line for people."""
        return (
            f"{len(self.documents)} documents, {self.extracted} extracted, "
            f"{self.cached} from the cache"
        )


def _result(doc: DocumentLike) -> DocumentResult:
    events, agreements = extract_mentions(doc)
    return DocumentResult(events, agreements, DocumentInfo.of(doc))


Work = CorpusFile | DocumentLike


def _split(items: Iterable[str | Path | DocumentLike]) -> list[Work]:
    paths: list[str | Path] = []
    work: list[Work] = []
    for item in items:
        if isinstance(item, str | Path):
            paths.append(item)
        else:
            work.append(item)
    if paths:
        work.extend(corpus_files(paths))
    return work


def _run(work: Work) -> DocumentResult:
    """Read (a file) and extract one document: what a worker process does."""
    if isinstance(work, CorpusFile):
        return _result(read_document(work.path, overrides=work.overrides))
    return _result(work)


def _local(todo: list[Work], jobs: int) -> Iterator[DocumentResult]:
    return map_ordered(_run, todo, jobs, _CHUNK, prepare=warm_up)


def extract_corpus(
    items: Iterable[str | Path | DocumentLike],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    dask: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExtractionRun:
    """Extract and merge the events of these files, folders or documents; say how.

    ``jobs`` processes (default: every core; 1 runs in this process), or the
    Dask cluster ``dask`` (a ``distributed.Client`` or a scheduler address)
    when given. ``progress(done, total)`` is called after each document.
    """
    work = _split(items)
    if not work:
        raise ExtractionError("no documents to extract from: give .txt files or folders of them")
    keys = [cache.key(w) for w in work] if cache is not None else [None] * len(work)
    found: list[DocumentResult | None] = [
        cache.get(k) if cache is not None and k is not None else None for k in keys
    ]
    todo = [w for w, f in zip(work, found, strict=True) if f is None]
    fresh = (
        map_on_dask(_run, todo, dask) if dask is not None else _local(todo, jobs or default_jobs())
    )
    events: list[Event] = []
    agreements: list[Agreement] = []
    run = ExtractionRun(Timeline([]))
    for key, got in zip(keys, found, strict=True):
        if got is None:
            got = next(fresh)
            run.extracted += 1
            if cache is not None and key is not None:
                cache.put(key, got)
        else:
            run.cached += 1
        events.extend(got.events)
        agreements.extend(got.agreements)
        run.documents.append(got.document)
        if progress is not None:
            progress(len(run.documents), len(work))
    if cache is not None:
        cache.commit()
    run.timeline = merge_events(events, agreements, keep=has_both_sides)
    return run


def extract(
    items: Iterable[str | Path | DocumentLike],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    dask: Any = None,
) -> Timeline:
    """Read, tag, extract and merge: the events told by these files, folders or documents.

    Mentions of one event in several documents become one event with several
    sources (see :func:`timeline.merge.merge_events`). Uses every core unless
    ``jobs`` says otherwise; see :func:`extract_corpus` for the options.

    >>> found = extract(["corpus"], jobs=1)
    >>> quote = found[0].sources[0]
    >>> from timeline import read_document
    >>> document = read_document(f"corpus/{quote.document}.txt")
    >>> document.text[quote.start : quote.end] == quote.quote
    True
    """
    return extract_corpus(items, jobs=jobs, cache=cache, dask=dask).timeline
