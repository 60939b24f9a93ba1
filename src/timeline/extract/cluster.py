"""Extraction past one machine: documents mapped over a Dask cluster with ``dask.bag``.

Optional: needs the ``dask`` extra (``pip install 'timeline[dask]'``: dask and
distributed). The client sends the list of files (paths and metadata, no
text) as a bag; each worker reads its documents and extracts their mentions;
the client gathers the partitions in order and reduces them with the blocked
merge, exactly as a local run does, so the output is the same.

Every worker must see the article files at the paths the client gives (a
shared or network file system, or the same checkout on every machine), and
have the same version of ``timeline`` installed. See docs/scale.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ..errors import ExtractionError

__all__ = ["PARTITION_SIZE", "map_on_dask"]

T = TypeVar("T")
R = TypeVar("R")

#: Documents per bag partition: one task each, large enough that scheduling
#: costs little beside extraction (a few milliseconds per document).
PARTITION_SIZE = 64


def _client(cluster: Any) -> tuple[Any, bool]:
    """A ``distributed.Client`` for ``cluster`` (a client, or a scheduler address) and
    whether we opened it."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ExtractionError(
            "the Dask path needs dask and distributed: pip install 'timeline[dask]'"
        ) from exc
    if isinstance(cluster, Client):
        return cluster, False
    try:
        return Client(str(cluster), timeout="10s"), True
    except OSError as exc:
        raise ExtractionError(
            f"cannot reach the Dask scheduler at {cluster!r} ({exc}): check the address "
            "(tcp://host:8786) and that the scheduler is running"
        ) from exc


def map_on_dask(func: Callable[[T], R], items: Sequence[T], cluster: Any) -> Iterator[R]:
    """``func`` over ``items`` on the Dask cluster, results in the order of ``items``.

    ``cluster`` is a ``distributed.Client`` or a scheduler address
    (``tcp://scheduler:8786``). Partitions are gathered one at a time, in
    order, and released, so the client holds one partition's results beside
    what the caller keeps.
    """
    if not items:
        return
    import dask.bag

    client, opened = _client(cluster)
    try:
        bag = dask.bag.from_sequence(list(items), partition_size=PARTITION_SIZE)
        futures = client.compute(bag.map(func).to_delayed())
        for future in futures:
            part: list[R] = future.result()
            future.release()
            yield from part
    finally:
        if opened:
            client.close()
