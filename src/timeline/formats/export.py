"""One format for a chosen set of events: what ``timeline export FORMAT`` does.

``timeline build`` writes every format of every event into ``exports/``;
this module renders one format for the events a :class:`~timeline.filters.Filter`
keeps, from the curated ``events/`` folder or a JSON timeline file
(``exports/timeline.json``, or what ``timeline extract -o`` wrote — handy to
look at extraction output in the timeline page before proposing it)::

    >>> from timeline.formats.export import export, export_bytes
    >>> page = export_bytes("html", "events", country="Kazakhstan")      # doctest: +SKIP
    >>> export("geojson", "events", "kz.geojson", country="kz")    # doctest: +SKIP

It never writes into ``exports/`` unless that is the output it is given.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..errors import DataError
from ..files import atomic_write
from ..filters import Filter
from ..ics.ledger import Ledger
from .contract import RenderOptions
from .registry import LEDGER_PATH, format_named, write
from .timeline_json import load as load_json

__all__ = ["export", "export_bytes", "read_timeline"]


def read_timeline(source: str | Path) -> Timeline:
    """Events from a curated events/ folder, or from a JSON timeline file (``*.json``)."""
    path = Path(source)
    if path.is_file() and path.suffix.lower() == ".json":
        return load_json(path)
    if path.is_dir():
        from ..curated import load_events

        return load_events(path)
    raise DataError(
        "no such events folder or JSON timeline file: give an events/ folder or a .json "
        "file written by `timeline build` or `timeline extract`",
        path=path,
    )


def _ledger(ledger_from: str | Path | None) -> Ledger | None:
    """The ledger of a published exports folder, read only; ``None`` when it has none."""
    if ledger_from is None:
        return None
    path = Path(ledger_from) / LEDGER_PATH
    return Ledger.load(path) if path.is_file() else None


def export_bytes(
    fmt: str,
    source: str | Path | Timeline,
    selection: Filter | None = None,
    *,
    title: str | None = None,
    include_imprecise: bool = False,
    today: date | None = None,
    ledger_from: str | Path | None = None,
    **conditions: Any,
) -> bytes:
    """The main file of format ``fmt`` for the events of ``source`` that match the filter.

    Give a :class:`Filter` or its keywords (``country="Turkey"``). With
    ``ledger_from`` (an exports folder), SEQUENCE and DTSTAMP of calendar
    feeds and Atom's ``updated`` come from its sequence ledger, which is
    read, never written; an unfiltered export then equals the published file.
    """
    chosen = format_named(fmt)
    selection = selection if selection is not None else Filter.of(**conditions)
    timeline = source if isinstance(source, Timeline) else read_timeline(source)
    options = RenderOptions(
        title=title,
        ledger=_ledger(ledger_from),
        today=today,
        include_imprecise=include_imprecise,
    )
    with cycle_collection_paused():
        return chosen.render(timeline.filter(selection), options)


def export(
    fmt: str,
    source: str | Path | Timeline,
    output: str | Path,
    selection: Filter | None = None,
    *,
    title: str | None = None,
    include_imprecise: bool = False,
    today: date | None = None,
    ledger_from: str | Path | None = None,
    **conditions: Any,
) -> list[Path]:
    """Write format ``fmt`` of the matching events to ``output``; return the paths written.

    ``output`` is a file for the format's main file. For a format of several
    files (``ics``, ``csv``, ``schema``), an ``output`` that is a folder, or
    does not end like the main file (``.ics``), receives every file of the
    format as ``timeline build`` lays them out, with its own sequence ledger.
    """
    chosen = format_named(fmt)
    selection = selection if selection is not None else Filter.of(**conditions)
    out = Path(output)
    if chosen.render_files is not None and (out.is_dir() or out.suffix != chosen.suffix):
        timeline = source if isinstance(source, Timeline) else read_timeline(source)
        return write(
            timeline.filter(selection),
            out,
            [chosen.name],
            title=title,
            today=today,
            include_imprecise=include_imprecise,
        )
    data = export_bytes(
        fmt,
        source,
        selection,
        title=title,
        include_imprecise=include_imprecise,
        today=today,
        ledger_from=ledger_from,
    )
    return [atomic_write(out, data)]
