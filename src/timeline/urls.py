"""Which URLs we publish as links: absolute ``http`` and ``https`` URLs only.

Source and document URLs come from people (events/ files, corpus metadata)
and end up in ``href`` attributes (the Datasette event page, the HTML page,
TimelineJS) and in the iCalendar ``URL`` property (RFC 5545 §3.8.4.6). A
``javascript:``, ``data:`` or ``vbscript:`` URL there runs script in a
reader's browser or calendar app, so the model refuses anything but an
absolute http(s) URL (RFC 3986 §3: a scheme, then ``//`` and a host), and
every writer checks again with :func:`safe_url` before it emits a link.

Written by hand rather than with pydantic's ``HttpUrl``: that type rewrites
the URL (adds a trailing ``/``, lower-cases and punycodes the host), so a
file would not read back as written, while here we only need a yes or no.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "MAX_URL_LENGTH",
    "WEB_SCHEMES",
    "absolute_url",
    "base_origin",
    "public_base_url",
    "safe_url",
    "url_problem",
]

#: The schemes a published link may have.
WEB_SCHEMES = ("http", "https")
#: Longest URL accepted (browsers and servers commonly cap URLs near 2,000-8,000 bytes).
MAX_URL_LENGTH = 4096


#: Characters RFC 3986 never allows in a URI that serve mostly to break out of markup.
_MARKUP = frozenset('"<>\\`')


# The ASCII characters _unfit_character finds: controls (C), space (Z), whitespace, markup.
_UNFIT_ASCII = re.compile(r'[\x00-\x20\x7f"<>\\`]')


def _unfit_character(url: str) -> str | None:
    if url.isascii():  # the common case, without a Unicode lookup per character
        found = _UNFIT_ASCII.search(url)
        return found.group() if found else None
    for ch in url:
        if ch.isspace() or ch in _MARKUP or unicodedata.category(ch)[0] in "CZ":
            return ch
    return None


def url_problem(url: str) -> str | None:
    """What keeps ``url`` from being published as a link, or ``None`` when it is fine.

    >>> url_problem("https://example.org/news/1") is None
    True
    >>> print(url_problem("JaVaScRiPt:alert(1)"))  # doctest: +ELLIPSIS
    'JaVaScRiPt:alert(1)' is not an absolute http(s) URL (its scheme is javascript:): ...
    """
    shown = url if len(url) <= 80 else url[:77] + "..."
    if len(url) > MAX_URL_LENGTH:
        return f"{shown!r} is longer than {MAX_URL_LENGTH} characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        parts, host = None, None
    if parts is None or parts.scheme.lower() not in WEB_SCHEMES:
        scheme = f" (its scheme is {parts.scheme.lower()}:)" if parts and parts.scheme else ""
        return (
            f"{shown!r} is not an absolute http(s) URL{scheme}: "
            "only links such as https://example.org/page are published"
        )
    if not host:
        return f"{shown!r} has no host name: write a link such as https://example.org/page"
    odd = _unfit_character(url)
    if odd is not None:
        return (
            f"{shown!r} contains the character U+{ord(odd):04X}, which a URL cannot hold: "
            "remove it or percent-encode it (a space is %20)"
        )
    return None


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL, else ``None``: the check before any link.

    >>> safe_url("https://example.org/a")
    'https://example.org/a'
    >>> safe_url(" javascript:alert(1)") is None
    True
    """
    if isinstance(url, str) and url and url_problem(url) is None:
        return url
    return None


def public_base_url(url: str) -> str:
    """``url`` as the public address a site is published at: checked, ending in ``/``.

    ``timeline build --base-url`` and ``timeline serve --base-url`` take it, so
    that the absolute links of the exports and the Datasette pages (calendar
    feed URLs, the Atom ``self`` link) name the address readers reach, not the
    machine that built or serves them. A query or fragment has no meaning
    there and is refused. Raises :class:`~timeline.errors.UsageError`.

    >>> public_base_url("https://events.example.org/timeline")
    'https://events.example.org/timeline/'
    >>> public_base_url("ftp://example.org/")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    timeline.errors.UsageError: --base-url: 'ftp://example.org/' is not an absolute http(s) URL ...
    """
    from .errors import UsageError

    problem = url_problem(url)
    if problem is None:
        parts = urlsplit(url)
        if parts.query or parts.fragment or url.endswith(("?", "#")):
            problem = f"{url!r} has a query or fragment: give the address only"
    if problem is not None:
        raise UsageError(f"--base-url: {problem}")
    return url if url.endswith("/") else url + "/"


def base_origin(base_url: str) -> str:
    """The scheme and host of a public base URL, without its path.

    >>> base_origin("https://events.example.org:8443/timeline/")
    'https://events.example.org:8443'
    """
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


def absolute_url(datasette: Any, request: Any, path: str) -> str:
    """The absolute URL of ``path`` (from ``datasette.urls``) as readers reach it.

    A path taken from the request is first given Datasette's ``base_url``
    prefix with ``datasette.urls.path``, as Datasette's own facets do: the
    proxy in front strips it (see docs/datasette.md, "Public deployment").

    With ``plugins: timeline: base_url: https://events.example.org/timeline/``
    (what ``timeline serve --base-url`` sets, together with Datasette's own
    ``base_url`` setting for the path), links and feed URLs name that public
    address; without it, the address of the request, as Datasette does.
    """
    config = datasette.plugin_config("timeline") or {}
    base = config.get("base_url")
    if base:
        return base_origin(str(base)) + path
    return str(datasette.absolute_url(request, path))
