"""The sequence ledger after a splice: the changed events' entries revised, the rest copied.

The splice reads the changed events' revisions from the span index and writes
their entries at their place in ``calendars/sequence.json`` (RFC 5545
SEQUENCE and DTSTAMP, :mod:`timeline.ics.ledger`). After random edits (an
event removed and coming back included) the file must be the bytes a full
render with the previous ledger writes; the whole ledger is never loaded; an
index that does not describe the file is not used; and a build that fails
after the splice leaves the published ledger as it was.
"""

from __future__ import annotations

import importlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.build import build
from timeline.errors import ExportError
from timeline.formats import FORMATS, ExportChanges, update_exports, write
from timeline.ics.ledger import Ledger
from timeline.model import Event

from .test_splice import NEXT_DAY, TODAY, _files, _splice_and_render, _spliced

LEDGER = "calendars/sequence.json"
CALENDARS = {"ics": FORMATS["ics"], "atom": FORMATS["atom"]}


def _splice(folder: Path, index: Path, changes: ExportChanges) -> None:
    _spliced(folder, index, changes, formats=CALENDARS)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rounds=st.lists(
        st.lists(
            st.tuples(st.sampled_from(["title", "date", "remove", "add", "cancel"]), st.integers()),
            min_size=1,
            max_size=4,
        ),
        min_size=1,
        max_size=3,
    )
)
def test_the_ledger_after_edits_equals_a_full_renders(
    rounds: list[list[tuple[str, int]]],
    fixture_timeline: Timeline,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    work = tmp_path_factory.mktemp("ledger")
    _splice_and_render(fixture_timeline, rounds, CALENDARS, work)  # every file, each round
    last_full = work / f"full{len(rounds) - 1}"
    assert (work / "spliced" / LEDGER).read_bytes() == (last_full / LEDGER).read_bytes()


def test_an_event_that_comes_back_continues_its_sequence(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, list(CALENDARS), today=TODAY, index=index)
    event = fixture_timeline.events[4]
    _splice(folder, index, ExportChanges([], [event.id]))
    assert Ledger.load(folder / LEDGER).get(event.id) is not None  # kept while it is gone
    back = event.model_copy(update={"title": event.title + " (back)"})
    _splice(folder, index, ExportChanges([back], []))
    revision = Ledger.load(folder / LEDGER).get(event.id)
    assert revision is not None and revision.sequence == 1
    assert revision.modified.date() == NEXT_DAY


def test_a_splice_reads_only_the_changed_entries(
    fixture_timeline: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.formats.span_index import SpanIndex

    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, list(CALENDARS), today=TODAY, index=index)
    asked: list[list[str]] = []
    reading = SpanIndex.ledger_revisions

    def counting(self: SpanIndex, ids: list[str]) -> object:
        asked.append(list(ids))
        return reading(self, ids)

    def refused(*_args: object, **_options: object) -> Ledger:
        raise AssertionError("the whole ledger was loaded")

    monkeypatch.setattr(SpanIndex, "ledger_revisions", counting)
    monkeypatch.setattr(Ledger, "load", refused)
    edited = fixture_timeline.events[7]
    changed = edited.model_copy(update={"title": edited.title + " (edited)"})
    _splice(folder, index, ExportChanges([changed], []))
    assert asked == [[edited.id]]


def test_an_index_that_does_not_describe_the_ledger_falls_back(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, list(CALENDARS), today=TODAY, index=index)
    conn = sqlite3.connect(index)
    assert conn.execute("UPDATE ledger SET length = length + 1 WHERE id = (SELECT min(id) "
                        "FROM ledger)").rowcount == 1  # fmt: skip
    conn.commit()
    conn.close()
    before = _files(folder)
    said: list[str] = []
    edited: Event = fixture_timeline.events[2]
    changes = ExportChanges([edited.model_copy(update={"title": "Edited"})], [])
    found = update_exports(
        folder, changes, index, base_url=None, today=NEXT_DAY, progress=said.append,
        formats=CALENDARS,
    )  # fmt: skip
    assert found is None
    assert f"the span index does not describe {LEDGER}" in " ".join(said)
    assert _files(folder) == before


def test_a_failed_build_leaves_the_ledger_as_it_was(
    repo_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The splice writes into the build's staging copy: a build that fails after it
    publishes nothing, and the next build stamps the edit as a full build would."""
    from timeline import events_cache

    build_module = importlib.import_module("timeline.build")  # the package exports build()

    monkeypatch.setattr(events_cache, "RACY_NS", 0)
    events, corpus = tmp_path / "events", tmp_path / "corpus"
    shutil.copytree(repo_root / "events", events)
    shutil.copytree(repo_root / "corpus", corpus)
    db, exports, cache = tmp_path / "timeline.db", tmp_path / "exports", tmp_path / "cache.db"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795392000")  # 2026-11-23
    build(events, corpus, db, exports, cache=cache)
    published = (exports / LEDGER).read_bytes()
    edited = sorted(p for p in events.rglob("*.yaml") if p.parent.name != "agreements")[3]
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: Edited ", 1),
        encoding="utf-8",
    )
    splicing = build_module.update_exports

    def failing(*args: object, **options: object) -> object:
        found = splicing(*args, **options)  # type: ignore[arg-type]
        assert found is not None, "the build did not splice"
        raise ExportError("the disk is full (a test)")

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795478400")  # 2026-11-24
    monkeypatch.setattr(build_module, "update_exports", failing)
    with pytest.raises(ExportError, match="a test"):
        build(events, corpus, db, exports, cache=cache)
    assert (exports / LEDGER).read_bytes() == published
    monkeypatch.setattr(build_module, "update_exports", splicing)
    build(events, corpus, db, exports, cache=cache)
    full = tmp_path / "full"
    shutil.copytree(tmp_path / "exports", full)  # the same ledger to start from
    (full / LEDGER).write_bytes(published)
    build(events, corpus, tmp_path / "full.db", full)
    assert (exports / LEDGER).read_bytes() == (full / LEDGER).read_bytes() != published
