"""The events table as people read it: a reading view, named facets, a search box that
stems, folds accents and takes prefixes and OR, and map popups that link to the event."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from timeline.collection import Timeline

pytestmark = pytest.mark.asyncio


async def _ids(ds: Any, query: str) -> list[str]:
    response = await ds.client.get(f"/timeline/events.json?_shape=array&_search={query}")
    assert response.status_code == 200, response.text
    return sorted(row["id"] for row in response.json())


async def test_reading_view_shows_six_columns_for_people(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events")).text
    table = html[html.index('class="rows-and-columns timeline-reading"') :]
    table = table[: table.index("</table>")]
    headers = re.findall(r'<th scope="col">([^<]+)</th>', table)
    assert headers == ["Date", "Kind", "Event", "Who", "Where", "Status"]
    assert "sort_key" not in table and "~" not in table
    assert 'href="/timeline/events/2022-11-11-signing-ots"' in table
    assert "Samarkand" in table and "geonames-" not in table
    assert "late May 2022" in table


async def test_small_screen_labels_name_the_reading_views_cells(ds: Any) -> None:
    # Datasette labels each cell of a narrow screen by the columns it selected (its
    # n-th column over the n-th cell); the reading view's cells get their own headers
    html = (await ds.client.get("/timeline/events?_search=visit")).text
    headers = ["Date", "Kind", "Event", "Who", "Where", "Status"]
    classes = ["date", "kind", "title", "who", "where", "status"]
    for name, header in zip(classes, headers, strict=True):
        assert f'table.timeline-reading td.col-{name}:before {{ content: "{header}"; }}' in html
        assert f'<td class="col-{name}' in html


async def test_reading_view_with_chosen_columns_leaves_the_others_empty(ds: Any) -> None:
    # ?_col= narrows the columns Datasette selects; the reading view names cells by
    # column, so a column left out is an empty cell, not an error or another column.
    html = (await ds.client.get("/timeline/events?_col=title&_col=kind&_size=3")).text
    table = html[html.index('class="rows-and-columns timeline-reading"') :]
    rows = re.findall(r"<tr>(.*?)</tr>", table[: table.index("</table>")], re.S)[1:]
    assert len(rows) == 3
    for row in rows:
        cells = dict(re.findall(r'<td class="col-(\w+)[^"]*">(.*?)</td>', row, re.S))
        assert cells["title"].strip() and cells["kind"].strip()
        assert cells["date"] == "" and cells["who"] == "" and cells["where"] == ""


async def test_every_column_stays_reachable(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events?_view=all")).text
    assert 'data-column="sort_key"' in html and 'data-column="date_value"' in html
    assert "reading view" in html
    row = (await ds.client.get("/timeline/events.json?_shape=array&_size=1")).json()[0]
    assert {"sort_key", "date_value", "quotes", "participant_names"} <= set(row)


async def test_country_facet_is_labelled_by_name(ds: Any, timeline_fixture: Timeline) -> None:
    data = (await ds.client.get("/timeline/events.json?_facet_array=country_names")).json()
    values = {f["value"]: f["count"] for f in data["facet_results"]["country_names"]["results"]}
    assert values["Türkiye"] == sum("TR" in e.countries for e in timeline_fixture)
    assert "TR" not in values


@pytest.mark.parametrize(
    ("query", "same_as"),
    [
        ("summits", "summit"),  # porter stemming
        ("Erdogan", "Erdoğan"),  # accents folded
        ("turkiye", "Türkiye"),
    ],
)
async def test_search_stems_and_folds_accents(ds: Any, query: str, same_as: str) -> None:
    expected = await _ids(ds, same_as)
    assert expected
    assert await _ids(ds, query) == expected


async def test_search_box_takes_prefixes_and_or(ds: Any) -> None:
    samarkand = await _ids(ds, "Samarkand")
    telephone = await _ids(ds, "telephone")
    assert await _ids(ds, "Samark*") == samarkand
    assert await _ids(ds, "Samarkand%20OR%20telephone") == sorted(samarkand + telephone)
    html = (await ds.client.get("/timeline/events?_search=Samark*")).text
    assert "Simplified Customs Corridor signed at the OTS Samarkand Summit" in html


async def test_participants_are_searchable_by_name(ds: Any, timeline_fixture: Timeline) -> None:
    kazakh = [e.id for e in timeline_fixture if "KZ" in e.countries]
    assert set(kazakh) <= set(await _ids(ds, "Kazakhstan"))


async def test_map_popups_have_title_date_and_link(ds: Any) -> None:
    rows = (await ds.client.get("/timeline/events_map.json?_shape=array")).json()
    assert rows
    for row in rows:
        assert "sort_key" not in row
        popup = json.loads(row["popup"])
        assert popup["title"] == row["title"]
        assert popup["description"].startswith(row["date_label"])
        assert popup["link"] == f"events/{row['id']}"
