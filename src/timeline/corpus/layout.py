"""Page layout of a scraped article: header, dateline, byline, chrome and body.

News pages saved as text carry more than the article: a ``date`` header added
by the crawler, breadcrumbs (``- Home``), photo captions, share buttons
(``VK X OK WhatsApp Telegram``), font controls (``+ ↺ − 16 px``), section
labels, a repeated headline, and after the article teasers for unrelated
stories (``Read also:``, ``Read this next``, ``RECOMMEND:``, ``Write a
comment:``). None of that may produce events, so :func:`parse_layout` finds
the metadata in the first lines and returns the article body as blocks
(spans of single lines), leaving the chrome out. It never rewrites the text.

Recognised shapes (each seen in ``corpus/`` or ``corpus-extra``):

* header ``date YYYY-MM-DD`` on one of the first three lines, optionally
  followed by the title on the same line;
* a headline on line 1 followed by the ``date`` header on line 2;
* a dateline line: ``4 November 2024``, ``October 12, 2022``,
  ``4 April 2022, 22:45``, ``11:10 13.12.2022``, ``1 July 2024 15:36 (UTC
  +04:00)``, ``Sumaira FH Published May 11, 2022 | 01:30 AM``; lines before a
  dateline near the top (breadcrumbs, captions) are front matter when the
  story follows the dateline (a date closing the page leaves the story above it);
* bylines ``By Samir Muradov``, ``Author: Ilgar VELIZADE, political expert``,
  ``Editor's note: Engin Ozer is a ...``, and a name alone on the last line;
* agency lines and inline datelines: ``ANKARA- Anadolu Agency``, ``ANKARA``,
  ``NUR-SULTAN. KAZINFORM – ...``, ``ALMATY (UrduPoint News / Sputnik - ...)``,
  ``BAKU, Azerbaijan, July 1. ...``.

Datelines are page metadata in a handful of fixed layouts, read with
:func:`datetime.strptime`; dates inside sentences are the temporal tagger's
job (:mod:`timeline.temporal`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

__all__ = ["Layout", "Line", "is_chrome", "is_tail_stop", "lines_of", "parse_layout"]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the file: 1-based ``number``, offsets without the line end."""

    number: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Layout:
    """What :func:`parse_layout` found: metadata and the body blocks."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_evidence: str = ""
    blocks: list[tuple[int, int]] = field(default_factory=list)


def lines_of(text: str) -> list[Line]:
    """Every line of ``text`` with its offsets; ``\\r\\n``, ``\\n`` and ``\\r`` end lines."""
    out: list[Line] = []
    pos = 1 if text.startswith("\ufeff") else 0
    number = 1
    if "\r" not in text:  # only \n ends lines: str.split finds them (the same lines)
        bodies = text[pos:].split("\n")
        if not bodies[-1]:
            bodies.pop()  # the text ends with a line end (or is empty): no line after it
        for body in bodies:
            out.append(Line(number, pos, pos + len(body), body))
            pos += len(body) + 1
            number += 1
        return out
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\n|\r|$)", text[pos:]):
        raw = match.group()
        if not raw and match.start() + pos >= len(text):
            break
        body = raw.rstrip("\r\n")
        start = pos + match.start()
        out.append(Line(number, start, start + len(body), body))
        number += 1
    return out


_HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})(?:\s+(.*\S))?\s*$")
_SOCIAL = frozenset(
    [
        "VK",
        "X",
        "OK",
        "WhatsApp",
        "Telegram",
        "Facebook",
        "Twitter",
        "LinkedIn",
        "Reddit",
        "Viber",
        "Messenger",
        "Email",
        "E-mail",
        "Print",
        "Share",
        "Copy",
        "link",
        "Pinterest",
        "Tumblr",
        "Odnoklassniki",
    ]
)
_FONT_TOOLS = re.compile(r"^[+↺−\-–\s\d]*px$")
_HOME = re.compile(r"^[-–]\s*Home$")
_BREADCRUMB = re.compile(r"^[-–]\s+(\S.*)$")
_SOURCE = re.compile(r"^source\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_PHOTO = re.compile(r"^\(?(?:(?:photo|image|picture)(?: credit)?s?|credits?)\s*:", re.IGNORECASE)
_TAIL_STOP = re.compile(
    r"^(?:read also|also read|read this next|read more|recommend(?:ed)?|write a comment|"
    r"related(?: articles| news| stories)?|more on this topic|comments?)\s*:?\s*$",
    re.IGNORECASE,
)
_BY = re.compile(r"^By\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$")
_AUTHOR = re.compile(r"^Author\s*:\s*([^,]+?)(?:\s*,\s*(.+))?\s*$")
_EDITORS_NOTE = re.compile(r"^Editor['’]s note\s*:", re.IGNORECASE)
_NOTE_AUTHOR = re.compile(r"note\s*:\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+is\b")
_NOTE_OUTLET = re.compile(r"(?:view|views|position|opinion)s? of ([A-Z][\w.]*\w)\.?\s*$")
_PUBLISHED_BYLINE = re.compile(
    r"^(?P<author>\S.*?)\s+Published\s+(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})(?:\s*\|.*)?$"
)
_AGENCY_LINE = re.compile(r"^([A-Z][A-Z'’.\- ]{2,}?)(?:\s*[-–—]\s*([A-Z][\w ]*\w))?\s*$")
_INLINE_DATELINES = (
    # NUR-SULTAN. KAZINFORM – The next summit ...
    re.compile(r"^[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)*\.\s+(?P<agency>[A-Z]{3,})\s+[-–—]\s+"),
    # ALMATY (UrduPoint News / Sputnik - 11th May, 2022) Turkish President ...
    re.compile(r"^[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)*\s+\((?P<agency>[^)/]+?)\s*(?:/[^)]*)?\)\s+"),
    # BAKU, Azerbaijan, July 1. The program ...
    re.compile(
        r"^[A-Z][A-Z'’\-]+(?:, [A-Z][a-z]+)*, (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)\.\s+"
    ),
    # ANKARA - The ...
    re.compile(r"^[A-Z][A-Z'’\-]{2,}\s*[-–—]\s+(?=[A-Z][a-z])"),
)
_PRESENTS = re.compile(r"((?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}) presents an? ")
_DATELINE_FORMATS = (
    "%d %B %Y",
    "%B %d, %Y",
    "%b. %d, %Y",
    "%d %b %Y",
    "%d %B %Y, %H:%M",
    "%d %B %Y %H:%M",
    "%B %d, %Y, %H:%M",
    "%B %d, %Y %H:%M",
    "%H:%M %d.%m.%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d",
)
#: What a line needs for ``strptime`` to read it in any of ``_DATELINE_FORMATS``: the four
#: digits of ``%Y``. Checked first: ``strptime`` keeps only five compiled layouts
#: (``_strptime._CACHE_MAX_SIZE``), so trying twelve rebuilt each one at every line.
_YEAR_DIGITS = re.compile(r"\d{4}")
#: Each layout with the characters it spells out (the text between its directives, white
#: space aside): a line without one of them cannot be read in that layout.
_DATELINE_MARKS = tuple((fmt, frozenset(re.sub(r"%.|\s", "", fmt))) for fmt in _DATELINE_FORMATS)
#: A time zone after a dateline's time: "(UTC+05:00)". Matched on a stripped line of at most
#: ``_DATELINE_MAX`` characters, without a leading ``\s*`` that would be retried at every
#: character of a whitespace run (quadratic on a long line of spaces).
_TIMEZONE = re.compile(r"\((?:UTC|GMT)[^()]{0,30}\)$")
#: The longest line that can be a dateline: a date and time (40) and a time zone.
_DATELINE_MAX = 60
#: The longest line that can be metadata (byline, dateline, author, editor's note): longer
#: lines are body text, and the metadata patterns are never run over them.
_METADATA_MAX = 1000
#: How far from the top a dateline may stand for the lines above it to be front matter.
_DATELINE_WINDOW = 8
_END_PUNCTUATION = ".!?…:;,\"'”’)"
#: The longest line that can be site chrome (share bars, labels, breadcrumbs).
_CHROME_MAX = 120


def dateline_date(line: str) -> date | None:
    """The date of a dateline line in one of the fixed layouts, else ``None``."""
    candidate = line.strip()
    if len(candidate) > _DATELINE_MAX:
        return None
    candidate = _TIMEZONE.sub("", candidate).rstrip()
    if not candidate or len(candidate) > 40 or not candidate[0].isalnum():
        return None
    if _YEAR_DIGITS.search(candidate) is None:
        return None  # every layout has a year (%Y: four digits)
    for fmt, marks in _DATELINE_MARKS:
        if not marks.issubset(candidate):
            continue  # a mark of the layout is missing: strptime would fail
        try:
            return datetime.strptime(candidate, fmt).date()
        except ValueError:
            continue
    return None


def _published_byline(line: str) -> re.Match[str] | None:
    """``Sumaira FH Published May 11, 2022 | 01:30 AM``: the match, else ``None``. The
    word is looked for first: the pattern's lazy author is slow to fail on a paragraph."""
    return _PUBLISHED_BYLINE.match(line) if "Published" in line else None


def is_chrome(text: str) -> bool:
    """A line of site furniture: breadcrumbs, share buttons, font tools, labels."""
    stripped = text.strip()
    if len(stripped) > _CHROME_MAX:
        return False  # site furniture is short; article paragraphs are not
    if _HOME.match(stripped) or _FONT_TOOLS.match(stripped) or _PHOTO.match(stripped):
        return True
    words = stripped.split()
    if len(words) >= 2 and all(w in _SOCIAL for w in words):
        return True
    if stripped.isascii():
        return False  # no Cyrillic letter, so no Russian label (most lines: not counted)
    letters = [c for c in stripped if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    # Section labels in Russian ("Яна Орехова Politics") on an English page.
    return bool(letters) and cyrillic * 2 > len(letters)


def is_tail_stop(text: str) -> bool:
    """A line after which the page shows teasers, not the article (``Read also:``, ``Related``)."""
    return _TAIL_STOP.match(text.strip()) is not None


def _smart_title(name: str) -> str:
    """``Ilgar VELIZADE`` -> ``Ilgar Velizade``: upper-case surnames as names."""
    return " ".join(w.capitalize() if len(w) > 2 and w.isupper() else w for w in name.split())


def _a_headline(text: str) -> bool:
    """A headline by its place (the line above the ``date`` header): thirty words at most."""
    return 0 < len(text.split()) <= 30


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 30 and text.rstrip()[-1] not in _END_PUNCTUATION


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = [ln for ln in lines_of(text) if ln.text.strip()]
        self.layout = Layout()

    def set_published(self, day: date, evidence: str) -> None:
        if self.layout.published is None:
            self.layout.published = day
            self.layout.published_evidence = evidence
        elif self.layout.published != day:
            self.layout.published_evidence += f" ({evidence} says {day.isoformat()})"

    def header(self) -> int:
        """Read the ``date`` header; return the index of the first line after it."""
        for k, line in enumerate(self.lines[:3]):
            match = _HEADER.match(line.text)
            if match is None:
                continue
            self.set_published(date.fromisoformat(match.group(1)), f"header line {line.number}")
            rest = match.group(2)
            if rest and not is_chrome(rest):
                self.layout.title = rest.strip()
            # The line right above the header is the headline, whatever it ends with: a
            # headline may close with a bracket or a quotation ("... (Tallinn, 19-20 October
            # 2020)", '... "We will respond"'), which a headline found by its look may not.
            if k >= 1 and self.layout.title is None and _a_headline(self.lines[k - 1].text):
                self.layout.title = self.lines[k - 1].text.strip()
            return k + 1
        return 0

    def front_line(self, index: int, *, before_dateline: bool) -> bool:
        """Take metadata from a front line; False when the line is body text."""
        line = self.lines[index]
        stripped = line.text.strip()
        lay = self.layout
        if len(stripped) > _METADATA_MAX:
            return False
        if is_chrome(stripped):
            return True
        if match := _BY.match(stripped):
            lay.author = lay.author or match.group(1)
            return True
        if match := _AUTHOR.match(stripped):
            lay.author = lay.author or _smart_title(match.group(1))
            return True
        if _EDITORS_NOTE.match(stripped):
            if match := _NOTE_AUTHOR.search(stripped):
                lay.author = lay.author or match.group(1)
            if match := _NOTE_OUTLET.search(stripped):
                lay.outlet = lay.outlet or match.group(1)
            return True
        if match := _published_byline(stripped):
            lay.author = lay.author or match.group("author")
            day = dateline_date(match.group("date"))
            if day is not None:
                self.set_published(day, f"dateline line {line.number}")
            return True
        if (day := dateline_date(stripped)) is not None:
            self.set_published(day, f"dateline line {line.number}")
            return True
        if (match := _AGENCY_LINE.match(stripped)) and match.group(1).strip().isupper():
            if match.group(2):
                lay.outlet = lay.outlet or match.group(2)
            return True
        if match := _BREADCRUMB.match(stripped):
            if before_dateline:
                lay.title = lay.title or match.group(1)
                return True
            return False
        if index == 0 and lay.title is None and _looks_like_title(stripped):
            nxt = self.lines[1] if len(self.lines) > 1 else None
            # A headline stands alone: a blank line or chrome follows it.
            if nxt is None or nxt.number > line.number + 1 or is_chrome(nxt.text):
                lay.title = stripped
                return True
        return before_dateline  # captions above a dateline are front matter

    def front(self, first: int) -> int:
        """Consume front matter from ``first``; return the index of the first body line."""
        window = self.lines[first : first + _DATELINE_WINDOW]
        dateline = next(
            (
                first + k
                for k, ln in enumerate(window)
                if dateline_date(ln.text) is not None
                or (len(ln.text) <= _METADATA_MAX and _published_byline(ln.text.strip()))
            ),
            None,
        )
        i = first
        if dateline is not None and self._story_after(dateline):
            while i <= dateline:
                self.front_line(i, before_dateline=True)
                i += 1
        while i < len(self.lines) and self.front_line(i, before_dateline=False):
            i += 1
        return i

    def _story_after(self, dateline: int) -> bool:
        """Whether a story line follows the dateline at ``dateline``: the lines above a
        dateline are captions and breadcrumbs only when the story comes after it. A page
        whose date closes it ("... founding day.\n\nAugust 22, 2023") keeps its story
        above the date."""
        for line in self.lines[dateline + 1 :]:
            stripped = line.text.strip()
            if is_tail_stop(stripped):
                return False
            if stripped and not is_chrome(stripped):
                return True
        return False

    def body(self, first: int) -> None:
        lay = self.layout
        blocks: list[Line] = []
        for line in self.lines[first:]:
            stripped = line.text.strip()
            if is_tail_stop(stripped):
                break
            if len(stripped) <= _METADATA_MAX and (match := _SOURCE.match(stripped)):
                lay.outlet = lay.outlet or match.group(1)
                continue
            if is_chrome(stripped) or (lay.title is not None and stripped == lay.title):
                continue
            blocks.append(line)
        blocks = self._drop_standfirst(blocks)
        if blocks:
            last = blocks[-1].text.strip()
            if lay.author is None and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", last):
                lay.author = last  # a signature: "Adlet Seilkhanov"
                blocks.pop()
        spans = [self._strip_inline_dateline(b) if k == 0 else b for k, b in enumerate(blocks)]
        lay.blocks = [(b.start + len(b.text) - len(b.text.lstrip()), b.end) for b in spans]
        if lay.outlet is None and lay.blocks:
            start, end = lay.blocks[0]
            if match := _PRESENTS.match(self.text, start, end):
                lay.outlet = match.group(1)

    def _drop_standfirst(self, blocks: list[Line]) -> list[Line]:
        """Drop a lead paragraph that the article repeats verbatim further down."""
        kept: list[Line] = []
        for k, block in enumerate(blocks):
            stripped = block.text.strip()
            if k < 3 and len(stripped) > 40 and any(stripped in b.text for b in blocks[k + 1 :]):
                continue
            kept.append(block)
        return kept

    def _strip_inline_dateline(self, block: Line) -> Line:
        for pattern in _INLINE_DATELINES:
            match = pattern.match(block.text)
            if match is None:
                continue
            agency = match.groupdict().get("agency")
            if agency and self.layout.outlet is None:
                agency = agency.strip()
                self.layout.outlet = agency.capitalize() if agency.isupper() else agency
            cut = match.end()
            return Line(block.number, block.start + cut, block.end, block.text[cut:])
        return block


def parse_layout(text: str, title: str | None = None) -> Layout:
    """Find title, author, outlet, stated publication date and body blocks.

    ``title``, when known (from ``metadata.yaml``), is the headline: a line
    that repeats it is not body, even where it does not look like a title
    (a headline ending in ``?``).
    """
    parser = _Parser(text)
    parser.layout.title = title
    first = parser.header()
    first = parser.front(first)
    parser.body(first)
    return parser.layout
