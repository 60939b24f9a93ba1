"""The learned choice of participants (:mod:`timeline.extract.participant_choice`), measured
on the tuning sets and fitted.

    .venv/bin/python bench/participant_choice.py validate   # leave one split / region out
    .venv/bin/python bench/participant_choice.py train --add 0.5   # the shipped file

Every document of the tuning sets (bench/extraction.py's DEFAULT) is read once with the
candidates' log and each candidate's actor options recorded, the rules choosing alone
(bench/event_scorer.py's :func:`read_split`, whose reading and scoring functions are
imported here). An option is labelled for a candidate that matches a gold event of its
document on kind class and date (:func:`timeline.extract.evaluate.matches` without the
participants): right when it is a key participant of that gold event (of several, the
one sharing most sides with the rules' choice).

* ``validate``: for each split left out, as extraction runs: the event scorer fitted on
  the other splits with the rules' participants, and scoring the split left out (the
  baseline); the add threshold chosen among :data:`ADD_THRESHOLDS` by an inner loop over
  the other splits alone (:func:`inner_threshold`); then the chooser fitted on the other
  splits' options at that threshold, every split read again with it, the event scorer
  refitted on the other splits as chosen, and the split left out scored end to end.
  Readings are shared between choosers where that is exact (:class:`Readings`). Also
  printed: the threshold the same inner loop picks over every split, for the shipped file.
* ``regions``: region groups left out (``--per-fold`` of them at a time), pooled, at
  ``--add``.
* ``refit``: two choosers compared, both left out as extraction runs (each split, then
  region groups ``--per-fold`` at a time), each at the shipped file's add threshold, the
  event scorer refitted without the part left out. ``--arms sets``: one fitted as the
  shipped file was (its scopes and features, on the sets of its ``trained_on``), one on
  every tuning set with every feature, the split or groups left out of both;
  ``--arms scopes``: one with the shipped file's scopes (no "elsewhere" options or
  features), one with the "elsewhere" scope too, both fitted on every tuning set but the
  part left out. First printed: the options
  of a member of an organization the rules chose, named outside the clause
  (:data:`~timeline.extract.participant_constraints.MEMBER_OF_CHOSEN`), per split: how many,
  how many gold keeps, how many the shipped file and a refit without the feature add.
* ``train``: fits on every tuning set and writes ``src/timeline/data/participant_choice.json``
  deterministically (the same file twice), with the shipped file's scopes (``--elsewhere``:
  the "elsewhere" scope too).

The held-out split (bench/extraction.py's ``is_held_out``) is never read here.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_scorer import Keep, Split, fit, keep_at, read_split
from extraction import DEFAULT

from timeline.extract.detector import shipped_detector
from timeline.extract.evaluate import Scores, kind_class
from timeline.extract.participant_choice import (
    CHOOSER_FILE,
    ParticipantChooser,
    choice_feature_names,
    choosing,
    shipped_chooser,
)
from timeline.extract.participant_constraints import MEMBER_OF_CHOSEN
from timeline.extract.pipeline import ReadDocument, read_document
from timeline.extract.scorer import shipped_scorer

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/timeline/data" / CHOOSER_FILE
#: scikit-learn's C: inverse regularization strength.
REGULARIZATION = 1.0
#: The probabilities from which an option the rules left out joins, tried by the inner loop.
ADD_THRESHOLDS = (0.5, 0.6, 0.7)
#: The inner loop's folds (the training splits dealt round them).
INNER_FOLDS = 3
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


def without_elsewhere(rows: Sequence[Row]) -> list[Row]:
    """These rows without their "elsewhere" options (a chooser of the other scopes)."""
    out: list[Row] = []
    for doc, region, options, labels in rows:
        keep = [i for i, o in enumerate(options) if "scope:elsewhere" not in o]
        if keep:
            out.append((doc, region, [options[i] for i in keep], [labels[i] for i in keep]))
    return out


def fit_chooser(
    rows: Sequence[Row],
    pair: tuple[float, float],
    sets: list[str],
    elsewhere: bool = True,
    features: Collection[str] | None = None,
) -> ParticipantChooser:
    """A logistic regression over these options, as a :class:`ParticipantChooser` (the
    options as a sparse matrix: a few of the features are set in each); without
    ``elsewhere``, over the other scopes' options and features alone; with ``features``,
    over those features alone (an option's others are left out: a file fitted as an older
    one was, without a feature it did not know)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    names = choice_feature_names()
    if not elsewhere:
        rows = without_elsewhere(rows)
        names = [n for n in names if "elsewhere" not in n]
    if features is not None:
        names = [n for n in names if n in features]
    column = {n: i for i, n in enumerate(names)}
    values: list[float] = []
    columns: list[int] = []
    starts = [0]
    for _, _, options, _ in rows:
        for option in options:
            for name, value in option.items():
                if name in column:
                    columns.append(column[name])
                    values.append(value)
            starts.append(len(columns))
    x = csr_matrix((values, columns, starts), shape=(len(starts) - 1, len(names)))
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


class Readings:
    """Every document of the tuning sets read as extraction runs with a chooser.

    A document is read with the rules alone first, each candidate's options recorded
    (:func:`choosing` with ``record``). For another chooser, a reading of the document is
    reused when that chooser decides, on every candidate's recorded options, what the
    reading's own chooser decided: the chooser acts only through its decisions, so the
    reading it would make is the same, step by step (exact, not an approximation); else
    the document is read again with it, and that reading is kept too. The choosers fitted
    without one split or region group mostly agree, so most documents are read once or
    twice.
    """

    def __init__(self, folders: Sequence[Path]) -> None:
        self.splits = read_all(folders, None, record=True)
        #: Per document (split, id): its readings, each with the decisions it was read with.
        self._readings: dict[tuple[str, str], list[tuple[ReadDocument, Decisions]]] = {
            (s.name, d): [(read, {})] for s in self.splits for d, _, read in s.documents
        }
        self._labels: dict[int, list[Any]] = {}
        self.reread = 0

    def split(self, name: str, chooser: ParticipantChooser | None) -> Split:
        """The split ``name`` as extraction reads it with ``chooser`` (None: the rules)."""
        s = next(s for s in self.splits if s.name == name)
        docs = [(d, region, self.read(name, d, chooser)) for d, region, _ in s.documents]
        return Split(s.name, s.gold, docs)

    def read(self, name: str, doc_id: str, chooser: ParticipantChooser | None) -> ReadDocument:
        """One document as extraction reads it with ``chooser``."""
        readings = self._readings[(name, doc_id)]
        for read, decided in readings:
            if decisions(read, chooser) == decided:
                return read
        with choosing(chooser, record=True):
            read = read_document(
                readings[0][0].reader.doc, offer_dates=True, detector=shipped_detector()
            )
        self.reread += 1
        readings.append((read, decisions(read, chooser)))
        return read

    def labelled(self, split: Split) -> list[Any]:
        """:meth:`Split.candidates` of a split of :meth:`split` (each reading labelled once)."""
        out = []
        for doc_id, _, read in split.documents:
            if id(read) not in self._labels:
                self._labels[id(read)] = split._labelled(doc_id, read)
            out += self._labels[id(read)]
        return out


#: What a chooser decided for each candidate of a reading (by event id): the sides it
#: added and those it dropped; a candidate it left as the rules chose it is not listed.
Decisions = dict[str, tuple[tuple[str, ...], frozenset[str]]]


def decisions(read: ReadDocument, chooser: ParticipantChooser | None) -> Decisions:
    """What ``chooser`` decides on the recorded options of every candidate of ``read``."""
    if chooser is None:
        return {}
    out: Decisions = {}
    for key, options in (read.reader.participant_options or {}).items():
        add, drop = chooser.decide(options)
        if add or drop:
            out[key] = (tuple(add), frozenset(drop))
    return out


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


def _at(chooser: ParticipantChooser, add: float) -> ParticipantChooser:
    return chooser.model_copy(update={"add_threshold": add})


def scored(
    readings: Readings,
    chooser: ParticipantChooser | None,
    train_names: Sequence[str],
    test_names: Sequence[str],
    pair_s: tuple[float, float],
    regions: Sequence[str] = (),
) -> list[Scores]:
    """The event scorer fitted on ``train_names`` read with ``chooser`` (without the
    documents of ``regions``, when given), then ``test_names`` read with it and scored end
    to end (each of ``regions`` apart, when given)."""
    train = []
    for n in train_names:
        s = readings.split(n, chooser)
        rows = readings.labelled(s)
        if regions:
            skip = {d for d, r, _ in s.documents if r in regions}
            rows = [row for row in rows if row[0] not in skip]
        train += rows
    keep = keep_at(fit(train, pair_s[0], list(train_names), pair_s[1]), pair_s)
    out = []
    for n in test_names:
        s = readings.split(n, chooser)
        if not regions:
            out.append(s.scores(keep))
        for g in regions:
            if any(r == g for _, r, _ in s.documents):
                out.append(s.scores(keep, g) if s.gold.regions else s.scores(keep))
    return out


def inner_threshold(
    readings: Readings,
    rows: dict[str, list[Row]],
    names: Sequence[str],
    keep_rules: Keep,
) -> tuple[float, dict[float, float]]:
    """The add threshold of :data:`ADD_THRESHOLDS` with the best mean F1 of ``names`` left
    out :data:`INNER_FOLDS` at a time (an inner loop: the chooser fitted without the inner
    fold's splits; the event scorer ``keep_rules``, fitted once on the rules' participants
    of all of ``names``). Ties go to the higher threshold."""
    f1: dict[float, list[float]] = {t: [] for t in ADD_THRESHOLDS}
    for i in range(INNER_FOLDS):
        inner = names[i::INNER_FOLDS]
        others = [n for n in names if n not in inner]
        chooser = fit_chooser([r for n in others for r in rows[n]], (1.0, 0.0), others)
        for t in ADD_THRESHOLDS:
            f1[t] += [readings.split(n, _at(chooser, t)).scores(keep_rules).f1 for n in inner]
    means = {t: statistics.mean(v) for t, v in f1.items()}
    best = max(ADD_THRESHOLDS, key=lambda t: (round(means[t], 4), t))
    return best, means


def validate(folders: Sequence[Path], folds: Sequence[str] = ()) -> None:
    """Leave one split out, as extraction runs (module docstring)."""
    readings = Readings(folders)
    names = [s.name for s in readings.splits]
    rows = {s.name: option_rows(s) for s in readings.splits}
    n_opts = sum(len(r[2]) for rs in rows.values() for r in rs)
    print(f"{sum(len(r) for r in rows.values())} candidates told by a gold event, {n_opts} options")
    pair_s = scorer_pair()
    by: dict[str, dict[str, Scores]] = {"rules": {}, "chosen": {}}
    chosen_at: dict[str, float] = {}
    top_f1: dict[float, list[float]] = {}
    for name in names:
        if folds and name not in folds:
            continue
        others = [n for n in names if n != name]
        train = [r for n in others for r in readings.labelled(readings.split(n, None))]
        keep_rules = keep_at(fit(train, pair_s[0], others, pair_s[1]), pair_s)
        by["rules"][name] = readings.split(name, None).scores(keep_rules)
        # the threshold of the shipped file: chosen the same way, over all the splits
        top = fit_chooser([r for n in others for r in rows[n]], (1.0, 0.0), others)
        for a in ADD_THRESHOLDS:
            top_f1.setdefault(a, []).append(readings.split(name, _at(top, a)).scores(keep_rules).f1)
        t, means = inner_threshold(readings, rows, others, keep_rules)
        chosen_at[name] = t
        chooser = _at(top, t)
        (by["chosen"][name],) = scored(readings, chooser, others, [name], pair_s)
        r, c = by["rules"][name], by["chosen"][name]
        inner = ", ".join(f"{k:.2f}: {v:.4f}" for k, v in means.items())
        print(
            f"{name}: rules {_cells(r)} ({len(r.matched)}/{r.found}), chosen from {t:.2f} "
            f"{_cells(c)} ({len(c.matched)}/{c.found}); inner means {inner}; top "
            + ", ".join(f"{a:.2f}: {v[-1]:.4f}" for a, v in top_f1.items())
            + f"; {readings.reread} documents read again so far",
            flush=True,
        )
    done = [n for n in names if n in by["chosen"]]
    print(f"\n## leave one split out, the scorer at {pair_s}, as extraction runs\n")
    print(
        "| left-out split | gold | rules: P / R / F1 | chosen: P / R / F1 | add from "
        "| right (found) | change |"
    )
    print("| --- | ---: | --- | --- | ---: | --- | ---: |")
    for n in done:
        r, c = by["rules"][n], by["chosen"][n]
        print(
            f"| {n} | {r.gold} | {_cells(r)} | {_cells(c)} | {chosen_at[n]:.2f} | "
            f"{len(r.matched)} ({r.found}) → {len(c.matched)} ({c.found}) | {c.f1 - r.f1:+.3f} |"
        )
    for k in by:
        gold = sum(by[k][n].gold for n in done)
        found = sum(by[k][n].found for n in done)
        hit = sum(len(by[k][n].matched) for n in done)
        print(
            f"{k}: mean F1 {statistics.mean(by[k][n].f1 for n in done):.4f}; pooled {hit} right "
            f"of {found} found, {gold} gold: P {hit / found:.3f} R {hit / gold:.3f} "
            f"F1 {_f([gold, found, hit]):.4f}"
        )
    tops = {a: statistics.mean(v) for a, v in top_f1.items()}
    print(
        "the shipped file's threshold (the same inner loop over every split): "
        + ", ".join(f"{a:.2f}: {v:.4f}" for a, v in tops.items())
        + f"; best {max(ADD_THRESHOLDS, key=lambda a: (round(tops[a], 4), a)):.2f}"
    )
    net = {n: len(by["chosen"][n].matched) - len(by["rules"][n].matched) for n in done}
    print(
        "matched events, net change per split: " + ", ".join(f"{n} {v:+d}" for n, v in net.items())
    )


def regions(folders: Sequence[Path], add: float, per_fold: int = 1) -> None:
    """Leave region groups out, pooled, as extraction runs: the chooser and the scorer
    fitted without the groups left out, the chooser adding from ``add`` (the shipped
    file's threshold, chosen by :func:`validate`'s inner loop over every split); with
    ``per_fold`` over 1, that many groups left out together (the sorted groups dealt
    round the folds), which costs a fit per fold instead of one per group."""
    readings = Readings(folders)
    names = [s.name for s in readings.splits]
    rows = {s.name: option_rows(s) for s in readings.splits}
    pair_s = scorer_pair()
    groups = sorted({r for s in readings.splits for _, r, _ in s.documents})
    n_folds = -(-len(groups) // per_fold)
    folds = [groups[i::n_folds] for i in range(n_folds)]
    sums = {"rules": [0, 0, 0], "chosen": [0, 0, 0]}
    for fold in folds:
        tests = [s.name for s in readings.splits if any(r in fold for _, r, _ in s.documents)]
        got = {}
        got["rules"] = scored(readings, None, names, tests, pair_s, fold)
        opts = [r for rs in rows.values() for r in rs if r[1] not in fold]
        chooser = fit_chooser(opts, (add, 0.0), ["all but " + ", ".join(fold)])
        got["chosen"] = scored(readings, chooser, names, tests, pair_s, fold)
        line = []
        for k, scores in got.items():
            acc = sums[k]
            for sc in scores:
                acc[0] += sc.gold
                acc[1] += sc.found
                acc[2] += len(sc.matched)
            line.append(
                f"{k} {sum(len(sc.matched) for sc in scores)}/{sum(sc.found for sc in scores)}"
            )
        print(
            f"{', '.join(fold)}: " + ", ".join(line) + f" ({readings.reread} read again)",
            flush=True,
        )
    print(
        f"\n## leave region groups out ({len(groups)} groups, {n_folds} folds, pooled, "
        f"chooser from {add})\n"
    )
    for k, (gold, found, hit) in sums.items():
        print(
            f"{k}: {found} found, {hit} right of {gold} gold: "
            f"P {hit / found:.3f} R {hit / gold:.3f} F1 {_f(sums[k]):.4f}"
        )


def _line(s: Scores) -> str:
    return f"{_cells(s)} ({len(s.matched)}/{s.found})"


def _pool(scores: Sequence[Scores]) -> list[int]:
    return [
        sum(s.gold for s in scores),
        sum(s.found for s in scores),
        sum(len(s.matched) for s in scores),
    ]


def member_class_counts(
    rows: dict[str, list[Row]], shipped: ParticipantChooser, refitted: ParticipantChooser
) -> None:
    """Count the options of :data:`MEMBER_OF_CHOSEN` (a member state of an organization
    the rules chose, named outside the trigger's clause) per split: how many, how many gold
    keeps, and how many the shipped file and ``refitted`` (fitted on every split, without
    the feature) would add, and how many of those gold keeps (in-sample)."""
    print(f"\n## {MEMBER_OF_CHOSEN!r}: options, kept by gold, added by a chooser (right)\n")
    print("| split | options | gold keeps | shipped adds (right) | refitted adds (right) |")
    print("| --- | ---: | ---: | --- | --- |")
    total = [0, 0, 0, 0, 0, 0]
    for name, split_rows in rows.items():
        n = [0, 0, 0, 0, 0, 0]
        for _, _, options, labels in split_rows:
            for features, label in zip(options, labels, strict=True):
                if MEMBER_OF_CHOSEN not in features or "scope:elsewhere" in features:
                    continue
                n[0] += 1
                n[1] += label
                for i, chooser in ((2, shipped), (4, refitted)):
                    if chooser.probability(features) >= chooser.add_threshold:
                        n[i] += 1
                        n[i + 1] += label
        total = [a + b for a, b in zip(total, n, strict=True)]
        if n[0]:
            print(f"| {name} | {n[0]} | {n[1]} | {n[2]} ({n[3]}) | {n[4]} ({n[5]}) |")
    t = total
    print(f"| **all** | {t[0]} | {t[1]} | {t[2]} ({t[3]}) | {t[4]} ({t[5]}) |\n", flush=True)


def refit(
    folders: Sequence[Path],
    per_fold: int,
    which: str,
    only: Sequence[str] = (),
    compare: str = "sets",
) -> None:
    """Compare two choosers left out (module docstring): ``compare`` is "sets" (the shipped
    file's training sets against every tuning set) or "scopes" (the shipped file's scopes
    against the "elsewhere" scope too); ``which`` is "splits", "regions" or "both";
    ``only``: these splits left out alone (all when empty)."""
    shipped = shipped_chooser()
    if shipped is None:
        raise SystemExit("no shipped participant choice to compare with")
    readings = Readings(folders)
    names = [s.name for s in readings.splits]
    rows = {s.name: option_rows(s) for s in readings.splits}
    # each arm: the sets it is fitted on (but the part left out), and whether with the
    # "elsewhere" scope
    shipped_sets = [n for n in names if n in shipped.trained_on]
    elsewhere = "scope:elsewhere" in shipped.features
    # each arm: its sets, its scopes, and its features (None: every feature the code
    # knows; "shipped sets" is fitted on the shipped file's features alone)
    arms: dict[str, tuple[list[str], bool, Collection[str] | None]] = (
        {
            "shipped sets": (shipped_sets, elsewhere, shipped.features),
            "all sets": (names, elsewhere, None),
        }
        if compare == "sets"
        else {"other scopes": (names, False, None), "elsewhere": (names, True, None)}
    )
    member_class_counts(
        rows,
        shipped,
        fit_chooser(
            [r for rs in rows.values() for r in rs],
            (shipped.add_threshold, shipped.drop_threshold),
            names,
            elsewhere,
            shipped.features,
        ),
    )
    pair_c = (shipped.add_threshold, shipped.drop_threshold)
    pair_s = scorer_pair()
    print(
        f"arms: {', '.join(f'{k} ({len(v[0])} sets)' for k, v in arms.items())}; chooser at "
        f"{pair_c}, event scorer at {pair_s}",
        flush=True,
    )
    if which in ("splits", "both"):
        by: dict[str, dict[str, Scores]] = {k: {} for k in arms}
        for name in names:
            if only and name not in only:
                continue
            others = [n for n in names if n != name]
            for arm, (sets, scope, features) in arms.items():
                train_on = [n for n in sets if n != name]
                train_rows = [r for n in train_on for r in rows[n]]
                chooser = fit_chooser(train_rows, pair_c, train_on, scope, features)
                (by[arm][name],) = scored(readings, chooser, others, [name], pair_s)
            print(
                f"{name}: "
                + "; ".join(f"{k} {_line(v[name])}" for k, v in by.items())
                + f" ({readings.reread} read again)",
                flush=True,
            )
        print("\n## leave one split out\n")
        print(
            "| left-out split | gold | "
            + " | ".join(f"{k}: P / R / F1 (right/found)" for k in arms)
            + " | change |"
        )
        print("| --- | ---: | " + " | ".join("---" for _ in arms) + " | ---: |")
        a, b = arms
        for n in by[a]:
            print(
                f"| {n} | {by[a][n].gold} | {_line(by[a][n])} | {_line(by[b][n])} | "
                f"{by[b][n].f1 - by[a][n].f1:+.4f} |"
            )
        for k in arms:
            pool = _pool(list(by[k].values()))
            print(
                f"{k}: mean F1 {statistics.mean(s.f1 for s in by[k].values()):.4f}; pooled "
                f"{pool[2]} right of {pool[1]} found, {pool[0]} gold, F1 {_f(pool):.4f}"
            )
        net = {n: len(by[b][n].matched) - len(by[a][n].matched) for n in by[a]}
        print(
            "matched events, net change per split: "
            + ", ".join(f"{n} {v:+d}" for n, v in net.items())
        )
    if which in ("regions", "both"):
        groups = sorted({r for s in readings.splits for _, r, _ in s.documents})
        n_folds = -(-len(groups) // per_fold)
        folds = [groups[i::n_folds] for i in range(n_folds)]
        got: dict[str, list[list[Scores]]] = {k: [] for k in arms}
        for fold in folds:
            tests = [s.name for s in readings.splits if any(r in fold for _, r, _ in s.documents)]
            for arm, (sets, scope, features) in arms.items():
                opts = [r for n in sets for r in rows[n] if r[1] not in fold]
                chooser = fit_chooser(opts, pair_c, ["all but " + ", ".join(fold)], scope, features)
                got[arm].append(scored(readings, chooser, names, tests, pair_s, fold))
            print(
                f"{', '.join(fold)}: "
                + "; ".join(
                    f"{k} {p[2]}/{p[1]} of {p[0]} F1 {_f(p):.4f}"
                    for k, v in got.items()
                    for p in [_pool(v[-1])]
                )
                + f" ({readings.reread} read again)",
                flush=True,
            )
        print(f"\n## leave region groups out ({len(groups)} groups, {n_folds} folds)\n")
        for k, v in got.items():
            pools = [_pool(f) for f in v]
            total = [sum(p[i] for p in pools) for i in range(3)]
            print(
                f"{k}: mean F1 of the folds {statistics.mean(_f(p) for p in pools):.4f}; pooled "
                f"{total[2]} right of {total[1]} found, {total[0]} gold, F1 {_f(total):.4f}"
            )


def train(
    folders: Sequence[Path], pair: tuple[float, float], output: Path, elsewhere: bool = False
) -> None:
    """Fit on every tuning set and write the chooser (with the "elsewhere" scope only when
    asked: the shipped file is without it)."""
    splits = read_all(folders, None, record=True)
    rows = [r for s in splits for r in option_rows(s)]
    chooser = fit_chooser(rows, pair, [s.name for s in splits], elsewhere)
    output.write_text(dump(chooser), encoding="utf-8")
    print(f"wrote {output} ({chooser.examples} options, thresholds {pair})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("validate", "regions", "refit", "train"))
    parser.add_argument("--add", type=float, default=0.6, help="regions, train: add from")
    parser.add_argument("--drop", type=float, default=0.0, help="train: drop under (0: never)")
    parser.add_argument(
        "--fold", action="append", default=[], help="validate, refit: only these splits left out"
    )
    parser.add_argument("--per-fold", type=int, default=1, help="regions: groups left out together")
    parser.add_argument(
        "--which", choices=("splits", "regions", "both"), default="both", help="refit: which folds"
    )
    parser.add_argument(
        "--arms",
        choices=("sets", "scopes"),
        default="sets",
        help="refit: the shipped file's sets against every set, or its scopes against "
        '"elsewhere" too',
    )
    parser.add_argument(
        "--elsewhere", action="store_true", help='train: with the "elsewhere" scope too'
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    folders = args.folders or DEFAULT
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    if args.command == "validate":
        validate(folders, args.fold)
    elif args.command == "refit":
        refit(folders, args.per_fold, args.which, args.fold, args.arms)
    elif args.command == "regions":
        regions(folders, args.add, args.per_fold)
    else:
        train(folders, (args.add, args.drop), args.output, args.elsewhere)


if __name__ == "__main__":
    main()
