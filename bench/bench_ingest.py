"""Ingest speed and quality on saved real news pages, end to end.

    .venv/bin/python bench/bench_ingest.py [FOLDER] [--repeat N]

Runs `timeline.ingest.ingest` over the HTML pages of FOLDER (default
tests/data/ingest/pages) into a fresh corpus folder each round: decoding,
trafilatura, htmldate, the writer's duplicate checks and the atomic writes.
Prints pages, MB, the best round's seconds and pages per second on one core
(the target is >= 20 pages/s), then, for the pages listed in
tests/data/ingest/pages.yaml, whether the date is right and which known
boilerplate lines reached the text. Results are recorded in docs/corpus.md.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

import yaml

from timeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ingest"


def speed(folder: Path, repeat: int) -> None:
    pages = sorted(folder.glob("*.htm*"))
    size = sum(p.stat().st_size for p in pages)
    ingest(pages[:1], tempfile.mkdtemp())  # import and warm up the libraries once
    best = cpu = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as work:
            t0, c0 = time.perf_counter(), time.process_time()
            report = ingest(pages, Path(work) / "corpus")
            best = min(best, time.perf_counter() - t0)
            cpu = min(cpu, time.process_time() - c0)
        assert report.count("added") + report.count("duplicate") == len(pages), report.summary()
    mb = size / 1_000_000
    print(f"| pages | MB of HTML | best of {repeat}: wall s | CPU s | pages/s (wall) | (CPU) |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(
        f"| {len(pages)} | {mb:.2f} | {best:.3f} | {cpu:.3f} | "
        f"{len(pages) / best:.1f} | {len(pages) / cpu:.1f} |"
    )


def baseline(folder: Path, repeat: int) -> None:
    """trafilatura alone on the same pages, same hour: the floor of what ingest costs."""
    from trafilatura import bare_extraction

    pages = [p.read_text("utf-8", errors="replace") for p in sorted(folder.glob("*.htm*"))]
    cpu = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        for page in pages:
            bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
        cpu = min(cpu, time.process_time() - c0)
    print(f"| trafilatura alone (baseline) | | | {cpu:.3f} | | {len(pages) / cpu:.1f} |")


def quality() -> None:
    expected = yaml.safe_load((DATA / "pages.yaml").read_text("utf-8"))
    print("\n| page | date | boilerplate lines kept |")
    print("| --- | --- | --- |")
    with tempfile.TemporaryDirectory() as work:
        for name, meta in expected.items():
            [result] = ingest([DATA / "pages" / name], Path(work) / name).results
            text = Path(str(result.path)).read_text("utf-8")
            kept = [line for line in meta["boilerplate"] if line in text]
            day = result.published
            right = "right" if day == meta["published"] else f"wrong ({day})"
            print(f"| {name} | {right} | {', '.join(kept) or 'none'} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DATA / "pages")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{platform.machine()}, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    speed(args.folder, args.repeat)
    baseline(args.folder, args.repeat)
    quality()


if __name__ == "__main__":
    main()
