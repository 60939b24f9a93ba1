"""The spliced files written: the previous file's ranges copied by the kernel, the new
bytes between them, atomically; a file that already holds those bytes left as it is.

:func:`write_plan` writes one file of an update (:mod:`.splice`) from its pieces
(:data:`.splice_section.Piece`); :func:`splice_ledger` writes the calendars'
sequence ledger the same way, its revised entries at their places.
"""

from __future__ import annotations

import os
from array import array
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExportError
from ..files import atomic_path, os_error_message
from ..ics.ledger import (
    EMPTY_LEDGER,
    ENTRY_SEPARATOR,
    LEDGER_HEAD,
    LEDGER_TAIL,
    Ledger,
    LedgerRow,
    Revision,
    entry_text,
    ledger_row,
    write_if_changed,
)
from .contract import Section, SpannedFile
from .span_index import SpanIndex, file_stat
from .splice_section import Piece, renumbered

__all__ = ["LedgerEdit", "ledger_file_size", "splice_ledger", "write_pieces", "write_plan"]


def ledger_file_size(entries: int, entry_bytes: int) -> int:
    """How long the ledger file of these entries is (see :meth:`Ledger.dumps`)."""
    if not entries:
        return len(EMPTY_LEDGER)
    gaps = len(ENTRY_SEPARATOR) * (entries - 1)
    return len(LEDGER_HEAD) + entry_bytes + gaps + len(LEDGER_TAIL)


@dataclass(frozen=True, slots=True)
class LedgerEdit:
    """The ledger entries a splice revised, and how many entries of how many bytes the
    file held before."""

    revised: list[tuple[str, Revision]]
    count: int
    entry_bytes: int


def splice_ledger(target: Path, spans: SpanIndex, edit: LedgerEdit) -> list[LedgerRow]:
    """Write the revised entries into the ledger file at their places (sorted by id),
    copying the others; the revised entries as rows of the index."""
    count, entry_bytes, revised = edit.count, edit.entry_bytes, edit.revised
    if not count:  # no entry yet: these are all of them
        text, all_rows = Ledger(dict(revised)).dumps_entries()
        write_if_changed(target, text.encode("utf-8"))
        return all_rows
    head, separator = LEDGER_HEAD.encode(), ENTRY_SEPARATOR.encode()
    end = ledger_file_size(count, entry_bytes) - len(LEDGER_TAIL)  # where the last entry ends

    def offset(before: int, bytes_before: int) -> int:
        return len(head) + bytes_before + len(separator) * before

    texts = dict(revised)
    items: list[Piece] = []
    rows: list[LedgerRow] = []
    before = bytes_before = 0  # the next old entry to copy: its number, the bytes before it
    for place in spans.ledger_places(texts):
        if place.before > before:  # the old entries up to this one, as one range
            start = offset(before, bytes_before)
            items.append((start, offset(place.before, place.bytes_before) - len(separator) - start))
        text = entry_text(place.event_id, texts[place.event_id])
        items.append(text.encode("utf-8"))
        rows.append(ledger_row(place.event_id, texts[place.event_id], text))
        before = place.before + (place.length is not None)
        bytes_before = place.bytes_before + (place.length or 0)
    if before < count:
        start = offset(before, bytes_before)
        items.append((start, end - start))
    pieces: list[Piece] = []
    for item in items:
        if pieces:
            pieces.append(separator)
        pieces.append(item)
    frame = SpannedFile([head, LEDGER_TAIL.encode()], [Section([], array("Q"), [])])
    write_pieces(target, target, frame, [pieces])
    return rows


def write_plan(target: Path, view: SpannedFile, pieces: list[list[Piece]], existed: bool) -> str:
    """Write one spliced file (in a thread), unless it would hold the bytes it holds; its
    stat."""
    if not (existed and _holds_already(target, view, pieces)):
        write_pieces(target, target if existed else None, view, pieces)
    return file_stat(target)


def _holds_already(target: Path, view: SpannedFile, pieces: list[list[Piece]]) -> bool:
    """Whether ``target`` already holds what :func:`write_pieces` would write from it.

    A ranged piece is the same bytes where it stays at its offset; the new bytes (frame
    parts, re-rendered items, renumbered ranges) are compared with the file's bytes at
    their place, the first difference ending the check. An edit that leaves a file's bytes
    as they were (a title, for the CSV of participants and of sources) then copies nothing:
    the file keeps its inode, as the files no change reaches do (kept, not rewritten, by
    the staging copy of the folder, or in place).
    """
    parts = view.parts
    try:
        fd = os.open(target, os.O_RDONLY)
    except OSError:
        return False
    try:
        size = os.fstat(fd).st_size
        at = 0

        def same(data: bytes | memoryview) -> bool:
            nonlocal at
            length = len(data)
            if at + length > size or os.pread(fd, length, at) != data:
                return False
            at += length
            return True

        if not same(parts[0]):
            return False
        for number, part in enumerate(parts[1:]):
            marker = view.sections[number].numbered
            for piece in pieces[number]:
                if not isinstance(piece, tuple):
                    if not same(piece):
                        return False
                elif len(piece) == 3 and marker is not None:
                    if not same(renumbered(_read(fd, piece[0], piece[1]), marker, piece[2])):
                        return False
                elif piece[0] != at or at + piece[1] > size:
                    return False
                else:
                    at += piece[1]
            if not same(part):
                return False
        return at == size
    except (OSError, ExportError):
        return False
    finally:
        os.close(fd)


def write_pieces(
    target: Path, previous: Path | None, view: SpannedFile, pieces: list[list[Piece]]
) -> None:
    """Write the frame of ``view`` around each section's pieces, atomically: a piece is
    new bytes, or a range of ``previous`` copied by the kernel (read and numbered again,
    for a numbered section's items that moved)."""
    parts = view.parts
    try:
        with atomic_path(target) as tmp:
            source = os.open(previous, os.O_RDONLY) if previous is not None else None
            out = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
            try:
                waiting: list[bytes | memoryview] = [parts[0]]  # new bytes, written at once
                for number, part in enumerate(parts[1:]):
                    marker = view.sections[number].numbered
                    for piece in pieces[number]:
                        if not isinstance(piece, tuple):
                            waiting.append(piece)
                            continue
                        assert source is not None, "a range of a file there was none of"
                        if len(piece) == 3 and marker is not None:
                            data = _read(source, piece[0], piece[1])
                            waiting.append(renumbered(data, marker, piece[2]))
                        else:
                            _write(out, b"".join(waiting))
                            waiting = []
                            _copy(source, out, piece[0], piece[1])
                    waiting.append(part)
                _write(out, b"".join(waiting))
            finally:
                os.close(out)
                if source is not None:
                    os.close(source)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {os_error_message(exc)}") from None


def _read(fd: int, offset: int, length: int) -> bytes:
    data = os.pread(fd, length, offset)
    while len(data) < length:
        more = os.pread(fd, length - len(data), offset + len(data))
        if not more:
            raise ExportError("the previous export file is shorter than its span index says")
        data += more
    return data


def _write(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy(source: int, out: int, offset: int, length: int) -> None:
    """Copy ``length`` bytes at ``offset`` of ``source`` to the end of ``out``, in the kernel."""
    while length:
        try:
            done = os.copy_file_range(source, out, length, offset)
        except OSError:  # not supported here (an old kernel, another system): read and write
            done = 0
        if done == 0:
            data = os.pread(source, min(length, 1 << 24), offset)
            if not data:
                raise ExportError("the previous export file is shorter than its span index says")
            _write(out, data)
            done = len(data)
        offset += done
        length -= done
