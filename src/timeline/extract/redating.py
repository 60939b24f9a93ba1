"""The dates a candidate's text offers and what their places say: the date choice's options (#12).

The rules of :mod:`.dating` attach a date to each trigger in a fixed order: its own
clause's nearest timex, a date opening the sentence, the discourse's inference, the
publication day. A wrong date was the largest class of false positives over the
tuning sets (docs/history/extraction-log.md, "Twelfth pass"): the arrival day given to the
gathering attended, the publication day for news of the day before, a year of the
background taken by the trigger beside it. Here every candidate (not only a weakly
dated one, as the tenth pass measured) is offered the dates its text gives
(:class:`DateOption`, :func:`date_options`): each usable timex of its sentence near
its trigger (:data:`SPAN_OPTIONS` on each side), the first day of a range, the last
date of the nearest dated sentence before, the first of the sentence after, the
lede's first, the publication day and the day before; its own date among them.

A logistic regression (:class:`.date_choice.DateRanker`, a reviewed data file fitted by
``bench/date_choice.py`` on the tuning sets) scores each option from the general
features this module computes (:func:`option_features`): where the option comes from;
for a timex of the sentence, its direction and distance in words from the trigger,
whether it is in the trigger's clause, the punctuation between, the preposition or cue
before it ("on", "since", "ahead of", "last"...), a travel or arrival verb or a purpose
("to attend", "for") between, another trigger between or nearer, whether it opens the
sentence; for every option, its granularity and its distance from the publication day,
how far away its sentence is, and whether another sentence giving it names a counterpart
the candidate does not have or tells an event of its own on that date; of the candidate,
the rules' source of its date, the tense of its clause (:func:`clause_tense`), its kind
class and cues, a weekday, "today" or "yesterday" in its sentence (:func:`day_cues`) and
the article's genre (a brief, few dates). The choice among the options, and the reading
of the ranker's data file, are :mod:`.date_choice`'s; the event scorer (:mod:`.scorer`)
then judges the candidate as re-dated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, partial
from itertools import islice
from typing import TypeVar

from ..model import EventDate, Precision, Status
from ..temporal.clause_tense import is_past_verb
from ..temporal.lexicon import WEEKDAYS
from .candidates import DATE_SOURCES, Candidate
from .clauses import in_since_clause
from .date_positions import is_leading
from .dated_spans import DatedSpan
from .evaluate import KIND_CLASSES, kind_class
from .lexicon import PLANNED_CUES

__all__ = [
    "OPTION_SOURCES",
    "SPAN_OPTIONS",
    "DateOption",
    "SourceWeights",
    "Story",
    "clause_tense",
    "crossed_features",
    "date_options",
    "day_cues",
    "offer_dates",
    "option_features",
    "option_weights",
    "ranker_feature_names",
]

#: The tense of the trigger's clause (:func:`clause_tense`).
TENSES = ("past", "perfect", "future", "untensed")
#: Words of the candidate's sentence that tell its day (:func:`day_cues`).
DAY_CUES = ("weekday", "today", "yesterday")
#: The article's genre: a brief (few sentences), few dates (:func:`offer_dates`).
GENRES = ("brief", "few dates")
#: Where an option's date comes from: "current" is the candidate's own date (the rules'
#: choice); "clause" and "sentence" a timex of its clause or of the rest of its sentence;
#: "first day" the first day of such a range ("10-12 May"); "before" and "after" the
#: nearest dated sentence before and the sentence after; then the lede, the publication
#: day and the day before.
OPTION_SOURCES = (
    "current",
    "clause",
    "sentence",
    "first day",
    "before",
    "after",
    "lede",
    "publication",
    "day before",
)
#: A brief: at most this many sentences.
BRIEF_SENTENCES = 8
#: Few dates: at most this many sentences with a date.
FEW_DATES = 2
#: The timexes of a candidate's sentence offered: this many on each side of its trigger
#: (a hostile sentence of a thousand dates offers no more).
SPAN_OPTIONS = 3

#: The candidate's own features (:func:`option_features`), crossed with each option source.
_CUE_NAMES = ("planned", "said", "quoted", "definite")
#: The features of a timex of the sentence: direction, words between, punctuation between,
#: the word before it, what lies between, granularity is common to every option.
_WORDS = ("0-1", "2-4", "5-9", "10-19", "20+")
_PUNCTUATION = ("0", "1", "2+")
#: The preposition or cue before a timex (or opening it).
_BEFORE_WORDS = (
    "on", "in", "at", "during", "since", "until", "by", "from", "after", "before",
    "ahead of", "following", "prior to", "for", "of", "between", "through", "within",
    "last", "next", "this", "earlier", "later", "none",
)  # fmt: skip
_SPAN_CUES = (
    "after trigger",
    "before trigger",
    "same clause",
    "nearest",
    "leading",
    "travel between",
    "purpose between",
    "trigger between",
    "other trigger nearer",
)
_GRANULARITY = ("day", "days", "week", "month", "year", "other")
_RELATION = ("after", "same day", "day before", "week", "month", "year", "older", "unknown")
_DISTANCE = ("0", "1", "2-3", "4+")

_CUE_PATTERNS = {
    "weekday": re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I),
    "today": re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I),
    "yesterday": re.compile(r"\b(?:yesterday|last\s+night)\b", re.I),
}
#: "has signed", "have also held", "has been adopted": the present perfect before a trigger.
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:also|now|just|already|since|not)\s+)?"
                      r"(?:been\s+)?(?:[\w-]+\s+)?$", re.I)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")
#: The preposition or cue right before a timex ("on", "ahead of", "since").
_WORD_BEFORE = re.compile(
    r"\b(ahead\s+of|prior\s+to|on|in|at|during|since|until|till|by|from|after|before|"
    r"following|for|of|between|through|within|earlier|later)\s+(?:the\s+)?$",
    re.I,
)
#: A timex that opens with its own cue: "last week", "next Monday", "since 2019".
_OPENING = re.compile(r"(last|next|this|since|until|from|by|earlier|later)\b", re.I)
#: A travel or arrival between the trigger and the timex: "will travel to Astana Thursday to
#: attend the summit", "arrived Thursday in Jeddah ahead of the summit".
_TRAVEL = re.compile(
    r"\b(?:arriv\w*|travel\w*|leav(?:e|es|ing)|left|depart\w*|land(?:ed|s|ing)?|fl(?:y|ew|ies)|"
    r"head(?:ed|s|ing)?\s+(?:to|for)|set\s+off|embark\w*|visit\w*)\b",
    re.I,
)
#: A purpose or a later event between: "for talks", "to attend", "ahead of the summit".
_PURPOSE = re.compile(
    r"\b(?:for|to\s+(?:attend|participate|take\s+part|join)|ahead\s+of|prior\s+to)\b", re.I
)
_PUNCT = re.compile(r"[,;:()–—]")
#: Options from other sentences: none after the publication for an event told as done.
_STORY = frozenset({"before", "after", "lede"})


@dataclass(frozen=True)
class DateOption:
    """One date a candidate may take, where its text gives it, and what that place says."""

    date: EventDate
    #: Every source giving this date (:data:`OPTION_SOURCES`).
    sources: frozenset[str]
    #: Sentences between the candidate's and the nearest that gives the date (0: its own).
    distance: int
    #: The sentence giving the date names a side of the candidate.
    shares_side: bool
    #: The sentence giving the date tells a candidate of the same kind class.
    shares_kind: bool
    #: Another sentence giving the date names a counterpart (a country or organization)
    #: the candidate does not have: "a similar meeting ... between the presidents of
    #: Turkey and Tajikistan on May 3" after a meeting of Turkmenistan and Türkiye.
    other_side: bool = False
    #: Another sentence giving the date tells a candidate of its own on that date: the
    #: date is attached to that sentence's event.
    other_event: bool = False
    #: What the place of a timex of the candidate's sentence says (:func:`span_cues`).
    cues: frozenset[str] = frozenset()


@dataclass
class Story:
    """What re-dating reads of a document, sentence by sentence (indices of the reader's),
    and where each candidate's trigger and clause are (by its event id).

    A sentence's usable timexes are read when asked (:meth:`dated`) with ``read_spans``
    (its bounds given): most sentences are never asked, when few candidates are offered
    dates (on demand, :func:`.date_choice.redate`)."""

    text: str
    published: EventDate | None
    bounds: list[tuple[int, int]] = field(default_factory=list)
    #: Each sentence's usable timexes, None until read (:meth:`dated`).
    spans: list[list[DatedSpan] | None] = field(default_factory=list)
    sides: list[frozenset[str]] = field(default_factory=list)
    lede: int = -1
    places: dict[str, tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=dict)
    #: Set at the end of the document (:func:`offer_dates`): the kind classes, the dates
    #: (values) and the trigger starts each sentence's candidates tell, the article's
    #: genre, each sentence's day cues.
    kinds: list[set[str]] | None = None
    events: list[set[str]] = field(default_factory=list)
    triggers: dict[int, list[int]] = field(default_factory=dict)
    genre: tuple[str, ...] = ()
    cues: dict[int, list[str]] = field(default_factory=dict)

    read_spans: Callable[[tuple[int, int]], list[DatedSpan]] | None = None
    #: The options of other sentences, by sentence (:meth:`around`).
    _around: dict[int, tuple[tuple[str, EventDate, int, None], ...]] = field(
        default_factory=dict, init=False, repr=False
    )

    def add(
        self, bounds: tuple[int, int], spans: list[DatedSpan] | None, sides: Sequence[str]
    ) -> None:
        """Record the sentence read last: its bounds, usable timexes (None: read when
        asked, with :attr:`read_spans`) and sides."""
        self.bounds.append(bounds)
        self.spans.append(spans)
        self.sides.append(frozenset(sides))

    def dated(self, i: int) -> list[DatedSpan]:
        """The usable timexes of sentence ``i`` (read on the first ask)."""
        spans = self.spans[i]
        if spans is None:
            spans = self.spans[i] = self.read_spans(self.bounds[i]) if self.read_spans else []
        return spans

    def place(self, event_id: str, trigger: tuple[int, int], clause: tuple[int, int]) -> None:
        """Record where a candidate's trigger and clause are."""
        self.places[event_id] = (trigger, clause)

    def around(self, i: int) -> tuple[tuple[str, EventDate, int, None], ...]:
        """The options other sentences offer every candidate of sentence ``i`` (read once
        per sentence, :func:`date_options`): the last date of the nearest dated sentence
        before, the first of the sentence after, the lede's first; each with its source
        and its sentence (a tuple: the same for every candidate of the sentence)."""
        cached = self._around.get(i)
        if cached is not None:
            return cached
        found: list[tuple[str, EventDate, int, None]] = []
        before = next((j for j in range(i - 1, -1, -1) if self.dated(j)), None)
        if before is not None:
            # not a date told in a "since" clause: another act, the start of a state ("since
            # the last Extraordinary Summit held on 25th March 2022")
            last = self.dated(before)[-1]
            if not in_since_clause(self.text, self.bounds[before], last.start):
                found.append(("before", last.date, before, None))
        if i + 1 < len(self.spans) and self.dated(i + 1):
            following = self.dated(i + 1)[0]
            if "\n" not in self.text[self.bounds[i][1] : following.start]:
                # not across a paragraph or a heading: the next one tells something else
                found.append(("after", following.date, i + 1, None))
        if 0 <= self.lede < len(self.spans) and self.dated(self.lede):
            found.append(("lede", self.dated(self.lede)[0].date, self.lede, None))
        self._around[i] = cached = tuple(found)
        return cached

    def dated_more_than(self, count: int) -> bool:
        """Whether more than ``count`` sentences have a usable timex (reading each
        sentence's timexes only until the one past ``count``)."""
        dated = (j for j in range(len(self.bounds)) if self.dated(j))
        return next(islice(dated, count, None), None) is not None


def clause_tense(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> str:
    """The tense of a trigger's clause: "future" by a cue of a plan near it ("will visit",
    "is scheduled", "upcoming": :data:`.lexicon.PLANNED_CUES`), "perfect" ("has signed"),
    "past" (a past verb in the clause before the trigger, or the trigger itself: "signed"),
    else "untensed"."""
    if PLANNED_CUES.search(text, max(clause[0], trigger[0] - 40), min(clause[1], trigger[1] + 25)):
        return "future"
    before = text[max(clause[0], trigger[0] - 40) : trigger[0]]
    if _PERFECT.search(before):
        return "perfect"
    words = _WORD.findall(text[max(clause[0], trigger[0] - 60) : trigger[1]])
    if any(is_past_verb(w.lower()) for w in words):
        return "past"
    return "untensed"


def day_cues(text: str) -> list[str]:
    """The words of a sentence that tell its day (:data:`DAY_CUES`)."""
    return [name for name, pattern in _CUE_PATTERNS.items() if pattern.search(text)]


def span_cues(
    text: str,
    span: DatedSpan,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    sentence_start: int,
    others: Sequence[int],
) -> set[str]:
    """What the place of a timex of the candidate's sentence says of it, relative to the
    trigger at ``trigger`` in ``clause``; ``others`` are the starts of the other triggers
    of the sentence.

    >>> text = "Tokayev will travel to Astana on Thursday to attend the summit."
    >>> span = DatedSpan(33, 41, "Thursday", EventDate.from_value("2024-07-04"))
    >>> at = text.index("summit")
    >>> sorted(span_cues(text, span, (at, at + 6), (0, len(text)), 0, [13]))
    ['before trigger', 'other trigger nearer', 'punctuation:0', 'purpose between', \
'same clause', 'word:on', 'words:2-4']
    """
    after = span.start >= trigger[1]
    a, b = (trigger[1], span.start) if after else (span.end, trigger[0])
    between = text[a:b] if b > a else ""
    cues = {"after trigger" if after else "before trigger"}
    if clause[0] <= span.start < clause[1]:
        cues.add("same clause")
    words = len(between.split())
    cues.add(
        "words:"
        + (
            "0-1"
            if words <= 1
            else "2-4"
            if words <= 4
            else "5-9"
            if words <= 9
            else "10-19"
            if words <= 19
            else "20+"
        )
    )
    marks = len(_PUNCT.findall(between))
    cues.add(f"punctuation:{marks if marks < 2 else '2+'}")
    opening = _OPENING.match(span.text)
    before = _WORD_BEFORE.search(text, max(sentence_start, span.start - 20), span.start)
    if opening is not None:
        word = opening.group(1).lower()
    elif before is not None:
        word = " ".join(before.group(1).lower().split())
    else:
        word = "none"
    cues.add(f"word:{'until' if word == 'till' else word}")
    if is_leading(text, sentence_start, span):
        cues.add("leading")
    if _TRAVEL.search(between):
        cues.add("travel between")
    if _PURPOSE.search(between):
        cues.add("purpose between")
    if any(a <= o < b for o in others):
        cues.add("trigger between")
    own = abs(span.start - trigger[0])
    if any(abs(span.start - o) < own for o in others):
        cues.add("other trigger nearer")
    return cues


@cache
def _day(when: date) -> EventDate:
    return EventDate.from_value(when.isoformat())


def _granularity(when: EventDate) -> str:
    if when.precision is Precision.day:
        return "days" if when.end > when.start else "day"
    if when.precision in (Precision.week, Precision.month, Precision.year):
        return when.precision.value
    return "other"


def _relation(when: EventDate, published: date | None) -> str:
    if published is None:
        return "unknown"
    if when.start > published:
        return "after"
    days = (published - when.end).days
    if days <= 0:
        return "same day"
    if days == 1:
        return "day before"
    return "week" if days <= 7 else "month" if days <= 31 else "year" if days <= 365 else "older"


def date_options(
    c: Candidate,
    story: Story,
    kinds: Sequence[set[str]],
    triggers: dict[int, list[int]] | None = None,
    allowed: Callable[[Candidate, EventDate, frozenset[str]], bool] | None = None,
) -> list[DateOption]:
    """The distinct dates a candidate may take (its own first); ``kinds`` are the kind
    classes the candidates of each sentence tell, ``triggers`` the starts of the triggers
    of each sentence (:func:`offer_dates`). Empty for a candidate whose trigger
    the story did not record (an adoption at a gathering takes the gathering's date).
    With ``allowed`` (the candidate, an option's date and sources), only the options it
    allows, and what their places say is read for those alone."""
    place = story.places.get(c.draft.id)
    i = c.sentence_index
    if place is None or not 0 <= i < len(story.spans):
        return []
    trigger, clause = place
    sentence = story.bounds[i]
    events = story.events
    triggers = triggers or {}
    # each date with where it comes from: its source, its sentence, its timex in the
    # candidate's sentence (its place read below, for the options kept)
    found: list[tuple[str, EventDate, int, DatedSpan | None]] = [("current", c.draft.date, i, None)]
    spans = story.dated(i)
    nearest = None
    if spans:
        at = bisect_left([s.start for s in spans], trigger[0])
        near = spans[max(0, at - SPAN_OPTIONS) : at + SPAN_OPTIONS]
        nearest = min(near, key=lambda s: abs(s.start - trigger[0]))
        for s in near:
            source = "clause" if clause[0] <= s.start < clause[1] else "sentence"
            found.append((source, s.date, i, s))
            if s.date.precision is Precision.day and s.date.end > s.date.start:
                found.append(("first day", _day(s.date.start), i, s))
    found += story.around(i)
    if story.published is not None:
        found.append(("publication", story.published, i, None))
        found.append(("day before", _day(story.published.start - timedelta(days=1)), i, None))
    planned = c.draft.status is Status.planned
    by_value: dict[str, list[tuple[str, EventDate, int, DatedSpan | None]]] = {}
    for item in found:
        source, when = item[0], item[1]
        if source in _STORY and not planned and c.published and when.start > c.published:
            continue  # news reports the past: another sentence's later date is another event
        by_value.setdefault(when.value, []).append(item)
    sides = {p.id for p in c.draft.participants} | {
        p.country for p in c.draft.participants if p.country
    }
    own_class = kind_class(c.draft.kind)
    others = [t for t in triggers.get(i, ()) if t != trigger[0]]
    options = []
    for items in by_value.values():
        sources = frozenset(s for s, _, _, _ in items)
        if allowed is not None and not allowed(c, items[0][1], sources):
            continue
        nearest_at = min(items, key=lambda item: abs(item[2] - i))[2]
        told = [at for _, _, at, _ in items if at != i or spans]
        elsewhere = [at for at in told if at != i]
        value = items[0][1].value
        cues: set[str] = set()
        for _, _, _, span in items:
            if span is not None:
                cues |= span_cues(story.text, span, trigger, clause, sentence[0], others)
                if span is nearest:
                    cues.add("nearest")
        options.append(
            DateOption(
                date=items[0][1],
                sources=sources,
                distance=abs(nearest_at - i),
                shares_side=any(sides & story.sides[at] for at in told),
                shares_kind=any(own_class in kinds[at] for at in elsewhere),
                cues=frozenset(cues),
                other_side=any(story.sides[at] - sides for at in elsewhere),
                other_event=any(value in events[at] for at in elsewhere if at < len(events)),
            )
        )
    return options


def _own_names() -> list[str]:
    classes = [*KIND_CLASSES, "other kinds"]
    own = [f"rules:{s}" for s in DATE_SOURCES] + [f"tense:{t}" for t in TENSES]
    own += [f"cue:{c}" for c in (*DAY_CUES, *_CUE_NAMES)] + ["status:planned", "lede"]
    return own + [f"class:{k}" for k in classes] + [f"genre:{g}" for g in GENRES]


def _about_names() -> list[str]:
    about = [f"distance:{d}" for d in _DISTANCE] + ["shares:side", "shares:kind"]
    about += ["other:side", "other:event"]
    about += [f"granularity:{g}" for g in _GRANULARITY] + [f"time:{r}" for r in _RELATION]
    return about


def _span_names() -> list[str]:
    names = [c for c in _SPAN_CUES]
    names += [f"words:{w}" for w in _WORDS] + [f"punctuation:{p}" for p in _PUNCTUATION]
    return names + [f"word:{w}" for w in _BEFORE_WORDS]


@cache
def ranker_feature_names() -> list[str]:
    """Every feature :func:`option_features` may set, in a fixed order."""
    own, about = _own_names(), _about_names()
    names: list[str] = []
    for source in OPTION_SOURCES:
        names.append(f"option:{source}")
        names += [f"option:{source} & {f}" for f in (*own, *about)]
    return [*names, *about, *_span_names()]


@cache
def _crossed(source: str, feature: str) -> str:
    return f"option:{source} & {feature}"


def option_features(c: Candidate, option: DateOption, cues: Sequence[str]) -> dict[str, float]:
    """The features of one option of a candidate: names of :func:`ranker_feature_names`
    (``cues``: :func:`day_cues` of the candidate's sentence)."""
    return _option_features(_own_features(c, cues), option, c.published)


def _own_features(c: Candidate, cues: Sequence[str]) -> list[str]:
    k = kind_class(c.draft.kind)
    own = [f"rules:{c.date_source}", f"tense:{c.tense or 'untensed'}"]
    own += [f"cue:{x}" for x in cues] + [f"cue:{x}" for x in _CUE_NAMES if x in c.cues]
    own += [f"genre:{g}" for g in c.genre]
    own.append(f"class:{k if k in KIND_CLASSES else 'other kinds'}")
    if c.draft.status is Status.planned:
        own.append("status:planned")
    if c.lede:
        own.append("lede")
    return list(dict.fromkeys(own))  # a cue told twice is one feature


def _about(option: DateOption, published: date | None) -> list[str]:
    """What an option's place says, of every option (the names :func:`_about_names`)."""
    d = option.distance
    about = [_DISTANCE_NAMES[d] if d <= 1 else "distance:2-3" if d <= 3 else "distance:4+"]
    if option.shares_side:
        about.append("shares:side")
    if option.shares_kind:
        about.append("shares:kind")
    if option.other_side:
        about.append("other:side")
    if option.other_event:
        about.append("other:event")
    about.append(f"granularity:{_granularity(option.date)}")
    about.append(f"time:{_relation(option.date, published)}")
    return about


_DISTANCE_NAMES = ("distance:0", "distance:1")

#: A term of an option's features: its name, or its weight (:func:`_option_terms`).
_Term = TypeVar("_Term")


def _option_terms(
    option: DateOption,
    published: date | None,
    plain: Callable[[Iterable[str]], list[_Term]],
    alone: Callable[[str], _Term],
    own: Callable[[str], list[_Term]],
    crossed: Callable[[str, list[str]], list[_Term]],
) -> list[_Term]:
    """The one layout of an option's features, in their order, each term as ``plain``,
    ``alone``, ``own`` and ``crossed`` give it: its place's features (:func:`_about`) and
    its span's cues; then per source, the source alone, the candidate's own features
    crossed with it, and the place's features crossed with it. The names
    (:func:`_option_features`) and the ranker's weights (:func:`option_weights`) are both
    this layout, so they cannot drift apart. No name repeats: the families (own, place,
    span cues) share none (``tests/extract/test_option_weights.py``) and the own features
    are de-duplicated (:func:`_own_features`)."""
    about = _about(option, published)
    terms = plain(about) + plain(option.cues)
    for source in option.sources:
        terms.append(alone(source))
        terms += own(source)
        terms += crossed(source, about)
    return terms


def _option_features(
    own: list[str],
    option: DateOption,
    published: date | None,
    crossed: Collection[str] | None = None,
) -> dict[str, float]:
    def crossed_about(source: str, about: list[str]) -> list[str]:
        return [_crossed(source, f) for f in about if crossed is None or f in crossed]

    terms = _option_terms(
        option,
        published,
        list,
        lambda source: f"option:{source}",
        lambda source: [_crossed(source, f) for f in own],
        crossed_about,
    )
    return dict.fromkeys(terms, 1.0)


#: A ranker's weights by option source (:func:`option_weights`): the weight of the source
#: alone, and of each feature crossed with it by the feature's name.
SourceWeights = Mapping[str, tuple[float, Mapping[str, float]]]


def option_weights(
    own: Sequence[str],
    option: DateOption,
    published: date | None,
    weight: Mapping[str, float],
    by_source: SourceWeights,
    own_by_source: dict[str, list[float]],
) -> list[float]:
    """The weights of the names of an option's features (:func:`option_features`, the
    candidate's own features ``own``), in their order, without building the names (the
    same layout, :func:`_option_terms`): a ranker sums them in that order, the same float
    as summing the names' weights (``weight``; ``by_source``: those of the names crossed
    with each source). A name the ranker does not weigh gives 0.0 (a feature
    :func:`offer_dates` leaves out weighs 0.0: adding it changes no sum).
    ``own_by_source``: the weights of ``own`` crossed with each source, filled on first
    need (one per candidate, shared by its options).

    >>> day = EventDate.from_value("2025-10-25")
    >>> option = DateOption(day, frozenset({"day before"}), 0, True, False)
    >>> own = ["rules:publication", "class:meeting"]
    >>> names = _option_features(own, option, date(2025, 10, 26))
    >>> weight = {"option:day before": 2.0, "option:day before & class:meeting": -0.5,
    ...     "shares:side": 0.25, "option:day before & time:day before": 1.0}
    >>> by_source = {"day before": (2.0, {"class:meeting": -0.5, "time:day before": 1.0})}
    >>> option_weights(own, option, date(2025, 10, 26), weight, by_source, {})
    [0.0, 0.25, 0.0, 0.0, 2.0, 0.0, -0.5, 0.0, 0.0, 0.0, 1.0]
    >>> [weight.get(n, 0.0) for n in names]
    [0.0, 0.25, 0.0, 0.0, 2.0, 0.0, -0.5, 0.0, 0.0, 0.0, 1.0]
    """

    def plain(names: Iterable[str]) -> list[float]:
        return [weight.get(n, 0.0) for n in names]

    def mine(source: str) -> list[float]:
        weights = own_by_source.get(source)
        if weights is None:
            crossed = by_source.get(source, _NO_WEIGHTS)[1]
            weights = own_by_source[source] = [crossed.get(f, 0.0) for f in own]
        return weights

    def crossed_about(source: str, about: list[str]) -> list[float]:
        crossed = by_source.get(source, _NO_WEIGHTS)[1]
        return [crossed.get(f, 0.0) for f in about]

    def alone(source: str) -> float:
        return by_source.get(source, _NO_WEIGHTS)[0]

    return _option_terms(option, published, plain, alone, mine, crossed_about)


_NO_WEIGHTS: tuple[float, Mapping[str, float]] = (0.0, {})


def offer_dates(
    candidates: list[Candidate],
    story: Story,
    chosen: Collection[Candidate] | None = None,
    allowed: Callable[[Candidate, EventDate, frozenset[str]], bool] | None = None,
    crossed: Collection[str] | None = None,
) -> None:
    """At the end of a document: set every candidate's genre and record in the story what
    each sentence tells (its candidates' kind classes and triggers); then the options and
    their features of the ``chosen`` candidates (None: every candidate whose trigger the
    story recorded; a variant follows its candidate). :func:`.date_choice.redate` offers
    them on demand to the candidates extraction may re-date, with ``allowed``: only the
    options a candidate may take, and none (nor their features, nor its clause's tense)
    to a candidate left without another date to take than its own. With ``crossed`` (the
    candidate's features a ranker crosses with an option's source,
    :func:`crossed_features`), only those are crossed, and its clause's tense and its
    sentence's day cues are read only when some are: the others weigh nothing."""
    if story.kinds is None:
        kinds: list[set[str]] = [set() for _ in story.bounds]
        events: list[set[str]] = [set() for _ in story.bounds]
        triggers: dict[int, list[int]] = {}
        for c in candidates:
            if c.base is None and 0 <= c.sentence_index < len(kinds):
                kinds[c.sentence_index].add(kind_class(c.draft.kind))
                events[c.sentence_index].add(c.draft.date.value)
            place = story.places.get(c.draft.id)
            if c.base is None and place is not None:
                triggers.setdefault(c.sentence_index, []).append(place[0][0])
        genre: list[str] = []
        if len(story.bounds) <= BRIEF_SENTENCES:
            genre.append("brief")
        if _reads(crossed, _GENRE_NAMES) and story.bounds and not story.dated_more_than(FEW_DATES):
            genre.append("few dates")  # the sentences' timexes read: only when crossed
        story.kinds, story.triggers, story.genre = kinds, triggers, tuple(genre)
        story.events = events
    for c in candidates:
        c.genre = story.genre
    for c in candidates if chosen is None else chosen:
        if c.base is not None or c.options:
            continue
        options = date_options(c, story, story.kinds, story.triggers, allowed)
        if len(options) < (1 if allowed is None else 2):
            continue  # with ``allowed``: its own date is all it may take
        c.options = options
        place = story.places.get(c.draft.id)
        if place is not None and not c.tense and _reads(crossed, _TENSE_NAMES):
            c.tense = clause_tense(story.text, place[1], place[0])
        i = c.sentence_index
        if i not in story.cues and _reads(crossed, _DAY_CUE_NAMES):
            a, b = story.bounds[i]
            story.cues[i] = day_cues(story.text[a:b])
        own = _own_features(c, story.cues.get(i, ()))
        if crossed is not None:
            own = [f for f in own if f in crossed]
        c.own_features = own
        c.option_builder = partial(_features_of_options, own, options, c.published, crossed)


def _features_of_options(
    own: list[str],
    options: list[DateOption],
    published: date | None,
    crossed: Collection[str] | None,
) -> list[dict[str, float]]:
    """Each option's features (:attr:`.Candidate.option_features`, built on first read:
    the learned choice sums their weights, :func:`option_weights`)."""
    return [_option_features(own, o, published, crossed) for o in options]


_TENSE_NAMES = frozenset(f"tense:{t}" for t in TENSES)
_DAY_CUE_NAMES = frozenset(f"cue:{c}" for c in DAY_CUES)
_GENRE_NAMES = frozenset(f"genre:{g}" for g in GENRES)


def _reads(crossed: Collection[str] | None, names: frozenset[str]) -> bool:
    return crossed is None or not names.isdisjoint(crossed)


def crossed_features(names: Iterable[str]) -> frozenset[str]:
    """Of a ranker's feature names, the candidate's or option's features it crosses with
    an option's source (:func:`offer_dates`' ``crossed``).

    >>> sorted(crossed_features(["option:lede", "option:current & rules:own", "nearest"]))
    ['rules:own']
    """
    return frozenset(n.split(" & ", 1)[1] for n in names if " & " in n)
