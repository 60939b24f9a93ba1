"""A learned sentence-level event detector: which sentences tell an event, and of what class.

The lexicon's triggers (:mod:`.lexicon`) miss about a third of the gold events of
the tuning sets: no rule fires on the sentence that tells them (docs/history/extraction-log.md,
"Thirteenth pass"). The detector reads every sentence with general features only,
never a name: its lower-cased words and word pairs, with the names, places, dates
and numbers the gazetteer and the tagger find masked by their class (``COUNTRY``,
``PERSON``, ``ORG``, ``CAPITAL``, ``PLACE``, ``TIMEX-DAY``, ``TIMEX-YEAR``, ``NUM``
...), how many countries, organizations and people it names, the precision of its
dates, and where it stands in the article (:func:`sentence_features`). Two models
over those features, trained by ``bench/event_detector.py`` on the gold events of
the tuning sets (a sentence is positive when a gold event's evidence lies in it):
a logistic regression, P(the sentence tells an event), and a multinomial one over
the kind classes (:data:`timeline.extract.evaluate.KIND_CLASSES`). Both are one
reviewed data file, ``data/event_detector.json``; inference is sparse dot products
in plain Python, like :mod:`.scorer`.

Where the detector fires on a sentence the rules have no candidate in, the reader
proposes a candidate of the detected class
(:meth:`.detector_proposals.DetectorProposals._detected`), dated and given participants
by the existing rules; the event scorer judges it with the others (features
``fate:detected`` and the detector's probability band).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from operator import add
from typing import Any, Self

from pydantic import Field, PrivateAttr, model_validator

from ..model import EventKind
from ..word_lists import WordLists, word_lists
from .evaluate import kind_class
from .scorer import LogisticModel, load_model, shipped_model

__all__ = [
    "DETECTOR_FILE",
    "EventDetector",
    "Token",
    "load_detector",
    "may_tell_an_event",
    "named_features",
    "sentence_features",
    "sentence_tokens",
    "shipped_detector",
]

#: The shipped models, under the package's data folder.
DETECTOR_FILE = "event_detector.json"


@cache
def function_words() -> frozenset[str]:
    """Words that tell no act, where no detected candidate stands while another word is
    left (``function_words`` of ``data/detector_words.yaml``, read on first use).

    >>> "on" in function_words(), "signed" in function_words()
    (True, False)
    """
    return frozenset(_detector_lists().words("function_words"))


@cache
def gathering_words() -> frozenset[str]:
    """Words that tell people met, without one of which a sentence tells no gathering the
    detector may propose (``gathering_words`` of ``data/detector_words.yaml``: a speech
    to troops, an accusation, a crime at a consulate is no meeting).

    >>> "talks" in gathering_words(), "accused" in gathering_words()
    (True, False)
    """
    return frozenset(_detector_lists().words("gathering_words"))


@cache
def process_verbs() -> frozenset[str]:
    """Verbs that tell a process's course, not a state's act: where the detector's `other`
    stands at one, it proposes nothing ("In August of 2008 the dismantling stalled";
    ``process_verbs`` of ``data/detector_words.yaml``, seventy-third pass).

    >>> "stalled" in process_verbs(), "signed" in process_verbs()
    (True, False)
    """
    return frozenset(_detector_lists().words("process_verbs"))


def tells_people_met(tokens: Iterable[Token]) -> bool:
    """Whether a sentence's tokens may tell a gathering: a word of :func:`gathering_words`,
    an organization (its meeting named by its body: "the European Council of 22-23 June"),
    or two people named ("Sánchez and Costa advanced on July 2 in Lisbon"); one person's
    act alone ("Barak told troops ...") is no meeting (seventy-first pass).

    >>> tells_people_met([Token(0, 6, "PERSON", True), Token(7, 11, "told", False)])
    False
    >>> tells_people_met([Token(0, 6, "PERSON", True), Token(7, 10, "met", False)])
    True
    """
    people = 0
    for token in tokens:
        if not token.masked:
            if token.text in gathering_words():
                return True
        elif token.text == _ACTOR_MASKS["organization"]:
            return True
        elif token.text == _ACTOR_MASKS["person"]:
            people += 1
    return people >= 2


def _detector_lists() -> WordLists:
    return word_lists(
        "detector_words.yaml",
        {"function_words": "words", "gathering_words": "words", "process_verbs": "words"},
    )


#: Prefixes of the detector's features: a word, a pair of words, a count, a date's
#: precision, the sentence's position.
PREFIXES = ("w:", "b:", "n:", "t:", "pos:")

_WORD = re.compile(
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:st|nd|rd|th)\b|\d+(?:[.,]\d+)*|[^\w\s]", re.I
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$", re.I)

#: A gazetteer actor's mask, by its type and form.
_ACTOR_MASKS = {"country": "COUNTRY", "organization": "ORG", "person": "PERSON"}
_FORM_MASKS = {"demonym": "DEMONYM", "capital": "CAPITAL", "office": "OFFICE", "group": "GROUP"}


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a sentence: a lower-cased word, or a mask for a name, place or date."""

    start: int
    end: int
    text: str
    masked: bool


def _timex_mask(timex: Any) -> str:
    kind = str(getattr(timex, "type", "DATE")).upper()
    if kind in ("DURATION", "SET"):
        return f"TIMEX-{kind}"
    value = str(getattr(timex, "value", ""))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return "TIMEX-DAY"
    if re.fullmatch(r"\d{4}-W\d{2}.*", value):
        return "TIMEX-WEEK"
    # a range of months ("March-June 2003") is a month, as a range of days is a day: the
    # tagger read its last month alone when the detector was trained
    if re.fullmatch(r"\d{4}-\d{2}(?:/\d{4}-\d{2})?", value):
        return "TIMEX-MONTH"
    if re.fullmatch(r"\d{4}", value):
        return "TIMEX-YEAR"
    return "TIMEX-OTHER"


def _actor_mask(actor: Any) -> str:
    form = str(getattr(actor, "form", ""))
    if form in _FORM_MASKS:
        return _FORM_MASKS[form]
    return _ACTOR_MASKS.get(str(getattr(actor, "type", "")), "ORG")


def sentence_tokens(
    text: str,
    sentence: tuple[int, int],
    actors: Iterable[Any] = (),
    places: Iterable[Any] = (),
    timexes: Iterable[Any] = (),
) -> list[Token]:
    """The tokens of ``text[sentence[0]:sentence[1]]``: the names, places and dates found
    in it masked by their class (the first found of overlapping spans wins: dates, then
    actors, then places), every other word lower-cased, numbers ``NUM``, ordinals ``ORD``.

    >>> text = "Lula visited Beijing on April 14, 2023."
    >>> [t.text for t in sentence_tokens(text, (0, len(text)))]
    ['lula', 'visited', 'beijing', 'on', 'april', 'NUM', ',', 'NUM', '.']
    """
    lo, hi = sentence
    spans: list[tuple[int, int, str]] = []
    for t in timexes:
        spans.append((t.start, t.end, _timex_mask(t)))
    for a in actors:
        spans.append((a.start, a.end, _actor_mask(a)))
    for p in places:
        spans.append((p.start, p.end, "PLACE"))
    masks: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if lo <= start and end <= hi and not any(s < end and start < e for s, e, _ in masks):
            masks.append((start, end, label))
    masks.sort()
    out: list[Token] = []
    at = lo
    for start, end, label in [*masks, (hi, hi, "")]:
        for m in _WORD.finditer(text, at, start):
            word = m.group().lower()
            if _ORDINAL.match(word):
                word = "ORD"
            elif word[0].isdigit():
                word = "NUM"
            out.append(Token(m.start(), m.end(), word, False))
        if label:
            out.append(Token(start, end, label, True))
        at = max(at, end)
    return out


#: The types of the temporal expressions that date an event (not a duration or a set).
_DATING_TIMEXES = frozenset({"DATE", "TIME"})


def may_tell_an_event(actors: Collection[Any], timexes: Iterable[Any]) -> bool:
    """Whether the detector reads a sentence: it names an actor (a country, organization
    or person) and has a date expression (a TIMEX3 of type DATE or TIME). A sentence
    without either cannot give a candidate its participants or its own date.

    >>> from types import SimpleNamespace as T
    >>> may_tell_an_event([T(type="country")], [T(type="DATE")])
    True
    >>> may_tell_an_event([T(type="country")], [T(type="DURATION")])
    False
    """
    return bool(actors) and any(
        str(getattr(t, "type", "")).upper() in _DATING_TIMEXES for t in timexes
    )


def _count(n: int) -> str:
    return str(n) if n < 3 else "3+"


def sentence_features(
    tokens: Sequence[Token],
    actors: Sequence[Any],
    index: int,
    lede: bool,
) -> dict[str, float]:
    """The detector's features of one sentence: its words (``w:``), pairs of adjacent
    words (``b:``), counts of the countries, organizations and people it names
    (``n:``), the precision of its dates (``t:``) and its place in the article
    (``pos:``), all of value 1.

    >>> text = "Lula visited China."
    >>> f = sentence_features(sentence_tokens(text, (0, len(text))), [], 5, False)
    >>> sorted(k for k in f if not k.startswith("n:"))[:4]
    ['b:<s> lula', 'b:china .', 'b:lula visited', 'b:visited china']
    """
    on: list[str] = [f"w:{t.text}" for t in tokens]
    words = ["<s>", *(t.text for t in tokens)]
    on += [f"b:{a} {b}" for a, b in pairwise(words)]
    on += _other_features(tokens, actors, index, lede)
    return dict.fromkeys(on, 1.0)


def named_features(
    tokens: Sequence[Token],
    actors: Sequence[Any],
    index: int,
    lede: bool,
    words: Collection[str],
    pairs: Mapping[str, Collection[str]],
    others: Collection[str],
) -> dict[str, float]:
    """:func:`sentence_features` but only those a model names, built by set look-ups: the
    ``words`` (without ``w:``), the ``pairs`` (first word to the second words, without
    ``b:``) and the ``others`` (counts, dates, position) it weighs; no other pair is built.

    >>> text = "Lula visited China."
    >>> tokens = sentence_tokens(text, (0, len(text)))
    >>> named_features(tokens, [], 5, False, {"visited"}, {"<s>": {"lula"}}, {"t:none"})
    {'w:visited': 1.0, 'b:<s> lula': 1.0, 't:none': 1.0}
    """
    on: list[str] = [f"w:{t.text}" for t in tokens if t.text in words]
    previous = "<s>"
    for t in tokens:
        second = pairs.get(previous)
        if second is not None and t.text in second:
            on.append(f"b:{previous} {t.text}")
        previous = t.text
    if others:
        on += [n for n in _other_features(tokens, actors, index, lede) if n in others]
    return dict.fromkeys(on, 1.0)


def _other_features(
    tokens: Sequence[Token], actors: Sequence[Any], index: int, lede: bool
) -> list[str]:
    """The counts (``n:``), dates (``t:``) and position (``pos:``) of :func:`sentence_features`."""
    on: list[str] = []
    kinds = [str(getattr(a, "type", "")) for a in actors]
    countries = {getattr(a, "id", "") for a, k in zip(actors, kinds, strict=True) if k == "country"}
    countries |= {
        getattr(a, "country", "") for a, k in zip(actors, kinds, strict=True) if k == "person"
    }
    countries.discard("")
    countries.discard(None)
    on.append(f"n:countries {_count(len(countries))}")
    on.append(f"n:organizations {_count(kinds.count('organization'))}")
    on.append(f"n:people {_count(kinds.count('person'))}")
    dates = {t.text for t in tokens if t.masked and t.text.startswith("TIMEX-")}
    on += [f"t:{d[6:].lower()}" for d in sorted(dates)] or ["t:none"]
    on.append("pos:lede" if lede else ("pos:early" if index <= 3 else "pos:late"))
    return on


def _known(name: str) -> bool:
    return name.startswith(PREFIXES) and len(name) > 2


class EventDetector(LogisticModel):
    """Whether a sentence tells an event (the logistic model of :class:`LogisticModel`), the
    probability from which it proposes a candidate, and the kind class it tells (a
    multinomial model: per feature one weight per class).

    >>> d = EventDetector(
    ...     description="a toy", features=["w:visited", "w:said"], weights=[2.0, -1.0],
    ...     intercept=-1.0, trained_on=["toy"], trained="2026-11-30", examples=4,
    ...     regularization=1.0, threshold=0.5, classes=["gathering", "visit"],
    ...     class_kinds=["meeting", "visit"], class_features=["w:visited"],
    ...     class_weights=[[-1.0, 1.0]], class_intercepts=[0.0, 0.0])
    >>> round(d.probability({"w:visited": 1.0}), 3), d.kind_of({"w:visited": 1.0}).value
    (0.731, 'visit')
    >>> d.fires({"w:said": 1.0})
    False
    """

    threshold: float = Field(
        gt=0.0, lt=1.0, description="Probability from which the detector proposes a candidate."
    )
    classes: list[str] = Field(min_length=1)
    #: The kind a candidate of each class takes (the class's most frequent gold kind).
    class_kinds: list[EventKind]
    class_features: list[str]
    class_weights: list[list[float]]
    class_intercepts: list[float]
    #: The kinds a class of several kinds (:data:`~.evaluate.KIND_CLASSES`: a gathering is
    #: a meeting, a summit or a forum; a document a signing, an adoption or a statement)
    #: is told as: a second multinomial model over these kinds, read only among the kinds of
    #: the class chosen (:meth:`kind_of`). Without it a class takes its :attr:`class_kinds`.
    kinds: list[EventKind] = Field(default_factory=list)
    kind_features: list[str] = Field(default_factory=list)
    kind_weights: list[list[float]] = Field(default_factory=list)
    kind_intercepts: list[float] = Field(default_factory=list)
    _rows: dict[str, list[float]] = PrivateAttr(default_factory=dict)
    _kind_rows: dict[str, list[float]] = PrivateAttr(default_factory=dict)
    #: The words, pairs (first word to second words) and other features either model
    #: names: what :meth:`features_of` builds.
    _words: frozenset[str] = PrivateAttr(default=frozenset())
    _pairs: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)
    _others: frozenset[str] = PrivateAttr(default=frozenset())

    @classmethod
    def known_features(cls) -> Collection[str]:
        """The detector's features are an open vocabulary: see :meth:`unknown_features`."""
        return ()

    @classmethod
    def unknown_features(cls, names: Collection[str]) -> list[str]:
        """Of these names, those that are no detector feature (:data:`PREFIXES`), sorted."""
        return sorted(n for n in set(names) if not _known(n))

    @model_validator(mode="after")
    def _classes_consistent(self) -> Self:
        n = len(self.classes)
        if len(self.class_kinds) != n or len(self.class_intercepts) != n:
            raise ValueError(
                f"{n} classes but {len(self.class_kinds)} kinds and "
                f"{len(self.class_intercepts)} intercepts"
            )
        if len(self.class_weights) != len(self.class_features):
            raise ValueError(
                f"{len(self.class_features)} class features but {len(self.class_weights)} rows"
            )
        if any(len(row) != n for row in self.class_weights):
            raise ValueError(f"a row of class weights has not {n} weights")
        bad = self.unknown_features(self.class_features)
        if bad:
            raise ValueError(f"class features the extractor does not compute: {bad}")
        self._rows = dict(zip(self.class_features, self.class_weights, strict=True))
        self._check_kinds()
        names = {*self.features, *self.class_features, *self.kind_features}
        self._words = frozenset(n[2:] for n in names if n.startswith("w:"))
        pairs: dict[str, set[str]] = {}
        for name in names:
            if name.startswith("b:") and " " in name:
                first, second = name[2:].split(" ", 1)
                pairs.setdefault(first, set()).add(second)
        self._pairs = {k: frozenset(v) for k, v in pairs.items()}
        self._others = frozenset(n for n in names if not n.startswith(("w:", "b:")))
        return self

    def _check_kinds(self) -> None:
        """The kinds' model is consistent: one intercept per kind, one weight per kind in
        each row, features the extractor computes, every kind of a class the model knows."""
        n = len(self.kinds)
        if len(self.kind_intercepts) != n:
            raise ValueError(f"{n} kinds but {len(self.kind_intercepts)} kind intercepts")
        if len(self.kind_weights) != len(self.kind_features):
            raise ValueError(
                f"{len(self.kind_features)} kind features but {len(self.kind_weights)} rows"
            )
        if any(len(row) != n for row in self.kind_weights):
            raise ValueError(f"a row of kind weights has not {n} weights")
        bad = self.unknown_features(self.kind_features)
        if bad:
            raise ValueError(f"kind features the extractor does not compute: {bad}")
        unknown = sorted({kind_class(k) for k in self.kinds} - set(self.classes))
        if unknown:
            raise ValueError(f"kinds of classes the detector does not tell: {unknown}")
        self._kind_rows = dict(zip(self.kind_features, self.kind_weights, strict=True))

    def features_of(
        self, tokens: Sequence[Token], actors: Sequence[Any], index: int, lede: bool
    ) -> dict[str, float]:
        """The features of a sentence that either model weighs (:func:`named_features`):
        those of :func:`sentence_features` it names, at a fraction of the cost."""
        words, pairs, others = self._named
        return named_features(tokens, actors, index, lede, words, pairs, others)

    @cached_property
    def _named(self) -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
        """The private attributes :meth:`features_of` reads per sentence, read once: a
        private attribute goes through pydantic's slow ``__getattr__`` on every read, a
        cached property is a plain attribute (docs/history/scale-log.md, fifteenth session)."""
        return self._words, self._pairs, self._others

    def fires(self, features: Mapping[str, float]) -> bool:
        """True when the sentence's probability reaches :attr:`threshold`."""
        return self.probability(features) >= self.threshold

    def class_scores(self, features: Mapping[str, float]) -> list[float]:
        """The probability of each class of :attr:`classes` (a softmax)."""
        z = list(self.class_intercepts)
        rows = self._rows  # a private attribute: read once, not per feature (pydantic's slow path)
        for name, v in features.items():
            row = rows.get(name)
            if row is None:
                continue
            if v == 1.0:  # every feature of a sentence: w * 1.0 is w, the same sums
                z = list(map(add, z, row))
            else:
                z = [a + w * v for a, w in zip(z, row, strict=True)]
        top = max(z)
        e = [math.exp(a - top) for a in z]
        total = sum(e)
        return [a / total for a in e]

    def kind_of(self, features: Mapping[str, float]) -> EventKind:
        """The kind of the most probable class (the first of equals): of its kinds, the
        one the kinds' model scores highest (:meth:`kind_in_class`).

        >>> d = EventDetector(
        ...     description="a toy", features=["w:said"], weights=[1.0], intercept=0.0,
        ...     trained_on=["toy"], trained="2026-12-03", examples=4, regularization=1.0,
        ...     threshold=0.5, classes=["document", "visit"], class_kinds=["signing", "visit"],
        ...     class_features=["w:said"], class_weights=[[1.0, 0.0]], class_intercepts=[0.0, 0.0],
        ...     kinds=["signing", "statement"], kind_features=["w:said"],
        ...     kind_weights=[[-1.0, 1.0]], kind_intercepts=[0.5, 0.0])
        >>> d.kind_of({"w:said": 1.0}).value, d.kind_of({"w:signed": 1.0}).value
        ('statement', 'signing')
        """
        scores = self.class_scores(features)
        return self.kind_in_class(scores.index(max(scores)), features)

    def kind_in_class(self, index: int, features: Mapping[str, float]) -> EventKind:
        """The kind a candidate of the class at ``index`` of :attr:`classes` takes: of the
        class's kinds in :attr:`kinds`, the one with the largest linear score of the kinds'
        model (the first of equals); :attr:`class_kinds`' when it knows fewer than two."""
        cls = self.classes[index]
        among = [i for i, k in enumerate(self.kinds) if kind_class(k) == cls]
        if len(among) < 2:
            return self.class_kinds[index]
        z = [self.kind_intercepts[i] for i in among]
        rows = self._kind_rows
        for name, v in features.items():
            row = rows.get(name)
            if row is not None:
                z = [a + row[i] * v for a, i in zip(z, among, strict=True)]
        return self.kinds[among[z.index(max(z))]]

    def kinds_within(self, features: Mapping[str, float], margin: float) -> list[EventKind]:
        """The kinds of the most probable class (:meth:`kind_of`'s) and of the second,
        when its probability is within ``margin`` of the first's (a rival candidate of the
        sentence, :meth:`.detector_proposals.DetectorProposals._detected`).

        >>> d = EventDetector(
        ...     description="a toy", features=["w:met"], weights=[1.0], intercept=0.0,
        ...     trained_on=["toy"], trained="2026-12-01", examples=4, regularization=1.0,
        ...     threshold=0.5, classes=["gathering", "visit"], class_kinds=["meeting", "visit"],
        ...     class_features=["w:met"], class_weights=[[0.5, 0.0]], class_intercepts=[0.0, 0.0])
        >>> [k.value for k in d.kinds_within({"w:met": 1.0}, 0.2)]
        ['meeting']
        >>> [k.value for k in d.kinds_within({"w:met": 1.0}, 0.3)]
        ['meeting', 'visit']
        """
        scores = self.class_scores(features)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        kinds = [self.kind_in_class(order[0], features)]
        if len(order) > 1 and scores[order[1]] >= scores[order[0]] - margin:
            kinds.append(self.kind_in_class(order[1], features))
        return kinds

    def strongest(self, tokens: Sequence[Token]) -> Token | None:
        """The word of the sentence that counts most for an event (the largest weight of
        its ``w:`` feature; the first of equals): where a proposed candidate stands."""
        words = [t for t in tokens if not t.masked and t.text[0].isalpha()]
        # a word that tells no act is passed over while another is left (``function_words``)
        unlike = function_words()
        words = [t for t in words if t.text not in unlike] or words
        if not words:
            return None
        weight = self._by_name
        return max(words, key=lambda t: weight.get(f"w:{t.text}", 0.0))


def load_detector(path: str | Any) -> EventDetector:
    """Read a detector file; :class:`~timeline.errors.DataError` names the file and what is
    wrong."""
    return load_model(path, EventDetector, "an event detector")


@cache
def shipped_detector() -> EventDetector | None:
    """The detector of the package's data folder, or None when none is shipped."""
    return shipped_model(DETECTOR_FILE, EventDetector, "an event detector")
