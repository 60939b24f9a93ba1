"""The learned choice of a candidate's date among the options its text offers (issue #12).

:mod:`.redating` reads the dates a candidate's text offers and their features
(:class:`~.redating.DateOption`, :func:`~.redating.option_features`); here a logistic
regression scores them (:class:`DateRanker`, a reviewed data file,
:data:`RANKER_FILE`, fitted by ``bench/date_choice.py`` on the tuning sets), and
:func:`redate` moves a candidate to the best option when it is not its own date and its
probability reaches the ranker's threshold: the rules' own choice stands where the model
is not confident. Without a shipped file (:func:`shipped_ranker` is None) no candidate
leaves its date and extraction reads no options.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable
from datetime import date, timedelta
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from pydantic import Field

from ..model import EventDate, EventKind, Precision, Status
from .candidates import Candidate, add_repetition
from .coreference import Plans, dated_plans, later_plan_days
from .dating import is_days
from .lexicon import ANAPHORIC
from .redating import (
    DateOption,
    Story,
    crossed_features,
    offer_dates,
    option_weights,
    ranker_feature_names,
)
from .scorer import LogisticModel, load_model, shipped_model

__all__ = [
    "KEEPS",
    "OWN_SENTENCE",
    "RANKER_FILE",
    "DateRanker",
    "Decision",
    "barred_by",
    "decide",
    "load_ranker",
    "may_take",
    "redate",
    "shipped_ranker",
    "source_of",
]

#: The shipped weights, under the package's data folder.
RANKER_FILE = "date_ranker.json"


class DateRanker(LogisticModel):
    """A logistic regression over the options' features (the probability that an option
    is the event's date), and the probability from which a candidate takes a date that
    is not its own.

    >>> from datetime import date
    >>> ranker = DateRanker(description="example", features=["option:day before"],
    ...     weights=[2.0], intercept=-1.0, threshold=0.6, trained_on=["none"],
    ...     trained=date(2026, 11, 30), examples=2, regularization=1.0)
    >>> round(ranker.probability({"option:day before": 1.0}), 3)
    0.731
    >>> round(ranker.probability({"option:current": 1.0}), 3)
    0.269
    """

    threshold: float = Field(
        gt=0.0, le=1.0, description="Probability from which a candidate takes another date."
    )

    @cached_property
    def crossed(self) -> frozenset[str]:
        """The candidate's or option's features it crosses with an option's source (only
        those are computed: :func:`.redating.offer_dates`). A cached property, read as a
        plain attribute (a private attribute is read through ``BaseModel.__getattr__``)."""
        return crossed_features(self.features)

    @classmethod
    def known_features(cls) -> Collection[str]:
        return ranker_feature_names()

    def probability_of(self, names: Iterable[str]) -> float:
        """:meth:`probability` of binary features (each of value 1), named: one lookup each."""
        weight = self._by_name
        z = self.intercept + sum([weight.get(n, 0.0) for n in names])
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def option_probability(
        self, c: Candidate, option: DateOption, own_by_source: dict[str, list[float]]
    ) -> float:
        """:meth:`probability_of` an option's features (:attr:`.Candidate.option_features`),
        the same float, from the weights of its names summed in their order without
        building them (:func:`.redating.option_weights`; ``own_by_source``: the candidate's,
        shared by its options)."""
        weights = option_weights(
            c.own_features, option, c.published, self._by_name, self._by_source, own_by_source
        )
        z = self.intercept + sum(weights)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    @cached_property
    def _by_source(self) -> dict[str, tuple[float, dict[str, float]]]:
        """By option source: the weight of ``option:{source}`` and of each feature crossed
        with it (``option:{source} & {feature}``), by the feature's name."""
        weight = self._by_name
        table: dict[str, tuple[float, dict[str, float]]] = {}
        for name, w in weight.items():
            head, _, feature = name.partition(" & ")
            if head.startswith("option:"):
                _, crossed = table.setdefault(head[7:], (weight.get(head, 0.0), {}))
                if feature:
                    crossed[feature] = w
        return table


#: Why a candidate keeps its date (:attr:`Decision.kept_because`): a statement the page
#: dates, a day its own clause writes, no option but its own, its own date the ranker's
#: best, the best under the ranker's threshold.
KEEPS = (
    "a statement of the page",
    "may not move",
    "no other option",
    "its own date is the best",
    "under the threshold",
)


class Decision(NamedTuple):
    """What :func:`redate` decided for one candidate (:func:`decide`)."""

    #: The option the ranker likes best among those open to the candidate (None: none read).
    best: DateOption | None
    #: Its probability (0 when none was read).
    probability: float
    #: Why the candidate keeps its date (:data:`KEEPS`), "" when it moves to ``best``.
    kept_because: str
    #: Where its own date comes from (:func:`source_of`; "" for a statement of the page).
    source: str = ""
    #: Per option of the candidate, what bars it (:func:`barred_by`), "" when open.
    bars: tuple[str, ...] = ()


def redate(
    candidates: list[Candidate],
    ranker: DateRanker | None,
    in_use: Callable[[Candidate], bool] | None = None,
    story: Story | None = None,
    decisions: dict[str, Decision] | None = None,
) -> dict[str, EventDate]:
    """Give each candidate the date the ranker chooses (without a ranker, every candidate
    has its own date back); the new dates by event id (a variant follows its candidate).

    With ``in_use`` (the event scorer's choice, read on the candidates' own dates) only
    the candidates it keeps, or whose variant it keeps, may leave their date: a dropped
    candidate moved to a right date would mostly add a second mention of an event
    another candidate already tells. With ``story`` the options are offered to those
    candidates now (:func:`.redating.offer_dates`), not to every candidate, and only those
    :func:`may_take` allows (their features are most of the cost). Each candidate that may
    leave its date is decided by :func:`decide`; with ``decisions``, those decisions are
    recorded there by event id (``bench/date_misses.py ceiling`` reads them).
    """
    moved = False
    for c in candidates:
        moved |= c.original is not None
        c.restore()
    chosen: dict[str, EventDate] = {}
    if ranker is None:
        return chosen
    if moved:
        add_repetition(candidates)  # ``in_use`` reads the features of the own dates
    if in_use is None:
        eligible = [c for c in candidates if c.base is None]
    else:
        ids = {(c.base or c).draft.id for c in candidates if in_use(c)}
        eligible = [c for c in candidates if c.base is None and c.draft.id in ids]
    plans = dated_plans(
        [c.draft for c in eligible], {c.draft.id for c in eligible if _by_publication(c)}
    )
    sources = {c.draft.id: source_of(c, story) for c in eligible if not _statement_of_the_page(c)}
    stays = {c.draft.id: _stays(c, sources.get(c.draft.id, ""), story) for c in eligible}
    if decisions is not None:
        decisions.update(
            (i, Decision(None, 0.0, why, sources.get(i, ""))) for i, why in stays.items() if why
        )
    eligible = [c for c in eligible if not stays[c.draft.id]]
    if story is not None:

        def allowed(c: Candidate, when: EventDate, of: frozenset[str]) -> bool:
            option = DateOption(when, of, 0, False, False)
            return may_take(option, c.draft.date, sources[c.draft.id], c.published, _planned(c))

        offer_dates(candidates, story, eligible, allowed, ranker.crossed)
    for c in eligible:
        decision = decide(c, ranker, sources[c.draft.id], plans)
        if decisions is not None:
            decisions[c.draft.id] = decision
        if decision.best is not None and not decision.kept_because:
            chosen[c.draft.id] = decision.best.date
    if chosen:
        for c in candidates:
            when = chosen.get((c.base or c).draft.id)
            if when is not None:
                c.move_to(when)
    return chosen


def _stays(c: Candidate, source: str, story: Story | None) -> str:
    """Why ``c`` keeps its date whatever its options (:data:`KEEPS`), "" when it may move:
    a statement of the page (:func:`_statement_of_the_page`), a date that names its act
    (:attr:`.candidates.Candidate.date_named`: "ratified amendments to the Treaty of 1918"
    on Monday; the treaty's signing is of 1918, not of Monday), a day its clause writes
    (:func:`_may_move`, with a story)."""
    if _statement_of_the_page(c):
        return KEEPS[0]
    if c.date_named and source == "own":
        return KEEPS[1]
    if story is not None and not _may_move(c, source, story):
        return KEEPS[1]
    return ""


def decide(c: Candidate, ranker: DateRanker, source: str, plans: Plans) -> Decision:
    """The ranker's decision for a candidate that may leave its date (:func:`redate`, its
    options offered; ``source``: :func:`source_of`; ``plans``: the planned acts in use,
    :func:`.coreference.dated_plans`): the best of the options open to it
    (:func:`barred_by`) and its probability; it moves there unless that is its own date
    or the probability is under the ranker's threshold."""
    if len(c.options) < 2:
        return Decision(None, 0.0, KEEPS[2], source)
    told = _plans_told(c, plans)
    bars = tuple(barred_by(o, c, source, told) for o in c.options)
    own_by_source: dict[str, list[float]] = {}
    scored = [
        (ranker.option_probability(c, o, own_by_source), o)
        for o, bar in zip(c.options, bars, strict=True)
        if not bar
    ]
    p, best = max(scored, key=lambda s: s[0])
    if "current" in best.sources:
        return Decision(best, p, KEEPS[3], source, bars)
    if p < ranker.threshold:
        return Decision(best, p, KEEPS[4], source, bars)
    return Decision(best, p, "", source, bars)


def barred_by(option: DateOption, c: Candidate, source: str, told: set[str]) -> str:
    """What bars candidate ``c`` (its date from ``source``, the plan days ``told``:
    :func:`_plans_told`) from an option: "may_take" (:func:`may_take`), "planned days"
    (:func:`_within_plans`), "" when it is open."""
    if not may_take(option, c.draft.date, source, c.published, _planned(c)):
        return "may_take"
    if not _within_plans(option, c.draft.date, told):
        return "planned days"
    return ""


#: The sources of an option read in the candidate's own sentence: a candidate its own
#: clause dates may move to such an option (:func:`may_take`); ``bench/date_misses.py``
#: sets these options apart when it counts the other sentences' dates.
OWN_SENTENCE = frozenset({"current", "clause", "sentence", "first day"})


def may_take(
    option: DateOption,
    own: EventDate,
    source: str,
    published: date | None,
    planned: bool = False,
) -> bool:
    """Whether a candidate dated ``own`` by the rules (from ``source``: :func:`source_of`;
    ``planned``: its status) may move to an option. A planned act takes no date that ends
    before the publication day: a day of the past is another act's, the one that prepared
    it ("is expected to launch" beside "On Monday, ... met ... to prepare it"), as
    :func:`.coreference.told_the_day_before` gives no planned act the day before.

    None takes a part of a range of days its text writes: not the
    first day of a range of its sentence ("held in Suva from 11 – 14 July 2022"), nor a
    day or days inside its own range (the tuning gold dates gatherings and visits by the range
    they were held over 493 times, by one day of a range the text writes 25 times:
    docs/history/extraction-log.md, "Seventeenth pass: dates"). One its own clause dates keeps a
    date
    the text writes beside its trigger unless the option is another date of its sentence,
    a day inside its own (a day of "in 2019"), or the day before its own when that is the
    publication day; a weakly dated one may take any. (Without this, the story's day, told
    by the lede, the sentence before and the publication at once, took the place of the
    background year or month of a past event: "joined in 2011", "met in September 2018".)

    >>> day = EventDate.from_value
    >>> story = DateOption(day("2025-10-26"), frozenset({"lede", "publication"}), 0, False, False)
    >>> inside = DateOption(day("2011-05-02"), frozenset({"before"}), 1, False, False)
    >>> may_take(story, day("2011"), "own", date(2025, 10, 26))
    False
    >>> may_take(inside, day("2011"), "own", date(2025, 10, 26))
    True
    >>> may_take(story, day("2011"), "inferred", date(2025, 10, 26))
    True
    >>> opening = DateOption(day("2022-07-11"), frozenset({"first day"}), 0, False, False)
    >>> may_take(opening, day("2022-07-11/2022-07-14"), "own", date(2022, 7, 14))
    False
    >>> may_take(story, day("2025-10-25/2025-10-27"), "inferred", date(2025, 10, 26))
    False
    >>> before = DateOption(day("2025-10-25"), frozenset({"day before"}), 0, False, False)
    >>> may_take(before, day("2025-10-26"), "publication", date(2025, 10, 26), planned=True)
    False
    """
    when = option.date
    if planned and published is not None and when.end < published:
        return False  # a planned act of the past is another act
    part = _inside(when, own) and (when.start, when.end) != (own.start, own.end)
    if option.sources == _FIRST_DAY or (is_days(own) and part):
        return False  # a part of a range of days the text writes
    if source != "own" or option.sources & OWN_SENTENCE:
        return True
    if _inside(when, own):
        return True
    return (
        published is not None
        and own.start == own.end == published
        and when.start == when.end == published - timedelta(days=1)
    )


def _planned(c: Candidate) -> bool:
    return c.draft.status is Status.planned


def _by_publication(c: Candidate) -> bool:
    """Whether the rules date ``c`` by the publication day alone (no date of its own)."""
    own, published = c.draft.date, c.published
    return published is not None and own.start == own.end == published


def _plans_told(c: Candidate, plans: Plans) -> set[str]:
    """For a planned act the publication day dates (no date of its own), the later days of
    the planned acts of its kind sharing a side (:func:`.coreference.later_plan_days`, the
    definition :func:`.coreference.planned_days` moves by: to a date told alone): it takes
    no later day but the one told alone, none of two or more (:func:`_within_plans`; "will
    visit Ghana on Saturday, 25 March ... again on 2 July": "The tour is expected to
    begin" is neither told). ``plans``: the
    candidates in use (:func:`.coreference.dated_plans`)."""
    if not _planned(c) or not _by_publication(c):
        return set()
    return set(later_plan_days(c.draft, plans))


def _within_plans(option: DateOption, own: EventDate, told: set[str]) -> bool:
    """Whether an option is open to a candidate dated ``own`` with the plan days ``told``
    (:func:`_plans_told`): any when none is told; else no later day but the one told when
    it is told alone (what :func:`.coreference.planned_days` moves to), none of two or
    more. ("Harris will visit Ghana on Saturday, 25 March ... Ghana will hold local
    elections on 2 July": the undated "The tour is expected to begin" may take 25 March,
    never the elections' day.)

    >>> day = EventDate.from_value
    >>> def option(value: str) -> DateOption:
    ...     return DateOption(day(value), frozenset({"before"}), 0, False, False)
    >>> own = day("2023-03-14")
    >>> [_within_plans(option(v), own, {"2023-03-25"})
    ...  for v in ("2023-03-14", "2023-03-25", "2023-07-02")]
    [True, True, False]
    >>> _within_plans(option("2023-03-25"), own, {"2023-03-25", "2023-07-02"})
    False
    >>> _within_plans(option("2023-07-02"), own, set())
    True
    """
    if not told or option.date.start <= own.end:
        return True
    return len(told) == 1 and option.date.value in told


#: The source of an option that is the first day of a range of the candidate's sentence.
_FIRST_DAY = frozenset({"first day"})


def _inside(when: EventDate, own: EventDate) -> bool:
    return own.start <= when.start and when.end <= own.end


def source_of(c: Candidate, story: Story | None = None) -> str:
    """Where a candidate's date comes from, for :func:`may_take`: "own" also when the rules
    dated it otherwise (by the event it is attached to, a date opening the sentence, the
    nearest date of a dropped candidate's sentence) with a date its own clause writes: "It
    was established back in 2018 during Mr. Erdogan's visit", the visit told again takes the
    founding's 2018, the year written beside it. In the tuning gold such a candidate's own
    date is right against another sentence's date offered to it 1,572 times to 188
    (docs/history/extraction-log.md, "Eighteenth pass: dates"). Read from ``story`` (its clause's
    usable
    timexes), else from its options (its own date's sources).

    "own" too for an act the discourse dates by the gathering or visit its clause says it
    was told of before its trigger ("During Mr. Tokayev's visit, the defense ministers ...
    signed", "At the summit, the two sides adopted"): it keeps the gathering's date as a
    date its clause writes (the seed's Kazakh-Turkish signing of late May 2022 took, left
    out, "The January events" of the next sentence)."""
    if c.date_source == "own":
        return "own"
    own = c.draft.date.value
    if story is None:
        current = next((o for o in c.options if "current" in o.sources), None)
        return "own" if current is not None and "clause" in current.sources else c.date_source
    place = story.places.get(c.draft.id)
    i = c.sentence_index
    if place is None or not 0 <= i < len(story.spans):
        return c.date_source
    clause = place[1]
    written = any(clause[0] <= s.start < clause[1] and s.date.value == own for s in story.dated(i))
    if written or (
        c.date_source == "inferred" and _told_of_a_gathering(story.text, clause[0], place[0][0])
    ):
        return "own"
    return c.date_source


#: Before a definite gathering or visit (:data:`.lexicon.ANAPHORIC`): the act told of it.
_OF_A_GATHERING = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+$", re.IGNORECASE
)


def _told_of_a_gathering(text: str, clause: int, trigger: int) -> bool:
    """Whether the clause before the trigger tells the act of a gathering or visit told
    before ("During the visit, ...", "At this summit, ...").

    >>> text = "During Mr. Tokayev's visit, the ministers signed an agreement."
    >>> _told_of_a_gathering(text, 0, text.index("signed"))
    True
    >>> text = "The ministers signed an agreement after the visit."
    >>> _told_of_a_gathering(text, 0, text.index("signed"))
    False
    """
    return any(
        _OF_A_GATHERING.search(text, max(clause, m.start() - 40), m.start())
        for m in ANAPHORIC.finditer(text, clause, trigger)
    )


def _statement_of_the_page(c: Candidate) -> bool:
    """Whether ``c`` is a statement the rules date by the publication day: it keeps that
    day, as the gold rule for statements says (tests/data/extraction/SOURCES.md, "Gold
    rule: statements told by their saying": a statement without a day of its own takes
    the page's, never the day of the news it reports: "In a joint statement, Estonia,
    Latvia and Lithuania condemned Russia's decision ... on 22 February" on a page of 23
    February is a statement of the 23rd)."""
    own = c.draft.date
    return (
        c.draft.kind is EventKind.statement
        and own.precision is Precision.day
        and own.start == own.end == c.published
    )


def _may_move(c: Candidate, source: str, story: Story) -> bool:
    """Whether some option could pass :func:`may_take` (checked before any option is read,
    which is most of the cost): not for a candidate its own clause dates (``source``) on
    one day that is not the publication day, or over a range of days, when its sentence
    gives no other date."""
    own = c.draft.date
    if source != "own" or own.precision is not Precision.day:
        return True
    if own.start == own.end == c.published:
        return True  # the day before may be its
    i = c.sentence_index
    return 0 <= i < len(story.spans) and len(story.dated(i)) > 1


def load_ranker(path: str | Path) -> DateRanker:
    """Read a ranker file; :class:`DataError` names the file and what is wrong."""
    return load_model(path, DateRanker, "a date ranker")


@cache
def shipped_ranker() -> DateRanker | None:
    """The ranker of the package's data folder, or None when none is shipped."""
    return shipped_model(RANKER_FILE, DateRanker, "a date ranker")
