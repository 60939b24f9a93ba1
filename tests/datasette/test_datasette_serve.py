"""`timeline serve`: arguments given to Datasette, errors, and a request through the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.datasette_plugin import distance_km
from timeline.errors import DataError, TimelineError
from timeline.serve import datasette_args, make_datasette


def test_datasette_args() -> None:
    assert datasette_args("t.db", "m.yaml", extra=["--setting", "default_page_size", "50"]) == [
        "-i", "t.db", "--metadata", "m.yaml", "--host", "127.0.0.1", "--port", "8001",
        "--setting", "suggest_facets", "off",
        "--setting", "default_page_size", "50",
    ]  # fmt: skip


def test_missing_database_says_run_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path / 'none.db'}: no database here: run `timeline build` first to "
        "create it, or give another one with --db\n"
    )


def test_make_datasette_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="run `timeline build` first"):
        make_datasette(tmp_path / "timeline.db")


@pytest.mark.parametrize("name", ["timeline.db", "archive-2026.db"])
def test_get_through_the_cli(db_path: Path, tmp_path: Path, name: str) -> None:
    """`--get` passes through to Datasette: one request, no server; metadata follows the name."""
    db = tmp_path / name
    shutil.copy(db_path, db)
    runner = CliRunner()
    result = runner.invoke(main, ["serve", "--db", str(db), "--get", "/-/calendars/TR.ics"])
    assert result.exit_code == 0, result.output
    cal = icalendar.Calendar.from_ical(result.output.replace("\n", "\r\n"))
    assert len(cal.walk("VEVENT")) > 0
    result = runner.invoke(main, ["serve", "--db", str(db), "--get", "/-/metadata.json"])
    assert result.exit_code == 0, result.output
    assert f'"{db.stem}": {{' in result.output
    assert "events_involving_country" in result.output


def test_get_in_process_leaves_the_collector_as_it_was(db_path: Path) -> None:
    """`timeline serve --get` run inside another program (tests, notebooks) freezes no
    object and leaves no switch on for the servers that program makes next."""
    import gc

    from timeline import datasette_plugin

    gc.unfreeze()
    result = CliRunner().invoke(main, ["serve", "--db", str(db_path), "--get", "/-/versions.json"])
    assert result.exit_code == 0, result.output
    assert gc.get_freeze_count() == 0
    assert datasette_plugin._serving["freeze"] is False


def test_unknown_datasette_option_is_a_usage_error(db_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(db_path), "--no-such-option"])
    assert result.exit_code == 2
    assert result.output.endswith("Error: No such option '--no-such-option'.\n")
    assert "Serving" not in result.output


def test_distance_km() -> None:
    assert distance_km(0, 0, 0, 0) == 0
    # a quarter of a meridian: pi/2 * R
    assert distance_km(0, 0, 90, 0) == pytest.approx(10007.55, abs=0.1)
    assert distance_km(10, 170, 10, -170) == pytest.approx(distance_km(10, -10, 10, 10))


def test_a_taken_port_is_a_clear_error(tmp_path: Path) -> None:
    import socket

    from timeline.serve import check_port_free

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(TimelineError, match=rf"port {port} .* in use.*--port"):
            check_port_free("127.0.0.1", port)
    check_port_free("127.0.0.1", 0)
