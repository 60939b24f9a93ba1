"""Candidate recall, and a learned choice among candidates, on the tuning sets.

    .venv/bin/python bench/event_scorer.py oracle      # candidate (oracle) recall per set
    .venv/bin/python bench/event_scorer.py validate    # leave one split / one region out
    .venv/bin/python bench/event_scorer.py trees       # logistic against boosted trees, by split
    .venv/bin/python bench/event_scorer.py trees-regions  # the same, by region group
    .venv/bin/python bench/event_scorer.py lexical     # the scorer without and with words, by split
    .venv/bin/python bench/event_scorer.py lexical-regions  # the same, by region group
    .venv/bin/python bench/event_scorer.py redate      # the same, with and without re-dating
    .venv/bin/python bench/event_scorer.py fold        # the same, with and without folding
    .venv/bin/python bench/event_scorer.py train       # write src/timeline/data/event_scorer.json
    .venv/bin/python bench/event_scorer.py speed       # MB per CPU-second, rules vs scored

Every document of the tuning sets (bench/extraction.py's DEFAULT: seed,
corpus-extra, dev, test, test-b ... test-bd) is read once with the
candidates' log (:func:`timeline.extract.pipeline.read_document`): every trigger
the rules considered, kept or dropped, with its general features
(:mod:`timeline.extract.candidates`), and, with a shipped detector
(``bench/event_detector.py``), the candidates it proposes where no rule fires. The
held-out split (bench/extraction.py's ``is_held_out``) is never read here.

* ``oracle``: per set, the share of gold events that some candidate matches
  under :func:`timeline.extract.evaluate.matches` (the recall a perfect choice
  among candidates would reach), beside the rules' recall.
* ``validate``: trains a logistic regression on all sets but one and scores that one
  end to end (choice, coreference, merge, :func:`score_by_region`), for every set
  and every probability threshold of :data:`THRESHOLDS`; then the same leaving
  out one region group at a time. The thresholds are those with the best mean
  left-out F1 among the pairs where no split loses more than :data:`MAX_LOSS`
  (of pairs within :data:`TIE` of it, the closest to the rules); the scorer ships
  only when that mean beats the rules'.
* ``redate``: re-dating (:mod:`timeline.extract.redating`): for each split left out,
  a date ranker fitted on the others' weakly dated candidates (each option labelled
  by the gold events of its document; only candidates with a right option: which
  date, not whether an event) re-dates every split, the scorer is fitted on the
  others as re-dated and scores the one left out, for each confidence of
  :data:`REDATE_THRESHOLDS`; then the same leaving out one region group at a time.
  ``oracle`` counts a gold event some candidate matches on any date offered.
* ``fold``: the rules and the scorer (at ``--at``, by default the shipped thresholds),
  each without and with the folding of one gathering told twice
  (:mod:`timeline.extract.duplicates`), leaving one split out, then one region group.
* ``trees``, ``trees-regions``: the logistic scorer against gradient-boosted trees
  (:data:`TREES`, fixed beforehand; their thresholds ``--trees-at``, by default the
  logistic one's ``--at``), both refitted without the split, or the region group, left
  out; per split P / R / F1 and the right events of each, pooled, the mean
  (``--part i/n`` spreads the region groups over n processes).
* ``lexical``, ``lexical-regions``: the scorer against the scorer that also weighs the
  words of the candidates' lexical context (:func:`fit_lexical`: a vocabulary of at most
  :data:`VOCABULARY` words chosen by frequency on the training sets, C chosen by an inner
  left-out loop on them), both refitted without the split, or region group, left out, at
  ``--at`` (default 0.47 / 0).
* ``train``: fits on every tuning set and writes the weights, deterministically
  (with ``--redate-from``, the date ranker first, ``date_ranker.json``: not shipped;
  with ``--trees``, gradient-boosted trees at the logistic scorer's thresholds; with
  ``--lexical``, the scorer with words).
* ``--ignore-features PREFIX``: the scorer fitted without these features (a feature
  measured against the scorer without it).

A candidate's label: it matches a gold event of its document; a candidate the
rules dropped counts only when no candidate the rules keep matches that gold
event (else keeping it would add a duplicate, not a hit).
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import resource
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import DEFAULT, gold_for, is_held_out

from timeline.collection import Timeline
from timeline.corpus import read_corpus
from timeline.extract.boosted import Tree
from timeline.extract.candidates import BESIDE_RULES, FATES, Candidate, feature_names
from timeline.extract.coreference import has_both_sides
from timeline.extract.date_choice import RANKER_FILE, DateRanker
from timeline.extract.detector import EventDetector, shipped_detector
from timeline.extract.evaluate import (
    GoldEvent,
    GoldSet,
    Scores,
    kind_class,
    load_gold_set,
    matches,
    score,
)
from timeline.extract.pipeline import ReadDocument, ScorerChoice, read_document
from timeline.extract.redating import ranker_feature_names
from timeline.extract.scorer import SCORER_FILE, BoostedEventScorer, EventScorer, Scorer
from timeline.merge import merge_events
from timeline.model import ActorType, Agreement, Event, EventDate

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/timeline/data" / SCORER_FILE
RANKER_OUTPUT = ROOT / "src/timeline/data" / RANKER_FILE
#: Probability thresholds tried on the left-out scores: from which a candidate the rules
#: drop is kept, and below which one they keep is dropped (0: never).
THRESHOLDS = tuple(round(0.15 + 0.05 * i, 2) for i in range(10))
KEPT_THRESHOLDS = (0.0, 0.05, 0.1, 0.2, 0.3)
#: The most F1 any left-out split may lose for the scorer to ship.
MAX_LOSS = 0.02
#: Mean left-out F1 within which two threshold pairs count as equally good.
TIE = 0.002
#: scikit-learn's C: inverse regularization strength.
REGULARIZATION = 1.0

Keep = Callable[[Candidate], bool]
#: The features of a detected candidate's rivals: read and fitted only with
#: ``--detected-variants`` (:data:`timeline.extract.candidates.DETECTED_VARIANTS`).
RIVALS = "detected variant:"
#: The feature of a detected candidate beside the rules' of other classes: read and fitted
#: only with ``--beside-rules`` (:data:`timeline.extract.candidates.BESIDE_RULES`).
BESIDE = BESIDE_RULES
#: Prefixes of features the scorer is fitted without (``--ignore-features``: a feature
#: measured against the scorer without it; the rivals' unless they are read).
IGNORED: list[str] = [RIVALS]
#: Whether the splits are read with the rivals of each detected candidate.
READ_RIVALS: list[bool] = [False]
#: Whether the detector reads the sentences the rules proposed candidates of other classes in.
READ_BESIDE: list[bool] = [False]


def scorer_features() -> list[str]:
    """The scorer's features: :func:`feature_names` but those :data:`IGNORED` (and
    :data:`BESIDE` unless :data:`READ_BESIDE`)."""
    ignored = (*IGNORED, *(() if READ_BESIDE[0] else (BESIDE,)))
    return [n for n in feature_names() if not n.startswith(ignored)]


@dataclass
class Split:
    """One tuning set read with the candidates' log, and its gold."""

    name: str
    gold: GoldSet
    documents: list[tuple[str, str, ReadDocument]]  # id, region group, read
    #: The labelled candidates of each document, by its re-dated events (see :func:`apply`).
    _rows: dict[tuple[str, tuple[tuple[str, str], ...]], list[tuple[str, Candidate, bool]]] = field(
        default_factory=dict
    )

    def candidates(self, region: str | None = None) -> list[tuple[str, Candidate, bool]]:
        """(document id, candidate, label) of every candidate, or of one region's documents.

        A candidate the rules keep is positive when it matches a gold event; any
        other (a dropped one, a variant) only when it matches a gold event that
        neither a kept candidate nor the rules' output of the document matches.
        """
        out = []
        for doc_id, doc_region, read in self.documents:
            if region is not None and doc_region != region:
                continue
            key = (doc_id, tuple(sorted((k, v.value) for k, v in read.reader.redated.items())))
            if key not in self._rows:
                self._rows[key] = self._labelled(doc_id, read)
            out += self._rows[key]
        return out

    def _labelled(self, doc_id: str, read: ReadDocument) -> list[tuple[str, Candidate, bool]]:
        gold = [g for g in self.gold.events if doc_id in g.documents]
        output = merge_events(read.mentions(fold=False)[0], keep=has_both_sides).events
        found = {
            id(g)
            for g in gold
            if any(c.kept and matches(g, c.event) for c in read.candidates)
            or any(matches(g, e) for e in output)
        }
        out = []
        for c in read.candidates:
            hits = [g for g in gold if matches(g, c.event)]
            label = any(c.kept or id(g) not in found for g in hits)
            # a snapshot: the candidate's features and event change when it is re-dated
            out.append((doc_id, replace(c, features=dict(c.features)), label))
        return out

    def scores(self, keep: Keep | None, region: str | None = None, fold: bool = True) -> Scores:
        """Choose with ``keep`` (None: the rules), fold one event told twice (unless not
        ``fold``), merge as extraction does, score."""
        events, agreements = [], []
        for _, doc_region, read in self.documents:
            if region is None or doc_region == region:
                found = read.mentions(keep, fold=fold)
                events += found[0]
                agreements += found[1]
        return self.score_mentions(events, agreements, region).scores

    def score_mentions(
        self, events: list[Event], agreements: list[Agreement], region: str | None = None
    ) -> Scored:
        """Merge the mentions of this set's documents (of ``region``) as extraction does
        and score the timeline against the gold (of ``region``): the timeline and its
        scores."""
        timeline = merge_events(events, {a.id: a for a in agreements}.values(), keep=has_both_sides)
        gold = self.gold if region is None else self.gold.in_region(region)
        documents = gold.documents() if region is not None else self.gold.documents()
        return Scored(timeline, score(timeline.events, gold.events, documents))


class Scored(NamedTuple):
    """What :meth:`Split.score_mentions` gives: the merged timeline, its scores."""

    timeline: Timeline
    scores: Scores


def read_split(
    folder: Path, without: Sequence[str] = (), detector: EventDetector | None = None
) -> Split:
    """Read a tuning set's documents with the candidates' log (``without`` the candidates
    of these fates or with these features: a source measured against the log without it;
    the candidates of ``detector``, by default the shipped one's)."""
    if is_held_out(folder):
        raise SystemExit(f"{folder} is held out: not read here")
    gold = load_gold_set(gold_for(folder))
    name = "seed" if folder.name == "corpus" else folder.name
    detector = detector or shipped_detector()  # its candidates too, as extraction reads
    docs = [
        (
            d.id,
            gold.regions.get(d.id, name),
            read_document(
                d,
                offer_dates=True,
                detector=detector,
                record_words=True,
                detected_variants=READ_RIVALS[0],
                beside_rules=READ_BESIDE[0],
            ),
        )
        for d in read_corpus([folder])
        if d.id in gold.documents()
    ]
    for _, _, read in docs:
        if without and read.reader.candidates is not None:
            read.reader.candidates[:] = [
                c
                for c in read.candidates
                if c.fate not in without and not set(without) & set(c.features)
            ]
    return Split(name, gold, docs)


def matrix(rows: Sequence[tuple[str, Candidate, bool]]) -> tuple[list[list[float]], list[int]]:
    """The feature matrix (columns: :func:`scorer_features`) and the labels."""
    names = scorer_features()
    x = [[c.features.get(n, 0.0) for n in names] for _, c, _ in rows]
    y = [int(label) for _, _, label in rows]
    return x, y


def fit_model(
    rows: Sequence[tuple[str, Candidate, bool]],
    vocabulary: Sequence[str] = (),
    regularization: float = REGULARIZATION,
) -> Any:
    """scikit-learn's logistic regression fitted on these candidates (deterministic); with
    a ``vocabulary`` (:func:`lexical_vocabulary`), its words too, on a sparse matrix."""
    x, y = (
        matrix(rows) if not vocabulary else sparse_matrix(rows, [*scorer_features(), *vocabulary])
    )
    return _logistic(x, y, regularization)


def _logistic(x: Any, y: Sequence[int], regularization: float) -> Any:
    """scikit-learn's logistic regression (lbfgs, deterministic) fitted on ``x``, ``y``."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=regularization, solver="lbfgs", max_iter=5000, tol=1e-8)
    return model.fit(x, y)


def fit(
    rows: Sequence[tuple[str, Candidate, bool]],
    threshold: float,
    sets: list[str],
    kept_threshold: float = 0.0,
    vocabulary: Sequence[str] = (),
    regularization: float = REGULARIZATION,
) -> EventScorer:
    """A logistic regression on these candidates, as an :class:`EventScorer` (with a
    ``vocabulary``, weighing those words of the candidates' lexical context too)."""
    model = fit_model(rows, vocabulary, regularization)
    words = " and the words of its lexical context" if vocabulary else ""
    return EventScorer(
        description=f"Logistic regression over candidate features{words} (bench/event_scorer.py).",
        features=[*scorer_features(), *vocabulary],
        weights=[round(float(w), 6) for w in model.coef_[0]],
        intercept=round(float(model.intercept_[0]), 6),
        threshold=threshold,
        kept_threshold=kept_threshold,
        trained_on=sets,
        trained=datetime.now(UTC).date(),
        examples=len(rows),
        regularization=regularization,
    )


#: The lexical vocabulary: at most this many words (feature names), each in the lexical
#: context of at least :data:`MIN_WORD_COUNT` training candidates, the most frequent first.
VOCABULARY = 300
MIN_WORD_COUNT = 20
#: scikit-learn's C tried for a scorer with words, by :func:`choose_regularization`.
LEXICAL_REGULARIZATION = (0.03, 0.1, 0.3, 1.0)
#: Folds of the inner left-out loop that chooses C (the training sets dealt in turn).
INNER_FOLDS = 3


def lexical_vocabulary(rows: Sequence[tuple[str, Candidate, bool]]) -> list[str]:
    """The words of the candidates' lexical contexts (:func:`context_words`) found in at
    least :data:`MIN_WORD_COUNT` of these candidates (variants counted once, with their
    candidate), the :data:`VOCABULARY` most frequent; ties by name (deterministic). Chosen
    by frequency alone, never by label."""
    counts: Counter[str] = Counter()
    for _, c, _ in rows:
        if not c.variant:
            counts.update(c.words)
    often = sorted(
        (w for w, n in counts.items() if n >= MIN_WORD_COUNT),
        key=lambda w: (-counts[w], w),
    )
    return often[:VOCABULARY]


def sparse_matrix(
    rows: Sequence[tuple[str, Candidate, bool]], names: Sequence[str]
) -> tuple[Any, list[int]]:
    """The feature matrix of these candidates over ``names`` (sparse: most are 0), the labels."""
    from scipy.sparse import csr_matrix

    column = {n: i for i, n in enumerate(names)}
    data: list[float] = []
    cols: list[int] = []
    starts = [0]
    for _, c, _ in rows:
        for n, v in c.features.items():
            if n in column and v:
                cols.append(column[n])
                data.append(v)
        starts.append(len(cols))
    x = csr_matrix((data, cols, starts), shape=(len(rows), len(names)))
    x.sort_indices()
    return x, [int(label) for _, _, label in rows]


def log_loss(model: Any, x: Any, y: Sequence[int]) -> float:
    """The summed log-loss of ``model`` on these candidates."""
    import numpy as np

    p = np.clip(model.predict_proba(x)[:, 1], 1e-12, 1 - 1e-12)
    t = np.asarray(y)
    return float(-(t * np.log(p) + (1 - t) * np.log(1 - p)).sum())


def choose_regularization(
    by_set: dict[str, list[tuple[str, Candidate, bool]]],
) -> float:
    """C for a scorer with words, by an inner left-out loop on these training sets alone:
    the sets dealt into :data:`INNER_FOLDS` folds in turn, each fold scored (log-loss) by a
    scorer whose vocabulary and weights are fitted on the others; the C of
    :data:`LEXICAL_REGULARIZATION` with the least summed loss (ties: the stronger)."""
    names = sorted(by_set)
    losses = dict.fromkeys(LEXICAL_REGULARIZATION, 0.0)
    for k in range(INNER_FOLDS):
        held = set(names[k::INNER_FOLDS])
        train = [r for n in names if n not in held for r in by_set[n]]
        test = [r for n in names if n in held for r in by_set[n]]
        if not train or not test:
            continue
        names_k = [*scorer_features(), *lexical_vocabulary(train)]
        x_train, y_train = sparse_matrix(train, names_k)
        x, y = sparse_matrix(test, names_k)
        for c in LEXICAL_REGULARIZATION:
            losses[c] += log_loss(_logistic(x_train, y_train, c), x, y)
    return min(LEXICAL_REGULARIZATION, key=lambda c: (round(losses[c], 6), c))


def fit_lexical(
    by_set: dict[str, list[tuple[str, Candidate, bool]]],
    threshold: float,
    kept_threshold: float = 0.0,
) -> EventScorer:
    """A scorer with words fitted on these sets alone: the vocabulary from their
    candidates, C by :func:`choose_regularization` on them, then the weights."""
    rows = [r for n in by_set for r in by_set[n]]
    c = choose_regularization(by_set)
    return fit(rows, threshold, list(by_set), kept_threshold, lexical_vocabulary(rows), c)


#: The trees' hyperparameters, fixed before any left-out run (shallow trees, a slow rate,
#: leaves of at least 20 candidates: about 5,500 candidates, a quarter positive).
TREES: dict[str, Any] = {
    "n_estimators": 200,
    "max_depth": 3,
    "learning_rate": 0.05,
    "min_samples_leaf": 20,
}


def fit_tree_model(rows: Sequence[tuple[str, Candidate, bool]]) -> Any:
    """scikit-learn's gradient-boosted trees fitted on these candidates (deterministic: a
    fixed seed, every candidate and every feature, in the order read)."""
    from sklearn.ensemble import GradientBoostingClassifier

    x, y = matrix(rows)
    if len(set(y)) < 2:
        raise SystemExit(f"{len(y)} candidates of one label: no trees to fit")
    model = GradientBoostingClassifier(**TREES, subsample=1.0, random_state=0)
    return model.fit(x, y)


def fit_trees(
    rows: Sequence[tuple[str, Candidate, bool]],
    threshold: float,
    sets: list[str],
    kept_threshold: float = 0.0,
) -> BoostedEventScorer:
    """Gradient-boosted trees on these candidates, as a :class:`BoostedEventScorer`: each
    tree's arrays, the learning rate applied to its leaves, rounded to six places."""
    model = fit_tree_model(rows)
    rate = TREES["learning_rate"]
    prior = sum(label for _, _, label in rows) / len(rows)  # the trees start from its log-odds
    return BoostedEventScorer(
        description="Gradient-boosted trees over candidate features (bench/event_scorer.py).",
        features=scorer_features(),
        base=round(math.log(prior / (1 - prior)), 6),
        trees=[_tree(estimator.tree_, rate) for (estimator,) in model.estimators_],
        learning_rate=rate,
        max_depth=TREES["max_depth"],
        min_samples_leaf=TREES["min_samples_leaf"],
        threshold=threshold,
        kept_threshold=kept_threshold,
        trained_on=sets,
        trained=datetime.now(UTC).date(),
        examples=len(rows),
    )


def _tree(t: Any, rate: float) -> Tree:
    """A scikit-learn tree (``tree_``) as arrays: -1 for a leaf's feature and children, the
    leaf's value times the learning rate, 0 for a split's value and a leaf's threshold."""
    leaf = [int(f) < 0 for f in t.feature]
    return Tree(
        feature=[-1 if is_leaf else int(f) for f, is_leaf in zip(t.feature, leaf, strict=True)],
        threshold=[
            0.0 if is_leaf else round(float(v), 6)
            for v, is_leaf in zip(t.threshold, leaf, strict=True)
        ],
        left=[int(c) for c in t.children_left],
        right=[int(c) for c in t.children_right],
        value=[
            round(rate * float(v[0][0]), 6) if is_leaf else 0.0
            for v, is_leaf in zip(t.value, leaf, strict=True)
        ],
    )


#: One weakly dated candidate's options (:mod:`timeline.extract.redating`): its document,
#: each option's features, each option's label.
RankerRows = list[tuple[str, list[dict[str, float]], list[int]]]
#: Confidence thresholds tried for re-dating (the ranker's probability of the date chosen).
REDATE_THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)


def optioned_candidates(
    read: ReadDocument, gold: Sequence[GoldEvent]
) -> Iterator[tuple[Candidate, list[GoldEvent]]]:
    """Each weakly dated candidate of a document that is offered dates (a base candidate
    with options), with the gold events of the document it could tell: of its kind class,
    whose key participants it or one of its variants names."""
    sides: dict[str, set[str]] = {}
    for c in read.candidates:
        have = sides.setdefault((c.base or c).draft.id, set())
        have.update(p.id for p in c.draft.participants if p.type is not ActorType.person)
    for c in read.candidates:
        if c.base is not None or not c.options:
            continue
        k, actors = kind_class(c.draft.kind), sides[c.draft.id]
        yield c, [g for g in gold if kind_class(g.kind) == k and g.actors <= actors]


def ranker_rows(split: Split) -> RankerRows:
    """Every weakly dated candidate's options, with their features and labels: an option
    is right when the candidate on its date matches a gold event of its document (kind
    class, date inside the gold interval, the key participants of the candidate or of
    one of its variants)."""
    out: RankerRows = []
    for doc_id, _, read in split.documents:
        gold = [g for g in split.gold.events if doc_id in g.documents]
        for c, told in optioned_candidates(read, gold):
            labels = [
                int(any(g.date.start <= o.date.start and o.date.end <= g.date.end for g in told))
                for o in c.options
            ]
            out.append((doc_id, c.option_features, labels))
    return out


def fit_ranker(rows: RankerRows, threshold: float, sets: list[str]) -> DateRanker:
    """A logistic regression over the options' features, as a :class:`DateRanker`."""
    from sklearn.linear_model import LogisticRegression

    names = ranker_feature_names()
    # which date, for a candidate that is an event on one of its dates: a candidate that
    # is none keeps a wrong date whichever it takes
    rows = [r for r in rows if any(r[2])]
    x = [[f.get(n, 0.0) for n in names] for _, fs, _ in rows for f in fs]
    y = [label for _, _, labels in rows for label in labels]
    model = LogisticRegression(C=REGULARIZATION, solver="lbfgs", max_iter=5000, tol=1e-8)
    model.fit(x, y)
    return DateRanker(
        description="Logistic regression over the options of a weakly dated candidate "
        "(bench/event_scorer.py).",
        features=names,
        weights=[round(float(w), 6) for w in model.coef_[0]],
        intercept=round(float(model.intercept_[0]), 6),
        threshold=threshold,
        trained_on=sets,
        trained=datetime.now(UTC).date(),
        examples=len(y),
        regularization=REGULARIZATION,
    )


def apply(splits: Sequence[Split], ranker: DateRanker | None) -> None:
    """Re-date every split's weakly dated candidates with ``ranker`` (None: undo)."""
    for s in splits:
        for _, _, read in s.documents:
            read.redate(ranker)


def _redatings(split: Split) -> list[tuple[bool, bool]]:
    """For each re-dated candidate of a split: whether its new date, and its own, are a gold
    event's (its kind class, its participants or a variant's)."""
    out = []
    for doc_id, _, read in split.documents:
        gold = [g for g in split.gold.events if doc_id in g.documents]
        for c in read.candidates:
            if c.base is not None or c.original is None:
                continue
            actors = {p.id for p in c.draft.participants if p.type is not ActorType.person}
            for v in read.candidates:
                if v.base is c:
                    actors |= {p.id for p in v.draft.participants if p.type is not ActorType.person}
            told = [g for g in gold if kind_class(g.kind) == kind_class(c.draft.kind)]
            told = [g for g in told if g.actors <= actors]

            def right(d: EventDate) -> bool:
                return any(g.date.start <= d.start and d.end <= g.date.end for g in told)  # noqa: B023

            out.append((right(c.draft.date), right(c.original[0].date)))
    return out


def validate_redating(splits: list[Split], pair: Pair) -> None:
    """Leave one split out, then one region group out, with and without re-dating: the
    ranker and the scorer both trained without the split (or group) left out."""
    names = [s.name for s in splits]
    r_rows = {s.name: ranker_rows(s) for s in splits}
    apply(splits, None)
    rules = {s.name: s.scores(None) for s in splits}
    base: dict[str, Scores] = {}
    rules_at: dict[float, dict[str, Scores]] = {t: {} for t in REDATE_THRESHOLDS}
    scored_at: dict[float, dict[str, Scores]] = {t: {} for t in REDATE_THRESHOLDS}
    moved: dict[float, int] = dict.fromkeys(REDATE_THRESHOLDS, 0)
    fixed: dict[float, int] = dict.fromkeys(REDATE_THRESHOLDS, 0)
    broken: dict[float, int] = dict.fromkeys(REDATE_THRESHOLDS, 0)
    for s in splits:
        others = [n for n in names if n != s.name]
        apply(splits, None)
        train_rows = [r for o in splits if o.name != s.name for r in o.candidates()]
        base[s.name] = s.scores(keep_at(fit(train_rows, 0.5, others), pair))
        ranker = fit_ranker([r for n in others for r in r_rows[n]], 1.0, others)
        for t in REDATE_THRESHOLDS:
            apply(splits, ranker.model_copy(update={"threshold": t}))
            moved[t] += sum(len(read.reader.redated) for _, _, read in s.documents)
            for a, b in _redatings(s):
                fixed[t] += a and not b
                broken[t] += b and not a
            train_rows = [r for o in splits if o.name != s.name for r in o.candidates()]
            model = fit(train_rows, 0.5, others)
            rules_at[t][s.name] = s.scores(None)
            scored_at[t][s.name] = s.scores(keep_at(model, pair))
    apply(splits, None)

    def mean(by: dict[str, Scores]) -> float:
        return statistics.mean(by[n].f1 for n in names)

    print(f"\n## re-dating, leave one split out (scorer at {pair[0]:.2f} / {pair[1]:.2f})\n")
    for t in REDATE_THRESHOLDS:
        worst = min(scored_at[t][n].f1 - base[n].f1 for n in names)
        print(
            f"re-date from {t:.2f}: {moved[t]} candidates re-dated (left out: {fixed[t]} to a "
            f"gold date from a wrong one, {broken[t]} from a gold date to a wrong one); "
            f"mean F1 rules "
            f"{mean(rules_at[t]):.4f}, scored {mean(scored_at[t]):.4f}, worst change vs "
            f"scored {worst:+.3f}"
        )
    allowed = [
        t for t in REDATE_THRESHOLDS if min(scored_at[t][n].f1 - base[n].f1 for n in names) >= -0.01
    ]
    best = max(allowed or REDATE_THRESHOLDS, key=lambda t: (round(mean(scored_at[t]), 4), t))
    print(f"\nbest: {best:.2f}\n")
    print("| left-out split | gold | rules | scored | rules + re-dating | scored + re-dating "
          "| change |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in names:
        b, sc = base[n], scored_at[best][n]
        print(
            f"| {n} | {rules[n].gold} | {rules[n].f1:.3f} | {b.f1:.3f} | "
            f"{rules_at[best][n].f1:.3f} | {sc.f1:.3f} | {sc.f1 - b.f1:+.3f} |"
        )
    print(
        f"| mean | | {mean(rules):.4f} | {mean(base):.4f} | {mean(rules_at[best]):.4f} | "
        f"{mean(scored_at[best]):.4f} | {mean(scored_at[best]) - mean(base):+.4f} |"
    )
    regions_redating(splits, pair, best, r_rows)


def regions_redating(
    splits: list[Split], pair: Pair, threshold: float, r_rows: dict[str, RankerRows]
) -> None:
    """Leave one region group out (pooled), the scorer with and without re-dating."""
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    sums = {"scored": [0, 0, 0], "re-dated": [0, 0, 0]}
    for g in groups:
        ranker = fit_ranker(
            [r for n, rows in r_rows.items() for r in rows if region_of[(n, r[0])] != g],
            threshold,
            ["all but " + g],
        )
        for name, redating in (("scored", None), ("re-dated", ranker)):
            apply(splits, redating)
            train = [
                row for s in splits for row in s.candidates() if region_of[(s.name, row[0])] != g
            ]
            keep = keep_at(fit(train, pair[0], ["all but " + g], pair[1]), pair)
            for s in splits:
                if any(r == g for _, r, _ in s.documents):
                    sc = s.scores(keep, g) if s.gold.regions else s.scores(keep)
                    acc = sums[name]
                    acc[0] += sc.gold
                    acc[1] += sc.found
                    acc[2] += len(sc.matched)
    apply(splits, None)
    print(f"\n## leave one region group out ({len(groups)} groups), re-dating from {threshold}\n")
    for k, (gold, found, hit) in sums.items():
        print(f"{k}: {found} found, {hit} right of {gold} gold: F1 {_f(sums[k]):.4f}")


def validate_folding(splits: list[Split], pair: Pair) -> None:
    """Leave one split out, then one region group out: the rules and the scorer (trained
    without the split or group left out), each without and with the folding of one real
    event told twice (:mod:`timeline.extract.duplicates`)."""
    names = [s.name for s in splits]
    rows = {s.name: s.candidates() for s in splits}
    cols = ("rules", "rules + fold", "scored", "scored + fold")
    by: dict[str, dict[str, Scores]] = {c: {} for c in cols}
    for s in splits:
        train_rows = [r for n in names if n != s.name for r in rows[n]]
        keep = keep_at(fit(train_rows, pair[0], [n for n in names if n != s.name], pair[1]), pair)
        by["rules"][s.name] = s.scores(None, fold=False)
        by["rules + fold"][s.name] = s.scores(None)
        by["scored"][s.name] = s.scores(keep, fold=False)
        by["scored + fold"][s.name] = s.scores(keep)
    at = f"{pair[0]:.2f} / {pair[1]:.2f}"
    print(f"\n## folding duplicates, leave one split out (scorer at {at})\n")
    print("| left-out split | gold | " + " | ".join(cols) + " | change |")
    print("| --- | ---: |" + " ---: |" * (len(cols) + 1))
    for n in names:
        f1 = [by[c][n].f1 for c in cols]
        cells = " | ".join(f"{f:.3f}" for f in f1)
        print(f"| {n} | {by['rules'][n].gold} | {cells} | {f1[3] - f1[2]:+.3f} |")
    means = [statistics.mean(by[c][n].f1 for n in names) for c in cols]
    cells = " | ".join(f"{m:.4f}" for m in means)
    print(f"| mean | | {cells} | {means[3] - means[2]:+.4f} |")
    found = [sum(by[c][n].found for n in names) for c in cols]
    right = [sum(len(by[c][n].matched) for n in names) for c in cols]
    cells = " | ".join(f"{f} ({r})" for f, r in zip(found, right, strict=True))
    print(f"| found (right) | | {cells} | |")
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    sums = {c: [0, 0, 0] for c in cols}
    for g in groups:
        train = [row for n, rs in rows.items() for row in rs if region_of[(n, row[0])] != g]
        keep = keep_at(fit(train, pair[0], ["all but " + g], pair[1]), pair)
        for s in splits:
            if not any(r == g for _, r, _ in s.documents):
                continue
            for c, k, fold in (
                ("rules", None, False),
                ("rules + fold", None, True),
                ("scored", keep, False),
                ("scored + fold", keep, True),
            ):
                sc = s.scores(k, g, fold) if s.gold.regions else s.scores(k, fold=fold)
                acc = sums[c]
                acc[0] += sc.gold
                acc[1] += sc.found
                acc[2] += len(sc.matched)
    print(f"\n## leave one region group out ({len(groups)} groups, pooled)\n")
    for c in cols:
        gold, found_c, hit = sums[c]
        print(f"{c}: {found_c} found, {hit} right of {gold} gold: F1 {_f(sums[c]):.4f}")


def dump(scorer: Scorer | DateRanker) -> str:
    """The scorer as deterministic JSON (fixed key order, one feature per line; trees one
    per line, each array of a tree on it in node order)."""
    data = scorer.model_dump(mode="json")
    if "trees" not in data:
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    trees = data.pop("trees")
    text = json.dumps({**data, "trees": None}, indent=1, ensure_ascii=False)
    lines = ",\n".join("  " + json.dumps(t, separators=(",", ":")) for t in trees)
    return text.replace('"trees": null', '"trees": [\n' + lines + "\n ]") + "\n"


def _f1(s: Scores) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}"


def _on_an_option(g: GoldEvent, read: ReadDocument) -> bool:
    """Whether some weakly dated candidate of the document matches ``g`` on one of the dates
    its story offers (a perfect re-dating), with its participants or a variant's."""
    k = kind_class(g.kind)
    for c in read.candidates:
        own = c.base or c
        if not own.options or kind_class(c.draft.kind) != k:
            continue
        actors = {p.id for p in c.draft.participants if p.type is not ActorType.person}
        if g.actors <= actors and any(
            g.date.start <= o.date.start and o.date.end <= g.date.end for o in own.options
        ):
            return True
    return False


def oracle(splits: list[Split]) -> None:
    """Per set: gold, the rules' recall, the kept candidates' and every candidate's, and
    every candidate's on any date its story offers (a perfect re-dating).

    Candidates are matched before coreference and merging, which may still add
    participants (a definite mention takes its event's): the oracle column counts
    a gold event the rules' output matches, or some candidate.
    """
    fates = (*FATES[1:], "variant")
    print(
        "| set | gold | candidates | rules, end to end | a kept candidate | oracle: the rules' "
        "output or any candidate | + on any date offered | only a candidate the rules drop ("
        + " / ".join(fates)
        + ") |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    totals = [0, 0, 0, 0, 0, 0]
    for s in splits:
        rules = s.scores(None)
        found = {id(g) for g, _ in rules.matched}
        kept = reached = redated = count = 0
        only: dict[str, int] = {}
        for doc_id, _, read in s.documents:
            count += len(read.candidates)
            for g in (g for g in s.gold.events if g.documents[0] == doc_id):
                hits = [c for c in read.candidates if matches(g, c.event)]
                kept += any(c.kept for c in hits)
                reached += bool(hits) or id(g) in found
                redated += bool(hits) or id(g) in found or _on_an_option(g, read)
                if hits and not any(c.kept for c in hits) and id(g) not in found:
                    why = "variant" if all(c.variant for c in hits) else hits[0].fate
                    only[why] = only.get(why, 0) + 1
        n = rules.gold
        for i, v in enumerate((n, count, len(rules.matched), kept, reached, redated)):
            totals[i] += v
        dropped = " / ".join(str(only.get(f, 0)) for f in fates)
        print(
            f"| {s.name} | {n} | {count} | {len(rules.matched) / n:.3f} | {kept / n:.3f} | "
            f"{reached / n:.3f} | {redated / n:.3f} | {dropped} |"
        )
    n = totals[0]
    print(
        f"| all | {n} | {totals[1]} | {totals[2] / n:.3f} | {totals[3] / n:.3f} | "
        f"{totals[4] / n:.3f} | {totals[5] / n:.3f} | |"
    )


Pair = tuple[float, float]  # (threshold, kept_threshold)


def keep_at(scorer: Scorer, pair: Pair) -> Keep:
    """The choice of ``scorer`` at these thresholds (its threshold for detected candidates
    as it is): the keep that ``bench/date_choice.py``, ``date_misses.py``,
    ``participant_choice.py`` and ``recall_ceiling.py`` score their splits with."""
    tuned = scorer.model_copy(update={"threshold": pair[0], "kept_threshold": pair[1]})
    return ScorerChoice(tuned, memo=False)  # it ranks a detected sentence's rivals too


def validate(splits: list[Split], at: Sequence[Pair] = (), at_only: bool = False) -> None:
    """Leave one split out, then one region group out; print both tables (at the chosen
    thresholds, or at each pair of ``at``: those shipped, say, and those of a retrain;
    with ``at_only``, no grid of thresholds: only those of ``at``)."""
    names = [s.name for s in splits]
    rows = {s.name: s.candidates() for s in splits}
    rules = {s.name: s.scores(None) for s in splits}
    pairs = [] if at_only and at else [(t, k) for t in THRESHOLDS for k in KEPT_THRESHOLDS]
    pairs += [p for p in at if p not in pairs]
    left_out: dict[Pair, dict[str, Scores]] = {p: {} for p in pairs}
    for s in splits:
        train = [r for n in names if n != s.name for r in rows[n]]
        model = fit(train, 0.5, [n for n in names if n != s.name])
        for p in pairs:
            left_out[p][s.name] = s.scores(keep_at(model, p))
    mean_r = statistics.mean(rules[n].f1 for n in names)

    def mean(p: Pair) -> float:
        return statistics.mean(left_out[p][n].f1 for n in names)

    def worst(p: Pair) -> float:
        return min(left_out[p][n].f1 - rules[n].f1 for n in names)

    print("\n## leave one split out: mean left-out F1 by thresholds (add / drop kept below)\n")
    print(f"rules only: mean F1 {mean_r:.3f}")
    for p in pairs:
        print(f"{p[0]:.2f} / {p[1]:.2f}: mean F1 {mean(p):.3f}, worst change {worst(p):+.3f}")
    allowed = [p for p in pairs if worst(p) >= -MAX_LOSS] or pairs
    top = max(mean(p) for p in allowed)
    # of the pairs as good as the best (within TIE), the one closest to the rules:
    # the highest threshold to add, then the lowest to drop
    best = max((p for p in allowed if mean(p) >= top - TIE), key=lambda p: (p[0], -p[1]))
    print(f"\nchosen: {best[0]:.2f} / {best[1]:.2f}")
    for pair in at or [best]:
        print(f"\n## leave one split out at thresholds {pair[0]:.2f} / {pair[1]:.2f}\n")
        print("| left-out split | gold | rules: P / R / F1 | scored: P / R / F1 | F1 change |")
        print("| --- | ---: | --- | --- | ---: |")
        for n in names:
            r, sc = rules[n], left_out[pair][n]
            print(f"| {n} | {r.gold} | {_f1(r)} | {_f1(sc)} | {sc.f1 - r.f1:+.3f} |")
        print(f"| mean | | {mean_r:.4f} | {mean(pair):.4f} | {mean(pair) - mean_r:+.4f} |")
        print(f"\npooled, rules: {_pooled(rules)}\npooled, scored: {_pooled(left_out[pair])}")
        ship = mean(pair) > mean_r and worst(pair) >= -MAX_LOSS
        print(f"\nworst left-out change {worst(pair):+.3f}; ship: {'yes' if ship else 'no'}")
        regions(splits, pair)


def _pooled(by: dict[str, Scores]) -> str:
    gold = sum(s.gold for s in by.values())
    found = sum(s.found for s in by.values())
    hit = sum(len(s.matched) for s in by.values())
    return (
        f"{hit} right of {found} found, {gold} gold: P {hit / found:.3f} R {hit / gold:.3f} "
        f"F1 {_f([gold, found, hit]):.4f}"
    )


def validate_trees(splits: list[Split], pair: Pair, tree_pair: Pair) -> None:
    """The logistic scorer (at ``pair``) against gradient-boosted trees (at ``tree_pair``,
    fixed beforehand, as their hyperparameters :data:`TREES`), each refitted without the
    split left out, one split at a time."""
    names = [s.name for s in splits]
    rows = {s.name: s.candidates() for s in splits}
    rules = {s.name: s.scores(None) for s in splits}
    logistic: dict[str, Scores] = {}
    trees: dict[str, Scores] = {}
    for s in splits:
        others = [n for n in names if n != s.name]
        train = [r for n in others for r in rows[n]]
        logistic[s.name] = s.scores(keep_at(fit(train, pair[0], others, pair[1]), pair))
        trees[s.name] = s.scores(keep_at(fit_trees(train, tree_pair[0], others), tree_pair))
        print(f"{s.name} done", file=sys.stderr, flush=True)
    print(f"\n## leave one split out: logistic at {pair}, trees at {tree_pair}\n")
    print(
        "| left-out split | gold | rules: P / R / F1 | logistic: P / R / F1 (right) | "
        "trees: P / R / F1 (right) | right, trees − logistic |"
    )
    print("| --- | ---: | --- | --- | --- | ---: |")
    for n in names:
        lo, tr = logistic[n], trees[n]
        print(
            f"| {n} | {rules[n].gold} | {_f1(rules[n])} | {_f1(lo)} ({len(lo.matched)}) | "
            f"{_f1(tr)} ({len(tr.matched)}) | {len(tr.matched) - len(lo.matched):+d} |"
        )
    means = [statistics.mean(by[n].f1 for n in names) for by in (rules, logistic, trees)]
    print(f"| mean F1 | | {means[0]:.4f} | {means[1]:.4f} | {means[2]:.4f} | | |")
    for label, by in (("rules", rules), ("logistic", logistic), ("trees", trees)):
        print(f"pooled, {label}: {_pooled(by)}")
    worst = min(len(trees[n].matched) - len(logistic[n].matched) for n in names)
    print(f"worst split, right events of the trees against the logistic: {worst:+d}")


def regions_trees(splits: list[Split], pair: Pair, tree_pair: Pair, part: str = "1/1") -> None:
    """Leave one region group out: the rules, the logistic scorer (at ``pair``) and the
    trees (at ``tree_pair``), both refitted without the group; with ``part`` "i/n", only
    every n-th group from the i-th (one process of n; each group's counts are printed)."""
    rows = {s.name: s.candidates() for s in splits}
    i, n = (int(v) for v in part.split("/"))
    groups = sorted({r for s in splits for _, r, _ in s.documents})[i - 1 :: n]
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    cols = ("rules", "logistic", "trees")
    sums = {c: [0, 0, 0] for c in cols}
    per_group: dict[str, list[float]] = {c: [] for c in cols}
    for g in groups:
        train = [row for n, rs in rows.items() for row in rs if region_of[(n, row[0])] != g]
        keeps = {
            "rules": None,
            "logistic": keep_at(fit(train, pair[0], ["all but " + g], pair[1]), pair),
            "trees": keep_at(fit_trees(train, tree_pair[0], ["all but " + g]), tree_pair),
        }
        for c, keep in keeps.items():
            acc = [0, 0, 0]
            for s in splits:
                if any(r == g for _, r, _ in s.documents):
                    sc = s.scores(keep, g) if s.gold.regions else s.scores(keep)
                    acc = [acc[0] + sc.gold, acc[1] + sc.found, acc[2] + len(sc.matched)]
            sums[c] = [a + b for a, b in zip(sums[c], acc, strict=True)]
            per_group[c].append(_f(acc))
            print(f"group {g} {c}: {acc[0]} gold, {acc[1]} found, {acc[2]} right", flush=True)
    print(f"\n## leave one region group out ({len(groups)} groups)\n")
    for c in cols:
        gold, found, hit = sums[c]
        print(
            f"{c}: {hit} right of {found} found, {gold} gold: P {hit / found:.3f} "
            f"R {hit / gold:.3f} pooled F1 {_f(sums[c]):.4f}, mean of groups "
            f"{statistics.mean(per_group[c]):.4f}"
        )
    changes = [t - lo for t, lo in zip(per_group["trees"], per_group["logistic"], strict=True)]
    better, worse = sum(c > MAX_LOSS for c in changes), sum(c < -MAX_LOSS for c in changes)
    print(f"groups, trees against logistic: {better} better by > {MAX_LOSS}, {worse} worse")


def _counts(s: Scores) -> list[int]:
    return [s.gold, s.found, len(s.matched)]


def _columns(pairs: Sequence[Pair]) -> list[str]:
    """The columns of the comparison with words: the rules, the scorer at each pair, the
    scorer with words at the last."""
    return ["rules", *(f"scorer at {a:.2f}" for a, _ in pairs), "with words"]


def validate_lexical(splits: list[Split], pairs: Sequence[Pair], part: str = "1/1") -> None:
    """The scorer with words (:func:`fit_lexical`, at the last of ``pairs``) against the
    scorer without (at each pair), each refitted without the split left out (its
    vocabulary and C chosen on the others alone), one split at a time: P / R / F1 and
    right events per split, the mean, pooled, and the worst net change of right events.
    With ``part`` "i/n", every n-th split from the i-th (each split's counts are printed:
    ``NAME: ... COLUMN [gold, found, right]``)."""
    i, n_parts = (int(v) for v in part.split("/"))
    rows = {s.name: s.candidates() for s in splits}
    splits = splits[i - 1 :: n_parts]
    names = [s.name for s in splits]
    cols = _columns(pairs)
    by: dict[str, dict[str, Scores]] = {c: {} for c in cols}
    for s in splits:
        others = {n: r for n, r in rows.items() if n != s.name}
        train = [r for n in others for r in others[n]]
        base = fit(train, 0.5, list(others))
        lexical = fit_lexical(others, *pairs[-1])
        by["rules"][s.name] = s.scores(None)
        for c, pair in zip(cols[1:-1], pairs, strict=True):
            by[c][s.name] = s.scores(keep_at(base, pair))
        by["with words"][s.name] = s.scores(keep_at(lexical, pairs[-1]))
        counts = ", ".join(f"{c} {_counts(by[c][s.name])}" for c in cols)
        print(
            f"{s.name}: C {lexical.regularization}, {len(lexical.vocabulary)} words; {counts}",
            flush=True,
        )
    print(f"\n## leave one split out: the scorer without and with words, at {list(pairs)}\n")
    print(
        "| left-out split | gold | "
        + " | ".join(f"{c}: P / R / F1 (right)" for c in cols)
        + " | right, with words − without |"
    )
    print("| --- | ---: |" + " --- |" * len(cols) + " ---: |")
    base_col = cols[-2]
    for n in names:
        cells = " | ".join(f"{_f1(by[c][n])} ({len(by[c][n].matched)})" for c in cols)
        change = len(by["with words"][n].matched) - len(by[base_col][n].matched)
        print(f"| {n} | {by['rules'][n].gold} | {cells} | {change:+d} |")
    means = " | ".join(f"{statistics.mean(by[c][n].f1 for n in names):.4f}" for c in cols)
    print(f"| mean F1 | | {means} | |")
    for c in cols:
        print(f"pooled, {c}: {_pooled(by[c])}")
    worst = min(len(by["with words"][n].matched) - len(by[base_col][n].matched) for n in names)
    print(f"worst split, right events with words against {base_col}: {worst:+d}")


def regions_lexical(
    splits: list[Split], pairs: Sequence[Pair], part: str = "1/1", per_fold: int = 1
) -> None:
    """Leave region groups out: the rules, the scorer without words (at each of ``pairs``)
    and with words (at the last), both refitted without the fold's groups (the vocabulary
    and C chosen on the rest); the groups dealt in turn into folds of ``per_fold``, each
    group scored alone. With ``part`` "i/n", every n-th fold from the i-th (each group's
    counts printed, so the parts' lines add up: ``group G COLUMN: gold, found, right``)."""
    rows = {s.name: s.candidates() for s in splits}
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    n_folds = math.ceil(len(groups) / per_fold)
    folds = [groups[k::n_folds] for k in range(n_folds)]
    i, n = (int(v) for v in part.split("/"))
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    cols = _columns(pairs)
    sums = {c: [0, 0, 0] for c in cols}
    per_group: dict[str, list[float]] = {c: [] for c in cols}
    for fold in folds[i - 1 :: n]:
        out = set(fold)
        by_set = {k: [r for r in rs if region_of[(k, r[0])] not in out] for k, rs in rows.items()}
        train = [r for rs in by_set.values() for r in rs]
        base = fit(train, 0.5, ["all but " + ", ".join(fold)])
        keeps: dict[str, Keep | None] = {"rules": None}
        for c, pair in zip(cols[1:-1], pairs, strict=True):
            keeps[c] = keep_at(base, pair)
        keeps["with words"] = keep_at(fit_lexical(by_set, *pairs[-1]), pairs[-1])
        for g in fold:
            for c, keep in keeps.items():
                acc = [0, 0, 0]
                for s in splits:
                    if any(r == g for _, r, _ in s.documents):
                        sc = s.scores(keep, g) if s.gold.regions else s.scores(keep)
                        acc = [a + b for a, b in zip(acc, _counts(sc), strict=True)]
                sums[c] = [a + b for a, b in zip(sums[c], acc, strict=True)]
                per_group[c].append(_f(acc))
                print(f"group {g} {c}: {acc[0]} gold, {acc[1]} found, {acc[2]} right", flush=True)
    print(f"\n## leave region groups out ({sum(len(f) for f in folds[i - 1 :: n])} groups)\n")
    for c in cols:
        gold, found, hit = sums[c]
        print(
            f"{c}: {hit} right of {found} found, {gold} gold: P {hit / max(found, 1):.3f} "
            f"R {hit / max(gold, 1):.3f} pooled F1 {_f(sums[c]):.4f}, mean of groups "
            f"{statistics.mean(per_group[c]):.4f}"
        )


def regions(splits: list[Split], pair: Pair) -> None:
    """Leave one region group out (over every split's documents of that group)."""
    groups = sorted({r for s in splits for _, r, _ in s.documents})
    all_rows = {s.name: s.candidates() for s in splits}
    region_of = {(s.name, d): r for s in splits for d, r, _ in s.documents}
    sums = {"rules": [0, 0, 0], "scored": [0, 0, 0]}
    by_split = {s.name: {"rules": [0, 0, 0], "scored": [0, 0, 0]} for s in splits}
    worse = better = 0
    changes = []
    for g in groups:
        train = [row for n, rows in all_rows.items() for row in rows if region_of[(n, row[0])] != g]
        model = fit(train, pair[0], ["all but " + g], pair[1])
        rs = [0, 0, 0]
        ss = [0, 0, 0]
        for s in splits:
            if not any(r == g for _, r, _ in s.documents):
                continue
            for k, acc, keep in (("rules", rs, None), ("scored", ss, keep_at(model, pair))):
                sc = s.scores(keep, g) if s.gold.regions else s.scores(keep)
                for counts in (acc, by_split[s.name][k]):
                    counts[0] += sc.gold
                    counts[1] += sc.found
                    counts[2] += len(sc.matched)
        f_r, f_s = _f(rs), _f(ss)
        changes.append(f_s - f_r)
        worse += f_s < f_r - MAX_LOSS
        better += f_s > f_r + MAX_LOSS
        for k, acc in (("rules", rs), ("scored", ss)):
            sums[k] = [a + b for a, b in zip(sums[k], acc, strict=True)]
    print(f"\n## leave one region group out ({len(groups)} groups, thresholds {pair})\n")
    for k in ("rules", "scored"):
        gold, found, hit = sums[k]
        print(
            f"{k}: {found} found, {hit} right of {gold} gold: "
            f"P {hit / found:.3f} R {hit / gold:.3f} F1 {_f(sums[k]):.3f}"
        )
    print(
        f"groups better by > {MAX_LOSS}: {better}, worse by > {MAX_LOSS}: {worse}, "
        f"mean change {statistics.mean(changes):+.3f}"
    )
    print("\n| split (its region groups left out) | gold | rules: F1 (right/found) | scored |")
    print("| --- | ---: | --- | --- |")
    for name, by in by_split.items():
        r, sc = by["rules"], by["scored"]
        print(f"| {name} | {r[0]} | {_f(r):.3f} ({r[2]}/{r[1]}) | {_f(sc):.3f} ({sc[2]}/{sc[1]}) |")
    means = {k: statistics.mean(_f(by[k]) for by in by_split.values()) for k in sums}
    print(f"| mean | | {means['rules']:.4f} | {means['scored']:.4f} |")


def _f(acc: list[int]) -> float:
    gold, found, hit = acc
    return 2 * hit / (gold + found) if gold + found else 0.0


def train(
    splits: list[Split],
    pair: Pair,
    output: Path,
    redate_from: float | None,
    trees: bool,
    lexical: bool = False,
    detected_threshold: float | None = None,
) -> None:
    """Fit on every split and write the scorer (with ``detected_threshold``, the threshold
    of the detector's candidates, ``bench/event_detector.py threshold``'s; with ``trees``,
    gradient-boosted trees at the thresholds of the logistic one; with ``lexical``, the
    words of the candidates' lexical context too, :func:`fit_lexical`); with
    ``redate_from``, first the date ranker (written beside it), the scorer then fitted on
    the candidates it re-dates."""
    sets = [s.name for s in splits]
    if redate_from is not None:
        ranker = fit_ranker([r for s in splits for r in ranker_rows(s)], redate_from, sets)
        RANKER_OUTPUT.write_text(dump(ranker), encoding="utf-8")
        apply(splits, ranker)
        moved = sum(len(read.reader.redated) for s in splits for _, _, read in s.documents)
        print(f"wrote {RANKER_OUTPUT} ({ranker.examples} options, {moved} re-dated)")
    rows = [r for s in splits for r in s.candidates()]
    if lexical:  # the vocabulary and C chosen on the sets, then the threshold
        with_words = fit_lexical({s.name: s.candidates() for s in splits}, 0.5)
        if pair[0] <= 0:
            pair = (seed_floor(splits, with_words), pair[1])
        update = {"threshold": pair[0], "kept_threshold": pair[1]}
        output.write_text(dump(with_words.model_copy(update=update)), encoding="utf-8")
        print(
            f"wrote {output} ({len(rows)} candidates, {len(with_words.vocabulary)} words, "
            f"C {with_words.regularization}, thresholds {pair})"
        )
        return
    on_detected = {"detected_threshold": detected_threshold}
    if pair[0] <= 0:  # the seed's precision floor (--threshold 0)
        first = fit(rows, 0.5, sets).model_copy(update=on_detected)
        pair = (seed_floor(splits, first), pair[1])
    scorer = (fit_trees if trees else fit)(rows, pair[0], sets, pair[1])
    scorer = scorer.model_copy(update=on_detected)
    output.write_text(dump(scorer), encoding="utf-8")
    print(f"wrote {output} ({len(rows)} candidates, thresholds {pair})")


#: Thresholds tried for the seed's precision floor.
FLOOR_THRESHOLDS = tuple(round(0.30 + 0.01 * i, 2) for i in range(31))


def seed_floor(splits: list[Split], scorer: EventScorer) -> float:
    """The lowest threshold to add from at which the seed's precision (in-sample) is no
    lower than the rules' (the floor of every pass since the sixth)."""
    seed = next(s for s in splits if s.name == "seed")
    rules = seed.scores(None).precision
    for t in FLOOR_THRESHOLDS:
        precision = seed.scores(keep_at(scorer, (t, 0.0))).precision
        print(f"seed at {t:.2f}: precision {precision:.3f} (rules {rules:.3f})")
        if precision >= rules:
            return t
    return FLOOR_THRESHOLDS[-1]


def speed(folders: list[Path], repeat: int) -> None:
    """MB per CPU-second of extraction, the rules' choice vs the scorer's, one process."""
    from timeline.extract.date_choice import load_ranker
    from timeline.extract.scorer import load_scorer

    docs = [d for f in folders for d in read_corpus([f])]
    size = sum(len(d.text.encode()) for d in docs)
    scorer = load_scorer(OUTPUT)
    ranker = load_ranker(RANKER_OUTPUT) if RANKER_OUTPUT.is_file() else None

    def rules() -> None:
        for d in docs:
            merge_events(read_document(d, log=False).mentions()[0], keep=has_both_sides)

    def scored() -> None:
        for d in docs:
            read = read_document(d, offer_dates=ranker is not None)
            read.redate(ranker)
            events = read.mentions(lambda c: scorer.keeps(c.features))[0]
            merge_events(events, keep=has_both_sides)

    rules()  # warm up
    times: dict[str, list[float]] = {"rules": [], "scored": []}
    for _ in range(repeat):
        for name, run in (("rules", rules), ("scored", scored)):
            t0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
            run()
            times[name].append(resource.getrusage(resource.RUSAGE_SELF).ru_utime - t0)
    for name, ts in times.items():
        print(
            f"{name}: {len(docs)} documents, {size:,} bytes, CPU best {min(ts):.3f} s, "
            f"median {statistics.median(ts):.3f} s, "
            f"{size / 1e6 / statistics.median(ts):.3f} MB/CPU-s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command",
        choices=(
            "oracle",
            "validate",
            "trees",
            "trees-regions",
            "lexical",
            "lexical-regions",
            "redate",
            "fold",
            "train",
            "speed",
        ),
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        help="for train: to add (0: the seed's precision floor, see seed_floor)",
    )
    parser.add_argument(
        "--kept-threshold", type=float, default=0.0, help="for train: to drop a kept one"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help="for train")
    parser.add_argument(
        "--trees",
        action="store_true",
        help="for train: gradient-boosted trees (TREES), at the thresholds of the logistic scorer",
    )
    parser.add_argument(
        "--lexical",
        action="store_true",
        help="for train: weigh the words of the candidates' lexical context too (fit_lexical)",
    )
    parser.add_argument(
        "--at",
        type=float,
        nargs=2,
        metavar=("ADD", "DROP"),
        action="append",
        help="for validate: the tables at these thresholds (e.g. those shipped), not the chosen; "
        "repeatable (validate prints each; the other commands take the last)",
    )
    parser.add_argument(
        "--trees-at",
        type=float,
        nargs=2,
        metavar=("ADD", "DROP"),
        help="for trees and trees-regions: the trees' thresholds (default: --at's)",
    )
    parser.add_argument(
        "--part",
        default="1/1",
        help="for trees-regions and lexical-regions: every n-th group (fold) from the i-th (i/n)",
    )
    parser.add_argument(
        "--per-fold",
        type=int,
        default=1,
        help="for lexical-regions: region groups per fold",
    )
    parser.add_argument("--repeat", type=int, default=5, help="for speed")
    parser.add_argument(
        "--redate-from",
        type=float,
        default=None,
        help="for train: also fit the date ranker, re-dating from this probability",
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="FATE_OR_FEATURE",
        help="leave out the candidates of this fate or with this feature (a source measured "
        "against the log without it), e.g. 'at a gathering'; repeatable",
    )
    parser.add_argument(
        "--ignore-features",
        action="append",
        default=[],
        metavar="PREFIX",
        help="fit the scorer without the features starting so (e.g. 'tense:'); repeatable",
    )
    parser.add_argument(
        "--detected-threshold",
        type=float,
        default=None,
        help="for train: the threshold of the detector's candidates (bench/event_detector.py "
        "threshold)",
    )
    parser.add_argument(
        "--rules-participants",
        action="store_true",
        help="read with the rules' participants, no participant chooser (the shipped scorer is "
        "fitted so: docs/history/extraction-log.md, sixteenth pass)",
    )
    parser.add_argument(
        "--at-only",
        action="store_true",
        help="for validate: only the thresholds of --at (no grid)",
    )
    parser.add_argument(
        "--detected-variants",
        action="store_true",
        help="read each detected candidate's rivals (its second class, its sentence's other "
        "dates) and fit their features",
    )
    parser.add_argument(
        "--beside-rules",
        action="store_true",
        help="the detector reads the sentences whose rules' candidates are all of other "
        "classes too, and the scorer weighs those candidates (feature "
        f"'{BESIDE}')",
    )
    parser.add_argument("folders", nargs="*", type=Path, help="default: the tuning sets")
    args = parser.parse_args()
    folders = args.folders or DEFAULT
    READ_RIVALS[0] = args.detected_variants
    READ_BESIDE[0] = args.beside_rules
    IGNORED[:] = [*args.ignore_features, *([] if args.detected_variants else [RIVALS])]
    print(f"Python {platform.python_version()} on {platform.machine()}, one process")
    if args.command == "speed":
        speed(folders, args.repeat)
        return
    if args.rules_participants:
        from timeline.extract.participant_choice import choosing

        with choosing(None):
            run(args, folders)
    else:
        run(args, folders)


def run(args: argparse.Namespace, folders: Sequence[Path]) -> None:
    """Read the splits and run one command of :func:`main` (not ``speed``)."""
    splits = [read_split(f, args.without) for f in folders]
    if args.command == "oracle":
        oracle(splits)
    elif args.command == "validate":
        validate(splits, [(a, d) for a, d in args.at or []], args.at_only)
    elif args.command in ("trees", "trees-regions"):
        pair = (args.at[-1][0], args.at[-1][1]) if args.at else (0.43, 0.0)
        trees_at = (args.trees_at[0], args.trees_at[1]) if args.trees_at else pair
        if args.command == "trees":
            validate_trees(splits, pair, trees_at)
        else:
            regions_trees(splits, pair, trees_at, args.part)
    elif args.command in ("lexical", "lexical-regions"):
        pairs = [(a, d) for a, d in args.at] if args.at else [(0.47, 0.0)]
        if args.command == "lexical":
            validate_lexical(splits, pairs, args.part)
        else:
            regions_lexical(splits, pairs, args.part, args.per_fold)
    elif args.command == "fold":
        validate_folding(splits, (args.at[-1][0], args.at[-1][1]) if args.at else (0.49, 0.0))
    elif args.command == "redate":
        validate_redating(splits, (args.at[-1][0], args.at[-1][1]) if args.at else (0.46, 0.0))
    else:
        pair = (args.threshold, args.kept_threshold)
        train(
            splits,
            pair,
            args.output,
            args.redate_from,
            args.trees,
            args.lexical,
            args.detected_threshold,
        )


if __name__ == "__main__":
    main()
