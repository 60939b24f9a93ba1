"""Count the temporal tagger's value errors by cause, per corpus, from a ``--errors`` file.

Usage::

    python bench/tempeval.py DATA --systems ours --dev ... --errors errors.txt
    grep -v ' AQUAINT/' errors.txt > dev-errors.txt     # never read the held-out side
    python bench/value_errors.py dev-errors.txt [--show CAUSE]

Reads the ``DIFF`` lines (a gold and a system timex that overlap) and sorts each one
whose value differs into a cause found from the two values alone, not from their words:
the week a weekday was put in, the year a day or a month was put in, the side of the DCT,
granularity (one value a prefix of the other), unknown parts (``X``), a value in UTC
(``Z``), a reported quarter, ``*_REF`` against a date, and the type conventions (DATE
against DURATION or SET). ``--show CAUSE`` prints that cause's lines. The corpus is taken
from the document's name: ``TimeBank/``, and under ``dev/`` EventStoryLine (a topic
number), MEANTIME (``intra-doc_annotation``) or the platinum set.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

_LINE = re.compile(
    r"DIFF (\S+) gold '(.*?)' (\w+) (\S*) \| ours '(.*?)' (\w+) (\S*) \(dct (\S+)\) in (.*)$"
)
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
CORPORA = ["TimeBank", "platinum", "MEANTIME", "ESC"]


def corpus(name: str) -> str:
    if name.startswith("TimeBank/"):
        return "TimeBank"
    if re.match(r"dev/\d+/", name):
        return "ESC"
    if "intra-doc_annotation" in name:
        return "MEANTIME"
    return "platinum" if name.startswith("dev/") else "other"


def cause(gold_type: str, gold: str, our_type: str, ours: str, dct: str) -> str | None:
    """The cause of a value error, or None when the values agree (a span or type error)."""
    if gold == ours:
        return None
    if gold_type != our_type and {gold_type, our_type} & {"DURATION", "SET"}:
        return "type convention: DATE against DURATION or SET"
    if gold.endswith("_REF") or ours.endswith("_REF"):
        return "*_REF against a date"
    if "Z" in gold:
        return "gold in UTC (Z)"
    if "Q" in gold or "Q" in ours:
        return "reported quarter"
    g, o = _DAY.match(gold), _DAY.match(ours)
    if g and o:
        gold_day = date(*map(int, g.groups()))
        our_day = date(*map(int, o.groups()))
        days = (our_day - gold_day).days
        if days % 7 == 0 and abs(days) <= 21:
            return "anchor: the week of a weekday"
        if (gold_day.month, gold_day.day) == (our_day.month, our_day.day):
            return "anchor: the year of a day"
        the_dct = date.fromisoformat(dct)
        if (gold_day <= the_dct) != (our_day <= the_dct):
            return "anchor: past or future of the DCT"
        return "anchor: another day"
    if gold[:4] != ours[:4] and gold[4:] == ours[4:] and gold[:4].isdigit() and ours[:4].isdigit():
        return "anchor: the year of a month or season"
    if gold.startswith(ours) or ours.startswith(gold):
        return "granularity"
    if "X" in gold or "X" in ours:
        return "unknown parts (X)"
    return "other"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("errors", type=Path)
    parser.add_argument("--show", help="print the lines of this cause")
    args = parser.parse_args(argv)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    lines: dict[str, list[str]] = defaultdict(list)
    for line in args.errors.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line)
        if m is None:
            continue
        name, _, gold_type, gold, _, our_type, ours, dct, _ = m.groups()
        found = cause(gold_type, gold, our_type, ours, dct)
        if found is None:
            continue
        counts[found][corpus(name)] += 1
        lines[found].append(line)
    print("| cause | " + " | ".join(CORPORA) + " | all |")
    print("| --- |" + " ---: |" * (len(CORPORA) + 1))
    for name in sorted(counts, key=lambda c: (-sum(counts[c].values()), c)):
        row = " | ".join(str(counts[name][c]) for c in CORPORA)
        print(f"| {name} | {row} | {sum(counts[name].values())} |")
    if args.show:
        print("\n".join(lines[args.show]))


if __name__ == "__main__":
    main()
