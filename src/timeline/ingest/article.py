"""One article as ingest finds it, whatever it came from, and its text file.

Every source kind (HTML page, feed item, WARC record, text file) becomes an
:class:`Article`; :meth:`Article.file_text` lays it out the way the corpus
reader reads it (``docs/corpus.md``)::

    Headline
    date 2022-05-11

    First paragraph.

    Second paragraph.

The ``date`` line is left out when no publication date is known: the reader
then infers one from the text and marks it as inferred. A plain ``.txt``
article keeps its exact text (events quote it by character offsets).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from courlan import normalize_url

from ..corpus.layout import is_chrome, is_tail_stop, parse_layout
from .boilerplate import is_boilerplate

__all__ = ["Article", "Skipped", "article_id", "paragraphs_of", "text_key", "url_key"]

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
#: Words of a slug taken from a URL path or a headline.
_SLUG_WORDS = 8
_HASH_CHARS = 10


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input or an item of it that gave no article; ``reason`` names the file."""

    reason: str
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article found in an input file, with its provenance."""

    ingested_from: str
    paragraphs: tuple[str, ...] = ()
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    #: Where the date was found: ``feed``, ``html-markup``, ``html-label``, ``html-text``.
    published_source: str | None = None
    #: The exact text of a ``.txt`` article, kept byte for byte.
    raw_text: str | None = field(default=None, repr=False)
    #: What the report says of an added article: what its source lacks (no address).
    note: str | None = None

    def file_text(self) -> str:
        """The UTF-8 text file for the corpus: headline, ``date`` line, blank line, paragraphs."""
        if self.raw_text is not None:
            return self.raw_text
        head = [self.title] if self.title else []
        if self.published is not None:
            head.append(f"date {self.published.isoformat()}")
        return "\n".join(head) + ("\n\n" if head else "") + "\n\n".join(self.paragraphs) + "\n"


def paragraphs_of(text: str, title: str | None = None) -> tuple[str, ...]:
    """Clean extracted text into paragraphs: one per line, whitespace collapsed.

    Lines the corpus reader counts as site chrome (share bars, photo credits)
    are dropped, as is a line repeating the headline, and everything from a
    teaser marker (``Read also:``, ``Related``) on: the reader's own rules
    (:mod:`timeline.corpus.layout`), so the file holds no line it would skip.
    Teasers of other articles and page metadata lines (a citation, a date
    line) go too (:func:`timeline.ingest.boilerplate.is_boilerplate`).
    """
    out: list[str] = []
    for line in text.splitlines():
        clean = _SPACE.sub(" ", line).strip()
        if not clean:
            continue
        if is_tail_stop(clean):
            break
        if is_chrome(clean) or clean == title or is_boilerplate(clean):
            continue
        out.append(clean)
    return tuple(out)


def url_key(url: str) -> str:
    """The URL as compared for duplicates: scheme and host lower-cased, fragment dropped.

    The query stays (``news_view.htm?Seq_Code=181595`` names the article).
    """
    try:
        return normalize_url(url).split("#", 1)[0]
    except ValueError:
        return url.strip()


def text_key(file_text: str, title: str | None = None) -> str:
    """A digest of an article's body words, as the corpus reader sees the body.

    Case, punctuation, spacing and chrome do not count, so the same article
    saved twice (or ingested from a page and from a feed) has the same key.
    """
    layout = parse_layout(file_text, title)
    words = [w for s, e in layout.blocks for w in _WORD.findall(file_text[s:e].casefold())]
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def article_id(url: str | None, key: str, title: str | None) -> str:
    """A stable, readable document id: ``politico-com-mark-meadows-...-1f3a9c0b2e``.

    From the URL (host and last path segment, and a digest of the normalized
    URL) when there is one, else from the headline and a digest of the text.
    """
    from ..extract.document_phrases import slugify

    if url:
        parts = urlsplit(url)
        host = parts.hostname or ""
        host = host[4:] if host.startswith("www.") else host
        segments = [s for s in parts.path.split("/") if s]
        last = re.sub(r"\.[a-z0-9]{2,5}$", "", segments[-1]) if segments else ""
        slug = "-".join(p for p in (slugify(host, 4), slugify(last, _SLUG_WORDS)) if p)
        digest = hashlib.sha256(url_key(url).encode("utf-8")).hexdigest()
    else:
        slug = slugify(title or "", _SLUG_WORDS)
        digest = key
    return f"{slug or 'article'}-{digest[:_HASH_CHARS]}"
