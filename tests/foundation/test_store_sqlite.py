"""YAML -> model -> SQLite -> model round trips, and what the database offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from timeline import DataError, Timeline
from timeline.curated import load_events
from timeline.model import Agreement
from timeline.store import build_database, load_timeline


@dataclass
class Doc:
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = False

    @property
    def characters(self) -> int:
        return len(self.text)


@pytest.fixture(scope="module")
def timeline(repo_root: Path) -> Timeline:
    return load_events(repo_root / "events")


@pytest.fixture(scope="module")
def docs(repo_root: Path) -> list[Doc]:
    return [Doc(p.stem, p.read_text("utf-8")) for p in sorted((repo_root / "corpus").glob("*.txt"))]


@pytest.fixture(scope="module")
def db(timeline: Timeline, docs: list[Doc], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_database(timeline, docs, tmp_path_factory.mktemp("db") / "timeline.db")


def test_round_trip(timeline: Timeline, db: Path) -> None:
    again = load_timeline(db)
    assert again.events == timeline.events
    assert again.agreements == timeline.agreements


def test_load_some_events(timeline: Timeline, db: Path) -> None:
    first = timeline.events[0]
    assert load_timeline(db, [first.id]).events == [first]


def test_tables_views_and_fts(db: Path) -> None:
    d = sqlite_utils.Database(db)
    assert set(d.table_names()) >= {
        "events",
        "actors",
        "event_actors",
        "places",
        "documents",
        "sources",
        "agreements",
        "agreement_parties",
        "events_fts",
        "sources_fts",
        "events_by_country",
        "facet_counts",
        "events_by_month",
        "events_map",
        "agreement_lifecycle",
    }
    assert set(d.view_names()) == {"upcoming_events"}
    hits = [
        r["id"]
        for r in d.query(
            "SELECT events.id FROM events JOIN events_fts ON events.rowid = events_fts.rowid "
            "WHERE events_fts MATCH 'Samarkand'"
        )
    ]
    assert "2022-11-11-signing-ots" in hits


def test_foreign_keys_hold(db: Path) -> None:
    d = sqlite_utils.Database(db)
    assert list(d.query("PRAGMA foreign_key_check")) == []
    fks = {(fk.table, fk.column, fk.other_table) for t in d.tables for fk in t.foreign_keys}
    assert ("event_actors", "event_id", "events") in fks
    assert ("sources", "document_id", "documents") in fks
    assert ("events", "place_id", "places") in fks


def test_indexes_on_date_kind_and_actor(db: Path) -> None:
    d = sqlite_utils.Database(db)
    indexed = {tuple(i.columns) for i in d.table("events").indexes}
    assert ("date_start", "sort_key") in indexed and ("kind", "date_start") in indexed
    assert ("sort_key", "id") in indexed
    actors = {tuple(i.columns) for i in d.table("event_actors").indexes}
    assert ("actor_id", "event_id") in actors


def test_views_answer_the_common_questions(timeline: Timeline, db: Path) -> None:
    d = sqlite_utils.Database(db)
    by_country = {
        r["event_id"]
        for r in d.query("SELECT event_id FROM events_by_country WHERE country = 'UZ'")
    }
    assert by_country == {e.id for e in timeline if "UZ" in e.countries}
    assert "2022-03-29-visit-tr-uz" in by_country
    months = {r["month"]: r["events"] for r in d.query("SELECT * FROM events_by_month")}
    may = [
        e
        for e in timeline
        if e.date.start.strftime("%Y-%m") == "2022-05"
        and e.date.precision.value in ("day", "week", "month")
    ]
    assert months["2022-05"] == len(may) >= 2
    corridor = "ots-simplified-customs-corridor"
    life = [
        r["event_id"]
        for r in d.query(
            "SELECT event_id FROM agreement_lifecycle WHERE agreement_id = ?", [corridor]
        )
    ]
    assert life == [e.id for e in timeline.lifecycle(corridor)]
    assert [timeline.event(i).kind.value for i in life][-1] == "entry_into_force"
    mapped = {r["place"] for r in d.query("SELECT place FROM events_map")}
    assert {"Samarkand", "Bishkek"} <= mapped


def test_build_is_idempotent(timeline: Timeline, docs: list[Doc], tmp_path: Path) -> None:
    a = build_database(timeline, docs, tmp_path / "a.db")
    b = build_database(timeline, docs, tmp_path / "b.db")
    dump = lambda p: list(sqlite_utils.Database(p).conn.iterdump())  # noqa: E731
    assert dump(a) == dump(b)


def test_failed_build_leaves_the_old_database(
    timeline: Timeline, docs: list[Doc], tmp_path: Path
) -> None:
    target = build_database(timeline, docs, tmp_path / "t.db")
    before = target.read_bytes()
    with pytest.raises(DataError, match="cites document '004_4637c54c35dd4532', which is not"):
        build_database(timeline, [d for d in docs if not d.id.startswith("004")], target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["t.db"]


def test_missing_database_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist: run `timeline build`"):
        load_timeline(tmp_path / "none.db")


def test_an_organization_party_no_event_names_is_an_organization_actor(
    timeline: Timeline, docs: list[Doc], tmp_path: Path
) -> None:
    # "EU" has two letters but is an organization: the store asks the gazetteer.
    first = timeline.events[0]
    agreement = Agreement(
        id="eu-kz-partnership",
        title="Partnership agreement",
        type="agreement",
        parties=["EU", "KZ"],
    )
    signing = first.model_copy(update={"agreement": agreement.id, "related": []})
    db = build_database(Timeline([signing], [agreement]), docs, tmp_path / "t.db")
    actors = {row["id"]: row["type"] for row in sqlite_utils.Database(db)["actors"].rows}
    assert actors["EU"] == "organization" and actors["KZ"] == "country"
