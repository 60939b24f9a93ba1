"""bench/scale.py runs at its tiny size (CI runs only this size; nothing is timed here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
