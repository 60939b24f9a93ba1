"""Where `timeline build` spends: CPU, wall time and memory of each of its stages.

Usage (``PYTHONPATH`` at the code measured; an older commit's ``src`` works too,
without ``--jobs``/``--cache`` if it has none)::

    PYTHONPATH=src python bench/build_stages.py EVENT_SET DB EXPORTS|none [--jobs N] [--cache FILE]

``EVENT_SET`` holds ``events/`` and ``corpus/`` (``bench/scale.py`` makes them).
The stages are those the build reports to its ``progress`` callback (validating,
the database, each export format, the switch); for each, the CPU seconds of this
process and every process it started (those still running read from ``/proc``, so a
worker's CPU counts in the stage it ran in, not the one it was reaped in), the CPU
seconds of this process alone (``builder_cpu_s``: a stage whose CPU is mostly the
builder's runs on one core), the wall time and the largest resident memory of this
process (its high-water mark, reset at each stage), printed as one JSON object. A
benchmark, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import itertools
import json
import os
import resource
import time
from pathlib import Path

from timeline.build import build

_TICK = os.sysconf("SC_CLK_TCK")


def _running_children_cpu() -> float:
    """The CPU seconds of the processes this one started, and theirs, still running (not
    yet in ``os.times``' children counts, which take a child's only once it is reaped)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        times[pid] = (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime
    me, total = os.getpid(), 0.0
    for pid, cpu in times.items():
        up, seen = parents.get(pid), 0
        while up is not None and up != me and up > 1 and seen < 64:
            up, seen = parents.get(up), seen + 1
        if up == me:
            total += cpu
    return total


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system + _running_children_cpu()


def _stage_peak_mb() -> float:
    """The largest resident memory of this process since the last call (its high-water
    mark, then reset through ``/proc/self/clear_refs``). Not a sampling thread: a build
    forks its database writer only in a process without other threads, so a thread here
    would measure another build than `timeline build` runs."""
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
    with contextlib.suppress(OSError):  # not allowed here: the peak since the start
        Path("/proc/self/clear_refs").write_text("5")
    return peak


def _rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("event_set", type=Path)
    parser.add_argument("db")
    parser.add_argument("exports", help="the exports folder, or 'none' for the database only")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--cache")
    args = parser.parse_args()
    options = {}
    accepted = inspect.signature(build).parameters
    for name in ("jobs", "cache"):
        if getattr(args, name) is not None:
            if name not in accepted:
                raise SystemExit(f"this code's build() has no {name!r}")
            options[name] = getattr(args, name)
    marks = [("start", _cpu(), time.perf_counter(), _rss_mb(), _own_cpu())]
    peaks: list[float] = []  # the largest resident memory of this process in each stage

    def say(message: str) -> None:
        peaks.append(_stage_peak_mb())
        marks.append((message, _cpu(), time.perf_counter(), _rss_mb(), _own_cpu()))

    _stage_peak_mb()  # from here on
    build(
        args.event_set / "events",
        args.event_set / "corpus",
        args.db,
        None if args.exports == "none" else args.exports,
        progress=say,
        **options,
    )
    say("end")
    stages = [
        {
            "stage": before[0],
            "cpu_s": round(after[1] - before[1], 2),
            "builder_cpu_s": round(after[4] - before[4], 2),
            "wall_s": round(after[2] - before[2], 2),
            "peak_rss_mb": round(peak),
        }
        for (before, after), peak in zip(itertools.pairwise(marks), peaks, strict=False)
    ]
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    summary = {
        "cpu_s": round(marks[-1][1] - marks[0][1], 2),
        "wall_s": round(marks[-1][2] - marks[0][2], 2),
        "peak_mb": round(peak / 1024),
        "load_average": os.getloadavg()[0],
        "stages": stages,
    }
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
