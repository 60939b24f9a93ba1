"""The page-layout reader's shortcuts give what the plain computations give.

``lines_of`` splits a text without ``\\r`` with ``str.split``, ``dateline_date``
skips the layouts a line cannot be read in (no four digits of a year, or a character
the layout spells out missing) before calling ``strptime``, and a byline with a
publication date is looked for only in a line with the word ``Published``, and a line
of ASCII is never counted for Cyrillic letters. Each is compared here
with the plain computation it replaces (docs/history/scale-log.md, "Extraction per core,
twelfth session").
"""

from __future__ import annotations

import re
from datetime import date, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.corpus.layout import (
    _CHROME_MAX,
    _DATELINE_FORMATS,
    _DATELINE_MAX,
    _FONT_TOOLS,
    _HOME,
    _PHOTO,
    _PUBLISHED_BYLINE,
    _SOCIAL,
    _TIMEZONE,
    Line,
    _published_byline,
    dateline_date,
    is_chrome,
    lines_of,
)


def _lines_by_regex(text: str) -> list[Line]:
    """The lines as the regex alone finds them (the reader before the shortcut)."""
    out: list[Line] = []
    pos = 1 if text.startswith("\ufeff") else 0
    number = 1
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\n|\r|$)", text[pos:]):
        raw = match.group()
        if not raw and match.start() + pos >= len(text):
            break
        body = raw.rstrip("\r\n")
        start = pos + match.start()
        out.append(Line(number, start, start + len(body), body))
        number += 1
    return out


def _dateline_by_strptime(line: str) -> date | None:
    """Every layout tried with ``strptime`` (the reader before the shortcut)."""
    candidate = line.strip()
    if len(candidate) > _DATELINE_MAX:
        return None
    candidate = _TIMEZONE.sub("", candidate).rstrip()
    if not candidate or len(candidate) > 40 or not candidate[0].isalnum():
        return None
    for fmt in _DATELINE_FORMATS:
        try:
            return datetime.strptime(candidate, fmt).date()
        except ValueError:
            continue
    return None


_LINE_TEXT = st.text(alphabet=st.sampled_from(["a", "B", " ", "\t", "\n", "\r", "\ufeff", "é"]))


@given(_LINE_TEXT)
@example("")
@example("\n")
@example("\ufeff")
@example("\ufeffa\n")
@example("a\n\nb")
@example("a\r\n\rb\n")
def test_lines_as_the_regex_finds_them(text: str) -> None:
    assert lines_of(text) == _lines_by_regex(text)


def test_lines_of_a_text_without_carriage_returns() -> None:
    text = "\ufeffdate 2024-11-04\n\nTitle\nlast line"
    lines = lines_of(text)
    assert [(ln.number, ln.text) for ln in lines] == [
        (1, "date 2024-11-04"),
        (2, ""),
        (3, "Title"),
        (4, "last line"),
    ]
    assert all(text[ln.start : ln.end] == ln.text for ln in lines)


_MONTHS = ["May", "May.", "Nov.", "November", "Sept", "july", "Dec"]
_DATE_PIECES = st.lists(
    st.one_of(
        st.sampled_from(_MONTHS),
        st.integers(min_value=0, max_value=2100).map(str),
        st.sampled_from(["04", "10:30", "22:45", "(UTC+04:00)", "(GMT)", "٢٠٢٢", "x"]),
        st.sampled_from([" ", ", ", ".", "-", ":", "  "]),
    ),
    max_size=8,
)


@settings(max_examples=400)
@given(_DATE_PIECES)
@example(["4", " ", "November", " ", "2024"])
@example(["October", " ", "12", ", ", "2022"])
@example(["Nov.", " ", "27", ", ", "2022"])
@example(["4", " ", "April", " ", "2022", ", ", "22:45"])
@example(["11:10", " ", "13", ".", "12", ".", "2022"])
@example(["2022", "-", "05", "-", "10"])
@example(["1", " ", "July", " ", "2024", " ", "15:36", " ", "(UTC+04:00)"])
@example(["٢٠٢٢", "-", "05", "-", "10"])
def test_dateline_as_strptime_reads_it(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert dateline_date(line) == _dateline_by_strptime(line)


def test_datelines_of_each_layout() -> None:
    assert dateline_date("4 November 2024") == date(2024, 11, 4)
    assert dateline_date("October 12, 2022") == date(2022, 10, 12)
    assert dateline_date("11:10 13.12.2022") == date(2022, 12, 13)
    assert dateline_date("2022-05-10") == date(2022, 5, 10)
    assert dateline_date("Read also: the summit") is None
    assert dateline_date("12 November") is None  # no year: no layout reads it


@given(
    st.lists(
        st.sampled_from(
            ["Sumaira FH", " ", "Published", "published", "May 11, 2022", "| 01:30 AM", "x"]
        ),
        max_size=8,
    )
)
@example(["Sumaira FH", " ", "Published", " ", "May 11, 2022", " ", "| 01:30 AM"])
def test_published_byline_as_the_pattern_matches_it(pieces: list[str]) -> None:
    line = "".join(pieces)
    found, plain = _published_byline(line), _PUBLISHED_BYLINE.match(line)
    assert (found and found.groupdict()) == (plain and plain.groupdict())


def _chrome_by_counting(text: str) -> bool:
    """``is_chrome`` counting the letters of every line (the reader before the shortcut)."""
    stripped = text.strip()
    if len(stripped) > _CHROME_MAX:
        return False
    if _HOME.match(stripped) or _FONT_TOOLS.match(stripped) or _PHOTO.match(stripped):
        return True
    words = stripped.split()
    if len(words) >= 2 and all(w in _SOCIAL for w in words):
        return True
    letters = [c for c in stripped if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return bool(letters) and cyrillic * 2 > len(letters)


@given(
    st.lists(
        st.sampled_from(
            ["Яна", "Орехова", "Politics", "VK", "X", "- Home", "16 px", "é", " ", "1"]
        ),
        max_size=6,
    ).map(" ".join)
)
@example("Яна Орехова Politics")
@example("VK X OK WhatsApp Telegram")
@example("Photo: AP")
@example("The summit opened on Monday.")
def test_chrome_as_counting_letters_finds_it(line: str) -> None:
    assert is_chrome(line) == _chrome_by_counting(line)
