"""The canned queries that list events answer 100 rows a page, keyset-paginated by ``after``.

A list longer than a page is walked through its "Next" links; the pages together must give
every row of the list, in the list's order, each once, whatever the list and its arguments.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from timeline.collection import Timeline
from timeline.datasette_plugin import QUERY_PAGE_SIZE
from timeline.model import Event
from timeline.serve import make_datasette
from timeline.store import build_database

from .conftest import fixture_documents

pytestmark = pytest.mark.asyncio

#: Copies of each fixture event: enough for every list below to span several pages.
COPIES = 60

NEXT_LINK = re.compile(r'<a href="([^"]+)" rel="next">')


def _many(timeline: Timeline) -> Timeline:
    events: list[Event] = [
        event.model_copy(update={"id": f"{event.id}-copy{index:02d}"})
        for index in range(COPIES)
        for event in timeline.events
    ]
    return Timeline(events, list(timeline.agreements))


@pytest.fixture(scope="module")
def many_events(timeline_fixture: Timeline) -> Timeline:
    return _many(timeline_fixture)


@pytest.fixture(scope="module")
def many_db(tmp_path_factory: pytest.TempPathFactory, many_events: Timeline) -> Path:
    path: Path = tmp_path_factory.mktemp("pages") / "timeline.db"
    return build_database(many_events, fixture_documents(), path)


@pytest_asyncio.fixture
async def ds_many(many_db: Path) -> AsyncIterator[Any]:
    datasette = make_datasette(many_db)
    await datasette.invoke_startup()
    yield datasette


async def _walk(
    ds: Any, query: str, arguments: str, column: str = "event_id"
) -> tuple[list[Any], int]:
    """Every ``column`` value of a canned query's pages, following the HTML page's Next links."""
    url: str | None = f"/timeline/{query}?{arguments}"
    seen: list[Any] = []
    pages = 0
    while url is not None:
        html = await ds.client.get(url)
        assert html.status_code == 200, url
        as_json = await ds.client.get(
            url.replace(f"/{query}?", f"/{query}.json?") + "&_shape=array"
        )
        rows = as_json.json()
        assert len(rows) <= QUERY_PAGE_SIZE
        seen.extend(row[column] for row in rows if row[column] is not None)
        pages += 1
        found = NEXT_LINK.search(html.text)
        assert (found is not None) == (len(rows) == QUERY_PAGE_SIZE), url
        url = unescape(found.group(1)) if found else None
        assert pages < 100, "the Next links do not end"
    return seen, pages


async def test_events_involving_a_country_walk_every_page(
    ds_many: Any, many_events: Timeline
) -> None:
    expected = [e.id for e in many_events.filter(country="TR")]
    assert len(expected) > 2 * QUERY_PAGE_SIZE
    seen, pages = await _walk(ds_many, "events_involving_country", "country=Turkey")
    assert seen == expected
    assert pages == len(expected) // QUERY_PAGE_SIZE + 1


async def test_a_years_timeline_walks_every_page(ds_many: Any, many_events: Timeline) -> None:
    by_year: dict[int, list[Event]] = {}
    for event in many_events.events:
        if event.date.precision.value not in ("decade", "century"):
            by_year.setdefault(event.date.start.year, []).append(event)
    year, events = max(by_year.items(), key=lambda item: len(item[1]))
    assert len(events) > QUERY_PAGE_SIZE
    expected = [e.id for e in sorted(events, key=lambda e: (e.date.start, e.date.sort_key, e.id))]
    seen, _ = await _walk(ds_many, "year_timeline", f"year={year}")
    assert seen == expected


async def test_upcoming_events_walk_every_page(ds_many: Any, many_events: Timeline) -> None:
    today = date(2024, 1, 1)
    expected = [
        e.id
        for e in sorted(many_events.events, key=lambda e: (e.date.sort_key, e.id))
        if e.status.value in ("planned", "postponed") and e.date.end >= today
    ]
    assert len(expected) > QUERY_PAGE_SIZE
    seen, _ = await _walk(ds_many, "upcoming", f"today={today.isoformat()}")
    assert seen == expected


async def test_agreement_lifecycle_walks_every_page(ds_many: Any, many_events: Timeline) -> None:
    expected = [
        e.id
        for e in sorted(
            (e for e in many_events.events if e.agreement),
            key=lambda e: (e.agreement or "", e.date.sort_key, e.id),
        )
    ]
    assert len(expected) > QUERY_PAGE_SIZE
    seen, _ = await _walk(ds_many, "agreement_lifecycle", "agreement=")
    assert seen == expected


async def test_a_documents_quotes_walk_every_page(ds_many: Any, many_events: Timeline) -> None:
    quotes = [
        (source.start, source.end, event.id)
        for event in many_events.events
        for source in event.sources
        if source.document == "004_4637c54c35dd4532"
    ]
    assert len(quotes) > QUERY_PAGE_SIZE
    expected = [event_id for *_, event_id in sorted(quotes)]
    seen, _ = await _walk(ds_many, "document_events", "document=004_4637c54c35dd4532")
    assert seen == expected


async def test_events_near_a_place_walk_every_page(ds_many: Any, many_events: Timeline) -> None:
    """Nearest place first, then date order; the same rows as one unpaginated distance sort."""
    first = await ds_many.client.get(
        "/timeline/events_near_place.json?place=Tashkent&km=5000&_shape=array"
    )
    nearest = first.json()
    assert nearest and nearest[0]["distance_km"] == 0.0
    seen, pages = await _walk(ds_many, "events_near_place", "place=Tashkent&km=5000")
    located = [e for e in many_events.events if e.location and e.location.latitude is not None]
    assert len(seen) == len(set(seen)) == len(located) > QUERY_PAGE_SIZE
    assert pages > 1
    rows = []
    url = "/timeline/events_near_place.json?place=Tashkent&km=5000&_shape=array"
    for _ in range(pages):
        page = (await ds_many.client.get(url)).json()
        rows.extend(page)
        if page:
            url = url.split("&after=")[0] + f"&after={page[-1]['event_id']}"
    events = {e.id: e for e in many_events.events}
    keys = [
        (row["distance_km"], events[row["event_id"]].date.sort_key, row["event_id"]) for row in rows
    ]
    assert keys == sorted(keys)


async def test_an_after_outside_the_list_starts_it_again(
    ds_many: Any, many_events: Timeline
) -> None:
    """A form sent again with another country keeps the old ``after``: the list restarts."""
    first = await ds_many.client.get(
        "/timeline/events_involving_country.json?country=KZ&_shape=array"
    )
    outsider = next(e.id for e in many_events.events if "KZ" not in e.countries)
    again = await ds_many.client.get(
        f"/timeline/events_involving_country.json?country=KZ&after={outsider}&_shape=array"
    )
    assert again.json() == first.json()
    nowhere = await ds_many.client.get(
        "/timeline/year_timeline.json?year=2022&after=no-such-event&_shape=array"
    )
    start = await ds_many.client.get("/timeline/year_timeline.json?year=2022&_shape=array")
    assert nowhere.json() == start.json()


async def test_a_short_list_has_no_next_link(ds: Any) -> None:
    html = await ds.client.get("/timeline/events_involving_country?country=KZ")
    assert html.status_code == 200
    assert 'rel="next"' not in html.text
