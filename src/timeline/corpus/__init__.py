"""Read news articles (UTF-8 text files) into :class:`Document` objects.

>>> from timeline.corpus import read_corpus
>>> docs = read_corpus(["corpus"])
>>> docs[0].id, docs[0].published.isoformat()
('000_b90bf9710868340a', '2024-11-04')

A document keeps the file's exact text (every offset in the project indexes
into it), the metadata found on the page (title, outlet, author, the stated
publication date) or given in ``metadata.yaml`` beside the files, and the
sentences of the article body with their offsets; site chrome is left out.
When no publication date is stated, one is inferred from the text with the
temporal tagger and marked as inferred (:mod:`timeline.corpus.published`).

Policy on the raw text: the file is decoded as strict UTF-8 and nothing is
normalized. A UTF-8 byte-order mark stays in ``text`` as ``U+FEFF`` at offset
0 (it is never part of a sentence); ``\\r\\n`` line ends stay as they are and
are never part of a sentence.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import CorpusError, DataError
from ..files import read_text
from .document import Document, DocumentInfo, Sentence, Span
from .layout import parse_layout
from .metadata import METADATA_FILE, Override, overrides_in
from .published import infer_published
from .sentences import split_block

__all__ = [
    "METADATA_FILE",
    "CorpusFile",
    "Document",
    "DocumentInfo",
    "Sentence",
    "Span",
    "corpus_files",
    "iter_corpus",
    "read_corpus",
    "read_document",
]

_HEADING_MAX_WORDS = 12
_FINAL = ".!?…:;,\"'”’)]"

Tagger = Callable[[str, date | None], list[Any]]


def _default_tagger() -> Tagger | None:
    """:func:`timeline.temporal.tag`, looked up when first needed."""
    try:
        module = importlib.import_module("timeline.temporal")
    except ImportError:
        return None
    tag: Tagger | None = getattr(module, "tag", None)
    return tag


def _decode(path: Path) -> str:
    text = read_text(path)
    if not text.strip("\ufeff \t\r\n"):
        raise CorpusError(f"{path}: is empty; add the article's text or remove the file")
    return text


def _sentences(text: str, blocks: list[tuple[int, int]]) -> list[Sentence]:
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(blocks):
        spans = list(split_block(text, start, end))
        for s, e in spans:
            sentence = text[s:e]
            heading = (
                len(spans) == 1
                and (sentence[-1] not in _FINAL or sentence.endswith(("...", "…")))
                and len(sentence.split()) <= _HEADING_MAX_WORDS
            )
            out.append(
                Sentence(start=s, end=e, text=sentence, paragraph=paragraph, heading=heading)
            )
    return out


def read_document(
    path: str | Path,
    *,
    overrides: Mapping[str, Override] | None = None,
    tagger: Tagger | None = None,
) -> Document:
    """Read one article file into a :class:`Document`.

    ``overrides`` are the entries of a ``metadata.yaml``; by default the one
    beside the file is read if it exists. ``tagger`` infers a publication date
    the page does not state (default: :func:`timeline.temporal.tag`).
    Raises :class:`~timeline.errors.CorpusError` for a missing, non-UTF-8 or
    empty file and :class:`~timeline.errors.DataError` for a bad metadata file.
    """
    path = Path(path)
    text = _decode(path)
    if overrides is None:
        overrides = overrides_in(path.parent)
    override = overrides.get(path.stem)
    known_title = override.values.get("title") if override is not None else None
    layout = parse_layout(text, known_title if isinstance(known_title, str) else None)
    body = [Span(start=s, end=e) for s, e in layout.blocks]
    fields: dict[str, Any] = {
        "title": layout.title,
        "outlet": layout.outlet,
        "author": layout.author,
        "url": None,
        "published": layout.published,
        "published_inferred": False,
        "published_evidence": layout.published_evidence,
    }
    if override is not None:
        fields.update(override.values)
        if "published" in override.values:
            source = override.values.get("published_source")
            fields["published_evidence"] = f"metadata {override.path} line {override.line}" + (
                f" ({source})" if source else ""
            )
    if fields["published"] is None:
        tag = tagger if tagger is not None else _default_tagger()
        if tag is None:
            fields["published_evidence"] = "not stated; no temporal tagger to infer it"
        else:

            def in_body(start: int, end: int) -> bool:
                return any(b.start <= start and end <= b.end for b in body)

            inference = infer_published(text, tag(text, None), in_body)
            if inference is None:
                fields["published_evidence"] = "not stated, and the text names no explicit date"
            else:
                fields["published"] = inference.published
                fields["published_inferred"] = True
                fields["published_evidence"] = inference.evidence
    return Document(
        id=path.stem,
        path=str(path),
        text=text,
        body=body,
        sentences=_sentences(text, layout.blocks),
        **fields,
    )


def _files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix == ".txt" and f.is_file())
            if not found:
                raise CorpusError(f"{p}: no .txt articles in this folder")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise CorpusError(f"{p}: no such file or folder; check the path")
    return files


@dataclass(frozen=True)
class CorpusFile:
    """One article file to read, with the ``metadata.yaml`` entry that applies to it.

    Holds no text: a list of these is how a large corpus is streamed (each
    worker reads its own files with :func:`read_document`).
    """

    path: Path
    overrides: Mapping[str, Override] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """The document id the file will have (its name without ``.txt``)."""
        return self.path.stem


def corpus_files(paths: Iterable[str | Path]) -> list[CorpusFile]:
    """The article files of these files and folders, sorted by document id; nothing is read
    but the folders' ``metadata.yaml``.

    Each folder's ``metadata.yaml`` (and the one beside each single file)
    overrides metadata; an entry for an id that is not in a folder that was
    read whole is an error, so a typo cannot go unnoticed. Two files with the
    same id are an error too.
    """
    paths = list(paths)
    cache: dict[Path, dict[str, Override]] = {}
    by_id: dict[str, CorpusFile] = {}
    for f in _files(paths):
        folder = f.parent
        if folder not in cache:
            cache[folder] = overrides_in(folder)
        if f.stem in by_id:
            raise CorpusError(
                f"{f}: document id {f.stem!r} is also {by_id[f.stem].path}; rename one of them"
            )
        override = cache[folder].get(f.stem)
        by_id[f.stem] = CorpusFile(f, {f.stem: override} if override else {})
    for item in paths:
        folder = Path(item)
        if folder.is_dir() and folder in cache:
            ids = {f.stem for f in folder.iterdir() if f.suffix == ".txt"}
            for doc_id, entry in cache[folder].items():
                if doc_id not in ids:
                    raise DataError(
                        f"document {doc_id!r} has no {doc_id}.txt in {folder}; "
                        "fix the id or remove the entry",
                        path=entry.path,
                        line=entry.line,
                    )
    return [by_id[k] for k in sorted(by_id)]


def iter_corpus(paths: Iterable[str | Path], *, tagger: Tagger | None = None) -> Iterator[Document]:
    """The documents of :func:`corpus_files`, read one at a time (see :func:`read_corpus`)."""
    for item in corpus_files(paths):
        yield read_document(item.path, overrides=item.overrides, tagger=tagger)


def read_corpus(paths: Iterable[str | Path], *, tagger: Tagger | None = None) -> list[Document]:
    """Read article files and folders of ``.txt`` files, sorted by document id.

    The files and their metadata are checked as :func:`corpus_files` says.
    """
    return list(iter_corpus(paths, tagger=tagger))
