"""The reading view's HTML selects its own columns only (timeline.datasette_plugin.reading_columns):
the same page as without it, links, forms, exports and rows, with fewer cells rendered."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from datasette import hookimpl
from datasette.plugins import pm

from timeline.datasette_plugin import reading_columns
from timeline.datasette_plugin.reading_columns import READING_COLUMNS
from timeline.serve import make_datasette

pytestmark = pytest.mark.asyncio

#: Reading pages of every kind our hooks answer: plain, searched (marked for our count),
#: filtered, faceted, sorted, through an actor, a small page with a next link, a next page.
PAGES = [
    "/timeline/events",
    "/timeline/events?_size=2",
    "/timeline/events?_size=2&_next=2022-05-27%2C2022-05-27-visit-kz-tr",
    "/timeline/events?_search=visit",
    "/timeline/events?_search=samarkand&_size=1",
    "/timeline/events?_search=visit&kind=visit",
    "/timeline/events?kind=summit&_facet=status",
    "/timeline/events?country_names__arraycontains=T%C3%BCrkiye",
    "/timeline/events?_sort_desc=date_start&_size=3",
    "/timeline/events?_through=%7B%22table%22%3A%22event_actors%22%2C%22column%22%3A"
    "%22actor_id%22%2C%22value%22%3A%22TR%22%7D",
    "/timeline/events?_labels=on&_facet_size=2",
]

#: Pages whose reader chose the columns, or every column: never narrowed by us.
CHOSEN = {
    "/timeline/events?_col=title&_col=kind&_size=3": ({"title", "kind"}, set()),
    "/timeline/events?_nocol=tags&_nocol=quotes": ({"summary", "countries"}, {"tags", "quotes"}),
    "/timeline/events?_view=all&_search=visit": ({"summary", "tags", "quotes"}, set()),
}


class _CellRecorder:
    """A plugin recording the column of every cell Datasette renders."""

    def __init__(self) -> None:
        self.columns: list[str] = []

    @hookimpl
    def render_cell(self, column: str) -> None:
        self.columns.append(column)


@pytest.fixture
def rendered() -> Iterator[_CellRecorder]:
    recorder = _CellRecorder()
    pm.register(recorder, name="timeline-test-cell-recorder")
    try:
        yield recorder
    finally:
        pm.unregister(name="timeline-test-cell-recorder")


async def _page(
    ds: Any, path: str, monkeypatch: pytest.MonkeyPatch, narrowed: bool
) -> tuple[int, str]:
    with monkeypatch.context() as patch:
        if not narrowed:  # the wrapper asks for nothing: Datasette's own columns
            patch.setattr(reading_columns, "reading_query_string", lambda q: None)
        response = await ds.client.get(path)
    return response.status_code, response.text


def _without_mobile_labels(html: str) -> str:
    """The page without Datasette's small-screen labels of the selected columns (one CSS
    rule per column selected: the only part of the HTML that names them), its runs of
    white space as one (the sort menu leaves a line for each column it does not offer),
    and without the time its queries took."""
    html = re.sub(r"\.rows-and-columns td:nth-of-type\(\d+\):before \{[^}]*\}", "", html)
    html = re.sub(r"[Qq]uer(y|ies) took [\d.]+ms", "", html)
    return re.sub(r"\s+", " ", html)


def _links(html: str) -> list[str]:
    return re.findall(r'(?:href|action|value|title)="([^"]*)"', html)


@pytest.mark.parametrize("path", PAGES)
async def test_reading_page_is_the_same_page(
    ds: Any, path: str, monkeypatch: pytest.MonkeyPatch, rendered: _CellRecorder
) -> None:
    status, narrowed = await _page(ds, path, monkeypatch, narrowed=True)
    narrowed_cells = set(rendered.columns)
    rendered.columns.clear()
    old_status, whole = await _page(ds, path, monkeypatch, narrowed=False)
    assert status == old_status == 200
    assert 'class="rows-and-columns timeline-reading"' in narrowed
    # the links, forms, "View and edit SQL", exports' links and rows are the page's own
    assert _links(narrowed) == _links(whole)
    assert _without_mobile_labels(narrowed) == _without_mobile_labels(whole)
    assert "_col=" not in narrowed
    # and Datasette rendered the reading view's columns only
    assert narrowed_cells - {"id"} == set(READING_COLUMNS)  # a key's cell is Datasette's link
    assert {"summary", "countries", "quotes"} <= set(rendered.columns)


async def test_exports_of_a_reading_page_hold_every_column(ds: Any) -> None:
    html = (await ds.client.get("/timeline/events?_search=visit&_size=2")).text
    links: dict[str, str] = {}  # the first of each: "This data as json, CSV"
    for link in re.findall(r'href="([^"]*)"', html.replace("&amp;", "&")):
        assert "_col" not in dict(parse_qsl(urlsplit(link).query)), link
        for fmt in ("json", "csv"):
            if link.startswith(f"/timeline/events.{fmt}?"):  # not the head's absolute one
                links.setdefault(fmt, link)
    assert set(links) == {"json", "csv"}
    data = (await ds.client.get(links["json"])).json()
    assert {"summary", "sort_key", "quotes", "country_names"} <= set(data["columns"])
    csv_head = (await ds.client.get(links["csv"])).text.splitlines()[0]
    assert "summary" in csv_head and "country_names" in csv_head


@pytest.mark.parametrize("path", sorted(CHOSEN))
async def test_columns_a_reader_chose_are_kept(
    ds: Any, path: str, monkeypatch: pytest.MonkeyPatch, rendered: _CellRecorder
) -> None:
    shown, hidden = CHOSEN[path]
    status, narrowed = await _page(ds, path, monkeypatch, narrowed=True)
    cells = set(rendered.columns)
    rendered.columns.clear()
    _, whole = await _page(ds, path, monkeypatch, narrowed=False)
    assert status == 200 and _without_mobile_labels(narrowed) == _without_mobile_labels(whole)
    assert cells == set(rendered.columns)
    assert shown <= cells and not hidden & cells
    if "_col=" in path:
        assert cells == shown


async def test_redirecting_forms_keep_the_query_string_asked(ds: Any) -> None:
    response = await ds.client.get(
        "/timeline/events?_filter_column=kind&_filter_op=exact&_filter_value=summit"
    )
    assert response.status_code == 302
    assert "_col" not in response.headers["location"]
    response = await ds.client.get("/timeline/events?_sort=date_start&_sort_by_desc=on")
    assert response.status_code == 302
    assert "_col" not in response.headers["location"]


async def test_the_first_request_of_an_app_not_started_is_narrowed(db_path: Path) -> None:
    # Datasette starts up (our templates' loader) on its first request, inside the app our
    # wrapper wraps: served without `datasette serve` (its client, any ASGI host), the
    # first page is narrowed as every later one is
    ds = make_datasette(db_path)
    first = (await ds.client.get("/timeline/events?_size=2")).text
    # one small-screen label per column selected: the key and the reading view's
    labels = re.findall(r'td:nth-of-type\(\d+\):before \{ content: "(\w+)"', first)
    assert labels == ["id", *READING_COLUMNS]
    assert 'class="rows-and-columns timeline-reading"' in first
