"""The machine tier streamed into its database: the rows of the whole-timeline write,
never the whole timeline in memory, and nothing published when a write fails."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.collection import Timeline
from timeline.errors import DataError, ExportError
from timeline.extract import extract_corpus, extract_to_json, extractor_version
from timeline.machine import extract_machine_tier
from timeline.model import Event, ReviewStatus
from timeline.store import build as store_build
from timeline.store.build import build_database, stream_database

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
CORPORA = {
    "seed and extra articles": [ROOT / "corpus", DATA / "corpus" / "extra"],
    "three tuning sets": [DATA / "extraction" / name for name in ("test", "test-aa", "test-ab")],
}


def _content(db: Path) -> dict[Any, Any]:
    """Everything a database holds: each object's SQL and each table's rows, by rowid
    where the table has one."""
    conn = sqlite3.connect(db)
    try:
        out: dict[Any, Any] = {}
        for name, kind, sql in conn.execute("SELECT name, type, sql FROM sqlite_master"):
            out[name] = (kind, sql)
            if kind != "table":
                continue
            try:
                rows = conn.execute(f"SELECT rowid, * FROM [{name}] ORDER BY rowid").fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID: stored in its key's order
                rows = conn.execute(f"SELECT * FROM [{name}]").fetchall()
            out[name, "rows"] = rows
        return out
    finally:
        conn.close()


def _whole_timeline_write(events: list[Event], run_path: list[Path], target: Path) -> None:
    """What ``timeline extract --db`` wrote before it streamed: the whole timeline of the
    run, less the reviewed events, as ``proposed``, through :func:`build_database`."""
    run = extract_corpus(run_path, jobs=1)
    taken = {e.id for e in events}
    kept = [
        e.model_copy(update={"review": ReviewStatus.proposed})
        for e in run.timeline.events
        if e.id not in taken
    ]
    used = {e.agreement for e in kept if e.agreement}
    timeline = Timeline(kept, [a for a in run.timeline.agreements if a.id in used])
    meta = {"tier": "machine", "extractor": extractor_version()}
    build_database(timeline, run.documents, target, meta=meta)


@pytest.mark.parametrize("corpus", list(CORPORA), ids=list(CORPORA))
def test_the_streamed_machine_tier_is_the_database_of_the_whole_timeline(
    corpus: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_build, "STREAM_CHUNK", 4)  # many chunks: far more events
    paths = CORPORA[corpus]
    found = extract_corpus(paths, jobs=1).timeline
    assert len(found) > 4 * 5
    reviewed = Timeline([found.events[3].model_copy(update={"review": ReviewStatus.reviewed})])
    _whole_timeline_write(reviewed.events, paths, tmp_path / "whole.db")
    tier = extract_machine_tier(paths, tmp_path / "streamed.db", reviewed=reviewed, jobs=1)
    assert (tier.events, tier.left_to_reviewed) == (len(found) - 1, 1)
    assert _content(tmp_path / "streamed.db") == _content(tmp_path / "whole.db")


def test_the_machine_tier_never_holds_the_whole_timeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_build, "STREAM_CHUNK", 4)
    paths = CORPORA["seed and extra articles"]
    alive: list[int] = []
    insert_rows = store_build.insert_rows

    def counting(conn: sqlite3.Connection, table: str, *args: Any, **kwargs: Any) -> None:
        if table == "events":
            alive.append(sum(isinstance(o, Event) for o in gc.get_objects()))
        insert_rows(conn, table, *args, **kwargs)

    monkeypatch.setattr(store_build, "insert_rows", counting)
    gc.collect()
    before = sum(isinstance(o, Event) for o in gc.get_objects())  # other tests' leftovers
    tier = extract_machine_tier(paths, tmp_path / "machine.db", jobs=1)
    assert tier.events > 80 and len(alive) == -(-tier.events // 4)
    assert max(alive) - before <= 4 * 2  # a chunk, and the one being made


def test_the_cli_writes_the_database_and_the_json_of_the_same_events(tmp_path: Path) -> None:
    paths = CORPORA["seed and extra articles"]
    alone = tmp_path / "alone.json"
    extract_to_json(paths, alone, jobs=1)
    args = ["extract", *map(str, paths), "--db", str(tmp_path / "m.db"), "--jobs", "1"]
    events = ["--events", str(tmp_path / "none")]
    result = CliRunner().invoke(main, [*args, *events, "-o", str(tmp_path / "with.json")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "with.json").read_bytes() == alone.read_bytes()
    assert "left to the reviewed events" in result.stderr
    assert f"events to {tmp_path / 'with.json'}: 17 documents, 17 extracted" in result.stderr
    printed = CliRunner().invoke(main, [*args, *events, "-o", "-"])
    assert printed.exit_code == 0, printed.output
    assert printed.stdout_bytes == alone.read_bytes()


def test_a_source_without_its_document_publishes_nothing(tmp_path: Path) -> None:
    run = extract_corpus(CORPORA["seed and extra articles"], jobs=1)
    target = tmp_path / "machine.db"
    target.write_bytes(b"the previous database")
    cited = run.timeline.events[-1].sources[0].document
    documents = [d for d in run.documents if d.id != cited]
    with pytest.raises(DataError, match=f"cites document '{cited}'"):
        stream_database(run.timeline.events, run.timeline.agreements, documents, target)
    assert target.read_bytes() == b"the previous database"
    assert [p.name for p in tmp_path.iterdir()] == ["machine.db"]


def test_a_row_naming_what_is_not_there_publishes_nothing(tmp_path: Path) -> None:
    run = extract_corpus(CORPORA["seed and extra articles"], jobs=1)
    target = tmp_path / "machine.db"
    lost = run.timeline.events[0].model_copy(update={"agreement": "an-agreement-never-given"})
    events = [lost, *run.timeline.events[1:]]
    with pytest.raises(ExportError, match="names a row of agreements that is not there"):
        stream_database(events, [], run.documents, target)
    assert list(tmp_path.iterdir()) == []
