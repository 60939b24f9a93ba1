"""Export formats: one contract, one registry, every format a small module.

Each format module renders a :class:`~timeline.Timeline` to bytes and
declares itself as a :class:`Format` (name, media type, the file it is
published as under ``exports/``); :data:`FORMATS` lists them. ``timeline
build``, ``timeline export``, the Python API and the Datasette plugin all go
through here, so every format can be filtered and served::

    >>> from timeline.formats import FORMATS, render
    >>> {"json", "ics", "geojson", "plover"} <= set(FORMATS)
    True

The name is ``formats`` to keep it apart from the ``exports/`` folder the
build writes. docs/json.md and docs/calendars.md list every format.
"""

from __future__ import annotations

from .contract import Format, RenderOptions
from .export import export, export_bytes, read_timeline
from .registry import FORMATS, format_for_path, format_named, render, write
from .splice import ExportChanges, update_exports

__all__ = [
    "FORMATS",
    "ExportChanges",
    "Format",
    "RenderOptions",
    "export",
    "export_bytes",
    "format_for_path",
    "format_named",
    "read_timeline",
    "render",
    "update_exports",
    "write",
]
