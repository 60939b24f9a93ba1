"""Extraction speed, end to end: read, tag, find actors, extract, merge.

    .venv/bin/python bench/bench_extract.py [FOLDER ...] [--repeat N]

Runs `timeline.extract.extract` over corpus/ (and any folders given) and
prints characters, MB, seconds and MB/s on one core. The target is >= 1 MB of
text per second per core; results are recorded in docs/history/extraction-log.md.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract import extract

ROOT = Path(__file__).resolve().parent.parent


def measure(folder: Path, repeat: int) -> None:
    docs = read_corpus([folder])
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    best = float("inf")
    events = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = extract([folder], jobs=1)  # reads the files again: end to end
        best = min(best, time.perf_counter() - t0)
        events = len(found)
    mb = size / 1_000_000
    print(f"| {folder} | {len(docs)} | {size:,} | {events} | {best:.3f} | {mb / best:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    print("| corpus | documents | bytes | events | best seconds | MB/s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for folder in [ROOT / "corpus", *args.folders]:
        measure(folder, args.repeat)


if __name__ == "__main__":
    main()
