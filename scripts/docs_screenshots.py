"""Screenshots of `timeline serve` and the timeline page on the bundled data, for the docs.

    .venv/bin/python scripts/docs_screenshots.py   # docs/img/datasette-*.png, timeline-page-*.png

Builds the database from events/ and corpus/ into a temporary folder, serves it
with `timeline serve` on a free loopback port, and photographs five pages in
Debian's Chromium (the same browser and flags as the tests). Every request
that leaves 127.0.0.1 is refused, as on a machine without network: map tiles
stay grey, markers still show.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from playwright.sync_api import Route, sync_playwright

from timeline import build, load_events
from timeline.formats.registry import write

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: The address the screenshots show for feed URLs (``timeline serve --base-url``).
PUBLIC_URL = "https://timeline.example.org/"
PAGES = {
    "index": "/",
    "events": "/timeline/events",
    "event": "/timeline/events/2022-11-11-signing-ots",
    "map": "/timeline/events_map",
    "calendars": "/-/calendars",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _timeline_page(browser: Any, tmp: Path) -> None:
    """exports/timeline.html at 1,280 px (a search and two countries) and on a 390 px phone."""
    page_file = tmp / "exports" / "timeline.html"
    write(load_events(ROOT / "events"), tmp / "exports", ["html"])
    desktop = browser.new_page(viewport={"width": 1280, "height": 900})
    desktop.goto(page_file.as_uri() + "#country=KZ,UZ&text=summit")
    desktop.wait_for_selector("body[data-ready=true]")
    desktop.screenshot(path=str(OUT / "timeline-page.png"))
    print(OUT / "timeline-page.png")
    phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone.goto(page_file.as_uri())
    phone.wait_for_selector("body[data-ready=true]")
    phone.screenshot(path=str(OUT / "timeline-page-phone.png"))
    print(OUT / "timeline-page-phone.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "timeline.db"
        build(ROOT / "events", ROOT / "corpus", db, exports_dir=Path(tmp) / "exports")
        port = _free_port()
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "timeline"),
                "serve",
                "--db",
                str(db),
                "--port",
                str(port),
                "--base-url",  # the public address the feed URLs name, as deployed
                PUBLIC_URL,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    urllib.request.urlopen(base + "/", timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)

            def offline(route: Route) -> None:
                if route.request.url.startswith(base):
                    route.continue_()
                else:
                    route.abort()

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.route("**/*", offline)
                OUT.mkdir(parents=True, exist_ok=True)
                for name, path in PAGES.items():
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    if name == "map":
                        marker = page.locator(".leaflet-marker-icon").first
                        marker.wait_for(timeout=15_000)
                        marker.click()  # the popup: title, date, kind, place, link
                        page.locator(".leaflet-popup-content a").first.wait_for(timeout=5_000)
                    page.screenshot(
                        path=str(OUT / f"datasette-{name}.png"), full_page=name == "map"
                    )
                    print(OUT / f"datasette-{name}.png")
                phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
                phone.route("**/*", offline)
                for name in ("events", "calendars"):
                    phone.goto(base + PAGES[name])
                    phone.wait_for_load_state("networkidle")
                    phone.screenshot(path=str(OUT / f"datasette-{name}-phone.png"))
                    print(OUT / f"datasette-{name}-phone.png")
                _timeline_page(browser, Path(tmp))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
