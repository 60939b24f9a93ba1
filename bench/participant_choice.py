"""The learned choice of participants (:mod:`timeline.extract.participant_choice`), measured
on the tuning sets and fitted.

    .venv/bin/python bench/participant_choice.py validate   # leave one split / region out
    .venv/bin/python bench/participant_choice.py train --add 0.6 --drop 0.0

Every document of the tuning sets (bench/extraction.py's DEFAULT) is read once with the
candidates' log and each candidate's actor options recorded, the rules choosing alone
(bench/event_scorer.py's :func:`read_split`, whose reading and scoring functions are
imported here). An option is labelled for a candidate that matches a gold event of its
document on kind class and date (:func:`timeline.extract.evaluate.matches` without the
participants): right when it is a key participant of that gold event (of several, the
one sharing most sides with the rules' choice).

* ``validate``: for each split left out, a chooser fitted on the other splits' options
  chooses the participants of every split's candidates, the event scorer is refitted on
  the other splits as chosen, and the split left out is scored end to end; for each pair
  of thresholds of :data:`PAIRS` (add from, drop under), beside the rules' participants
  (the scorer refitted the same way). The choice is applied to the candidates already
  read (:func:`apply_after_reading`: the same decisions, without their effect on the
  discourse of later sentences); ``--reread`` measures the chosen pair as extraction
  runs it, every split read again with each fold's chooser. Then the same leaving one
  region group out. The pair kept has the best mean left-out F1 among those where no
  split loses more than one event.
* ``regions``: leave one region group out alone, at ``--add`` / ``--drop``.
* ``train``: fits on every tuning set and writes ``src/timeline/data/participant_choice.json``
  deterministically (the same file twice).

The held-out split (bench/extraction.py's HELD_OUT) is never read here.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_scorer import Split, _keep, fit, read_split
from extraction import DEFAULT

from timeline.extract.candidates import Candidate, add_repetition
from timeline.extract.evaluate import Scores, kind_class
from timeline.extract.participant_choice import (
    CHOOSER_FILE,
    ParticipantChooser,
    apply_choice,
    choice_feature_names,
    choosing,
)
from timeline.extract.scorer import shipped_scorer
from timeline.model import Event

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/timeline/data" / CHOOSER_FILE
#: scikit-learn's C: inverse regularization strength.
REGULARIZATION = 1.0
#: (add from, drop under) tried on the left-out scores.
PAIRS = ((0.5, 0.0), (0.6, 0.0), (0.7, 0.0), (0.6, 0.05))
#: One candidate's options: document, region group, each option's features, labels.
Row = tuple[str, str, list[dict[str, float]], list[int]]


def scorer_pair() -> tuple[float, float]:
    """The shipped event scorer's thresholds (add from, drop kept under)."""
    s = shipped_scorer()
    return (s.threshold, s.kept_threshold) if s is not None else (0.5, 0.0)


def option_rows(split: Split) -> list[Row]:
    """The labelled options of every candidate of ``split`` told by a gold event (module
    docstring)."""
    out: list[Row] = []
    for doc_id, region, read in split.documents:
        gold = [g for g in split.gold.events if doc_id in g.documents]
        recorded = read.reader.participant_options or {}
        for c in read.candidates:
            options = recorded.get(c.draft.id) if c.base is None else None
            if not options:
                continue
            d = c.draft.date
            told = [
                g
                for g in gold
                if kind_class(g.kind) == kind_class(c.draft.kind)
                and g.date.start <= d.start
                and d.end <= g.date.end
            ]
            if not told:
                continue
            rules = {o.code for o in options if o.chosen}
            best = max(told, key=lambda g: (len(g.actors & rules), -len(g.actors)))
            labels = [int(o.code in best.actors) for o in options]
            out.append((doc_id, region, [o.features for o in options], labels))
    return out


def fit_chooser(
    rows: Sequence[Row], pair: tuple[float, float], sets: list[str]
) -> ParticipantChooser:
    """A logistic regression over these options, as a :class:`ParticipantChooser`."""
    from sklearn.linear_model import LogisticRegression

    names = choice_feature_names()
    x = [[f.get(n, 0.0) for n in names] for _, _, fs, _ in rows for f in fs]
    y = [label for _, _, _, labels in rows for label in labels]
    model = LogisticRegression(C=REGULARIZATION, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(x, y)
    return ParticipantChooser(
        description="Logistic regression over the actor options of a candidate "
        "(bench/participant_choice.py).",
        features=names,
        weights=[round(float(w), 6) for w in model.coef_[0]],
        intercept=round(float(model.intercept_[0]), 6),
        add_threshold=pair[0],
        drop_threshold=pair[1],
        trained_on=sets,
        trained=datetime.now(UTC).date(),
        examples=len(y),
        regularization=REGULARIZATION,
    )


def dump(chooser: ParticipantChooser) -> str:
    """The chooser as deterministic JSON (fixed key order, one feature per line)."""
    return json.dumps(chooser.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"


_SAVED: dict[int, tuple[list[Event], list[tuple[Any, Any]]]] = {}
#: The decisions applied to each document read (by ``id``), and the labelled candidates of
#: each document under each set of decisions: most documents get the same decisions from
#: the choosers fitted without one split or group, so each is labelled once per set.
_APPLIED: dict[int, frozenset[tuple[str, tuple[str, ...], tuple[str, ...]]]] = {}
_LABELLED: dict[tuple[int, frozenset[Any]], list[Any]] = {}


def labelled(split: Split) -> list[Any]:
    """:meth:`Split.candidates` of ``split`` as chosen now (cached by decisions)."""
    out = []
    for doc_id, _, read in split.documents:
        key = (id(read), _APPLIED.get(id(read), frozenset()))
        if key not in _LABELLED:
            _LABELLED[key] = split._labelled(doc_id, read)
        out += _LABELLED[key]
    return out


def _wrap(build: Callable[[], Event], add: list[str], drop: set[str]) -> Callable[[], Event]:
    def chosen() -> Event:
        e = build()
        return e.model_copy(update={"participants": apply_choice(e.participants, add, drop)})

    return chosen


def apply_after_reading(splits: Sequence[Split], chooser: ParticipantChooser | None) -> None:
    """Give every candidate read the participants ``chooser`` chooses (None: the rules'),
    and recompute the scorer's features."""
    for s in splits:
        s._rows.clear()
        for _, _, read in s.documents:
            reader = read.reader
            key = id(read)
            if key not in _SAVED:
                _SAVED[key] = (list(reader.events), [(c.draft, c.build) for c in read.candidates])
            events, drafts = _SAVED[key]
            reader.events[:] = events
            _APPLIED.pop(key, None)
            for c, (draft, build) in zip(read.candidates, drafts, strict=True):
                c.draft, c.build = draft, build
            if chooser is not None:
                decided = {
                    k: chooser.decide(o) for k, o in (reader.participant_options or {}).items()
                }
                decided = {k: d for k, d in decided.items() if d[0] or d[1]}
                _APPLIED[key] = frozenset(
                    (k, tuple(a), tuple(sorted(d))) for k, (a, d) in decided.items()
                )
                for i, e in enumerate(reader.events):
                    if e.id in decided:
                        new = apply_choice(e.participants, *decided[e.id])
                        reader.events[i] = e.model_copy(update={"participants": new})
                for c in read.candidates:
                    d = decided.get((c.base or c).draft.id)
                    if d is None:
                        continue
                    _choose(c, d[0], d[1])
            add_repetition(read.candidates)


def _choose(c: Candidate, add: list[str], drop: set[str]) -> None:
    new = apply_choice(c.draft.participants, add, drop)
    if isinstance(c.draft, Event):
        c.draft = c.draft.model_copy(update={"participants": new})
    else:
        c.draft = replace(c.draft, participants=new)
        if c.build is not None:
            c.build = _wrap(c.build, add, drop)


def read_all(
    folders: Sequence[Path], chooser: ParticipantChooser | None, record: bool
) -> list[Split]:
    with choosing(chooser, record=record):
        return [read_split(f) for f in folders]


def _f(acc: Sequence[int]) -> float:
    gold, found, hit = acc
    return 2 * hit / (gold + found) if gold + found else 0.0


def _cells(s: Scores) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}"


def validate(
    folders: Sequence[Path],
    reread: bool,
    only: tuple[float, float] | None,
    folds: Sequence[str] = (),
) -> None:
    """Leave one split out, then one region group out (module docstring)."""
    splits = read_all(folders, None, record=True)
    names = [s.name for s in splits]
    rows = {s.name: option_rows(s) for s in splits}
    n_opts = sum(len(r[2]) for rs in rows.values() for r in rs)
    print(f"{sum(len(r) for r in rows.values())} candidates told by a gold event, {n_opts} options")
    pair_s = scorer_pair()
    pairs = [only] if only else list(PAIRS)
    by: dict[str, dict[str, Scores]] = {"rules": {}}
    for p in pairs:
        by[f"{p[0]:.2f} / {p[1]:.2f}"] = {}
    for s in splits:
        if folds and s.name not in folds:
            continue
        others = [n for n in names if n != s.name]
        apply_after_reading(splits, None)
        train = [r for o in splits if o.name != s.name for r in labelled(o)]
        by["rules"][s.name] = s.scores(_keep(fit(train, pair_s[0], others, pair_s[1]), pair_s))
        opts = [r for n in others for r in rows[n]]
        for p in pairs:
            chooser = fit_chooser(opts, p, others)
            apply_after_reading(splits, chooser)
            train = [r for o in splits if o.name != s.name for r in labelled(o)]
            keep = _keep(fit(train, pair_s[0], others, pair_s[1]), pair_s)
            by[f"{p[0]:.2f} / {p[1]:.2f}"][s.name] = s.scores(keep)
        print(s.name, " ".join(f"{k}: {v[s.name].f1:.3f}" for k, v in by.items()), flush=True)
    apply_after_reading(splits, None)
    print(f"\n## leave one split out, the scorer at {pair_s} (after reading)\n")
    cols = list(by)
    print("| left-out split | gold | " + " | ".join(cols) + " |")
    print("| --- | ---: |" + " ---: |" * len(cols))
    for n in names:
        cells = " | ".join(f"{by[c][n].f1:.3f}" for c in cols)
        print(f"| {n} | {by['rules'][n].gold} | {cells} |")
    print(
        "| mean | | "
        + " | ".join(f"{statistics.mean(by[c][n].f1 for n in names):.4f}" for c in cols)
        + " |"
    )
    found = [sum(by[c][n].found for n in names) for c in cols]
    right = [sum(len(by[c][n].matched) for n in names) for c in cols]
    print(
        "| found (right) | | "
        + " | ".join(f"{f} ({r})" for f, r in zip(found, right, strict=True))
        + " |"
    )
    print(
        "\nright / found per split: "
        + "; ".join(
            n + " " + ", ".join(f"{len(by[c][n].matched)}/{by[c][n].found}" for c in cols)
            for n in names
        )
    )
    best = max(cols[1:], key=lambda c: statistics.mean(by[c][n].f1 for n in names))
    pair = next(p for p in pairs if f"{p[0]:.2f} / {p[1]:.2f}" == best)
    print(f"best pair: {pair}")
    if reread:
        reread_splits(folders, rows, names, pair, pair_s)
    regions(splits, rows, pair, pair_s)


def reread_splits(
    folders: Sequence[Path],
    rows: dict[str, list[Row]],
    names: list[str],
    pair: tuple[float, float],
    pair_s: tuple[float, float],
) -> None:
    """Leave one split out as extraction runs the chooser: every split read again with it."""
    out: dict[str, Scores] = {}
    for f in folders:
        name = "seed" if f.name == "corpus" else f.name
        others = [n for n in names if n != name]
        chooser = fit_chooser([r for n in others for r in rows[n]], pair, others)
        splits = read_all(folders, chooser, record=False)
        left = next(s for s in splits if s.name == name)
        train = [r for s in splits if s.name != name for r in labelled(s)]
        out[name] = left.scores(_keep(fit(train, pair_s[0], others, pair_s[1]), pair_s))
        print(
            f"reread {name}: {_cells(out[name])} "
            f"({out[name].found} found, {len(out[name].matched)} right)",
            flush=True,
        )
    mean = statistics.mean(s.f1 for s in out.values())
    print(f"reread mean left-out F1 at {pair}: {mean:.4f}")


def regions(
    splits: list[Split],
    rows: dict[str, list[Row]],
    pair: tuple[float, float],
    pair_s: tuple[float, float],
) -> None:
    """Leave one region group out, pooled (after reading)."""
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    sums = {"rules": [0, 0, 0], "chosen": [0, 0, 0]}
    for g in groups:
        for label, chooser in (("rules", None), ("chosen", "fit")):
            if chooser is None:
                apply_after_reading(splits, None)
            else:
                opts = [r for rs in rows.values() for r in rs if r[1] != g]
                apply_after_reading(splits, fit_chooser(opts, pair, ["all but " + g]))
            train = [row for s in splits for row in labelled(s) if region_of[(s.name, row[0])] != g]
            keep = _keep(fit(train, pair_s[0], ["all but " + g], pair_s[1]), pair_s)
            acc = sums[label]
            for s in splits:
                if not any(r == g for _, r, _ in s.documents):
                    continue
                sc = s.scores(keep, g) if s.gold.regions else s.scores(keep)
                acc[0] += sc.gold
                acc[1] += sc.found
                acc[2] += len(sc.matched)
    apply_after_reading(splits, None)
    print(f"\n## leave one region group out ({len(groups)} groups, pooled, chooser at {pair})\n")
    for k, (gold, found, hit) in sums.items():
        print(
            f"{k}: {found} found, {hit} right of {gold} gold: "
            f"P {hit / found:.3f} R {hit / gold:.3f} F1 {_f(sums[k]):.4f}"
        )


def train(folders: Sequence[Path], pair: tuple[float, float], output: Path) -> None:
    """Fit on every tuning set and write the chooser."""
    splits = read_all(folders, None, record=True)
    rows = [r for s in splits for r in option_rows(s)]
    chooser = fit_chooser(rows, pair, [s.name for s in splits])
    output.write_text(dump(chooser), encoding="utf-8")
    print(f"wrote {output} ({chooser.examples} options, thresholds {pair})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("validate", "regions", "train"))
    parser.add_argument("--add", type=float, default=0.6)
    parser.add_argument("--drop", type=float, default=0.0)
    parser.add_argument("--only", action="store_true", help="validate: only --add / --drop")
    parser.add_argument("--reread", action="store_true", help="validate: read again per fold")
    parser.add_argument(
        "--fold", action="append", default=[], help="validate: only these splits left out"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    folders = args.folders or DEFAULT
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    pair = (args.add, args.drop)
    if args.command == "validate":
        validate(folders, args.reread, pair if args.only else None, args.fold)
    elif args.command == "regions":
        splits = read_all(folders, None, record=True)
        regions(splits, {s.name: option_rows(s) for s in splits}, pair, scorer_pair())
    else:
        train(folders, pair, args.output)


if __name__ == "__main__":
    main()
