"""bench/scale.py runs at its tiny size (CI runs only this size; nothing is timed here)."""

from __future__ import annotations

import argparse
import doctest
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


@pytest.mark.slow
def test_the_scale_benchmark_runs_at_its_tiny_size(repo_root: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(repo_root / "bench" / "scale.py"), "--tiny", "--work", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    steps = {(r["step"], r["size"]) for r in results["runs"]}
    assert {("extract --jobs 2", 6), ("build", 30), ("build after one edit", 30)} <= steps
    assert all(r["cpu_s"] > 0 and r["peak_mb"] > 0 for r in results["runs"])
    (pages,) = results["datasette"].values()
    assert {p["status"] for p in pages.values()} == {200}
    assert len(list((tmp_path / "corpus-6").glob("*.txt"))) == 6
    assert "| extract --jobs 2 | current | 6 |" in done.stdout


@pytest.mark.slow
def test_each_code_measured_builds_after_an_edit_from_its_own_index(
    load_bench: Callable[[str], ModuleType], repo_root: Path, tmp_path: Path
) -> None:
    # Two codes side by side used to share the CLI's default cache file beside their
    # databases: each build wrote the index of the last build over the other's, and every
    # build after an edit went the full way ("the database is not the one the last build
    # wrote"), at any size.
    scale = load_bench("scale")
    scale.generate_events(30, tmp_path / "set")
    codes = {"current": repo_root / "src", "baseline same": repo_root / "src"}
    args = argparse.Namespace(baseline_max=30, stages=False, no_exports=True)
    runs: list[tuple[str, str, str]] = []

    def record(m: object, step: str, code: str, size: int, note: str = "") -> None:
        runs.append((step, code, note.split(";")[0]))

    scale.measure_builds(30, tmp_path / "set", tmp_path, codes, args, record)
    assert runs == [
        ("build", "current", "full (no previous database)"),
        ("build", "baseline same", "full (no previous database)"),
        ("build after one edit", "current", "incremental"),
        ("build after one edit", "baseline same", "incremental"),
        ("build after another edit", "current", "incremental"),
        ("build after another edit", "baseline same", "incremental"),
    ]


def test_the_path_a_build_took_is_read_from_its_messages(
    load_bench: Callable[[str], ModuleType],
) -> None:
    assert doctest.testmod(load_bench("scale")).failed == 0
    said = "· validating events and quotes\n· 3 of 40 files changed: reading every file\n"
    assert load_bench("scale").build_path(said) == "full (3 of 40 files changed)"
