"""Every table, view and canned query answers, with the rows the fixture data implies."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline.collection import Timeline
from timeline.serve import make_datasette
from timeline.store import place_id

pytestmark = pytest.mark.asyncio


async def rows(ds: Any, path: str) -> list[dict[str, Any]]:
    sep = "&" if "?" in path else "?"
    response = await ds.client.get(f"{path}{sep}_shape=array&_size=max")
    assert response.status_code == 200, response.text
    result: list[dict[str, Any]] = response.json()
    return result


TABLE_COUNTS = {
    # table -> rows expected from the fixture timeline
    "events": lambda t: len(t.events),
    "sources": lambda t: sum(len(e.sources) for e in t.events),
    "event_actors": lambda t: len({(e.id, p.id, p.role) for e in t.events for p in e.participants}),
    "places": lambda t: len({place_id(e.location) for e in t.events if e.location}),
    "agreements": lambda t: len(t.agreements),
    "agreement_parties": lambda t: sum(len(a.parties) for a in t.agreements),
    "documents": lambda t: 4,
    "events_map": lambda t: sum(1 for e in t.events if e.location and e.location.latitude),
    "agreement_lifecycle": lambda t: sum(1 for e in t.events if e.agreement),
    "events_by_country": lambda t: sum(len(e.countries) for e in t.events),
    "upcoming_events": lambda t: sum(
        1
        for e in t.events
        if e.status.value in {"planned", "postponed"} and e.date.end >= date.today()
    ),
}


@pytest.mark.parametrize("table", sorted(TABLE_COUNTS))
async def test_table_and_view_rows(ds: Any, timeline_fixture: Timeline, table: str) -> None:
    got = await rows(ds, f"/timeline/{table}.json")
    assert len(got) == TABLE_COUNTS[table](timeline_fixture)
    html = await ds.client.get(f"/timeline/{table}")
    assert html.status_code == 200


async def test_every_table_and_view_answers(ds: Any) -> None:
    db = ds.get_database("timeline")
    names = await db.table_names() + await db.view_names()
    assert {"events", "events_map", "events_fts", "_meta"} <= set(names)
    for name in names:
        response = await ds.client.get(f"/timeline/{name}")
        assert response.status_code == 200, name


async def test_events_sorted_by_date_and_faceted(ds: Any, timeline_fixture: Timeline) -> None:
    response = await ds.client.get("/timeline/events.json?_extra=facet_results")
    data = response.json()
    ids = [r["id"] for r in await rows(ds, "/timeline/events.json")]
    assert ids == [e.id for e in timeline_fixture.events]
    facets = (
        data["facet_results"]["results"]
        if "results" in data["facet_results"]
        else data["facet_results"]
    )
    assert {"kind", "country_names", "year", "status"} <= set(facets)
    countries = {f["value"]: f["count"] for f in facets["country_names"]["results"]}
    assert countries["Türkiye"] == sum("TR" in e.countries for e in timeline_fixture.events)


async def test_events_by_month(ds: Any, timeline_fixture: Timeline) -> None:
    got = {r["month"]: r["events"] for r in await rows(ds, "/timeline/events_by_month.json")}
    assert got["2022-05"] == 2
    assert got["2031-10"] == 1
    assert sum(got.values()) == len(timeline_fixture.events)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # both events quote "signed ... during the Samarkand Summit"
        ("Samarkand", ["2022-11-11-signing-ots", "2024-11-29-entry-into-force-ots"]),
        ("Tashkent", ["2025-06-forum-tr-uz", "2031-10-summit-ots-tr-uz"]),
        ("telephone", ["2022-05-03-call-tj-tr"]),
        ("nothingmatchesthis", []),
    ],
)
async def test_full_text_search(ds: Any, query: str, expected: list[str]) -> None:
    got = await rows(ds, f"/timeline/events.json?_search={query}")
    assert sorted(r["id"] for r in got) == expected


async def test_search_box_on_events_page(ds: Any) -> None:
    response = await ds.client.get("/timeline/events?_search=Samarkand")
    assert 'name="_search"' in response.text
    assert "Simplified Customs Corridor signed at the OTS Samarkand Summit" in response.text


async def test_quote_search(ds: Any) -> None:
    got = await rows(ds, "/timeline/sources.json?_search=Bishkek")
    assert [r["event_id"] for r in got] == ["2024-09-summit-kg-ots-tr"]


@pytest.mark.parametrize(
    ("query", "params", "expected"),
    [
        (
            "events_involving_country",
            "country=uz",
            ["2022-03-29-visit-tr-uz", "2025-06-forum-tr-uz", "2031-10-summit-ots-tr-uz"],
        ),
        (
            "events_involving_country",
            "country=Kazakhstan",
            ["2022-05-visit-kz-tr"],
        ),
        ("events_involving_country", "country=Narnia", []),
        (
            "year_timeline",
            "year=2022",
            [
                "2022-03-29-visit-tr-uz",
                "2022-05-03-call-tj-tr",
                "2022-05-visit-kz-tr",
                "2022-11-11-signing-ots",
            ],
        ),
        (
            "year_timeline",
            "year=2024",
            ["2024-09-summit-kg-ots-tr", "2024-11-29-entry-into-force-ots"],
        ),
        ("upcoming", "today=2026-11-23", ["2031-10-summit-ots-tr-uz"]),
        ("upcoming", "today=2025-01-01", ["2025-06-forum-tr-uz", "2031-10-summit-ots-tr-uz"]),
        ("upcoming", "today=2032-01-01", []),
        (
            "agreement_lifecycle",
            "agreement=customs",
            ["2022-11-11-signing-ots", "2024-11-29-entry-into-force-ots"],
        ),
        ("agreement_lifecycle", "agreement=no-such-agreement", []),
        (
            "document_events",
            "document=004_4637c54c35dd4532",
            # in the order the quotes appear in the text
            ["2022-05-visit-kz-tr", "2022-03-29-visit-tr-uz", "2022-05-03-call-tj-tr"],
        ),
        ("document_events", "document=nope", []),
        (
            "events_near_place",
            "place=Tashkent&km=50",
            ["2025-06-forum-tr-uz", "2031-10-summit-ots-tr-uz"],
        ),
        (
            # Samarkand is 261 km from Tashkent; Bishkek is 478 km away
            "events_near_place",
            "place=Tashkent&km=300",
            ["2025-06-forum-tr-uz", "2031-10-summit-ots-tr-uz", "2022-11-11-signing-ots"],
        ),
        (
            "events_near_place",
            # from Samarkand: Tashkent 261 km, Bishkek 730 km
            "place=geonames-1216265&km=750",
            [
                "2022-11-11-signing-ots",
                "2025-06-forum-tr-uz",
                "2031-10-summit-ots-tr-uz",
                "2024-09-summit-kg-ots-tr",
            ],
        ),
        ("events_near_place", "place=Atlantis&km=5000", []),
    ],
)
async def test_canned_queries(ds: Any, query: str, params: str, expected: list[str]) -> None:
    got = await rows(ds, f"/timeline/{query}.json?{params}")
    assert [r["event_id"] for r in got if r["event_id"]] == expected
    page = await ds.client.get(f"/timeline/{query}?{params}")
    assert page.status_code == 200


async def test_distances_are_great_circle_km(ds: Any) -> None:
    got = await rows(ds, "/timeline/events_near_place.json?place=Tashkent&km=1000")
    by_place = {r["place"]: r["distance_km"] for r in got}
    assert by_place["Tashkent"] == 0
    # published great-circle distances between the city centres: 261 km and 478 km
    assert 258 < by_place["Samarkand"] < 265
    assert 472 < by_place["Bishkek"] < 485


async def test_canned_queries_have_titles_descriptions_params(ds: Any) -> None:
    queries = await ds.get_canned_queries("timeline", None)
    assert set(queries) == {
        "events_involving_country",
        "year_timeline",
        "upcoming",
        "agreement_lifecycle",
        "document_events",
        "events_near_place",
    }
    for name, query in queries.items():
        assert query["title"] and query["description"], name
        named = set(re.findall(r":(\w+)", query["sql"]))
        assert set(query["params"]) == named, name


async def test_index_links_queries_map_and_feeds(ds: Any) -> None:
    html = (await ds.client.get("/")).text
    for name in ("events_involving_country", "upcoming", "events_near_place"):
        assert f'href="/timeline/{name}"' in html
    assert 'href="/timeline/events_map"' in html
    assert 'value="http://localhost/-/calendars/timeline.ics"' in html
    assert 'href="/-/calendars/TR.ics"' in html
    assert 'href="/-/calendars/kind-summit.ics"' in html
    database = (await ds.client.get("/timeline")).text
    assert 'href="/-/calendars/OTS.ics"' in database


async def test_event_row_page_shows_participants_sources_related(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events/2022-11-11-signing-ots")).text
    assert "<h2>Participants</h2>" in html
    assert 'href="/timeline/actors/OTS">Organization of Turkic States</a>' in html
    assert "<h2>Sources</h2>" in html
    assert "during the Samarkand Summit of the Organization of Turkic States" in html
    assert 'href="/timeline/documents/002_c273dc258421a7b0">OTS customs corridor' in html
    assert "characters 3499–3715" in html
    # each quote links its row, named by its place in the event
    assert 'href="/timeline/sources/2022-11-11-signing-ots-1">quote 1</a>' in html
    assert 'href="/timeline/events/2024-11-29-entry-into-force-ots">' in html
    assert 'href="/timeline/events/2022-11-11-signing-ots.ics"' in html
    # foreign keys read as names
    assert "Samarkand" in html and "Agreement on the Establishment" in html


async def test_row_page_of_person_lists_links(ds: Any) -> None:
    response = await ds.client.get("/timeline/actors/recep-tayyip-erdogan")
    assert response.status_code == 200
    assert "event_actors" in response.text


async def test_country_arrays_render_as_named_links(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events?id=2022-03-29-visit-tr-uz&_view=all")).text
    assert '<a href="/timeline/actors/TR" title="TR">Türkiye</a>' in html
    assert '<a href="/timeline/actors/UZ" title="UZ">Uzbekistan</a>' in html


async def test_other_json_is_pretty_printed(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events?id=2022-11-11-signing-ots&_view=all")).text
    # related renders as links to events, not as a JSON string
    assert 'href="/timeline/events/2024-11-29-entry-into-force-ots"' in html
    assert json.dumps(["2024-11-29-entry-into-force-ots"]) not in html


async def test_map_page_loads_cluster_map(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events_map")).text
    assert "datasette-cluster-map.js" in html
    assert 'DATASETTE_CLUSTER_MAP_LATITUDE_COLUMN = "latitude"' in html


async def test_plugins_loaded_with_pinned_versions(ds: Any) -> None:
    plugins = {p["name"]: p for p in (await ds.client.get("/-/plugins.json")).json()}
    assert plugins["datasette-cluster-map"]["version"].startswith("0.18.")
    assert plugins["datasette-pretty-json"]["version"].startswith("0.3")
    assert "register_output_renderer" in plugins["timeline"]["hooks"]
    versions = (await ds.client.get("/-/versions.json")).json()
    assert versions["datasette"]["version"].startswith("0.65.")


async def test_upcoming_events_in_date_order(db_path: Path, tmp_path: Path) -> None:
    # Three events made planned and still to come, their rowids against their date order:
    # the view has no ORDER BY (so that counting it reads its index only); the page sorts.
    copy = tmp_path / "timeline.db"
    shutil.copy(db_path, copy)
    conn = sqlite3.connect(copy)
    ids = [row[0] for row in conn.execute("SELECT id FROM events ORDER BY rowid LIMIT 3")]
    for n, event_id in enumerate(ids):
        conn.execute(
            "UPDATE events SET status = 'planned', date_end = '2099-12-31', sort_key = ? "
            "WHERE id = ?",
            [f"2099-{3 - n:02d}", event_id],
        )
    conn.commit()
    conn.close()
    datasette = make_datasette(copy)
    shown = await rows(datasette, "/timeline/upcoming_events.json")
    assert [r["sort_key"] for r in shown] == sorted(r["sort_key"] for r in shown)
    assert [r["id"] for r in shown if r["id"] in ids] == list(reversed(ids))
