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

``--after-edit`` measures the incremental path instead (docs/json.md, "After an
edit: the splice"): every format written into a folder with its span index
(``timeline.formats.write(..., index=...)``), then one event's title changed
and the exports updated by ``timeline.formats.update_exports``, each step's
wall-clock and CPU seconds, and, for comparison, a full write of the edited
timeline into a copy of the first folder; ``--verify`` compares the two
folders byte for byte.

``--cold`` measures the export step of a cold build: every format written
into an empty folder with its span index (``timeline.formats.write(...,
index=...)``), with ``--jobs`` processes when the code takes it, and the peak
resident memory of this process and of the largest worker. Run it once per
setting (each run is a fresh process, so the peaks are its own); with
``PYTHONPATH=/path/to/old/src`` it times older code.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from json_exports import synthetic  # bench/json_exports.py, beside this script

from timeline import Timeline
from timeline.formats import FORMATS, RenderOptions, render
from timeline.ics.ledger import Ledger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--jobs", type=int, default=None, help="processes [default: automatic]")
    parser.add_argument("--main", action="store_true", help="only each format's main file")
    parser.add_argument("--after-edit", action="store_true", help="full write, then one splice")
    parser.add_argument("--verify", action="store_true", help="compare splice and full write")
    parser.add_argument(
        "--no-full-after", action="store_true", help="after the splice, no full write to compare"
    )
    parser.add_argument("--cold", action="store_true", help="a cold build's export step")
    parser.add_argument(
        "--no-index", action="store_true", help="--cold without the span index (its share)"
    )
    parser.add_argument("--setup", metavar="FOLDER", help="full write with its index, kept")
    parser.add_argument("--splice", metavar="FOLDER", help="one edit spliced into a --setup")
    parser.add_argument("--edit", type=int, default=0, help="which edit (--splice)")
    args = parser.parse_args()
    if args.splice:
        splice_one(Path(args.splice), args.events, args.edit)
        return
    timeline = synthetic(args.events)
    if args.setup:
        from timeline.formats import write

        folder = Path(args.setup)
        _, took, used = _timed(
            lambda: write(
                timeline, folder / "exports", today=date(2026, 11, 23), index=folder / "spans"
            )
        )
        print(f"{'full write + span index':<34} {took:8.2f} s wall {used:8.2f} s CPU")
        return
    if args.after_edit:
        after_edit(timeline, verify=args.verify, full_after=not args.no_full_after)
        return
    if args.cold:
        cold(timeline, args.jobs, index=not args.no_index)
        return
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


def _timed(step: Callable[[], Any]) -> tuple[Any, float, float]:
    """``step()``, its wall-clock seconds and its CPU seconds (worker processes included)."""
    result, took, used, _kernel = _timed_kernel(step)
    return result, took, used


def _timed_kernel(step: Callable[[], Any]) -> tuple[Any, float, float, float]:
    """:func:`_timed` and, of the CPU seconds, the kernel's (system time)."""
    started, cpu = time.perf_counter(), os.times()
    result = step()
    took, end = time.perf_counter() - started, os.times()
    kernel = end.system - cpu.system + end.children_system - cpu.children_system
    used = end.user - cpu.user + end.children_user - cpu.children_user + kernel
    return result, took, used, kernel


def cold(timeline: Timeline, jobs: int | None, *, index: bool = True) -> None:
    """Every format written into an empty folder with its span index, as a cold build does."""
    import inspect
    import resource

    from timeline.formats import write

    takes_jobs = "jobs" in inspect.signature(write).parameters
    chosen = {"jobs": jobs} if jobs is not None and takes_jobs else {}
    print(f"{platform.machine()}, Python {platform.python_version()}, {len(timeline)} events")
    print(f"load average {os.getloadavg()[0]:.1f}, jobs {jobs if takes_jobs else 'n/a'}")
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
        folder, spans = Path(tmp, "exports"), Path(tmp, "spans.sqlite") if index else None
        before = os.times()
        _, took, used, kernel = _timed_kernel(
            lambda: write(timeline, folder, today=date(2026, 11, 23), index=spans, **chosen)
        )
        after = os.times()
    here = after.user + after.system - before.user - before.system
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{'cold export step':<20} {took:8.2f} s wall {used:8.2f} s CPU "
        f"({here:.2f} in this process, {kernel:.2f} kernel)  peak RSS {own:6.0f} MB here, "
        f"{workers:6.0f} MB largest worker"
    )


def after_edit(timeline: Timeline, *, verify: bool, full_after: bool = True) -> None:
    """Full write with the span index, one title edited, the splice, and a full write again."""
    from timeline.formats import ExportChanges, update_exports, write

    day, next_day = date(2026, 11, 23), date(2026, 11, 24)
    print(f"{platform.machine()}, Python {platform.python_version()}, {len(timeline)} events")
    print(f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
        folder, index, full = Path(tmp, "spliced"), Path(tmp, "spans.sqlite"), Path(tmp, "full")
        _, took, used = _timed(lambda: write(timeline, folder, today=day, index=index))
        print(f"{'full write + span index':<34} {took:8.2f} s wall {used:8.2f} s CPU")
        edited = timeline.events[len(timeline) // 2]
        changed = edited.model_copy(update={"title": edited.title + " (edited)"})
        events = [changed if e.id == edited.id else e for e in timeline.events]
        after = Timeline(events, list(timeline.agreements))
        shutil.copytree(folder, full)
        steps: list[tuple[float, str]] = []

        def said(message: str) -> None:
            steps.append((time.perf_counter(), message))

        changes = ExportChanges([changed], [])
        touched: list[Path] = []
        started = time.perf_counter()
        done, took, used, kernel = _timed_kernel(
            lambda: update_exports(
                folder, changes, index, base_url=None, today=next_day, progress=said,
                touched=touched,
            )
        )  # fmt: skip
        if done is None:
            print("the splice fell back:", steps[-1][1] if steps else "?")
        print(
            f"{'splice of one edit':<34} {took:8.2f} s wall {used:8.2f} s CPU ({kernel:.2f} kernel)"
        )
        written = [p for p in touched if p.is_file()]
        size = sum(p.stat().st_size for p in written)
        print(f"  {len(written)} files written, {size / 1e6:.1f} MB; {len(touched)} touched")
        marks = [(started, "opening the span index"), *steps, (started + took, "")]
        for (at, what), (until, _) in pairwise(marks):
            print(f"  {what:<40} {until - at:6.2f} s wall")
        if not full_after:
            return
        _, took, used = _timed(lambda: write(after, full, today=next_day))
        print(f"{'full write after the edit':<34} {took:8.2f} s wall {used:8.2f} s CPU")
        if verify:
            names = sorted(str(p.relative_to(full)) for p in full.rglob("*") if p.is_file())
            match, differ, errors = filecmp.cmpfiles(folder, full, names, shallow=False)
            print(f"splice == full write: {len(match)} files identical, {differ + errors} differ")


def splice_one(folder: Path, events: int, edit: int) -> None:
    """Edit number ``edit`` (a title, of an event spread over the timeline) spliced into
    the exports ``--setup`` wrote; one process per edit, so old and new code can take
    turns on the same machine load (each on its own folder)."""
    import resource

    from timeline.formats import ExportChanges, update_exports

    number = (events // 2 + edit * 7_919) % events
    # the same event as synthetic(events) holds (its events are made in number order)
    event = next(e for e in synthetic(number + 1).events if e.id.endswith(f"-{number}"))
    changed = event.model_copy(update={"title": f"{event.title} (edit {edit})"})
    touched: list[Path] = []
    messages: list[str] = []
    done, took, used, kernel = _timed_kernel(
        lambda: update_exports(
            folder / "exports", ExportChanges([changed], []), folder / "spans",
            base_url=None, today=date(2026, 11, 24 + edit % 5), progress=messages.append,
            touched=touched,
        )
    )  # fmt: skip
    written = [p for p in touched if p.is_file()]
    size = sum(p.stat().st_size for p in written) / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    fell = "" if done is not None else f"  FELL BACK: {messages[-1]}"
    print(
        f"splice {edit}: {took:6.2f} s wall {used:6.2f} s CPU ({kernel:.2f} kernel), "
        f"{len(written)} files {size:.1f} MB written, peak RSS {peak:.0f} MB, "
        f"load {os.getloadavg()[0]:.1f}{fell}",
        flush=True,
    )


if __name__ == "__main__":
    main()
