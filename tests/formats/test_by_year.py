"""A large timeline's page and TimelineJS, written a file per year.

The size from which they split is lowered (``by_year.BY_YEAR_FROM``) so the
fixture's events, repeated, are written by year: every page is valid HTML whose
links lead to files that exist (a test walks them from ``timeline.html``), the
year pages together hold every event once, in the whole page's order, the entry
files the newest events, and the files are the same bytes from one process and
from two. Below the size, and outside a build, the page stays one file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline
from timeline.formats import by_year, render, write

TODAY = date(2026, 11, 23)
NEWEST = 5

#: Elements without an end tag (HTML Living Standard, "void elements").
_VOID = {"meta", "link", "br", "img", "input", "hr", "col", "area", "base", "source", "wbr"}


class _Checked(HTMLParser):
    """Elements closed in the order they were opened, the links, the data blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.links: list[str] = []
        self.blocks: dict[str, str] = {}
        self._block: str | None = None
        self.doctype = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "script" and found.get("id"):
            self._block = str(found["id"])
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()
        self._block = None

    def handle_data(self, data: str) -> None:
        if self._block is not None:
            self.blocks[self._block] = self.blocks.get(self._block, "") + data


def _page(path: Path) -> _Checked:
    checked = _Checked()
    checked.feed(path.read_text(encoding="utf-8"))
    checked.close()
    assert checked.doctype and not checked.open, path
    return checked


@pytest.fixture
def large(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    monkeypatch: pytest.MonkeyPatch,
) -> Timeline:
    """The fixture repeated, written by year from its size, the newest 5 in the entry files."""
    timeline = repeat_timeline(fixture_timeline, 3)
    monkeypatch.setattr(by_year, "BY_YEAR_FROM", len(timeline))
    monkeypatch.setattr(by_year, "NEWEST", NEWEST)
    return timeline


def test_every_page_is_valid_and_every_link_leads_to_a_file(
    large: Timeline, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    write(large, folder, today=TODAY)
    seen: set[Path] = set()
    todo = [folder / "timeline.html"]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        page = _page(path)
        data = json.loads(page.blocks["timeline-data"])
        jsonld = json.loads(page.blocks["timeline-jsonld"])
        assert jsonld["numberOfItems"] == len(data["events"]) == len(jsonld["itemListElement"])
        assert [i["item"]["@id"] for i in jsonld["itemListElement"]] == [
            f"#{e['id']}" for e in data["events"]
        ]
        for link in page.links:
            if re.match(r"https?:", link) or link.startswith("#"):
                continue
            target = (path.parent / link).resolve()
            assert target.is_file(), f"{path.name}: {link}"
            if target.suffix == ".html":
                todo.append(target)
    pages = {p.relative_to(folder).as_posix() for p in seen}
    years = sorted({str(e.date.start.year) for e in large.events})
    assert pages == {"timeline.html", *(f"timeline/{year}.html" for year in years)}


def test_the_year_pages_hold_every_event_once_and_the_entry_the_newest(
    large: Timeline, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    write(large, folder, ["html", "timelinejs"], today=TODAY)
    ids = [e.id for e in large.events]

    def page_ids(path: Path) -> list[str]:
        return [e["id"] for e in json.loads(_page(path).blocks["timeline-data"])["events"]]

    def slide_ids(path: Path) -> list[str]:
        return [s["unique_id"] for s in json.loads(path.read_text("utf-8"))["events"]]

    for ids_of, entry, folder_name in (
        (page_ids, "timeline.html", "timeline"),
        (slide_ids, "timelinejs.json", "timelinejs"),
    ):
        parts = sorted((folder / folder_name).iterdir())
        assert [i for part in parts for i in ids_of(part)] == ids
        for part in parts:
            assert {str(e.date.start.year) for e in large.events if e.id in ids_of(part)} == {
                part.stem
            }
        assert ids_of(folder / entry) == ids[-NEWEST:]
    title = json.loads((folder / "timelinejs.json").read_text("utf-8"))["title"]["text"]["text"]
    assert f"newest {NEWEST} of the {len(ids)} events" in title


def test_one_process_and_two_write_the_same_files(large: Timeline, tmp_path: Path) -> None:
    def files(jobs: int) -> dict[str, bytes]:
        folder = tmp_path / f"jobs{jobs}"
        write(large, folder, today=TODAY, index=tmp_path / f"spans{jobs}.sqlite", jobs=jobs)
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    one, two = files(1), files(2)
    assert "timeline/2022.html" in one and "timelinejs/2022.json" in one
    assert one == two


def test_below_the_size_and_outside_a_build_the_page_is_one_file(
    large: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeline export html -o page.html` (``render``) keeps every event in one page, and a
    build below the size removes the pages per year a larger one wrote."""
    whole = render("html", large).decode("utf-8")
    assert all(f'"id":"{e.id}"' in whole for e in large.events)
    folder = tmp_path / "exports"
    write(large, folder, ["html", "timelinejs"], today=TODAY)
    assert (folder / "timeline").is_dir()
    monkeypatch.setattr(by_year, "BY_YEAR_FROM", len(large) + 1)
    write(large, folder, ["html", "timelinejs"], today=TODAY)
    assert not list((folder / "timeline").iterdir()) and not list((folder / "timelinejs").iterdir())
    assert (folder / "timeline.html").read_text("utf-8") == whole


@pytest.mark.browser
def test_a_year_page_and_the_entry_page_work_in_a_browser(
    large: Timeline, tmp_path: Path, browser: Any
) -> None:
    """From ``file://``: the entry page shows the newest events and links to a year's
    page, which shows that year's events, with no script error and no other request."""
    folder = tmp_path / "exports"
    write(large, folder, today=TODAY)
    year = "2022"
    in_year = sum(1 for e in large.events if str(e.date.start.year) == year)
    context = browser.new_context(viewport={"width": 1100, "height": 1300})
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto((folder / "timeline.html").as_uri())
        page.wait_for_selector("body[data-ready=true]")
        assert page.locator("#shown-count").inner_text() == str(NEWEST)
        page.locator(f'#parts a[href="timeline/{year}.html"]').click()
        page.wait_for_selector("body[data-ready=true]")
        assert page.url.endswith(f"/timeline/{year}.html")
        assert page.locator("#shown-count").inner_text() == str(in_year)
        assert page.locator("article.event").count() == in_year
    finally:
        context.close()
    assert not errors
    assert all(url.startswith("file://") for url in requests)
