"""Re-dating a weakly dated candidate: one date chosen among its story's dates (issue #12).

A candidate dated weakly (by the discourse's inference, or, dropped by the rules,
by the publication day: :data:`WEAK_SOURCES`) is often a real event told on
another day of its story: the ninth pass counted 165 gold events with a candidate
of their document, kind class and participants on another day
(docs/extraction.md, "Ninth pass"). Adding each date of the story as a candidate
of its own did not help (7 % of them right). Here the candidate keeps one date:
its own, or one of its story's (:class:`DateOption`): the first date of its own
sentence, the last date of the nearest dated sentence before, the first of the
sentence after, the lede's first, the publication day and the day before. A
small learned ranker (:class:`DateRanker`: a logistic regression over general
features of the candidate and of each option, :func:`option_features`, trained by
``bench/event_scorer.py`` on the tuning sets) scores each distinct date; the
candidate takes the best one when it is not its own and its probability reaches
the ranker's threshold. A right re-dating turns a false positive and a miss into
one hit; the event scorer (:mod:`.scorer`) then judges the candidate as re-dated.

The features say which source gives the date, how far its sentence is, whether
it names a side of the candidate or tells its kind class, the tense of the
trigger's clause (:func:`clause_tense`, with the tagger's tense finder,
:class:`timeline.temporal.anchoring.Context`), a weekday, "today" or "yesterday"
in the sentence, and the article's genre (a brief, few dates); crossed with the
source, since a choice among options is a matter of which source fits which cue.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path

from pydantic import Field

from ..model import EventDate, Precision
from ..temporal.anchoring import Context, Tense, is_past_verb
from ..temporal.lexicon import WEEKDAYS
from .candidates import Candidate
from .evaluate import KIND_CLASSES, kind_class
from .scorer import LogisticModel, load_model, shipped_model

__all__ = [
    "OPTION_SOURCES",
    "RANKER_FILE",
    "WEAK_SOURCES",
    "DateOption",
    "DateRanker",
    "Story",
    "clause_tense",
    "date_options",
    "day_cues",
    "load_ranker",
    "offer_dates",
    "option_features",
    "ranker_feature_names",
    "redate",
    "shipped_ranker",
]

#: The date sources of :data:`timeline.extract.candidates.DATE_SOURCES` a ranker may replace.
WEAK_SOURCES = ("inferred", "publication")
#: The tense of the trigger's clause (:func:`clause_tense`).
TENSES = ("past", "perfect", "future", "untensed")
#: Words of the candidate's sentence that tell its day (:func:`day_cues`).
DAY_CUES = ("weekday", "today", "yesterday")
#: The article's genre: a brief (few sentences), few dates (:func:`offer_dates`).
GENRES = ("brief", "few dates")
#: Where an option's date comes from ("current": the candidate's own date).
OPTION_SOURCES = ("current", "sentence", "before", "after", "lede", "publication", "day before")
#: The shipped weights, under the package's data folder.
RANKER_FILE = "date_ranker.json"
#: A brief: at most this many sentences.
BRIEF_SENTENCES = 8
#: Few dates: at most this many sentences with a date.
FEW_DATES = 2

_CUE_PATTERNS = {
    "weekday": re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I),
    "today": re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I),
    "yesterday": re.compile(r"\b(?:yesterday|last\s+night)\b", re.I),
}
#: "has signed", "have also held", "has been adopted": the present perfect before a trigger.
_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:also|now|just|already|since|not)\s+)?"
                      r"(?:been\s+)?(?:[\w-]+\s+)?$", re.I)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class DateOption:
    """One date a weakly dated candidate may take, and where its story gives it."""

    date: EventDate
    #: Every source giving this date (:data:`OPTION_SOURCES`).
    sources: frozenset[str]
    #: Sentences between the candidate's and the nearest that gives the date (0: its own).
    distance: int
    #: The sentence giving the date names a side of the candidate.
    shares_side: bool
    #: The sentence giving the date tells a candidate of the same kind class.
    shares_kind: bool


@dataclass
class Story:
    """What re-dating reads of a document, sentence by sentence (indices of the reader's)."""

    text: str
    published: EventDate | None
    bounds: list[tuple[int, int]] = field(default_factory=list)
    dates: list[list[EventDate]] = field(default_factory=list)
    sides: list[frozenset[str]] = field(default_factory=list)
    lede: int = -1

    def add(self, bounds: tuple[int, int], dates: list[EventDate], sides: Sequence[str]) -> None:
        """Record the sentence read last."""
        self.bounds.append(bounds)
        self.dates.append(dates)
        self.sides.append(frozenset(sides))


def clause_tense(
    context: Context, text: str, clause: tuple[int, int], trigger: tuple[int, int]
) -> str:
    """The tense of a trigger's clause: "future" by the tagger's tense finder ("will visit",
    "is scheduled", "arrives Thursday"), "perfect" ("has signed"), "past" (a past verb in the
    clause before the trigger, or the trigger itself: "signed"), else "untensed"."""
    if context.tense(*trigger) is Tense.future:
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


def date_options(c: Candidate, story: Story, kinds: Sequence[set[str]]) -> list[DateOption]:
    """The distinct dates a weakly dated candidate may take (its own first); ``kinds`` are
    the kind classes the candidates of each sentence tell."""
    i = c.sentence_index
    found: list[tuple[str, EventDate, int]] = [("current", c.draft.date, 0)]
    if story.dates[i]:
        found.append(("sentence", story.dates[i][0], i))
    before = next((j for j in range(i - 1, -1, -1) if story.dates[j]), None)
    if before is not None:
        found.append(("before", story.dates[before][-1], before))
    if i + 1 < len(story.dates) and story.dates[i + 1]:
        found.append(("after", story.dates[i + 1][0], i + 1))
    if 0 <= story.lede < len(story.dates) and story.dates[story.lede]:
        found.append(("lede", story.dates[story.lede][0], story.lede))
    if story.published is not None:
        found.append(("publication", story.published, i))
        day = story.published.start - timedelta(days=1)
        found.append(("day before", EventDate.from_value(day.isoformat()), i))
    sides = {p.id for p in c.draft.participants} | {
        p.country for p in c.draft.participants if p.country
    }
    own_class = kind_class(c.draft.kind)
    by_value: dict[str, list[tuple[str, EventDate, int]]] = {}
    for source, when, at in found:
        if source != "current" and c.published is not None and when.start > c.published:
            continue  # news reports the past: no date after the publication
        by_value.setdefault(when.value, []).append((source, when, at))
    options = []
    for items in by_value.values():
        nearest = min(items, key=lambda item: abs(item[2] - i))[2]
        told = [at for _, _, at in items if at != i or story.dates[i]]
        options.append(
            DateOption(
                date=items[0][1],
                sources=frozenset(s for s, _, _ in items),
                distance=abs(nearest - i),
                shares_side=any(sides & story.sides[at] for at in told),
                shares_kind=any(own_class in kinds[at] for at in told if at != i),
            )
        )
    return options


def ranker_feature_names() -> list[str]:
    """Every feature :func:`option_features` may set, in a fixed order."""
    classes = [*KIND_CLASSES, "other kinds"]
    own = [f"from:{s}" for s in WEAK_SOURCES]
    own += [f"tense:{t}" for t in TENSES] + [f"cue:{c}" for c in DAY_CUES]
    own += [f"class:{k}" for k in classes] + [f"genre:{g}" for g in GENRES]
    about = ["distance:0", "distance:1", "distance:2-3", "distance:4+"]
    about += ["shares:side", "shares:kind", "precision:day", "time:publication day"]
    about += ["time:day before", "time:week before", "time:older"]
    names = list(own)
    for source in OPTION_SOURCES:
        names.append(f"option:{source}")
        names += [f"option:{source} & {f}" for f in (*own, *about)]
    return [*names, *about]


def option_features(c: Candidate, option: DateOption, cues: Sequence[str]) -> dict[str, float]:
    """The features of one option of a candidate: names of :func:`ranker_feature_names`."""
    k = kind_class(c.draft.kind)
    own = [f"from:{c.date_source}", f"tense:{c.tense}", *(f"cue:{x}" for x in cues)]
    own += [f"genre:{g}" for g in c.genre]
    own.append(f"class:{k if k in KIND_CLASSES else 'other kinds'}")
    d = option.distance
    about = [f"distance:{d if d <= 1 else ('2-3' if d <= 3 else '4+')}"]
    if option.shares_side:
        about.append("shares:side")
    if option.shares_kind:
        about.append("shares:kind")
    if option.date.precision is Precision.day:
        about.append("precision:day")
    if c.published is not None:
        days = (c.published - option.date.end).days
        about.append(
            "time:publication day"
            if days <= 0
            else "time:day before"
            if days == 1
            else "time:week before"
            if days <= 7
            else "time:older"
        )
    on = [*own, *about]
    for source in sorted(option.sources):
        on.append(f"option:{source}")
        on += [f"option:{source} & {f}" for f in own + about]
    return dict.fromkeys(on, 1.0)


class DateRanker(LogisticModel):
    """A logistic regression over the options' features (the probability that an option
    is the event's date), and the probability from which a candidate takes a date that
    is not its own."""

    threshold: float = Field(
        gt=0.0, le=1.0, description="Probability from which a candidate takes another date."
    )

    @classmethod
    def known_features(cls) -> Collection[str]:
        return ranker_feature_names()


def redate(candidates: list[Candidate], ranker: DateRanker | None) -> dict[str, EventDate]:
    """Give each weakly dated candidate the date the ranker chooses (without a ranker,
    every candidate has its own date back); the new dates by event id (a variant
    follows its candidate)."""
    for c in candidates:
        c.restore()
    chosen: dict[str, EventDate] = {}
    if ranker is None:
        return chosen
    for c in candidates:
        if c.base is not None or not c.options:
            continue
        scored = zip(c.option_features, c.options, strict=True)
        p, best = max(((ranker.probability(f), o) for f, o in scored), key=lambda s: s[0])
        if "current" not in best.sources and p >= ranker.threshold:
            chosen[c.draft.id] = best.date
    if chosen:
        for c in candidates:
            when = chosen.get((c.base or c).draft.id)
            if when is not None:
                c.move_to(when)
    return chosen


def offer_dates(candidates: list[Candidate], story: Story) -> None:
    """Set every candidate's genre, and the options and their features of every weakly
    dated candidate of a document (its :attr:`~Candidate.tense` set when it was logged)."""
    kinds: list[set[str]] = [set() for _ in story.bounds]
    for c in candidates:
        if c.base is None and 0 <= c.sentence_index < len(kinds):
            kinds[c.sentence_index].add(kind_class(c.draft.kind))
    genre: list[str] = []
    if len(story.bounds) <= BRIEF_SENTENCES:
        genre.append("brief")
    if sum(1 for d in story.dates if d) <= FEW_DATES:
        genre.append("few dates")
    cues: dict[int, list[str]] = {}
    for c in candidates:
        c.genre = tuple(genre)
    for c in candidates:
        if c.base is not None or c.date_source not in WEAK_SOURCES or not c.tense:
            continue
        if not 0 <= c.sentence_index < len(kinds):
            continue
        i = c.sentence_index
        if i not in cues:
            a, b = story.bounds[i]
            cues[i] = day_cues(story.text[a:b])
        c.options = date_options(c, story, kinds)
        c.option_features = [option_features(c, o, cues[i]) for o in c.options]


def load_ranker(path: str | Path) -> DateRanker:
    """Read a ranker file; :class:`DataError` names the file and what is wrong."""
    return load_model(path, DateRanker, "a date ranker")


@cache
def shipped_ranker() -> DateRanker | None:
    """The ranker of the package's data folder, or None when none is shipped."""
    return shipped_model(RANKER_FILE, DateRanker, "a date ranker")
