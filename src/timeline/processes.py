"""Work spread over the cores of this machine: how many processes, and the ordered map.

Extraction (:mod:`timeline.extract.run`) and the loading of events/
(:mod:`timeline.curated`) both send independent items to a pool of processes
and take the results back in the items' order, so their output is the same
whatever the number of processes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["Workers", "default_jobs", "map_ordered"]

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
            self._pool = multiprocessing.Pool(self.jobs, initializer=initializer)
        size = max(1, min(chunk, len(items) // (4 * self.jobs)))
        result: Iterator[R] = self._pool.imap(func, items, chunksize=size)
        return result

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
