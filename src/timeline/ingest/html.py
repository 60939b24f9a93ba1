"""HTML pages (``.html``, ``.htm``): the article text and its metadata.

The work is done by the libraries this field maintains, not by rules of ours:

* **charset-normalizer** decodes a page that is not UTF-8, whatever its
  ``<meta charset>`` claims (pages lie: a Windows-1252 page declaring UTF-8 is
  common). Bytes that are valid UTF-8 are read as UTF-8; anything else is
  detected from the bytes.
* **trafilatura** finds the main text without navigation, cookie banners,
  teasers and comments, and the metadata: title, author, site name (the
  outlet) and canonical URL. Widget areas are pruned from the page first
  (:func:`timeline.ingest.boilerplate.prune_widgets`).
* **htmldate** finds the publication date, first in the page's markup only
  (``published_source: html-markup``), then after a publication label in the
  text (``html-label``), then anywhere (``html-text``):
  :mod:`timeline.ingest.page`, which also reads the address from the
  canonical link, ``og:url`` or JSON-LD when trafilatura finds none.

Afterwards the corpus reader's own chrome rules and the boilerplate line
classes of :mod:`timeline.ingest.boilerplate` drop what is not article text
(:func:`timeline.ingest.article.paragraphs_of`). The page is parsed once
(trafilatura's ``load_html``); its facts are read before extraction prunes it.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from lxml.html import HtmlElement

from ..errors import CorpusError
from ..urls import safe_url
from .article import Article, paragraphs_of
from .boilerplate import prune_widgets
from .page import missing_url_reason, page_facts, published

__all__ = [
    "MAX_PAGE_BYTES",
    "MIN_ARTICLE_CHARS",
    "InputError",
    "article_from_html",
    "article_paragraphs",
    "decode_html",
    "read_html",
    "read_limited",
    "text_of_fragment",
]

#: A news page is well under this; a bigger file is not one page (or is an attack).
MAX_PAGE_BYTES = 10 * 1024 * 1024
#: Less text than this is no article: an empty page, or a paywall's teaser.
MIN_ARTICLE_CHARS = 300
_LOOKS_LIKE_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|p|div|article|title)\b", re.I)
_SNIFF_BYTES = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class InputError(CorpusError):
    """An input file (or an item of it) that gives no article; the message names it."""


def read_limited(path: Path, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The bytes of ``path``, refusing a file over ``limit`` before reading it."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"{path}: is {size / 1024 / 1024:.1f} MB, more than the "
                f"{limit // 1024 // 1024} MB a news page can be; not read"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc


def decode_html(raw: bytes, where: str) -> str:
    """The text of an HTML page: UTF-8 when the bytes are UTF-8, else detected.

    Raises :class:`InputError` when the bytes are no HTML text at all (an
    image or a PDF saved as ``.html``).
    """
    head = raw[:_SNIFF_BYTES]
    if b"\x00" in head or not _LOOKS_LIKE_HTML.search(head):
        raise InputError(f"{where}: is not an HTML page (no HTML markup in its first bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        raise InputError(f"{where}: is not HTML text (no character encoding fits its bytes)")
    best = min(m.chaos for m in matches)
    fitting = [m for m in matches if m.chaos <= best]
    # Few non-ASCII bytes fit many single-byte encodings equally well; then the
    # page's own declaration, and else windows-1252 (the web's legacy default in
    # the WHATWG Encoding Standard), decide among those that fit best.
    for wanted in (_declared(head), "cp1252"):
        for match in fitting:
            if wanted and codecs.lookup(match.encoding).name == wanted:
                return str(match)
    return str(fitting[0])


def _declared(head: bytes) -> str | None:
    """The codec name of the page's ``<meta charset>``, if Python knows it."""
    found = _META_CHARSET.search(head)
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _extract(
    html: str | HtmlElement, *, url: str | None, with_metadata: bool, recall: bool = False
) -> Any:
    from trafilatura import bare_extraction

    return bare_extraction(
        html,
        url=url,
        with_metadata=with_metadata,
        include_comments=False,
        include_tables=False,
        favor_recall=recall,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def article_paragraphs(text: str, title: str | None, where: str) -> tuple[str, ...]:
    """The cleaned paragraphs of extracted text; :class:`InputError` if too little is left."""
    paragraphs = paragraphs_of(text, title)
    if sum(len(p) for p in paragraphs) < MIN_ARTICLE_CHARS:
        raise InputError(
            f"{where}: no article text (an empty page, or one behind a paywall or a "
            "consent wall): nothing to ingest"
        )
    return paragraphs


def text_of_fragment(html: str, title: str | None, where: str) -> tuple[str, ...]:
    """The paragraphs of an HTML fragment (a feed item's content), no metadata.

    The fragment is the article already: it is wrapped in ``<article>`` and
    read with recall favoured, so its sub-headings stay.
    """
    page = f"<html><body><article>{html}</article></body></html>"
    doc = _extract(page, url=None, with_metadata=False, recall=True)
    return article_paragraphs(getattr(doc, "text", None) or "", title, where)


def _without_outlet(title: str | None, outlet: str | None) -> str | None:
    """``Losing face: ... | The Japan Times`` -> ``Losing face: ...``: that is the outlet."""
    if title and outlet:
        for separator in (" | ", " - ", " – ", " — "):
            if title.endswith(separator + outlet):
                return title[: -len(separator + outlet)].strip() or title
    return title


def article_from_html(html: str, *, where: str, url: str | None = None) -> Article:
    """The article of one decoded HTML page (or feed item body).

    ``url`` is where the page came from (a WARC record's target URI, a feed
    item's link): it wins over the canonical URL the page states. Raises
    :class:`InputError` when the page holds no article text.
    """
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise InputError(f"{where}: is not an HTML page (it cannot be parsed)")
    facts = page_facts(tree)  # before trafilatura prunes the tree
    prune_widgets(tree)
    doc = _extract(tree, url=url, with_metadata=True)
    title = " ".join((getattr(doc, "title", None) or "").split()) or None
    paragraphs = article_paragraphs(getattr(doc, "text", None) or "", title, where)
    outlet = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    title = _without_outlet(title, outlet)
    page_url = safe_url(url) or safe_url(getattr(doc, "url", None)) or facts.url
    found, source = published(facts, getattr(doc, "date", None), html, page_url)
    return Article(
        ingested_from=where,
        paragraphs=paragraphs,
        title=title,
        url=page_url,
        outlet=outlet,
        author=getattr(doc, "author", None),
        published=found,
        published_source=source,
        note=None if page_url else missing_url_reason(),
    )


def read_html(path: Path) -> list[Article]:
    """The one article of an HTML file."""
    where = str(path)
    return [article_from_html(decode_html(read_limited(path), where), where=where)]
