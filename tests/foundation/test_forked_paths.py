"""The forked paths, tested again in a fresh process.

A process running another thread forks nothing (:func:`timeline.processes.can_fork`):
the exports and the calendars are then rendered on one process, with the same bytes.
In the whole suite, Datasette's tests leave its write threads running (one per database
written to, alive as long as the process: Datasette has no call that stops them), so
the tests of the forked paths that run after them test the one-process fallback only.
This test runs them again in a new interpreter, where no other thread runs, and
requires that they fork (``TIMELINE_REQUIRE_FORK``: a thread left running there fails
``test_shared_items_are_taken_by_this_process_and_forked_ones``, run last).
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: The tests of code that forks through timeline.processes, the check that it forked last.
FORKED = [
    "tests/formats/test_parallel_write.py",
    "tests/ics/test_ics_processes.py",
    "tests/foundation/test_processes.py",
]


@pytest.mark.slow
@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork only")
def test_the_forked_paths_fork_in_a_fresh_process(repo_root: Path) -> None:
    if os.environ.get("TIMELINE_REQUIRE_FORK"):
        pytest.skip("this is the fresh process already")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *FORKED],
        cwd=repo_root,
        env=os.environ | {"TIMELINE_REQUIRE_FORK": "1"},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " skipped" not in run.stdout.splitlines()[-1], run.stdout[-2000:]
