"""CPU per MB of extraction, end to end, old code against new in one run.

    .venv/bin/python bench/extract_cpu.py --old /tmp/old/src [--jobs 1 2] [--repeat 3]

Each measurement is a fresh process (``python -c``, the source tree on
``PYTHONPATH``) that imports timeline, extracts the fifty-nine tuning sets of
bench/extraction.py with :func:`timeline.extract.extract` (``jobs`` processes)
and reports its CPU seconds, its workers' included (``RUSAGE_CHILDREN``), and
those of a second extraction in the same process (the steady state, without
the fixed costs of the first). Old and new alternate, ``--repeat`` times each;
the medians are printed as MB of article text (UTF-8) per CPU-second with the
load average, so the figures of a shared machine come with their noise.

With ``--per-set`` each process extracts every set alone, on one core, after a
first extraction of them all (the lazy set-up): the best of ``--rounds`` per set
in the process, then the median over the processes, per set and in all.

With ``--equal`` nothing is timed: the old and the new code each write, in a
fresh process, every field of every mention of every document (the events and
agreements of :func:`~timeline.extract.extract_mentions`, as JSON) and the JSON
timeline of each set merged alone and of all of them merged (one process and
two, and :func:`~timeline.extract.extract_corpus`'s), and the two are compared:
the counts, a SHA-256 of all of it, and the first line that differs.
Never run on the held-out splits (test-be, test-bf, test-bg, test-bh): the sets are
bench/extraction.py's DEFAULT.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, resource, sys
sys.path.insert(0, {bench!r})
from extraction import DEFAULT
from timeline.corpus import read_corpus
from timeline.extract import extract

def cpu():
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

size = sum(len(d.text.encode("utf-8")) for d in read_corpus(DEFAULT))
start = cpu()
first = extract(DEFAULT, jobs={jobs})
middle = cpu()
extract(DEFAULT, jobs={jobs})
print(json.dumps(dict(size=size, events=len(first), first=middle - start, second=cpu() - middle)))
"""


_PER_SET = """
import json, sys, time
sys.path.insert(0, {bench!r})
from extraction import DEFAULT
from timeline.corpus import read_corpus
from timeline.extract import extract

extract(DEFAULT, jobs=1)
out = {{}}
for folder in DEFAULT:
    size = sum(len(d.text.encode("utf-8")) for d in read_corpus([folder]))
    best = float("inf")
    for _ in range({rounds}):
        start = time.process_time()
        extract([folder], jobs=1)
        best = min(best, time.process_time() - start)
    out[folder.name] = (size, best)
print(json.dumps(out))
"""


_EQUAL = """
import hashlib, io, json, sys
sys.path.insert(0, {bench!r})
from extraction import DEFAULT
from timeline.corpus import read_corpus
from timeline.extract import extract_corpus, extract_mentions, extract_to_json
from timeline.formats.timeline_json import dumps

lines, mentions, per_set = [], 0, 0
for folder in DEFAULT:
    for doc in read_corpus([folder]):
        events, agreements = extract_mentions(doc)
        mentions += len(events)
        lines += [e.model_dump_json() for e in events]
        lines += ["agreement " + a.model_dump_json() for a in agreements]
    out = io.BytesIO()
    count, _ = extract_to_json([folder], out, jobs=1)
    per_set += count
    lines.append(folder.name + " " + out.getvalue().decode())
merged = {{}}
for jobs in (1, 2):
    out = io.BytesIO()
    merged[jobs], _ = extract_to_json(DEFAULT, out, jobs=jobs)
    lines.append(f"all, {{jobs}} processes " + out.getvalue().decode())
held = extract_corpus(DEFAULT, jobs=1).timeline
lines.append("all, held " + dumps(held))
with open({out!r}, "w", encoding="utf-8") as f:
    f.write("\\n".join(lines))
digest = hashlib.sha256("\\n".join(lines).encode()).hexdigest()
print(json.dumps(dict(mentions=mentions, per_set=per_set, merged=merged[1], merged2=merged[2],
                      held=len(held), sha256=digest)))
"""


def equal(old: Path, new: Path) -> bool:
    """The old and new trees' outputs on the tuning sets, compared (see the docstring)."""
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in (("old", old), ("new", new)):
            out = Path(tmp) / f"{name}.txt"
            code = _EQUAL.format(bench=str(ROOT / "bench"), out=str(out))
            got[name] = measure(src, 1, code)
            print(
                f"{name}: {got[name]['mentions']} mentions, {got[name]['per_set']} events in the "
                f"sets merged alone, {got[name]['merged']} merged together (2 processes: "
                f"{got[name]['merged2']}, held: {got[name]['held']}), sha256 {got[name]['sha256']}"
            )
        same = got["old"] == got["new"]
        if not same:
            old_lines = (Path(tmp) / "old.txt").read_text(encoding="utf-8").splitlines()
            new_lines = (Path(tmp) / "new.txt").read_text(encoding="utf-8").splitlines()
            for k, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)):
                if a != b:
                    print(f"first difference, line {k + 1}:\n  old {a[:300]}\n  new {b[:300]}")
                    break
    print("the same, byte for byte" if same else "DIFFERENT")
    return same


def measure(src: Path, jobs: int, code: str | None = None) -> dict[str, Any]:
    """One fresh process on the source tree ``src``: sizes and CPU seconds."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = code or _CHILD.format(bench=str(ROOT / "bench"), jobs=jobs)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def per_set(trees: dict[str, Path], repeat: int, rounds: int) -> None:
    """MB per CPU-second of each set extracted alone, the trees' processes alternating."""
    code = _PER_SET.format(bench=str(ROOT / "bench"), rounds=rounds)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    loads = []
    for _ in range(repeat):
        for name, src in trees.items():
            runs[name].append(measure(src, 1, code))
            loads.append(os.getloadavg()[0])
    names = list(trees)
    print("| set | KB | " + " | ".join(f"{n} CPU s | {n} MB/CPU-s" for n in names) + " |")
    print("| --- | ---: | " + " | ".join("---: | ---:" for _ in names) + " |")
    sets = list(runs[names[0]][0])
    totals = {n: 0.0 for n in names}
    size_all = 0
    for folder in sets:
        size = runs[names[0]][0][folder][0]
        size_all += size
        cells = []
        for n in names:
            cpu = statistics.median(r[folder][1] for r in runs[n])
            totals[n] += cpu
            cells.append(f"{cpu:.3f} | {size / 1e6 / cpu:.3f}")
        print(f"| {folder} | {size / 1e3:.0f} | " + " | ".join(cells) + " |")
    cells = [f"{totals[n]:.3f} | {size_all / 1e6 / totals[n]:.3f}" for n in names]
    print(f"| all | {size_all / 1e3:.0f} | " + " | ".join(cells) + " |")
    print(f"load {min(loads):.1f}-{max(loads):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the old code's src/ folder")
    parser.add_argument("--new", type=Path, default=ROOT / "src", help="default: this tree's")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--per-set", action="store_true", help="each set alone, one core")
    parser.add_argument(
        "--equal", action="store_true", help="compare the two trees' outputs; no timing"
    )
    parser.add_argument("--rounds", type=int, default=2, help="--per-set: runs per process")
    parser.add_argument(
        "--also", type=Path, nargs="*", default=[], help="--per-set: more src/ folders"
    )
    args = parser.parse_args()
    for src in (args.old, args.new, *args.also):
        # a folder without the package would run this tree's timeline instead (the child
        # processes' PYTHONPATH falls back to the installed one): old and new the same code
        if not (src / "timeline" / "__init__.py").is_file():
            parser.error(
                f"{src}: no timeline package in this folder (no {src}/timeline/__init__.py); "
                "give a checkout's src/ folder, e.g. git archive <commit> src | tar -x -C /tmp/old"
            )
    print(
        f"{platform.node()} {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extraction import library_versions

    print(library_versions())
    if args.equal:
        sys.exit(0 if equal(args.old, args.new) else 1)
    if args.per_set:
        trees = {"old": args.old, "new": args.new}
        trees.update((f"also{k}", src) for k, src in enumerate(args.also, 1))
        per_set(trees, args.repeat, args.rounds)
        return
    for jobs in args.jobs:
        runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        loads = []
        for _ in range(args.repeat):
            for name, src in (("old", args.old), ("new", args.new)):
                got = measure(src, jobs)
                runs[name].append(got)
                loads.append(os.getloadavg()[0])
                print(
                    f"  {datetime.now(UTC):%H:%M:%S} {name}: first {got['first']:.2f}, "
                    f"second {got['second']:.2f} CPU s, load {loads[-1]:.1f}",
                    flush=True,
                )
        line = [f"jobs={jobs}"]
        for name, got in runs.items():
            mb = got[0]["size"] / 1e6
            first = statistics.median(r["first"] for r in got)
            second = statistics.median(r["second"] for r in got)
            line.append(
                f"{name}: {got[0]['events']:.0f} events, first run {first:.2f} CPU s "
                f"({mb / first:.3f} MB/CPU-s), second {second:.2f} ({mb / second:.3f})"
            )
        line.append(f"load {min(loads):.1f}-{max(loads):.1f}")
        print(" | ".join(line))


if __name__ == "__main__":
    main()
