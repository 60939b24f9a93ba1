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
:class:`~timeline.errors.DataError` with the file, the line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from ..errors import DataError
from ..urls import url_problem

__all__ = ["FIELDS", "METADATA_FILE", "Override", "load_overrides"]

#: The name of the override file inside a corpus folder.
METADATA_FILE = "metadata.yaml"
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


def _scalar(node: yaml.Node, path: Path, field: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise DataError(
            "must be a single non-empty value",
            path=path,
            line=node.start_mark.line + 1,
            field=field,
        )
    return str(node.value).strip()


def load_overrides(path: Path) -> dict[str, Override]:
    """Read ``path`` (a ``metadata.yaml``) into overrides by document id.

    Raises :class:`DataError` naming the file, line and field of the first
    problem: YAML syntax, an entry that is not a mapping, an unknown field, a
    date that is not ``YYYY-MM-DD``, a URL that is not http(s).
    """
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"is not UTF-8 text ({exc.reason}); save it as UTF-8", path=path) from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"is not valid YAML: {problem}", path=path, line=line) from exc
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise DataError(
            "must map document ids to their fields (document-id: {published: YYYY-MM-DD})",
            path=path,
            line=root.start_mark.line + 1,
        )
    out: dict[str, Override] = {}
    for key_node, value_node in root.value:
        doc = str(key_node.value)
        line = key_node.start_mark.line + 1
        if doc in out:
            raise DataError(f"document {doc!r} is listed twice", path=path, line=line)
        if not isinstance(value_node, yaml.MappingNode):
            raise DataError(
                f"the entry for {doc!r} must be a mapping of fields ({', '.join(FIELDS)})",
                path=path,
                line=line,
            )
        values: dict[str, str | date] = {}
        for field_node, field_value in value_node.value:
            name = str(field_node.value)
            fline = field_node.start_mark.line + 1
            where = f"{doc}.{name}"
            if name not in FIELDS:
                raise DataError(
                    f"is not a metadata field: use one of {', '.join(FIELDS)}",
                    path=path,
                    line=fline,
                    field=where,
                )
            raw = _scalar(field_value, path, where)
            if name == "published":
                try:
                    values[name] = date.fromisoformat(raw)
                except ValueError:
                    raise DataError(
                        f"{raw!r} is not a date: write it as YYYY-MM-DD",
                        path=path,
                        line=fline,
                        field=where,
                    ) from None
            elif name == "url" and url_problem(raw) is not None:
                raise DataError(str(url_problem(raw)), path=path, line=fline, field=where)
            else:
                values[name] = raw
        out[doc] = Override(doc, path, line, values)
    return out
