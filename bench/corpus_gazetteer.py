"""Throughput of the corpus reader and the gazetteer (a benchmark, run on demand).

    .venv/bin/python bench/corpus_gazetteer.py [FILES_OR_FOLDERS...]

Defaults to the seed corpus and the corpus-extra test copies. Each stage is
warmed up once (tables and patterns are built on first use), then timed over
the texts repeated to about 1 MB.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline.corpus import read_corpus, read_document
from timeline.gazetteer import find_actors, find_places

ROOT = Path(__file__).resolve().parents[1]


def rate(label: str, size: int, run: Callable[[], object]) -> None:
    run()
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<40} {size / 1e6 / seconds:6.2f} MB/s")


def main(argv: list[str]) -> None:
    paths = argv or [str(ROOT / "corpus"), str(ROOT / "tests/data/corpus/extra")]
    docs = read_corpus(paths)
    text = "\n".join(d.text for d in docs)
    reps = max(1, 1_000_000 // len(text))
    big = text * reps
    files = [Path(d.path) for d in docs]
    print(f"{len(docs)} documents, {len(text):,} characters, x{reps}")
    rate("find_actors", len(big), lambda: find_actors(big))
    rate("find_places", len(big), lambda: find_places(big))

    def read_all() -> None:
        for _ in range(reps):
            for f in files:
                read_document(f)

    rate("read_document (incl. date inference)", len(big), read_all)


if __name__ == "__main__":
    main(sys.argv[1:])
