"""The database updated in place equals the database built whole, after any edit.

Random edits (a title, a status, the participants with a country or an
organization appearing or disappearing, a place appearing or disappearing,
events removed and added) are applied to the export fixture and to a generated
timeline; the database updated in place from the previous build and the one
built whole from the edited timeline must give the same canonical dump
(:func:`timeline.store.update.canonical_dump`: every row, each event's rows in
their order, the FTS indexes' content).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.build import build
from timeline.model import Event, Location
from timeline.store import build_database, load_timeline
from timeline.store.update import canonical_dump, update_database

from .conftest import FixtureDocument

#: A country, an organization and a place that no event of the fixture names.
NEW_COUNTRY, NEW_ORGANIZATION = "MN", "SCO"
NEW_PLACE = Location(
    name="Ulaanbaatar", country="MN", latitude=47.90771, longitude=106.88324, geonames_id=2028462
)


def _digests(timeline: Timeline) -> dict[str, str]:
    """A digest of each event's content (the build uses its file's)."""
    return {e.id: hashlib.sha256(e.model_dump_json().encode()).hexdigest() for e in timeline.events}


_EDITS = st.sampled_from(
    ["title", "status", "new-country", "drop-country", "new-organization", "place", "no-place",
     "remove", "add"]
)  # fmt: skip


def _edit(timeline: Timeline, edits: list[tuple[str, int]]) -> Timeline:
    events: dict[str, Event] = {e.id: e for e in timeline.events}
    for n, (edit, index) in enumerate(edits):
        e = events[sorted(events)[index % len(events)]]
        data = e.model_dump(exclude_computed_fields=True)
        if edit == "title":
            data["title"] = f"{e.title} (edit {n})"
        elif edit == "status":
            data["status"] = "cancelled" if e.status.value != "cancelled" else "occurred"
        elif edit == "new-country":
            data["participants"].append({"id": NEW_COUNTRY, "type": "country"})
        elif edit == "drop-country" and len(e.participants) > 1:
            data["participants"] = data["participants"][1:]
        elif edit == "new-organization":
            data["participants"].insert(0, {"id": NEW_ORGANIZATION, "type": "organization"})
        elif edit == "place":
            data["location"] = NEW_PLACE.model_dump()
        elif edit == "no-place":
            data["location"] = None
        elif edit == "remove" and len(events) > 1:
            del events[e.id]
            continue
        elif edit == "add":
            data.update(id=f"{e.id}-added{n}", title=f"Added {n}")
        events[data["id"]] = Event.model_validate(data)
    kept = [
        e.model_copy(update={"related": [r for r in e.related if r in events]})
        for e in events.values()
    ]
    return Timeline(kept, list(timeline.agreements))


def _updated_and_rebuilt(
    before: Timeline,
    after: Timeline,
    documents: list[FixtureDocument],
    folder: Path,
) -> tuple[list[str], list[str]]:
    previous = build_database(before, documents, folder / "before.db", digests=_digests(before))
    assert update_database(
        previous, after, documents, folder / "updated.db", _digests(after), max_share=1.0
    )
    rebuilt = build_database(after, documents, folder / "rebuilt.db", digests=_digests(after))
    return list(canonical_dump(folder / "updated.db")), list(canonical_dump(rebuilt))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(st.tuples(_EDITS, st.integers(0, 1000)), min_size=1, max_size=4))
def test_an_update_equals_a_full_build_of_the_fixture(
    edits: list[tuple[str, int]],
    fixture_timeline: Timeline,
    fixture_documents: list[FixtureDocument],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    after = _edit(fixture_timeline, edits)
    updated, rebuilt = _updated_and_rebuilt(
        fixture_timeline, after, fixture_documents, tmp_path_factory.mktemp("update")
    )
    assert updated == rebuilt


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    copies=st.integers(2, 8),
    edits=st.lists(st.tuples(_EDITS, st.integers(0, 1000)), min_size=1, max_size=6),
)
def test_an_update_equals_a_full_build_of_a_generated_timeline(
    copies: int,
    edits: list[tuple[str, int]],
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    fixture_documents: list[FixtureDocument],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    before = repeat_timeline(fixture_timeline, copies)
    after = _edit(before, edits)
    updated, rebuilt = _updated_and_rebuilt(
        before, after, fixture_documents, tmp_path_factory.mktemp("update")
    )
    assert updated == rebuilt


def test_the_canonical_dump_sees_a_change(
    fixture_timeline: Timeline, fixture_documents: list[FixtureDocument], tmp_path: Path
) -> None:
    """A row, a participant's order and an FTS entry changed are each seen."""
    db = build_database(fixture_timeline, fixture_documents, tmp_path / "a.db")
    base = list(canonical_dump(db))
    for statement in (
        "UPDATE events SET title = 'x' WHERE rowid = 1",  # the FTS index no longer matches
        "UPDATE facet_counts SET count = count + 1 WHERE column_name = 'kind'",
        "INSERT INTO event_actors SELECT event_id, actor_id, role || '-x' FROM event_actors "
        "WHERE rowid = 1",
    ):
        copy = tmp_path / "b.db"
        shutil.copy(db, copy)
        conn = sqlite3.connect(copy)
        conn.execute(statement)
        conn.commit()
        conn.close()
        try:
            changed = list(canonical_dump(copy))
        except sqlite3.DatabaseError:  # FTS5's integrity check
            continue
        assert changed != base, statement


def test_an_updated_database_reads_back_as_the_timeline(
    fixture_timeline: Timeline, fixture_documents: list[FixtureDocument], tmp_path: Path
) -> None:
    after = _edit(fixture_timeline, [("new-country", 1), ("add", 3), ("remove", 5)])
    previous = build_database(
        fixture_timeline, fixture_documents, tmp_path / "a.db", digests=_digests(fixture_timeline)
    )
    assert update_database(
        previous, after, fixture_documents, tmp_path / "b.db", _digests(after), max_share=1.0
    )
    assert load_timeline(tmp_path / "b.db").events == after.events


def test_declines_what_it_cannot_update(
    fixture_timeline: Timeline, fixture_documents: list[FixtureDocument], tmp_path: Path
) -> None:
    """No previous database, no digests, too many changes, other documents, a damaged
    database: ``False``, and the target is left as it was."""
    digests = _digests(fixture_timeline)
    target = tmp_path / "target.db"
    target.write_bytes(b"old")
    args = (fixture_timeline, fixture_documents, target, digests)
    assert not update_database(tmp_path / "missing.db", *args, max_share=1.0)
    without = build_database(fixture_timeline, fixture_documents, tmp_path / "without.db")
    assert not update_database(without, *args, max_share=1.0)
    previous = build_database(
        fixture_timeline, fixture_documents, tmp_path / "p.db", digests=digests
    )
    after = _edit(fixture_timeline, [("title", 0), ("title", 1)])
    assert not update_database(
        previous, after, fixture_documents, target, _digests(after), max_share=0.1
    )
    other = [FixtureDocument(d.id, title="Another title") for d in fixture_documents]
    assert not update_database(previous, fixture_timeline, other, target, digests, max_share=1.0)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(previous.read_bytes()[: previous.stat().st_size // 2])
    assert not update_database(
        damaged, after, fixture_documents, target, _digests(after), max_share=1.0
    )
    damaged.write_bytes(b"not a database" * 100)
    assert not update_database(
        damaged, after, fixture_documents, target, _digests(after), max_share=1.0
    )
    damaged.unlink()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db", "target.db", "without.db"]


def test_the_build_updates_its_database_in_place(repo_root: Path, tmp_path: Path) -> None:
    """``timeline build`` after an edit updates the database, as a full build writes it; a
    build that finds another layout (``_event_digests`` dropped) writes it whole."""
    events, corpus = tmp_path / "events", tmp_path / "corpus"
    shutil.copytree(repo_root / "events", events)
    shutil.copytree(repo_root / "corpus", corpus)
    db, cache = tmp_path / "timeline.db", tmp_path / ".timeline-cache.db"
    assert not build(events, corpus, db, None, cache=cache).updated_in_place
    edited = sorted(events.rglob("*.yaml"))[3]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")
    report = build(events, corpus, db, None, cache=cache)
    assert report.updated_in_place
    full = build(events, corpus, tmp_path / "full.db", None, cache=cache)
    assert not full.updated_in_place
    assert list(canonical_dump(db)) == list(canonical_dump(tmp_path / "full.db"))
    assert any(e.title.startswith("Edited ") for e in load_timeline(db).events)
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE _event_digests")
    conn.commit()
    conn.close()
    assert not build(events, corpus, db, None, cache=cache).updated_in_place
    assert list(canonical_dump(db)) == list(canonical_dump(tmp_path / "full.db"))


_UPDATE_IN_A_PROCESS = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from conftest import load_fixture_timeline
from store.conftest import FixtureDocument
from store.test_store_update import _digests, _edit
from timeline.store.update import update_database
before = load_fixture_timeline()
after = _edit(before, [("new-country", 2), ("add", 4), ("remove", 7), ("place", 1)])
docs = [FixtureDocument(d) for d in sorted({s.document for e in before.events for s in e.sources})]
assert update_database(sys.argv[2], after, docs, sys.argv[3], _digests(after), max_share=1.0)
"""


def test_an_update_is_byte_identical_in_any_process(
    fixture_timeline: Timeline, repo_root: Path, tmp_path: Path
) -> None:
    """Python orders sets of text differently in each process: an update must not."""
    cited = sorted({s.document for e in fixture_timeline.events for s in e.sources})
    previous = build_database(
        fixture_timeline,
        [FixtureDocument(d) for d in cited],
        tmp_path / "previous.db",
        digests=_digests(fixture_timeline),
    )
    outputs = []
    for seed in ("1", "2"):
        output = tmp_path / f"updated-{seed}.db"
        subprocess.run(
            [
                sys.executable,
                "-c",
                _UPDATE_IN_A_PROCESS,
                str(repo_root / "tests"),
                previous,
                output,
            ],
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        )
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1]
