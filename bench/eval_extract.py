"""Score `timeline extract` on the seed corpus against the gold list.

    .venv/bin/python bench/eval_extract.py [--verbose]

Prints precision, recall, F1 and status accuracy (the matching rule is in
docs/extraction.md and timeline.extract.evaluate), then, with --verbose,
every missed gold event and every extracted event that matched nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline.extract import extract
from timeline.extract.evaluate import load_gold, score

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/gold/seed.yaml")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    scores = score(extract([args.corpus]).events, gold)
    print(scores.table())
    if args.verbose:
        print("\nmissed:")
        for g in scores.missed:
            print(f"  {g.documents[0][:3]} {g.label()}  | {g.evidence[:90]}")
        print("\nspurious:")
        for e in scores.spurious:
            print(f"  {e.sources[0].document[:3]} {e.id}  | {e.title[:90]}")
        print("\nstatus differs:")
        for g, e in scores.matched:
            if g.status is not e.status:
                print(f"  {e.id}: gold {g.status.value}, extracted {e.status.value}")


if __name__ == "__main__":
    main()
