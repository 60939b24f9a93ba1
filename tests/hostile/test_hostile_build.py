"""Issue #16, class 7: build outputs replaced as a set, never half; clear errors, no orphans.

Reproductions kept here: an export failing after timeline.json had landed
(the database and JSON were new, the rest old), a kill between the two
renames of the switch, temporary files left by killed builds, a full disk on
the exports' file system, a read-only exports or database folder (a raw
OSError traceback before), and two builds at once. The random-kill trials
are in test_fault_kill.py.
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import importlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline import staging
from timeline.build import build
from timeline.cli import main
from timeline.errors import ExportError
from timeline.locks import LockBusy, exclusive_lock

build_module = importlib.import_module("timeline.build")
DATA = Path(__file__).resolve().parent.parent / "data" / "datasette"


def _state(work: Path) -> dict[str, str]:
    """Digest of every file of the outputs and of everything else beside them (but the
    cache of validated event files, which is no output: a failed build may fill it)."""
    out = {}
    for path in sorted(work.rglob("*")):
        rel = path.relative_to(work)
        if rel.parts[0] in {"events", "corpus"} or path.name.endswith(".lock"):
            continue
        if path.name.startswith(".timeline-cache.db"):
            continue
        if path.is_file():
            out[str(rel)] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            out[str(rel)] = "folder"
    return out


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder with small events/ and corpus/ (tests/data/datasette), built once."""
    for name in ("events", "corpus"):
        shutil.copytree(DATA / name, tmp_path / name)
    _build(tmp_path)
    return tmp_path


def _build(work: Path) -> build_module.BuildReport:
    return build(work / "events", work / "corpus", work / "timeline.db", work / "exports")


def _retitle(work: Path) -> None:
    """Change one event, so the next build's outputs differ from the current ones."""
    path = next((work / "events").rglob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", "title: Changed ", 1), encoding="utf-8")


def test_rebuild_gives_the_same_files_and_leaves_nothing_beside_them(work: Path) -> None:
    before = _state(work)
    report = _build(work)
    assert _state(work) == before
    assert all(p.is_file() and p.is_relative_to(work / "exports") for p in report.written)
    for target in (work / "exports", work / "timeline.db"):
        assert staging.leftovers(target) == []


def test_failure_after_every_file_was_staged_replaces_nothing(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(work)
    _retitle(work)

    def broken(stage: staging.Stage) -> None:
        raise ExportError("the disk said no")

    monkeypatch.setattr(staging, "_sync", broken)
    with pytest.raises(ExportError, match="the disk said no"):
        _build(work)
    assert _state(work) == before


@pytest.mark.parametrize("when", ["database", "exports"])
def test_full_disk_while_staging_replaces_nothing(
    work: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    before = _state(work)
    _retitle(work)
    if when == "database":

        def full(*args: object, **kwargs: object) -> Path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "timeline.db")

        monkeypatch.setattr(build_module, "build_database", full)
    else:
        # the disk fills while the staged TimelineJS file is written, by whichever
        # call writes it (Path.write_bytes, or open() for a file written in pieces)
        real_write_bytes, real_open = Path.write_bytes, builtins.open

        def staged(file: object) -> bool:
            return isinstance(file, str | os.PathLike) and Path(file).name.startswith(
                ".timelinejs.json"
            )

        def write_bytes(self: Path, data: bytes) -> int:  # type: ignore[override]
            if staged(self):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
            return real_write_bytes(self, data)

        def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if staged(file) and any(c in mode for c in "wax+"):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(file))
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr(Path, "write_bytes", write_bytes)
        monkeypatch.setattr(builtins, "open", full_open)
    with pytest.raises(ExportError, match="No space left on device"):
        _build(work)
    assert _state(work) == before


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root): the monkeypatched tests cover it")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs holding events/, corpus/ and the outputs (skipped without root)."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "2m")
    try:
        for name in ("events", "corpus"):
            shutil.copytree(DATA / name, disk / name)
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_full_disk_fails_before_replacing_anything(small_disk: Path) -> None:
    _build(small_disk)
    before = _state(small_disk)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(b"\0" * (free - 200_000))
    _retitle(small_disk)
    result = CliRunner().invoke(main, _cli_args(small_disk))
    assert result.exit_code == 1
    assert "free space" in result.output and "Traceback" not in result.output
    (small_disk / "filler").unlink()
    assert _state(small_disk) == before


def test_read_only_file_system_is_a_clear_error(small_disk: Path) -> None:
    _build(small_disk)
    before = _state(small_disk)
    remount = ["mount", "-o", "remount,ro", str(small_disk)]
    if subprocess.run(remount, capture_output=True).returncode != 0:
        pytest.skip("cannot remount read-only here")
    try:
        result = CliRunner().invoke(main, _cli_args(small_disk))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert result.exit_code == 1, result.output
    assert "read-only file system" in result.output
    assert "Traceback" not in result.output
    assert _state(small_disk) == before


def _cli_args(work: Path) -> list[str]:
    return [
        "build",
        "-q",
        "--events",
        str(work / "events"),
        "--corpus",
        str(work / "corpus"),
        "--db",
        str(work / "timeline.db"),
        "--exports",
        str(work / "exports"),
    ]


@pytest.mark.parametrize("folder", ["exports", "exports/calendars", "."])
def test_read_only_folder_is_a_clear_error_not_a_traceback(
    work: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    """As root every folder is writable, so the permission answer is simulated."""
    before = _state(work)
    locked = (work / folder).resolve()
    real_access: Callable[..., bool] = os.access

    def access(path: str | Path, mode: int, **kwargs: object) -> bool:
        if Path(path).resolve() == locked and mode & os.W_OK:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    result = CliRunner().invoke(main, _cli_args(work))
    assert result.exit_code == 1
    assert "read-only" in result.output and str(locked) in result.output
    assert "Traceback" not in result.output
    assert _state(work) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_exports_folder_for_a_user(work: Path) -> None:
    before = _state(work)
    os.chmod(work / "exports", 0o555)
    try:
        result = CliRunner().invoke(main, _cli_args(work))
    finally:
        os.chmod(work / "exports", 0o755)
    assert result.exit_code == 1 and "read-only" in result.output
    assert _state(work) == before


def test_leftovers_of_killed_builds_are_removed(work: Path) -> None:
    before = _state(work)
    (work / ".exports.staging-abc123").mkdir()
    (work / ".exports.staging-abc123" / "timeline.json").write_text("{}")
    (work / ".exports.old-zz9").mkdir()
    (work / ".timeline.db.staging-q1w2e3").write_bytes(b"half")
    (work / "..timeline.db.staging-q1w2e3.abcd_123.db").write_bytes(b"half")
    (work / ".timeline.db.k3j4h5g6.db").write_bytes(b"half")  # a temporary file of old builds
    (work / "exports" / ".timeline.json.x1y2z3w4.tmp").write_text("half")
    (work / "exports" / "calendars" / ".TR.ics.x1y2z3w4.tmp").write_text("half")
    _build(work)
    assert _state(work) == before


def test_switch_interrupted_between_its_renames_is_finished_by_the_next_build(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _retitle(work)
    real_move = staging._move
    moved: list[Path] = []

    def move_then_die(staged: Path, target: Path, identity: list[int] | None) -> None:
        if moved:
            raise KeyboardInterrupt  # stands for SIGKILL: no clean-up runs
        real_move(staged, target, identity)
        moved.append(target)

    monkeypatch.setattr(staging, "_move", move_then_die)
    with pytest.raises(KeyboardInterrupt):
        _build(work)
    monkeypatch.setattr(staging, "_move", real_move)
    assert moved == [work / "exports"]
    assert (work / ".exports.switch.json").is_file()
    assert "Changed" in (work / "exports" / "timeline.json").read_text(encoding="utf-8")
    assert staging.recover(work / "timeline.db") is True
    import sqlite3

    with sqlite3.connect(work / "timeline.db") as conn:
        titles = [r[0] for r in conn.execute("select title from events")]
    assert any(t.startswith("Changed") for t in titles)
    assert not (work / ".exports.switch.json").exists()
    assert not (work / ".timeline.db.switch.json").exists()
    after_recovery = _state(work)
    _build(work)
    assert _state(work) == after_recovery


def test_a_second_build_at_once_is_refused_with_the_other_pid(work: Path) -> None:
    before = _state(work)
    busy = rf"another `timeline build` \(pid {os.getpid()}\)"
    with (
        exclusive_lock(work / ".exports.lock", busy="held by {holder}"),
        pytest.raises(LockBusy, match=busy),
    ):
        _build(work)
    assert _state(work) == before


def test_database_only_build_still_switches_atomically(work: Path) -> None:
    _retitle(work)
    exports_before = {k: v for k, v in _state(work).items() if k.startswith("exports")}
    build(work / "events", work / "corpus", work / "timeline.db", None)
    assert {k: v for k, v in _state(work).items() if k.startswith("exports")} == exports_before
    assert staging.leftovers(work / "timeline.db") == []


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.ENOSPC])
def test_atomic_write_into_an_unwritable_place_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """Every writer outside the build (filtered exports, propose) goes through atomic_write."""
    from timeline import files

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code), str(tmp_path / ".x.json.abcdefgh.tmp"))

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match=rf"cannot write .*x\.json: {os.strerror(code)} \("):
        files.atomic_write(tmp_path / "x.json", "{}")
    assert list(tmp_path.iterdir()) == []


def _flushed_paths(monkeypatch: pytest.MonkeyPatch, fail_on: str | None = None) -> list[str]:
    """Record the path of every file or folder ``os.fsync`` is given (raising EIO for the
    one named ``fail_on``)."""
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        path = os.readlink(f"/proc/self/fd/{fd}")
        flushed.append(path)
        if fail_on is not None and os.path.basename(path) == fail_on:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return flushed


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_every_staged_file_is_flushed_before_the_switch(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The flushes before the switch run in threads: each staged file and folder is still
    flushed, and all of them before anything is switched in."""
    _retitle(work)
    staged: list[str] = []
    real_switch = staging._switch

    def switch(stage: staging.Stage, targets: list[Path]) -> None:
        assert stage.exports is not None
        staged.extend(str(p) for p in [stage.database, stage.exports, *stage.exports.rglob("*")])
        staged_flushes.extend(flushed)  # what was flushed before the switch began
        real_switch(stage, targets)

    staged_flushes: list[str] = []
    monkeypatch.setattr(staging, "_switch", switch)
    flushed = _flushed_paths(monkeypatch)
    _build(work)
    assert len(staged) > 30  # the database, the folders and every export file
    assert set(staged) <= set(staged_flushes)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_failed_flush_before_the_switch_replaces_nothing(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(work)
    _retitle(work)
    _flushed_paths(monkeypatch, fail_on="timeline.json")
    failed = r"the build failed before replacing anything: .*/timeline\.json: Input/output error"
    with pytest.raises(ExportError, match=failed):
        _build(work)
    monkeypatch.undo()
    assert _state(work) == before
    for target in (work / "exports", work / "timeline.db"):
        assert staging.leftovers(target) == []


def test_replaced_files_are_freed_by_a_process_that_holds_them_past_the_switch(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The switch hands the files it replaces to a holder process: exactly the old
    database and the old exports' files no staged name links to; their names are gone
    when the build returns (no leftovers), and the holder then ends by itself."""
    _retitle(work)
    monkeypatch.setattr(staging, "FREED_APART_FROM", 0)
    old = {}
    for path in [work / "timeline.db", *(work / "exports").rglob("*")]:
        if path.is_file():
            st = path.stat()
            old[(st.st_dev, st.st_ino)] = path.relative_to(work)
    held: list[int] = []
    real_popen = subprocess.Popen

    def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        held.extend(os.dup(fd) for fd in kwargs["pass_fds"])
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(staging.subprocess, "Popen", popen)
    report = _build(work)
    try:
        files = {(os.fstat(fd).st_dev, os.fstat(fd).st_ino) for fd in held}
        assert Path("timeline.db") in {old[key] for key in files}
        assert Path("exports/timeline.json") in {old[key] for key in files}
        assert files <= old.keys()
        assert all(os.fstat(fd).st_nlink == 0 for fd in held)  # no name left anywhere
        assert report.written
        for target in (work / "exports", work / "timeline.db"):
            assert staging.leftovers(target) == []
    finally:
        for fd in held:
            os.close(fd)
    assert staging._holders[-1].wait() == 0


def test_a_switch_frees_the_replaced_files_itself_when_no_process_starts(
    work: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    alike = tmp_path_factory.mktemp("alike")
    shutil.copytree(work, alike, symlinks=True, dirs_exist_ok=True)
    for folder in (work, alike):
        _retitle(folder)
    _build(alike)
    monkeypatch.setattr(staging, "FREED_APART_FROM", 0)

    def refuse(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    monkeypatch.setattr(staging.subprocess, "Popen", refuse)
    _build(work)
    exports = {k: v for k, v in _state(work).items() if k != "timeline.db"}
    assert exports == {k: v for k, v in _state(alike).items() if k != "timeline.db"}
    import sqlite3  # the database holds its folder's paths: its events are compared

    rows = []
    for folder in (work, alike):
        with sqlite3.connect(folder / "timeline.db") as conn:
            rows.append(conn.execute("select * from events order by id").fetchall())
    assert rows[0] == rows[1] and any("Changed" in str(row) for row in rows[0])
    for target in (work / "exports", work / "timeline.db"):
        assert staging.leftovers(target) == []
