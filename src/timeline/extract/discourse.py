"""The discourse of a document being read: the events told so far, and what they anchor.

:class:`Discourse` holds the state of one document as the reader goes sentence by
sentence (:mod:`.reader`): the event mentions told so far (:class:`Mention`), the
latest day told, the lede, the publication day, the countries each sentence
named. Its methods find what an event refers back to: the latest event of a kind
told before (an antecedent), the scene the sentence before set, the news of the
day of an organization, a present-tense clause.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from ..gazetteer.codes import actor_type
from ..model import ActorType, Agreement, Event, EventDate, EventKind, Participant, Precision
from .candidates import Candidate, Draft
from .dated_spans import DatedSpan, TimexLike
from .limits import DISCOURSE_MEMORY
from .redating import Story
from .series_acts import the_act_before_a_first, the_last_of_a_series
from .usable_dates import report_days, usable_timexes

if TYPE_CHECKING:  # the anniversaries read the discourse's slugs: no import at run time
    from .anniversaries import CountedDate
    from .counted_acts import RelativeAct

__all__ = [
    "Discourse",
    "DocumentLike",
    "Mention",
    "SentenceLike",
    "clause_of",
    "distance",
    "doc_slug",
]


class SentenceLike(Protocol):
    """A sentence with offsets into its document's text."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class DocumentLike(Protocol):
    """What extraction needs from a :class:`timeline.corpus.Document`."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def published(self) -> date | None: ...

    @property
    def sentences(self) -> Sequence[Any]: ...


#: How long before the publication an event is still the article's news (an organization's, an
#: antecedent's told as the last of a series).
_NEWS_DAYS = timedelta(days=7)
#: The contacts whose day dates an undated visit of their two states
#: (:meth:`Discourse._contact_of`).
_CONTACT_KINDS = frozenset({EventKind.meeting, EventKind.visit})

#: The text dating gives with the publication day when it dates a mention for want of a
#: date of its own (an undated lede, "currently"): a value, so a copy of the date cannot
#: change what the mention is (:attr:`Mention.undated`).
PUBLICATION_DAY = "(the publication day)"


@dataclass
class Mention:
    """One event mention while a document is being read."""

    key: str
    kind: EventKind
    trigger: tuple[int, int]
    clause: tuple[int, int]
    sentence: tuple[int, int]
    date: EventDate
    participants: list[Participant]
    related: set[str] = field(default_factory=set)
    #: A definite event noun ("the summit", "this meeting"): maybe a mention of one told.
    definite: bool = False
    #: Dated by the publication day as the news of the day (an undated lede, "currently",
    #: a lede dated by its dateline).
    of_the_day: bool = False
    #: Dated by the publication day for want of a date of its own (:data:`PUBLICATION_DAY`),
    #: or by the date of a mention that was: not a lede that writes the day.
    undated: bool = False
    #: Counted back or ahead from the news's day ("The meeting comes just a week after the
    #: Bulgarian prime minister visited Skopje"): another act than the news, on another day.
    counted_from_the_news: bool = False

    def countries(self) -> set[str]:
        out = {p.id for p in self.participants if p.type is not ActorType.person}
        out |= {p.country for p in self.participants if p.country}
        return out


def distance(d: DatedSpan, trig: tuple[int, int]) -> tuple[int, int]:
    if d.start >= trig[1]:
        return d.start - trig[1], 0
    return trig[0] - d.end, 1


def clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for c in clauses:
        if c[0] <= pos < c[1]:
            return c
    return clauses[-1]


#: The longest document slug in a mention's id: the id (a :data:`timeline.model.Slug`,
#: at most 120 characters) also holds a prefix such as "c123-".
_SLUG_LENGTH = 100


def doc_slug(doc_id: str) -> str:
    """The document's id as a slug for its mentions' ids; a long one is cut and ends with
    a digest of the whole id (two long ids that share their start stay apart)."""
    slug = re.sub(r"[^a-z0-9]+", "-", doc_id.lower()).strip("-") or "doc"
    if len(slug) <= _SLUG_LENGTH:
        return slug
    digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8]
    return f"{slug[: _SLUG_LENGTH - 9].rstrip('-')}-{digest}"


#: What may follow the headline's day for it to be the headline's own date: nothing but
#: spaces ("20th EU-China Summit in Beijing, 16/07/2018").
_ENDS_THE_HEADLINE = re.compile(r"\s*")
#: ... and what sets it off from the headline's words before it: a comma, a dash, a bar.
_SET_OFF_BEFORE = re.compile(r"[,|–—-]\s*$")
#: How many days before the publication a headline's day may be and still be the story's
#: day: a report published the next morning, or after a weekend.
_HEADLINE_DAY_REACH = 3


def headline_day(text: str, timexes: Sequence[TimexLike], published: date | None) -> date | None:
    r"""The day the headline (the first line) writes as its one date, at its end, when it is one to
    :data:`_HEADLINE_DAY_REACH` days before the publication: the day the story tells of,
    which its undated lede does too ("20th EU-China Summit in Beijing, 16/07/2018"
    published on 17 July; thirty-third pass). None otherwise (a planned day after the
    publication is the plan's, and the page's day stays the story's).

    >>> from timeline.temporal import tag
    >>> text = "20th EU-China Summit in Beijing, 16/07/2018\nThe EU and China met."
    >>> headline_day(text, tag(text, date(2018, 7, 17)), date(2018, 7, 17))
    datetime.date(2018, 7, 16)
    >>> text = "Biden and Putin to hold summit on June 16\nThe two will meet."
    >>> headline_day(text, tag(text, date(2021, 6, 1)), date(2021, 6, 1)) is None
    True
    """
    if published is None:
        return None
    end = text.find("\n")
    if end < 0:
        return None
    days = [t for t in timexes if t.end <= end and t.type.upper() == "DATE"]
    if (
        len(days) != 1
        or not _ENDS_THE_HEADLINE.fullmatch(text, days[0].end, end)
        or not _SET_OFF_BEFORE.search(text, max(0, days[0].start - 4), days[0].start)
    ):
        return None  # a day the headline's words tell ("dies on Sunday"): review33 #3
    when = days[0].event_date()
    if when is None or when.precision is not Precision.day or when.start != when.end:
        return None
    if not 0 < (published - when.start).days <= _HEADLINE_DAY_REACH:
        return None
    return when.start


class Discourse:
    """The state of one document being read, and the events it told so far."""

    #: The start of every temporal expression of the document, in order (set by ``run``).
    _timex_starts: list[int]

    def __init__(
        self,
        doc: DocumentLike,
        timexes: Sequence[TimexLike],
        log: bool = False,
        offer_dates: bool = False,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.timexes = list(timexes)
        self.mentions: list[Mention] = []
        self.by_key: dict[str, Mention] = {}
        #: The sentence being read: its anaphors ("During the visit") and "later in the day".
        self._anaphora: list[re.Match[str]] = []
        self._same_day = False
        self._reported: list[DatedSpan] = []
        #: The sentence's years that name a text ("the 2015 nuclear deal"): its signing's.
        self._named_years: list[DatedSpan] = []
        self._undated_sentence = True
        #: The sentence's own dates (a state's saying after one of another day is background).
        self._sentence_dates: list[DatedSpan] = []
        self.events: list[Event] = []
        self.agreements: dict[str, Agreement] = {}
        self.recent_countries: list[list[str]] = []
        #: The document's anniversaries' counted acts, dated, and where each count is told
        #: (set by the reader's run).
        self.counted: list[CountedDate] = []
        self.counted_starts: list[int] = []
        #: The sentence's triggers told by the time between them and its act, by their
        #: start (set with its own dates).
        self.relative_acts: dict[int, RelativeAct] = {}
        #: The latest day-precision date told, for "Earlier in the day" (offset, date).
        self.last_day: tuple[int, EventDate] | None = None
        #: Where the lede (the article's first sentence of news) starts.
        self.lede_start = -1
        #: Where the lede ends.
        self.lede_end = -1
        #: The sentence before the one being read, when both are in one paragraph.
        self._previous_sentence: tuple[int, int] | None = None
        #: The countries and organizations named in the sentence read last, and in that one.
        self._sentence_countries: set[str] = set()
        self._previous_countries: set[str] = set()
        #: The last sentence of the paragraph so far that writes a date (:meth:`_story_day`).
        self._story_sentence: tuple[int, int] | None = None
        #: Where the definite nouns start that name an event told already ("During the
        #: visit, ..."), which the dating left undated: no candidate of the page's day.
        self.told_already: set[int] = set()
        #: Where the gatherings start that open a sentence as the occasion of the lede's
        #: news (:func:`.news_day.opens_on_the_news_occasion`): their sides are the
        #: sentence's, the opening phrase naming none.
        self.news_occasions: set[int] = set()
        published = doc.published if not getattr(doc, "published_inferred", False) else None
        published = headline_day(self.text, self.timexes, published) or published
        #: The publication day, which the lede and "currently" tell about; the day the
        #: headline writes when it is a day or two before ("20th EU-China Summit in
        #: Beijing, 16/07/2018" published on the 17th: :func:`headline_day`).
        self.dateline = EventDate.from_value(published.isoformat(), None) if published else None
        #: With ``log``: every trigger considered (:mod:`.candidates`), the dropped ones
        #: built as events of their own (``shadow_events``, never in the discourse).
        self.candidates: list[Candidate] | None = [] if log else None
        self.shadow_events: list[Draft] = []
        #: With ``log`` and ``offer_dates``: each sentence's dates and sides, and the tense
        #: of each candidate's clause, for re-dating (:mod:`.redating`).
        self.story = Story(self.text, self.dateline) if log and offer_dates else None
        #: With a story: the options are offered at the end of the document to no candidate,
        #: then on demand to those extraction may re-date (:func:`.date_choice.redate`),
        #: instead of to every candidate (what the benches and tests read).
        self.options_on_demand = False
        #: The usable timexes of the sentence whose triggers were read last (by its bounds).
        self.sentence_dated: tuple[tuple[int, int], list[DatedSpan]] = ((-1, -1), [])
        #: The new date of each re-dated event, by id (:meth:`.pipeline.ReadDocument.redate`).
        self.redated: dict[str, EventDate] = {}
        self.shadow_agreements: dict[str, Agreement] = {}
        #: How to build each shadow event, by id, should the scorer keep it.
        self._builders: dict[str, Callable[[], Event]] = {}
        #: The cues of the sentence of the candidates being logged: (sentence, cues).
        self._sentence_cues: tuple[tuple[int, int], frozenset[str]] = ((-1, -1), frozenset())
        self._doc_slug = doc_slug(doc.id)
        #: With ``log``: the countries and organizations each sentence read so far named
        #: (those naming any), the lede's, the headline's: where an event named with one
        #: side or none may find the other (:mod:`.candidate_log`).
        self._told_sides: list[list[str]] = []
        self._lede_sides: list[str] = []
        self._headline_sides: list[str] = []
        #: An elided event's id -> the id of the event whose list it was read from.
        self.elided_from: dict[str, str] = {}
        self._sentence_index = 0
        self._paragraph = 0

    def undated_news(self) -> set[str]:
        """The keys of the mentions the publication day dates for want of a date of their
        own (an undated lede, "currently"): not a lede that writes the day ("on Tuesday",
        the dateline's day), which is dated too (:func:`.coreference.told_the_day_before`)."""
        return {m.key for m in self.mentions if m.undated}

    def _headline_start(self, body_start: int) -> int:
        """Where the document's headline starts, if it lies before the body, else the body's."""
        title = getattr(self.doc, "title", None)
        at = self.text.find(title, 0, body_start) if title else -1
        return at if at >= 0 else body_start

    def _antecedent(
        self,
        kinds: Iterable[EventKind],
        countries: set[str] | None = None,
        words: Sequence[str] = (),
    ) -> Mention | None:
        """The latest event of these kinds told before, of compatible countries.

        ``words`` (the anaphor's modifiers: "official", "two-day") must occur in
        its sentence when given.
        """
        wanted = set(kinds)
        for m in reversed(self.mentions[-DISCOURSE_MEMORY:]):
            if m.kind not in wanted or the_act_before_a_first(self.text, m.trigger):
                continue
            if (
                self.dateline is not None
                and self.dateline.start - m.date.end > _NEWS_DAYS
                and the_last_of_a_series(self.text, m.sentence[0], m.trigger)
            ):
                continue  # "The last IBSA meeting was held in 2018": not the news's meeting
            theirs = m.countries()
            if countries and theirs and not (countries <= theirs or theirs <= countries):
                continue
            if words and not any(
                w in self.text[m.sentence[0] : m.sentence[1]].lower() for w in words
            ):
                continue
            return m
        return None

    def _scene(self, countries: set[str]) -> tuple[EventDate, str, set[str]] | None:
        """The day the sentence before set for a scene of the same sides, if any.

        An undated sentence goes on with the scene its predecessor in the same
        paragraph dated: "The treaty came into force on February 14 2018 at a
        ceremony in Sofia. The two countries' foreign affairs ministries exchanged
        instruments of ratification." The day is that of an event the sentence
        before told with its own date (not one it inherited, not the publication
        day), else the one day that sentence tells (not the day of a saying), else the
        one day of its saying, when not after the publication day: "Lula stated this
        Monday (15) that there are disagreements with Paraguay. The president had a
        meeting with Paraguayan President Santiago Peña at the Itamaraty Palace" (the
        scene of the saying is of its day; forty-seventh pass). The sentence before must
        name a side of this event: it often names only one ("Bulgaria's treaty came into
        force ...").
        """
        previous = self._previous_sentence
        if previous is None or not countries & self._previous_countries:
            return None
        for m in reversed(self.mentions[-DISCOURSE_MEMORY:]):
            if m.sentence[0] < previous[0]:
                break
            if (
                m.sentence == previous
                and not m.related
                and not m.of_the_day
                and m.date.precision is Precision.day
                and countries & m.countries()
            ):
                return m.date, "", {m.key}
        day = self._one_day_of(previous) or self._one_saying_day_of(previous)
        return None if day is None else (day, "", set())

    def _one_saying_day_of(self, sentence: tuple[int, int]) -> EventDate | None:
        """The one day of the telling ``sentence`` writes (:func:`.usable_dates.report_days`:
        "stated this Monday"), if it writes one and it is not after the publication day."""
        days = {
            d.date.value: d.date
            for d in report_days(self.text, self.timexes_in(sentence), *sentence)
        }
        if len(days) != 1:
            return None
        (day,) = days.values()
        if self.dateline is not None and day.end > self.dateline.start:
            return None
        return day

    def _one_day_of(self, sentence: tuple[int, int]) -> EventDate | None:
        """The one day ``sentence`` writes (its usable timexes of a day's precision), if
        it writes one day only."""
        days = {
            d.date.value: d.date
            for d in usable_timexes(self.text, self.timexes_in(sentence), *sentence)
            if d.date.precision is Precision.day
        }
        return next(iter(days.values())) if len(days) == 1 else None

    def _story_time(self) -> EventDate | None:
        """The one date, of any precision, that the sentence before this one in its paragraph
        writes, for a sentence that opens with a word of that time ("Then,", "At the time,":
        :data:`.dating._STORY_TIME_OPENS`); else None."""
        told = self._previous_sentence
        if told is None or self._story_sentence != told:
            return None
        dates = {
            d.date.value: d.date for d in usable_timexes(self.text, self.timexes_in(told), *told)
        }
        return next(iter(dates.values())) if len(dates) == 1 else None

    def _story_day(self) -> EventDate | None:
        """The day the paragraph's story is at: the one day of its last sentence before
        this one that writes a date (:attr:`_story_sentence`), if it writes one day only.
        "On November 30, 2004, Cuba released four dissidents. The Dutch Presidency praised
        the decision. Cuba said that ...": the sayings are told at the story's day, the
        reference time a narrative keeps until it sets another.
        """
        told = self._story_sentence
        return None if told is None else self._one_day_of(told)

    def _news_of(self, actors: set[str]) -> Mention | None:
        """The latest event of the news of one of these organizations, told before.

        An undated act of an organization in an article that reports a day of
        that organization's news (a day at most :data:`_NEWS_DAYS` before the
        publication) happened that day: "The 7th CELAC Summit also ended with
        unanimous applause" after "On Tuesday, 33 countries of the CELAC signed
        the Buenos Aires Declaration"; "Mauritania's President Ghazouani handed
        over the AU chairmanship" in a report of the AU summit that opened that
        day. Countries alone do not tie an act to the news: two states have many.
        """
        organizations = {a for a in actors if actor_type(a) == "organization"}
        if not organizations or self.dateline is None:
            return None
        today = self.dateline.start
        for m in reversed(self.mentions[-DISCOURSE_MEMORY:]):
            if (
                m.date.precision is Precision.day
                and timedelta(0) <= today - m.date.start <= _NEWS_DAYS
                and organizations & m.countries()
            ):
                return m
        return None

    def _contact_of(self, countries: set[str]) -> Mention | None:
        """The latest meeting or visit of two states told before, of one day at most
        :data:`_NEWS_DAYS` before the publication, when ``countries`` names exactly those
        two: the contact of the news an undated visit of theirs is
        (:meth:`.dating.Dating._a_visit_of_the_news`; "Calling Mamau's visit to China 'an
        important landmark'" after the talks Xi and Mamau held in Beijing on Monday)."""
        states = {c for c in countries if actor_type(c) == "country"}
        if len(states) != 2 or self.dateline is None:
            return None
        today = self.dateline.start
        for m in reversed(self.mentions[-DISCOURSE_MEMORY:]):
            if (
                m.kind in _CONTACT_KINDS
                and m.date.precision is Precision.day
                and timedelta(0) <= today - m.date.start <= _NEWS_DAYS
                and states <= m.countries()
            ):
                return m
        return None

    def _present(self, clause: tuple[int, int]) -> bool:
        return any(t.value == "PRESENT_REF" for t in self.timexes_in(clause))

    def timexes_in(self, span: tuple[int, int]) -> list[TimexLike]:
        """The document's timexes that start inside ``span`` (the timexes sorted by start,
        found by bisection)."""
        return self.timexes[
            bisect_left(self._timex_starts, span[0]) : bisect_left(self._timex_starts, span[1])
        ]
