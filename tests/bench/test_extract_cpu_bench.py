"""``bench/extract_cpu.py`` refuses a code folder that holds no ``timeline`` package: its
child processes would import this tree's instead, and "old" and "new" would be one code
(fifty-fourth session: a mistyped ``--old`` measured the new code twice, silently)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_folder_without_the_package_is_refused_by_name(repo_root: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-src"
    done = subprocess.run(
        [sys.executable, str(repo_root / "bench" / "extract_cpu.py"), "--old", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert f"{missing}: no timeline package" in done.stderr
    assert "git archive" in done.stderr
