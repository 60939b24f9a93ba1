"""Content lines (RFC 5545 §3.1): one property as the octets of a ``.ics`` file.

The feeds hold hundreds of thousands of VEVENTs, each serialized once
(:func:`timeline.ics.calendar.render_events`, line by line with
:func:`timeline.ics.component.content_line`). Serializing them through
:class:`icalendar.Event` cost about 1 ms of CPU per event (100,000 events:
over two minutes), almost all of it in icalendar's per-property objects and
its character-by-character folding, so the VEVENTs are written here, with
plain string operations, to exactly the bytes icalendar writes for the same
properties. The tests hold that promise: ``tests/ics/test_ics_contentline.py``
builds the same properties with ``icalendar`` for every fixture event and
for generated hostile text and compares the bytes, and every feed is parsed
back with ``icalendar``, ``vobject`` and ``ical`` (docs/calendars.md). The
envelope of a calendar (once per feed) is still built by ``icalendar``.

What is implemented, for the value types our VEVENTs use:

* TEXT escaping (§3.3.11): ``\\`` ``;`` ``,`` escaped, line breaks written as
  ``\\n``; as in icalendar, a literal ``\\N`` is read as a line break first;
* DATE (§3.3.4) ``20220329``, UTC DATE-TIME (§3.3.5, form #2) ``20261123T000000Z``,
  INTEGER (§3.3.8), URI (§3.3.13, written as is: callers percent-encode),
  FLOAT pairs for GEO (§3.8.1.6) and TEXT lists for CATEGORIES (§3.8.1.2);
* parameters (§3.2) whose values are plain tokens (``VALUE=DATE``,
  ``RELTYPE=SIBLING``, ``X-MOD=END``): anything else is refused;
* folding (§3.1): lines longer than 75 octets are split, never inside a UTF-8
  character, with CRLF and one space; like icalendar, a chunk holds at most
  74 octets, and a chunk that would end with ``\\`` or ``^`` (the start of an
  escape) leaves that character to the next one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache

from ..errors import ExportError

__all__ = [
    "MAX_OCTETS",
    "escape_text",
    "fold",
    "format_date",
    "format_utc",
    "is_plain_text",
    "parameters",
]

#: A folded line holds at most this many octets of content before its CRLF (§3.1 allows 75).
MAX_OCTETS = 74

_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_PLAIN_TEXT = re.compile(rb"[^\\;,\r\n]*")

#: Whether a TEXT value's octets need no escaping (a match, or ``None``): the check
#: escape_text starts with, for callers that skip the call for the many plain values.
is_plain_text = _PLAIN_TEXT.fullmatch
_UTF8_CONTINUATION = range(0x80, 0xC0)
_ESCAPE_STARTS = (ord("\\"), ord("^"))


def escape_text(text: bytes) -> bytes:
    """A TEXT value's UTF-8 octets escaped as RFC 5545 §3.3.11 says (as icalendar does).

    The characters escaped and the line breaks are ASCII, and UTF-8 never uses
    an ASCII octet inside a multi-byte character, so escaping the octets gives
    the octets of the escaped characters, in a fraction of the time (a
    replacement in a string of non-ASCII characters is several times slower).

    >>> escape_text("Ankara; Astana, Baku\\nnext line".encode())
    b'Ankara\\\\; Astana\\\\, Baku\\\\nnext line'
    """
    if is_plain_text(text):  # nothing to escape: most short values
        return text
    return (
        text.replace(b"\\N", b"\n")
        .replace(b"\\", b"\\\\")
        .replace(b";", b"\\;")
        .replace(b",", b"\\,")
        .replace(b"\r\n", b"\\n")
        .replace(b"\n", b"\\n")
        .replace(b"\r", b"\\n")
    )


def format_date(day: date) -> str:
    """A DATE value (§3.3.4): ``20220329``."""
    return day.isoformat().replace("-", "")  # isoformat always writes a four-digit year


def format_utc(moment: datetime) -> str:
    """A UTC DATE-TIME value (§3.3.5, form #2): ``20261123T000000Z``."""
    if moment.utcoffset() != UTC.utcoffset(None):
        raise ExportError(f"iCalendar time {moment.isoformat()} is not in UTC")
    return (
        f"{moment.year:04}{moment.month:02}{moment.day:02}"
        f"T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"
    )


def fold(line: bytes) -> bytes:
    """One content line folded at 75 octets (§3.1): CRLF and a space between chunks.

    >>> fold(b"DESCRIPTION:" + b"x" * 70)[74:]
    b'\\r\\n xxxxxxxx'
    """
    if len(line) <= MAX_OCTETS:
        return line
    chunks: list[bytes] = []
    start, size = 0, len(line)
    while size - start > MAX_OCTETS:
        end = start + MAX_OCTETS
        while line[end] in _UTF8_CONTINUATION:  # never cut a character in two
            end -= 1
        if line[end - 1] in _ESCAPE_STARTS:  # keep an escape's two characters together
            end -= 1
        chunks.append(line[start:end])
        start = end
    chunks.append(line[start:])
    return b"\r\n ".join(chunks)


@cache
def parameters(params: tuple[tuple[str, str], ...]) -> str:
    """``;KEY=VALUE`` for each parameter, sorted by name as icalendar writes them.

    Checked once per distinct set: a value that is not a plain token is refused.
    """
    for key, value in params:
        if not _TOKEN.fullmatch(key) or not _TOKEN.fullmatch(value):
            raise ExportError(f"iCalendar parameter {key}={value!r} is not a plain token")
    return "".join(f";{key}={value}" for key, value in sorted(params))


def text_list(values: Iterable[str]) -> bytes:
    """A list of TEXT values (CATEGORIES, §3.8.1.2): each escaped, joined by commas."""
    return b",".join([escape_text(v.encode("utf-8")) for v in values])
