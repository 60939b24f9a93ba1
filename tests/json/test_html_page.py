"""The static page exports/timeline.html, without a browser: inlined data, escaping, CSP."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Timeline
from timeline.formats import html_page as eh
from timeline.formats import timeline_json as ej
from timeline.formats import write as write_exports


class _Page(HTMLParser):
    """Collects every element, and the raw text of <script> and <style> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.raw: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.raw.append((self._open[0], self._open[1], data))
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def page_text(written_exports: Path) -> str:
    return (written_exports / "timeline.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(page_text: str) -> _Page:
    parser = _Page()
    parser.feed(page_text)
    parser.close()
    return parser


def _data_block(page: _Page, media_type: str = "application/json") -> str:
    blocks = [raw for tag, attrs, raw in page.raw if attrs.get("type") == media_type]
    assert len(blocks) == 1
    return blocks[0]


def test_inlined_data_is_the_json_export(page: _Page, fixture_timeline: Timeline) -> None:
    data = json.loads(_data_block(page))
    assert data == ej.to_json(fixture_timeline, title=ej.DEFAULT_TITLE)


def test_inlined_data_cannot_close_its_script(page: _Page, page_text: str) -> None:
    for media_type in ("application/json", "application/ld+json"):
        raw = _data_block(page, media_type)
        assert "<" not in raw and ">" not in raw and "&" not in raw
        assert "\u2028" not in raw and "\u2029" not in raw
    raw = _data_block(page)
    # Exactly three <script> elements: the data, the JSON-LD and our code, whatever the
    # titles hold.
    assert [tag for tag, _ in page.elements].count("script") == 3
    assert page_text.count("</script>") == 3
    assert "\\u003c/script\\u003e" in raw


def test_no_markup_from_the_data_reaches_the_page(page: _Page) -> None:
    tags = {tag for tag, _ in page.elements}
    assert "img" not in tags and "b" not in tags
    assert not any("onerror" in attrs for _, attrs in page.elements)


@pytest.mark.parametrize(
    "title", ['<script>alert("t")</script>', "{{js}} {{data}}", "A & B", "</title><b>x</b>"]
)
def test_title_is_escaped_and_never_expanded(fixture_timeline: Timeline, title: str) -> None:
    text = eh.render(fixture_timeline, title=title)
    parser = _Page()
    parser.feed(text)
    assert [tag for tag, _ in parser.elements].count("script") == 3
    assert "b" not in {tag for tag, _ in parser.elements}
    assert title in "".join(parser.text)
    assert json.loads(_data_block(parser))["title"] == title


def _csp(page: _Page) -> dict[str, list[str]]:
    metas = [a for tag, a in page.elements if tag == "meta" and a.get("http-equiv")]
    assert len(metas) == 1 and metas[0]["http-equiv"] == "Content-Security-Policy"
    policy: dict[str, list[str]] = {}
    for directive in (metas[0]["content"] or "").split(";"):
        name, *values = directive.split()
        policy[name] = values
    return policy


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_content_security_policy_allows_only_our_code(page: _Page) -> None:
    policy = _csp(page)
    assert policy["default-src"] == ["'none'"]
    code = [raw for tag, attrs, raw in page.raw if tag == "script" and "type" not in attrs]
    styles = [raw for tag, _, raw in page.raw if tag == "style"]
    assert policy["script-src"] == [_sha(code[0])]
    assert policy["style-src"] == [_sha(styles[0])]
    assert "'unsafe-inline'" not in json.dumps(policy)


def test_no_network_references(page_text: str) -> None:
    """Nothing is fetched: no src=, no stylesheet link, no remote URL outside the data."""
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)=", page_text)
    # The data blocks hold the sources' URLs and schema.org's vocabulary IRIs, never fetched.
    without_data = re.sub(
        r'<script type="application/(?:ld\+)?json".*?</script>', "", page_text, flags=re.S
    )
    assert "http://" not in without_data
    assert "https://" not in without_data.replace("https?:", "")


def test_filters_and_links_are_present(page: _Page) -> None:
    ids = {attrs.get("id") for _, attrs in page.elements}
    assert {"filter-country", "filter-kind", "filter-organization", "filter-status"} <= ids
    hrefs = {attrs.get("href") for tag, attrs in page.elements if tag == "a"}
    schema = f"schema/{ej.schema_filenames()[0]}"
    assert {"timeline.json", "timelinejs.json", schema} <= hrefs


def test_render_is_deterministic(fixture_timeline: Timeline, tmp_path: Path) -> None:
    shuffled = Timeline(list(reversed(fixture_timeline.events)), fixture_timeline.agreements)
    a = write_exports(fixture_timeline, tmp_path / "a", ["html"])[0].read_bytes()
    b = write_exports(shuffled, tmp_path / "b", ["html"])[0].read_bytes()
    assert a == b


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("</script>", "\\u003c/script\\u003e"),
        ("a & b", "a \\u0026 b"),
        ("\u2028", "\\u2028"),
        ("Türkiye", "Türkiye"),
    ],
)
def test_embed_json(value: str, expected: str) -> None:
    out = eh.embed_json({"v": value})
    assert out == '{"v":"' + expected + '"}'
    assert json.loads(out) == {"v": value}


def test_empty_timeline_page() -> None:
    text = eh.render(Timeline())
    data: dict[str, Any] = json.loads(_data_block(_parse(text)))
    assert data["events"] == []


def _parse(text: str) -> _Page:
    parser = _Page()
    parser.feed(text)
    parser.close()
    return parser


def test_schema_org_events_in_json_ld(page: _Page, fixture_timeline: Timeline) -> None:
    data = json.loads(_data_block(page, "application/ld+json"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "ItemList"
    items = [i["item"] for i in data["itemListElement"]]
    assert [i["@id"] for i in items] == [f"#{e.id}" for e in fixture_timeline]
    for item, event in zip(items, fixture_timeline, strict=True):
        assert item["@type"] == "Event"
        assert (item["name"], item["startDate"], item["endDate"]) == (
            event.title,
            event.date.start.isoformat(),
            event.date.end.isoformat(),
        )
        assert item["eventStatus"].startswith("https://schema.org/Event")
        if event.location is not None and event.location.latitude is not None:
            assert item["location"]["geo"]["latitude"] == event.location.latitude


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**62), 2**62) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_embed_json_writes_what_json_dumps_writes_escaped(value: Any) -> None:
    # the page's data block is written by orjson: it must equal the standard library's text
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    assert eh.embed_json(value) == text
