"""What an HTML page states about itself: its publication date and its address.

trafilatura reads a page's metadata from the whole page, and htmldate, which
it asks for the date, stops at the first date-like element of the page: on a
page whose own date line holds two dates (``Written: 2023-11-07 15:03:30 /
Updated: ...``: too many digits for htmldate's check), that is a sidebar
teaser's date. So the date is taken in this order, each step by a library or
a reviewed list, never by rules for one site (:func:`published`):

1. ``html-markup``: what the page declares for machines: htmldate run on the
   ``<head>`` (meta tags such as ``article:published_time``) and the JSON-LD
   blocks (``datePublished``), nothing else;
2. ``html-label``: the first date in the page's text after a publication label
   (``Written:``, ``Published on``; ``data/page_labels.yaml``), read with the
   project's temporal tagger;
3. ``html-text``: htmldate on the whole page (what trafilatura found), then its
   extensive search of the text.

The address (:func:`canonical_url`) is the canonical link, ``og:url`` or the
JSON-LD ``url``/``mainEntityOfPage``; :func:`missing_url_reason` says which of
them a page without one lacks.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from lxml.etree import XPath
from lxml.html import Element, HtmlElement

from ..urls import safe_url
from .boilerplate import labels

__all__ = ["PageFacts", "canonical_url", "missing_url_reason", "page_facts", "published"]

#: The longest text after a label read for its date (a date line, not a paragraph).
_LABELLED_MAX = 120
_JSON_LD = "//script[@type='application/ld+json']"


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the markup and the labelled lines of one page state, read before extraction.

    ``labelled_date`` is looked for only when the markup states no date.
    """

    markup_date: date | None
    labelled_date: date | None
    url: str | None


def _json_ld(scripts: list[HtmlElement]) -> list[dict[str, Any]]:
    """Every JSON-LD object of the scripts (``@graph`` members included); bad JSON is ignored."""
    out: list[dict[str, Any]] = []
    for script in scripts:
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return out


def _markup_date(tree: HtmlElement, scripts: list[HtmlElement]) -> date | None:
    """htmldate on copies of the page's ``<head>`` and JSON-LD blocks only."""
    from htmldate import find_date

    root = Element("html")
    head = tree.find("head")
    root.append(deepcopy(head) if head is not None else Element("head"))
    body = Element("body")
    root.append(body)
    for script in scripts:
        copied = deepcopy(script)
        copied.tail = None
        body.append(copied)
    found = find_date(root, extensive_search=False, original_date=True)
    return date.fromisoformat(found) if found else None


@cache
def _label_pattern() -> re.Pattern[str]:
    words = sorted(labels()["published"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"^\s*(?:{alternatives})\b\s*:?", re.IGNORECASE)


_BODY_TEXTS = XPath("//body//text()")


@cache
def _first_words() -> tuple[str, ...]:
    return tuple(sorted({label.split()[0] for label in labels()["published"]}))


def _labelled_date(tree: HtmlElement) -> date | None:
    """The first whole date after a publication label at the start of a text of the page."""
    from ..temporal import tag

    pattern, firsts = _label_pattern(), _first_words()
    for text in _BODY_TEXTS(tree):
        if not text.lstrip()[:40].casefold().startswith(firsts):
            continue
        parent = text.getparent()
        if parent is None or parent.tag in ("script", "style"):
            continue
        line = " ".join(parent.text_content().split())
        start = pattern.search(line)
        if start is None:
            continue
        after = line[start.end() : start.end() + _LABELLED_MAX]
        for timex in tag(after, date(2000, 1, 1)):
            if timex.type == "DATE" and len(timex.value) == len("2022-05-06"):
                try:
                    return date.fromisoformat(timex.value)
                except ValueError:
                    break
            break  # the date must be what follows the label
    return None


def canonical_url(tree: HtmlElement, scripts: list[HtmlElement] | None = None) -> str | None:
    """The http(s) address the page states: canonical link, ``og:url``, JSON-LD."""
    candidates = [
        *tree.xpath("//head/link[@rel='canonical']/@href"),
        *tree.xpath("//head/meta[@property='og:url' or @name='og:url']/@content"),
    ]
    for item in _json_ld(tree.xpath(_JSON_LD) if scripts is None else scripts):
        for key in ("url", "mainEntityOfPage"):
            value = item.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str):
                candidates.append(value)
    for candidate in candidates:
        url = safe_url(str(candidate).strip())
        if url is not None:
            return url
    return None


def missing_url_reason() -> str:
    """What a page without an address lacks, for the ingest report."""
    return (
        "the page states no address of its own (no canonical link, og:url or JSON-LD url); "
        "set url in metadata.yaml if it is known"
    )


def page_facts(tree: HtmlElement) -> PageFacts:
    """The markup date, the labelled date and the address, read before extraction prunes."""
    scripts = tree.xpath(_JSON_LD)
    markup = _markup_date(tree, scripts)
    labelled = _labelled_date(tree) if markup is None else None  # needed only then
    return PageFacts(markup, labelled, canonical_url(tree, scripts))


def published(
    facts: PageFacts, in_page: str | None, html: str, url: str | None
) -> tuple[date | None, str | None]:
    """The publication date and where it was found (see the module docstring)."""
    if facts.markup_date is not None:
        return facts.markup_date, "html-markup"
    if facts.labelled_date is not None:
        return facts.labelled_date, "html-label"
    if in_page:
        return date.fromisoformat(in_page), "html-text"
    from htmldate import find_date

    found = find_date(html, extensive_search=True, original_date=True, url=url)
    return (date.fromisoformat(found), "html-text") if found else (None, None)
