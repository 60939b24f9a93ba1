"""The command starts fast because it imports only what a command needs.

Start-up time itself is a benchmark (bench/bench_startup.py), not a timed test;
this checks the cause: which modules `timeline --help` loads.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "datasette", "sqlite_utils", "yaml", "icalendar", "timeline.extract")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_importing_the_cli_loads_no_heavy_dependency() -> None:
    loaded = _modules_after("import timeline.cli")
    heavy = sorted(m for m in loaded if m.startswith(HEAVY))
    assert heavy == []


def test_importing_the_package_is_lazy_but_complete() -> None:
    loaded = _modules_after("import timeline")
    assert "timeline.extract" not in loaded
    loaded = _modules_after("import timeline\ntimeline.load_events")
    assert "timeline.curated" in loaded


def test_python_dash_m_timeline() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("Usage: timeline ")
    assert "build" in result.stdout


def test_dash_h_is_help_everywhere() -> None:
    from click.testing import CliRunner

    from timeline.cli import main

    runner = CliRunner()
    for command in main.commands:
        result = runner.invoke(main, [command, "-h"])
        assert result.exit_code == 0, (command, result.output)
        assert result.output.startswith("Usage:"), command


def test_functions_named_like_their_submodules_stay_functions() -> None:
    code = (
        "import timeline.build, timeline.extract.pipeline, timeline\n"
        "import inspect\n"
        "assert inspect.isfunction(timeline.build), timeline.build\n"
        "assert inspect.isfunction(timeline.extract), timeline.extract\n"
        "from timeline.build import check\n"
        "assert inspect.isfunction(timeline.check)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
