"""The database written in a forked process beside the exports
(``timeline.processes.start_forked``): the same database and exports as one process
gives, and its failures reach the caller."""

from __future__ import annotations

import importlib
import multiprocessing
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from timeline import Timeline, processes
from timeline.build import build
from timeline.errors import ExportError
from timeline.store import build_database, finish_database_file
from timeline.store.update import canonical_dump

from .conftest import FixtureDocument

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

    def counting(what: str, call: object, *, fork: bool, in_child: object = None) -> object:
        started.append(fork)
        return real_start(what, call, fork=fork, in_child=in_child)  # type: ignore[arg-type]

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


def test_the_database_writer_imports_sqlite_utils_without_pandas_or_numpy() -> None:
    """sqlite-utils imports pandas and numpy when it finds them (63 MB and about a CPU
    second, for column types a build never passes); the build's writer process imports
    it as where they are not installed, then writes a database as well."""
    script = (
        "import sys\n"
        "from timeline.store import import_sqlite_utils_without_dataframes\n"
        "import_sqlite_utils_without_dataframes()\n"
        "import sqlite_utils\n"
        "assert 'pandas' not in sys.modules and 'numpy' not in sys.modules, 'imported'\n"
        "db = sqlite_utils.Database(memory=True)\n"
        "db['t'].insert_all([{'id': 1, 'name': 'x'}], pk='id')\n"
        "assert list(db['t'].rows) == [{'id': 1, 'name': 'x'}]\n"
        "assert sys.modules.get('pandas', 'absent') == 'absent', 'left hidden'\n"
        "print('ok')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]


class _Stopped(Exception):
    """Raised where the forked writer would go on in a fresh interpreter."""


def test_rows_finished_from_the_database_alone_give_the_same_database(
    fixture_timeline: Timeline, fixture_documents: list[FixtureDocument], tmp_path: Path
) -> None:
    """The forked writer writes the rows made from the events, then a fresh interpreter
    makes the rest from the database alone (``events_by_country`` from the tables)."""
    whole = build_database(fixture_timeline, fixture_documents, tmp_path / "whole.db")
    rows = tmp_path / "rows.db"

    def keep_and_stop(written: Path, target: Path) -> NoReturn:
        assert target == tmp_path / "split" / "timeline.db"
        shutil.copyfile(written, rows)
        raise _Stopped

    split = tmp_path / "split" / "timeline.db"
    with pytest.raises(_Stopped):
        build_database(fixture_timeline, fixture_documents, split, finish_elsewhere=keep_and_stop)
    assert list(split.parent.iterdir()) == []  # nothing left of the stopped build
    finish_database_file(rows, split)
    assert not rows.exists()  # renamed over the target
    assert list(canonical_dump(split)) == list(canonical_dump(whole))


def test_a_failing_finish_leaves_neither_rows_nor_target(
    fixture_timeline: Timeline, fixture_documents: list[FixtureDocument], tmp_path: Path
) -> None:
    rows = build_database(fixture_timeline, fixture_documents, tmp_path / "rows.db")
    target = tmp_path / "missing" / "timeline.db"  # its folder does not exist
    with pytest.raises(ExportError, match=r"cannot write .*missing/timeline\.db"):
        finish_database_file(rows, target)
    assert not rows.exists() and not target.exists()
