"""One export of a filtered set of events: what ``timeline export json|timelinejs|html`` does.

``timeline build`` writes every export of every event into ``exports/``;
this module writes one format for a selection, from either the curated
``events/`` folder or a JSON timeline file (``exports/timeline.json``, or
what ``timeline extract -o`` wrote — handy to look at extraction output in
the timeline page before proposing it)::

    >>> from timeline.export_filtered import export      # doctest: +SKIP
    >>> export("html", "events", "kz.html", country="KZ", since=date(2024, 1, 1))

The filters are those of :meth:`timeline.Timeline.filter`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Literal

from . import gazetteer
from .collection import Timeline
from .errors import DataError
from .export_html import render as render_html
from .export_json import DEFAULT_TITLE
from .export_json import dumps as dumps_json
from .export_json import load as load_json
from .export_timelinejs import to_timelinejs
from .files import atomic_write
from .model import EventKind, Status

__all__ = ["FORMATS", "Format", "export", "read_timeline", "render"]

Format = Literal["json", "timelinejs", "html"]


def _timelinejs_text(timeline: Timeline, title: str | None) -> str:
    return json.dumps(to_timelinejs(timeline, title=title), ensure_ascii=False, indent=2) + "\n"


#: Each format's renderer: (timeline, title) -> text of the file.
FORMATS: dict[str, Callable[[Timeline, str | None], str]] = {
    "json": lambda timeline, title: dumps_json(timeline, title=title or DEFAULT_TITLE),
    "timelinejs": _timelinejs_text,
    "html": lambda timeline, title: render_html(timeline, title=title),
}


def read_timeline(source: str | Path) -> Timeline:
    """Events from a curated events/ folder, or from a JSON timeline file (``*.json``)."""
    path = Path(source)
    if path.is_file() and path.suffix.lower() == ".json":
        return load_json(path)
    if path.is_dir():
        from .curated import load_events

        return load_events(path)
    raise DataError(
        "no such events folder or JSON timeline file: give an events/ folder or a .json "
        "file written by `timeline build` or `timeline extract`",
        path=path,
    )


def _check_filters(
    kind: Iterable[str] | None,
    status: Iterable[str] | None,
    country: str | None,
    organization: str | None,
) -> None:
    """A misspelt filter is an error, not an empty export."""
    for name, values, allowed in (
        ("kind", kind, [k.value for k in EventKind]),
        ("status", status, [s.value for s in Status]),
    ):
        for value in values or ():
            if value not in allowed:
                raise DataError(f"unknown {name} {value!r}: use one of {', '.join(allowed)}")
    if country is not None and not gazetteer.is_country(country):
        raise DataError(gazetteer.unknown_country(country))
    if organization is not None and gazetteer.organization(organization) is None:
        raise DataError(gazetteer.unknown_organization(organization))


def render(
    fmt: Format | str,
    source: str | Path,
    *,
    title: str | None = None,
    kind: Iterable[str] | None = None,
    status: Iterable[str] | None = None,
    country: str | None = None,
    organization: str | None = None,
    participant: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    text: str | None = None,
) -> str:
    """The text of one export of the events in ``source`` that match every filter."""
    if fmt not in FORMATS:
        raise DataError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    _check_filters(kind, status, country, organization)
    timeline = read_timeline(source).filter(
        kind=list(kind) if kind else None,
        status=list(status) if status else None,
        country=country,
        organization=organization,
        participant=list(participant) if participant else None,
        since=since,
        until=until,
        text=text,
    )
    return FORMATS[fmt](timeline, title)


def export(
    fmt: Format | str,
    source: str | Path,
    output: str | Path,
    *,
    title: str | None = None,
    kind: Iterable[str] | None = None,
    status: Iterable[str] | None = None,
    country: str | None = None,
    organization: str | None = None,
    participant: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    text: str | None = None,
) -> Path:
    """Write one export of the matching events of ``source`` to ``output`` atomically."""
    content = render(
        fmt,
        source,
        title=title,
        kind=kind,
        status=status,
        country=country,
        organization=organization,
        participant=participant,
        since=since,
        until=until,
        text=text,
    )
    return atomic_write(output, content)
