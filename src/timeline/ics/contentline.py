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
    "escape_unchecked",
    "fold",
    "format_date",
    "format_utc",
    "is_plain_text",
    "parameters",
]

#: A folded line holds at most this many octets of content before its CRLF (§3.1 allows 75).
MAX_OCTETS = 74

_TOKEN = re.compile(r"[A-Za-z0-9-]+")


#: The octets TEXT escaping changes (§3.3.11), as numbers: ``in`` looks for a number in
#: bytes with one memchr, where a bytes needle is first tried as a number (an exception).
_COMMA, _SEMICOLON, _BACKSLASH, _LF, _CR = b",;\\\n\r"


def is_plain_text(text: bytes) -> bool:
    """Whether a TEXT value's octets need no escaping (§3.3.11): no ``\\ ; ,`` or line break.

    The check :func:`escape_text` starts with, for callers that skip the call for the
    many plain values: five scans of the octets in C, several times cheaper than one
    regular expression (which tests a character class octet by octet).
    """
    return not (
        _COMMA in text or _SEMICOLON in text or _BACKSLASH in text or _LF in text or _CR in text
    )


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
    return escape_unchecked(text)


def escape_unchecked(text: bytes) -> bytes:
    """:func:`escape_text` without its first check, for a text known to need escaping
    (a DESCRIPTION always holds line breaks): the same octets either way."""
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


#: One chunk of a folded line (see :func:`fold`), found by the regular expression
#: engine instead of a Python loop over the chunks: the rest of the line when it fits
#: (possessive: no backtracking); else the longest run of at most 74 octets followed
#: by the start of a character (atomic: fixed once found), unless it ends with a
#: backslash or a caret; else the run up to that backslash or caret (in UTF-8 an ASCII
#: octet is always followed by the start of a character, so that is one octet shorter).
_CHUNK = re.compile(
    rb"(?s).{1,%d}+\Z|(?>.{1,%d}(?![\x80-\xbf]))(?<![\\^])|.{0,%d}(?=[\\^])"
    % (MAX_OCTETS, MAX_OCTETS, MAX_OCTETS - 1)
)


def fold(line: bytes) -> bytes:
    """One content line folded at 75 octets (§3.1): CRLF and a space between chunks.

    Each chunk holds at most 74 octets and ends before the start of a
    character, never inside one; a chunk that would end with ``\\`` or ``^``
    (the start of an escape) leaves that octet to the next one, as icalendar
    does. ``line`` is UTF-8.

    >>> fold(b"DESCRIPTION:" + b"x" * 70)[74:]
    b'\\r\\n xxxxxxxx'
    """
    if len(line) <= MAX_OCTETS:
        return line
    return b"\r\n ".join(_CHUNK.findall(line))


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
