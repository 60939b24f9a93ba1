"""One Filter everywhere: the canned queries and Datasette URLs select what the API selects."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from timeline.collection import Timeline

pytestmark = pytest.mark.asyncio

#: Ways to write the countries of the fixture events.
COUNTRY_SPELLINGS = [
    "TR", "tr", "TUR", "Turkey", "Türkiye", "Turkiye", "türkiye", "TURKEY",
    "KZ", "kz", "KAZ", "Kazakhstan", "kazakhstan",
    "UZ", "uz", "Uzbekistan", "UZB", "TJ", "Tajikistan", "KG", "Kyrgyzstan",
]  # fmt: skip


@pytest.mark.parametrize("spelling", COUNTRY_SPELLINGS)
async def test_canned_query_selects_what_the_api_selects(
    ds: Any, timeline_fixture: Timeline, spelling: str
) -> None:
    expected = [e.id for e in timeline_fixture.filter(country=spelling)]
    assert expected
    response = await ds.client.get(
        f"/timeline/events_involving_country.json?country={quote(spelling)}&_shape=array"
    )
    assert response.status_code == 200
    assert [r["event_id"] for r in response.json()] == expected


async def test_year_timeline_lists_each_year_in_date_order(
    ds: Any, timeline_fixture: Timeline
) -> None:
    """The canned query takes its order from the (year, date_start) index: the same order
    as sorting the year's events by sort key and id."""
    years = sorted({e.date.start.year for e in timeline_fixture.events})
    assert len(years) > 1
    for year in years:
        expected = [
            e.id
            for e in sorted(timeline_fixture.events, key=lambda e: (e.date.sort_key, e.id))
            if e.date.start.year == year and e.date.precision.value not in ("decade", "century")
        ]
        response = await ds.client.get(f"/timeline/year_timeline.json?year={year}&_shape=array")
        assert response.status_code == 200
        assert [r["event_id"] for r in response.json()] == expected, year


#: Filters as URLs give them, each with the same filter for the API.
URL_FILTERS = [
    ("country=Turkey", {"country": "TR"}),
    ("country=T%C3%BCrkiye", {"country": "TR"}),
    ("country=tur&kind=Visit", {"country": "TR", "kind": "visit"}),
    ("country=kz,UZB", {"country": ["KZ", "UZ"]}),
    ("country=Kazakhstan&country=uzbekistan", {"country": ["KZ", "UZ"]}),
    ("organization=turkic%20council", {"organization": "OTS"}),
    ("kind=SUMMIT&status=Planned", {"kind": "summit", "status": "planned"}),
    ("since=2024-01-01", {"since": "2024-01-01"}),
    ("text=customs", {"text": "customs"}),
]


@pytest.mark.parametrize(("query", "conditions"), URL_FILTERS)
async def test_geojson_and_ics_urls_select_what_the_api_selects(
    ds: Any, timeline_fixture: Timeline, query: str, conditions: dict[str, Any]
) -> None:
    import icalendar

    selected = timeline_fixture.filter(**conditions)
    assert selected.events
    response = await ds.client.get(f"/-/exports/timeline.geojson?{query}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/geo+json"
    located = [e.id for e in selected if e.location and e.location.latitude is not None]
    data = response.json()
    assert [f["id"] for f in data["features"]] == located
    assert data["events_without_place"] == len(selected) - len(located)
    response = await ds.client.get(f"/-/calendars/timeline.ics?{query}&imprecise=1")
    assert response.status_code == 200, response.text
    cal = icalendar.Calendar.from_ical(response.content)
    uids = [str(e["UID"]).removesuffix("@timeline") for e in cal.walk("VEVENT")]
    assert uids == [e.id for e in selected]
    response = await ds.client.get(f"/-/exports/timeline.json?{query}")
    assert [e["id"] for e in response.json()["events"]] == [e.id for e in selected]


async def test_a_bad_url_filter_is_400(ds: Any) -> None:
    response = await ds.client.get("/-/exports/timeline.geojson?country=Kazakstan")
    assert response.status_code == 400
    assert "did you mean Kazakhstan (KZ)" in response.text
