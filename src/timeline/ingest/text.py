"""Plain text articles (``.txt``): kept exactly as they are.

A text file is already in a layout the corpus reader reads (``docs/corpus.md``);
ingesting it copies its exact text (events quote it by character offsets), and
takes the title, date and outlet the reader finds in it for the report.
"""

from __future__ import annotations

from pathlib import Path

from ..corpus import read_document
from ..errors import CorpusError
from .article import Article
from .html import InputError, read_limited

__all__ = ["read_text_article"]


def read_text_article(path: Path) -> list[Article]:
    """The one article of a UTF-8 text file."""
    read_limited(path)  # the size limit and a clear message for a missing file
    try:
        doc = read_document(path, overrides={})
    except CorpusError as exc:
        raise InputError(str(exc)) from None
    return [
        Article(
            ingested_from=str(path),
            title=doc.title,
            outlet=doc.outlet,
            author=doc.author,
            published=None if doc.published_inferred else doc.published,
            raw_text=doc.text,
        )
    ]
