"""Work spread over the cores of this machine: how many processes, and the ordered map.

Extraction (:mod:`timeline.extract.run`) and the loading of events/
(:mod:`timeline.event_reading`) both send independent items to a pool of processes
and take the results back in the items' order, so their output is the same
whatever the number of processes.

The exports (:mod:`timeline.formats`, :mod:`timeline.ics.calendar`), whose
caller would only wait for such a pool, use :func:`map_shared` instead: the
caller takes a share of the items itself, so the work has the same cores and
one process fewer, and every forked process soon holds a copy of most of the
caller's heap. Forked children
leave what they inherit out of the cycle collector (``gc.freeze``), which would
otherwise write to every inherited object, copying its page.

A single call can also run in a forked child while the caller goes on
(:func:`start_forked`): a cold build writes its database that way beside the
exports, so the builder's heap never grows by SQLite's and the writing takes a
second core (docs/history/scale-log.md, "The cold build's memory, and the index read in SQL").
Only with the ``fork`` start method (the child shares the caller's objects without
pickling them) and in a process without other threads (forking a threaded process
can copy a lock another thread holds); elsewhere the call runs at once, in this
process, with the same result. Such a child can end its call in a fresh interpreter
(:func:`continue_fresh`): once it has read what it needed of the caller's objects,
the pages it copied from the caller's heap are let go (docs/history/scale-log.md, "The build,
eighteenth session").
"""

from __future__ import annotations

import base64
import gc
import json
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, Generic, NoReturn, TypeVar

from .errors import ExportError

__all__ = [
    "Pending",
    "Workers",
    "can_continue_fresh",
    "can_fork",
    "continue_fresh",
    "default_jobs",
    "in_forked_child",
    "map_ordered",
    "map_shared",
    "start_forked",
]

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_ordered(
    func: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    chunk: int,
    *,
    prepare: Callable[[], object] | None = None,
) -> Iterator[R]:
    """``func`` of each item, in the items' order, computed by ``jobs`` processes.

    One process (or one item) runs in this process. ``chunk`` is the most items
    sent to a worker at once: large enough to keep the pipe quiet, small enough
    that results arrive in a steady stream. ``func`` must be a module-level
    function, and items and results picklable.

    ``prepare`` builds what every item needs (tables, compiled patterns): with
    the ``fork`` start method (Linux) it runs once, here, before the workers
    start, and they share its result; with ``spawn`` (macOS, Windows) each
    worker runs it as it starts.
    """
    if jobs <= 1 or len(items) <= 1:
        yield from map(func, items)
        return
    with Workers(min(jobs, len(items)), prepare=prepare) as workers:
        yield from workers.map(func, items, chunk)


def map_shared(func: Callable[[T], R], items: Sequence[T], jobs: int, *, what: str) -> list[R]:
    """``func`` of each item, in the items' order, computed by this process and
    ``jobs - 1`` forked ones, each taking the next item nobody has taken.

    For a caller that would otherwise wait for a pool: it takes a share of the
    items itself, so the work has the same cores and one process fewer. Each
    forked process soon holds a private copy of most of the caller's heap (reading
    an object writes its reference count, which copies its page): at 100,000
    events a pool worker rendering a format held 450-500 MB of its own
    (docs/history/scale-log.md, "The build, sixteenth session"). The children are started
    with :func:`start_forked` (``fork`` and no other thread); elsewhere every item
    runs here, with the same results. ``func`` must be a module-level function
    and the results picklable; the children share what the caller set up before.
    ``what`` names the work in the message of a child that dies without answering.
    """
    if jobs <= 1 or len(items) <= 1 or not can_fork():
        return [func(item) for item in items]
    import multiprocessing

    taken = multiprocessing.get_context("fork").Value("q", 0)
    take = partial(_take_items, func, items, taken)
    others = [start_forked(what, take, fork=True) for _ in range(min(jobs, len(items)) - 1)]
    try:
        done = take()
        for other in others:
            done.update(other.result())
    finally:
        for other in others:
            other.cancel()
    return [done[n] for n in range(len(items))]


def _take_items(func: Callable[[T], R], items: Sequence[T], taken: Any) -> dict[int, R]:
    """``func`` of the items not taken yet, one at a time, by their numbers in ``items``
    (:func:`map_shared`; ``taken`` is the shared count of items taken)."""
    done: dict[int, R] = {}
    while True:
        with taken.get_lock():
            number = taken.value
            taken.value = number + 1
        if number >= len(items):
            return done
        done[number] = func(items[number])


class Workers:
    """A pool of ``jobs`` processes started when first needed, for several ordered maps.

    Starting processes for each batch of a long run would fork the parent again
    and again as its memory grows; one pool serves every batch. With ``jobs`` of
    1 nothing is started and :meth:`map` runs in this process. ``prepare`` is
    that of :func:`map_ordered`.
    """

    def __init__(self, jobs: int, *, prepare: Callable[[], object] | None = None) -> None:
        self.jobs = jobs
        self._prepare = prepare
        self._pool: Any = None

    def map(self, func: Callable[[T], R], items: Sequence[T], chunk: int) -> Iterator[R]:
        """Like :func:`map_ordered`, on this pool."""
        if self.jobs <= 1 or len(items) <= 1:
            return map(func, items)
        if self._pool is None:
            import multiprocessing

            initializer = self._prepare
            if initializer is not None and multiprocessing.get_start_method() == "fork":
                initializer()
                initializer = None
            self._pool = multiprocessing.Pool(
                self.jobs, initializer=partial(_forked_worker, initializer)
            )
        size = max(1, min(chunk, len(items) // (4 * self.jobs)))
        result: Iterator[R] = self._pool.imap(func, items, chunksize=size)
        return result

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()


def _keep_inherited() -> None:
    """In a forked child: the objects inherited from the parent left out of the cycle
    collector, which would otherwise write to every one of them (and so copy every
    page of the parent's heap into the child) the first time it runs over them all."""
    gc.freeze()


def _forked_worker(prepare: Callable[[], object] | None) -> None:
    """A pool worker's start: :func:`_keep_inherited`, then ``prepare`` (with spawn)."""
    _keep_inherited()
    if prepare is not None:
        prepare()


def can_fork() -> bool:
    """Whether :func:`start_forked` may fork: the ``fork`` start method, and no other thread."""
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


def start_forked(
    what: str,
    call: Callable[[], R],
    *,
    fork: bool,
    in_child: Callable[[], object] | None = None,
) -> Pending[R]:
    """``call()`` in a child process forked now (with ``fork`` and :func:`can_fork`),
    else at once in this one. ``what`` names the work in the message of a child that
    dies without answering ("the process writing the database"). ``in_child`` runs
    first in a forked child only (what suits a process that ends with the call)."""
    if not (fork and can_fork()):
        return Pending.done(call())
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(call, sender, in_child), daemon=True)
    process.start()
    sender.close()
    return Pending(process, receiver, what)


#: In a child of :func:`start_forked`: the pipe its call's outcome goes back through.
_answer_pipe: Any = None


def _run(call: Callable[[], Any], sender: Any, in_child: Callable[[], object] | None) -> None:
    """In the child: the call's value, or what it raised, sent back to the parent."""
    global _answer_pipe
    _answer_pipe = sender
    _keep_inherited()
    try:
        if in_child is not None:
            in_child()
        outcome: tuple[bool, Any] = (True, call())
    except BaseException as exc:  # every failure goes back to the caller
        outcome = (False, exc)
    _answer(sender, outcome)


def _answer(sender: Any, outcome: tuple[bool, Any]) -> None:
    """``outcome`` sent to the parent of :func:`start_forked` through ``sender``."""
    try:
        payload = pickle.dumps(outcome)
    except Exception:  # an exception that does not pickle: its message
        payload = pickle.dumps((False, ExportError(str(outcome[1]))))
    sender.send_bytes(payload)
    sender.close()


def in_forked_child() -> bool:
    """Whether this process is a child of :func:`start_forked`, running its call."""
    return _answer_pipe is not None


def can_continue_fresh() -> bool:
    """Whether a call of :func:`start_forked` may end in a fresh interpreter
    (:func:`continue_fresh`): on a POSIX system that knows this interpreter's path."""
    return os.name == "posix" and bool(sys.executable)


def continue_fresh(func: Callable[..., object], *args: object, value: object = None) -> NoReturn:
    """End the call of :func:`start_forked` running in this forked child in a fresh
    interpreter: ``func(*args)`` runs there, then the call's value is ``value`` (or what
    ``func`` raised is raised by the caller). ``func`` is a module-level function; it and
    the arguments are pickled.

    This process becomes the new interpreter (``exec``: the same process, which the
    caller waits for as before), so every page it copied from the caller's heap is let
    go: a child that has read what it needs of the caller's objects does the rest in a
    process of its own size (the build's database writer: its rows from the events,
    then the indexes, full-text tables and summaries from the database alone). Only in
    such a child, when :func:`can_continue_fresh`; raises :class:`ExportError` when the
    interpreter cannot be started (nothing was replaced).
    """
    if _answer_pipe is None:
        raise RuntimeError("continue_fresh is for the child of start_forked")
    fd = _answer_pipe.fileno()
    os.set_inheritable(fd, True)
    work = base64.b64encode(pickle.dumps((func, args, value))).decode("ascii")
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    where = json.dumps(sys.path)  # where this module and ``func``'s are found
    # -P: not the working folder first on the path, where a json.py would be imported
    command = [sys.executable, "-P", "-c", _FRESH, where, str(fd), work]
    try:
        os.execv(sys.executable, command)
    except OSError as exc:
        os.set_inheritable(fd, False)
        raise ExportError(f"cannot start {sys.executable} to go on: {exc}") from None


#: What the fresh interpreter of :func:`continue_fresh` runs, given the caller's
#: ``sys.path``, the answer pipe's descriptor and the work.
_FRESH = (
    "import json, sys; sys.path[:] = json.loads(sys.argv[1]); "
    "from timeline.processes import _go_on; _go_on(int(sys.argv[2]), sys.argv[3])"
)


def _go_on(fd: int, work: str) -> None:
    """In the fresh interpreter of :func:`continue_fresh`: the work, its outcome sent
    through ``fd`` to the caller of :func:`start_forked` as the call's."""
    from multiprocessing.connection import Connection

    sender = Connection(fd, readable=False)
    try:
        func, args, value = pickle.loads(base64.b64decode(work))
        func(*args)
        outcome: tuple[bool, Any] = (True, value)
    except BaseException as exc:  # every failure goes back to the caller
        outcome = (False, exc)
    _answer(sender, outcome)
