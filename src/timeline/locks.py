"""Advisory locks on folders, so two commands never write (or read half-written) data at once.

One lock file per thing locked, held with ``flock(2)`` (:func:`fcntl.flock`):

* ``.events.lock`` beside the events folder — ``timeline propose`` holds it
  exclusively while it reads and rewrites events/; ``timeline build`` and
  ``validate`` hold it shared while they read, so they never see a folder
  half-way through a propose, and a propose never starts under a running build;
* ``.exports.lock`` beside the exports folder and ``.timeline.db.lock`` beside
  the database — ``timeline build`` holds them exclusively while it stages and
  switches its outputs (:mod:`timeline.staging`).

Lock files sit beside what they lock (:func:`lock_path`), not inside it, so a
locked folder holds only its own files (git ignores ``.*.lock``).

A lock is never waited for: a second command fails at once with an
:class:`~timeline.errors.TimelineError` naming the other process, so nothing
hangs. The kernel releases a ``flock`` when its process ends, however it
ends (``kill -9`` included), so a lock file left behind never blocks anyone:
it is only a name to lock, and is not removed (removing it would let two
processes lock two different files of one name). The holder of an exclusive
lock writes its pid into the file for the message.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import ExportError, TimelineError

__all__ = ["LockBusy", "exclusive_lock", "lock_path", "shared_lock"]


def lock_path(locked: str | Path) -> Path:
    """The lock file of a folder or file: ``.<name>.lock`` beside it (``.events.lock``)."""
    locked = Path(os.path.abspath(locked))
    return locked.parent / f".{locked.name}.lock"


class LockBusy(TimelineError):
    """Another process holds the lock: the message names it and says what to do."""


def _open(lock_path: Path) -> int:
    try:
        return os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise ExportError(
            f"cannot create the lock file {lock_path}: {exc.strerror}; "
            f"make {lock_path.parent} writable"
        ) from None


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return "pid unknown"
    return f"pid {text}" if text.isdigit() else "pid unknown"


@contextmanager
def exclusive_lock(lock_path: str | Path, *, busy: str) -> Iterator[None]:
    """Hold ``lock_path`` exclusively for the block, or raise :class:`LockBusy` at once.

    ``busy`` is the message when another process holds it, with ``{holder}``
    replaced by ``pid N`` of an exclusive holder, or ``a reader`` when only
    shared holders have it.
    """
    lock_path = Path(lock_path)
    fd = _open(lock_path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(busy.format(holder=_who(fd))) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing releases the lock


def _who(fd: int) -> str:
    """``pid N`` of the exclusive holder, or ``a reader`` when the lock is held shared."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _holder(fd)
    fcntl.flock(fd, fcntl.LOCK_UN)
    return "a reader"


def _open_for_reading(lock_path: Path) -> int | None:
    """The lock file opened for a shared lock; ``None`` when the folder cannot hold one."""
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            return os.open(lock_path, flags | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EROFS, errno.EPERM, errno.ENOENT):
                raise ExportError(
                    f"cannot open the lock file {lock_path}: {exc.strerror}"
                ) from None
    return None


@contextmanager
def shared_lock(lock_path: str | Path, *, busy: str) -> Iterator[None]:
    """Hold ``lock_path`` shared for the block, or raise :class:`LockBusy` at once.

    Any number of shared holders may read together; an exclusive holder (a
    writer) makes this raise with ``busy`` (``{holder}`` is its pid). When
    the folder is read-only, so that no lock file can be made, nobody can be
    writing through it either and the block runs without a lock.
    """
    lock_path = Path(lock_path)
    fd = _open_for_reading(lock_path)
    if fd is None:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(busy.format(holder=_holder(fd))) from None
        yield
    finally:
        os.close(fd)
