"""Benchmark: render every export format of a large synthetic timeline, one format at a time.

    .venv/bin/python bench/exports.py [--events 100000] [--formats json,geojson,...]

The events are the tests/data/json fixture events repeated with distinct ids
and dates (bench/json_exports.py's generator), so the numbers measure the
formats, not a dataset. Each format renders every file it publishes
(``Format.files``), with a fresh sequence ledger for the formats that use one,
after one untimed warm-up on 100 events, and reports wall-clock and CPU
seconds: the CPU of this process and of the worker processes it started
(the calendars and Atom render large timelines on every core; ``--jobs 1``
keeps them in this process). ``--main`` renders only each format's main file
instead (what ``timeline export FORMAT`` writes to standard output: for ``ics``,
``timeline.ics`` alone). On a machine shared with other work the wall clock
counts the time other processes had the cores. The issue's target is
<= 5 s per format at 100,000 events.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from datetime import date

from json_exports import synthetic  # bench/json_exports.py, beside this script

from timeline.formats import FORMATS, RenderOptions, render
from timeline.ics.ledger import Ledger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--jobs", type=int, default=None, help="processes [default: automatic]")
    parser.add_argument("--main", action="store_true", help="only each format's main file")
    args = parser.parse_args()
    timeline = synthetic(args.events)
    warm = synthetic(100)
    print(f"{platform.machine()}, Python {platform.python_version()}, {len(timeline)} events")
    print(f"load average {os.getloadavg()[0]:.1f}, jobs {args.jobs or 'automatic'}")
    jobs = {"jobs": args.jobs} if args.jobs else {}  # so that this script times older code too
    print(f"{'format':<11} {'wall s':>8} {'CPU s':>8} {'of it in workers':>16} {'MB':>8}  files")
    for name in args.formats.split(","):
        fmt = FORMATS[name]
        fmt.files(warm, RenderOptions(ledger=Ledger(), today=date(2026, 11, 23), **jobs))
        options = RenderOptions(ledger=Ledger(), today=date(2026, 11, 23), **jobs)
        started, cpu = time.perf_counter(), os.times()
        if args.main:
            files = {fmt.path: render(name, timeline, options=options)}
        else:
            files = fmt.files(timeline, options)
        took, end = time.perf_counter() - started, os.times()
        # the workers are waited for when the render returns, so their CPU is counted here
        workers = end.children_user + end.children_system - cpu.children_user - cpu.children_system
        used = end.user + end.system - cpu.user - cpu.system + workers
        size = sum(len(b) for b in files.values()) / 1e6
        print(
            f"{name:<11} {took:8.2f} {used:8.2f} {workers:16.2f} {size:8.1f}  {len(files)}",
            flush=True,
        )


if __name__ == "__main__":
    main()
