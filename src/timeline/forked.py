"""One call run in a forked child process while the caller goes on.

A cold ``timeline build`` writes the database (SQLite's page cache, its sorts and
VACUUM: about 150 MB of heap at 100,000 events, which the C allocator keeps once
freed) and then the exports, whose worker processes are forks of the builder: every
page the builder holds is counted again in each of them. :func:`start` runs the
database's writing in a child forked from the builder instead, so the builder's
heap never grows by SQLite's, and the writing runs on a second core beside the
exports (docs/scale.md, "The cold build's memory, and the index read in SQL").

Only with the ``fork`` start method (the child shares the caller's objects without
pickling them) and in a process without other threads (forking a threaded process
can copy a lock another thread holds); elsewhere the call runs at once, in this
process, with the same result.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .errors import ExportError

__all__ = ["Pending", "can_fork", "start"]

R = TypeVar("R")


def can_fork() -> bool:
    """Whether :func:`start` may fork: the ``fork`` start method, and no other thread."""
    import multiprocessing  # here: a build after an edit forks nothing, and starts faster

    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


class Pending(Generic[R]):
    """A call under way in a child process (or done already); :meth:`result` waits."""

    def __init__(self, process: Any, connection: Any, what: str) -> None:
        self._process = process
        self._connection = connection
        self._what = what
        self._done: tuple[bool, Any] | None = None

    @classmethod
    def done(cls, value: R) -> Pending[R]:
        """A call made already, in this process."""
        pending: Pending[R] = cls(None, None, "")
        pending._done = (True, value)
        return pending

    def result(self) -> R:
        """The call's value, waiting for it; raises what the call raised."""
        if self._done is None:
            try:
                self._done = pickle.loads(self._connection.recv_bytes())
            except EOFError:  # killed (out of memory, a signal) before it answered
                self._process.join()
                code = self._process.exitcode
                self._done = (False, ExportError(f"{self._what} died (exit code {code})"))
            except Exception as exc:  # an exception that does not unpickle
                self._done = (False, ExportError(f"{self._what} failed: {exc}"))
            finally:
                self._connection.close()
            self._process.join()
        outcome: tuple[bool, Any] = self._done
        if not outcome[0]:
            raise outcome[1]
        value: R = outcome[1]
        return value

    def cancel(self) -> None:
        """Stop the child if it is still running (the caller failed first)."""
        if self._done is None and self._process is not None:
            self._process.terminate()
            self._process.join()
            self._connection.close()
            self._done = (False, ExportError(f"{self._what} was stopped"))


def start(what: str, call: Callable[[], R], *, fork: bool) -> Pending[R]:
    """``call()`` in a child process forked now (with ``fork`` and :func:`can_fork`),
    else at once in this one. ``what`` names the work in the message of a child that
    dies without answering ("the process writing the database")."""
    if not (fork and can_fork()):
        return Pending.done(call())
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(call, sender), daemon=True)
    process.start()
    sender.close()
    return Pending(process, receiver, what)


def _run(call: Callable[[], Any], sender: Any) -> None:
    """In the child: the call's value, or what it raised, sent back to the parent."""
    try:
        outcome: tuple[bool, Any] = (True, call())
    except BaseException as exc:  # every failure goes back to the caller
        outcome = (False, exc)
    try:
        payload = pickle.dumps(outcome)
    except Exception:  # an exception that does not pickle: its message
        payload = pickle.dumps((False, ExportError(str(outcome[1]))))
    sender.send_bytes(payload)
    sender.close()
