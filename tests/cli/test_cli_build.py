"""`timeline build`, `validate` and `stats`: output, exit codes, and nothing written on error."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    import shutil

    work = tmp_path_factory.mktemp("built")
    for name in ("events", "corpus"):
        shutil.copytree(repo_root / name, work / name)
    result = CliRunner().invoke(
        main,
        [
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
        ],
    )
    assert result.exit_code == 0, result.output
    return work


def test_build_writes_database_and_exports(built: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(built / "timeline.db")
    events = {p.stem for p in (built / "events").rglob("*.yaml") if p.parent.name != "agreements"}
    assert {r["id"] for r in db.query("SELECT id FROM events")} == events
    assert db.table("sources").count >= len(events)
    assert db.table("event_actors").count >= len(events)
    for name in ("timeline.json", "timelinejs.json", "timeline.html", "timeline.ics"):
        assert (built / "exports" / name).stat().st_size > 0


def test_rebuild_is_byte_identical(built: Path) -> None:
    before = _digest(built / "exports")
    result = CliRunner().invoke(
        main,
        [
            "build",
            "-q",
            "--events",
            str(built / "events"),
            "--corpus",
            str(built / "corpus"),
            "--db",
            str(built / "again.db"),
            "--exports",
            str(built / "exports"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert _digest(built / "exports") == before


def test_broken_file_fails_with_file_and_line_and_writes_nothing(tmp_repo: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["build", "-q"]).exit_code == 0
    db_before = (tmp_repo / "timeline.db").read_bytes()
    exports_before = _digest(tmp_repo / "exports")
    target = tmp_repo / "events" / "2022" / "2022-03-29-visit-tr-uz.yaml"
    target.write_text(
        target.read_text("utf-8").replace("end: '2022-03-30'", "end: '2022-03-01'"), "utf-8"
    )
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "· validating events and quotes",
        "· a changed file has problems: reading every file to report them as a full build does",
        "Error: 1 problem found:",
        "events/2022/2022-03-29-visit-tr-uz.yaml:8: date.end 2022-03-01 is before "
        "date.start 2022-03-29",
    ]
    assert (tmp_repo / "timeline.db").read_bytes() == db_before
    assert _digest(tmp_repo / "exports") == exports_before


def test_wrong_quote_is_named(tmp_repo: Path) -> None:
    target = tmp_repo / "events" / "2022" / "2022-05-03-call-tj-tr.yaml"
    text = target.read_text("utf-8")
    target.write_text(text.replace("telephone conversation", "telephone-conversation"), "utf-8")
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "Error: 1 problem found:",
        "events/2022/2022-05-03-call-tj-tr.yaml:22: sources[0].quote does not match "
        "004_4637c54c35dd4532 at 13219..13343, which reads 'A similar meeting was agreed "
        "during a telephone conversation': fix the offsets or the quote",
    ]
    assert not (tmp_repo / "timeline.db").exists()


def test_validate_ok(tmp_repo: Path) -> None:
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("valid: ")


def test_stats_json(tmp_repo: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["events"] == sum(counts["kind"].values())
    assert set(counts) >= {"kind", "status", "precision", "year", "country", "organization"}


def test_usage_error_is_exit_2(tmp_repo: Path) -> None:
    assert CliRunner().invoke(main, ["build", "--no-such-option"]).exit_code == 2


def test_build_keeps_its_cache_beside_the_database(tmp_repo: Path) -> None:
    runner = CliRunner()
    out = tmp_repo / "out"
    args = ["build", "-q", "--db", str(out / "t.db"), "--no-exports"]
    assert runner.invoke(main, [*args, "--no-cache"]).exit_code == 0
    assert not (out / ".timeline-cache.db").exists()
    assert runner.invoke(main, args).exit_code == 0
    assert (out / ".timeline-cache.db").is_file()
    first = (out / "t.db").read_bytes()
    assert runner.invoke(main, args).exit_code == 0  # from the cache: the same database
    assert (out / "t.db").read_bytes() == first
    chosen = tmp_repo / "elsewhere.db"
    assert runner.invoke(main, [*args, "--cache", str(chosen), "--jobs", "2"]).exit_code == 0
    assert chosen.is_file()
    assert (out / "t.db").read_bytes() == first


def test_cache_and_no_cache_together_is_a_usage_error(tmp_repo: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--cache", "c.db", "--no-cache"])
    assert result.exit_code == 2
    assert "not both" in result.output
    assert not (tmp_repo / "timeline.db").exists()
