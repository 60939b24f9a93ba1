"""How long `timeline --help` and small commands take to start, beside plain Python.

Start-up is a benchmark, not a timed test (the machine is shared and noisy):
each command runs ``--runs`` times in fresh processes and the table shows the
best and the median wall time, and the median CPU time (user + system, of the
process and its children: less disturbed than wall time when other work shares
the machine), with ``python -c pass`` as the baseline of the same session.
``python -X importtime`` tells where the time goes.

    python bench/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
COMMANDS = {
    "python -c pass (baseline)": [sys.executable, "-c", "pass"],
    "timeline --help": [str(BIN / "timeline"), "--help"],
    "timeline --version": [str(BIN / "timeline"), "--version"],
    "python -m timeline --help": [sys.executable, "-m", "timeline", "--help"],
    "timeline stats": [str(BIN / "timeline"), "stats"],
}


def measure(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"({args.runs} runs each; load average {os.getloadavg()[0]:.2f})")
    print("| command | best wall (s) | median wall (s) | median CPU (s) |")
    print("| --- | ---: | ---: | ---: |")
    for label, command in COMMANDS.items():
        walls, cpus = measure(command, args.runs)
        print(
            f"| {label} | {min(walls):.3f} | {statistics.median(walls):.3f} "
            f"| {statistics.median(cpus):.3f} |"
        )


if __name__ == "__main__":
    main()
