"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``): one article per item.

Read with **feedparser** (RSS 0.9x/1.0/2.0, RFC 4287 Atom). Each item gives
its link (the URL), title, author and date; the text is the item's full
content (``content:encoded`` in RSS, ``<content>`` in Atom), else its
summary, turned into paragraphs by trafilatura. The feed's own title is the
outlet. The date is the item's ``published`` (else ``updated``) in its own
time zone, so an item posted at 23:30 in New York keeps its New York day
(``published_source: feed``).

A feed that is not well-formed XML is skipped whole: a parser that recovers
what it can would ingest half an item as if it were the article.
"""

from __future__ import annotations

import html as html_lib
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ..urls import safe_url
from .article import Article, Skipped
from .html import InputError, read_limited, text_of_fragment

__all__ = ["read_feed"]


def _item_date(entry: Any) -> date | None:
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()  # RSS: RFC 822 dates
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # Atom: RFC 3339
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _content(entry: Any) -> str | None:
    for block in entry.get("content") or []:
        value = block.get("value")
        if value and value.strip():
            if "html" in (block.get("type") or "html"):
                return str(value)
            return "".join(f"<p>{html_lib.escape(p)}</p>" for p in value.splitlines())
    summary = entry.get("summary")
    return str(summary) if summary and summary.strip() else None


def read_feed(path: Path) -> list[Article | Skipped]:
    """One :class:`Article` per feed item, or a :class:`Skipped` saying why not."""
    import feedparser

    parsed = feedparser.parse(read_limited(path))
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, feedparser.CharacterEncodingOverride):
        line = getattr(problem, "getLineNumber", lambda: None)()
        where = f"{path}:{line}" if line else str(path)
        raise InputError(f"{where}: is not a well-formed RSS or Atom feed ({problem}); not read")
    if not parsed.get("version"):
        raise InputError(f"{path}: is not an RSS or Atom feed")
    outlet = parsed.feed.get("title") or None
    out: list[Article | Skipped] = []
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{path} item {number}"
        title = " ".join((entry.get("title") or "").split()) or None
        link = safe_url(entry.get("link"))  # metadata.yaml accepts only http(s) URLs
        content = _content(entry)
        if content is None:
            out.append(
                Skipped(f"{where}: the item has no text (no content or summary)", link, title)
            )
            continue
        try:
            paragraphs = text_of_fragment(content, title, where)
        except InputError as exc:
            out.append(Skipped(str(exc), link, title))
            continue
        published = _item_date(entry)
        out.append(
            Article(
                ingested_from=str(path),
                paragraphs=paragraphs,
                title=title,
                url=link,
                outlet=outlet,
                author=entry.get("author") or None,
                published=published,
                published_source="feed" if published else None,
                note=None
                if link
                else f"{where}: the item has no http(s) link; added without a URL",
            )
        )
    return out
