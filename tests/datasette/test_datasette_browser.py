"""A real browser against a real `timeline serve`: events table, an event's page, the map.

Headless Debian Chromium through Playwright. Every request that leaves
127.0.0.1 is aborted, as it would fail in CI anyway: the map's tiles do not
load, and the markers (drawn by Leaflet from our rows) must still be there.
Screenshots go to test-artifacts/datasette/; with UPDATE_DOCS_SCREENSHOTS=1
they are also copied to docs/img/ for docs/datasette.md.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "datasette"
DOCS_IMG = ROOT / "docs" / "img"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_for(url: str, process: subprocess.Popen[bytes], timeout: float = 120) -> None:
    """Wait until the server answers ``url``: a readiness wait, not a speed test.

    Datasette's import alone takes 2.6 s of CPU; on a CI machine whose two cores
    run other suites the server took over 30 s to answer, so the wait is long
    (it returns as soon as the server is up; start-up speed is bench_startup.py's).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            out = process.stdout.read().decode() if process.stdout else ""
            raise AssertionError(f"timeline serve exited with {process.returncode}:\n{out}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"timeline serve did not answer {url} within {timeout}s")


@pytest.fixture(scope="module")
def server(db_path: Path) -> Iterator[str]:
    """`timeline serve` on a free port of 127.0.0.1, stopped after the tests."""
    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-c", "from timeline.cli import main; main()", "serve"),
            *("--db", str(db_path), "--port", str(port)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=db_path.parent,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/-/versions.json", process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    output = process.stdout.read().decode() if process.stdout else ""
    assert f"Serving {db_path} at http://127.0.0.1:{port}/" in output


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    def offline(route: Any) -> None:
        if route.request.url.startswith(server):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", offline)
    yield page
    context.close()


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 20_000, f"{name}.png looks blank"
    if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1":
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, DOCS_IMG / f"datasette-{name}.png")
    return path


def test_index_page(page: Any, server: str) -> None:
    page.goto(f"{server}/")
    assert page.locator(".timeline-explore dt a").count() == 6
    assert page.locator("input.timeline-feed-url").first.input_value() == (
        f"{server}/-/calendars/timeline.ics"
    )
    screenshot(page, "index")


def test_events_table(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline/events")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 8
    assert page.locator("input[name=_search]").count() == 1
    facets = page.locator(".facet-info").all_inner_texts()
    assert any(text.startswith("kind") for text in facets)
    assert any(text.startswith("country_names") for text in facets)
    assert "Türkiye" in " ".join(facets)  # the country facet reads as names
    assert page.locator("table.timeline-reading thead th").all_inner_texts() == [
        "Date",
        "Kind",
        "Event",
        "Who",
        "Where",
        "Status",
    ]
    first = rows.first.inner_text()
    assert "Erdoğan's official visit to Uzbekistan" in first
    assert "Türkiye" in first  # participants read as names
    screenshot(page, "events")


def test_search(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline/events")
    page.fill("input[name=_search]", "Samarkand")
    page.keyboard.press("Enter")
    page.wait_for_url("**_search=Samarkand**")
    assert page.locator("table.rows-and-columns tbody tr").count() == 2


def test_event_row_page(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline/events/2022-11-11-signing-ots")
    assert page.locator("h2", has_text="Sources").count() == 1
    quote = page.locator(".timeline-quote blockquote").first.inner_text()
    assert "during the Samarkand Summit of the Organization of Turkic States" in quote
    assert page.locator("a", has_text="Organization of Turkic States").count() >= 1
    screenshot(page, "event")


def test_map_page_draws_markers_offline(page: Any, server: str) -> None:
    page.goto(f"{server}/timeline/events_map")
    markers = page.locator(".leaflet-marker-icon")
    markers.first.wait_for(state="visible", timeout=15_000)
    # four events at three places: Samarkand, Bishkek and Tashkent (clustered or not)
    assert markers.count() >= 2
    container = page.locator(".leaflet-container")
    assert container.count() == 1
    container.scroll_into_view_if_needed()
    page.mouse.wheel(0, -120)
    screenshot(page, "map")


def test_calendars_page(page: Any, server: str) -> None:
    page.goto(f"{server}/-/calendars")
    urls = page.locator("code.timeline-feed-url")
    assert urls.count() >= 10
    first = urls.first.inner_text()
    assert first == f"{server}/-/calendars/timeline.ics"  # the whole URL, not cut
    with urllib.request.urlopen(first) as response:
        assert response.headers["content-type"] == "text/calendar; charset=utf-8"
        assert response.read().startswith(b"BEGIN:VCALENDAR\r\n")
    # the Copy button puts the full URL on the clipboard
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    button = page.locator("button.timeline-copy").nth(1)
    button.click()
    page.wait_for_function("b => b.textContent === 'Copied'", arg=button.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == urls.nth(1).inner_text()
    # the text every feed shares is said once, not once per feed
    assert page.content().count("each event quotes the text that reports it") == 1
    screenshot(page, "calendars")


def test_calendars_page_on_a_phone(browser: Any, server: str) -> None:
    """At 390 px nothing is wider than the screen and every URL is shown whole."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    try:
        phone.goto(f"{server}/-/calendars")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        for code in phone.locator("code.timeline-feed-url").all():
            box = code.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
            assert code.inner_text().startswith(f"{server}/-/calendars/")
        screenshot(phone, "calendars-phone")
    finally:
        context.close()
