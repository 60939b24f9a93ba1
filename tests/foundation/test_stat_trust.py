"""Files the cache read before are not read again while their stat is unchanged.

The build trusts a file's size, modification and change times, inode and device
(:meth:`timeline.events_cache.EventFileCache.keys_by_stat`) instead of reading and
hashing it; ``trust_stat=False`` (``timeline build --no-stat-trust``) reads every
file. docs/scale.md, "Trusting a file's stat", says what the trust risks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import event_reading, events_cache
from timeline.curated import load_events
from timeline.events_cache import EventFileCache, file_stat


@pytest.fixture
def events(tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of events/, whose files (just written) are trusted at once."""
    shutil.copytree(repo_root / "events", tmp_path / "events")
    monkeypatch.setattr(events_cache, "RACY_NS", 0)
    return tmp_path / "events"


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read, in order."""
    seen: list[str] = []
    reader = event_reading.read_data_file

    def counting(path: str | Path, *args: object, **kwargs: object) -> bytes:
        seen.append(os.path.basename(path))
        return reader(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(event_reading, "read_data_file", counting)
    return seen


def _retitle(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle: ", f"\ntitle: {title}", 1), encoding="utf-8")


def test_an_unchanged_file_is_not_read_and_an_edited_one_is(
    events: Path, tmp_path: Path, read: list[str]
) -> None:
    cache = EventFileCache(tmp_path / "cache.db")
    first = load_events(events, cache=cache)
    assert len(read) == len(list(events.rglob("*.yaml")))
    read.clear()
    assert load_events(events, cache=cache) == first
    assert read == []
    edited = sorted((events / "2022").glob("*.yaml"))[0]
    _retitle(edited, "Edited ")
    again = load_events(events, cache=cache)
    assert read == [edited.name]
    assert next(e.title for e in again if e not in first.events).startswith("Edited ")
    read.clear()
    assert load_events(events, cache=cache, trust_stat=False) == again
    assert len(read) == len(list(events.rglob("*.yaml")))
    cache.close()


def test_an_edit_keeping_size_and_mtime_is_seen(
    events: Path, tmp_path: Path, read: list[str]
) -> None:
    """Same size, mtime set back: the change time still differs, so even the trusting
    build reads the file; and without trust every file is read and hashed."""
    cache = EventFileCache(tmp_path / "cache.db")
    load_events(events, cache=cache)
    edited = sorted((events / "2023").glob("*.yaml"))[0]
    before = edited.stat()
    text = edited.read_text(encoding="utf-8")
    first_letter = text.index("\ntitle: ") + len("\ntitle: ")
    same_size = text[:first_letter] + "X" + text[first_letter + 1 :]
    edited.write_text(same_size, encoding="utf-8")
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert edited.stat().st_size == before.st_size
    assert edited.stat().st_mtime_ns == before.st_mtime_ns
    for trust in (True, False):
        read.clear()
        titles = {e.title for e in load_events(events, cache=cache, trust_stat=trust)}
        assert any(t.startswith("X") for t in titles), trust
        assert edited.name in read
    cache.close()


def test_the_risk_a_stat_that_lies_is_trusted_and_no_stat_trust_reads_the_file(
    events: Path, tmp_path: Path
) -> None:
    """What trusting a stat risks, shown by forging one: a file changed while its stat
    (as stored) stays the same is taken from the cache as it was; ``trust_stat=False``
    reads it."""
    cache = EventFileCache(tmp_path / "cache.db")
    load_events(events, cache=cache)
    edited = sorted((events / "2023").glob("*.yaml"))[0]
    _retitle(edited, "Forged ")
    stat = file_stat(os.path.abspath(edited))
    assert stat is not None
    cache._conn.execute(
        "UPDATE event_file_stats SET stat = ? WHERE path = ?",
        [f"{events_cache.validator_version()} {stat}", os.path.abspath(edited)],
    )
    trusted = load_events(events, cache=cache)
    assert not any(e.title.startswith("Forged ") for e in trusted)
    full = load_events(events, cache=cache, trust_stat=False)
    assert any(e.title.startswith("Forged ") for e in full)
    cache.close()


def test_a_link_is_always_read(tmp_path: Path, events: Path, read: list[str]) -> None:
    """A symbolic link has no stat of its own to trust: it is read (and checked) each time."""
    target = sorted((events / "2022").glob("*.yaml"))[0]
    moved = events / "kept.txt"  # inside events/, not listed (not .yaml)
    shutil.move(target, moved)
    target.symlink_to(moved)
    cache = EventFileCache(tmp_path / "cache.db")
    load_events(events, cache=cache)
    read.clear()
    load_events(events, cache=cache)
    assert read == [target.name]
    cache.close()


def test_a_file_changed_just_before_it_was_read_is_read_again(
    events: Path, tmp_path: Path, read: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another write within the same tick of the clock could keep its stat: such a file's
    stat is not remembered (git's "racy clean" files)."""
    monkeypatch.setattr(events_cache, "RACY_NS", 3_600 * 10**9)
    cache = EventFileCache(tmp_path / "cache.db")
    load_events(events, cache=cache)
    read.clear()
    load_events(events, cache=cache)
    assert len(read) == len(list(events.rglob("*.yaml")))
    cache.close()


def test_a_stat_remembered_by_other_code_is_not_trusted(
    events: Path, tmp_path: Path, read: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key a stat gave was made by the validating code of then: another model version
    reads every file again (and validates it)."""
    cache = EventFileCache(tmp_path / "cache.db")
    load_events(events, cache=cache)
    read.clear()
    monkeypatch.setattr(events_cache, "validator_version", lambda: "another-schema")
    load_events(events, cache=cache)
    assert len(read) == len(list(events.rglob("*.yaml")))
    cache.close()


_DATA_READ = """
import sys
from pathlib import Path
import timeline
data = Path(timeline.__file__).resolve().parent / "data"
read = set()
def audit(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(str(data)):
        read.add(Path(args[0]).relative_to(data.parent).as_posix())
sys.addaudithook(audit)
from timeline.curated import load_events
load_events(sys.argv[1])
print("\\n".join(sorted(read)))
"""


def test_the_validator_version_covers_every_data_file_validation_reads(repo_root: Path) -> None:
    """``validator_version`` hashes the data files of ``VALIDATION_DATA`` only: validating
    every curated event (in a fresh process, every file opened recorded) reads no other."""
    done = subprocess.run(
        [sys.executable, "-c", _DATA_READ, str(repo_root / "events")],
        capture_output=True,
        text=True,
        check=True,
    )
    read = set(done.stdout.split())
    assert read, "no data file read: the audit hook saw nothing"
    assert read <= set(events_cache.VALIDATION_DATA), read - set(events_cache.VALIDATION_DATA)
