"""Build outputs replaced as a set: staged beside the real ones, switched in one step.

``timeline build`` writes ``timeline.db`` and the exports folder. Replacing
them file by file would let a kill, a full disk or a read-only folder leave a
new database beside old exports, or half of the exports new. Instead
:func:`staged_outputs`:

1. takes an exclusive lock beside each output (:mod:`timeline.locks`), so
   two builds never mix their files;
2. finishes a switch a killed build had committed to (the *journal*, below),
   then removes what killed builds left: staging folders, staged databases,
   temporary files (``.exports.staging-*``, ``.timeline.db.staging-*``, and
   ``.<name>.XXXXXXXX.tmp`` files inside the exports);
3. checks, before writing anything, that each output's folder is writable,
   on a writable file system, with enough free space for a second copy;
4. stages: the new database goes to ``.timeline.db.staging-XXXX`` beside
   ``timeline.db``; the exports folder is copied to
   ``.exports.staging-XXXX/`` beside ``exports/`` (so exporters that read
   their previous output, like the calendar sequence ledger, find it) and the
   exporters write into the copy, whatever files they write. The copy is made
   of hard links (no bytes copied): every writer replaces a file by renaming
   a new one over its name, never writing into it, so the published files
   are never changed through their staged names;
5. on success switches: it writes the journal ``.exports.switch.json`` (and
   ``.timeline.db.switch.json``) naming each staged output and its inode,
   swaps the staging folder with ``exports/`` in one ``renameat2(2)``
   ``RENAME_EXCHANGE`` call, renames the staged database over ``timeline.db``,
   deletes the journal and then the old exports (the blocks of the large files
   replaced are freed by a small process that holds them past the switch, so the
   build does not wait for the disk to free them: :func:`_freed_apart`). Every
   staged file and folder is flushed to disk before the journal is written (in a
   few threads at once: :func:`_sync`). On any error before the switch the
   staging is removed and the outputs are untouched.

So a kill at any moment leaves each output wholly old or wholly new; only a
kill between the two renames of step 5 (microseconds apart) leaves the new
exports beside the old database, with the journal on disk, and the next
build (or :func:`recover`) completes that switch before anything else.
Where ``RENAME_EXCHANGE`` is missing (not Linux, or a file system without
it), the old folder is renamed aside and the new one into place: two renames,
also covered by the journal. Readers of ``exports/`` never see a mix.

Written by hand because no maintained Python package switches a set of files
and folders atomically; the primitives are the kernel's renames.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import ExportError
from .files import atomic_write, os_error_message
from .locks import exclusive_lock, lock_path

__all__ = [
    "JOURNAL_SUFFIX",
    "Stage",
    "flush_quietly",
    "leftovers",
    "recover",
    "staged_outputs",
    "tidy",
]

#: Journal of a committed switch, beside each output: ``.<name>.switch.json``.
JOURNAL_SUFFIX = ".switch.json"
_JOURNAL_FORMAT = 1

#: Temporary files :func:`timeline.files.atomic_path` makes (mkstemp's 8 random characters).
_TEMP_FILE = re.compile(r"^\..+\.[a-z0-9_]{8}\.(?:tmp|db)$")

#: Room kept free on top of the estimated size of a build, in bytes.
_SPARE_BYTES = 1_000_000

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _hidden(target: Path, what: str) -> Path:
    return target.parent / f".{target.name}.{what}"


def _journal(target: Path) -> Path:
    return _hidden(target, JOURNAL_SUFFIX.lstrip("."))


@dataclass
class Stage:
    """Where a build writes: ``database`` and ``exports`` (``None`` for a database only)."""

    database: Path
    exports: Path | None
    target_database: Path
    target_exports: Path | None

    def published(self, path: Path) -> Path:
        """Where a staged file will be once switched in (its path under the real outputs)."""
        if self.exports is not None and self.target_exports is not None:
            try:
                return self.target_exports / path.relative_to(self.exports)
            except ValueError:
                pass
        return self.target_database if path == self.database else path


def _absolute(path: str | Path) -> Path:
    path = Path(path)
    return Path(os.path.abspath(path))


@contextmanager
def staged_outputs(db_path: str | Path, exports_dir: str | Path | None) -> Iterator[Stage]:
    """Stage a database and an exports folder; switch them in together when the block ends.

    The block writes the database to ``stage.database`` and the exports under
    ``stage.exports``. If it raises, nothing is replaced and the staging is
    removed. Raises :class:`~timeline.errors.ExportError` (before anything is
    replaced) for a read-only folder, a full disk or another running build.
    """
    database = _absolute(db_path)
    exports = _absolute(exports_dir) if exports_dir is not None else None
    targets = [database] if exports is None else [database, exports]
    with _locked(targets):
        _tidy(targets)
        if exports is not None and exports.is_dir():
            _check_tree_writable(exports)
        _check_space(targets)
        stage = _make_stage(database, exports)
        try:
            yield _given(stage, db_path, exports_dir)
            _sync(stage)
        except OSError as exc:
            _discard(stage)
            raise ExportError(
                f"the build failed before replacing anything: {_describe(exc)}; "
                "the previous outputs are untouched"
            ) from None
        except BaseException:
            _discard(stage)
            raise
        _switch(stage, targets)


@contextmanager
def _locked(targets: list[Path]) -> Iterator[None]:
    """Hold the build lock of every output (after checking each folder can take files)."""
    for target in targets:
        _make_parent(target)
    with ExitStack() as locks:
        for target in sorted(set(targets)):
            _check_writable(target.parent, target)
            locks.enter_context(
                exclusive_lock(
                    lock_path(target),
                    busy=f"another `timeline build` ({{holder}}) is writing {target}: "
                    "wait for it to finish",
                )
            )
        yield


def _tidy(targets: list[Path]) -> None:
    for target in targets:
        recover(target)
    for target in targets:
        _remove_leftovers(target)


def tidy(db_path: str | Path, exports_dir: str | Path | None) -> None:
    """What every build does first: finish a committed switch, remove what killed builds left.

    Holds the build locks while it works, like a build.
    """
    database = _absolute(db_path)
    targets = [database] if exports_dir is None else [database, _absolute(exports_dir)]
    with _locked(targets):
        _tidy(targets)


def _describe(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return where + os_error_message(exc)


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {target.parent}: {exc.strerror}") from None


def _check_writable(folder: Path, target: Path) -> None:
    """Raise a clear error when ``folder`` cannot take new files or renames."""
    try:
        flags = os.statvfs(folder).f_flag
    except OSError as exc:
        raise ExportError(f"cannot use folder {folder}: {exc.strerror}") from None
    if flags & os.ST_RDONLY:
        raise ExportError(
            f"cannot write {target}: {folder} is on a read-only file system; "
            "choose another --db/--exports or remount it writable"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            f"cannot write {target}: the folder {folder} is read-only; "
            f"make it writable (chmod u+w {folder}) or choose another --db/--exports"
        )


def _check_tree_writable(exports: Path) -> None:
    """Every folder of the exports must be writable: the old copy is removed after the switch."""
    for folder in [exports, *sorted(p for p in exports.rglob("*") if p.is_dir())]:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ExportError(
                f"cannot replace the exports: the folder {folder} is read-only; "
                f"make it writable (chmod -R u+w {exports}) or choose another --exports"
            )


def _tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    if not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _check_space(targets: list[Path]) -> None:
    """Enough free space on each file system for a second copy of what is there now."""
    needed: dict[int, tuple[int, Path]] = {}
    for target in targets:
        device = os.stat(target.parent).st_dev
        size, _ = needed.get(device, (0, target.parent))
        needed[device] = (size + _tree_size(target), target.parent)
    for size, folder in needed.values():
        free = shutil.disk_usage(folder).free
        if free < size + _SPARE_BYTES:
            raise ExportError(
                f"not enough free space in {folder}: the build needs about "
                f"{(size + _SPARE_BYTES) / 1e6:.1f} MB beside the current outputs and "
                f"{free / 1e6:.1f} MB are free; free some space, or choose --db/--exports "
                "on another disk (nothing was replaced)"
            )


def _make_stage(database: Path, exports: Path | None) -> Stage:
    staged_exports: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{database.name}.staging-", dir=database.parent)
        os.close(fd)
        staged_database = Path(name)
        if exports is not None:
            staged_exports = Path(
                tempfile.mkdtemp(prefix=f".{exports.name}.staging-", dir=exports.parent)
            )
            if exports.is_dir():
                shutil.copytree(
                    exports,
                    staged_exports,
                    symlinks=True,
                    dirs_exist_ok=True,
                    copy_function=_link_or_copy,
                )
                shutil.copystat(exports, staged_exports)
                for path in sorted(staged_exports.rglob(".*")):
                    if path.is_file() and _TEMP_FILE.match(path.name):
                        path.unlink()
            else:
                os.chmod(staged_exports, 0o755)  # mkdtemp makes 0700; exports are published
    except OSError as exc:
        if staged_exports is not None:
            shutil.rmtree(staged_exports, ignore_errors=True)
        raise ExportError(
            f"cannot prepare the build beside the outputs: {_describe(exc)}; nothing was replaced"
        ) from None
    return Stage(staged_database, staged_exports, database, exports)


def _link_or_copy(source: str, target: str) -> None:
    """Stage a file of the current exports as a hard link (a copy where links fail).

    A link costs no time or space whatever the size of the exports (hundreds of
    MB at 100,000 events) and keeps the file's mtime, so the ETag of an unchanged
    file stays put. It is safe because nothing writes into a file in place: every
    writer replaces the staged name with a new file (:func:`timeline.files.atomic_write`),
    which leaves the published file, the other name of the old inode, untouched.
    """
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _given(stage: Stage, db_path: str | Path, exports_dir: str | Path | None) -> Stage:
    """The stage with its targets as the caller spelled them (for the paths it reports)."""
    exports = Path(exports_dir) if exports_dir is not None else None
    return Stage(stage.database, stage.exports, Path(db_path), exports)


def _discard(stage: Stage) -> None:
    stage.database.unlink(missing_ok=True)
    if stage.exports is not None:
        shutil.rmtree(stage.exports, ignore_errors=True)


def _sync(stage: Stage) -> None:
    """Flush the staged files to disk, so a power cut after the switch finds them whole.

    The flushes run in a few threads (:data:`SYNC_THREADS`): each waits for the disk with
    the GIL released, and the disk writes several files' blocks at once sooner than one
    after the other. Every file and folder is flushed before this returns (the first
    error is raised), so the switch after it finds them on disk as before.
    """
    paths = [stage.database]
    if stage.exports is not None:
        paths += [stage.exports, *sorted(stage.exports.rglob("*"))]
    paths = [path for path in paths if not path.is_symlink()]
    if len(paths) == 1:
        _fsync(paths[0])
        return
    with ThreadPoolExecutor(SYNC_THREADS, thread_name_prefix="timeline-sync") as pool:
        for _ in pool.map(_fsync, paths):
            pass


#: How many files :func:`_sync` flushes at once.
SYNC_THREADS = 4


def _fsync(path: Path) -> None:
    """Flush one file or folder; an error names it."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        os.close(fd)


def _identity(path: Path) -> list[int] | None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    return [st.st_dev, st.st_ino]


def _switch(stage: Stage, targets: list[Path]) -> None:
    moves = [
        {
            "staged": str(stage.database),
            "target": str(stage.target_database),
            "identity": _identity(stage.database),
        }
    ]
    if stage.exports is not None and stage.target_exports is not None:
        moves.insert(
            0,
            {
                "staged": str(stage.exports),
                "target": str(stage.target_exports),
                "identity": _identity(stage.exports),
            },
        )
    journal = {"format": _JOURNAL_FORMAT, "moves": moves}
    text = json.dumps(journal, indent=1) + "\n"
    journals = [_journal(t) for t in targets]
    try:
        for path in journals:
            atomic_write(path, text)
            flush_quietly(path.parent, folder=True)
    except (OSError, ExportError) as exc:
        for path in journals:
            path.unlink(missing_ok=True)
        _discard(stage)
        raise ExportError(f"the build failed before replacing anything: {exc}") from None
    _apply(journal, journals)


def _apply(journal: dict[str, object], journals: list[Path]) -> None:
    """Carry out every move of a journal (again: each move is skipped when already done)."""
    moves = journal.get("moves")
    assert isinstance(moves, list)
    with _freed_apart([Path(move["target"]) for move in moves]):
        for move in moves:
            _move(Path(move["staged"]), Path(move["target"]), move["identity"])
        for path in journals:
            path.unlink(missing_ok=True)
        for move in moves:
            flush_quietly(Path(move["target"]).parent, folder=True)
        for move in moves:  # after an exchange, the staging name holds the old exports
            staged = Path(move["staged"])
            if staged.is_dir() and not staged.is_symlink():
                shutil.rmtree(staged, ignore_errors=True)


#: Files from this size on that a switch replaces have their blocks freed apart
#: (:func:`_freed_apart`); smaller ones cost nothing to free.
FREED_APART_FROM = 1 << 20

#: The process holding the replaced files of the last switches (:func:`_freed_apart`),
#: kept so that it is reaped (by :func:`_reap`) once it has ended.
_holders: list[subprocess.Popen[bytes]] = []


@contextmanager
def _freed_apart(targets: list[Path]) -> Iterator[None]:
    """Free the blocks of the large files the block replaces or removes in another process.

    The switch replaces the database and removes the old exports' files the build
    rewrote (hundreds of MB at 100,000 events), and the kernel frees a file's blocks
    when its last name and its last open descriptor are gone: on ext4 about 0.6 ms a
    MB, in whichever process drops the last reference. So before the block, the files
    of ``targets`` from :data:`FREED_APART_FROM` bytes that no other name links to (the
    staged exports hold the unchanged files as links) are opened and handed to a small
    process that holds them until the block has ended, then exits: the names are removed
    here as before (nothing is left beside the outputs: :func:`leftovers` finds nothing),
    and the blocks are freed when that process ends, after the switch. Where no process
    can be started, the block frees them itself, as it did before.
    """
    _reap()
    descriptors = _replaced_files(targets) if os.name == "posix" else []  # pass_fds: POSIX
    holder = None
    if descriptors:
        try:
            holder = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", "import sys; sys.stdin.buffer.read()"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                pass_fds=descriptors,
            )
        except (OSError, ValueError, subprocess.SubprocessError):
            holder = None
        finally:
            for fd in descriptors:
                os.close(fd)
    try:
        yield
    finally:
        if holder is not None:
            assert holder.stdin is not None
            holder.stdin.close()  # the holder reads the end, closes the files and exits
            _holders.append(holder)


def _replaced_files(targets: list[Path]) -> list[int]:
    """Open descriptors of the files of ``targets`` (a file, or every file of a folder)
    from :data:`FREED_APART_FROM` bytes with no other link (none when there are none)."""
    found: list[str] = []
    for target in targets:
        try:
            if target.is_dir() and not target.is_symlink():
                found += [
                    os.path.join(folder, name)
                    for folder, _, names in os.walk(target)
                    for name in names
                ]
            else:
                found.append(str(target))
        except OSError:
            continue
    descriptors = []
    for path in found:
        try:
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1 or st.st_size < FREED_APART_FROM:
                continue
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue
        descriptors.append(fd)
    return descriptors


def _reap() -> None:
    """Forget the holders that have ended (collecting their exit status)."""
    _holders[:] = [holder for holder in _holders if holder.poll() is None]


def _move(staged: Path, target: Path, identity: list[int] | None) -> None:
    if identity is not None and _identity(target) == identity:
        return  # done before the kill
    if identity is None or _identity(staged) != identity:
        raise ExportError(
            f"cannot finish the build that was interrupted: its new {target.name} "
            f"({staged}) is gone; remove {_journal(target)} and run `timeline build` again"
        )
    try:
        if staged.is_dir() and target.is_dir():
            if not _exchange(staged, target):
                retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.replace(target, retired)
                os.replace(staged, target)
        else:
            os.replace(staged, target)
    except OSError as exc:
        raise ExportError(
            f"cannot switch in the new {target}: {_describe(exc)}; the next "
            f"`timeline build` finishes the switch ({_journal(target)})"
        ) from None


_renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one system call (Linux ``renameat2`` ``RENAME_EXCHANGE``).

    Returns False where the system or the file system cannot, so the caller
    falls back to two renames.
    """
    if _renameat2 is None or not sys.platform.startswith("linux"):
        return False
    result = _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def flush_quietly(path: Path, folder: bool = False) -> None:
    """Write a file's (or, with ``folder``, a folder's entries') bytes to disk, leaving any
    error to a later flush that reports it (:func:`_sync` before the switch)."""
    try:
        fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if folder else 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover(target: str | Path) -> bool:
    """Finish a switch a killed build committed to, found in ``target``'s journal.

    Returns True when there was one. Every build calls it first, holding the
    output locks; tests call it after killing a build.
    """
    target = _absolute(target)
    journal_path = _journal(target)
    try:
        text = journal_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise ExportError(f"cannot read {journal_path}: {exc.strerror}") from None
    try:
        journal = json.loads(text)
        moves = journal["moves"]
        if journal.get("format") != _JOURNAL_FORMAT or not isinstance(moves, list):
            raise ValueError("unknown format")
        others = [_journal(Path(m["target"])) for m in moves]
    except (ValueError, KeyError, TypeError):
        raise ExportError(
            f"{journal_path} is not a build journal this version can read: "
            "remove it and run `timeline build` again"
        ) from None
    _apply(journal, sorted({journal_path, *others}))
    return True


def leftovers(target: str | Path) -> list[Path]:
    """What killed builds left beside ``target``: staging, retired copies, temporary files."""
    target = _absolute(target)
    folder = target.parent
    if not folder.is_dir():
        return []
    prefixes = (f"{target.name}.staging-", f"{target.name}.old-")
    found = []
    for path in sorted(folder.iterdir()):
        # the temporary file of a staged database is ``..timeline.db.staging-XXXX.XXXXXXXX.db``
        name = path.name.removeprefix(".").removeprefix(".")
        if not path.name.startswith("."):
            continue
        if name.startswith(prefixes) or (
            name.startswith(f"{target.name}.") and _TEMP_FILE.match(path.name)
        ):
            found.append(path)
    return found


def _remove_leftovers(target: Path) -> None:
    for path in leftovers(target):
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError as exc:
            raise ExportError(
                f"cannot remove {path}, left by an interrupted build: {exc.strerror}; "
                "remove it by hand"
            ) from None
