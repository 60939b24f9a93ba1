"""Build the feed and WARC test files of tests/data/ingest/ from the saved pages.

    .venv/bin/python scripts/make_ingest_fixtures.py

Writes, deterministically (fixed dates, record ids derived from the URLs):

* ``feed.rss``: RSS 2.0, one item per clean page, the article as ``content:encoded``
  (the page's main text as HTML, cut out by trafilatura, headline removed), plus one
  item with neither content nor description; the Politico item is dated 23:30 in
  New York (the next day in UTC) to check that an item keeps its own day;
* ``feed.atom``: RFC 4287 Atom, two pages as ``<content type="html">``;
* ``crawl.warc.gz``: WARC/1.0 with a request and a response record per page (the
  HTTP header declares ISO-8859-1, which the UTF-8 pages are not), a robots.txt
  response and a redirect, which are not articles.

The title, link and date of each item are those of tests/data/ingest/pages.yaml.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from datetime import UTC, date
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "ingest"
RSS_PAGES = [
    "politico.com.retirement.html",
    "japantimes.co.jp.surgical.html",
    "nature.com.telescope.html",
    "salon.com.emissions.html",
]
ATOM_PAGES = ["wikimediafoundation.org.turkey.html", "world.kbs.co.kr-Temperatures.html"]
CRAWL_DATE = "2024-01-15T10:00:00Z"


def _pages() -> dict[str, dict[str, object]]:
    loaded: dict[str, dict[str, object]] = yaml.safe_load((DATA / "pages.yaml").read_text("utf-8"))
    return loaded


def _article_html(name: str) -> str:
    from lxml import html as lxml_html
    from trafilatura import extract

    page = (DATA / "pages" / name).read_text("utf-8")
    out = extract(page, output_format="html", include_comments=False, include_tables=False)
    assert out, name
    tree = lxml_html.fromstring(out)
    for heading in tree.xpath("//h1"):
        heading.getparent().remove(heading)
    body = tree.find("body")
    assert body is not None
    return "".join(lxml_html.tostring(child, encoding="unicode") for child in body)


def _pub_date(name: str, day: date) -> str:
    from datetime import datetime, timedelta, timezone

    if name.startswith("politico"):
        zone = timezone(timedelta(hours=-5))  # New York in winter
        return format_datetime(datetime(day.year, day.month, day.day, 23, 30, tzinfo=zone))
    return format_datetime(datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC))


def build_rss() -> str:
    pages = _pages()
    items = []
    for name in RSS_PAGES:
        meta = pages[name]
        published = meta["published"]
        assert isinstance(published, date)
        items.append(
            "    <item>\n"
            f"      <title>{escape(str(meta['title']))}</title>\n"
            f"      <link>{escape(str(meta['url']))}</link>\n"
            f"      <pubDate>{_pub_date(name, published)}</pubDate>\n"
            f"      <content:encoded><![CDATA[{_article_html(name)}]]></content:encoded>\n"
            "    </item>\n"
        )
    items.append(
        "    <item>\n"
        "      <title>Photo gallery: the week in pictures</title>\n"
        "      <link>https://news.example.org/gallery/week-in-pictures</link>\n"
        "      <pubDate>Fri, 10 Jan 2020 12:00:00 +0000</pubDate>\n"
        "    </item>\n"
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        "  <channel>\n"
        "    <title>Test wire: saved pages</title>\n"
        "    <link>https://news.example.org/</link>\n"
        "    <description>Real pages of tests/data/ingest/pages, as feed items</description>\n"
        + "".join(items)
        + "  </channel>\n</rss>\n"
    )


def build_atom() -> str:
    pages = _pages()
    entries = []
    for name in ATOM_PAGES:
        meta = pages[name]
        entries.append(
            "  <entry>\n"
            f"    <title>{escape(str(meta['title']))}</title>\n"
            f'    <link href="{escape(str(meta["url"]))}"/>\n'
            f"    <id>{escape(str(meta['url']))}</id>\n"
            f"    <published>{meta['published']}T09:00:00Z</published>\n"
            f"    <updated>{meta['published']}T09:00:00Z</updated>\n"
            f'    <content type="html">{escape(_article_html(name))}</content>\n'
            "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "  <title>Test agency: saved pages</title>\n"
        "  <id>https://agency.example.org/feed</id>\n"
        "  <updated>2024-01-15T10:00:00Z</updated>\n" + "".join(entries) + "</feed>\n"
    )


def _record_id(url: str, kind: str) -> str:
    digest = hashlib.sha256(f"{kind} {url}".encode()).digest()[:16]
    return f"<urn:uuid:{uuid.UUID(bytes=digest)}>"


def build_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    pages = _pages()

    def write(kind: str, url: str, payload: bytes, http: StatusAndHeaders) -> None:
        record = writer.create_warc_record(
            url,
            kind,
            payload=io.BytesIO(payload),
            http_headers=http,
            warc_headers_dict={"WARC-Date": CRAWL_DATE, "WARC-Record-ID": _record_id(url, kind)},
        )
        writer.write_record(record)

    robots = "https://news.example.org/robots.txt"
    write(
        "response",
        robots,
        b"User-agent: *\nDisallow:\n",
        StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1"),
    )
    for name in sorted(pages):
        url = str(pages[name]["url"])
        host = url.split("/")[2]
        write(
            "request",
            url,
            b"",
            StatusAndHeaders(
                f"GET /{url.split('/', 3)[3]} HTTP/1.1", [("Host", host)], is_http_request=True
            ),
        )
        body = (DATA / "pages" / name).read_bytes()
        write(
            "response",
            url,
            body,
            StatusAndHeaders(
                "200 OK",
                [
                    ("Content-Type", "text/html; charset=ISO-8859-1"),
                    ("Content-Length", str(len(body))),
                ],
                protocol="HTTP/1.1",
            ),
        )
    write(
        "response",
        "https://news.example.org/old-address",
        b"",
        StatusAndHeaders(
            "301 Moved Permanently",
            [("Location", "https://news.example.org/"), ("Content-Type", "text/html")],
            protocol="HTTP/1.1",
        ),
    )
    return buffer.getvalue()


def main() -> None:
    (DATA / "feed.rss").write_text(build_rss(), encoding="utf-8")
    (DATA / "feed.atom").write_text(build_atom(), encoding="utf-8")
    (DATA / "crawl.warc.gz").write_bytes(build_warc())
    for name in ("feed.rss", "feed.atom", "crawl.warc.gz"):
        print(f"wrote {DATA / name} ({(DATA / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
