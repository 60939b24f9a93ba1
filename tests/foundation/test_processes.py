"""timeline.processes.map_ordered: results in the items' order, and a set-up shared by fork."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from timeline.processes import map_ordered

_PREPARED: list[int] = []


def _prepare() -> None:
    _PREPARED.append(os.getpid())


def _square_and_who(n: int) -> tuple[int, list[int]]:
    return n * n, list(_PREPARED)


def test_results_come_in_the_items_order_whatever_the_processes() -> None:
    items = list(range(50))
    one = [r for r, _ in map_ordered(_square_and_who, items, 1, 4)]
    two = [r for r, _ in map_ordered(_square_and_who, items, 2, 4)]
    assert one == two == [n * n for n in items]


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the set-up is shared by fork only"
)
def test_prepare_runs_once_here_and_the_workers_inherit_it() -> None:
    _PREPARED.clear()
    results = list(map_ordered(_square_and_who, list(range(8)), 2, 1, prepare=_prepare))
    here = [os.getpid()]
    assert here == _PREPARED  # once, in this process
    assert all(seen == here for _, seen in results)  # what the workers saw
    _PREPARED.clear()


def test_one_process_needs_no_set_up_ahead() -> None:
    _PREPARED.clear()
    assert [r for r, _ in map_ordered(_square_and_who, [3], 2, 1, prepare=_prepare)] == [9]
    assert _PREPARED == []  # the single item ran here, building lazily as it goes
