"""Compare the tagger's values with the dates the extraction gold fixes, by cause.

Usage::

    python bench/gold_dates.py [--show CAUSE] [FOLDER ...]

The repository's news texts (``tests/data/extraction``, the tuning sets of
``bench/extraction.py``'s DEFAULT; never a held-out folder) have no TIMEX3 gold, but every
gold event's date (``gold.yaml``: ``value``, ``mod``, ``evidence``) is a checked value.
Each document is tagged as extraction tags it (its text, its publication date as the
DCT); for each gold date the DATE and TIME expressions inside its evidence (a substring
of the event's first document) are compared with it:

* ``agrees``: one of them has the gold value (a TIME's day is its date);
* ``no expression in the evidence``: the date comes from elsewhere (the DCT, an earlier
  sentence): not a value the tagger gave;
* ``another granularity``: no expression has the gold value's shape (a year against a
  day): the event's date is not that expression's value;
* ``an anniversary: the founding date by arithmetic``: the evidence counts an
  anniversary ("This year marks the 45th anniversary of ...", "as we celebrate 85 years
  of diplomatic relations this year", "which turns 30 in March") and the gold date is the
  expression's own less that many years: the event is the founding, whose date no
  expression names; the expression's value ("this year" = the DCT's year) is right
  (TimeML 1.2.1, section 2.2: ``value`` is the time the expression names). Extraction's
  arithmetic, not a value the tagger can give;
* ``the DCT a day after the story``: the expression is the DCT's own day ("today", "this
  afternoon", "earlier in the day") and the gold the day before: the publication date
  lags the story, and "today" is the DCT (section 2.2, the value of a deictic expression);
* otherwise an expression of the same shape has another value: a disagreement, sorted by
  ``bench/value_errors.py``'s causes from the two values alone (the year of a day or a
  month, the week of a weekday, the side of the DCT: TimeML Annotation Guidelines 1.2.1,
  section 2.2, the ``value`` of an expression anchored to the DCT or to the narrative).

A range's value ("start/end") is compared whole first (an expression with the very same
range agrees), then by its start and its end; ``--ends-only`` skips the whole comparison,
as the bench did until the twenty-sixth session (both counts are in docs/temporal.md's
"Measured" for that session). One row per split
and cause; ``--show CAUSE`` prints the disagreements of that cause (these are tuning
sets: their texts may be read).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import yaml

from timeline.corpus import read_corpus
from timeline.extract.anniversaries import ordinal_pattern, ordinal_value
from timeline.temporal import Timex, tag
from timeline.temporal.anchoring_words import WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import DEFAULT, gold_for, is_held_out
from value_errors import cause

_SHAPE = re.compile(r"\d")
#: How many years an anniversary counts: "the 45th anniversary", "the second anniversary",
#: "the twenty-fifth anniversary", "85 years of diplomatic relations", "which turns 30". The
#: ordinal is anniversaries' own (``ordinal_pattern``, ``ordinal_value``).
_ANNIVERSARY = re.compile(
    ordinal_pattern() + r"\s+(?:founding\s+)?anniversary"
    r"|\b(?P<years>\d+)\s+years\s+of\b|\bturns\s+(?P<turns>\d+)\b",
    re.I,
)
#: The expressions that name the DCT's own day ("today", "this afternoon", "earlier in the
#: day"): the one reviewed list, in anchoring_words.yaml.
_DCT_OWN_DAY = frozenset(WORDS.words("dct_own_day"))


def _shape(value: str) -> str:
    return _SHAPE.sub("9", value)


def _gold_values(value: str) -> list[str]:
    return [v for v in value.split("/") if v] if "/" in value else [value]


def anniversary_years(evidence: str) -> set[int]:
    """The counts of years an evidence's anniversaries name.

    >>> sorted(anniversary_years("This year marks the 45th anniversary of relations"))
    [45]
    >>> sorted(anniversary_years("the second anniversary; 85 years of ties; turns 30"))
    [2, 30, 85]
    >>> sorted(anniversary_years("the twenty-fifth anniversary, the annual anniversary"))
    [25]
    """
    counts: set[int] = set()
    for m in _ANNIVERSARY.finditer(evidence):
        if m["years"] or m["turns"]:
            counts.add(int(m["years"] or m["turns"]))
            continue
        value = ordinal_value(m["n"], m["tens"], m["word"])
        if value is not None:
            counts.add(value)
    return counts


def _founding(gold: str, ours: str, counts: set[int]) -> bool:
    """Whether ``gold`` is ``ours`` less one of ``counts`` years, the rest the same.

    >>> _founding("1983", "2023", {40}), _founding("1822-12", "2022-12", {200})
    (True, True)
    >>> _founding("1983", "2022", {40})
    False
    """
    if len(gold) < 4 or len(ours) < 4 or gold[4:] != ours[4:]:
        return False
    if not (gold[:4].isdigit() and ours[:4].isdigit()):
        return False
    return int(ours[:4]) - int(gold[:4]) in counts


def _day_before(gold: str, ours: Timex, dct: str) -> bool:
    """Whether ``ours`` names the DCT's own day by deixis (``dct_own_day``: "today", "this
    afternoon", "earlier in the day") and ``gold`` is the day before it. A weekday or a
    date the tagger put on the DCT is no such form: its miss stays the tagger's.

    >>> today = Timex(start=0, end=5, text="today", type="DATE", value="2022-08-18")
    >>> _day_before("2022-08-17", today, "2022-08-18")
    True
    >>> _day_before("2022-08-16", today, "2022-08-18")
    False
    >>> friday = Timex(start=0, end=6, text="Friday", type="DATE", value="2022-08-18")
    >>> _day_before("2022-08-17", friday, "2022-08-18")
    False
    """
    if " ".join(ours.text.lower().split()) not in _DCT_OWN_DAY:
        return False
    try:
        day = date.fromisoformat(dct)
        return ours.value[:10] == dct and date.fromisoformat(gold) == day - timedelta(days=1)
    except ValueError:
        return False


def judge(
    value: str, found: list[Timex], dct: str, evidence: str = "", *, whole: bool = True
) -> tuple[str, str | None]:
    """The cause for a gold value against the expressions in its evidence, and the
    disagreeing value (None when it agrees or none compares). ``whole``: a range agrees
    when an expression has the very same range (else only an end of it can agree)."""
    dated = [t for t in found if t.type in ("DATE", "TIME")]
    if not dated:
        return "no expression in the evidence", None
    values = {t.value[:10] if t.type == "TIME" else t.value for t in dated}
    wanted = _gold_values(value)
    if (whole and value in values) or any(v in values for v in wanted):
        return "agrees", None
    counts = anniversary_years(evidence)
    for v in wanted:
        for ours in sorted(values):
            if counts and _founding(v, ours, counts):
                return "an anniversary: the founding date by arithmetic", ours
        for t in dated:
            if _day_before(v, t, dct):
                return "the DCT a day after the story", t.value[:10]
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
    parser.add_argument(
        "--ends-only",
        action="store_true",
        help="compare a range by its ends only (the bench before the twenty-sixth session)",
    )
    args = parser.parse_args(argv)
    folders = args.folders or DEFAULT
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    documents_of: dict[str, set[str]] = defaultdict(set)
    for folder in folders:
        if is_held_out(folder):
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
            verdict, ours = judge(value, found, dct, evidence, whole=not args.ends_only)
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
