"""A build after edits reads only the changed files and gives what a full build gives.

Random edits of event files (a title, a date that moves the event, a participant or
a place appearing or going, a file moved to another folder, added, removed, touched;
and edits a full build refuses: a broken quote, an id defined twice, a file that is
not YAML, a reference to an event removed) are applied in rounds to a copy of the
curated events; after each round the build with a cache (which takes the incremental
path, :mod:`timeline.incremental`) and a full build without one must both fail with the
same problems, or both give the same database (canonical dump) and the same bytes in
every export file.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import event_changes, event_reading, events_cache
from timeline.build import BuildReport, build
from timeline.errors import DataErrors
from timeline.store.update import canonical_dump
from timeline.yaml_files import read_data_file

_EDITS = st.sampled_from(
    ["title", "date", "new-country", "drop-participant", "place", "no-place", "move", "add",
     "remove", "touch", "bad-quote", "duplicate", "not-yaml"]
)  # fmt: skip
_ROUNDS = st.lists(
    st.lists(st.tuples(_EDITS, st.integers(0, 1000)), min_size=1, max_size=3),
    min_size=1,
    max_size=3,
)


@pytest.fixture
def trusted_stats(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trust a file's stat however recent (a test's files are all written just now)."""
    monkeypatch.setattr(events_cache, "RACY_NS", 0)


def _copy(repo_root: Path, work: Path) -> tuple[Path, Path]:
    events, corpus = work / "events", work / "corpus"
    shutil.copytree(repo_root / "events", events)
    shutil.copytree(repo_root / "corpus", corpus)
    return events, corpus


def _event_files(events: Path) -> list[Path]:
    return sorted(p for p in events.rglob("*.yaml") if p.parent.name != "agreements")


def _edit(events: Path, edit: str, index: int, n: int) -> None:
    """Apply one edit to the event files of ``events`` (``n`` makes new names unique)."""
    files = _event_files(events)
    path = files[index % len(files)]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:  # made not YAML by an earlier edit
        data = None
    if not isinstance(data, dict):
        return
    if edit == "title":
        data["title"] = f"{data['title']} (edit {n})"
    elif edit == "date":
        data["date"] = {"value": f"{1990 + index % 40}-0{1 + n % 9}"}
    elif edit == "new-country":
        data["participants"].append({"id": "MN", "type": "country"})
    elif edit == "drop-participant" and len(data["participants"]) > 1:
        data["participants"] = data["participants"][1:]
    elif edit == "place":
        data["location"] = {"name": "Ulaanbaatar", "country": "MN", "latitude": 47.90771,
                            "longitude": 106.88324, "geonames_id": 2028462}  # fmt: skip
    elif edit == "no-place":
        data.pop("location", None)
    elif edit == "move":
        target = events / "moved" / f"{n}-{path.name}"
        target.parent.mkdir(exist_ok=True)
        path.rename(target)
        return
    elif edit == "add":
        data.update(id=f"{data.get('id', path.stem)}-added{n}", title=f"Added {n}")
        path = path.with_name(f"{data['id']}.yaml")
    elif edit == "remove":
        path.unlink()
        return
    elif edit == "touch":
        path.write_bytes(path.read_bytes())
        return
    elif edit == "bad-quote":
        data["sources"][0]["quote"] = data["sources"][0]["quote"][::-1]
    elif edit == "duplicate":
        path = path.with_name(f"copy-{n}-{path.name}")
    elif edit == "not-yaml":
        path.write_text("title: [unclosed\n", encoding="utf-8")
        return
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")


def _outcome(*args: Any, **options: Any) -> BuildReport | str:
    """The report of ``build(*args, **options)``, or the problems it raised."""
    try:
        return build(*args, **options)
    except DataErrors as exc:
        return str(exc)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rounds=_ROUNDS)
def test_a_build_after_edits_equals_a_full_build(
    rounds: list[list[tuple[str, int]]],
    repo_root: Path,
    tmp_path_factory: pytest.TempPathFactory,
    trusted_stats: None,
    assert_same_tree: Callable[[Path, Path], None],
) -> None:
    work = tmp_path_factory.mktemp("incremental")
    events, corpus = _copy(repo_root, work)
    cache = work / "cache.db"
    build(events, corpus, work / "inc.db", work / "inc", cache=cache)
    build(events, corpus, work / "full.db", work / "full")
    n = 0
    for edits in rounds:
        for edit, index in edits:
            n += 1
            _edit(events, edit, index, n)
        said: list[str] = []
        incremental = _outcome(
            events, corpus, work / "inc.db", work / "inc", cache=cache, progress=said.append
        )
        (work / "full.db").unlink(missing_ok=True)
        full = _outcome(events, corpus, work / "full.db", work / "full")
        if isinstance(full, str):
            assert incremental == full
            continue
        assert isinstance(incremental, BuildReport), said
        _assert_folders_as_their_files(cache)
        assert incremental.summary().split("->")[0] == full.summary().split("->")[0]
        assert list(canonical_dump(work / "inc.db")) == list(canonical_dump(work / "full.db"))
        assert_same_tree(work / "inc", work / "full")


def _assert_folders_as_their_files(cache: Path) -> None:
    """The index's row of each folder (the digest of its files' stats, their number) is the
    one its files' rows give: the next build's listing compares folders with it."""
    conn = sqlite3.connect(cache)
    try:
        files = dict(conn.execute("SELECT path, stat FROM last_build_files"))
        folders = {
            folder: (digest, count)
            for folder, digest, count in conn.execute("SELECT * FROM last_build_folders")
        }
    finally:
        conn.close()
    assert folders == event_changes.KnownStats(files).folders()


def test_an_edit_reads_only_the_edited_file(
    repo_root: Path, tmp_path: Path, trusted_stats: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    events, corpus = _copy(repo_root, tmp_path)
    db, cache = tmp_path / "timeline.db", tmp_path / "cache.db"
    assert not build(events, corpus, db, None, cache=cache).incremental
    edited = _event_files(events)[5]
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Edited ", 1),
        encoding="utf-8",
    )
    read: list[str] = []
    reading = read_data_file

    def counting(path: Path, shown: str, root: Path) -> bytes:
        read.append(str(path))
        return reading(path, shown, root)

    monkeypatch.setattr(event_reading, "read_data_file", counting)
    report = build(events, corpus, db, None, cache=cache)
    assert report.incremental and report.updated_in_place
    assert read == [str(edited)]
    assert report.events == len(report.timeline) == 35
    assert any(e.title.startswith("Edited ") for e in report.timeline)
    _assert_folders_as_their_files(cache)
    # a file of the largest folder, edited in place: its folder's digest differs
    files = _event_files(events)
    other = max(files, key=lambda p: sum(f.parent == p.parent for f in files))
    with other.open("a", encoding="utf-8") as appended:
        appended.write("# a comment\n")
    read.clear()
    report = build(events, corpus, db, None, cache=cache)
    assert report.incremental and read == [str(other)]
    _assert_folders_as_their_files(cache)


def test_a_duplicate_id_between_a_changed_and_an_unchanged_file_is_reported(
    repo_root: Path, tmp_path: Path, trusted_stats: None
) -> None:
    events, corpus = _copy(repo_root, tmp_path)
    db, cache = tmp_path / "timeline.db", tmp_path / "cache.db"
    build(events, corpus, db, None, cache=cache)
    first = _event_files(events)[0]
    copy = first.with_name("zz-copy.yaml")
    shutil.copy(first, copy)
    said: list[str] = []
    with pytest.raises(DataErrors) as raised:
        build(events, corpus, db, None, cache=cache, progress=said.append)
    assert "is already defined in" in str(raised.value)
    assert any("defined twice" in message for message in said)
    copy.unlink()
    with pytest.raises(DataErrors) as full:
        shutil.copy(first, copy)
        build(events, corpus, tmp_path / "full.db", None)
    assert str(full.value) == str(raised.value)


def test_what_the_incremental_path_declines_is_said(
    repo_root: Path, tmp_path: Path, trusted_stats: None
) -> None:
    events, corpus = _copy(repo_root, tmp_path)
    db, cache = tmp_path / "timeline.db", tmp_path / "cache.db"
    said: list[str] = []
    build(events, corpus, db, None, cache=cache, progress=said.append)
    assert "no previous database: reading every file" in said
    agreement = next((events / "agreements").iterdir())
    agreement.write_text(agreement.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    said.clear()
    assert not build(events, corpus, db, None, cache=cache, progress=said.append).incremental
    assert "an agreement file changed: reading every file" in said
    said.clear()
    shutil.copy(db, tmp_path / "elsewhere.db")
    report = build(
        events, corpus, tmp_path / "elsewhere.db", None, cache=cache, progress=said.append
    )
    assert not report.incremental
    assert "the database is not the one the last build wrote: reading every file" in said


def test_an_index_of_another_layout_is_dropped(
    repo_root: Path, tmp_path: Path, trusted_stats: None
) -> None:
    """A cache file written by code with other ``last_build_*`` tables: the build is a full
    one, and the next one after an edit is incremental again."""
    events, corpus = _copy(repo_root, tmp_path)
    db, cache = tmp_path / "timeline.db", tmp_path / "cache.db"
    conn = sqlite3.connect(cache)
    conn.execute("CREATE TABLE last_build_actors (event_id TEXT, position INTEGER, other TEXT)")
    conn.execute("CREATE TABLE last_build_layout (version TEXT)")
    conn.execute("INSERT INTO last_build_layout VALUES ('1')")
    conn.commit()
    conn.close()
    said: list[str] = []
    build(events, corpus, db, None, cache=cache, progress=said.append)
    assert not any("index" in message for message in said)
    edited = _event_files(events)[2]
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Edited ", 1),
        encoding="utf-8",
    )
    assert build(events, corpus, db, None, cache=cache).incremental


def test_a_planted_row_of_the_index_sends_the_build_down_the_full_path(
    repo_root: Path, tmp_path: Path, trusted_stats: None
) -> None:
    """The cache file is not trusted: an actor's row in the index that no participant
    would give (here an unknown country, which used to crash the build with a
    ValidationError) is refused, and the database is what a full build writes."""
    events, corpus = _copy(repo_root, tmp_path)
    db, cache = tmp_path / "timeline.db", tmp_path / "cache.db"
    build(events, corpus, db, None, cache=cache)
    conn = sqlite3.connect(cache)
    assert conn.execute("UPDATE last_build_actors SET country = 'ZZ'").rowcount > 0
    conn.commit()
    conn.close()
    edited = _event_files(events)[2]
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Edited ", 1),
        encoding="utf-8",
    )
    said: list[str] = []
    report = build(events, corpus, db, None, cache=cache, progress=said.append)
    assert not report.incremental, said
    assert "the database cannot be updated from the changes alone: reading every file" in said
    build(events, corpus, tmp_path / "full.db", None)
    assert list(canonical_dump(db)) == list(canonical_dump(tmp_path / "full.db"))
