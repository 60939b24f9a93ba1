"""The database written in a forked process beside the exports
(``timeline.processes.start_forked``): the same database and exports as one process
gives, and its failures reach the caller."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline import events_cache, processes
from timeline.build import build
from timeline.errors import ExportError
from timeline.store_update import canonical_dump

#: the module (``timeline.build`` is also the name of its function, in timeline/__init__)
build_module = importlib.import_module("timeline.build")
_FORK = "fork" in multiprocessing.get_all_start_methods()
needs_fork = pytest.mark.skipif(not _FORK, reason="no fork start method here")


@pytest.fixture(autouse=True)
def fork_despite_idle_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """``start_forked`` forks only in a process without other threads, and runs the call
    in this process otherwise. Earlier tests of the session leave idle threads behind
    (Datasette's executor), so these tests let it fork with them: a child that calls
    ``os._exit`` must not end the test session, nor a sleeping one hold it a minute."""
    monkeypatch.setattr(processes, "can_fork", lambda: _FORK)


def _build(repo_root: Path, work: Path, jobs: int, keep: Path | None = None) -> tuple[Path, Path]:
    """A cold build in ``work`` (the documents' rows name its corpus folder), its outputs
    moved to ``keep`` when given."""
    shutil.rmtree(work, ignore_errors=True)
    for name in ("events", "corpus"):
        shutil.copytree(repo_root / name, work / name)
    db, exports = work / "timeline.db", work / "exports"
    build(work / "events", work / "corpus", db, exports, jobs=jobs, cache=work / "cache.db")
    if keep is None:
        return db, exports
    keep.mkdir()
    return Path(shutil.move(db, keep)), Path(shutil.move(exports, keep))


@needs_fork
def test_a_forked_database_equals_one_written_in_process(
    repo_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    assert_same_tree: Callable[[Path, Path], None],
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the ledger's day, alike in both
    monkeypatch.setattr(build_module, "FORK_DATABASE_FROM", 0)
    started: list[bool] = []
    real_start = processes.start_forked

    def counting(what: str, call: object, *, fork: bool) -> object:
        started.append(fork)
        return real_start(what, call, fork=fork)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "start_forked", counting)
    forked_db, forked_exports = _build(repo_root, tmp_path / "work", 2, tmp_path / "forked")
    alone_db, alone_exports = _build(repo_root, tmp_path / "work", 1, tmp_path / "alone")
    assert started == [True, False]
    assert list(canonical_dump(forked_db)) == list(canonical_dump(alone_db))
    assert_same_tree(forked_exports, alone_exports)


@needs_fork
def test_what_the_child_raises_is_raised_by_the_caller() -> None:
    def failing() -> None:
        raise ExportError("cannot write database x.db: disk full")

    pending = processes.start_forked("the process writing the database", failing, fork=True)
    with pytest.raises(ExportError, match="disk full"):
        pending.result()


@needs_fork
def test_a_child_that_dies_is_an_error_naming_it() -> None:
    pending = processes.start_forked(
        "the process writing the database", lambda: os._exit(9), fork=True
    )
    with pytest.raises(ExportError, match=r"the process writing the database died \(exit code 9\)"):
        pending.result()


@needs_fork
def test_a_value_comes_back_and_a_cancelled_child_stops() -> None:
    assert processes.start_forked("adding", lambda: 2 + 3, fork=True).result() == 5
    slow = processes.start_forked("sleeping", lambda: __import__("time").sleep(60), fork=True)
    slow.cancel()
    with pytest.raises(ExportError, match="sleeping was stopped"):
        slow.result()


def test_without_fork_the_call_runs_at_once() -> None:
    ran: list[int] = []
    pending = processes.start_forked("appending", lambda: ran.append(1) or len(ran), fork=False)
    assert ran == [1]
    assert pending.result() == 1


@needs_fork
def test_a_failing_forked_database_publishes_nothing(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_module, "FORK_DATABASE_FROM", 0)

    def failing(*_args: object, **_options: object) -> None:
        raise ExportError("cannot write database: disk full")

    monkeypatch.setattr(build_module, "build_database", failing)
    with pytest.raises(ExportError, match="disk full"):
        _build(repo_root, tmp_path, jobs=2)
    assert not (tmp_path / "timeline.db").exists()
    assert not (tmp_path / "exports").exists()


def _index_rows(cache: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows of each table of the build's index (:mod:`timeline.last_build`), but the
    files' stats (each copy of the events has its own)."""
    conn = sqlite3.connect(cache)
    try:
        return {
            table: conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2, 3").fetchall()
            for table, columns in (
                ("last_build_files", "path, key, record, digest, stat IS NULL"),
                ("last_build_actors", "*"),
                ("last_build_places", "*"),
            )
        }
    finally:
        conn.close()


@needs_fork
def test_the_forked_process_records_the_index_a_build_in_process_records(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files and events of a cold build are recorded by the process writing the
    database; the index is the same as one process writes, and the next build after an
    edit takes the incremental path from it."""
    monkeypatch.setattr(events_cache, "RACY_NS", 0)  # the files were all written just now
    monkeypatch.setattr(build_module, "FORK_DATABASE_FROM", 0)
    _build(repo_root, tmp_path / "alone", 1)
    _build(repo_root, tmp_path / "forked", 2)
    forked = tmp_path / "forked"
    assert _index_rows(forked / "cache.db") == _index_rows(tmp_path / "alone" / "cache.db")
    edited = next((forked / "events").rglob("2022*.yaml"))
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")
    report = build(
        forked / "events", forked / "corpus", forked / "timeline.db", forked / "exports",
        jobs=2, cache=forked / "cache.db",
    )  # fmt: skip
    assert report.incremental and report.updated_in_place


@needs_fork
def test_a_build_failing_after_its_index_is_recorded_leaves_no_last_build(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index's rows are kept without facts until the outputs are in: when the build
    fails after the forked process recorded them (here just before the switch), nothing
    is published and the next build reads every file, saying why."""
    monkeypatch.setattr(build_module, "FORK_DATABASE_FROM", 0)
    for name in ("events", "corpus"):
        shutil.copytree(repo_root / name, tmp_path / name)
    outputs = (tmp_path / "events", tmp_path / "corpus", tmp_path / "timeline.db")

    def stop_before_the_switch(message: str) -> None:
        if message == "switching in the new outputs":
            raise ExportError("cannot switch: disk full")

    build(*outputs, tmp_path / "exports", jobs=2, cache=tmp_path / "cache.db")
    assert _facts(tmp_path / "cache.db") > 0
    (tmp_path / "timeline.db").unlink()  # a full build next
    with pytest.raises(ExportError, match="disk full"):
        build(*outputs, tmp_path / "exports", jobs=2, cache=tmp_path / "cache.db",
              progress=stop_before_the_switch)  # fmt: skip
    assert not (tmp_path / "timeline.db").exists()
    assert _index_rows(tmp_path / "cache.db")["last_build_files"]  # recorded, with no facts
    assert _facts(tmp_path / "cache.db") == 0
    said: list[str] = []
    report = build(
        *outputs, tmp_path / "exports", jobs=2, cache=tmp_path / "cache.db", progress=said.append
    )
    assert not report.incremental
    assert "no previous database: reading every file" in said
    assert _facts(tmp_path / "cache.db") > 0


def _facts(cache: Path) -> int:
    """How many facts of a last build the index holds."""
    conn = sqlite3.connect(cache)
    try:
        found: int = conn.execute("SELECT count(*) FROM last_build_facts").fetchone()[0]
        return found
    finally:
        conn.close()
