"""Speed of the temporal tagger in MB of text per second per core.

Usage::

    python bench/bench_timex.py [FOLDER ...] [--repeat 5] [--processes 1]

Tags every ``.txt`` file (and the ``<TEXT>`` of every TempEval ``.tml`` file)
under the given folders — by default the repository's ``corpus/`` — in one
process, ``--repeat`` times, and reports the best run as MB (10^6 bytes of
UTF-8) per second of CPU time (``time.process_time``: one core, unaffected by
other load on the machine). A benchmark, not a test: run it on demand.

The best run of one process still differs from one process to the next by up to
10 % on a shared machine (string hashing is randomized per process, and so is
memory layout): ``--processes N`` runs the measurement in N fresh processes, with
``PYTHONHASHSEED`` 0 to N-1, and reports the range.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from timeline.temporal import tag

ROOT = Path(__file__).resolve().parent.parent


def texts(folders: list[Path]) -> list[str]:
    out: list[str] = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".txt":
                out.append(path.read_text(encoding="utf-8"))
            elif path.suffix == ".tml":
                sys.path.insert(0, str(ROOT / "bench"))
                from tempeval import read_tml

                out.append(read_tml(path).text)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "corpus"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args(argv)
    if args.processes > 1:
        speeds = []
        for seed in range(args.processes):
            command = [sys.executable, __file__, *map(str, args.folders), "--repeat"]
            env = {**os.environ, "PYTHONHASHSEED": str(seed)}
            out = subprocess.run(
                [*command, str(args.repeat)], env=env, capture_output=True, text=True, check=True
            ).stdout
            print(out, end="")
            speeds.append(float(out.rsplit("= ", 1)[1].split()[0]))
        print(f"{args.processes} processes: {min(speeds):.1f}-{max(speeds):.1f} MB/s per core")
        return
    docs = texts(args.folders)
    if not docs:
        raise SystemExit("no .txt or .tml files found")
    size = sum(len(t.encode("utf-8")) for t in docs)
    dct = date(2024, 11, 4)
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        found = sum(len(tag(t, dct)) for t in docs)
        best = min(best, time.process_time() - t0)
    print(
        f"{len(docs)} documents, {size / 1e6:.3f} MB, {found} expressions; "
        f"best of {args.repeat}: {best:.3f} s CPU = {size / 1e6 / best:.1f} MB/s per core "
        f"(Python {platform.python_version()}, {platform.machine()})"
    )


if __name__ == "__main__":
    main()
