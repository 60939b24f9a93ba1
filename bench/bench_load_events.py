"""Speed of loading events/: this code's ways against an older commit, side by side.

Usage::

    python bench/bench_load_events.py [--files 10000] [--baseline REV] [--jobs 2]

Writes ``--files`` event files (the repository's events/, copied under new
ids until there are that many) into a temporary folder, then runs
:func:`timeline.curated.load_with_origins` on them, each in a fresh process
(``PYTHONPATH`` at the code measured), as:

* ``baseline``: the commit ``--baseline`` (a git worktree of it), one process;
* ``jobs 1`` and ``jobs N``: this code, one process and ``--jobs`` processes;
* ``cache cold``, ``cache warm`` and ``cache after one edit``: this code with
  an :class:`~timeline.events_cache.EventFileCache`, empty, then filled, then
  filled with one file edited since;

and reports the CPU seconds of the process and its children, the wall time and
the peak memory of each, after checking that every way loads the same events.
A benchmark, not a test: run it on demand; the machine's load is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WORKER = r"""
import hashlib, json, os, resource, sys, time
from pathlib import Path
from timeline.curated import load_with_origins
folder, jobs, cache_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kwargs = {}
if jobs:
    kwargs["jobs"] = jobs
if cache_path:
    from timeline.events_cache import EventFileCache
    kwargs["cache"] = EventFileCache(cache_path)
wall = time.perf_counter()
timeline, _ = load_with_origins(folder, **kwargs)
wall = time.perf_counter() - wall
t = os.times()
digest = hashlib.sha256(
    json.dumps([e.model_dump(mode="json") for e in timeline], sort_keys=True).encode()
).hexdigest()
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(json.dumps({"cpu": t.user + t.system + t.children_user + t.children_system,
                  "wall": wall, "peak_mb": peak, "events": len(timeline), "digest": digest}))
"""


def make_events(folder: Path, count: int) -> None:
    """``count`` event files: the repository's events under fresh ids (agreements once)."""
    shutil.copytree(ROOT / "events" / "agreements", folder / "agreements")
    sources = sorted(p for p in (ROOT / "events").rglob("*.yaml") if p.parent.name != "agreements")
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for n in range(count):
        text = texts[n % len(texts)]
        text = re.sub(r"^id: (.*)$", rf"id: \1-copy-{n}", text, count=1, flags=re.M)
        text = re.sub(r"^related:\n(- .*\n)+", "", text, flags=re.M)  # ids that do not exist
        path = folder / f"{n // 1000:04d}" / f"event-{n}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _run(src: Path, folder: Path, jobs: int, cache: Path | None) -> dict[str, float | str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    args = [sys.executable, "-c", _WORKER, str(folder), str(jobs), str(cache or "")]
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    result: dict[str, float | str] = json.loads(out)
    return result


def _baseline_src(rev: str, work: Path) -> Path:
    tree = work / "baseline"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev],
        check=True,
        capture_output=True,
    )
    return tree / "src"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--baseline", help="a git revision measured beside this code")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "events"
        make_events(folder, args.files)
        current, cache = ROOT / "src", work / "cache.db"
        runs: list[tuple[str, Path, int, Path | None]] = []
        if args.baseline:
            runs.append((f"baseline {args.baseline}", _baseline_src(args.baseline, work), 0, None))
        runs += [
            ("jobs 1", current, 1, None),
            (f"jobs {args.jobs}", current, args.jobs, None),
            ("cache cold", current, 1, cache),
            ("cache warm", current, 1, cache),
        ]
        print(
            f"{args.files} event files; {platform.node()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start"
        )
        print("| way | CPU s | wall s | peak MB |\n| --- | ---: | ---: | ---: |")
        digests = set()
        try:
            for name, src, jobs, cache_path in runs:
                result = _run(src, folder, jobs, cache_path)
                digests.add(result["digest"])
                print(
                    f"| {name} | {result['cpu']:.2f} | {result['wall']:.2f} "
                    f"| {result['peak_mb']:.0f} |",
                    flush=True,
                )
            edited = sorted(folder.rglob("*.yaml"))[-1]
            edited.write_text(
                edited.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1),
                encoding="utf-8",
            )
            result = _run(current, folder, 1, cache)
            print(
                f"| cache after one edit | {result['cpu']:.2f} | {result['wall']:.2f} "
                f"| {result['peak_mb']:.0f} |"
            )
        finally:
            if args.baseline:
                remove = ["worktree", "remove", "--force", str(work / "baseline")]
                subprocess.run(["git", "-C", str(ROOT), *remove], check=False)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    if len(digests) != 1:
        raise SystemExit("the ways loaded different events")


if __name__ == "__main__":
    main()
