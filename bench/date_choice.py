"""The learned choice of a candidate's date (timeline.extract.date_choice), judged left out.

    .venv/bin/python bench/date_choice.py validate   # leave one split out
    .venv/bin/python bench/date_choice.py regions --per-fold 5 --part 1/2  # region groups out
    .venv/bin/python bench/date_choice.py combine OUT1 OUT2   # the parts' table
    .venv/bin/python bench/date_choice.py train      # write src/timeline/data/date_ranker.json
    .venv/bin/python bench/date_choice.py classes    # the gold's counts of the classes

Every document of the tuning sets (bench/extraction.py's DEFAULT) is read once with
the candidates' log and the dates each candidate's text offers, with
``bench/event_scorer.py``'s reading functions (:func:`read_split`; its labels,
:func:`ranker_rows`: an option is right when the candidate on its date matches a
gold event of its document on kind class, date and the participants of the
candidate or of one of its variants; its fit, :func:`fit_ranker`, only on
candidates with a right option: which date, not whether an event). The held-out
splits are never read.

The ranker is fitted and used as extraction uses it (:func:`used_rows`,
:func:`apply`): only the candidates the event scorer keeps on their own dates may be
re-dated, and it learns from those and from the dropped ones the scorer would keep
on a right date. Its threshold is chosen by an inner loop over the training splits
(:func:`inner_threshold`), never on the split judged.

* ``validate``: for each split left out, the event scorer fitted on the others
  chooses the candidates in use; the ranker is fitted on the others at the inner
  loop's threshold, re-dates every split, the scorer is refitted on the others as
  re-dated and scores the one left out; against the first scorer without
  re-dating. Per split and pooled: P / R / F1, matched events, the moves.
* ``regions``: the same leaving region groups out (``--per-fold`` at a time), pooled per
  split; ``--part i/n`` shares the folds among processes, ``combine`` adds up their output.
* ``classes``: counts the gold of the classes of dates (:func:`classes`), on which
  :func:`~timeline.extract.date_choice.may_take`'s constraints were decided.
* ``ceiling``: ``bench/recall_ceiling.py``'s "right but for the date" after the shipped
  ranker, by what the ranker could do with the right option (:func:`ceiling`).
* ``wrong``: counts the events extraction outputs that match a gold event in everything
  but the date, by how the date went wrong (:func:`wrong_dates`); ``-v`` lists them.
* ``train``: fits on every tuning set (the shipped scorer choosing the candidates in
  use) and writes the ranker at ``--threshold`` or the inner loop's,
  deterministically (two fits are byte-identical).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_scorer import (
    RANKER_OUTPUT,
    RankerRows,
    Scores,
    Split,
    _f,
    _keep,
    _redatings,
    dump,
    fit,
    fit_ranker,
    optioned_candidates,
    ranker_rows,
    read_split,
)
from extraction import DEFAULT, FRESH_FROM

from timeline.extract.candidates import Candidate, candidate_features
from timeline.extract.context import DatedSpan, TimexLike, in_since_clause
from timeline.extract.date_choice import _OWN_SENTENCE, KEEPS, DateRanker, Decision, load_ranker
from timeline.extract.evaluate import GoldEvent, kind_class
from timeline.extract.pipeline import ReadDocument
from timeline.extract.redating import DateOption, Story
from timeline.extract.scorer import shipped_scorer
from timeline.model import Event, EventDate, Precision

#: Confidences tried: the ranker's probability of the date it chooses, from which a
#: candidate leaves the rules' date.
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
#: The inner loop's groups of training splits (:func:`inner_threshold`).
INNER = 4
#: The most matched events a left-out split may lose, net, for the ranker to ship.
MAX_LOST = 2
#: The event scorer's thresholds (to add a dropped candidate, to drop a kept one): shipped.
_SHIPPED = shipped_scorer()
PAIR = (_SHIPPED.threshold, _SHIPPED.kept_threshold) if _SHIPPED is not None else (0.5, 0.0)
DESCRIPTION = "Logistic regression over the dates a candidate's text offers (bench/date_choice.py)."


InUse = Callable[[Candidate], bool]


class Scoring:
    """:meth:`Split.scores` with one choice (``keep``), each document's mentions kept by its
    re-dated events: a threshold moves the candidates of few documents, and only those are
    read again (the inner loop scores every training split seven times)."""

    def __init__(self, keep: InUse) -> None:
        self.keep = keep
        self._mentions: dict[tuple[str, str, tuple[tuple[str, str], ...]], tuple] = {}  # type: ignore[type-arg]

    def __call__(self, split: Split, region: str | None = None) -> Scores:
        events, agreements = [], []
        for doc_id, doc_region, read in split.documents:
            if region is not None and doc_region != region:
                continue
            moved = tuple(sorted((k, v.value) for k, v in read.reader.redated.items()))
            key = (split.name, doc_id, moved)
            if key not in self._mentions:
                self._mentions[key] = read.mentions(self.keep)
            found = self._mentions[key]
            events += found[0]
            agreements += found[1]
        return split.score_mentions(events, agreements, region).scores


def apply(splits: Sequence[Split], ranker: DateRanker | None, in_use: InUse | None) -> None:
    """Re-date every split's candidates with ``ranker`` (None: undo) as extraction does:
    only the candidates ``in_use`` keeps on their own dates (the event scorer's choice)."""
    for s in splits:
        for _, _, read in s.documents:
            read.redate(ranker, in_use)


def used_rows(split: Split, in_use: InUse) -> RankerRows:
    """The options of the candidates extraction re-dates, labelled as :func:`ranker_rows`:
    those ``in_use`` keeps on their own dates (or whose variant it keeps), and the dropped
    ones it would keep on one of their right dates (the rows of the others are left out:
    whatever the ranker says of them, extraction does not move them). Read on the
    candidates' own dates (call :func:`apply` with None first)."""
    labelled = iter(ranker_rows(split))
    out: RankerRows = []
    for _, _, read in split.documents:
        used = {(c.base or c).draft.id for c in read.candidates if in_use(c)}
        for c in read.candidates:
            if c.base is not None or not c.options:
                continue
            row = next(labelled)
            if c.draft.id not in used and not _kept_when_right(c, row[2], in_use):
                continue
            out.append(row)
    return out


def _kept_when_right(c: Candidate, labels: list[int], in_use: InUse) -> bool:
    """Whether ``in_use`` keeps the candidate moved to one of its right options."""
    kept = False
    for option, label in zip(c.options, labels, strict=True):
        if label and "current" not in option.sources:
            c.move_to(option.date)
            c.features = candidate_features(c)
            kept = in_use(c)
            c.restore()
            c.features = candidate_features(c)
            if kept:
                break
    return kept


def _net_moves(splits: Sequence[Split]) -> tuple[int, int]:
    """The candidates of these splits moved to a gold date from a wrong one, and back."""
    fixed = broken = 0
    for s in splits:
        for new_right, old_right in _redatings(s):
            fixed += new_right and not old_right
            broken += old_right and not new_right
    return fixed, broken


def inner_threshold(
    splits: Sequence[Split], rows: dict[str, RankerRows], in_use: InUse, folds: int = INNER
) -> float | None:
    """The confidence from which to re-date, chosen without the data it is judged on: the
    training splits dealt into ``folds`` groups; a ranker fitted without each group
    re-dates that group's candidates in use at each of :data:`THRESHOLDS`, which
    ``in_use`` then scores end to end; the threshold of the best pooled F1 over the
    groups (ties: the higher), None when none beats no re-dating."""
    groups = [splits[i::folds] for i in range(folds)]
    sums = {t: [0, 0, 0] for t in (0.0, *THRESHOLDS)}  # 0: no re-dating
    scores = Scoring(in_use)

    def add(t: float, group: Sequence[Split]) -> None:
        for s in group:
            sc = scores(s)
            sums[t] = [
                a + b for a, b in zip(sums[t], (sc.gold, sc.found, len(sc.matched)), strict=True)
            ]

    for group in groups:
        names = {s.name for s in group}
        train = [r for n, rs in rows.items() if n not in names for r in rs]
        ranker = _ranker(train, 1.0, ["inner"])
        apply(group, None, None)
        add(0.0, group)
        for t in THRESHOLDS:
            apply(group, ranker.model_copy(update={"threshold": t}), in_use)
            add(t, group)
        apply(group, None, None)
    f1 = {t: round(_f(v), 4) for t, v in sums.items()}
    best = max(THRESHOLDS, key=lambda t: (f1[t], t))
    print(f"  inner F1: {', '.join(f'{t}: {f1[t]:.4f}' for t in f1)}", file=sys.stderr)
    return best if f1[best] > f1[0.0] else None


#: The feature sets a ranker may be fitted on (``--features``): every name of
#: :func:`~timeline.extract.redating.ranker_feature_names`, or the general part alone.
FEATURE_SETS = ("all", "general")
#: The set fitted (set by ``--features``).
FEATURES = ["all"]


def general_feature(name: str) -> bool:
    """Whether a feature is of the general set, chosen before any left-out score: the
    option's source, the span cues (direction, clause, nearest, travel or purpose between,
    words and punctuation between, the word before), distance, shared side or kind,
    another sentence's counterpart or event (``other:side``, ``other:event``), the
    date's granularity and its relation to the publication day, none crossed with the
    candidate's own features; and the rules' source of the candidate's own date crossed
    with the option "current" (how sure the rules were). The crossings of an option's
    source with the candidate's class, tense, cues or genre (most of the names) fit the
    regions seen.

    >>> general_feature("option:lede"), general_feature("time:day before")
    (True, True)
    >>> general_feature("option:current & rules:inferred")
    True
    >>> general_feature("option:lede & class:meeting")
    False
    """
    return " & " not in name or name.startswith("option:current & rules:")


def _ranker(rows: RankerRows, threshold: float, sets: list[str]) -> DateRanker:
    if FEATURES[0] == "general":
        rows = [
            (key, [{n: v for n, v in f.items() if general_feature(n)} for f in fs], labels)
            for key, fs, labels in rows
        ]
    ranker = fit_ranker(rows, threshold, sets)
    if FEATURES[0] == "general":
        kept = [(n, w) for n, w in zip(ranker.features, ranker.weights, strict=True)
                if general_feature(n)]  # fmt: skip
        ranker = DateRanker.model_validate(
            ranker.model_dump()
            | {"features": [n for n, _ in kept], "weights": [w for _, w in kept]}
        )
    return ranker.model_copy(update={"description": DESCRIPTION})


def _line(s: Scores) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f} ({len(s.matched)}/{s.found})"


def _pooled(by: dict[str, Scores]) -> str:
    gold = sum(s.gold for s in by.values())
    found = sum(s.found for s in by.values())
    hit = sum(len(s.matched) for s in by.values())
    return f"P {hit / found:.3f} R {hit / gold:.3f} F1 {_f([gold, found, hit]):.4f} ({hit}/{found})"


def _loses_events(before: Scores, after: Scores) -> bool:
    """More than two matched events lost, net."""
    return len(before.matched) - len(after.matched) > MAX_LOST


def _fold_scorer(splits: Sequence[Split], left_out: str, others: list[str]) -> InUse:
    train = [r for o in splits if o.name != left_out for r in o.candidates()]
    return _keep(fit(train, PAIR[0], others, PAIR[1]), PAIR)


def validate(splits: list[Split], left_out: Sequence[str] = ()) -> None:
    """Leave one split out: the ranker (its threshold from :func:`inner_threshold` on the
    other splits) and the event scorer both fitted without it; print the table (with
    ``left_out``, only those splits are left out: a run shared among processes)."""
    names = [s.name for s in splits if not left_out or s.name in left_out]
    base: dict[str, Scores] = {}
    after: dict[str, Scores] = {}
    chosen: dict[str, float | None] = {}
    moves = [0, 0, 0]
    for s in (s for s in splits if s.name in names):
        others = [o.name for o in splits if o.name != s.name]
        apply(splits, None, None)
        in_use = _fold_scorer(splits, s.name, others)
        base[s.name] = s.scores(in_use)
        training = [o for o in splits if o.name != s.name]
        rows = {o.name: used_rows(o, in_use) for o in training}
        t = chosen[s.name] = inner_threshold(training, rows, in_use)
        if t is None:
            after[s.name] = base[s.name]
        else:
            ranker = _ranker([r for rs in rows.values() for r in rs], t, others)
            apply(splits, ranker, in_use)
            moves[0] += sum(len(read.reader.redated) for _, _, read in s.documents)
            fixed, broken = _net_moves([s])
            moves[1] += fixed
            moves[2] += broken
            after[s.name] = s.scores(_fold_scorer(splits, s.name, others))
        b, a = base[s.name], after[s.name]
        print(f"{s.name}: from {t}, {_line(b)} -> {_line(a)}", file=sys.stderr, flush=True)
    apply(splits, None, None)

    def mean(by: dict[str, Scores]) -> float:
        return statistics.mean(by[n].f1 for n in names)

    print(f"\n## leave one split out (scorer refitted at {PAIR[0]:.2f} / {PAIR[1]:.2f})\n")
    print("| left-out split | gold | inner threshold | scored: P / R / F1 (right/found) | "
          "re-dated | F1 change | matched change |")  # fmt: skip
    print("| --- | ---: | ---: | --- | --- | ---: | ---: |")
    for n in names:
        b, a = base[n], after[n]
        t = chosen[n]
        print(
            f"| {n} | {b.gold} | {t if t is not None else 'none'} | {_line(b)} | {_line(a)} | "
            f"{a.f1 - b.f1:+.3f} | {len(a.matched) - len(b.matched):+d} |"
        )
    print(
        f"| mean | | | {mean(base):.4f} | {mean(after):.4f} | {mean(after) - mean(base):+.4f} | |"
    )
    print(f"\npooled: scored {_pooled(base)}; re-dated {_pooled(after)}")
    losers = [n for n in names if _loses_events(base[n], after[n])]
    print(f"moved {moves[0]}: {moves[1]} to a gold date, {moves[2]} off one")
    print(f"splits losing more than {MAX_LOST} matched events: {', '.join(losers) or 'none'}")


def regions(
    splits: list[Split],
    folds: int,
    per_fold: int = 1,
    part: str = "1/1",
    only: Sequence[int] = (),
    against: DateRanker | None = None,
) -> None:
    """Leave region groups out (``per_fold`` at a time: the sorted groups dealt round the
    folds), as extraction runs: the scorer with and without re-dating, the ranker's threshold
    chosen by :func:`inner_threshold` on the rest (``folds`` groups). ``part`` "i/n" runs
    every n-th fold from the i-th (a run shared among processes; ``only``: these folds,
    0-based, in this order); each fold prints a
    ``fold:`` line of JSON (:func:`combine` adds up those of every part). With ``against``
    (a ranker fitted before, e.g. the shipped file: in sample on the splits it was fitted
    on), a third arm "against" re-dates with it, the scorer refitted on the rest so
    re-dated."""
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    n_folds = -(-len(groups) // per_fold)
    region_folds = [groups[i::n_folds] for i in range(n_folds)]
    i, n = (int(x) for x in part.split("/"))
    counts: dict[str, dict[str, list[int]]] = {}
    chosen = region_folds[i - 1 :: n] if not only else [region_folds[k] for k in only]
    for fold in chosen:
        left = set(fold)
        apply(splits, None, None)
        rest = [s for s in (_without(s, left) for s in splits) if s.documents]
        label = ["all but " + ", ".join(fold)]
        in_use = _keep(
            fit([row for s in rest for row in s.candidates()], PAIR[0], label, PAIR[1]), PAIR
        )
        rows = {s.name: used_rows(s, in_use) for s in rest}
        t = inner_threshold(rest, rows, in_use, folds)
        ranker = None if t is None else _ranker([r for rs in rows.values() for r in rs], t, label)
        got: dict[str, dict[str, list[int]]] = {}
        arms = [("scored", None), ("re-dated", ranker)]
        if against is not None:
            arms.append(("against", against))
        for name, redating in arms:
            apply(splits, redating, in_use)
            keep = in_use
            if name != "scored" and redating is not None:
                train = [row for s in rest for row in s.candidates()]
                keep = _keep(fit(train, PAIR[0], label, PAIR[1]), PAIR)
            scores = Scoring(keep)
            for s in splits:
                for g in sorted({r for _, r, _ in s.documents} & left):
                    sc = scores(s, g) if s.gold.regions else scores(s)
                    acc = got.setdefault(s.name, {}).setdefault(name, [0, 0, 0])
                    for k, v in enumerate((sc.gold, sc.found, len(sc.matched))):
                        acc[k] += v
        print("fold: " + json.dumps({"groups": fold, "threshold": t, "splits": got}), flush=True)
        for split, by in got.items():
            for name, acc in by.items():
                have = counts.setdefault(split, {}).setdefault(name, [0, 0, 0])
                counts[split][name] = [a + b for a, b in zip(have, acc, strict=True)]
    apply(splits, None, None)
    _regions_table(counts, f"{len(groups)} groups, {n_folds} folds, part {part}")


def combine(outputs: Sequence[Path]) -> None:
    """Add up the ``fold:`` lines of :func:`regions`' parts and print the table."""
    counts: dict[str, dict[str, list[int]]] = {}
    folds = 0
    for path in outputs:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("fold: "):
                continue
            folds += 1
            for split, by in json.loads(line[6:])["splits"].items():
                for name, acc in by.items():
                    have = counts.setdefault(split, {}).setdefault(name, [0, 0, 0])
                    counts[split][name] = [a + b for a, b in zip(have, acc, strict=True)]
    _regions_table(counts, f"{folds} folds from {len(outputs)} parts")


def _regions_table(counts: dict[str, dict[str, list[int]]], title: str) -> None:
    """Per split, pooled over its region groups: scored and re-dated; the mean F1 over the
    splits and the pooled P / R / F1."""
    third = bool(counts) and all("against" in by for by in counts.values())
    print(f"\n## leave region groups out ({title}, pooled per split)\n")
    more = " against | re-dated - against |" if third else ""
    print(f"| split | gold | scored: P / R / F1 (right/found) | re-dated | matched change |{more}")
    print("| --- | ---: | --- | --- | ---: |" + (" --- | ---: |" if third else ""))

    def line(acc: list[int]) -> str:
        gold, found, hit = acc
        p, r = (hit / found if found else 0.0), (hit / gold if gold else 0.0)
        return f"{p:.3f} / {r:.3f} / {_f(acc):.3f} ({hit}/{found})"

    losers = []
    for split in sorted(counts):
        b, a = counts[split]["scored"], counts[split]["re-dated"]
        more = ""
        if third:
            c = counts[split]["against"]
            more = f" {line(c)} | {a[2] - c[2]:+d} |"
        print(f"| {split} | {b[0]} | {line(b)} | {line(a)} | {a[2] - b[2]:+d} |{more}")
        if b[2] - a[2] > MAX_LOST:
            losers.append(split)
    for name in ("scored", "re-dated", "against") if third else ("scored", "re-dated"):
        pooled = [sum(counts[s][name][k] for s in counts) for k in range(3)]
        mean = statistics.mean(_f(counts[s][name]) for s in counts)
        print(f"{name}: mean F1 {mean:.4f}; pooled {line(pooled)} F1 {_f(pooled):.4f}")
    print(f"splits losing more than {MAX_LOST} matched events: {', '.join(losers) or 'none'}")


def _without(split: Split, groups: set[str]) -> Split:
    """The split without the documents of these region groups (its labels cache shared:
    it is keyed by document and re-dated events)."""
    return Split(
        split.name, split.gold, [d for d in split.documents if d[1] not in groups], split._rows
    )


def train(splits: list[Split], threshold: float | None, output: Path) -> None:
    """Fit on every split (the candidates the shipped scorer keeps, or would keep on a
    right date) and write the ranker; without ``threshold``, :func:`inner_threshold`'s."""
    scorer = shipped_scorer()
    if scorer is None:
        raise SystemExit("no event scorer shipped: the ranker re-dates what it keeps")
    in_use: InUse = lambda c: scorer.keeps(c.features)  # noqa: E731
    sets = [s.name for s in splits]
    apply(splits, None, None)
    rows = {s.name: used_rows(s, in_use) for s in splits}
    if threshold is None:
        threshold = inner_threshold(splits, rows, in_use)
        if threshold is None:
            raise SystemExit("no threshold gains in the inner loop: nothing written")
    ranker = _ranker([r for rs in rows.values() for r in rs], threshold, sets)
    output.write_text(dump(ranker), encoding="utf-8")
    apply(splits, ranker, in_use)
    moved = sum(len(read.reader.redated) for s in splits for _, _, read in s.documents)
    apply(splits, None, None)
    print(f"wrote {output} at {threshold} ({ranker.examples} options, {moved} re-dated in-sample)")


def classes(splits: list[Split], verbose: bool = False) -> None:
    """Count, in the tuning gold, the two classes the general ranker undid (docs, "Seventeenth
    pass: dates"): (1) multi-day gatherings (and visits) whose text writes a range of days,
    dated by the range or by its opening day; (2) candidates the rules date by the publication
    day offered another sentence's day two or more days back, and which of the two the gold
    gives them. With ``verbose``, the cases of ``test_rules_day_before``'s class (2 days
    back, the other sentence's events of the candidate's class, ledes too) one by one:
    the candidate's sentence, the other sentence, the gold."""
    ranges: dict[str, dict[str, int]] = {}
    on_options: dict[str, dict[str, int]] = {}
    in_clause: dict[str, dict[str, int]] = {}
    back: dict[str, dict[str, int]] = {}
    since_before: dict[str, dict[str, int]] = {}

    def add(table: dict[str, dict[str, int]], row: str, column: str) -> None:
        table.setdefault(row, {}).setdefault(column, 0)
        table[row][column] += 1

    for s in splits:
        for doc_id, _, read in s.documents:
            gold = [g for g in s.gold.events if doc_id in g.documents]
            story = read.reader.story
            spans = [sp for i in range(len(story.bounds)) for sp in story.dated(i)] if story else []
            multi = [sp.date for sp in spans if _is_days(sp.date)]
            for g in gold:
                k = kind_class(g.kind)
                if k not in ("gathering", "visit"):
                    continue
                if _is_days(g.date):
                    add(ranges, k, "range")
                elif g.date.precision is Precision.day:
                    written = [d for d in multi if d.start <= g.date.start <= d.end]
                    if any(d.start == g.date.start for d in written):
                        add(ranges, k, "opening day of a range written")
                    elif any(d.end == g.date.start for d in written):
                        add(ranges, k, "closing day of a range written")
                    elif written:
                        add(ranges, k, "a day of a range written")
                    else:
                        add(ranges, k, "one")
            for c, told in optioned_candidates(read, gold):
                k = kind_class(c.draft.kind)
                first = [o for o in c.options if "first day" in o.sources]
                for o in first:
                    whole = [
                        r for r in c.options if _is_days(r.date) and r.date.start == o.date.start
                    ]
                    row = f"{k if k in ('gathering', 'visit') else 'other kinds'}" + (
                        ", own date the range" if whole and "current" in whole[0].sources else ""
                    )
                    exact = {g.date.value for g in told}
                    if whole and whole[0].date.value in exact:
                        add(on_options, row, "gold the range")
                    elif o.date.value in exact:
                        add(on_options, row, "gold the opening day")
                    elif told:
                        add(on_options, row, "gold another date")
                    else:
                        add(on_options, row, "no gold event")
                _count_written(c, told, in_clause)
                _count_since_before(c, told, story, since_before)
                pub = c.published
                own = c.draft.date
                if pub is None or not (own.start == own.end == pub):
                    continue
                for o in c.options:
                    if o.sources & _OWN_SENTENCE or o.date.end > pub - timedelta(days=2):
                        continue
                    days = (pub - o.date.end).days
                    row = (
                        ("lede, " if c.lede else "")
                        + ("2" if days == 2 else "3-31" if days <= 31 else "32+")
                        + " days back"
                        + (", coarser" if o.date.precision is not Precision.day else "")
                        + (", its events" if o.other_event else "")
                        + (" of the class" if o.other_event and o.shares_kind else "")
                    )
                    inside = [
                        g for g in told if g.date.start <= o.date.start and o.date.end <= g.date.end
                    ]
                    today = [g for g in told if g.date.start <= pub <= g.date.end]
                    answer = (
                        "gold the other day"
                        if inside
                        else "gold the publication day"
                        if today
                        else "gold another date"
                        if told
                        else "no gold event"
                    )
                    add(back, row, answer)
                    if verbose and days == 2 and o.other_event and o.shares_kind and story:
                        _show_day_before_case(s.name, doc_id, c, o, story, told, answer)

    def show(title: str, table: dict[str, dict[str, int]], columns: list[str]) -> None:
        print(f"\n## {title}\n")
        print("| | " + " | ".join(columns) + " |")
        print("| --- |" + " ---: |" * len(columns))
        for row in sorted(table):
            print(f"| {row} | " + " | ".join(str(table[row].get(c, 0)) for c in columns) + " |")

    answers = ["gold the range", "gold the opening day", "gold another date", "no gold event"]
    show(
        "gold gatherings and visits of days: a range, a day of a range written, or one day",
        ranges,
        ["range", *(f"{d} day of a range written" for d in ("opening", "closing", "a")), "one"],
    )
    show("candidates offered the first day of a range of their sentence", on_options, answers)
    show(
        "candidates dated the publication day offered another sentence's day 2+ days back",
        back,
        ["gold the other day", "gold the publication day", *answers[2:]],
    )
    show(
        "candidates not dated 'own' whose clause writes their date, offered another sentence's",
        in_clause,
        ["gold the own date", "gold the other date", "gold both", *answers[2:]],
    )
    show(
        "candidates offered the option 'before': its date in a 'since' clause or not",
        since_before,
        ["gold the option's date", "gold the own date", "gold both", *answers[2:]],
    )


def _show_day_before_case(
    split: str,
    doc_id: str,
    c: Candidate,
    o: DateOption,
    story: Story,
    told: list[GoldEvent],
    answer: str,
) -> None:
    """Print one case of :func:`classes`' row of ``test_rules_day_before``'s class: the
    candidate's sentence, the nearest other sentence writing the option's date, the gold."""
    a, b = story.bounds[c.sentence_index]
    near = sorted(
        (abs(i - c.sentence_index), i)
        for i in range(len(story.bounds))
        if i != c.sentence_index and any(d.date.value == o.date.value for d in story.dated(i))
    )
    other = story.text[slice(*story.bounds[near[0][1]])] if near else ""
    gold = "; ".join(f"{g.kind.value} {g.date.value}: {g.evidence[:90]}" for g in told) or "-"
    print(
        f"* {split} {doc_id} (published {c.published}; {c.draft.kind.value}"
        f"{', lede' if c.lede else ''}) {answer}, the other day {o.date.value}\n"
        f"  own: {' '.join(story.text[a:b].split())[:300]}\n"
        f"  other: {' '.join(other.split())[:300]}\n  gold: {gold}"
    )


def _count_written(c: Candidate, told: list[GoldEvent], table: dict[str, dict[str, int]]) -> None:
    """Count (in ``table``) a candidate the rules date by the discourse or the sentence with a
    date its own clause writes ("established back in 2018 during Mr. Erdogan's visit": the
    visit, attached to the founding, takes its 2018), and each option from another sentence,
    by which of the two dates the gold gives it."""
    current = next((o for o in c.options if "current" in o.sources), None)
    if c.date_source == "own" or current is None or "clause" not in current.sources:
        return
    for o in c.options:
        if o.sources & _OWN_SENTENCE:
            continue
        own_right = any(_within(c.draft.date, g.date) for g in told)
        other_right = any(_within(o.date, g.date) for g in told)
        column = (
            "gold both"
            if own_right and other_right
            else "gold the own date"
            if own_right
            else "gold the other date"
            if other_right
            else "gold another date"
            if told
            else "no gold event"
        )
        row = f"dated {c.date_source}" + (", lede" if c.lede else "")
        table.setdefault(row, {}).setdefault(column, 0)
        table[row][column] += 1


def _count_since_before(
    c: Candidate, told: list[GoldEvent], story: Story | None, table: dict[str, dict[str, int]]
) -> None:
    """Count (in ``table``) a candidate's option "before" (the last date of the nearest
    dated sentence before its own), by whether that date lies in a "since" clause ("since
    the last Extraordinary Summit held on 25th March 2022"), and which date the gold gives
    the candidate: the option's, its own, another."""
    if story is None or not any("before" in o.sources for o in c.options):
        return
    i = c.sentence_index
    j = next((j for j in range(i - 1, -1, -1) if story.dated(j)), None)
    if j is None:
        return
    span = story.dated(j)[-1]
    row = (
        "from a 'since' clause"
        if in_since_clause(story.text, story.bounds[j], span.start)
        else ("from another clause")
    )
    option_right = any(_within(span.date, g.date) for g in told)
    own_right = any(_within(c.draft.date, g.date) for g in told)
    column = (
        "gold both"
        if option_right and own_right
        else "gold the option's date"
        if option_right
        else "gold the own date"
        if own_right
        else "gold another date"
        if told
        else "no gold event"
    )
    table.setdefault(row, {}).setdefault(column, 0)
    table[row][column] += 1


def _within(when: EventDate, gold: EventDate) -> bool:
    return gold.start <= when.start and when.end <= gold.end


#: Mechanisms of a wrong date (:func:`mechanism`), in the order they are tested.
MECHANISMS = (
    "overlaps the gold: a range or a part of one",
    "own sentence right: a past act told again",
    "own sentence right: another date taken",
    "publication day for an undated act",
    "right date in another sentence",
    "other",
)
#: A date of a past act told again in its own sentence: "back in 2018", "in 2018, during".
_PAST_ACT_BEFORE = re.compile(r"\bback\s+(?:in|on)\s*$", re.IGNORECASE)
_PAST_ACT_AFTER = re.compile(r"\s*,?\s*(?:during|when|at\s+the\s+time)\b", re.IGNORECASE)


def mechanism(
    c: Candidate, when: EventDate, story: Story, g: GoldEvent
) -> tuple[str, DatedSpan | None]:
    """How candidate ``c``'s date ``when`` (its event's, as output) missed gold event ``g``
    that it matches in all else, and the written date that was right (the first of its
    sentence, else of the document), if any.

    In order: its date overlaps the gold's interval without lying inside it (a range taken
    for one of its days, or a day of a range for another); its own sentence writes a date
    inside the gold's (then a *past act told again* when that date is a year or month
    earlier than the one taken, or cued "back in" / "in 2018, during"); it took the
    publication day and its sentence writes no date; another sentence writes a right date;
    else other (the right date is written nowhere as a date, or only in words the tagger
    does not read as the act's)."""
    inside = lambda d: g.date.start <= d.start and d.end <= g.date.end  # noqa: E731
    if when.start <= g.date.end and g.date.start <= when.end:
        return MECHANISMS[0], None
    trigger = story.places[c.draft.id][0] if c.draft.id in story.places else None
    at = trigger[0] if trigger else c.event.sources[0].start
    own_i = next((i for i, (a, b) in enumerate(story.bounds) if a <= at < b), None)
    own = story.dated(own_i) if own_i is not None else []
    right = [d for d in own if inside(d.date)]
    if right:
        d = right[0]
        cued = _PAST_ACT_BEFORE.search(story.text, max(0, d.start - 12), d.start) or (
            _PAST_ACT_AFTER.match(story.text, d.end)
        )
        earlier = d.date.precision in (Precision.year, Precision.month) and d.date.end < when.start
        return MECHANISMS[1 if cued or earlier else 2], d
    pub = story.published
    if pub is not None and when.value == pub.value and not own:
        return MECHANISMS[3], None
    for i in range(len(story.bounds)):
        other = [d for d in story.dated(i) if inside(d.date)]
        if i != own_i and other:
            return MECHANISMS[4], other[0]
    return MECHANISMS[5], None


#: The two mechanisms :func:`detail` breaks down (the eighteenth pass's largest with a date
#: of their own to find: neither is another date of the sentence taken).
DETAILED = (MECHANISMS[3], MECHANISMS[5])


def detail(
    c: Candidate, when: EventDate, story: Story, g: GoldEvent, timexes: Sequence[TimexLike]
) -> tuple[str, str]:
    """What gold event ``g``'s date is, and where the text fixes it, for a candidate ``c``
    dated ``when`` under one of :data:`DETAILED`.

    What: against the publication day (the day before it, a later day: a planned act, the
    same year, an earlier year; "no publication day" without one). Where, the first that
    holds: the date taken is the gold's month (and day) in another year (the tagger's
    year of a month or day written without one); a sentence writes a right usable date
    (the headline, the lede, the sentence before the candidate's, an earlier one, a later
    one); a timex the rules do not use writes it (a "since", "by", a statistic's year, a
    report's day: :func:`.context.usable_timexes`); a timex writes the gold's month and
    day in another year; nowhere."""
    inside = lambda d: g.date.start <= d.start and d.end <= g.date.end  # noqa: E731
    pub = story.published
    if pub is None:
        what = "no publication day"
    elif g.date.end == pub.start - timedelta(days=1):
        what = "the day before publication"
    elif g.date.start > pub.end:
        what = "after publication"
    elif g.date.start.year == pub.start.year:
        what = "earlier, the same year"
    else:
        what = "an earlier year"
    same_day = lambda d: (  # noqa: E731
        d.start.year != g.date.start.year
        and d.precision is g.date.precision
        and (d.start.month, d.start.day) == (g.date.start.month, g.date.start.day)
    )
    if g.date.precision in (Precision.day, Precision.month) and same_day(when):
        return what, "the date taken: the gold's month or day, another year"
    trigger = story.places[c.draft.id][0] if c.draft.id in story.places else None
    at = trigger[0] if trigger else c.event.sources[0].start
    own_i = next((i for i, (a, b) in enumerate(story.bounds) if a <= at < b), len(story.bounds))
    for i in range(len(story.bounds)):
        if any(inside(d.date) for d in story.dated(i)):
            return what, (
                "the headline"
                if i < story.lede
                else "the lede"
                if i == story.lede
                else "own sentence"
                if i == own_i
                else "the sentence before"
                if i == own_i - 1
                else "an earlier sentence"
                if i < own_i
                else "a later sentence"
            )
    dates = [d for t in timexes if (d := t.event_date()) is not None]
    if any(inside(d) for d in dates):
        return what, "a timex the rules do not use"
    if any(same_day(d) for d in dates):
        return what, "a timex: the gold's month or day, another year"
    return what, "nowhere"


def wrong_dates(splits: list[Split], verbose: bool) -> None:
    """Count the events extraction outputs (the shipped event scorer's choice, rules' and
    detected candidates' alike) that match a missed gold event of their document in kind
    class and participants but not in date (bench/extraction.py's cause "date"), by
    :func:`mechanism`, in the older splits and the fresh ones (from :data:`FRESH_FROM`),
    and by who proposed them (the rules kept it, or the scorer took it: a dropped or
    detected candidate). An event whose gold another event matches is counted apart:
    re-dated, it would be a duplicate."""
    keep = _keep(_SHIPPED, PAIR) if _SHIPPED is not None else None
    table: dict[str, dict[str, int]] = {}
    details: dict[tuple[str, str, str], dict[str, int]] = {}
    per_split: dict[str, dict[str, int]] = {}
    fresh = [s.name for s in splits]
    fresh = fresh[fresh.index(FRESH_FROM) :] if FRESH_FROM in fresh else []
    for s in splits:
        scores = s.scores(keep)
        matched = {id(g) for g, _ in scores.matched}
        gold = [g for g, _ in scores.matched] + scores.missed
        reads = {doc_id: read for doc_id, _, read in s.documents}
        for e in scores.spurious:
            actors = set(e.countries) | set(e.organizations)
            told = [
                g
                for g in gold
                if {x.document for x in e.sources} & set(g.documents)
                and kind_class(g.kind) == kind_class(e.kind)
                and g.actors <= actors
                and not (g.date.start <= e.date.start and e.date.end <= g.date.end)
            ]
            found = _candidate_of(e, reads, keep)
            if not told or found is None:
                continue
            c, story = found
            g = next((g for g in told if id(g) not in matched), told[0])
            how, span = mechanism(c, e.date, story, g)
            column = ("fresh" if s.name in fresh else "older") + (
                ", gold taken" if id(g) in matched else ""
            )
            if how in DETAILED and id(g) not in matched:
                timexes = reads[e.sources[0].document].reader.timexes
                what, where = detail(c, e.date, story, g, timexes)
                for key in ((how, what, where), (how, "", where), (how, what, "")):
                    details.setdefault(key, {}).setdefault(column, 0)
                    details[key][column] += 1
                how_detail = f"; {what}; {where}"
            else:
                how_detail = ""
            row = f"{how} ({'rules' if c.kept else c.fate})"
            for key in (how, row):
                table.setdefault(key, {}).setdefault(column, 0)
                table[key][column] += 1
            if id(g) not in matched:
                per_split.setdefault(s.name, {}).setdefault(how, 0)
                per_split[s.name][how] += 1
            if verbose:
                where = f" right: {span.text!r}" if span else ""
                print(
                    f"  {s.name} {e.sources[0].document} {e.kind.value} {e.date.value} gold"
                    f" {g.date.value} [{how}{how_detail}; {c.fate}, date:{c.date_source}]{where}"
                    f" | {e.sources[0].quote[:160]}"
                )
    columns = ["older", "fresh", "older, gold taken", "fresh, gold taken"]
    print("\n## wrong dates by mechanism (events matching a gold event but for the date)\n")
    print("| mechanism | " + " | ".join(columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    for row in sorted(table, key=lambda r: (MECHANISMS.index(r.split(" (")[0]), r)):
        print(f"| {row} | " + " | ".join(str(table[row].get(c, 0)) for c in columns) + " |")
    print("\n## the two classes broken down (gold missed): what the gold's date is, where\n")
    print("| mechanism | the gold's date | where the text fixes it | older | fresh |")
    print("| --- | --- | --- | ---: | ---: |")
    for how, what, where in sorted(details, key=lambda k: (k[0], k[1] != "", k[1], k[2])):
        counts = details[(how, what, where)]
        print(
            f"| {how} | {what or 'all'} | {where or 'all'} | {counts.get('older', 0)}"
            f" | {counts.get('fresh', 0)} |"
        )
    print("\n## per split (gold missed)\n")
    print("| split | " + " | ".join(MECHANISMS) + " |")
    print("| --- |" + " ---: |" * len(MECHANISMS))
    for name in [s.name for s in splits]:
        counts = per_split.get(name, {})
        print(f"| {name} | " + " | ".join(str(counts.get(m, 0)) for m in MECHANISMS) + " |")


#: How a gold event right but for the date after the ranker (:func:`ceiling`) is missed.
CEILING = (
    "no right option",
    "right option: the scorer drops the candidate",
    "right option: a statement of the page",
    "right option: may not move (a day its clause writes)",
    "right option: barred by may_take",
    "right option: barred by the planned days",
    "right option: moved elsewhere by the ranker",
    "right option: the ranker's best, under its threshold",
    "right option: the ranker prefers another",
)


def ceiling(splits: list[Split], verbose: bool) -> None:
    """``bench/recall_ceiling.py``'s "class + sides" (the missed gold events whose best
    candidate is right but for its date) after the shipped ranker, re-dating as extraction
    does: each one's candidate (the first the scorer keeps) by what the ranker could do with
    its options (:data:`CEILING`; "no right option" by :func:`mechanism`); ``-v`` lists
    them (split, document, class, kind, gold date, date, own date, source, options)."""
    from recall_ceiling import best_class

    from timeline.extract import date_choice as dc
    from timeline.extract.evaluate import match_parts

    ranker = dc.shipped_ranker()
    if _SHIPPED is None or ranker is None:
        raise SystemExit("no shipped scorer or ranker")
    table: dict[str, int] = {}
    for s in splits:
        keep = _keep(_SHIPPED, PAIR)
        decisions: dict[str, dict[str, dc.Decision]] = {}
        for doc_id, _, read in s.documents:
            read.redate(ranker, keep, decisions.setdefault(doc_id, {}))
        keep = _keep(_SHIPPED, PAIR)
        scores = s.scores(keep)
        matched = {id(g) for g, _ in scores.matched}
        for doc_id, _, read in s.documents:
            story = read.reader.story
            for g in (g for g in s.gold.events if g.documents[0] == doc_id):
                if id(g) in matched or best_class(g, read.candidates) != "class + sides":
                    continue
                right = [
                    c for c in read.candidates
                    if tuple(match_parts(g, c.event)) == (True, False, True)
                ]  # fmt: skip
                used = [c for c in right if keep(c)]
                c = (used or right)[0]
                how = _missed_date(c, bool(used), g, story, decisions[doc_id])
                table[how] = table.get(how, 0) + 1
                if verbose:
                    base = c.base or c
                    own = base.original[0].date if base.original else base.draft.date
                    options = ";".join(
                        f"{o.date.value}:{'+'.join(sorted(o.sources))}" for o in base.options
                    )
                    print(
                        f"  {s.name}\t{doc_id}\t{how}\t{g.kind.value}\t{g.date.value}\t"
                        f"{c.event.date.value}\t{own.value}\t{c.date_source}\t{options}"
                    )
        apply([s], None, None)
    print("\n## right but for the date, after the ranker\n")
    print("| how | events |\n| --- | ---: |")
    for how in sorted(table, key=lambda h: -table[h]):
        print(f"| {how} | {table[how]} |")
    print(f"| all | {sum(table.values())} |")


def _missed_date(
    c: Candidate, used: bool, g: GoldEvent, story: Story | None, decisions: dict[str, Decision]
) -> str:
    """The :data:`CEILING` class of candidate ``c`` (``used``: the scorer keeps it), right
    but for the date of gold event ``g``, read from ``decisions`` (what
    :func:`timeline.extract.date_choice.redate` decided in its document, by event id: no
    decision, the candidate was not in use on its own date)."""
    base = c.base or c
    inside = lambda d: g.date.start <= d.start and d.end <= g.date.end  # noqa: E731
    if not any(inside(o.date) for o in base.options):
        how = mechanism(c, c.event.date, story, g)[0] if story is not None else "?"
        return f"{CEILING[0]}: {how}"
    decision = decisions.get(base.draft.id) if used else None
    if decision is None:
        return CEILING[1]
    if decision.kept_because == KEEPS[0]:
        return CEILING[2]
    if decision.kept_because == KEEPS[1]:
        return CEILING[3]
    bars = decision.bars or ("",) * len(base.options)
    right = [bar for o, bar in zip(base.options, bars, strict=True) if inside(o.date)]
    if "" not in right:
        return f"{CEILING[4]} ({decision.source})" if "may_take" in right else CEILING[5]
    if base.original is not None:
        return CEILING[6]
    best = decision.best
    if best is not None and inside(best.date) and decision.kept_because == KEEPS[4]:
        return CEILING[7]
    return CEILING[8]


def _candidate_of(
    e: Event, reads: dict[str, ReadDocument], keep: InUse | None
) -> tuple[Candidate, Story] | None:
    """The chosen candidate an output event was built from (by its document, sentence and
    kind), and its document's story."""
    for x in e.sources:
        read = reads.get(x.document)
        if read is None or read.reader.story is None:
            continue
        chosen = [
            c
            for c in read.candidates
            if not c.variant
            and (keep(c) if keep is not None else c.kept)
            and kind_class(c.draft.kind) == kind_class(e.kind)
        ]
        for c in sorted(chosen, key=lambda c: c.draft.date.value != e.date.value):
            try:
                built = c.event
            except ValueError:
                continue
            if built.sources[0].start == x.start:
                return c, read.reader.story
    return None


def _is_days(when: EventDate) -> bool:
    return when.precision is Precision.day and when.end > when.start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command",
        choices=("validate", "regions", "combine", "train", "classes", "wrong", "ceiling"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="wrong, ceiling: the events; classes: the day-before ones",
    )
    parser.add_argument("--threshold", type=float, help="for train (default: the inner loop's)")
    parser.add_argument("--output", type=Path, default=RANKER_OUTPUT, help="for train")
    parser.add_argument("--folds", type=int, default=INNER, help="inner folds, for regions")
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(THRESHOLDS))
    parser.add_argument("--left-out", nargs="+", default=[], help="for validate: only these")
    parser.add_argument("--per-fold", type=int, default=1, help="regions: groups left out together")
    parser.add_argument("--part", default="1/1", help="regions: every n-th fold from the i-th, i/n")
    parser.add_argument(
        "--only", type=int, nargs="+", default=[], help="regions: these folds (0-based)"
    )
    parser.add_argument(
        "--against", type=Path, help="regions: a ranker file to judge beside (e.g. the shipped)"
    )
    parser.add_argument(
        "--features", choices=FEATURE_SETS, default="all", help="the ranker's features"
    )
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    THRESHOLDS[:] = args.thresholds
    FEATURES[:] = [args.features]
    if args.command == "combine":
        combine(args.folders)
        return
    splits = [read_split(f) for f in args.folders or DEFAULT]
    if args.command == "validate":
        validate(splits, args.left_out)
    elif args.command == "classes":
        classes(splits, args.verbose)
    elif args.command == "wrong":
        wrong_dates(splits, args.verbose)
    elif args.command == "ceiling":
        ceiling(splits, args.verbose)
    elif args.command == "regions":
        against = load_ranker(args.against) if args.against else None
        regions(splits, args.folds, args.per_fold, args.part, args.only, against)
    else:
        train(splits, args.threshold, args.output)


if __name__ == "__main__":
    main()
