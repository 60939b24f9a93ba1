"""The one contract: every format registered, deterministic, exported, documented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import Timeline, UsageError
from timeline.cli import main
from timeline.formats import FORMATS, RenderOptions, format_named, write
from timeline.formats.timeline_json import write_file


@pytest.mark.parametrize("name", list(FORMATS))
def test_same_events_same_bytes_in_any_order(fixture_timeline: Timeline, name: str) -> None:
    fmt = FORMATS[name]
    shuffled = Timeline(list(reversed(fixture_timeline.events)), fixture_timeline.agreements)
    assert fmt.files(fixture_timeline, RenderOptions()) == fmt.files(shuffled, RenderOptions())
    files = fmt.files(fixture_timeline, RenderOptions())
    assert next(iter(files)) == fmt.path
    assert files[fmt.path] == fmt.render(fixture_timeline, RenderOptions())


@pytest.mark.parametrize("name", list(FORMATS))
def test_cli_export_without_o_equals_the_built_file(
    fixture_timeline: Timeline, tmp_path: Path, name: str
) -> None:
    exports = tmp_path / "exports"
    write(fixture_timeline, exports, today=date(2026, 11, 23))
    source = write_file(fixture_timeline, tmp_path / "events.json")
    args = ["export", name, "-i", str(source), "--ledger", str(exports)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (exports / FORMATS[name].path).read_bytes()


def test_build_writes_every_format_and_nothing_else(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    written = write(fixture_timeline, tmp_path, today=date(2026, 11, 23))
    on_disk = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == on_disk
    for fmt in FORMATS.values():
        assert fmt.path in on_disk


def test_unknown_format_suggests() -> None:
    with pytest.raises(UsageError, match="unknown export format 'geojsn': did you mean geojson"):
        format_named("geojsn")


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_is_documented_with_its_media_type(repo_root: Path, name: str) -> None:
    docs = "".join(
        (repo_root / "docs" / page).read_text("utf-8") for page in ("json.md", "calendars.md")
    )
    fmt = FORMATS[name]
    assert f"`{fmt.path}`" in docs, f"{fmt.path} is not in docs/json.md or docs/calendars.md"
    assert f"`{fmt.media_type}`" in docs, f"{fmt.media_type} is not documented"
    readme = (repo_root / "README.md").read_text("utf-8")
    assert fmt.path in readme, f"README.md does not name {fmt.path}"
