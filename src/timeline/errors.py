"""Errors raised by :mod:`timeline`.

Every error the library raises on purpose derives from one root, so callers
(and the CLI) catch one class::

    TimelineError
     ├── DataError            an events/ file, a metadata file or a value is invalid
     │    └── DataErrors      several DataError at once (every problem of one run)
     ├── CorpusError          an article file cannot be read or has no usable text
     ├── TimexError           a TIMEX3 value cannot be parsed or normalized
     ├── ExtractionError      extraction was asked to do something impossible
     ├── ExportError          an export, the database or a feed cannot be written
     └── UsageError           a call names something that does not exist: a filter
                              value (country 'Kazakstan'), an export format

A :class:`DataError` names where the problem is (``path``, ``line``), the field
(``field``, dotted like ``date.end``) and what is wrong, so a message reads::

    events/2022/tokayev-visit.yaml:7: date.end 2022-05-01 is before date.start 2022-05-31
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = [
    "CorpusError",
    "DataError",
    "DataErrors",
    "ExportError",
    "ExtractionError",
    "TimelineError",
    "TimexError",
    "UsageError",
]


class TimelineError(Exception):
    """Root of every error :mod:`timeline` raises on purpose.

    The CLI turns any ``TimelineError`` into its message on stderr and exit
    code 1 (2 for a :class:`UsageError`); other exceptions are bugs.
    """


class DataError(TimelineError):
    """One invalid value in a data file (events/, corpus metadata) or in input.

    ``path`` and ``line`` say where (either may be ``None``), ``field`` is the
    dotted field name (``date.end``), ``message`` says what is wrong and what
    to do.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        self.message = message
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        what = f"{self.field} " if self.field and not self.message.startswith(self.field) else ""
        return f"{where}{what}{self.message}"


class DataErrors(DataError):
    """Several :class:`DataError` found in one run, reported together.

    Loading events/ collects every problem in every file before raising this,
    so one run shows them all.
    """

    def __init__(self, errors: Iterable[DataError]) -> None:
        self.errors: Sequence[DataError] = sorted(
            errors, key=lambda e: (e.path or "", e.line or 0, e.field or "", e.message)
        )
        count = len(self.errors)
        head = f"{count} problem{'s' if count != 1 else ''} found"
        body = "\n".join(e.format() for e in self.errors)
        TimelineError.__init__(self, f"{head}:\n{body}")
        self.path = None
        self.line = None
        self.field = None
        self.message = f"{head}:\n{body}"

    def format(self) -> str:
        return self.message


class CorpusError(TimelineError):
    """An article file or folder cannot be read (missing, not UTF-8, empty)."""


class TimexError(TimelineError):
    """A TIMEX3 value that is not valid TimeML or cannot become an interval."""


class ExtractionError(TimelineError):
    """Extraction cannot run on the given input."""


class ExportError(TimelineError):
    """An export, feed or database cannot be written."""


class UsageError(TimelineError, ValueError):
    """A caller asked for something that does not exist: an unknown filter value or format.

    The message names the value and suggests the nearest known ones
    (``unknown country 'Kazakstan': did you mean Kazakhstan (KZ)?``). The CLI
    exits 2 for it, as for any other wrong usage.
    """
