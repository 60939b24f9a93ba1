"""Benchmark: render every export format of a large synthetic timeline, one format at a time.

    .venv/bin/python bench/exports.py [--events 100000] [--formats json,geojson,...]

The events are the tests/data/json fixture events repeated with distinct ids
and dates (bench/json_exports.py's generator), so the numbers measure the
formats, not a dataset. Each format renders every file it publishes
(``Format.files``), with a fresh sequence ledger for the formats that use one,
in this process, after one untimed warm-up on 100 events, and reports wall-clock
and CPU seconds (``time.process_time``: on a machine shared with other work the
wall clock counts the time other processes had the cores). The issue's target is
<= 5 s per format at 100,000 events.
"""

from __future__ import annotations

import argparse
import platform
import time
from datetime import date

from json_exports import synthetic  # bench/json_exports.py, beside this script

from timeline.formats import FORMATS, RenderOptions
from timeline.ics.ledger import Ledger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    timeline = synthetic(args.events)
    warm = synthetic(100)
    print(f"{platform.machine()}, Python {platform.python_version()}, {len(timeline)} events")
    print(f"{'format':<11} {'wall s':>8} {'CPU s':>8} {'MB':>8}  files")
    for name in args.formats.split(","):
        fmt = FORMATS[name]
        fmt.files(warm, RenderOptions(ledger=Ledger(), today=date(2026, 11, 23)))
        options = RenderOptions(ledger=Ledger(), today=date(2026, 11, 23))
        started, cpu = time.perf_counter(), time.process_time()
        files = fmt.files(timeline, options)
        took, used = time.perf_counter() - started, time.process_time() - cpu
        size = sum(len(b) for b in files.values()) / 1e6
        print(f"{name:<11} {took:8.2f} {used:8.2f} {size:8.1f}  {len(files)}", flush=True)


if __name__ == "__main__":
    main()
