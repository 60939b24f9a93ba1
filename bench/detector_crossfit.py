"""The learned detector and the event scorer judged left out, with cross-fitted detector
probabilities (issue #12, twenty-ninth pass).

    .venv/bin/python bench/detector_crossfit.py --folds 10 --wn DIR ...  # the table
    .venv/bin/python bench/detector_crossfit.py --folds 10 --train OUT  # the scorer to ship

The shipped detector was fitted on 35 of the 59 tuning sets and the event scorer on the
same sets' candidates with the detector's probabilities *in sample* (a sentence it was
trained on), so the scorer learned what a detection of a memorised sentence is worth.
Here every tuning set (bench/extraction.py's DEFAULT) is read once, as
``bench/event_detector.py validate --detected-variants`` reads it (the shipped detector
proposing in every sentence it reads, each fold's detector re-kinding and filtering its
proposals), the sets dealt round ``--folds`` folds in DEFAULT's order. For each fold:

* the detector fitted without it judges its detected candidates (left out);
* "in sample" (the recipe shipped so far): the scorer fitted on the other folds'
  candidates with that detector's probabilities (in sample for them);
* "cross-fitted": the scorer fitted on the other folds' candidates with probabilities
  from detectors that saw neither the fold left out nor theirs (one detector per pair of
  folds), so the scorer learns what an out-of-sample detection is worth;

and the fold is scored end to end at each scorer threshold for detected candidates
(:data:`THRESHOLDS`; None: no detected candidate kept). A fold's threshold is the one of
the best pooled F1 over the *other* folds (:func:`chosen`). ``--simple C MIN`` adds the
cross-fitted arm with a more regular detector (scikit-learn's C, the fewest sentences a
feature needs). ``--wn`` sets (never trained on) are scored with the models fitted on every
set: the detector on all 59; the scorer on in-sample, or on cross-fitted (one detector per
fold) probabilities.

``--train OUT`` writes the scorer to ship beside ``bench/event_detector.py train``'s
detector (fitted on every set): each set read as extraction reads it, with the detector
fitted without its fold (:func:`train`), and the scorer fitted on them as
``bench/event_scorer.py train --threshold 0 --detected-threshold T --detected-variants``
fits it (the seed's precision floor, T ``--detected-at``); deterministic.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_detector as ed
import event_scorer as es
from extraction import DEFAULT

from timeline.extract.detector import EventDetector, shipped_detector
from timeline.extract.scorer import EventScorer, shipped_scorer

#: The scorer's thresholds for detected candidates tried (None: none kept).
THRESHOLDS: tuple[float | None, ...] = (None, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: The sets the shipped detector was never fitted on (test-ag ... test-bd).
FIRST_UNSEEN = "test-ag"

Counts = list[int]  # gold, found, right
Judged = dict[int, tuple[float, list[Any]]]


def _f(acc: Counts) -> float:
    return es._f(acc)


class CrossFit:
    """The splits read once, their sentences, and the detectors of each fold (cached)."""

    def __init__(self, splits: list[es.Split], wn: list[es.Split], folds: int) -> None:
        self.splits, self.wn = splits, wn
        self.names = [s.name for s in splits]
        self.fold_of = {n: i % folds for i, n in enumerate(self.names)}
        self.folds = folds
        self.sentences = {s.name: ed.sentence_rows(s) for s in splits}
        self.proposals = ed.Proposals([*splits, *wn])
        self.split_of: dict[int, str] = {}
        for s in [*splits, *wn]:
            for _, _, read in s.documents:
                for c in self.proposals.all[id(read)]:
                    self.split_of[id(c)] = s.name
        self._judged: dict[tuple[frozenset[int], tuple[float, int]], Judged] = {}
        self._detector: dict[tuple[frozenset[int], tuple[float, int]], EventDetector] = {}

    def detector(self, without: frozenset[int], params: tuple[float, int]) -> EventDetector:
        """The detector fitted on every set but those of the folds ``without``."""
        key = (without, params)
        if key not in self._detector:
            t0 = time.process_time()
            saved = ed.REGULARIZATION, ed.MIN_COUNT
            ed.REGULARIZATION, ed.MIN_COUNT = params
            try:
                d = ed.fit_detector_on(
                    self.sentences,
                    lambda n, _d: self.fold_of[n] not in without,
                    [n for n in self.names if self.fold_of[n] not in without],
                )
            finally:
                ed.REGULARIZATION, ed.MIN_COUNT = saved
            self._detector[key] = d
            self._judged[key] = self.proposals.judge(d)
            print(
                f"  detector without {sorted(without)} {params}: {len(d.features)} features, "
                f"{time.process_time() - t0:.0f} CPU-s",
                flush=True,
            )
        return self._detector[key]

    def judged(self, without: frozenset[int], params: tuple[float, int]) -> Judged:
        self.detector(without, params)
        return self._judged[(without, params)]

    def composed(self, outer: int | None, params: tuple[float, int]) -> Judged:
        """Each detected candidate's probability from a detector that saw neither its fold
        nor ``outer`` (None: not its fold; a set of ``--wn``: every set's detector)."""
        out: Judged = {}
        for d in self.proposals.detected:
            c = d.candidate
            name = self.split_of[id(c)]
            if name not in self.fold_of:  # a --wn set
                without = frozenset() if outer is None else frozenset({outer})
            else:
                own = self.fold_of[name]
                without = frozenset({own} if outer is None else {own, outer})
            out[id(c)] = self.judged(without, params)[id(c)]
        return out


def score_split(scoring: ed.Scoring, s: es.Split, t: float | None) -> Counts:
    """A split scored end to end (by its region groups, as bench/extraction.py scores)."""
    groups: list[str | None] = sorted({r for _, r, _ in s.documents}) if s.gold.regions else [None]
    acc = [0, 0, 0]
    for g in groups:
        acc = ed._add(acc, scoring(s, t, g))
    return acc


def kept_detected(cf: CrossFit, s: es.Split, scorer: EventScorer, t: float | None) -> Counts:
    """[kept, right] of the split's detected candidates (rivals included) the scorer keeps
    from ``t``; right: the candidate's label (a gold event of its document no rule's kept
    candidate matches: kind class, date within, sides)."""
    if t is None:
        return [0, 0]
    kept = right = 0
    for _, c, label in cf.proposals.rows(s):
        if c.features.get("fate:detected") and scorer.probability(c.features) >= t:
            kept += 1
            right += int(label)
    return [kept, right]


Table = dict[str, dict[str, dict[str, list[int]]]]  # arm -> split -> threshold -> counts


def _record(table: Table, arm: str, s: es.Split, scorer: EventScorer, cf: CrossFit) -> None:
    scoring = ed.Scoring(scorer)
    by = table.setdefault(arm, {}).setdefault(s.name, {})
    for t in THRESHOLDS:
        by[str(t)] = score_split(scoring, s, t) + kept_detected(cf, s, scorer, t)


def run(cf: CrossFit, arms: dict[str, tuple[str, tuple[float, int]]]) -> Table:
    """Every fold left out under each arm ("in" or "cross", detector parameters)."""
    table: Table = {}
    for k in range(cf.folds):
        scope_names = [n for n in cf.names if cf.fold_of[n] != k]
        left = [s for s in cf.splits if cf.fold_of[s.name] == k]
        print(f"fold {k}: {[s.name for s in left]}", flush=True)
        for arm, (how, params) in arms.items():
            outer = cf.detector(frozenset({k}), params)
            if how == "in":
                judged = cf.judged(frozenset({k}), params)
            else:
                judged = {
                    **cf.composed(k, params),
                    **{
                        i: v
                        for i, v in cf.judged(frozenset({k}), params).items()
                        if cf.fold_of.get(cf.split_of[i]) == k
                    },
                }
            cf.proposals.use(outer, judged)
            scorer = ed.fit_scorer_on(
                cf.proposals, lambda n, _d, k=k: cf.fold_of.get(n, -1) not in (k, -1), scope_names
            )
            for s in left:
                _record(table, arm, s, scorer, cf)
        cf.proposals.use(None)
    return table


def run_all(cf: CrossFit, arms: dict[str, tuple[str, tuple[float, int]]]) -> tuple[Table, dict]:
    """The --wn sets scored with the models fitted on every set, per arm; the scorers."""
    table: Table = {}
    scorers = {}
    for arm, (how, params) in arms.items():
        full = cf.detector(frozenset(), params)
        judged = cf.judged(frozenset(), params) if how == "in" else cf.composed(None, params)
        cf.proposals.use(full, judged)
        scorer = ed.fit_scorer_on(cf.proposals, lambda n, _d: n in cf.fold_of, cf.names)
        scorers[arm] = scorer
        for s in cf.wn:
            _record(table, arm, s, scorer, cf)
    cf.proposals.use(None)
    return table, scorers


def chosen(table: Table, arm: str, fold_of: dict[str, int], k: int) -> float | None:
    """The threshold of the best pooled F1 over the folds but ``k`` (ties: the higher)."""
    sums: dict[str, Counts] = {str(t): [0, 0, 0] for t in THRESHOLDS}
    for name, by in table[arm].items():
        if fold_of[name] != k:
            for t in sums:
                sums[t] = ed._add(sums[t], by[t][:3])

    def key(t: float | None) -> tuple[float, float]:
        return (round(_f(sums[str(t)]), 5), -1.0 if t is None else t)

    return max(THRESHOLDS, key=key)


def report(table: Table, wn_table: Table, fold_of: dict[str, int], names: list[str]) -> None:
    unseen = set(names[names.index(FIRST_UNSEEN) :]) if FIRST_UNSEEN in names else set()
    groups = {
        "35 trained": [n for n in names if n not in unseen],
        "24 unseen": [n for n in names if n in unseen],
        "59": names,
    }
    print("\n## Left out, per threshold (pooled right / found, F1; detected kept right/kept)")
    for arm, by in table.items():
        print(f"\n### {arm}")
        print("| threshold | " + " | ".join(groups) + " |")
        print("| --- |" + " --- |" * len(groups))
        for t in map(str, THRESHOLDS):
            cells = []
            for members in groups.values():
                acc = [sum(by[n][t][i] for n in members) for i in range(5)]
                cells.append(f"{acc[2]}/{acc[1]} ({_f(acc[:3]):.4f}; det {acc[4]}/{acc[3]})")
            print(f"| {t} | " + " | ".join(cells) + " |")
    print("\n## Left out, each fold at the threshold chosen on the other folds")
    for arm, by in table.items():
        ts = {k: chosen(table, arm, fold_of, k) for k in sorted(set(fold_of.values()))}
        line = []
        for g, members in groups.items():
            acc = [sum(by[n][str(ts[fold_of[n]])][i] for n in members) for i in range(5)]
            line.append(f"{g} {acc[2]}/{acc[1]} F1 {_f(acc[:3]):.4f} det {acc[4]}/{acc[3]}")
        print(f"{arm}: thresholds {ts}; " + "; ".join(line))
        per = {n: by[n][str(ts[fold_of[n]])][:3] for n in names}
        print("  per split: " + json.dumps(per))
    if wn_table:
        print("\n## --wn sets, models fitted on every set (pooled)")
        for arm, by in wn_table.items():
            cells = []
            for t in map(str, THRESHOLDS):
                acc = [sum(by[n][t][i] for n in by) for i in range(5)]
                cells.append(f"{t}: {acc[2]}/{acc[1]} {_f(acc[:3]):.3f} det {acc[4]}/{acc[3]}")
            print(f"{arm}: " + "; ".join(cells))
            print("  per set at 0.3: " + json.dumps({n: by[n]["0.3"] for n in by}))


def shipped_row(cf: CrossFit) -> None:
    """The shipped detector and scorer on this harness (in sample for the 35 sets)."""
    detector, scorer = shipped_detector(), shipped_scorer()
    assert detector is not None and isinstance(scorer, EventScorer)
    cf.proposals.use(detector)
    table: Table = {}
    for s in [*cf.splits, *cf.wn]:
        _record(table, "shipped", s, scorer, cf)
    cf.proposals.use(None)
    t = str(scorer.detected_threshold)
    unseen = cf.names[cf.names.index(FIRST_UNSEEN) :] if FIRST_UNSEEN in cf.names else []
    trained = [n for n in cf.names if n not in unseen]
    groups = (("35 trained", trained), ("24 unseen", unseen), ("59", cf.names))
    for label, members in (*groups, ("wn", [s.name for s in cf.wn])):
        acc = [sum(table["shipped"][n][t][i] for n in members) for i in range(5)]
        print(
            f"shipped on the harness, {label}: {acc[2]}/{acc[1]} F1 {_f(acc[:3]):.4f} "
            f"det {acc[4]}/{acc[3]}",
            flush=True,
        )
    print("  shipped per split: " + json.dumps({n: v[t][:3] for n, v in table["shipped"].items()}))


def train(folds: int, output: Path, detected_at: float) -> None:
    """Write the cross-fitted scorer (see the module's docstring)."""
    first = ed.read_all(DEFAULT)
    sentences = {s.name: ed.sentence_rows(s) for s in first}
    names = [s.name for s in first]
    del first
    fold_of = {n: i % folds for i, n in enumerate(names)}
    detectors = [
        ed.fit_detector_on(
            sentences, lambda n, _d, k=k: fold_of[n] != k, [n for n in names if fold_of[n] != k]
        )
        for k in range(folds)
    ]
    splits = [
        es.read_split(folder, detector=detectors[fold_of[name]])
        for folder, name in zip(DEFAULT, names, strict=True)
    ]
    es.train(splits, (0.0, 0.0), output, None, False, False, detected_at)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--wn", nargs="*", type=Path, default=[])
    parser.add_argument("--simple", type=float, nargs=2, metavar=("C", "MIN"), action="append")
    parser.add_argument(
        "--only-simple", action="store_true", help="only the --simple detectors, both scorers"
    )
    parser.add_argument("--limit", type=int, help="only the first N tuning sets (a trial)")
    parser.add_argument("--train", type=Path, help="write the cross-fitted scorer here")
    parser.add_argument("--detected-at", type=float, default=0.3)
    parser.add_argument("--no-folds", action="store_true", help="only the --wn and shipped rows")
    parser.add_argument("--no-shipped", action="store_true", help="without the shipped row")
    args = parser.parse_args(argv)
    es.READ_RIVALS[0] = True  # as the shipped scorer was fitted (--detected-variants)
    es.IGNORED[:] = [p for p in es.IGNORED if p != es.RIVALS]
    print(f"Python {platform.python_version()}, one process", flush=True)
    if args.train is not None:
        train(args.folds, args.train, args.detected_at)
        return
    t0 = time.process_time()
    first = shipped_detector()
    folders = DEFAULT[: args.limit] if args.limit else DEFAULT
    splits = ed.read_all(folders, detector=first, propose_all=True)
    wn = ed.read_all(args.wn, detector=first, propose_all=True)
    cf = CrossFit(splits, wn, args.folds)
    print(f"read in {time.process_time() - t0:.0f} CPU-s", flush=True)
    if not args.no_shipped:
        shipped_row(cf)
    base = (ed.REGULARIZATION, ed.MIN_COUNT)
    arms: dict[str, tuple[str, tuple[float, int]]] = {}
    if not args.only_simple:
        arms = {"in sample": ("in", base), "cross-fitted": ("cross", base)}
    for c, m in args.simple or []:
        params = (c, int(m))
        if args.only_simple:
            arms[f"in sample, C {c}, min {int(m)}"] = ("in", params)
        arms[f"cross-fitted, C {c}, min {int(m)}"] = ("cross", params)
    wn_table, _ = run_all(cf, arms)
    table = {} if args.no_folds else run(cf, arms)
    report(table, wn_table, cf.fold_of, cf.names)
    print(f"total {time.process_time() - t0:.0f} CPU-s")


if __name__ == "__main__":
    main()
