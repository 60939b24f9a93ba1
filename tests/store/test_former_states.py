"""A former state (ISO 3166-3: the Soviet Union SU, East Germany DD ...) goes through the
model, the store's code lookup and the database build like any state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from timeline import Agreement, Event, Timeline
from timeline.gazetteer.lookup import country_code
from timeline.store import build_database

from .conftest import FixtureDocument


def _signing() -> Event:
    return Event.model_validate({
        "kind": "signing",
        "title": "A treaty signed",
        "date": {"value": "1987-12-08"},
        "status": "occurred",
        "participants": [
            {"id": "SU", "type": "country", "role": "signatory"},
            {"id": "US", "type": "country", "role": "signatory"},
            {"id": "mikhail-gorbachev", "name": "Mikhail Gorbachev", "type": "person",
             "country": "SU"},
        ],
        "location": {"name": "East Berlin", "country": "DD"},
        "sources": [{"document": "d", "quote": "q", "start": 0, "end": 1}],
    })  # fmt: skip


def test_the_model_takes_a_former_state() -> None:
    event = _signing()
    assert [p.name for p in event.participants][:2] == ["Soviet Union", "United States"]
    treaty = Agreement.model_validate(
        {"id": "su-us-treaty", "title": "A treaty", "type": "treaty", "parties": ["US", "SU"]}
    )
    assert treaty.parties == ["SU", "US"]


@pytest.mark.parametrize("code", ["SUHH", "BU", "XX"])
def test_a_code_no_state_holds_is_refused(code: str) -> None:
    with pytest.raises(ValueError, match="unknown country code"):
        Event.model_validate({**_signing().model_dump(mode="json"),
                              "location": {"name": "Somewhere", "country": code}})  # fmt: skip


def test_the_lookup_reads_former_names() -> None:
    assert country_code("Soviet Union") == country_code("USSR") == "SU"
    assert country_code("SU") == "SU"
    assert country_code("East Germany") == "DD"
    assert country_code("Russia") == "RU"


def test_the_database_holds_a_former_state(tmp_path: Path) -> None:
    path = build_database(Timeline([_signing()]), [FixtureDocument("d")], tmp_path / "t.db")
    conn = sqlite3.connect(path)
    try:
        names = dict(conn.execute("SELECT id, name FROM actors WHERE type = 'country'"))
        (country_names,) = conn.execute("SELECT country_names FROM events").fetchone()
    finally:
        conn.close()
    assert names == {"SU": "Soviet Union", "US": "United States"}
    assert "Soviet Union" in country_names
