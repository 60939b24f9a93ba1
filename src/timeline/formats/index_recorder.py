"""The span index written after a full render: what each file holds, and where.

A full render (:func:`timeline.formats.write`) gives each file it writes to an
:class:`IndexRecorder`, which then writes the span index (:mod:`.span_index`):
every file's frame and sections without their bytes, its stat, every event's
order key and the sequence ledger's entries. :mod:`.splice` reads it back to
update the exports after an edit.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..collection import Timeline
from ..errors import ExportError
from ..files import os_error_message
from ..ics.ledger import LedgerRow
from ..model import Agreement
from .contract import Format, RenderOptions, SpannedFile
from .span_index import FileEntry, SpanIndex, file_stat, stat_or_none, version_key
from .spans import event_keys
from .splice_section import without_body

__all__ = ["IndexRecorder", "index_entry", "options_meta"]


def options_meta(options: RenderOptions) -> dict[str, Any]:
    """The render options the index records (a splice needs the same)."""
    return {
        "title": options.title,
        "base_url": options.base_url,
        "include_imprecise": options.include_imprecise,
        "by_year": options.by_year,
    }


class IndexRecorder:
    """Collects what a full render wrote, then writes the span index (:func:`write`)."""

    def __init__(self, exports_dir: Path, timeline: Timeline, options: RenderOptions) -> None:
        self.exports = exports_dir
        self.timeline = timeline
        self.options = options
        self.entries: list[FileEntry] = []
        self.formats: list[str] = []

    def add(self, fmt: Format, path: str, spanned: SpannedFile) -> None:
        """A file just written: its frame and sections (without their bytes) and its stat."""
        self.entries.append(index_entry(fmt, path, spanned))
        if fmt.name not in self.formats:
            self.formats.append(fmt.name)

    def write(
        self, index: Path, ledger: Path | None, ledger_rows: Sequence[LedgerRow] = ()
    ) -> None:
        """Write the index (replacing any), with every file's stat as it is now;
        ``ledger_rows``: the entries of the ledger file ``ledger`` as it was saved."""
        for entry in self.entries:
            entry.stat = file_stat(self.exports / entry.path)
        tmp = index.with_name(f".{index.name}.writing")
        spans = SpanIndex.create(tmp)
        try:
            spans.write(
                _meta(self.options, self.timeline.agreements, self.formats, ledger),
                self.entries,
                events=zip(
                    [e.id for e in self.timeline.events],
                    self.options.order_keys or event_keys(self.timeline.events),
                    strict=True,
                ),
                ledger=ledger_rows,
            )
        finally:
            spans.close()
        try:
            os.replace(tmp, index)
        except OSError as exc:
            raise ExportError(
                f"cannot write the span index {index}: {os_error_message(exc)}"
            ) from None


def index_entry(fmt: Format, path: str, spanned: SpannedFile) -> FileEntry:
    """What the index records of a file just written: its frame and sections without
    their bytes (its stat is taken when the index is written)."""
    sections = [without_body(s) for s in spanned.sections]
    return FileEntry(path, fmt.name, "", SpannedFile(list(spanned.parts), sections))


def _meta(
    options: RenderOptions, agreements: Sequence[Agreement], formats: list[str], ledger: Path | None
) -> dict[str, Any]:
    return {
        "version": version_key(),
        "options": options_meta(options),
        "agreements": [a.model_dump(mode="json") for a in agreements],
        "formats": formats,
        "ledger": stat_or_none(ledger) if ledger is not None else None,
    }
