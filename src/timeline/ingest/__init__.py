"""Ingest news as it arrives: HTML pages, RSS/Atom feeds, WARC archives, text files.

>>> from timeline.ingest import ingest
>>> report = ingest(["saved/page.html", "feeds/agency.rss"], "corpus")  # doctest: +SKIP
>>> [(r.status, r.id) for r in report.results]                           # doctest: +SKIP

Each article becomes one UTF-8 text file in the corpus folder, in the layout
the corpus reader reads, with its provenance (URL, outlet, author, date and
where the date was found, the file it came from) in ``metadata.yaml``. One
module per source kind (:mod:`~timeline.ingest.html`,
:mod:`~timeline.ingest.feed`, :mod:`~timeline.ingest.warc`,
:mod:`~timeline.ingest.text`); :mod:`~timeline.ingest.writer` writes each
article once. Bad input never stops the batch: the file is reported as
``skipped`` with the reason, naming it. See ``docs/corpus.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError
from .article import Article, Skipped
from .html import InputError
from .writer import CorpusWriter, IngestResult

__all__ = [
    "SUFFIXES",
    "Article",
    "IngestReport",
    "IngestResult",
    "ingest",
    "input_files",
    "into_corpus",
]

#: What each file name ending is read as.
SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".txt": "text",
}


@dataclass
class IngestReport:
    """Every article found, in input order, and how many inputs could be read."""

    results: list[IngestResult] = field(default_factory=list)
    inputs_read: int = 0
    inputs: int = 0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        """``3 added, 1 duplicate, 2 skipped, from 4 of 5 inputs``."""
        return (
            f"{self.count('added')} added, {self.count('duplicate')} duplicate, "
            f"{self.count('skipped')} skipped, from {self.inputs_read} of {self.inputs} inputs"
        )


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to read: each path, a folder's files of a known kind (recursively, sorted)."""
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and _kind(p) and not p.name.startswith(".")
                )
            )
        else:
            out.append(path)
    return out


def _read(path: Path) -> Sequence[Article | Skipped]:
    kind = _kind(path)
    if kind is None:
        known = ", ".join(SUFFIXES)
        raise InputError(f"{path}: is not a kind of file ingest reads ({known})")
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if kind == "html":
        from .html import read_html

        return read_html(path)
    if kind == "feed":
        from .feed import read_feed

        return read_feed(path)
    if kind == "warc":
        from .warc import read_warc

        return read_warc(path)
    from .text import read_text_article

    return read_text_article(path)


def ingest(
    paths: Iterable[str | Path],
    corpus_dir: str | Path = "corpus",
    *,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> IngestReport:
    """Read every input and add its articles to ``corpus_dir`` (created if missing).

    Never raises for bad input: an unreadable file or item is a ``skipped``
    result whose reason names it. Raises :class:`~timeline.errors.DataError`
    when the corpus's own ``metadata.yaml`` is invalid (fix it first), and
    :class:`~timeline.errors.ExportError` when a file cannot be written.
    """
    files = input_files(paths)
    report = IngestReport(inputs=len(files))
    with CorpusWriter(corpus_dir) as writer:
        for path in progress(files) if progress else files:
            try:
                found = _read(path)
            except InputError as exc:
                report.results.append(IngestResult(status="skipped", reason=str(exc)))
                continue
            report.inputs_read += 1
            for item in found:
                if isinstance(item, Skipped):
                    report.results.append(
                        IngestResult(
                            status="skipped", reason=item.reason, title=item.title, url=item.url
                        )
                    )
                else:
                    report.results.append(writer.add(item))
    return report


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def into_corpus(paths: Iterable[str | Path], corpus_dir: str | Path = "corpus") -> list[Path]:
    """The corpus files for ``paths``: those inside ``corpus_dir`` as they are, others ingested.

    What ``timeline propose`` reads, so that every event it writes cites a
    document of the corpus and ``timeline validate`` passes afterwards. An
    article already in the corpus (same URL or text) is its corpus file.
    Raises :class:`~timeline.errors.CorpusError` listing every input that
    gave no article, so nothing is proposed from a half-read batch.
    """
    corpus = Path(corpus_dir)
    kept: list[Path] = []
    outside: list[Path] = []
    for item in paths:
        path = Path(item)
        (kept if _inside(path, corpus) else outside).append(path)
    if not outside:
        return kept
    report = ingest(outside, corpus)
    skipped = [r.reason for r in report.results if r.status == "skipped"]
    if skipped:
        raise CorpusError(
            "cannot propose from articles outside the corpus that ingest could not read:\n"
            + "\n".join(f"  {reason}" for reason in skipped)
            + f"\nfix or leave out these inputs ({report.summary()}; events/ was not changed)"
        )
    found = [Path(r.path) for r in report.results if r.path is not None]
    return kept + sorted(set(found), key=found.index)
