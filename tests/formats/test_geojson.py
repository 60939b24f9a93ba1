"""GeoJSON (RFC 7946): valid per the `geojson` package, [lon, lat], unlocated events counted."""

from __future__ import annotations

import json

import geojson
import pytest

from timeline import Timeline
from timeline.formats import FORMATS, RenderOptions


@pytest.fixture(scope="module")
def collection(fixture_timeline: Timeline) -> dict[str, object]:
    data = FORMATS["geojson"].render(fixture_timeline, RenderOptions())
    parsed = json.loads(data)
    assert isinstance(parsed, dict)
    return parsed


def test_valid_per_rfc_7946(fixture_timeline: Timeline) -> None:
    data = FORMATS["geojson"].render(fixture_timeline, RenderOptions()).decode("utf-8")
    obj = geojson.loads(data)
    assert isinstance(obj, geojson.FeatureCollection)
    assert obj.is_valid, obj.errors()
    for feature in obj["features"]:
        assert feature.is_valid, feature.errors()


def test_one_point_per_located_event_lon_first(
    fixture_timeline: Timeline, collection: dict[str, object]
) -> None:
    features = collection["features"]
    assert isinstance(features, list)
    located = [e for e in fixture_timeline if e.location and e.location.latitude is not None]
    assert [f["id"] for f in features] == [e.id for e in located]
    for feature, event in zip(features, located, strict=True):
        assert event.location is not None
        lon, lat = feature["geometry"]["coordinates"]
        assert (lon, lat) == (event.location.longitude, event.location.latitude)
        props = feature["properties"]
        assert props["date_label"] == event.date.label()
        assert props["place"] == event.location.name
        assert [p["id"] for p in props["participants"]] == event.actor_ids()
        assert [s["document"] for s in props["sources"]] == [s.document for s in event.sources]
    assert collection["events_without_place"] == len(fixture_timeline) - len(located) > 0


def test_bbox_and_empty_collection() -> None:
    empty = json.loads(FORMATS["geojson"].render(Timeline(), RenderOptions()))
    assert empty["features"] == [] and "bbox" not in empty
    assert geojson.loads(json.dumps(empty)).is_valid
