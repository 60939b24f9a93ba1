"""A learned sentence-level event detector on the tuning sets: where recall goes, left-out
figures, and the shipped file.

    .venv/bin/python bench/event_detector.py train --output /tmp/first.json  # fit on every set
    .venv/bin/python bench/event_detector.py validate --first /tmp/first.json --part 1/2 # by split
    .venv/bin/python bench/event_detector.py regions --first /tmp/first.json --part 1/2 # by group
    .venv/bin/python bench/event_detector.py combine OUT1 OUT2 ...  # the table of the parts
    .venv/bin/python bench/event_detector.py threshold --first /tmp/first.json  # for the scorer
    .venv/bin/python bench/event_detector.py recall      # where each gold event is lost

Every document of the tuning sets (bench/extraction.py's DEFAULT; the held-out splits
are never read) is read with the candidates' log and every sentence's detector features
(:mod:`timeline.extract.detector`). A sentence is positive when the evidence of a gold
event of its document lies in it; its class is that event's kind class. The detector
is fitted on every sentence; it reads, in extraction, only a sentence without a rule's
candidate that names an actor and has a date expression
(:func:`~timeline.extract.detector.may_tell_an_event`), and proposes from :data:`FIRE_AT`.

* ``train``: fits the detector on every tuning set and writes it (by default
  ``data/event_detector.json``, which switches it on); then retrain the scorer
  (``bench/event_scorer.py train --threshold 0 --detected-threshold T``, T from
  ``threshold``), which reads with the shipped detector.
* ``validate``: for each split left out (``--part i/n`` or ``--only``: a share of them),
  the detector and the event scorer are fitted without it, the scorer's threshold for
  detected candidates chosen by an inner loop on the other splits alone
  (:func:`inner_threshold`), and the split is scored end to end: the rules, the scorer
  without any detected candidate (at the shipped thresholds, and at ``--also``), the
  scorer with the detector's. One ``fold:`` line of JSON per split.
* ``regions``: the same leaving region groups out, :data:`REGION_FOLDS` folds (the sorted
  groups dealt round them, as ``bench/date_choice.py regions`` deals them), each group
  scored alone and pooled per split.
* ``combine``: the table of the ``fold:`` lines of runs: per split P / R / F1, the mean
  over the splits, pooled, and the splits losing more than :data:`MAX_LOST` matched
  events, net.
* ``threshold``: the inner loop on every set: the threshold the shipped scorer takes.
* ``recall``: per set, each gold event by where it is lost: found end to end (the
  shipped scorer), a candidate matches it but is not chosen, the candidates of its kind
  class in its document miss only its date, only its participants, or both, or none of
  its class; and how many have no candidate at all in the sentence of their evidence.

The folds read with ``--first``, a detector fitted on every set, proposing a candidate in
every sentence it reads (``propose_all``) at that detector's strongest word; each fold
re-kinds and re-bands these candidates with its own detector and keeps only those it
fires on, so nothing of the left-out data reaches the models that judge it but where a
proposal stands. (A re-kinded candidate keeps the participants read for the first kind:
a visit's host roles may differ, which the matching ignores.)
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
from date_choice import PAIR as SHIPPED_PAIR
from extraction import DEFAULT, FRESH_FROM, gold_for, is_held_out

from timeline.corpus import read_corpus
from timeline.extract import detector_proposals
from timeline.extract.candidates import Candidate, add_repetition
from timeline.extract.detector import DETECTOR_FILE, EventDetector
from timeline.extract.detector_proposals import KIND_MARGIN
from timeline.extract.evaluate import (
    KIND_CLASSES,
    GoldSet,
    kind_class,
    load_gold_set,
    matches,
    score,
)
from timeline.extract.pipeline import ReadDocument, read_document
from timeline.extract.scorer import EventScorer, shipped_scorer
from timeline.model import ActorType, EventKind

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/timeline/data" / DETECTOR_FILE
#: The detector's probability from which it proposes a candidate (fixed beforehand: the
#: scorer's own threshold for detected candidates, chosen left out, does the rest).
FIRE_AT = 0.5
#: Thresholds of the scorer for detected candidates tried by :func:`inner_threshold`.
DETECTED_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: The inner loop's groups of training splits.
INNER = 3
#: The most matched events a left-out split may lose, net, for the detector to ship.
MAX_LOST = 2
#: Region-group folds (as the dates helper's ``bench/date_choice.py regions`` ran them).
REGION_FOLDS = 13
#: Other thresholds of the event scorer measured beside :data:`PAIR` (``--also``: the
#: "scorer also" column, without the detector), or None.
ALSO: tuple[float, float] | None = None
#: The scorer's threshold for detected candidates in the folds (``--detected-at``), or
#: None: chosen by :func:`inner_threshold` in each fold.
DETECTED_AT: float | None = None
#: A prefix of scorer features (``--new``): each fold fits the scorer of the detected
#: candidates without them ("detector") and with them ("detector, new").
NEW: str | None = None
#: Whether each fold judges the rivals both ways (``--rival-arms``, read with
#: ``--detected-variants``): "detector" without any rival, "detector, new" with them, both
#: with the fold's one detector and each with its own scorer.
RIVAL_ARMS = False
#: Whether each fold judges the detected candidates beside the rules' of other classes both
#: ways (``--beside-arms``, read with ``--beside-rules``): "detector" without them,
#: "detector, new" with them, one detector, each arm with its own scorer.
BESIDE_ARMS = False
#: Whether each fold counts the classes of the detected candidates' spurious events
#: (``--errors``, :func:`error_counts`).
ERRORS = False
#: scikit-learn's C for the detector and the kind classifier.
REGULARIZATION = 0.5
#: The fewest training sentences a word or pair must occur in to be a feature.
MIN_COUNT = 4
#: Weights smaller than this (in absolute value) are pruned from the file.
PRUNE = 0.02
#: scikit-learn's C and the pruning of the kinds' model (:func:`fit_kinds`). Fitted on the
#: detector's 35 sets and scored on the sentences of the 24 other tuning sets and wn dev
#: (2,036 sentences; thirty-fourth pass): right kind 0.881-0.892 for every C of 0.05-1.0
#: and either pruning, against 0.668 for the class's one kind; these keep the file small.
KINDS_REGULARIZATION = 0.2
KINDS_PRUNE = 0.1
#: The event scorer's thresholds (to add a candidate the rules drop, to drop one they
#: keep): the shipped ones (``bench/date_choice.py``'s :data:`PAIR`), or ``--at``.
PAIR = SHIPPED_PAIR
#: The tuning sets' names, in bench/extraction.py's order.
DEFAULT_NAMES = ["seed" if f.name == "corpus" else f.name for f in DEFAULT]

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


def kind_rows(split: es.Split) -> list[tuple[str, int, dict[str, float], EventKind]]:
    """Every sentence of a split that tells a gold event of a class of several kinds
    (:data:`~timeline.extract.evaluate.KIND_CLASSES`), with its features and that event's
    kind (its first gold event's, as :func:`sentence_rows` classes it)."""
    rows = []
    for doc_id, _, read in split.documents:
        told = evidence_sentences(split.gold, read, doc_id)
        for index, _, features in read.reader.sentence_features or []:
            events = told.get(index, [])
            if events and kind_class(events[0].kind) in KIND_CLASSES:
                rows.append((doc_id, index, features, events[0].kind))
    return rows


def fit_kinds(
    detector: EventDetector, rows: Sequence[tuple[str, int, dict[str, float], EventKind]]
) -> EventDetector:
    """``detector`` with its kinds' model (:attr:`EventDetector.kinds`) fitted on these
    sentences, every other weight as it is: a multinomial regression over the kinds of the
    classes of several kinds, on the features either model of the detector names
    (deterministic: sorted rows, lbfgs), weights rounded as the detector's and pruned
    below :data:`KINDS_PRUNE`."""
    rows = sorted(rows, key=lambda r: (r[0], r[1]))
    names = sorted({*detector.features, *detector.class_features})
    kinds = sorted({r[3] for r in rows}, key=lambda k: k.value)
    x = _matrix([(d, i, f, 1, "") for d, i, f, _ in rows], names)
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=KINDS_REGULARIZATION, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(x, [r[3].value for r in rows])
    # scikit-learn orders the classes as sorted: the same order as ``kinds``
    assert list(model.classes_) == [k.value for k in kinds]
    weights = []
    for i, n in enumerate(names):
        ws = [round(float(model.coef_[k][i]), 4) for k in range(len(kinds))]
        if max(abs(w) for w in ws) >= KINDS_PRUNE:
            weights.append((n, ws))
    return detector.model_copy(
        update={
            "kinds": kinds,
            "kind_features": [n for n, _ in weights],
            "kind_weights": [ws for _, ws in weights],
            "kind_intercepts": [round(float(b), 4) for b in model.intercept_],
        }
    )


#: The kind a candidate of each class takes: the class's most frequent kind in the gold.
_CLASS_KIND = {"gathering": EventKind.meeting, "document": EventKind.signing}


def _class_kinds(classes: list[str]) -> list[EventKind]:
    return [_CLASS_KIND.get(c) or EventKind(c) for c in classes]


def read_all(folders: Sequence[Path], **options: Any) -> list[es.Split]:
    """Every tuning set read with the candidates' log and the sentences' features (with
    ``bench/event_scorer.py``'s ``READ_RIVALS``, the rivals of each detected candidate, the
    second class whatever its margin: each fold's detector judges it, :meth:`Proposals.use`)."""
    if es.READ_BESIDE[0]:
        options = {**options, "beside_rules": True}
    if es.READ_RIVALS[0]:
        options = {**options, "detected_variants": True}
        detector_proposals.KIND_MARGIN = 1.0
    try:
        return _read_all(folders, **options)
    finally:
        detector_proposals.KIND_MARGIN = KIND_MARGIN


def _read_all(folders: Sequence[Path], **options: Any) -> list[es.Split]:
    out = []
    for folder in folders:
        if is_held_out(folder):
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

    def judge(self, detector: EventDetector) -> dict[int, tuple[float, list[EventKind]]]:
        """Each detected candidate's probability and kinds under ``detector``: its first
        class's, and its second's when within the reader's margin (a rival's)."""
        out = {}
        for d in self.detected:
            f = self.features[d.sentence]
            out[id(d.candidate)] = (detector.probability(f), detector.kinds_within(f, KIND_MARGIN))
        return out

    def use(
        self,
        detector: EventDetector | None,
        judged: dict[int, tuple[float, list[EventKind]]] | None = None,
        *,
        rivals: bool = True,
        beside: bool = True,
    ) -> None:
        """Keep the detected candidates ``detector`` fires on, of its class and band (None:
        none; ``judged``: its :meth:`judge`, computed once for several thresholds), and
        recompute every candidate's features. A rival of the second class takes the
        detector's second class, and is kept only when that is within the margin; without
        ``rivals``, no rival is kept (the candidates as read without them). A candidate
        beside the rules' (:attr:`Candidate.beside`) is kept only when its class is none of
        theirs (as the reader proposes it), and never without ``beside``."""
        chosen: set[int] = set()
        if detector is not None:
            judged = judged if judged is not None else self.judge(detector)
            for d in self.detected:
                c = d.candidate
                p, kinds = judged[id(c)]
                if p < detector.threshold or (c.rival and not rivals):
                    continue
                if c.beside and (not beside or kind_class(kinds[0]) in c.beside):
                    continue
                second = c.rival == "second class"
                if second and len(kinds) < 2:
                    continue
                kind = kinds[1] if second else kinds[0]
                if c.beside and kind_class(kind) in c.beside:
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


#: (split name, document id) -> whether that document's data may train a fold's models.
Scope = Callable[[str, str], bool]


def fit_detector_on(
    sentences: dict[str, list[Row]], scope: Scope, label: list[str]
) -> EventDetector:
    """The detector (proposing from :data:`FIRE_AT`) fitted on the sentences in ``scope``."""
    rows = [r for n, rs in sentences.items() for r in rs if scope(n, r[0])]
    return fit_detector(rows, label, FIRE_AT)


def fit_scorer_on(proposals: Proposals, scope: Scope, label: list[str]) -> EventScorer:
    """The event scorer (at :data:`PAIR`) fitted on the candidates in ``scope``, as
    :meth:`Proposals.use` left them."""
    rows = [r for s in proposals.splits for r in proposals.rows(s) if scope(s.name, r[0])]
    return es.fit(rows, PAIR[0], label, PAIR[1])


Counts = list[int]  # gold, found, right


class Scoring:
    """:meth:`es.Split.scores` with one scorer at several thresholds for detected candidates
    (None: none kept): each document's mentions kept by the detected candidates it keeps,
    so a threshold reads again only the documents whose choice it moves."""

    def __init__(self, scorer: EventScorer) -> None:
        self.scorer = scorer
        self._probability: dict[int, float] = {}
        self._mentions: dict[tuple[int, tuple[int, ...]], tuple[list[Any], list[Any]]] = {}

    def _p(self, c: Candidate) -> float:
        if id(c) not in self._probability:
            self._probability[id(c)] = self.scorer.probability(c.features)
        return self._probability[id(c)]

    def __call__(self, split: es.Split, detected_at: float | None, region: str | None) -> Counts:

        scorer = self.scorer.model_copy(
            update={"detected_threshold": detected_at if detected_at is not None else 0.999}
        )
        events, agreements = [], []
        for _, doc_region, read in split.documents:
            if region is not None and doc_region != region:
                continue
            detected = [c for c in read.candidates if c.features.get("fate:detected")]
            kept = tuple(
                id(c)
                for c in detected
                if detected_at is not None and self._p(c) >= scorer.threshold_for(c.features)
            )
            key = (id(read), kept)
            if key not in self._mentions:
                chosen = set(kept)

                def keep(c: Candidate, chosen: set[int] = chosen) -> bool:
                    if c.features.get("fate:detected"):
                        return id(c) in chosen
                    return self._p(c) >= scorer.threshold_for(c.features)

                self._mentions[key] = read.mentions(keep, rank=self._p)
            found = self._mentions[key]
            events += found[0]
            agreements += found[1]
        sc = split.score_mentions(events, agreements, region).scores
        return [sc.gold, sc.found, len(sc.matched)]


def _rules(split: es.Split, region: str | None) -> Counts:
    sc = split.scores(None, region)
    return [sc.gold, sc.found, len(sc.matched)]


def _add(acc: Counts, more: Counts) -> Counts:
    return [a + b for a, b in zip(acc, more, strict=True)]


def inner_threshold(
    training: Sequence[es.Split],
    sentences: dict[str, list[Row]],
    proposals: Proposals,
    scope: Scope,
) -> float | None:
    """The scorer's threshold for detected candidates, chosen without the data it is judged
    on: the ``training`` splits (their documents in ``scope``) dealt into :data:`INNER`
    groups; the detector and the scorer fitted without each group score it end to end at
    each of :data:`DETECTED_THRESHOLDS` and with no detected candidate; the threshold of the
    best pooled F1 over the groups (ties: the higher), None when none beats none kept."""
    groups = [training[i::INNER] for i in range(INNER)]
    sums: dict[float | None, Counts] = {t: [0, 0, 0] for t in (None, *DETECTED_THRESHOLDS)}
    for group in groups:
        names = {s.name for s in group}

        def inner(n: str, d: str, names: set[str] = names) -> bool:
            return scope(n, d) and n not in names

        proposals.use(fit_detector_on(sentences, inner, ["inner"]))
        scoring = Scoring(fit_scorer_on(proposals, inner, ["inner"]))
        for s in group:
            for t in sums:
                sums[t] = _add(sums[t], scoring(s, t, None))
    f1 = {t: round(es._f(v), 4) for t, v in sums.items()}
    best = max(DETECTED_THRESHOLDS, key=lambda t: (f1[t], t))
    print(f"  inner F1: {', '.join(f'{t}: {v:.4f}' for t, v in f1.items())}", flush=True)
    return best if f1[best] > f1[None] else None


def run_fold(
    splits: list[es.Split],
    sentences: dict[str, list[Row]],
    proposals: Proposals,
    left: Callable[[str, str, str], bool],
    label: list[str],
) -> dict[str, Any]:
    """One fold: the documents ``left`` out ((split, document, region group) -> True) scored
    end to end by the rules, the scorer without the detector (at :data:`PAIR`, and at
    :data:`ALSO` when set) and the scorer with the detector (its threshold from
    :func:`inner_threshold`), every model fitted without them. Counts per split, pooled
    over the region groups left out of it."""
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}

    def scope(n: str, d: str) -> bool:
        return not left(n, d, region_of[(n, d)])

    judged = [s for s in splits if any(left(s.name, d, r) for d, r, _ in s.documents)]
    rest = [
        es.Split(s.name, s.gold, [x for x in s.documents if scope(s.name, x[0])], s._rows)
        for s in splits
    ]
    rest = [s for s in rest if s.documents]
    proposals.use(None)
    base = fit_scorer_on(proposals, scope, label)
    columns: dict[str, tuple[Scoring | None, float | None]] = {
        "rules": (None, None),
        "scorer": (Scoring(base), None),
    }
    if ALSO is not None:
        also = base.model_copy(update={"threshold": ALSO[0], "kept_threshold": ALSO[1]})
        columns["scorer also"] = (Scoring(also), None)
    got: dict[str, dict[str, Counts]] = {}
    for name, (scoring, _) in columns.items():
        for s in judged:
            for g in _groups_left(s, left):
                counts = _rules(s, g) if scoring is None else scoring(s, None, g)
                by = got.setdefault(s.name, {})
                by[name] = _add(by.get(name, [0, 0, 0]), counts)
    t = (
        DETECTED_AT
        if DETECTED_AT is not None
        else inner_threshold(rest, sentences, proposals, scope)
    )
    errors: dict[str, dict[str, Counts]] = {}
    if t is None:
        for by in got.values():
            by["detector"] = list(by["scorer"])
            if RIVAL_ARMS or BESIDE_ARMS:
                by["detector, new"] = list(by["scorer"])
    else:
        detector = fit_detector_on(sentences, scope, label)
        arms = (False, True) if RIVAL_ARMS or BESIDE_ARMS else (True,)
        for on in arms:
            if BESIDE_ARMS:
                proposals.use(detector, beside=on)
            else:
                proposals.use(detector, rivals=on)
            scorers = _detector_scorers(proposals, scope, label)
            if RIVAL_ARMS or BESIDE_ARMS:
                scorers = {"detector, new" if on else "detector": scorers["detector"]}
            _score_detector(scorers, judged, left, t, got, errors)
    proposals.use(None)
    return {"threshold": t, "splits": got, **({"errors": errors} if ERRORS else {})}


def _score_detector(
    scorers: dict[str, Any],
    judged: list[es.Split],
    left: Callable[[str, str, str], bool],
    t: float,
    got: dict[str, dict[str, Counts]],
    errors: dict[str, dict[str, Counts]],
) -> None:
    """Each column's scorer of a fold's detected candidates, scored on the documents left out
    (as :meth:`Proposals.use` left the candidates) into ``got`` (and ``errors``)."""
    for column, scorer in scorers.items():
        scoring = Scoring(scorer)
        for s in judged:
            for g in _groups_left(s, left):
                by = got[s.name]
                by[column] = _add(by.get(column, [0, 0, 0]), scoring(s, t, g))
                if ERRORS:
                    have = errors.setdefault(s.name, {}).get(column)
                    counts = error_counts(s, scorer, t, g)
                    errors[s.name][column] = counts if have is None else _add(have, counts)


def _detector_scorers(proposals: Proposals, scope: Scope, label: list[str]) -> dict[str, Any]:
    """The scorers of a fold's detected candidates: "detector", and with :data:`NEW`, the
    scorer without the features of prefix :data:`NEW` as "detector" and with them as
    "detector, new" (both fitted on the same candidates)."""
    if NEW is None:
        return {"detector": fit_scorer_on(proposals, scope, label)}
    ignored = list(es.IGNORED)
    es.IGNORED[:] = [*ignored, NEW]
    try:
        before = fit_scorer_on(proposals, scope, label)
    finally:
        es.IGNORED[:] = ignored
    return {"detector": before, "detector, new": fit_scorer_on(proposals, scope, label)}


def _groups_left(split: es.Split, left: Callable[[str, str, str], bool]) -> list[str | None]:
    """The region groups of a split left out, each scored alone (None: the whole split, for
    a split whose gold has no region groups)."""
    groups = sorted({r for d, r, _ in split.documents if left(split.name, d, r)})
    if not split.gold.regions:
        return [None]
    return list(groups)


def validate(
    splits: list[es.Split], first: EventDetector, part: str, only: Sequence[str] = ()
) -> None:
    """Leave one split out (every n-th from the i-th, ``part`` "i/n"; ``only``: these
    splits, in this order): a ``fold:`` line of JSON each (:func:`combine` makes the
    table)."""
    sentences = {s.name: sentence_rows(s) for s in splits}
    proposals = Proposals(splits)
    i, n = (int(x) for x in part.split("/"))
    by_name = {s.name: s for s in splits}
    for s in [by_name[o] for o in only] if only else splits[i - 1 :: n]:
        out = run_fold(
            splits,
            sentences,
            proposals,
            lambda name, _d, _r, left=s.name: name == left,
            [o.name for o in splits if o.name != s.name],
        )
        print("fold: " + json.dumps({"left out": s.name, **out}), flush=True)


def regions(splits: list[es.Split], first: EventDetector, part: str, folds: int) -> None:
    """Leave region groups out, ``folds`` folds (the sorted groups dealt round them, as
    ``bench/date_choice.py regions`` deals them), every n-th fold from the i-th."""
    sentences = {s.name: sentence_rows(s) for s in splits}
    proposals = Proposals(splits)
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    region_folds = [groups[k::folds] for k in range(folds)]
    i, n = (int(x) for x in part.split("/"))
    for fold in region_folds[i - 1 :: n]:
        out = set(fold)
        got = run_fold(
            splits,
            sentences,
            proposals,
            lambda _n, _d, r, out=out: r in out,
            ["all but " + ", ".join(fold)],
        )
        print("fold: " + json.dumps({"groups": fold, **got}), flush=True)


def combine(outputs: Sequence[Path]) -> None:
    """Add up the ``fold:`` lines of runs (of one kind: splits or region groups left out)
    and print the table: per split P / R / F1 (right/found) of each column, the mean F1
    over the splits, pooled, and the splits losing more than :data:`MAX_LOST` events."""
    counts: dict[str, dict[str, Counts]] = {}
    thresholds: list[Any] = []
    for path in outputs:
        for text in path.read_text(encoding="utf-8").splitlines():
            if not text.startswith("fold: "):
                continue
            fold = json.loads(text[6:])
            thresholds.append((fold.get("left out") or len(thresholds), fold["threshold"]))
            for split, by in fold["splits"].items():
                for name, acc in by.items():
                    have = counts.setdefault(split, {}).get(name, [0, 0, 0])
                    counts[split][name] = _add(have, acc)
    order = [s for s in DEFAULT_NAMES if s in counts]
    order += sorted(set(counts) - set(order))
    names = ("rules", "scorer also", "scorer", "detector", "detector, new")
    columns = [c for c in names if c in counts[order[0]]]

    def line(acc: Counts) -> str:
        gold, found, hit = acc
        p, r = (hit / found if found else 0.0), (hit / gold if gold else 0.0)
        return f"{p:.3f} / {r:.3f} / {es._f(acc):.3f} ({hit}/{found})"

    print(f"inner thresholds: {thresholds}")
    # the change judged: the detector against the scorer, or the new features against it
    after, before = (
        ("detector, new", "detector")
        if "detector, new" in columns
        else (
            "detector",
            "scorer",
        )
    )
    print(f"\n| split | gold | {' | '.join(columns)} | right, {after} − {before} |")
    print("| --- | ---: |" + " --- |" * len(columns) + " ---: |")
    losers = []
    for s in order:
        by = counts[s]
        change = by[after][2] - by[before][2]
        cells = " | ".join(line(by[c]) for c in columns)
        print(f"| {s} | {by['scorer'][0]} | {cells} | {change:+d} |")
        if -change > MAX_LOST:
            losers.append(s)
    for c in columns:
        pooled = [sum(counts[s][c][k] for s in order) for k in range(3)]
        mean = statistics.mean(es._f(counts[s][c]) for s in order)
        print(f"{c}: mean F1 {mean:.4f}; pooled {line(pooled)} F1 {es._f(pooled):.4f}")
    print(f"splits losing more than {MAX_LOST} matched events: {', '.join(losers) or 'none'}")


def recall(splits: list[es.Split]) -> None:
    """Per set: where each gold event is lost (see the module's docstring)."""
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


#: The classes of a detected candidate kept left out that matches no gold event, in the
#: order :func:`error_class` tries them.
ERROR_CLASSES = (
    "duplicate of a matched event",
    "wrong date",
    "missing participant",
    "wrong kind class",
    "duplicate, differing",
    "gold sentence, other faults",
    "no event: plan or expectation",
    "no event: background",
    "no event: said or quoted",
    "no event: other",
)


def error_class(
    event: Any, features: dict[str, float], gold: Sequence[Any], matched: set[int], told: bool
) -> str:
    """What a spurious event of a detected candidate is, against the gold events of its
    document (``matched``: the ids of those another event matches; ``told``: its sentence
    holds a gold event's evidence): a second report of a matched event, exact or with one
    part differing; an unmatched real event with one part wrong (date, participants, kind
    class); or no event, by what the candidate's features say of it."""
    from timeline.extract.evaluate import _actors

    def parts(g: Any) -> tuple[bool, bool, bool]:
        same = kind_class(g.kind) == kind_class(event.kind)
        dated = g.date.start <= event.date.start and event.date.end <= g.date.end
        return same, dated, g.actors <= _actors(event)

    if any(all(parts(g)) for g in gold if id(g) in matched):
        return "duplicate of a matched event"
    rest = [parts(g) for g in gold if id(g) not in matched]
    for name, want in (
        ("wrong date", (True, False, True)),
        ("missing participant", (True, True, False)),
        ("wrong kind class", (False, True, True)),
    ):
        if want in rest:
            return name
    if any(sum(parts(g)) == 2 for g in gold if id(g) in matched):
        return "duplicate, differing"
    if told:
        return "gold sentence, other faults"
    if features.get("status:planned") or features.get("time:after"):
        return "no event: plan or expectation"
    if features.get("time:background") or features.get("time:months before"):
        return "no event: background"
    if features.get("cue:said") or features.get("cue:quoted") or features.get("cue:hedged"):
        return "no event: said or quoted"
    return "no event: other"


def error_counts(split: es.Split, scorer: EventScorer, at: float, region: str | None) -> Counts:
    """The spurious events of a split's timeline (of one region group) that a detected
    candidate kept from ``at`` told, by :func:`error_class`: counts in the order of
    :data:`ERROR_CLASSES`, then the right events such a candidate told."""
    from timeline.extract.coreference import has_both_sides
    from timeline.merge import merge_events

    tuned = scorer.model_copy(update={"detected_threshold": at})
    keep = _keep(tuned)
    events, agreements = [], []
    detected: dict[tuple[str, int, int], tuple[dict[str, float], bool]] = {}
    for doc_id, doc_region, read in split.documents:
        if region is not None and doc_region != region:
            continue
        told = set(evidence_sentences(split.gold, read, doc_id))
        for c in read.candidates:
            if (c.base or c).fate == "detected" and keep(c):
                for src in c.event.sources:
                    detected[(src.document, src.start, src.end)] = (
                        c.features,
                        c.sentence_index in told,
                    )
        found = read.mentions(keep)
        events += found[0]
        agreements += found[1]
    timeline = merge_events(events, {a.id: a for a in agreements}.values(), keep=has_both_sides)
    gold = split.gold if region is None else split.gold.in_region(region)
    sc = score(timeline.events, gold.events, gold.documents())
    matched = {id(g): e for g, e in sc.matched}

    def told_by(e: Any) -> tuple[dict[str, float], bool] | None:
        keys = [(src.document, src.start, src.end) for src in e.sources]
        return next((detected[k] for k in keys if k in detected), None)

    counts: Counter[str] = Counter()
    for e in sc.spurious:
        hit = told_by(e)
        if hit is None:
            continue
        docs = {src.document for src in e.sources}
        golds = [g for g in gold.events if set(g.documents) & docs]
        others = {g for g, m in matched.items() if m is not e}
        counts[error_class(e, hit[0], golds, others, hit[1])] += 1
    right = sum(1 for e in matched.values() if told_by(e) is not None)
    return [counts[c] for c in ERROR_CLASSES] + [right]


def error_table(outputs: Sequence[Path]) -> None:
    """The table of the error counts of the ``fold:`` lines of runs with ``--errors``: each
    class of :data:`ERROR_CLASSES`, per column, old and fresh splits apart."""
    by: dict[tuple[str, str], Counts] = {}
    for path in outputs:
        for text in path.read_text(encoding="utf-8").splitlines():
            if not text.startswith("fold: "):
                continue
            fold = json.loads(text[6:])
            first_fresh = DEFAULT_NAMES.index(FRESH_FROM)
            for split, columns in fold.get("errors", {}).items():
                age = "fresh" if DEFAULT_NAMES.index(split) >= first_fresh else "old"
                for column, counts in columns.items():
                    have = by.get((column, age), [0] * len(counts))
                    by[(column, age)] = _add(have, counts)
    columns = sorted({c for c, _ in by})
    head = " | ".join(f"{c}: old | {c}: fresh" for c in columns)
    print(f"| detected event | {head} |")
    print("| --- |" + " ---: | ---: |" * len(columns))
    zero = [0] * (len(ERROR_CLASSES) + 1)
    for i, name in enumerate((*ERROR_CLASSES, "right")):
        cells = " | ".join(
            f"{by.get((c, 'old'), zero)[i]} | {by.get((c, 'fresh'), zero)[i]}" for c in columns
        )
        print(f"| {name} | {cells} |")


def _sides(c: Candidate) -> set[str]:
    out = set()
    for p in c.draft.participants:
        out.add(p.id if p.type is not ActorType.person else (p.country or p.id))
    return out


def dump(detector: EventDetector) -> str:
    """The detector as deterministic JSON (fixed key order, one feature per line)."""
    return json.dumps(detector.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"


def train_kinds(output: Path, folders: Sequence[Path]) -> None:
    """Fit the kinds' model of the shipped detector on the sets it was trained on (or
    ``folders``) and write the detector with it to ``output``, every other weight as
    shipped."""
    from timeline.extract.detector import shipped_detector

    detector = shipped_detector()
    if detector is None:
        raise SystemExit("no shipped detector to add a kinds' model to")
    if not folders:
        by_name = dict(zip(DEFAULT_NAMES, DEFAULT, strict=True))
        folders = [by_name[n] for n in detector.trained_on]
    rows = [r for s in read_all(folders) for r in kind_rows(s)]
    fitted = fit_kinds(detector, rows)
    output.write_text(dump(fitted), encoding="utf-8")
    counts = Counter(r[3].value for r in rows)
    print(
        f"wrote {output}: kinds {', '.join(f'{k} {counts[k]}' for k in sorted(counts))} "
        f"({len(rows)} sentences of {len(folders)} sets), {len(fitted.kind_features)} features"
    )


def main() -> None:
    global PAIR, ALSO, DETECTED_AT, NEW, ERRORS, RIVAL_ARMS, BESIDE_ARMS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command",
        choices=(
            "recall",
            "validate",
            "regions",
            "combine",
            "train",
            "kinds",
            "threshold",
            "error-table",
        ),
    )
    parser.add_argument("--threshold", type=float, default=FIRE_AT, help="detector: fire from")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="for train")
    parser.add_argument(
        "--first",
        type=Path,
        help="validate, regions: the first detector (a train output) whose proposals the "
        "folds choose again (default: fitted here on every set)",
    )
    parser.add_argument(
        "--at",
        type=float,
        nargs=2,
        metavar=("ADD", "DROP"),
        help="the event scorer's thresholds (default: the shipped ones)",
    )
    parser.add_argument(
        "--also",
        type=float,
        nargs=2,
        metavar=("ADD", "DROP"),
        help="validate, regions: the scorer (no detector) at these thresholds too",
    )
    parser.add_argument("--part", default="1/1", help="validate, regions: every n-th fold, i/n")
    parser.add_argument("--folds", type=int, default=REGION_FOLDS, help="regions: folds")
    parser.add_argument(
        "--detected-at",
        type=float,
        help="validate, regions: the scorer's threshold for detected candidates in every fold "
        "(default: chosen by the inner loop)",
    )
    parser.add_argument(
        "--new",
        help="validate, regions: a prefix of scorer features; the detector's column without "
        "them and 'detector, new' with them",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="validate, regions: count the classes of the detected candidates' spurious events",
    )
    parser.add_argument("--only", nargs="+", default=[], help="validate: these splits left out")
    parser.add_argument(
        "--detected-variants",
        action="store_true",
        help="validate, regions: each detected candidate's rivals (its second class, its "
        "sentence's other dates), judged by the scorer with their features",
    )
    parser.add_argument(
        "--rival-arms",
        action="store_true",
        help="validate, regions (with --detected-variants): each fold's detected candidates "
        "without the rivals ('detector') and with them ('detector, new'), one detector",
    )
    parser.add_argument(
        "--beside-rules",
        action="store_true",
        help="the detector reads the sentences whose rules' candidates are all of other "
        "classes too (the reader's beside_rules)",
    )
    parser.add_argument(
        "--beside-arms",
        action="store_true",
        help="validate, regions (with --beside-rules): each fold's detected candidates "
        "without those beside the rules ('detector') and with them ('detector, new'), one "
        "detector",
    )
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    if args.at:
        PAIR = (args.at[0], args.at[1])
    if args.also:
        ALSO = (args.also[0], args.also[1])
    DETECTED_AT, NEW, ERRORS = args.detected_at, args.new, args.errors
    RIVAL_ARMS = args.rival_arms
    BESIDE_ARMS = args.beside_arms
    if BESIDE_ARMS and (NEW is not None or RIVAL_ARMS or not args.beside_rules):
        parser.error("--beside-arms reads with --beside-rules, without --new or --rival-arms")
    es.READ_BESIDE[0] = args.beside_rules
    if RIVAL_ARMS and (NEW is not None or not args.detected_variants):
        parser.error("--rival-arms reads with --detected-variants, without --new")
    if args.detected_variants:
        es.READ_RIVALS[0] = True
        es.IGNORED[:] = [p for p in es.IGNORED if p != es.RIVALS]
    print(f"Python {platform.python_version()} on {platform.machine()}, one process", flush=True)
    if args.command == "combine":
        combine(args.folders)
        return
    if args.command == "error-table":
        error_table(args.folders)
        return
    folders = args.folders or DEFAULT
    if args.command == "recall":
        recall(read_all(folders))
        return
    if args.command == "kinds":
        train_kinds(args.output, args.folders)
        return
    if args.first is not None and args.command != "train":
        from timeline.extract.detector import load_detector

        detector = load_detector(args.first)
    else:
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
    print(f"scorer at {PAIR}, detector proposing from {FIRE_AT}", flush=True)
    splits = read_all(folders, detector=detector, propose_all=True)
    if args.command == "validate":
        validate(splits, detector, args.part, args.only)
    elif args.command == "threshold":
        sentences = {s.name: sentence_rows(s) for s in splits}
        t = inner_threshold(splits, sentences, Proposals(splits), lambda _n, _d: True)
        print(f"the scorer's threshold for detected candidates: {t}")
    else:
        regions(splits, detector, args.part, args.folds)


if __name__ == "__main__":
    main()
