"""A learned sentence-level event detector on the tuning sets: where recall goes, left-out
figures, and the shipped file.

    .venv/bin/python bench/event_detector.py recall      # where each gold event is lost
    .venv/bin/python bench/event_detector.py validate    # leave one split / region group out
    .venv/bin/python bench/event_detector.py train       # write data/event_detector.json

Every document of the tuning sets (bench/extraction.py's DEFAULT; the held-out split
is never read) is read with the candidates' log and every sentence's detector features
(:mod:`timeline.extract.detector`). A sentence is positive when the evidence of a gold
event of its document lies in it; its class is that event's kind class.

* ``recall``: per set, each gold event by where it is lost: found end to end (the
  shipped scorer), a candidate matches it but is not chosen, the candidates of its kind
  class in its document miss only its date, only its participants, or both, or none of
  its class; and how many have no candidate at all in the sentence of their evidence.
* ``validate``: for each split left out (then each region group), the detector and the
  kind classifier are fitted on the others' sentences, every candidate-less sentence of
  every split gets the candidate the fold's detector proposes where it fires (its class,
  its probability band), the event scorer is fitted on the others' candidates and
  scores the left-out split end to end; beside it the same scorer without any detected
  candidate. For each detector threshold of :data:`FIRE_THRESHOLDS`.
* ``train``: fits the detector on every tuning set and writes it; then retrain the
  scorer (``bench/event_scorer.py train``), which reads with the shipped detector.

Reading proposes a candidate in every sentence without one (``propose_all``), at the
kind of a first detector fitted on all sets; each fold re-kinds and re-bands these
candidates with its own detector and keeps only those it fires on, so nothing of the
left-out split reaches the models that judge it. (A re-kinded candidate keeps the
participants read for the first kind: a visit's host roles may differ, which the
matching ignores.)
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_scorer as es
from extraction import DEFAULT, HELD_OUT, gold_for

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate, add_repetition
from timeline.extract.detector import DETECTOR_FILE, EventDetector
from timeline.extract.evaluate import GoldSet, kind_class, load_gold_set, matches
from timeline.extract.pipeline import ReadDocument, read_document
from timeline.extract.scorer import EventScorer
from timeline.model import ActorType, EventKind

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/timeline/data" / DETECTOR_FILE
#: Detector probabilities from which a candidate is proposed, tried on left-out scores.
FIRE_THRESHOLDS = (0.35, 0.5)
#: scikit-learn's C for the detector and the kind classifier.
REGULARIZATION = 0.5
#: The fewest training sentences a word or pair must occur in to be a feature.
MIN_COUNT = 4
#: Weights smaller than this (in absolute value) are pruned from the file.
PRUNE = 0.02
#: The scorer's threshold to add a candidate the rules drop (the shipped one).
ADD_AT = 0.42

Row = tuple[str, int, dict[str, float], int, str]  # doc id, sentence index, features, label, class


@dataclass
class Detected:
    """A candidate proposed by the reader's detector, and what it was built with."""

    candidate: Candidate
    draft: Any
    build: Any
    sentence: tuple[str, int]


def evidence_sentences(gold: GoldSet, read: ReadDocument, doc_id: str) -> dict[int, list[Any]]:
    """The gold events of a document (its first) by the index of their evidence's sentence."""
    doc = read.reader.doc
    body = [s for s in doc.sentences if not getattr(s, "heading", False)]
    out: dict[int, list[Any]] = {}
    for g in gold.events:
        if g.documents[0] != doc_id or not g.evidence:
            continue
        at = doc.text.find(g.evidence)
        if at < 0:
            continue
        for i, s in enumerate(body):
            if s.start <= at < s.end:
                out.setdefault(i, []).append(g)
                break
    return out


def sentence_rows(split: es.Split) -> list[Row]:
    """Every sentence of a split with its features, label and class (by its first gold
    event's kind class; "none" when negative)."""
    rows: list[Row] = []
    for doc_id, _, read in split.documents:
        told = evidence_sentences(split.gold, read, doc_id)
        for index, _, features in read.reader.sentence_features or []:
            events = told.get(index, [])
            cls = kind_class(events[0].kind) if events else "none"
            rows.append((doc_id, index, features, int(bool(events)), cls))
    return rows


def _vocabulary(rows: Sequence[Row]) -> list[str]:
    counts: Counter[str] = Counter(f for r in rows for f in r[2])
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def _fit(x: Any, y: Sequence[Any]) -> Any:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=REGULARIZATION, solver="lbfgs", max_iter=5000, tol=1e-8)
    return model.fit(x, y)


def _matrix(rows: Sequence[Row], names: list[str]) -> Any:
    from scipy.sparse import csr_matrix

    column = {n: i for i, n in enumerate(names)}
    data, indices, indptr = [], [], [0]
    for r in rows:
        cols = sorted(column[f] for f in r[2] if f in column)
        indices += cols
        data += [1.0] * len(cols)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(names)))


def fit_detector(rows: Sequence[Row], sets: list[str], threshold: float) -> EventDetector:
    """The detector and kind classifier fitted on these sentences (deterministic: sorted
    rows and vocabulary, lbfgs), weights pruned and rounded."""
    rows = sorted(rows, key=lambda r: (r[0], r[1]))
    names = _vocabulary(rows)
    model = _fit(_matrix(rows, names), [r[3] for r in rows])
    kept = [(n, round(float(w), 4)) for n, w in zip(names, model.coef_[0], strict=True)]
    kept = [(n, w) for n, w in kept if abs(w) >= PRUNE]
    positives = [r for r in rows if r[3]]
    classes = sorted({r[4] for r in positives})
    kinds = _class_kinds(classes)
    kinder = _fit(_matrix(positives, names), [r[4] for r in positives])
    # scikit-learn orders classes as sorted: the same order as ``classes``
    assert list(kinder.classes_) == classes
    rows_w = []
    for i, n in enumerate(names):
        ws = [round(float(kinder.coef_[c][i]), 4) for c in range(len(classes))]
        if max(abs(w) for w in ws) >= PRUNE:
            rows_w.append((n, ws))
    return EventDetector(
        description="Logistic regression (does the sentence tell an event?) and multinomial "
        "regression (its kind class) over sentence features (bench/event_detector.py).",
        features=[n for n, _ in kept],
        weights=[w for _, w in kept],
        intercept=round(float(model.intercept_[0]), 4),
        trained_on=sets,
        trained=datetime.now(UTC).date(),
        examples=len(rows),
        regularization=REGULARIZATION,
        threshold=threshold,
        classes=classes,
        class_kinds=kinds,
        class_features=[n for n, _ in rows_w],
        class_weights=[ws for _, ws in rows_w],
        class_intercepts=[round(float(b), 4) for b in kinder.intercept_],
    )


#: The kind a candidate of each class takes: the class's most frequent kind in the gold.
_CLASS_KIND = {"gathering": EventKind.meeting, "document": EventKind.signing}


def _class_kinds(classes: list[str]) -> list[EventKind]:
    return [_CLASS_KIND.get(c) or EventKind(c) for c in classes]


def read_all(folders: Sequence[Path], **options: Any) -> list[es.Split]:
    """Every tuning set read with the candidates' log and the sentences' features."""
    out = []
    for folder in folders:
        if folder.resolve() in {h.resolve() for h in HELD_OUT}:
            raise SystemExit(f"{folder} is held out: not read here")
        gold = load_gold_set(gold_for(folder))
        name = "seed" if folder.name == "corpus" else folder.name
        docs = [
            (
                d.id,
                gold.regions.get(d.id, name),
                read_document(d, offer_dates=True, record_sentences=True, **options),
            )
            for d in read_corpus([folder])
            if d.id in gold.documents()
        ]
        out.append(es.Split(name, gold, docs))
    return out


class Proposals:
    """The detected candidates of every split, re-kinded and filtered by one detector."""

    def __init__(self, splits: Sequence[es.Split]) -> None:
        self.splits = splits
        self.all: dict[int, list[Candidate]] = {}
        self.detected: list[Detected] = []
        self.features: dict[tuple[str, int], dict[str, float]] = {}
        self.variants: dict[int, tuple[Any, Any]] = {}
        for s in splits:
            for doc_id, _, read in s.documents:
                self.all[id(read)] = list(read.candidates)
                for index, _, f in read.reader.sentence_features or []:
                    self.features[(doc_id, index)] = f
                for c in read.candidates:
                    if c.fate == "detected" and c.base is None:
                        key = (doc_id, c.sentence_index)
                        self.detected.append(Detected(c, c.draft, c.build, key))
                    elif c.base is not None and c.base.fate == "detected":
                        self.variants[id(c)] = (c.draft, c.build)
        # the labels of the rules' candidates (they do not change), and for each document
        # the gold events a kept candidate or the rules' output match
        self.labels: dict[int, bool] = {}
        self.found: dict[int, tuple[list[Any], set[int]]] = {}
        for s in splits:
            for doc_id, _, read in s.documents:
                gold = [g for g in s.gold.events if doc_id in g.documents]
                rules = [c for c in read.candidates if (c.base or c).fate != "detected"]
                before = list(read.candidates)
                assert read.reader.candidates is not None
                read.reader.candidates[:] = rules
                for (_, _c, label), own in zip(s._labelled(doc_id, read), rules, strict=True):
                    self.labels[id(own)] = label
                read.reader.candidates[:] = before
                output_found = {
                    id(g) for g in gold if any(c.kept and matches(g, c.event) for c in rules)
                }
                self.found[id(read)] = (gold, output_found | self._output_found(gold, read))

    @staticmethod
    def _output_found(gold: list[Any], read: ReadDocument) -> set[int]:
        from timeline.extract.coreference import has_both_sides
        from timeline.merge import merge_events

        output = merge_events(read.mentions(fold=False)[0], keep=has_both_sides).events
        return {id(g) for g in gold if any(matches(g, e) for e in output)}

    def rows(
        self, split: es.Split, region: str | None = None, other_regions: bool = False
    ) -> list[tuple[str, Candidate, bool]]:
        """(document id, candidate, label) of a split's candidates as chosen by :meth:`use`
        (of one region group's documents, or of all others with ``other_regions``)."""
        out = []
        for doc_id, doc_region, read in split.documents:
            if region is not None and (doc_region == region) == other_regions:
                continue
            gold, found = self.found[id(read)]
            for c in read.candidates:
                if (c.base or c).fate != "detected":
                    label = self.labels[id(c)]
                else:
                    label = any(id(g) not in found and _draft_matches(g, c.draft) for g in gold)
                out.append((doc_id, c, label))  # features are renewed, never changed
        return out

    def judge(self, detector: EventDetector) -> dict[int, tuple[float, EventKind]]:
        """Each detected candidate's probability and kind under ``detector``."""
        out = {}
        for d in self.detected:
            f = self.features[d.sentence]
            out[id(d.candidate)] = (detector.probability(f), detector.kind_of(f))
        return out

    def use(
        self,
        detector: EventDetector | None,
        judged: dict[int, tuple[float, EventKind]] | None = None,
    ) -> None:
        """Keep the detected candidates ``detector`` fires on, of its class and band (None:
        none; ``judged``: its :meth:`judge`, computed once for several thresholds), and
        recompute every candidate's features."""
        chosen: set[int] = set()
        if detector is not None:
            judged = judged if judged is not None else self.judge(detector)
            for d in self.detected:
                c = d.candidate
                p, kind = judged[id(c)]
                if p < detector.threshold:
                    continue
                c.detector = p
                c.draft = replace(d.draft, kind=kind)
                build = d.build
                c.build = lambda b=build, k=kind: b().model_copy(update={"kind": k})
                chosen.add(id(c))
        for s in self.splits:
            s._rows.clear()
            for _, _, read in s.documents:
                keep = [
                    c
                    for c in self.all[id(read)]
                    if (c.base or c).fate != "detected" or id(c.base or c) in chosen
                ]
                for c in keep:
                    if c.base is not None and id(c.base) in chosen:
                        draft, build = self.variants[id(c)]
                        c.draft, c.build = replace(draft, kind=c.base.draft.kind), build
                assert read.reader.candidates is not None
                read.reader.candidates[:] = keep
                add_repetition(read.reader.candidates)


def _draft_matches(g: Any, draft: Any) -> bool:
    """:func:`matches` for a candidate of the document not built yet (its draft)."""
    if kind_class(g.kind) != kind_class(draft.kind):
        return False
    if draft.date.start < g.date.start or g.date.end < draft.date.end:
        return False
    return bool(g.actors <= {p.id for p in draft.participants if p.type is not ActorType.person})


def _keep(scorer: EventScorer) -> Callable[[Candidate], bool]:
    return lambda c: scorer.keeps(c.features)


def validate(splits: list[es.Split], thresholds: Sequence[float]) -> None:
    """Leave one split out, then one region group out: the scorer without detected
    candidates and with those of a detector fitted without the split (or group)."""
    names = [s.name for s in splits]
    sentences = {s.name: sentence_rows(s) for s in splits}
    proposals = Proposals(splits)
    rules = {s.name: s.scores(None) for s in splits}
    base: dict[str, es.Scores] = {}
    with_d: dict[float, dict[str, es.Scores]] = {t: {} for t in thresholds}
    ins: dict[float, dict[str, es.Scores]] = {t: {} for t in thresholds}
    for s in splits:
        others = [n for n in names if n != s.name]
        proposals.use(None)
        train = [r for o in splits if o.name != s.name for r in proposals.rows(o)]
        base[s.name] = s.scores(_keep(es.fit(train, ADD_AT, others)))
        detector = fit_detector([r for n in others for r in sentences[n]], others, 0.5)
        judged = proposals.judge(detector)
        for t in thresholds:
            proposals.use(detector.model_copy(update={"threshold": t}), judged)
            train = [r for o in splits if o.name != s.name for r in proposals.rows(o)]
            with_d[t][s.name] = s.scores(_keep(es.fit(train, ADD_AT, others)))
        print(
            f"  {s.name}: base {base[s.name].f1:.3f} "
            + " ".join(f"{t}: {with_d[t][s.name].f1:.3f}" for t in thresholds),
            flush=True,
        )
    full = fit_detector([r for n in names for r in sentences[n]], names, 0.5)
    judged = proposals.judge(full)
    for t in thresholds:
        proposals.use(full.model_copy(update={"threshold": t}), judged)
        scorer = es.fit([r for o in splits for r in proposals.rows(o)], ADD_AT, names)
        for s in splits:
            ins[t][s.name] = s.scores(_keep(scorer))

    def mean(by: dict[str, es.Scores]) -> float:
        return statistics.mean(by[n].f1 for n in names)

    def pooled(by: dict[str, es.Scores]) -> str:
        found = sum(by[n].found for n in names)
        hit = sum(len(by[n].matched) for n in names)
        gold = sum(by[n].gold for n in names)
        return f"{hit} right of {found} found (P {hit / found:.3f} / R {hit / gold:.3f})"

    print(f"\n## leave one split out: mean F1 (scorer at {ADD_AT:.2f})\n")
    print(f"rules {mean(rules):.4f} {pooled(rules)}")
    print(f"scorer, no detector {mean(base):.4f} {pooled(base)}")
    for t in thresholds:
        worst = min(with_d[t][n].f1 - base[n].f1 for n in names)
        worst_n = min(names, key=lambda n: with_d[t][n].f1 - base[n].f1)
        print(
            f"detector from {t:.2f}: left out {mean(with_d[t]):.4f} {pooled(with_d[t])}, "
            f"worst {worst:+.3f} ({worst_n}); in-sample {mean(ins[t]):.4f} {pooled(ins[t])}"
        )
    print(
        "\n| left-out split | gold | rules | scorer | "
        + " | ".join(f"+ detector from {t:.2f}" for t in thresholds)
        + " |"
    )
    print("| --- | ---: | ---: | ---: |" + " ---: |" * len(thresholds))
    for n in names:
        cells = " | ".join(es._f1(with_d[t][n]) for t in thresholds)
        print(f"| {n} | {rules[n].gold} | {rules[n].f1:.3f} | {es._f1(base[n])} | {cells} |")
    proposals.use(None)
    return None


def regions(splits: list[es.Split], thresholds: Sequence[float]) -> None:
    """Leave one region group out, pooled: the scorer without and with the detector."""
    sentences = {s.name: sentence_rows(s) for s in splits}
    proposals = Proposals(splits)
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    cols = ["rules", "scorer", *(f"+ detector from {t:.2f}" for t in thresholds)]
    sums = {c: [0, 0, 0] for c in cols}
    for g in groups:
        train_s = [r for n, rs in sentences.items() for r in rs if region_of[(n, r[0])] != g]
        detector = fit_detector(train_s, ["all but " + g], 0.5)
        judged = proposals.judge(detector)
        runs: list[tuple[str, EventDetector | None]] = [("scorer", None)]
        runs += [
            (f"+ detector from {t:.2f}", detector.model_copy(update={"threshold": t}))
            for t in thresholds
        ]
        for name, d in runs:
            proposals.use(d, judged)
            train = [row for s in splits for row in proposals.rows(s, g, other_regions=True)]
            keep = _keep(es.fit(train, ADD_AT, ["all but " + g]))
            for s in splits:
                if not any(r == g for _, r, _ in s.documents):
                    continue
                for label, k in ((name, keep), ("rules", None)):
                    if label == "rules" and name != "scorer":
                        continue
                    sc = s.scores(k, g) if s.gold.regions else s.scores(k)
                    acc = sums[label]
                    acc[0] += sc.gold
                    acc[1] += sc.found
                    acc[2] += len(sc.matched)
        print(f"  {g}: " + ", ".join(f"{c} {sums[c][2]}/{sums[c][1]}" for c in cols), flush=True)
    proposals.use(None)
    print(f"\n## leave one region group out ({len(groups)} groups, pooled)\n")
    for k, (gold, found, hit) in sums.items():
        print(
            f"{k}: {found} found, {hit} right of {gold} gold: P {hit / found:.3f} "
            f"R {hit / gold:.3f} F1 {2 * hit / (gold + found):.4f}"
        )


def recall(splits: list[es.Split]) -> None:
    """Per set: where each gold event is lost (see the module's docstring)."""
    from timeline.extract.scorer import shipped_scorer

    scorer = shipped_scorer()
    assert scorer is not None
    cols = (
        "found",
        "candidate not chosen",
        "wrong date",
        "wrong participants",
        "wrong both",
        "no candidate of its class",
    )
    print("| set | gold | " + " | ".join(cols) + " | no candidate in its sentence |")
    print("| --- | ---: |" + " ---: |" * (len(cols) + 1))
    totals: Counter[str] = Counter()
    for s in splits:
        sc = s.scores(_keep(scorer))
        found = {id(g) for g, _ in sc.matched}
        counts: Counter[str] = Counter()
        for doc_id, _, read in s.documents:
            told = evidence_sentences(s.gold, read, doc_id)
            where = {id(g): i for i, gs in told.items() for g in gs}
            with_candidate = {c.sentence_index for c in read.candidates}
            for g in (g for g in s.gold.events if g.documents[0] == doc_id):
                counts["gold"] += 1
                if id(g) in where and where[id(g)] not in with_candidate:
                    counts["empty"] += 1
                cs = [c for c in read.candidates if kind_class(c.draft.kind) == kind_class(g.kind)]
                if id(g) in found:
                    counts["found"] += 1
                elif any(matches(g, c.event) for c in cs):
                    counts["candidate not chosen"] += 1
                else:
                    dated = [
                        c
                        for c in cs
                        if g.date.start <= c.draft.date.start and c.draft.date.end <= g.date.end
                    ]
                    sided = [c for c in cs if g.actors <= _sides(c)]
                    if not cs:
                        counts["no candidate of its class"] += 1
                    elif dated and not sided:
                        counts["wrong participants"] += 1
                    elif sided and not dated:
                        counts["wrong date"] += 1
                    else:  # neither, or each right in a different candidate
                        counts["wrong both"] += 1
        totals.update(counts)
        n = counts["gold"]
        cells = " | ".join(f"{counts[c]}" for c in cols)
        print(f"| {s.name} | {n} | {cells} | {counts['empty']} |")
    n = totals["gold"]
    cells = " | ".join(f"{totals[c]} ({totals[c] / n:.2f})" for c in cols)
    print(f"| all | {n} | {cells} | {totals['empty']} ({totals['empty'] / n:.2f}) |")


def _sides(c: Candidate) -> set[str]:
    out = set()
    for p in c.draft.participants:
        out.add(p.id if p.type is not ActorType.person else (p.country or p.id))
    return out


def dump(detector: EventDetector) -> str:
    """The detector as deterministic JSON (fixed key order, one feature per line)."""
    return json.dumps(detector.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("recall", "validate", "regions", "train"))
    parser.add_argument("--threshold", type=float, default=0.5, help="detector: fire from")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="for train")
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    folders = args.folders or DEFAULT
    print(f"Python {platform.python_version()} on {platform.machine()}, one process", flush=True)
    if args.command == "recall":
        recall(read_all(folders))
        return
    first = read_all(folders)
    names = [s.name for s in first]
    rows = [r for s in first for r in sentence_rows(s)]
    detector = fit_detector(rows, names, args.threshold)
    if args.command == "train":
        args.output.write_text(dump(detector), encoding="utf-8")
        positives = sum(r[3] for r in rows)
        print(
            f"wrote {args.output} ({len(rows)} sentences, {positives} positive, "
            f"{len(detector.features)} features)"
        )
        return
    splits = read_all(folders, detector=detector, propose_all=True)
    if args.command == "validate":
        validate(splits, FIRE_THRESHOLDS)
    else:
        regions(splits, FIRE_THRESHOLDS)


if __name__ == "__main__":
    main()
