"""How long `timeline --help` and small commands take to start, beside plain Python.

Start-up is a benchmark, not a timed test (the machine is shared and noisy):
each command runs ``--runs`` times in fresh processes and the table shows the
best and the median wall time, with ``python -c pass`` as the baseline of the
same session. ``python -X importtime`` tells where the time goes.

    python bench/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
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


def measure(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"| command | best (s) | median (s) |  ({args.runs} runs each)")
    print("| --- | ---: | ---: |")
    for label, command in COMMANDS.items():
        times = measure(command, args.runs)
        print(f"| {label} | {min(times):.3f} | {statistics.median(times):.3f} |")


if __name__ == "__main__":
    main()
