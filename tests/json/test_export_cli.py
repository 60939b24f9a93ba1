"""`timeline export FORMAT`: filters, outputs, errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import Timeline
from timeline.cli import main
from timeline.formats import export, export_bytes, read_timeline
from timeline.formats import timeline_json as ej
from timeline.formats import write as write_exports


@pytest.fixture
def source(fixture_timeline: Timeline, tmp_path: Path) -> Path:
    """The fixture events as a JSON timeline file: the CLI reads events/ or such a file."""
    return ej.write_file(fixture_timeline, tmp_path / "fixture.json")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ([], 13),
        (["--country", "KZ"], 3),
        (["--organization", "OTS"], 4),
        (["--kind", "summit", "--kind", "visit"], 4),
        (["--status", "planned"], 2),
        (["--since", "2024-01-01"], 3),
        (["--since", "2022-05-10", "--until", "2022-05-31"], 2),
        (["--participant", "recep-tayyip-erdogan"], 1),
        (["--text", "customs"], 2),
        (["--country", "KZ", "--kind", "visit"], 1),
    ],
)
def test_json_to_stdout_with_filters(source: Path, options: list[str], expected: int) -> None:
    code, out, err = run("export", "json", "-i", str(source), *options)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert len(data["events"]) == expected
    assert data["title"] == ej.DEFAULT_TITLE


@pytest.mark.parametrize(("fmt", "name"), [("json", "t.json"), ("timelinejs", "t.js.json"),
                                           ("html", "t.html")])  # fmt: skip
def test_writes_the_file_it_names(source: Path, tmp_path: Path, fmt: str, name: str) -> None:
    out = tmp_path / "out" / name
    code, stdout, err = run("export", fmt, "-i", str(source), "-o", str(out), "--title", "KZ")
    assert (code, stdout, err) == (0, "", f"Wrote {out}\n")
    assert out.read_bytes() == export_bytes(fmt, source, title="KZ")


def test_unfiltered_json_equals_the_build_export(
    source: Path, fixture_timeline: Timeline, tmp_path: Path
) -> None:
    write_exports(fixture_timeline, tmp_path / "exports", ["json", "schema"])
    out = tmp_path / "cli.json"
    assert run("export", "json", "-i", str(source), "-o", str(out))[0] == 0
    assert out.read_bytes() == (tmp_path / "exports" / "timeline.json").read_bytes()


def test_schema_command(tmp_path: Path, repo_root: Path) -> None:
    code, _, err = run("export", "schema", "-o", str(tmp_path))
    assert code == 0
    assert err == f"Wrote 2 files under {tmp_path}\n"
    for name in ej.schema_filenames():
        committed = (repo_root / "exports" / "schema" / name).read_bytes()
        assert (tmp_path / "schema" / name).read_bytes() == committed


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--country", "XX"], "unknown country 'XX'"),
        (["--country", "Kazakstan"], "unknown country 'Kazakstan': did you mean Kazakhstan (KZ)"),
        (["--kind", "party"], "unknown kind 'party'"),
        (["--kind", "sumit"], "unknown kind 'sumit': did you mean summit"),
        (["--status", "occured"], "unknown status 'occured': did you mean occurred?"),
        (["--organization", "ZZZ"], "unknown organization 'ZZZ'"),
        (["--since", "May 2022"], "since 'May 2022' is not a date: use YYYY-MM-DD"),
        (["--since", "2023-01-01", "--until", "2022-01-01"], "since 2023-01-01 is after until"),
    ],
)  # fmt: skip
def test_bad_filters_are_usage_errors(source: Path, options: list[str], message: str) -> None:
    code, out, err = run("export", "json", "-i", str(source), *options)
    assert (code, out) == (2, "")
    assert err.startswith(f"Error: {message}")


def test_unknown_format_is_a_usage_error(source: Path) -> None:
    code, out, err = run("export", "jsno", "-i", str(source))
    assert (code, out) == (2, "")
    assert err.startswith("Error: unknown export format 'jsno': did you mean json")


def test_missing_input_exits_1(tmp_path: Path) -> None:
    code, _, err = run("export", "html", "-i", str(tmp_path / "nope"))
    assert code == 1
    assert err == (
        f"Error: {tmp_path / 'nope'}: no such events folder or JSON timeline file: give an "
        "events/ folder or a .json file written by `timeline build` or `timeline extract`\n"
    )


def test_failed_write_leaves_no_file(source: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run("export", "json", "-i", str(source), "-o", str(blocker / "t.json"))
    assert code == 1 and err.startswith("Error: cannot create folder")
    assert blocker.read_text() == "x"


def test_reads_an_events_folder(tmp_path: Path, fixture_timeline: Timeline) -> None:
    from timeline.event_writer import write_agreement, write_event

    for event in fixture_timeline.events:
        write_event(event, tmp_path / "events")
    for agreement in fixture_timeline.agreements:
        write_agreement(agreement, tmp_path / "events")
    timeline = read_timeline(tmp_path / "events")
    assert ej.to_json(timeline) == ej.to_json(fixture_timeline)
    (path,) = export("json", tmp_path / "events", tmp_path / "kz.json", country="kz")
    assert [e["id"] for e in json.loads(path.read_text("utf-8"))["events"]] == [
        "2022-05-visit-kz-tr",
        "2023-06-01-statement-eu-kz",
        "2023-q3-exercise-kz-tr",
    ]


def test_help_names_every_format() -> None:
    from timeline.formats import FORMATS

    code, out, _ = run("export", "--help")
    assert code == 0
    listed = " ".join(out.split())
    for fmt in FORMATS:
        assert f" {fmt}," in listed or f" {fmt} (" in listed, fmt


def test_never_writes_into_exports_without_o(tmp_repo: Path) -> None:
    code, out, err = run("export", "json", "--country", "Türkiye")
    assert (code, err) == (0, "")
    assert json.loads(out)["events"]
    assert not (tmp_repo / "exports").exists()
