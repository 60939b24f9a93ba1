"""Calendar feeds served by Datasette: URLs, content type, and valid RFC 5545 calendars."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest

from timeline.collection import Timeline
from timeline.formats import write as write_exports
from timeline.ics.dates import placement
from timeline.serve import make_datasette

pytestmark = pytest.mark.asyncio

CONTENT_TYPE = "text/calendar; charset=utf-8"


def shown(timeline: Timeline, imprecise: bool = False) -> set[str]:
    return {e.id for e in timeline.events if imprecise or placement(e.date).in_default_feeds}


async def calendar(ds: Any, path: str) -> icalendar.Calendar:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == CONTENT_TYPE
    cal = icalendar.Calendar.from_ical(response.content)
    assert cal["VERSION"] == "2.0"
    assert str(cal["PRODID"]).startswith("-//timeline//")
    return cal


def uids(cal: icalendar.Calendar) -> set[str]:
    return {str(e["UID"]).removesuffix("@timeline") for e in cal.walk("VEVENT")}


@pytest.mark.parametrize(
    ("feed", "select"),
    [
        ("timeline", {}),
        ("TR", {"country": "TR"}),
        ("UZ", {"country": "UZ"}),
        ("TJ", {"country": "TJ"}),
        ("OTS", {"organization": "OTS"}),
        ("kind-summit", {"kind": "summit"}),
        ("kind-entry-into-force", {"kind": "entry_into_force"}),
        ("kind-entry_into_force", {"kind": "entry_into_force"}),
    ],
)
async def test_feed(ds: Any, timeline_fixture: Timeline, feed: str, select: dict[str, str]) -> None:
    cal = await calendar(ds, f"/-/calendars/{feed}.ics")
    expected = shown(timeline_fixture.filter(**select))  # type: ignore[arg-type]
    assert expected, "the fixture should give every feed events"
    assert uids(cal) == expected


async def test_feed_events_are_all_day_with_exclusive_end(
    ds: Any, timeline_fixture: Timeline
) -> None:
    cal = await calendar(ds, "/-/calendars/timeline.ics")
    events = {str(e["UID"]).removesuffix("@timeline"): e for e in cal.walk("VEVENT")}
    visit = events["2022-03-29-visit-tr-uz"]
    assert visit.decoded("DTSTART") == date(2022, 3, 29)
    assert visit.decoded("DTEND") == date(2022, 3, 31)
    samarkand = events["2022-11-11-signing-ots"]
    assert "Samarkand" in str(samarkand["LOCATION"])
    assert str(events["2031-10-summit-ots-tr-uz"]["STATUS"]) == "TENTATIVE"


async def test_feed_is_deterministic(ds: Any) -> None:
    first = await ds.client.get("/-/calendars/timeline.ics")
    second = await ds.client.get("/-/calendars/timeline.ics")
    assert first.content == second.content


async def test_imprecise_option(ds: Any, timeline_fixture: Timeline) -> None:
    cal = await calendar(ds, "/-/calendars/timeline.ics?imprecise=1")
    assert uids(cal) == shown(timeline_fixture, imprecise=True)


@pytest.mark.parametrize("name", ["XX", "RU", "kind-party", "kind-decree", "nobody"])
async def test_unknown_feed_is_404(ds: Any, name: str) -> None:
    response = await ds.client.get(f"/-/calendars/{name}.ics")
    assert response.status_code == 404
    assert response.text == (
        f"no calendar feed named {name!r}; the feeds are: timeline, KG, KZ, TJ, TR, UZ, OTS, "
        "kind-call, kind-entry-into-force, kind-forum, kind-signing, kind-summit, kind-visit. "
        "The list with URLs: http://localhost/-/calendars"
    )


async def test_calendars_page_lists_feed_urls(ds: Any) -> None:
    response = await ds.client.get("/-/calendars")
    assert response.status_code == 200
    html = response.text
    for name in ("timeline", "TR", "UZ", "KZ", "KG", "TJ", "OTS", "kind-summit", "kind-visit"):
        assert (
            f'<code class="timeline-feed-url">http://localhost/-/calendars/{name}.ics</code>'
            in html
        ), name
        assert f'href="webcal://localhost/-/calendars/{name}.ics"' in html, name


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "/timeline/events.ics?kind=summit",
            {"2024-09-summit-kg-ots-tr", "2031-10-summit-ots-tr-uz"},
        ),
        (
            "/timeline/events.ics?_search=Samarkand",
            {"2022-11-11-signing-ots", "2024-11-29-entry-into-force-ots"},
        ),
        ("/timeline/events/2022-05-03-call-tj-tr.ics", {"2022-05-03-call-tj-tr"}),
        ("/timeline/upcoming.ics?today=2026-11-23", {"2031-10-summit-ots-tr-uz"}),
        ("/timeline/events_involving_country.ics?country=KZ", {"2022-05-visit-kz-tr"}),
        ("/timeline/events_by_country.ics?country=TJ", {"2022-05-03-call-tj-tr"}),
        # the table page's own ics link: _labels=on gives the linked event ids as labels
        ("/timeline/events_by_country.ics?country=TJ&_labels=on", {"2022-05-03-call-tj-tr"}),
        (
            "/timeline/events_map.ics",
            {
                "2022-11-11-signing-ots",
                "2024-09-summit-kg-ots-tr",
                "2025-06-forum-tr-uz",
                "2031-10-summit-ots-tr-uz",
            },
        ),
        ("/timeline/events.ics?kind=decree", set()),
    ],
)
async def test_ics_renderer(ds: Any, path: str, expected: set[str]) -> None:
    assert uids(await calendar(ds, path)) == expected


async def test_ics_link_offered_on_event_pages_only(ds: Any) -> None:
    events = (await ds.client.get("/timeline/events?kind=summit")).text
    link = "/timeline/events.ics?kind=summit&amp;_labels=on"
    assert f'href="{link}">ics</a>' in events
    assert uids(await calendar(ds, link.replace("&amp;", "&"))) == {
        "2024-09-summit-kg-ots-tr",
        "2031-10-summit-ots-tr-uz",
    }
    places = (await ds.client.get("/timeline/places")).text
    assert "places.ics" not in places
    response = await ds.client.get("/timeline/places.ics")
    assert response.status_code == 400  # Datasette: no renderer for this page


async def test_served_feed_follows_the_published_ledger(
    db_path: Path, timeline_fixture: Timeline, tmp_path: Path
) -> None:
    """With exports/ beside the database, SEQUENCE and DTSTAMP come from its ledger."""
    db = tmp_path / "timeline.db"
    shutil.copy(db_path, db)
    write_exports(timeline_fixture, tmp_path / "exports", ["ics"], today=date(2026, 1, 2))
    published = icalendar.Calendar.from_ical((tmp_path / "exports" / "timeline.ics").read_bytes())
    ds = make_datasette(db)
    await ds.invoke_startup()
    served = await calendar(ds, "/-/calendars/timeline.ics")

    def revisions(cal: icalendar.Calendar) -> dict[str, tuple[Any, ...]]:
        return {
            str(e["UID"]): (int(e["SEQUENCE"]), e.decoded("DTSTAMP"), e.decoded("LAST-MODIFIED"))
            for e in cal.walk("VEVENT")
        }

    assert revisions(served) == revisions(published)
    assert {stamp for _, stamp, _ in revisions(served).values()} == {
        datetime(2026, 1, 2, tzinfo=UTC)
    }


@pytest.mark.parametrize("imprecise", [False, True])
async def test_feeds_of_a_database_without_its_exports_are_asked_of_the_database(
    db_path: Path, timeline_fixture: Timeline, imprecise: bool
) -> None:
    # Served without exports/ beside it, the plugin lists the feeds from the database's
    # kinds and actors (no event loaded): the same feeds as the timeline's own.
    from timeline.datasette_plugin.feeds import _feeds_of_database
    from timeline.formats import ics_feeds

    expected = ics_feeds.feeds(timeline_fixture, include_imprecise=imprecise)
    assert _feeds_of_database(str(db_path), imprecise) == expected
