"""timeline.processes: map_ordered and map_shared give results in the items' order."""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import sys
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from timeline import processes
from timeline.processes import map_ordered, map_shared, start_forked

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


def _square_where(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def _slow_square_where(n: int) -> tuple[int, int]:
    time.sleep(0.003)
    return n * n, os.getpid()


def _fails_on_three(n: int) -> int:
    if n == 3:
        raise ValueError(f"item {n} is bad")
    return n


def test_shared_results_come_in_the_items_order_whatever_the_processes() -> None:
    items = list(range(40))
    one = [r for r, _ in map_shared(_square_where, items, 1, what="squaring")]
    three = [r for r, _ in map_shared(_square_where, items, 3, what="squaring")]
    assert one == three == [n * n for n in items]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork only")
def test_shared_items_are_taken_by_this_process_and_forked_ones() -> None:
    """This process takes items too; the others are forked (and gone when it returns)."""
    if threading.active_count() != 1:
        others = sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())
        if os.environ.get("TIMELINE_REQUIRE_FORK"):  # test_forked_paths.py's fresh process
            pytest.fail(f"threads left running, so nothing forks: {others}")
        pytest.skip(f"this test process runs other threads ({len(others)}): nothing is forked")
    here = os.getpid()
    seen: set[int] = set()
    for _ in range(20):  # which process takes which item is the scheduler's choice
        # items of a few milliseconds each: instant ones are all taken here before the
        # forked process has started
        seen.update(pid for _, pid in map_shared(_slow_square_where, list(range(100)), 2, what="x"))
        if here in seen and len(seen) > 1:
            break
    assert here in seen and len(seen) > 1
    assert multiprocessing.active_children() == []


def test_shared_map_beside_another_thread_runs_here() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        found = map_shared(_square_where, list(range(10)), 2, what="squaring")
    finally:
        stop.set()
        other.join()
    assert {pid for _, pid in found} == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_item_fails_the_shared_map(jobs: int) -> None:
    with pytest.raises(ValueError, match="item 3 is bad"):
        map_shared(_fails_on_three, list(range(8)), jobs, what="checking")
    assert multiprocessing.active_children() == []


_SET_UP: list[int] = []


def _set_up_here() -> None:
    _SET_UP.append(os.getpid())


def _set_up_seen() -> list[int]:
    return list(_SET_UP)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="start_forked forks with fork only"
)
def test_what_runs_in_the_child_runs_there_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "can_fork", lambda: True)  # despite idle threads
    forked = start_forked("a test", _set_up_seen, fork=True, in_child=_set_up_here).result()
    assert len(forked) == 1 and forked[0] != os.getpid()  # run in the child, before the call
    here = start_forked("a test", _set_up_seen, fork=False, in_child=_set_up_here).result()
    assert here == [] and _SET_UP == []  # not in this process


#: A module of functions for a fresh interpreter to find: the tests' own modules are
#: imported by path (pytest's importlib mode), which a new interpreter cannot follow.
_FRESH_WORK = """
import json, os, sys
from pathlib import Path

from timeline import processes


def where_am_i(path, fail):
    if fail:
        raise ValueError(fail)
    Path(path).write_text(json.dumps([os.getpid(), "pytest" in sys.modules]), "utf-8")


def go_on_fresh(path, fail):
    processes.continue_fresh(where_am_i, path, fail, value="done")
"""


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="start_forked forks with fork only"
)
def test_a_forked_call_goes_on_in_a_fresh_interpreter(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(processes, "can_fork", lambda: True)  # despite idle threads
    (tmp_path / "fresh_work.py").write_text(_FRESH_WORK, "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    fresh_work = importlib.import_module("fresh_work")
    monkeypatch.setitem(sys.modules, "fresh_work", fresh_work)  # gone again after the test
    go_on_fresh = fresh_work.go_on_fresh
    record = tmp_path / "where.json"
    pending = start_forked("a test", partial(go_on_fresh, str(record), ""), fork=True)
    assert pending.result() == "done"  # the value given, once the work has run
    pid, with_pytest = json.loads(record.read_text("utf-8"))
    assert pid == pending._process.pid != os.getpid()  # the forked child, replaced...
    assert with_pytest is False  # ...by an interpreter that has not imported the caller's modules
    failing = start_forked("a test", partial(go_on_fresh, str(record), "row 3 is bad"), fork=True)
    with pytest.raises(ValueError, match="row 3 is bad"):  # what it raised, raised here
        failing.result()
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="start_forked forks with fork only"
)
def test_the_fresh_interpreter_does_not_import_from_the_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a build run from a folder holding a json.py (the fresh interpreter imports json
    # first): the module of the standard library, not the folder's
    monkeypatch.setattr(processes, "can_fork", lambda: True)
    (tmp_path / "fresh_work.py").write_text(_FRESH_WORK, "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    fresh_work = importlib.import_module("fresh_work")
    monkeypatch.setitem(sys.modules, "fresh_work", fresh_work)
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "json.py").write_text("raise ImportError('the folder's json.py')\n", "utf-8")
    monkeypatch.chdir(folder)
    record = tmp_path / "where.json"
    pending = start_forked("a test", partial(fresh_work.go_on_fresh, str(record), ""), fork=True)
    assert pending.result() == "done"
    assert record.exists()


def test_only_a_forked_call_goes_on_in_a_fresh_interpreter() -> None:
    assert not processes.in_forked_child()
    with pytest.raises(RuntimeError, match="the child of start_forked"):
        processes.continue_fresh(print, "x")
