"""The corpus as the build reads it, cached in SQLite by content and reader version.

Reading an article is cheap, except when the page states no publication date:
then the temporal tagger infers one (:mod:`timeline.corpus.published`), and
its first use compiles its patterns, about 2 CPU seconds of every build
whatever the size of the corpus. With this cache, a document read before from
the same bytes, the same ``metadata.yaml`` entry and the same code is rebuilt
from the JSON of its :class:`~timeline.corpus.Document` (validated again by
pydantic: a few documents, not the events), and the tagger is not loaded.

The key of an entry is the SHA-256 of :func:`reader_version` (a hash of the
corpus reader, the tagger and their data, and of the library versions), of
the path as given, of the metadata entry and of the file's bytes. The table
``documents(key, document, result)`` of the build's cache file
(:mod:`timeline.keyed_cache`). Deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from .corpus import CorpusFile, Document, corpus_files, read_document
from .errors import CorpusError
from .keyed_cache import KeyedCache, code_version
from .urls import url_problem

__all__ = ["DocumentCache", "read_corpus_cached", "reader_version"]

#: What reading a document runs on: these modules and folders of timeline, these libraries.
_CODE = ("corpus", "temporal", "timex.py", "files.py", "data", "documents_cache.py")
_LIBRARIES = ("timeline", "pydantic", "pydantic-core", "PyYAML", "python-dateutil")


@cache
def reader_version() -> str:
    """A hash of the code, data and library versions reading a document depends on."""
    return code_version(_CODE, _LIBRARIES)


class DocumentCache(KeyedCache):
    """Documents by the bytes of their file and their metadata, in a SQLite file."""

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "documents", "document", CorpusError)

    @staticmethod
    def key(item: CorpusFile) -> str | None:
        """The key of the article ``item``; ``None`` when its file cannot be read (the reader
        then says why)."""
        try:
            data = item.path.read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(f"{reader_version()}\0{item.path}\0".encode())
        for doc_id, override in sorted(item.overrides.items()):
            entry = [doc_id, str(override.path), override.line, sorted(override.values.items())]
            digest.update(json.dumps(entry, default=str).encode())
        digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def read(self, item: CorpusFile) -> Document:
        """The document of ``item``: from the cache, or read (and then stored)."""
        key = self.key(item)
        text = None if key is None else self.get_text(key)
        if text is not None:
            try:
                cached = Document.model_validate_json(text)
            except ValidationError:  # a damaged entry: read the file again
                cached = None
            # the model takes any URL; the reader, only an http(s) one (metadata.yaml's): a
            # planted entry must not give sources a link the reader would refuse
            if cached is not None and (cached.url is None or url_problem(cached.url) is None):
                return cached
        document = read_document(item.path, overrides=item.overrides)
        if key is not None:
            self.put_text(key, document.id, document.model_dump_json())
        return document


def read_corpus_cached(paths: Iterable[str | Path], cache: DocumentCache) -> list[Document]:
    """What :func:`timeline.corpus.read_corpus` gives, reading unchanged documents from
    ``cache``."""
    documents = [cache.read(item) for item in corpus_files(paths)]
    cache.commit()
    return documents
