"""Compare the tagger's values with the dates the extraction gold fixes, by cause.

Usage::

    python bench/gold_dates.py [--show CAUSE] [FOLDER ...]

The repository's news texts (``tests/data/extraction``, the tuning sets of
``bench/extraction.py``'s DEFAULT; never its HELD_OUT) have no TIMEX3 gold, but every
gold event's date (``gold.yaml``: ``value``, ``mod``, ``evidence``) is a checked value.
Each document is tagged as extraction tags it (its text, its publication date as the
DCT); for each gold date the DATE and TIME expressions inside its evidence (a substring
of the event's first document) are compared with it:

* ``agrees``: one of them has the gold value (a TIME's day is its date);
* ``no expression in the evidence``: the date comes from elsewhere (the DCT, an earlier
  sentence): not a value the tagger gave;
* ``another granularity``: no expression has the gold value's shape (a year against a
  day): the event's date is not that expression's value;
* otherwise an expression of the same shape has another value: a disagreement, sorted by
  ``bench/value_errors.py``'s causes from the two values alone (the year of a day or a
  month, the week of a weekday, the side of the DCT: TimeML Annotation Guidelines 1.2.1,
  section 2.2, the ``value`` of an expression anchored to the DCT or to the narrative).

A range's value ("start/end") is compared by its start and its end. One row per split
and cause; ``--show CAUSE`` prints the disagreements of that cause (these are tuning
sets: their texts may be read).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from timeline.corpus import read_corpus
from timeline.temporal import Timex, tag

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import DEFAULT, HELD_OUT, gold_for
from value_errors import cause

_SHAPE = re.compile(r"\d")


def _shape(value: str) -> str:
    return _SHAPE.sub("9", value)


def _gold_values(value: str) -> list[str]:
    return [v for v in value.split("/") if v] if "/" in value else [value]


def judge(value: str, found: list[Timex], dct: str) -> tuple[str, str | None]:
    """The cause for a gold value against the expressions in its evidence, and the
    disagreeing value (None when it agrees or none compares)."""
    dated = [t for t in found if t.type in ("DATE", "TIME")]
    if not dated:
        return "no expression in the evidence", None
    values = {t.value[:10] if t.type == "TIME" else t.value for t in dated}
    wanted = _gold_values(value)
    if any(v in values for v in wanted):
        return "agrees", None
    for v in wanted:
        for t in dated:
            ours = t.value[:10] if t.type == "TIME" else t.value
            if _shape(ours) == _shape(v):
                return cause("DATE", v, "DATE", ours, dct) or "agrees", ours
    return "another granularity", None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--show", help="print the disagreements of this cause")
    args = parser.parse_args(argv)
    folders = args.folders or DEFAULT
    held_out = {f.resolve() for f in HELD_OUT}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    documents_of: dict[str, set[str]] = defaultdict(set)
    for folder in folders:
        if folder.resolve() in held_out:
            raise SystemExit(f"{folder} is held out: not read")
        gold_path = gold_for(folder)
        docs = {d.id: d for d in read_corpus([folder])}
        tags: dict[str, list[Timex]] = {}
        raw = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        split = folder.name
        events = raw if isinstance(raw, list) else raw.get("events") or []
        for event in events:
            value, evidence = str(event.get("value", "")), event.get("evidence") or ""
            doc = docs.get(event["documents"][0])
            if doc is None or not value:
                continue
            at = doc.text.find(evidence)
            if at < 0:
                counts["evidence not found"][split] += 1
                continue
            if doc.id not in tags:
                tags[doc.id] = tag(doc.text, doc.published)
            end = at + len(evidence)
            found = [t for t in tags[doc.id] if t.start < end and t.end > at]
            dct = doc.published.isoformat() if doc.published else "0001-01-01"
            verdict, ours = judge(value, found, dct)
            counts[verdict][split] += 1
            if ours is not None:
                documents_of[verdict].add(f"{split}/{doc.id}")
            if verdict == args.show:
                texts = ", ".join(f"{t.text!r}={t.value}" for t in found)
                shown.append(
                    f"{split}/{doc.id[:40]} gold {value} ours {ours} (dct {dct}) "
                    f"[{texts}] in {evidence!r}"
                )
    splits = [f.name for f in folders]
    print("| cause | documents | " + " | ".join(splits) + " | all |")
    print("| --- | ---: |" + " ---: |" * (len(splits) + 1))
    for name in sorted(counts, key=lambda c: (-sum(counts[c].values()), c)):
        row = " | ".join(str(counts[name][s]) for s in splits)
        print(
            f"| {name} | {len(documents_of[name]) or ''} | {row} | {sum(counts[name].values())} |"
        )
    if shown:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
