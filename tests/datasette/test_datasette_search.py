"""The search page (``/-/search``): the same events as Datasette's search, in date order.

:func:`timeline.datasette_plugin.search.search_events` reads the rows stored in order through
the FTS5 index in rowid order and sorts only the rows an update appended; every page
of every query is compared with the plain SQL that sorts all the matches, on a full
build, after updates in place (rows appended, rowids reused) and on a database
without the order's key.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from timeline.collection import Timeline
from timeline.datasette_plugin.search import MAX_QUERY_CHARS, search_events
from timeline.errors import UsageError
from timeline.model import Event
from timeline.store import ORDERED_THROUGH, build_database
from timeline.store.update import update_database

from .conftest import fixture_documents

QUERIES = [
    "alpha",
    "beta",
    "alpha OR beta",
    "alpha NOT beta",
    "gamma",
    "summit",
    "visit*",
    '"alpha beta"',
    "nomatchwordanywhere",
]


def _generated(fixture: Timeline, copies: int) -> Timeline:
    """The fixture's events ``copies`` times, with their own ids and words to find."""
    events = []
    for n in range(copies):
        for e in fixture.events:
            data = e.model_dump(exclude_computed_fields=True)
            words = [w for w, k in (("alpha", 2), ("beta", 3)) if n % k == 0]
            data.update(id=f"{e.id}-c{n}", title=" ".join([e.title, *words]), related=[])
            events.append(Event.model_validate(data))
    return Timeline(events, list(fixture.agreements))


def _digests(timeline: Timeline) -> dict[str, str]:
    return {e.id: hashlib.sha256(e.model_dump_json().encode()).hexdigest() for e in timeline.events}


def _expected(conn: sqlite3.Connection, query: str) -> list[str]:
    """What Datasette's search finds, sorted as the library sorts events."""
    return [
        event_id
        for (event_id,) in conn.execute(
            "SELECT id FROM events WHERE rowid IN "
            "(SELECT rowid FROM events_fts WHERE events_fts MATCH ?) ORDER BY sort_key, id",
            [query],
        )
    ]


def _paged(conn: sqlite3.Connection, query: str, size: int) -> tuple[list[str], set[int]]:
    found: list[str] = []
    totals = set()
    after = None
    while True:
        page = search_events(conn, query, after=after, size=size)
        totals.add(page.total)
        found.extend(hit.id for hit in page.hits)
        assert len(page.hits) <= size
        if page.next_after is None:
            return found, totals
        assert page.next_after == page.hits[-1].id
        after = page.next_after


def _check_every_query(path: Path) -> None:
    conn = sqlite3.connect(path)
    rows = sqlite3.connect(path)  # as Datasette connects: rows as sqlite3.Row
    rows.row_factory = sqlite3.Row
    try:
        for query in QUERIES:
            expected = _expected(conn, query)
            for size in (1, 3, 7, 50):
                for connection in (conn, rows):
                    found, totals = _paged(connection, query, size)
                    assert found == expected, (query, size)
                    assert totals == {len(expected)}
    finally:
        conn.close()
        rows.close()


@pytest.fixture(scope="module")
def generated(timeline_fixture: Timeline) -> Timeline:
    return _generated(timeline_fixture, 12)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, generated: Timeline) -> Path:
    path = tmp_path_factory.mktemp("search") / "built.db"
    return build_database(generated, fixture_documents(), path, digests=_digests(generated))


def _meta(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, value FROM _meta"))
    finally:
        conn.close()


def test_a_full_build_stores_every_event_in_order(built: Path, generated: Timeline) -> None:
    assert _meta(built)[ORDERED_THROUGH] == str(len(generated.events))
    conn = sqlite3.connect(built)
    ids = [i for (i,) in conn.execute("SELECT id FROM events ORDER BY rowid")]
    assert ids == [i for (i,) in conn.execute("SELECT id FROM events ORDER BY sort_key, id")]
    conn.close()


def test_every_page_of_a_full_build_is_the_sorted_matches(built: Path) -> None:
    _check_every_query(built)


def _updated(built: Path, before: Timeline, folder: Path, edits: str) -> Path:
    events = {e.id: e for e in before.events}
    order = [e.id for e in before.events]
    if "retitle" in edits:  # changed: their rows are appended
        for event_id in order[::5]:
            e = events[event_id]
            events[event_id] = e.model_copy(update={"title": f"{e.title} gamma"})
    if "drop-last" in edits:  # the last rowids go, and are given again to new rows
        for event_id in order[-3:]:
            del events[event_id]
    if "add" in edits:
        for n, event_id in enumerate(order[1:4]):
            data = events[event_id].model_dump(exclude_computed_fields=True)
            data.update(id=f"{event_id}-new{n}", title=f"New {n} alpha gamma")
            events[data["id"]] = Event.model_validate(data)
    after = Timeline(list(events.values()), list(before.agreements))
    path = folder / "updated.db"
    shutil.copyfile(built, folder / "before.db")
    assert update_database(
        folder / "before.db", after, fixture_documents(), path, _digests(after), max_share=1.0
    )
    return path


@pytest.mark.parametrize("edits", ["retitle", "drop-last add", "retitle drop-last add"])
def test_every_page_after_an_update_in_place_is_the_sorted_matches(
    built: Path, generated: Timeline, tmp_path: Path, edits: str
) -> None:
    updated = _updated(built, generated, tmp_path, edits)
    through = int(_meta(updated)[ORDERED_THROUGH])
    conn = sqlite3.connect(updated)
    (appended,) = conn.execute("SELECT count(*) FROM events WHERE rowid > ?", [through]).fetchone()
    ordered = [
        i
        for (i,) in conn.execute("SELECT id FROM events WHERE rowid <= ? ORDER BY rowid", [through])
    ]
    assert ordered == sorted(
        ordered,
        key=lambda i: (
            conn.execute("SELECT sort_key FROM events WHERE id = ?", [i]).fetchone()[0],
            i,
        ),
    )
    conn.close()
    assert appended > 0
    _check_every_query(updated)


def test_a_database_without_the_order_key_gives_the_same_pages(built: Path, tmp_path: Path) -> None:
    path = tmp_path / "no-key.db"
    shutil.copyfile(built, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _meta WHERE key = ?", [ORDERED_THROUGH])
    conn.close()
    _check_every_query(path)


@pytest.mark.parametrize(
    ("query", "after", "says"),
    [
        ('"unbalanced', None, "double quotes"),
        ("alpha AND", None, "cannot search for"),
        ("x" * (MAX_QUERY_CHARS + 1), None, "at most 500"),
        ("alpha", "no-such-event", "no event 'no-such-event'"),
    ],
)
def test_a_bad_query_says_what_to_do(built: Path, query: str, after: str | None, says: str) -> None:
    conn = sqlite3.connect(built)
    with pytest.raises(UsageError, match=says):
        search_events(conn, query, after=after)
    conn.close()


def test_an_empty_query_finds_nothing(built: Path) -> None:
    conn = sqlite3.connect(built)
    results = search_events(conn, "   ")
    conn.close()
    assert (results.total, results.hits, results.next_after) == (0, (), None)


# --- the page served ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_search_page_lists_the_matches_in_date_order(ds: Any, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    word = "summit"
    expected = _expected(conn, word)
    titles = dict(conn.execute("SELECT id, title FROM events"))
    conn.close()
    assert expected
    response = await ds.client.get(f"/-/search?q={word}")
    assert response.status_code == 200
    html = response.text
    assert f"{len(expected):,} event" in html
    positions = [html.index(f'/timeline/events/{event_id}"') for event_id in expected]
    assert positions == sorted(positions)
    assert "<mark>" in html
    assert titles[expected[0]].split()[0] in html
    assert "/timeline/events?_search=summit" in html


@pytest.mark.asyncio
async def test_the_search_json_pages_through_every_match(ds: Any, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    expected = _expected(conn, "the")
    conn.close()
    response = await ds.client.get("/-/search.json?q=the")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == len(expected)
    assert [e["id"] for e in body["events"]] == expected[:50]
    assert set(body["events"][0]) == {
        "id", "kind", "title", "date_label", "status", "country_names", "snippet", "url"
    }  # fmt: skip


@pytest.mark.asyncio
async def test_a_bad_search_is_a_400_that_says_what_to_do(ds: Any) -> None:
    response = await ds.client.get('/-/search?q="unbalanced')
    assert response.status_code == 400
    assert "double quotes" in response.text
    response = await ds.client.get('/-/search.json?q="unbalanced')
    assert response.status_code == 400
    assert "double quotes" in response.json()["error"]


@pytest.mark.asyncio
async def test_the_menu_links_to_the_search_page(ds: Any) -> None:
    response = await ds.client.get("/")
    assert 'href="/-/search"' in response.text


@pytest.mark.asyncio
async def test_a_searched_events_table_links_to_the_search_page(ds: Any) -> None:
    response = await ds.client.get("/timeline/events?_search=summit")
    assert 'href="/-/search?q=summit"' in response.text
    response = await ds.client.get("/timeline/events")
    assert "/-/search?q=" not in response.text
