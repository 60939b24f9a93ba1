"""Web archives (``.warc``, ``.warc.gz``): every HTML page a crawl saved.

Read with **warcio** (the WARC 1.0/1.1 format of news crawls such as Common
Crawl's). Each ``response`` record with status 200 and an HTML content type
is one page, read like a ``.html`` file (:mod:`timeline.ingest.html`); its
URL is the record's ``WARC-Target-URI``. Other records (requests, metadata,
images, redirects) are not articles and are passed over silently.

A record cut short (a crawl stopped mid-write, a file cut on copy) is skipped
with its number and URL, and the records before it are kept.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from .article import Article, Skipped
from .html import MAX_PAGE_BYTES, InputError, article_from_html, decode_html

__all__ = ["read_warc"]


def _is_html_page(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if getattr(record, "rec_type", None) != "response" or headers is None:
        return False
    status = headers.get_statuscode()
    content_type = (headers.get_header("Content-Type") or "").lower()
    return bool(status == "200" and ("html" in content_type or not content_type))


def read_warc(path: Path) -> list[Article | Skipped]:
    """One :class:`Article` per HTML response record, or a :class:`Skipped` saying why not."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    out: list[Article | Skipped] = []
    number = 0
    url: str | None = None
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                if record.format != "warc":
                    raise InputError(f"{path}: is not a WARC file (no WARC/1.x record header)")
                if not _is_html_page(record):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path} record {number}"
                declared = int(record.rec_headers.get_header("Content-Length") or 0)
                if declared > MAX_PAGE_BYTES:
                    out.append(Skipped(f"{where}: a page of {declared} bytes; not read", url))
                    continue
                raw = record.content_stream().read(MAX_PAGE_BYTES + 1)
                if record.length is not None and record.raw_stream.limit > 0:
                    out.append(Skipped(f"{where} ({url}): the record is truncated", url))
                    break
                try:
                    html = decode_html(raw, where)
                    out.append(article_from_html(html, where=str(path), url=url))
                except InputError as exc:
                    out.append(Skipped(str(exc), url))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        if number == 0 and not out:
            raise InputError(f"{path}: is not a WARC file ({exc}); not read") from None
        out.append(Skipped(f"{path} record {number + 1}: truncated or damaged ({exc})", url))
    if number == 0:
        raise InputError(f"{path}: is not a WARC file (no WARC record in it); not read")
    return out
