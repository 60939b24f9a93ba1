"""GeoJSON (RFC 7946): ``exports/timeline.geojson``, the located events for maps.

A FeatureCollection (RFC 7946 §3.3) with one Feature (§3.2) per event that has
a place with coordinates, in date order. Each Feature has

* ``id``: the event id (§3.2: a string member identifying the feature);
* ``geometry``: a Point (§3.1.2) at ``[longitude, latitude]`` (§3.1.1: longitude
  first; WGS 84, §4), six decimal places (§11.2 on precision);
* ``properties``: ``id``, ``kind``, ``title``, ``summary``, ``date_start``,
  ``date_end``, ``date_precision``, ``date_label``, ``status``,
  ``participants`` (objects with ``id``, ``name``, ``type``, ``role``),
  ``place``, ``place_country``, ``url`` (the first source's link) and
  ``sources`` (document, outlet, title, publication date, whether it was
  inferred, URL of every source).

The collection has a ``bbox`` (§5) when it has features, and two foreign
members (§6.1): ``title``, and ``events_without_place``, the number of
selected events left out because they have no place with coordinates.

Bytes are deterministic, and each Feature is one line, so a ``git diff`` of
the file shows one line per changed event. Serve with the media type
``application/geo+json`` (§12).
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator
from typing import Any

from ..collection import Timeline
from ..model import Event
from .contract import (
    Format,
    FrameContext,
    RenderOptions,
    Section,
    SpannedFile,
    SpliceRule,
)
from .spans import timeline_keys
from .timeline_json import DEFAULT_TITLE

__all__ = ["FORMAT", "MEDIA_TYPE", "feature", "to_geojson"]

#: RFC 7946 §12.
MEDIA_TYPE = "application/geo+json"


def feature(event: Event) -> dict[str, Any] | None:
    """The Feature of a located event; ``None`` when it has no coordinates."""
    coordinates = _coordinates(event)
    loc = event.location
    if coordinates is None or loc is None:
        return None
    sources = [
        {
            "document": s.document,
            "outlet": s.outlet,
            "title": s.title,
            "published": s.published.isoformat() if s.published else None,
            "published_inferred": s.published_inferred,
            "url": s.url,
        }
        for s in event.sources
    ]
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {
            "type": "Point",
            "coordinates": coordinates,
        },
        "properties": {
            "id": event.id,
            "kind": event.kind.value,
            "title": event.title,
            "summary": event.summary,
            "date_start": event.date.start.isoformat(),
            "date_end": event.date.end.isoformat(),
            "date_precision": event.date.precision.value,
            "date_label": event.date.label(),
            "status": event.status.value,
            "participants": [
                {"id": p.id, "name": p.name, "type": p.type.value, "role": p.role.value}
                for p in event.participants
            ],
            "place": loc.name,
            "place_country": loc.country,
            "url": next((s.url for s in event.sources if s.url), None),
            "sources": sources,
        },
    }


def _coordinates(event: Event) -> list[float] | None:
    """A located event's point, longitude first (RFC 7946); ``None`` without coordinates."""
    loc = event.location
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    return [round(loc.longitude, 6), round(loc.latitude, 6)]


def to_geojson(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The timeline as a GeoJSON FeatureCollection (a JSON-ready dict)."""
    features = [f for f in (feature(e) for e in timeline.events) if f is not None]
    out: dict[str, Any] = {"type": "FeatureCollection", "title": title or DEFAULT_TITLE}
    if features:
        lons = [f["geometry"]["coordinates"][0] for f in features]
        lats = [f["geometry"]["coordinates"][1] for f in features]
        out["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    out["events_without_place"] = len(timeline.events) - len(features)
    out["features"] = features
    return out


def _render(timeline: Timeline, options: RenderOptions) -> bytes:
    return _spanned(timeline, options, spans=False)[FORMAT_PATH].data()


_SEPARATOR, _OPENER, _CLOSER = b",\n", b"\n", b"\n"


def _frame(title: str | None, bbox: list[float] | None, without_place: int) -> list[bytes]:
    """The collection's bytes before and after the features."""
    head: dict[str, Any] = {"type": "FeatureCollection", "title": title or DEFAULT_TITLE}
    if bbox is not None:
        head["bbox"] = bbox
    head["events_without_place"] = without_place
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "features": ['
    return [text.encode("utf-8"), b"]}\n"]


def _spanned(
    timeline: Timeline, options: RenderOptions, *, spans: bool = True
) -> dict[str, SpannedFile]:
    """One span per located event (its Feature's line); the frame holds the bbox and counts.

    Without ``spans`` (a render outside a build) the items' keys are left out: only
    the bytes are used. For a writer that takes the file a piece at a time
    (:attr:`RenderOptions.streamed`), the lines are rendered as they are written, the
    frame first from the points alone."""
    every_key = timeline_keys(timeline, options) if spans else None
    if options.streamed:
        return {FORMAT_PATH: _streamed(timeline, options, every_key)}
    lines: list[bytes] = []
    keys: list[str] = []
    points: list[str] = []
    for number, event in enumerate(timeline.events):
        found = feature(event)
        if found is not None:
            lines.append(_line(found))
            if every_key is not None:
                keys.append(every_key[number])
            points.append(_point(found["geometry"]["coordinates"]))
    body: list[bytes | memoryview] = [_OPENER, _SEPARATOR.join(lines), _CLOSER] if lines else []
    section = Section(body, array("Q", map(len, lines)), keys, points, _SEPARATOR, _OPENER, _CLOSER)
    parts = _frame(options.title, _bbox(points), len(timeline.events) - len(lines))
    return {FORMAT_PATH: SpannedFile(parts, [section])}


def _line(found: dict[str, Any]) -> bytes:
    return json.dumps(found, ensure_ascii=False).encode("utf-8")


def _point(coordinates: list[float] | None) -> str:
    """A Feature's point as a section's ``aux``: ``"lon lat"``."""
    assert coordinates is not None, "only a located event has a point"
    return "{!r} {!r}".format(*coordinates)


#: About how many bytes of Features a piece of a streamed ``timeline.geojson`` holds.
STREAMED_BYTES = 1 << 20


def _streamed(
    timeline: Timeline, options: RenderOptions, every_key: list[str] | None
) -> SpannedFile:
    """:func:`_spanned`'s file with its Features rendered as the writer asks for them."""
    located = [n for n, event in enumerate(timeline.events) if _coordinates(event) is not None]
    keys = [every_key[n] for n in located] if every_key is not None else []
    points = [_point(_coordinates(timeline.events[n])) for n in located]
    section = Section([], array("Q"), keys, points, _SEPARATOR, _OPENER, _CLOSER)
    parts = _frame(options.title, _bbox(points), len(timeline.events) - len(located))
    file = SpannedFile(parts, [section])
    file.stream = _pieces(timeline.events, located, file)
    return file


def _pieces(
    events: list[Event], located: list[int], file: SpannedFile
) -> Iterator[bytes | memoryview]:
    """The bytes of :func:`_streamed`'s ``file``, the Features' lengths added to its
    section as their pieces are made."""
    section = file.sections[0]
    yield file.parts[0]
    buffer = bytearray()
    for number in located:
        found = feature(events[number])
        assert found is not None, "a located event has a Feature"
        line = _line(found)
        buffer += _SEPARATOR if section.lengths else _OPENER
        buffer += line
        section.lengths.append(len(line))
        if len(buffer) >= STREAMED_BYTES:
            yield memoryview(buffer)
            buffer = bytearray()  # a new one: the piece given may still be read
    if located:
        buffer += _CLOSER
    yield memoryview(buffer)
    yield file.parts[1]


def _bbox(points: list[str]) -> list[float] | None:
    """RFC 7946 §5: west, south, east, north of the points (``"lon lat"``); ``None`` for none."""
    if not points:
        return None
    lons, lats = zip(*(map(float, p.split()) for p in points), strict=True)
    return [min(lons), min(lats), max(lons), max(lats)]


def _reframe(path: str, spanned: SpannedFile, context: FrameContext) -> list[bytes]:
    features = spanned.sections[0]
    return _frame(context.options.title, _bbox(features.aux or []), context.events - len(features))


#: Where the GeoJSON is written under ``exports/``.
FORMAT_PATH = "timeline.geojson"


#: GeoJSON (RFC 7946) of the events with a place, for maps.
FORMAT = Format(
    name="geojson",
    media_type=MEDIA_TYPE,
    path=FORMAT_PATH,
    description="GeoJSON (RFC 7946) FeatureCollection of the events with a place, for maps",
    render=_render,
    splice=SpliceRule(_spanned, _reframe),
)
