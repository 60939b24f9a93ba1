"""User overrides of document metadata: ``metadata.yaml`` beside the articles.

The file maps document ids (file names without ``.txt``) to the fields a
person wants to set by hand, for example a publication date the page does not
state, or the address the article came from::

    003_b7c0510a1e69fc93:
      published: 2025-10-20
      url: https://example.org/turkey-central-asia
      outlet: Berliner Zeitung

Fields: ``published`` (``YYYY-MM-DD``), ``url``, ``outlet``, ``author``,
``title``, and the provenance ``timeline ingest`` records: ``published_source``
(where the date was found, for example ``html-markup``) and ``ingested_from``
(the file the article was read from). An override wins over what the reader
finds in the text; a published date set here is stated, not inferred. Mistakes are reported as
:class:`~timeline.errors.DataError` with the file, the line and the field; the file is
read by the project's one safe YAML reader (:mod:`timeline.yaml_files`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..urls import url_problem
from ..yaml_files import read_yaml_file

__all__ = [
    "FIELDS",
    "MAX_METADATA_BYTES",
    "METADATA_FILE",
    "Override",
    "load_overrides",
    "overrides_in",
]

#: The name of the override file inside a corpus folder.
METADATA_FILE = "metadata.yaml"
#: Largest ``metadata.yaml`` read: about 100,000 ingested articles' entries.
MAX_METADATA_BYTES = 64_000_000
#: The fields an override may set.
FIELDS = (
    "published",
    "url",
    "outlet",
    "author",
    "title",
    "published_source",
    "ingested_from",
)


@dataclass(frozen=True, slots=True)
class Override:
    """The fields set for one document, and where (for evidence and errors)."""

    document: str
    path: Path
    line: int
    values: dict[str, str | date]


def _value(raw: Any, name: str, where: str, path: Path, line: int | None) -> str | date:
    """One field's checked value: a date for ``published``, an http(s) URL, else text."""
    if not isinstance(raw, str) or not raw.strip():
        raise DataError("must be a single non-empty value", path=path, line=line, field=where)
    text: str = raw.strip()
    if name == "published":
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise DataError(
                f"{text!r} is not a date: write it as YYYY-MM-DD", path=path, line=line, field=where
            ) from None
    problem = url_problem(text) if name == "url" else None
    if problem is not None:
        raise DataError(str(problem), path=path, line=line, field=where)
    return text


def load_overrides(path: Path) -> dict[str, Override]:
    """Read ``path`` (a ``metadata.yaml``) into overrides by document id.

    Read like an events/ file (:func:`timeline.yaml_files.read_yaml_file`:
    a regular file inside its folder, UTF-8 without control characters, no
    aliases, anchors or keys given twice), every value as the text written.
    Raises :class:`DataError` naming the file, line and field of the first
    problem: YAML syntax, an entry that is not a mapping, an unknown field, a
    date that is not ``YYYY-MM-DD``, a URL that is not http(s).
    """
    root, lines = read_yaml_file(
        path, str(path), inside=path.parent, max_bytes=MAX_METADATA_BYTES, scalars_as_text=True
    )
    if root is None or root == "":
        return {}
    if not isinstance(root, dict):
        raise DataError(
            "must map document ids to their fields (document-id: {published: YYYY-MM-DD})",
            path=path,
            line=lines.get((), 1),
        )
    out: dict[str, Override] = {}
    for doc, entry in root.items():
        line = lines.get((doc,), 1)
        if not isinstance(entry, dict):
            raise DataError(
                f"the entry for {doc!r} must be a mapping of fields ({', '.join(FIELDS)})",
                path=path,
                line=line,
            )
        values: dict[str, str | date] = {}
        for name, raw in entry.items():
            where = f"{doc}.{name}"
            fline = lines.get((doc, name))
            if name not in FIELDS:
                raise DataError(
                    f"is not a metadata field: use one of {', '.join(FIELDS)}",
                    path=path,
                    line=fline,
                    field=where,
                )
            values[name] = _value(raw, name, where, path, fline)
        out[doc] = Override(doc, path, line, values)
    return out


def overrides_in(folder: Path) -> dict[str, Override]:
    """The overrides of ``folder/metadata.yaml``; none when there is no such entry.

    Anything at that name is read, so a folder, FIFO or link out of the
    folder named ``metadata.yaml`` is an error, not silently passed over.
    """
    path = folder / METADATA_FILE
    if not (path.exists() or path.is_symlink()):
        return {}
    return load_overrides(path)
