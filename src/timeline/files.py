"""Atomic file writes: a reader never sees half a file, a failed write leaves the old one."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import CorpusError, ExportError

__all__ = [
    "atomic_path",
    "atomic_write",
    "os_error_message",
    "read_ahead",
    "read_text",
    "replacing",
]


def os_error_message(exc: OSError) -> str:
    """What the system said, and what to do for a full disk or a read-only place."""
    what = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        what += " (the disk is full: free some space, or write to another disk)"
    elif exc.errno == errno.EROFS:
        what += " (a read-only file system: write somewhere else, or remount it writable)"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        what += " (make the folder writable, or write somewhere else)"
    return what


@contextmanager
def atomic_path(target: str | Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    If the block raises, the temporary file is removed and ``target`` is left
    exactly as it was (same bytes, same mtime).
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = os_error_message(exc)
        raise ExportError(f"cannot create folder {target.parent}: {why}") from None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {os_error_message(exc)}") from None
    os.close(fd)
    tmp = Path(name)
    with replacing(tmp, target):
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are meant to be read and served
        yield tmp


@contextmanager
def replacing(tmp: str | Path, target: str | Path) -> Iterator[None]:
    """Run the block, then rename ``tmp`` over ``target``; if anything raises, ``tmp`` is
    removed and ``target`` left as it was (:func:`atomic_path`'s end, for a file written
    elsewhere: the build's database)."""
    tmp = Path(tmp)
    try:
        yield
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {os_error_message(exc)}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(target: str | Path, data: bytes | str) -> Path:
    """Write ``data`` (str is encoded as UTF-8, newlines kept as given) to ``target`` atomically."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(target) as tmp:
        try:
            tmp.write_bytes(payload)
        except OSError as exc:
            raise ExportError(f"cannot write {target}: {os_error_message(exc)}") from None
    return Path(target)


def read_text(path: str | Path) -> str:
    """A UTF-8 text file's exact text: no newline translation, so offsets index the file.

    ``\\r\\n`` stays two characters and a byte-order mark stays at offset 0.
    Raises :class:`~timeline.errors.CorpusError` naming the file when it is
    missing, a folder, unreadable or not UTF-8, and saying what to do.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder; give a text file") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8, for example with iconv -f cp1252 -t utf-8"
        ) from None


def read_ahead(path: str | Path) -> None:
    """Ask the kernel to start reading ``path`` into memory now, in the background
    (``posix_fadvise`` ``POSIX_FADV_WILLNEED``; nothing where the system has no such call
    or the file cannot be opened).

    The call returns at once (about a millisecond for a file of 300 MB whose pages are
    not in memory, 0.1 ms when they are): a later read or copy of the file then finds its
    pages in memory instead of waiting for the disk.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
    except OSError:
        pass
    finally:
        os.close(fd)
