"""exports/timeline.html in a real browser: Debian's Chromium driven by Playwright, from file://."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline
from timeline.corpus.document import DocumentInfo
from timeline.store import build_database

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "json"


@pytest.fixture
def page(browser: Any, written_exports: Path, tmp_path: Path) -> Iterator[Any]:
    """A fresh page, recording dialogs (an alert means injected script ran), errors and requests."""
    shutil.copy(written_exports / "timeline.html", tmp_path / "timeline.html")
    context = browser.new_context(viewport={"width": 1100, "height": 1300})
    pg = context.new_page()
    pg.dialogs, pg.errors, pg.requests = [], [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.url_of = (tmp_path / "timeline.html").as_uri()
    yield pg
    context.close()


def _open(page: Any, fragment: str = "") -> None:
    page.goto(page.url_of + fragment)
    page.wait_for_selector("body[data-ready=true]")


def _shown(page: Any) -> int:
    return int(page.locator("article.event:visible").count())


def test_renders_every_event_offline(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    assert _shown(page) == len(fixture_timeline) == 13
    assert page.locator("#shown-count").inner_text() == "13"
    ids = page.locator("article.event").evaluate_all("nodes => nodes.map(n => n.id)")
    assert ids == [e.id for e in fixture_timeline.events]
    assert page.errors == [] and page.dialogs == []
    assert all(url.startswith("file://") for url in page.requests), page.requests


def _wait_until_shown(page: Any, count: int) -> None:
    """Wait until the page says it shows ``count`` events.

    Through a locator, not ``wait_for_function``: Playwright evaluates a string
    predicate with eval, which the page's Content-Security-Policy forbids, so a
    predicate not true at once failed instead of being polled.
    """
    from playwright.sync_api import expect

    expect(page.locator("body")).to_have_attribute("data-shown", str(count))


def test_country_and_kind_filters(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    page.select_option("#filter-country", "KZ")
    expected = len(fixture_timeline.filter(country="KZ"))
    assert expected == 3
    assert _shown(page) == expected
    assert page.locator("#shown-count").inner_text() == str(expected)
    assert page.url.endswith("#country=KZ")
    page.select_option("#filter-kind", "visit")
    assert _shown(page) == len(fixture_timeline.filter(country="KZ", kind="visit")) == 1
    page.click("#filter-reset")
    _wait_until_shown(page, 13)
    assert _shown(page) == 13
    page.select_option("#filter-kind", "summit")
    assert _shown(page) == len(fixture_timeline.filter(kind="summit")) == 2
    # Years with no event left are hidden with their events.
    assert page.locator("h2.year:visible").all_inner_texts() == ["2022", "2024"]


def test_text_filter_and_empty_message(page: Any) -> None:
    _open(page)
    page.fill("#filter-text", "customs")
    assert _shown(page) == 2
    page.fill("#filter-text", "no such words anywhere")
    assert _shown(page) == 0
    assert page.locator("p.empty").is_visible()


def test_filters_from_the_url_fragment(page: Any, fixture_timeline: Timeline) -> None:
    _open(page, "#organization=OTS&status=occurred")
    expected = fixture_timeline.filter(organization="OTS", status="occurred")
    assert _shown(page) == len(expected) == 3
    assert page.locator("#filter-organization").input_value() == "OTS"


def test_injected_html_is_shown_as_text(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    event = fixture_timeline.event("2023-06-01-statement-eu-kz")
    card = page.locator(f"article[id='{event.id}']")
    assert card.locator("h3").inner_text() == event.title
    assert card.locator("blockquote").text_content() == event.sources[0].quote
    assert card.locator("img, b, script").count() == 0
    # the URL tries to break out of its attribute: it stays one attribute value
    assert card.locator("a.source-link").get_attribute("href") == event.sources[0].url
    assert card.locator("a.source-link").get_attribute("onmouseover") is None
    assert page.dialogs == [] and page.errors == []


def test_each_event_links_to_its_quote_and_source(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    event = fixture_timeline.event("2022-05-03-call-tj-tr")
    card = page.locator(f"article[id='{event.id}']")
    source = event.sources[0]
    assert card.locator("blockquote").inner_text() == source.quote
    link = card.locator("a.source-link")
    assert link.get_attribute("href") == source.url
    assert link.inner_text() == source.citation()
    where = f"({source.document}, characters {source.start}–{source.end})"
    assert card.locator(".source-document").inner_text().strip() == where
    assert card.locator("time").get_attribute("datetime") == "2022-05-03"
    month = page.locator("article[id='2022-05-visit-kz-tr'] time")
    assert month.inner_text() == "late May 2022"
    assert month.get_attribute("datetime") == "2022-05"


def test_screenshot_artifact(page: Any) -> None:
    _open(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "timeline.png"
    png = page.screenshot(path=str(path), full_page=True)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width == 1100 and height > 2000  # 13 events drawn, not a blank page
    assert len(png) > 50_000  # a blank page of this size compresses to a few kB


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("ı", "i").casefold()


def _haystack(event: Any) -> str:
    names = [p.name or p.id for p in event.participants]
    return _fold(" ".join([event.title, event.summary, *(s.quote for s in event.sources), *names]))


def test_several_countries_at_once(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    page.select_option("#filter-country", ["KZ", "UZ"])
    expected = {e.id for e in fixture_timeline if {"KZ", "UZ"} & set(e.countries)}
    assert len(expected) > len(fixture_timeline.filter(country="KZ"))
    assert _shown(page) == len(expected)
    assert page.url.endswith("#country=KZ%2CUZ") or page.url.endswith("#country=KZ,UZ")
    _open(page, "#country=KZ,UZ")
    assert _shown(page) == len(expected)


def test_year_and_date_range(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    page.select_option("#filter-year", "2022")
    in_2022 = fixture_timeline.filter(since=date(2022, 1, 1), until=date(2022, 12, 31))
    assert _shown(page) == len(in_2022) > 0
    page.click("#filter-reset")
    page.fill("#filter-since", "2022-05-01")
    page.fill("#filter-until", "2022-05-31")
    in_may = fixture_timeline.filter(since=date(2022, 5, 1), until=date(2022, 5, 31))
    assert _shown(page) == len(in_may) > 0
    assert "since=2022-05-01" in page.url and "until=2022-05-31" in page.url


@pytest.mark.parametrize("spelling", ["Erdoğan", "erdogan", "ERDOGAN", "Türkiye", "turkiye"])
def test_search_ignores_case_and_accents(
    page: Any, fixture_timeline: Timeline, spelling: str
) -> None:
    _open(page)
    page.fill("#filter-text", spelling)
    word = _fold(spelling)
    expected = [e for e in fixture_timeline if word in _haystack(e)]
    assert expected
    assert _shown(page) == len(expected)


def test_search_takes_or_prefixes_and_plurals(page: Any, fixture_timeline: Timeline) -> None:
    _open(page)
    page.fill("#filter-text", "customs")
    customs = _shown(page)
    page.fill("#filter-text", "summit")
    summits = _shown(page)
    page.fill("#filter-text", "customs OR summit")
    assert _shown(page) == len(
        [e for e in fixture_timeline if "customs" in _haystack(e) or "summit" in _haystack(e)]
    )
    assert _shown(page) >= max(customs, summits)
    page.fill("#filter-text", "summits")
    assert _shown(page) == summits
    page.fill("#filter-text", "cust*")
    assert _shown(page) == customs


#: Queries with stems, plurals, verb forms, prefixes, OR, accents and numbers.
PARITY_QUERIES = [
    "summit",
    "summits",
    "visit",
    "visiting",
    "visited",
    "visits",
    "customs",
    "cust*",
    "customs OR summit",
    "sign* OR ratif*",
    "ratification",
    "ratified",
    "agreements signed",
    "Erdoğan",
    "erdogan",
    "TURKIYE",
    "Türkiye",
    "presidents",
    "meetings",
    "talks",
    "calling",
    "organization",
    "organisation",
    "relations",
    "2022",
    "no such words anywhere",
]


def test_search_finds_what_datasette_finds(
    page: Any, fixture_timeline: Timeline, tmp_path: Path
) -> None:
    """Each query shows the events SQLite's full-text search (Datasette's) finds, no other."""
    documents = sorted({s.document for e in fixture_timeline for s in e.sources})
    db_path = build_database(
        fixture_timeline,
        [
            DocumentInfo(id=d, characters=0)  # the store needs no text
            for d in documents
        ],
        tmp_path / "timeline.db",
    )
    _open(page)
    with sqlite3.connect(db_path) as db:
        for query in PARITY_QUERIES:
            found = {
                row[0]
                for row in db.execute(
                    "select id from events where rowid in "
                    "(select rowid from events_fts where events_fts match ?)",
                    (query,),
                )
            }
            page.fill("#filter-text", query)
            shown = page.locator("article.event:visible").evaluate_all(
                "nodes => nodes.map(n => n.id)"
            )
            assert set(shown) == found, query
    assert page.errors == []


def test_overview_shows_density_and_jumps_to_a_year(page: Any) -> None:
    _open(page)
    bars = page.locator("#overview .overview-year")
    years = page.locator("h2.year").all_inner_texts()
    assert bars.all_inner_texts() == years
    page.select_option("#filter-kind", "summit")
    enabled = [b.get_attribute("data-year") for b in bars.all() if b.is_enabled()]
    assert enabled == page.locator("h2.year:visible").all_inner_texts()
    page.click("#filter-reset")
    _wait_until_shown(page, 13)
    last = years[-1]
    page.click(f"#overview [data-year='{last}']")
    heading = page.locator("h2.year", has_text=last)
    assert page.evaluate("() => window.scrollY") > 0  # the last year is far down the page
    top = heading.evaluate("node => node.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]


def test_on_a_phone_the_filters_fold_away(browser: Any, written_exports: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto((written_exports / "timeline.html").as_uri())
    page.wait_for_selector("body[data-ready=true]")
    panel = page.locator("#filter-panel")
    assert panel.get_attribute("open") is None
    assert panel.bounding_box()["height"] < 60
    page.evaluate("window.scrollTo(0, 2000)")
    assert page.evaluate("document.getElementById('filter-panel').getBoundingClientRect().top") < 0
    page.click("#filter-panel > summary")
    assert panel.get_attribute("open") is not None
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 390  # nothing wider than the phone
    context.close()
