"""Boilerplate that survives main-text extraction, recognized as classes of lines.

trafilatura keeps the article and drops most of a page, but three kinds of
lines get through on real pages (``tests/data/ingest/pages.yaml``), and each
is recognized here by its shape, never by the site it comes from:

* **widget areas** (WordPress sidebars and footers: ``class="widget ..."``):
  removed from the parsed page before extraction (:func:`prune_widgets`, what
  trafilatura's ``prune_xpath`` option does with :data:`PRUNE_XPATHS`, but
  without evaluating ``normalize-space`` on every element of the page). The
  class token must be exactly ``widget``, so page builders that wrap the
  article itself in ``elementor-widget-container`` are not touched;
* **teasers** of other articles: a line cut with an ellipsis and followed by a
  "more" link (``... was David Granger.... more``), the link words listed in
  ``data/page_labels.yaml`` (:func:`is_teaser`);
* **page metadata lines**: a bibliographic citation of the article itself
  (``Nature 574, 16-17 (2019)``, ``doi:10.1038/...``) and a line that is a
  date with at most a label (``Latest update May 6th, 2022 12:49 AM``,
  ``May 06, 2022 News``), found with the project's temporal tagger, so every
  date format it reads is covered (:func:`is_metadata_line`). Neither is a
  sentence an event could be read from.

:func:`timeline.ingest.article.paragraphs_of` drops these lines beside the
corpus reader's own chrome rules.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from lxml.etree import XPath
from lxml.html import HtmlElement

__all__ = [
    "PRUNE_XPATHS",
    "is_boilerplate",
    "is_metadata_line",
    "is_teaser",
    "labels",
    "prune_widgets",
]

#: The widget areas, as an XPath for trafilatura's ``prune_xpath`` (documentation, tests).
PRUNE_XPATHS = ["//*[contains(concat(' ', normalize-space(@class), ' '), ' widget ')]"]
_MAYBE_WIDGETS = XPath("//*[contains(@class, 'widget')]")

#: A journal citation line: ``Nature 574, 16-17 (2019)``, ``Science 366, 1 (2019).``
_CITATION = re.compile(
    r"^[A-Z][\w&.'’ -]{0,60}? \d{1,5}, "  # journal and volume
    r"[A-Za-z]{0,4}\d+(?:[-–][A-Za-z]{0,4}\d+)? "  # pages or article number
    r"\((?:1[6-9]|20)\d\d\)\.?$"  # (year)
)
#: A DOI alone on a line: ``doi:10.1038/d41586-019-02790-3``, ``https://doi.org/10.1038/x``.
_DOI = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+$", re.IGNORECASE)
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*(?P<link>[^.…]{0,40})$")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)]*$")
#: The longest line that can be page metadata (a dateline, an update line).
_METADATA_LINE_MAX = 80
#: Words besides a date that a metadata line may hold ("Latest update", "News").
_METADATA_WORDS_MAX = 3
#: Any reference date works: only whole dates written out (a day) are used.
_ANY_DAY = date(2000, 1, 1)


@cache
def labels() -> dict[str, tuple[str, ...]]:
    """``data/page_labels.yaml``: ``published`` and ``read_more`` label lists."""
    from ..gazetteer.codes import read_data

    data = read_data("page_labels.yaml")
    return {key: tuple(str(v).casefold() for v in values) for key, values in data.items()}


def prune_widgets(tree: HtmlElement) -> None:
    """Remove the elements whose class has the token ``widget``, keeping the text after each."""
    for element in _MAYBE_WIDGETS(tree):
        if "widget" in (element.get("class") or "").split() and element.getparent() is not None:
            element.drop_tree()


def is_teaser(line: str) -> bool:
    """A teaser of another article: cut with an ellipsis, then a "more" link."""
    found = _ELLIPSIS.search(line)
    if found is None:
        return False
    link = " ".join(_WORD.findall(found.group("link"))).casefold()
    return link in labels()["read_more"]


def _is_citation(line: str) -> bool:
    return bool(_CITATION.match(line) or _DOI.match(line))


def _is_date_line(line: str) -> bool:
    """A whole date written out, with at most a short label and a time, and no sentence."""
    if len(line) > _METADATA_LINE_MAX or _SENTENCE_END.search(line):
        return False
    if not any(c.isdigit() for c in line):
        return False
    from ..temporal import tag

    found = tag(line, _ANY_DAY)
    if not any(t.type == "DATE" and len(t.value) == len("2022-05-06") for t in found):
        return False
    rest = line
    for timex in sorted(found, key=lambda t: t.start, reverse=True):
        rest = rest[: timex.start] + " " + rest[timex.end :]
    words = [w for w in _WORD.findall(rest) if w.casefold() not in {"am", "pm"}]
    return len(words) <= _METADATA_WORDS_MAX


def is_metadata_line(line: str) -> bool:
    """A citation of the article or a date line: page metadata, not article text."""
    return _is_citation(line) or _is_date_line(line)


def is_boilerplate(line: str) -> bool:
    """A line (whitespace collapsed) that is a teaser or page metadata."""
    return is_teaser(line) or is_metadata_line(line)
