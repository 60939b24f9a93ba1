"""Validated event and agreement files, cached in SQLite by content and model version.

``timeline build`` reads every file of events/. With this cache, a file whose
bytes are those of a file an earlier build validated is not parsed as YAML
again: its record is rebuilt from the JSON that build stored (pydantic's JSON
reader, about a tenth of the cost of reading and checking the YAML). The key
of an entry is the SHA-256 of :func:`validator_version` (a hash of the model,
the code and data it validates with, and the versions of pydantic, PyYAML
and the code lists), of the kind of record (event or agreement) and of the
file's bytes; so changing the model or a code list ignores every entry, and
an edited file is read again. Files that did not validate are not stored:
their errors are found again, with their lines.

The cache is the table ``event_files(key, file, result)`` of a SQLite file
(``.timeline-cache.db`` beside the database by default; the design of
:mod:`timeline.keyed_cache`). Deleting it is always safe.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from .errors import DataError
from .keyed_cache import KeyedCache, code_version

__all__ = ["EventFileCache", "validator_version"]

#: What validating an event file runs on: these modules and folders of timeline, these libraries.
_CODE = (
    "model.py",
    "timex.py",
    "urls.py",
    "gazetteer",
    "data",
    "curated.py",
    "yaml_files.py",
    "events_cache.py",
)
_LIBRARIES = ("timeline", "pydantic", "pydantic-core", "PyYAML", "pycountry")


@cache
def validator_version() -> str:
    """A hash of the code, data and library versions validating an event file depends on."""
    return code_version(_CODE, _LIBRARIES)


class EventFileCache(KeyedCache):
    """Validated records by the bytes of their file, in a SQLite file.

    >>> from timeline.curated import load_events
    >>> cache = EventFileCache(".timeline-cache.db")           # doctest: +SKIP
    >>> load_events("events", cache=cache)                     # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "event_files", "file", DataError)

    @staticmethod
    def key(model: type[BaseModel], data: bytes) -> str:
        """The key of a file of ``data`` holding a ``model`` (Event or Agreement)."""
        digest = hashlib.sha256(f"{validator_version()}\0{model.__name__}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    @staticmethod
    def text(record: BaseModel) -> str:
        """The JSON stored for a validated record; ``type(record).model_validate_json`` reads it."""
        return record.model_dump_json(exclude_computed_fields=True)
