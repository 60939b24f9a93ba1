"""The learned choice of a candidate's date (timeline.extract.redating), judged left out.

    .venv/bin/python bench/date_choice.py validate   # leave one split / one region group out
    .venv/bin/python bench/date_choice.py moves      # the ranker alone: dates fixed, broken
    .venv/bin/python bench/date_choice.py train      # write src/timeline/data/date_ranker.json

Every document of the tuning sets (bench/extraction.py's DEFAULT) is read once with
the candidates' log and the dates each candidate's text offers, with
``bench/event_scorer.py``'s reading functions (:func:`read_split`, its labels:
:func:`ranker_rows`, an option is right when the candidate on its date matches a
gold event of its document on kind class, date and the participants of the
candidate or of one of its variants; its fit, :func:`fit_ranker`, fitted only on
candidates with a right option: which date, not whether an event). The held-out
split is never read.

* ``validate``: for each split left out, the ranker is fitted on the others, every
  split is re-dated at each confidence of :data:`THRESHOLDS`, the event scorer is
  refitted on the others as re-dated and scores the one left out; against the
  scorer refitted on the others without re-dating. Per split and pooled: P / R / F1,
  the candidates moved to a gold date from a wrong one and back. The threshold kept
  is the best left-out mean among those where no split loses more than one event
  (its matches fall by at most one and its F1 by at most one event's worth); then
  the same leaving out one region group at a time (pooled). With ``--kept-only`` only
  the candidates the rules keep may leave their date (the ranker is the same fit);
  ``--thresholds`` sets the confidences tried.
* ``train``: fits on every tuning set and writes the ranker at ``--threshold``,
  deterministically (two fits are byte-identical); the file names the sets and the day.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_scorer import (
    RANKER_OUTPUT,
    Scores,
    Split,
    _f,
    _keep,
    _redatings,
    dump,
    fit,
    fit_ranker,
    ranker_rows,
    read_split,
)
from event_scorer import (
    apply as apply_every,
)
from extraction import DEFAULT

from timeline.extract.candidates import add_repetition
from timeline.extract.date_choice import DateRanker, redate
from timeline.extract.scorer import shipped_scorer

#: Confidences tried: the ranker's probability of the date it chooses, from which a
#: candidate leaves the rules' date.
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9]
#: The event scorer's thresholds (to add a dropped candidate, to drop a kept one): shipped.
_SHIPPED = shipped_scorer()
PAIR = (_SHIPPED.threshold, _SHIPPED.kept_threshold) if _SHIPPED is not None else (0.5, 0.0)
DESCRIPTION = "Logistic regression over the dates a candidate's text offers (bench/date_choice.py)."


#: With ``--kept-only``: only the candidates the rules keep (and their variants) re-dated.
KEPT_ONLY: list[bool] = [False]


def apply(splits: Sequence[Split], ranker: DateRanker | None) -> None:
    """Re-date every split's candidates with ``ranker`` (None: undo); with ``--kept-only``,
    only the candidates the rules keep."""
    if not KEPT_ONLY[0]:
        apply_every(splits, ranker)
        return
    for s in splits:
        for _, _, read in s.documents:
            before = read.reader.redated
            chosen = [c for c in read.candidates if (c.base or c).kept]
            for c in read.candidates:
                c.restore()
            read.reader.redated = redate(chosen, ranker)
            if before or read.reader.redated:
                add_repetition(read.candidates)


def _ranker(rows: list, threshold: float, sets: list[str]) -> DateRanker:  # type: ignore[type-arg]
    ranker = fit_ranker(rows, threshold, sets)
    return ranker.model_copy(update={"description": DESCRIPTION})


def _line(s: Scores) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f} ({len(s.matched)}/{s.found})"


def _pooled(by: dict[str, Scores]) -> str:
    gold = sum(s.gold for s in by.values())
    found = sum(s.found for s in by.values())
    hit = sum(len(s.matched) for s in by.values())
    return f"P {hit / found:.3f} R {hit / gold:.3f} F1 {_f([gold, found, hit]):.4f} ({hit}/{found})"


def _loses_an_event(before: Scores, after: Scores) -> bool:
    """More than one event lost: matches down by two or more, or the F1 down by more than
    one event's worth."""
    one = 2 / (before.gold + before.found) if before.gold + before.found else 0.0
    return len(before.matched) - len(after.matched) > 1 or before.f1 - after.f1 > one + 1e-9


def validate(splits: list[Split]) -> float:
    """Leave one split out at every threshold; print the tables; the threshold kept."""
    names = [s.name for s in splits]
    rows = {s.name: ranker_rows(s) for s in splits}
    apply(splits, None)
    rules = {s.name: s.scores(None) for s in splits}
    base: dict[str, Scores] = {}
    after: dict[float, dict[str, Scores]] = {t: {} for t in THRESHOLDS}
    moved = dict.fromkeys(THRESHOLDS, 0)
    fixed = dict.fromkeys(THRESHOLDS, 0)
    broken = dict.fromkeys(THRESHOLDS, 0)
    for s in splits:
        others = [n for n in names if n != s.name]
        apply(splits, None)
        train = [r for o in splits if o.name != s.name for r in o.candidates()]
        base[s.name] = s.scores(_keep(fit(train, PAIR[0], others, PAIR[1]), PAIR))
        ranker = _ranker([r for n in others for r in rows[n]], 1.0, others)
        for t in THRESHOLDS:
            apply(splits, ranker.model_copy(update={"threshold": t}))
            moved[t] += sum(len(read.reader.redated) for _, _, read in s.documents)
            for new_right, old_right in _redatings(s):
                fixed[t] += new_right and not old_right
                broken[t] += old_right and not new_right
            train = [r for o in splits if o.name != s.name for r in o.candidates()]
            after[t][s.name] = s.scores(_keep(fit(train, PAIR[0], others, PAIR[1]), PAIR))
        print(f"{s.name}: done", file=sys.stderr, flush=True)
    apply(splits, None)

    def mean(by: dict[str, Scores]) -> float:
        return statistics.mean(by[n].f1 for n in names)

    print(f"\n## leave one split out (scorer refitted at {PAIR[0]:.2f} / {PAIR[1]:.2f})\n")
    print(f"rules {mean(rules):.4f}; scored, no re-dating {mean(base):.4f}; {_pooled(base)}")
    allowed = []
    for t in THRESHOLDS:
        losers = [n for n in names if _loses_an_event(base[n], after[t][n])]
        if not losers:
            allowed.append(t)
        print(
            f"re-date from {t:.2f}: mean {mean(after[t]):.4f}, {_pooled(after[t])}; "
            f"{moved[t]} moved, {fixed[t]} to a gold date, {broken[t]} off one; "
            f"losing more than one event: {', '.join(losers) or 'none'}"
        )
    best = max(allowed, key=lambda t: (round(mean(after[t]), 4), t)) if allowed else None
    shown = best if best is not None else max(THRESHOLDS, key=lambda t: mean(after[t]))
    print(f"\nkept: {best}\n")
    print("| left-out split | gold | scored: P / R / F1 (right/found) | re-dated from "
          f"{shown:.2f} | F1 change |")  # fmt: skip
    print("| --- | ---: | --- | --- | ---: |")
    for n in names:
        b, a = base[n], after[shown][n]
        print(f"| {n} | {b.gold} | {_line(b)} | {_line(a)} | {a.f1 - b.f1:+.3f} |")
    print(f"| mean | | {mean(base):.4f} | {mean(after[shown]):.4f} | "
          f"{mean(after[shown]) - mean(base):+.4f} |")  # fmt: skip
    regions(splits, shown, rows)
    return shown


def moves(splits: list[Split]) -> None:
    """Leave one split out, the ranker alone (no scorer): per threshold, the candidates
    moved to a gold date from a wrong one and back (a quick measure of the choice)."""
    names = [s.name for s in splits]
    rows = {s.name: ranker_rows(s) for s in splits}
    fixed = dict.fromkeys(THRESHOLDS, 0)
    broken = dict.fromkeys(THRESHOLDS, 0)
    moved = dict.fromkeys(THRESHOLDS, 0)
    for s in splits:
        others = [n for n in names if n != s.name]
        ranker = _ranker([r for n in others for r in rows[n]], 1.0, others)
        for t in THRESHOLDS:
            apply([s], ranker.model_copy(update={"threshold": t}))
            moved[t] += sum(len(read.reader.redated) for _, _, read in s.documents)
            for new_right, old_right in _redatings(s):
                fixed[t] += new_right and not old_right
                broken[t] += old_right and not new_right
        apply([s], None)
    for t in THRESHOLDS:
        print(f"from {t:.2f}: {moved[t]} moved, {fixed[t]} to a gold date, {broken[t]} off one")


def regions(splits: list[Split], threshold: float, rows: dict[str, list]) -> None:  # type: ignore[type-arg]
    """Leave one region group out (pooled): the scorer with and without re-dating."""
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    sums = {"scored": [0, 0, 0], "re-dated": [0, 0, 0]}
    worse = better = 0
    for g in groups:
        train_rows = [r for n, rs in rows.items() for r in rs if region_of[(n, r[0])] != g]
        ranker = _ranker(train_rows, threshold, ["all but " + g])
        got = {}
        for name, redating in (("scored", None), ("re-dated", ranker)):
            apply(splits, redating)
            train = [
                row for s in splits for row in s.candidates() if region_of[(s.name, row[0])] != g
            ]
            keep = _keep(fit(train, PAIR[0], ["all but " + g], PAIR[1]), PAIR)
            acc = [0, 0, 0]
            for s in splits:
                if any(r == g for _, r, _ in s.documents):
                    sc = s.scores(keep, g) if s.gold.regions else s.scores(keep)
                    acc[0] += sc.gold
                    acc[1] += sc.found
                    acc[2] += len(sc.matched)
            sums[name] = [a + b for a, b in zip(sums[name], acc, strict=True)]
            got[name] = acc
        worse += got["re-dated"][2] < got["scored"][2] - 1
        better += got["re-dated"][2] > got["scored"][2] + 1
    apply(splits, None)
    print(f"\n## leave one region group out ({len(groups)} groups, pooled), from {threshold}\n")
    for k, (gold, found, hit) in sums.items():
        print(
            f"{k}: {found} found, {hit} right of {gold} gold: P {hit / found:.3f} "
            f"R {hit / gold:.3f} F1 {_f(sums[k]):.4f}"
        )
    print(f"groups with 2+ more right: {better}; with 2+ fewer: {worse}")


def train(splits: list[Split], threshold: float, output: Path) -> None:
    """Fit on every split and write the ranker."""
    sets = [s.name for s in splits]
    rows = [r for s in splits for r in ranker_rows(s)]
    ranker = _ranker(rows, threshold, sets)
    output.write_text(dump(ranker), encoding="utf-8")
    apply(splits, ranker)
    moved = sum(len(read.reader.redated) for s in splits for _, _, read in s.documents)
    apply(splits, None)
    print(f"wrote {output} ({ranker.examples} options, {moved} candidates re-dated in-sample)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("validate", "moves", "train"))
    parser.add_argument("--threshold", type=float, default=0.7, help="for train")
    parser.add_argument("--output", type=Path, default=RANKER_OUTPUT, help="for train")
    parser.add_argument(
        "--kept-only", action="store_true", help="re-date only the candidates the rules keep"
    )
    parser.add_argument(
        "--thresholds", type=float, nargs="+", default=list(THRESHOLDS), help="for validate"
    )
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    KEPT_ONLY[0] = args.kept_only
    THRESHOLDS[:] = args.thresholds
    splits = [read_split(f) for f in args.folders or DEFAULT]
    if args.command == "validate":
        validate(splits)
    elif args.command == "moves":
        moves(splits)
    else:
        train(splits, args.threshold, args.output)


if __name__ == "__main__":
    main()
