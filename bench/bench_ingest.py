"""Ingest speed and quality on saved real news pages, end to end, old code beside new.

    .venv/bin/python bench/bench_ingest.py [FOLDER] [--repeat N] [--baseline REF]

Runs `timeline.ingest.ingest` over the HTML pages of FOLDER (default
tests/data/ingest/pages) into a fresh corpus folder each round: decoding,
trafilatura, the page's own date and address, the boilerplate filters, the
writer's duplicate checks and the atomic writes. With ``--baseline REF`` the
same rounds run on the package sources of git REF (``git archive``, imported
through PYTHONPATH) alternately with the working tree's, in the same minutes,
so the load of a shared machine weighs on both alike. Each round is a fresh
process: warm-up over every page once, then one timed round of CPU time
(``time.process_time``, the per-core figure). Prints the best and median round
per code and pages per second on one core (the target is >= 20 pages/s), the
load average, then, for the pages listed in tests/data/ingest/pages.yaml,
whether the date is right and which known boilerplate lines reached the text.
Results are recorded in docs/corpus.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ingest"


def _pages(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.htm*"))


def one_round(folder: Path) -> None:
    """In a fresh process: warm up, time one round, print its CPU seconds as JSON."""
    import timeline
    from timeline.ingest import ingest

    pages = _pages(folder)
    with tempfile.TemporaryDirectory() as work:
        ingest(pages, Path(work) / "warm")  # imports, caches, compiled patterns
        c0 = time.process_time()
        report = ingest(pages, Path(work) / "corpus")
        cpu = time.process_time() - c0
    assert report.count("added") == len(pages), report.summary()
    print(json.dumps({"cpu": cpu, "package": timeline.__file__}))


def _round(src: Path | None, folder: Path) -> float:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run(
        [sys.executable, __file__, str(folder), "--one-round"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    expected = (src or ROOT / "src") / "timeline" / "__init__.py"
    assert Path(result["package"]).resolve() == expected.resolve(), result["package"]
    return float(result["cpu"])


def _sources_of(ref: str, into: Path) -> Path:
    """The package sources of git ``ref``, extracted into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def speed(folder: Path, repeat: int, baseline: str | None) -> None:
    pages = _pages(folder)
    mb = sum(p.stat().st_size for p in pages) / 1_000_000
    with tempfile.TemporaryDirectory() as work:
        codes: dict[str, Path | None] = {"working tree": None}
        if baseline:
            codes = {f"baseline {baseline}": _sources_of(baseline, Path(work)), **codes}
        rounds: dict[str, list[float]] = {name: [] for name in codes}
        for _ in range(repeat):
            for name, src in codes.items():
                rounds[name].append(_round(src, folder))
    print(f"{len(pages)} pages, {mb:.2f} MB of HTML, {repeat} rounds per code, alternating")
    print("| code | best CPU s | median CPU s | pages/s per core (best) | (median) |")
    print("| --- | --- | --- | --- | --- |")
    for name, times in rounds.items():
        best, median = min(times), statistics.median(times)
        print(
            f"| {name} | {best:.3f} | {median:.3f} | "
            f"{len(pages) / best:.1f} | {len(pages) / median:.1f} |"
        )


def quality() -> None:
    from timeline.ingest import ingest

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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DATA / "pages")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds per code")
    parser.add_argument("--baseline", metavar="REF", help="git ref of the code to compare with")
    parser.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_round:
        one_round(args.folder)
        return
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M %Z')}, load average {load}"
    )
    speed(args.folder, args.repeat, args.baseline)
    print(f"load average after: {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
    quality()


if __name__ == "__main__":
    main()
