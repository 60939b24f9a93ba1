"""The learned choice of a candidate's date (timeline.extract.date_choice), judged left out.

    .venv/bin/python bench/date_choice.py validate   # leave one split out
    .venv/bin/python bench/date_choice.py regions --per-fold 5 --part 1/2  # region groups out
    .venv/bin/python bench/date_choice.py combine OUT1 OUT2   # the parts' table
    .venv/bin/python bench/date_choice.py train      # write src/timeline/data/date_ranker.json

Why a date is missed (the classes of dates, the wrong dates, the ceiling) is
``bench/date_misses.py``'s.

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
* ``train``: fits on every tuning set (the shipped scorer choosing the candidates in
  use) and writes the ranker at ``--threshold`` or the inner loop's,
  deterministically (two fits are byte-identical).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_scorer import (
    RANKER_OUTPUT,
    RankerRows,
    Scores,
    Split,
    _f,
    _redatings,
    dump,
    fit,
    fit_ranker,
    keep_at,
    ranker_rows,
    read_split,
)
from extraction import DEFAULT

from timeline.extract.candidates import Candidate, candidate_features
from timeline.extract.date_choice import DateRanker, load_ranker
from timeline.extract.scorer import shipped_scorer

#: Confidences tried: the ranker's probability of the date it chooses, from which a
#: candidate leaves the rules' date.
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
#: The inner loop's groups of training splits (:func:`inner_threshold`).
INNER = 4
#: The most matched events a left-out split may lose, net, for the ranker to ship.
MAX_LOST = 2
#: The shipped event scorer (``None`` when none ships), whose thresholds are :data:`PAIR`;
#: ``bench/date_misses.py`` re-dates the candidates it keeps.
SHIPPED_SCORER = shipped_scorer()
#: The event scorer's thresholds (to add a dropped candidate, to drop a kept one): shipped.
PAIR = (
    (SHIPPED_SCORER.threshold, SHIPPED_SCORER.kept_threshold)
    if SHIPPED_SCORER is not None
    else (0.5, 0.0)
)
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
    return keep_at(fit(train, PAIR[0], others, PAIR[1]), PAIR)


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
        in_use = keep_at(
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
                keep = keep_at(fit(train, PAIR[0], label, PAIR[1]), PAIR)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command",
        choices=("validate", "regions", "combine", "train"),
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
    elif args.command == "regions":
        against = load_ranker(args.against) if args.against else None
        regions(splits, args.folds, args.per_fold, args.part, args.only, against)
    else:
        train(splits, args.threshold, args.output)


if __name__ == "__main__":
    main()
