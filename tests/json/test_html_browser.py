"""exports/timeline.html in a real browser: Debian's Chromium driven by Playwright, from file://."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline

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
    page.wait_for_function("document.body.dataset.shown === '13'")
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
    assert card.locator("a.source-link").count() == 0  # javascript: URL is not linked
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
