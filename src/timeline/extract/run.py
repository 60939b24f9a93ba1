"""Extraction over a corpus: every core, documents streamed, results cached, or on Dask.

:func:`extract` reads, tags and extracts each document on its own (in a pool
of processes, one per core by default, or on a Dask cluster), then merges all
the mentions once with the blocked :func:`timeline.merge.merge_mentions`.

* Streaming: only the list of files is held; each worker reads its document,
  extracts its mentions and sends them back, so the corpus text is never in
  memory at once. The mentions are held compactly
  (:class:`timeline.merge.Mentions`: their events in a temporary file), and
  :func:`extract_to_json` writes the merged events as they come, so memory
  stays flat as the corpus grows.
* Deterministic: results are reduced in document-id order whatever the
  number of processes, and the merge sorts its input, so the output is
  byte-identical to a one-process run.
* Cached: with a :class:`~timeline.extract.cache.ExtractionCache`, a document
  whose bytes, metadata and extractor are unchanged is not extracted again
  (and a cached one is decoded only when its turn comes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..corpus import CorpusFile, DocumentInfo, corpus_files, read_document
from ..errors import ExtractionError
from ..merge import EncodedMention, Mentions, Merged, encode_mention, merge_mentions
from ..model import Agreement
from ..processes import default_jobs, map_ordered
from .cache import DocumentResult, ExtractionCache, cached_text
from .cluster import map_on_dask
from .coreference import has_both_sides
from .output import write_json
from .pipeline import DocumentLike, extract_mentions, warm_up

__all__ = [
    "ExtractionRun",
    "MergedCorpus",
    "default_jobs",
    "extract",
    "extract_corpus",
    "extract_to_json",
    "merged_corpus",
]

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
        return _summary(len(self.documents), self.extracted, self.cached)


def _summary(documents: int, extracted: int, cached: int) -> str:
    return f"{documents} documents, {extracted} extracted, {cached} from the cache"


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
    """Read (a file) and extract one document."""
    if isinstance(work, CorpusFile):
        return _result(read_document(work.path, overrides=work.overrides))
    return _result(work)


@dataclass(frozen=True)
class _Encoded:
    """One document's result as the gathering process takes it: each mention already
    in the form :class:`~timeline.merge.Mentions` holds (its JSON, order and shape),
    and, when the run keeps a cache, the cache entry (compressed JSON). Made where the
    document is extracted, so no event model crosses between processes and the
    gathering process, which the workers share the cores with, only appends bytes."""

    mentions: list[EncodedMention]
    agreements: list[Agreement]
    document: DocumentInfo
    cache_entry: bytes | None = None


def _encode(result: DocumentResult, *, cache_entry: bool = False) -> _Encoded:
    return _Encoded(
        [encode_mention(e) for e in result.events],
        result.agreements,
        result.document,
        ExtractionCache.packed(cached_text(result)) if cache_entry else None,
    )


def _run_encoded(work: Work, cache_entry: bool = False) -> _Encoded:
    """Read (a file), extract and encode one document: what a worker process does.

    The cycle collector is paused meanwhile (:mod:`timeline.collector`): a document's
    extraction leaves no cyclic garbage (none in 300 documents of the tuning sets), and
    the collections it set off walked what it makes and, now and then, every object of
    the process (with the merge's: 1.06 of 22 CPU s of a steady pass over the fifty-nine
    tuning sets, 0.37 with both paused; docs/history/scale-log.md, "Extraction per pass,
    sixty-third session"). Anything left is collected once the collector is back.
    """
    with cycle_collection_paused():
        return _encode(_run(work), cache_entry=cache_entry)


def _prepare_workers() -> None:
    """What every worker needs, built once before the workers fork: the tables and
    patterns of :func:`~timeline.extract.pipeline.warm_up`, and every pattern of the
    tagger (:data:`~timeline.temporal.trigger_classes.PATTERNS`, compiled when first used:
    each worker would otherwise compile the same ones, about 1.5 s of CPU each;
    docs/history/scale-log.md, "Extraction per core, eighth session"). Where workers are
    spawned (macOS, Windows), each runs this itself, so the tagger's patterns are
    left to be compiled as used."""
    import multiprocessing

    from ..temporal.trigger_classes import BY_NEXT_WORD, BY_TRIGGER, BY_WORD, PATTERNS

    warm_up()
    if multiprocessing.get_start_method() != "fork":
        return
    keys = {*BY_TRIGGER.values(), *BY_WORD.values()}
    keys.update(names for table in BY_NEXT_WORD.values() for names in table.values())
    for names in sorted(keys):
        if names:
            PATTERNS[names]  # compiled and kept


def _local(
    run: Callable[[Work], _Encoded], todo: list[Work], jobs: int | None
) -> Iterator[_Encoded]:
    return map_ordered(run, todo, jobs or default_jobs(), _CHUNK, prepare=_prepare_workers)


@dataclass
class _Gathered:
    """The mentions of every document, held for the merge, and how they were had."""

    mentions: Mentions
    agreements: list[Agreement] = field(default_factory=list)
    documents: int = 0
    extracted: int = 0
    cached: int = 0


def _gather(
    items: Iterable[str | Path | DocumentLike],
    *,
    jobs: int | None,
    cache: ExtractionCache | None,
    dask: Any,
    progress: Callable[[int, int], None] | None,
    on_document: Callable[[DocumentInfo], None] | None = None,
) -> _Gathered:
    """Extract (or read from ``cache``) each document, in document order, into
    :class:`~timeline.merge.Mentions`: one document's results in memory at a time."""
    work = _split(items)
    if not work:
        raise ExtractionError("no documents to extract from: give .txt files or folders of them")
    keys = [cache.key(w) for w in work] if cache is not None else []
    known = cache.known(keys) if cache is not None else set()
    todo = [w for i, w in enumerate(work) if not keys or keys[i] not in known]
    run = partial(_run_encoded, cache_entry=cache is not None)
    fresh = map_on_dask(run, todo, dask) if dask is not None else _local(run, todo, jobs)
    gathered = _Gathered(Mentions())
    try:
        for i in range(len(work)):
            hit = cache.get(keys[i]) if cache is not None and keys[i] in known else None
            if hit is None:
                got = next(fresh)
                gathered.extracted += 1
                if cache is not None and got.cache_entry is not None:
                    cache.put_packed(keys[i], got.document.id, got.cache_entry)
            else:
                got = _encode(hit)
                gathered.cached += 1
            for mention in got.mentions:
                gathered.mentions.add_encoded(mention)
            gathered.agreements.extend(got.agreements)
            gathered.documents += 1
            if on_document is not None:
                on_document(got.document)
            if progress is not None:
                progress(gathered.documents, len(work))
        if cache is not None:
            cache.commit()
    except BaseException:
        gathered.mentions.close()
        raise
    return gathered


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
    The timeline is returned whole: :func:`extract_to_json` writes the same
    events without holding them.
    """
    run = ExtractionRun(Timeline([]))
    gathered = _gather(
        items,
        jobs=jobs,
        cache=cache,
        dask=dask,
        progress=progress,
        on_document=run.documents.append,
    )
    # The merged events are given out and the timeline built with the collector paused,
    # as the merge runs: the events make no reference cycles, and the full collections
    # there walked every event given out so far (0.6 CPU s of a pass over the tuning sets).
    with gathered.mentions, cycle_collection_paused():
        merged = merge_mentions(
            gathered.mentions, gathered.agreements, keep=has_both_sides, hold=True
        )
        run.timeline = Timeline(list(merged), merged.agreements)
    run.extracted, run.cached = gathered.extracted, gathered.cached
    return run


@dataclass
class MergedCorpus:
    """The merged events of a corpus, read one at a time (:func:`merged_corpus`), and how
    they were had."""

    events: Merged
    done: int
    extracted: int
    cached: int
    documents: list[DocumentInfo] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people."""
        return _summary(self.done, self.extracted, self.cached)


@contextmanager
def merged_corpus(
    items: Iterable[str | Path | DocumentLike],
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    dask: Any = None,
    progress: Callable[[int, int], None] | None = None,
    documents: bool = False,
) -> Iterator[MergedCorpus]:
    """:func:`extract_corpus`'s events, merged but not held: while the block runs, its
    :class:`MergedCorpus`'s ``events`` (a :class:`~timeline.merge.Merged`) gives them one
    at a time in timeline order, as often as it is iterated, from a temporary file deleted
    when the block ends. What :func:`extract_to_json` and the machine tier
    (:func:`timeline.machine.extract_machine_tier`) write from: memory stays flat as the
    corpus grows (docs/scale.md). ``documents=True`` keeps each document's
    :class:`~timeline.corpus.DocumentInfo` too (what a database lists), in document order.
    """
    infos: list[DocumentInfo] = []
    gathered = _gather(
        items,
        jobs=jobs,
        cache=cache,
        dask=dask,
        progress=progress,
        on_document=infos.append if documents else None,
    )
    with gathered.mentions:
        merged = merge_mentions(gathered.mentions, gathered.agreements, keep=has_both_sides)
        yield MergedCorpus(merged, gathered.documents, gathered.extracted, gathered.cached, infos)


def extract_to_json(
    items: Iterable[str | Path | DocumentLike],
    output: str | Path | BinaryIO,
    *,
    jobs: int | None = None,
    cache: ExtractionCache | None = None,
    dask: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, str]:
    """:func:`extract_corpus`, writing its JSON timeline to ``output`` (a file, written
    atomically, or a binary stream) as the events are merged; the number of events and
    a summary for people.

    The bytes are those of :func:`timeline.formats.timeline_json.dumps` of the
    timeline :func:`extract_corpus` returns, but neither the mentions nor the
    events are held as models: memory stays flat as the corpus grows
    (docs/scale.md).
    """
    with merged_corpus(items, jobs=jobs, cache=cache, dask=dask, progress=progress) as corpus:
        write_json(corpus.events, output)
        return len(corpus.events), corpus.summary()


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
