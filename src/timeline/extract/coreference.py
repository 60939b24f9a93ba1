"""Within-document event coreference: a definite mention names an event already told.

"The summit", "the talks", "this meeting" often come with a date of their own
("the summit on Sunday") but name no participant: they are mentions of the
summit the article is about, not new events. Such a mention takes the
countries and organizations of the event of the same kind in the same
document whose date is compatible with its own (one interval contains the
other), the nearest one told before it, else the first told after it; the
merge (:mod:`timeline.merge`) then makes them one event with both sources.
One event per real-world event per document, without a parser.

A meeting inside a summit is the summit (:func:`fold_into_summits`): "the
leaders are meeting in Saudi Arabia for their annual summit on Tuesday", "said
after the talks", "told the meeting", a meeting dated by the summit that frames
it. A meeting *between* some of its participants, or on its sidelines, stays
an event of its own.

The news of the day takes the day before when the article tells that day
(:func:`told_the_day_before`), so the merge makes the two one event; an undated
act of the news takes the day of another act of its sides told the day before
(the session that decided it); a planned act the publication day dates takes the
days of the planned act of its kind the article dates later (:func:`planned_days`);
and a merged meeting, call, summit or forum needs two sides (:func:`has_both_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Protocol

from .. import gazetteer
from ..gazetteer import ActorMention, PlaceMention
from ..gazetteer.actors import aliases_data
from ..model import ActorType, Event, EventDate, EventKind, Participant, Precision, Source, Status
from ..temporal.lexicon import SERIES_NOUNS, alternation
from .candidate_log import sides_named
from .ordinals import series_pattern

__all__ = [
    "OWN_MEETING",
    "NamesIn",
    "PlannedAct",
    "Plans",
    "absorb_definite_summits",
    "dated_plans",
    "fold_into_summits",
    "later_plan_days",
    "planned_days",
    "resolve_definites",
    "series_sides",
    "sides",
    "told_the_day_before",
]

#: A meeting of its own at a summit: "a meeting between ...", "on the sidelines of"; a meal
#: with some of its leaders ("had a working breakfast with his Lao counterpart ... and his
#: Cambodian counterpart ..., on the occasion of attending the 43rd ASEAN Summit": the
#: hospitality rule's meals, sixty-eighth pass).
OWN_MEETING = re.compile(
    r"\b(?:meetings?|talks|met|breakfast|lunch|luncheon|dinner)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:between|with)\b|\bsidelines\b"
    r"|\bbilateral\s+(?:meetings?|talks)\b|\bone-on-one\b",
    re.I,
)
_SUMMIT_WORD = re.compile(r"\bsummit\b", re.I)
#: The longest summit (in days) whose meetings are taken for the summit itself.
_SUMMIT_DAYS = 7


def _actors(e: Event) -> list[Participant]:
    return [p for p in e.participants if p.type is not ActorType.person]


def _compatible(a: Event, b: Event) -> bool:
    return (a.date.start <= b.date.start and b.date.end <= a.date.end) or (
        b.date.start <= a.date.start and a.date.end <= b.date.end
    )


def _offset(e: Event) -> int:
    return min(s.start for s in e.sources)


def resolve_definites(
    events: Sequence[Event], definite: Collection[str], names_in: NamesIn | None = None
) -> list[Event]:
    """``events``; an actor-less definite mention (id in ``definite``) gets its event's actors,
    and an act of a series told by its rank gets its series' sides
    (:func:`series_sides`, with the names the reading found: ``names_in``)."""
    out = series_sides(events, names_in)
    for i, e in enumerate(out):
        if e.id not in definite or _actors(e) or any(p.country for p in e.participants):
            continue
        named = [
            o for o in out if o is not e and o.kind is e.kind and _actors(o) and _compatible(o, e)
        ]
        if not named:
            continue
        before = [o for o in named if _offset(o) < _offset(e)]
        target = max(before, key=_offset) if before else min(named, key=_offset)
        extra = [Participant(id=p.id, type=p.type) for p in _actors(target)]
        out[i] = e.model_copy(update={"participants": [*e.participants, *extra]})
    return out


#: The gathering kinds whose acts make a series ("the 7th summit", "the first such meeting").
_SERIES_KINDS = frozenset({EventKind.summit, EventKind.meeting, EventKind.forum})
#: The nouns of a gathering told by its rank: ``series_nouns`` of
#: ``data/temporal_words.yaml``, each with its plural.
_SERIES_NOUNS = rf"(?:{alternation(SERIES_NOUNS)})s?"


@cache
def _series_act() -> re.Pattern[str]:
    """One act of a series told by its rank: an ordinal or a series word
    (:func:`.ordinals.series_pattern`), up to three words, a gathering's noun: "The 7th
    summit", "The first such meeting", "The latest fifth consultative meeting", "The first
    of these meetings"."""
    return re.compile(
        rf"\b(?:the|its|their)\s+{series_pattern()}\s+(?:[\w-]+\s+){{0,3}}?{_SERIES_NOUNS}\b",
        re.IGNORECASE,
    )


#: The actors and places the gazetteer found in a span of the document (start, end):
#: :meth:`.reader.Reader.names_in`, what the reading found already.
NamesIn = Callable[[int, int], tuple[Sequence[ActorMention], Sequence[PlaceMention]]]


def _names_of(source: Source, names_in: NamesIn | None) -> tuple[set[str], set[str]]:
    """The sides a sentence names (:func:`.candidate_log.sides_named`: its countries, a
    capital or a demonym too, its organizations and the countries of its people) and the
    countries of the places it names ("in the Jordanian capital of Amman": JO), which a
    sentence's place may name beside the event's location: from what the reading found in
    the sentence (``names_in``), else from the gazetteer run over the quote."""
    if names_in is not None:
        actors, places = names_in(source.start, source.end)
    else:
        quote = source.quote
        actors = gazetteer.find_actors(quote, 0, len(quote))
        places = gazetteer.find_places(quote, 0, len(quote), actors=actors)
    return set(sides_named(actors)), {str(p.country) for p in places if p.country}


def series_sides(events: Sequence[Event], names_in: NamesIn | None = None) -> list[Event]:
    """``events``, where an act of a series told by its rank whose sentence names
    no side but its place's country takes the sides of the story's gathering.

    "The 7th summit was held in Istanbul in 2018", "The first such meeting took place last
    year in the Jordanian capital of Amman", "The latest fifth consultative meeting took
    place in Dushanbe in September 2023": the rank says the act is one of the series the
    article tells, whose sides are those of the article's gathering (the first summit,
    meeting or forum of the document told before or after it with two sides or an
    organization, told in another sentence), not its host's alone (docs/history/extraction-log.md,
    "Twenty-sixth pass: participants"). A sentence naming another side ("The guests at
    the third summit were the President of ...") is left as it is. ``names_in`` gives
    the names the reading found in a sentence of the document (:class:`NamesIn`); without
    it the gazetteer is run over the sentence.
    """
    out = list(events)
    ranked = [
        i
        for i, e in enumerate(out)
        if e.kind in _SERIES_KINDS and _series_act().search(e.sources[0].quote)
    ]
    for i in ranked:
        e = out[i]
        host = {e.location.country} if e.location is not None and e.location.country else set()
        sides, place_countries = _names_of(e.sources[0], names_in)
        if not sides <= host | place_countries:
            continue
        doc = e.sources[0].document
        story = [
            o
            for o in events
            if _offset(o) != _offset(e)
            and o.kind in _SERIES_KINDS
            and o.sources[0].document == doc
            and (len(o.countries) >= 2 or o.organizations)
        ]
        if not story:
            continue
        target = min(story, key=_offset)
        have = {p.id for p in e.participants} | {p.country for p in e.participants if p.country}
        extra = [Participant(id=p.id, type=p.type) for p in _actors(target) if p.id not in have]
        if extra:
            out[i] = e.model_copy(update={"participants": [*e.participants, *extra]})
    return out


def _inside(inner: Event, outer: Event) -> bool:
    return outer.date.start <= inner.date.start and inner.date.end <= outer.date.end


#: A meeting on a summit's sidelines is one of its own, whoever holds it.
_SIDELINES = re.compile(r"\bsidelines\b", re.I)


def _the_summits_pair(meeting: Event, summits: Sequence[Event]) -> bool:
    """Whether ``meeting`` is held by the two states of a summit of its document between
    those two alone, within the summit's dates and of its status (a summit planned is no
    talks held): a summit of two states is their talks ("Kishida and Yoon hold a summit in
    Seoul", "Kishida held talks with Yoon": one act), unless the meeting is on its
    sidelines (``tests/extract/test_rules_summit_pairs.py``)."""
    sides = _states(meeting)
    if len(sides) != 2 or _SIDELINES.search(meeting.sources[0].quote):
        return False
    document = meeting.sources[0].document
    return any(
        s.sources[0].document == document
        and _inside(meeting, s)
        and s.status is meeting.status
        and _states(s) == sides
        for s in summits
    )


def _states(e: Event) -> set[str]:
    """The sides of ``e`` when every one is a state (else none: an organization's summit
    holds meetings of its own with one state, "talks between Xi Jinping and the EU")."""
    actors = _actors(e)
    if any(p.type is not ActorType.country for p in actors):
        return set()
    return {p.id for p in actors}


def fold_into_summits(events: Sequence[Event], definite: Collection[str]) -> list[Event]:
    """``events`` without the meetings that are mentions of a summit of the same document.

    A meeting goes when its dates lie inside a summit's (of at most a week) of
    the same document and it is told with that summit: its date came from the
    summit (``related``), its sentence names the summit, or it is a definite
    noun ("the talks", "the meeting", id in ``definite``); unless it is a
    meeting between some of the participants or on the summit's sidelines. A meeting of
    the two sides of a summit of two goes too (:func:`_the_summits_pair`).
    """
    summits = [e for e in events if e.kind is EventKind.summit and e.date.days <= _SUMMIT_DAYS]
    if not summits:
        return list(events)
    out = []
    folded: set[str] = set()
    for e in events:
        quote = e.sources[0].quote
        if e.kind is EventKind.meeting and _the_summits_pair(e, summits):
            folded.add(e.id)
            continue
        if e.kind is EventKind.meeting and not OWN_MEETING.search(quote):
            doc = e.sources[0].document
            told_with = [
                s
                for s in summits
                if s.sources[0].document == doc
                and _inside(e, s)
                and (
                    s.id in e.related
                    or e.id in definite
                    or _SUMMIT_WORD.search(quote)
                    or not folded.isdisjoint(e.related)  # "the assembly meeting ... meetings"
                )
            ]
            if told_with:
                folded.add(e.id)
                continue
        out.append(e)
    return out


def absorb_definite_summits(events: Sequence[Event], definite: Collection[str]) -> list[Event]:
    """``events`` where "the annual summit" on the day of a summit told before is that summit.

    A definite summit mention whose dates lie inside those of an earlier summit
    (of at most a week) of the same document and that summit take each other's
    countries and organizations, so the merge makes them one event with both
    sources: one summit per document and day, whoever the sentence names.
    """
    out = list(events)
    summits = [i for i, e in enumerate(out) if e.kind is EventKind.summit]
    for i in summits:
        e = out[i]
        if e.id not in definite:
            continue
        doc = e.sources[0].document
        at = next(
            (
                j
                for j in summits
                if j != i
                and out[j].sources[0].document == doc
                and _offset(out[j]) < _offset(e)
                and out[j].date.days <= _SUMMIT_DAYS
                and _inside(e, out[j])
            ),
            None,
        )
        if at is None:
            continue
        target = out[at]
        have = {p.id for p in target.participants}
        extra = [Participant(id=p.id, type=p.type) for p in _actors(e) if p.id not in have]
        out[at] = target = target.model_copy(
            update={"participants": [*target.participants, *extra]}
        )
        mine = {p.id for p in e.participants}
        theirs = [Participant(id=p.id, type=p.type) for p in _actors(target) if p.id not in mine]
        out[i] = e.model_copy(update={"participants": [*e.participants, *theirs]})
    return out


def told_the_day_before(
    events: list[Event],
    of_the_day: set[str],
    undated: Collection[str] = (),
    counted: Collection[str] = (),
) -> list[Event]:
    """The news of the day takes the day before when the article tells it so.

    An undated lede is dated by the publication day ("The African Union has
    suspended Guinea's membership"), and so is one dated by its dateline alone
    ("Addis Ababa, Sep 11 The AU has ..."; not one whose own words name that day, "on
    Friday hold ...": :meth:`.mention.MentionBuilder._writes_the_day`), but news published
    in the morning tells what happened the day before: when another mention of the same kind and
    of some of the same sides gives that day ("The AU's Peace and Security
    Council on Friday decided to suspend ..."), the lede's mention takes it,
    and the merge makes the two one event.

    An act of the news that has no date of its own (id in ``undated``: not a lede
    that writes the day, "on Tuesday") takes the day before too when the article
    dates an act of any kind, on that one day only, that shares at least one side
    with it: the session, talks or statement the news came from ("La Francophonie
    has suspended Guinea's membership" and "On Thursday, the OIF held an
    extraordinary session"; "Latvia said Monday it had asked the Russian ambassador
    to leave" and "Russia's foreign ministry said in a statement issued on Monday").
    Not the day of an arrival (a visit: the business of the visit follows it), not
    for a planned act, and not when an act of the news in the same sentence is of a
    kind the article dates, anywhere and whatever its sides, on the publication day
    itself ("attended the summit on Sunday" beside "have decided at an
    extraordinary summit"). A lede dated by its dateline (not in ``undated``) takes
    the day before only from an act of the same kind that holds all its sides, and so
    does a visit: a journey's stops are each their own visit ("has arrived in Saudi
    Arabia" beside "On Sunday, he gave a speech in Abu Dhabi"). An act counted from the
    news's day (id in ``counted``: "The announcement comes a day after Jordan recalled its
    ambassador") is another act, told as earlier or later than the news: it gives no day.
    """
    # the days told, by kind and day, then each side: one lookup per lede mention, so a
    # document of thousands of "currently" clauses stays linear (docs/reliability.md);
    # the one-day acts of any kind but an arrival (kind None), for an undated act
    told_on: dict[tuple[EventKind | None, date, str], Event] = {}
    told_that_day: set[tuple[EventKind, date]] = set()
    for e in events:
        if e.id not in of_the_day and e.id not in counted and e.date.precision is Precision.day:
            for side in sorted(sides(e)):
                told_on.setdefault((e.kind, e.date.start, side), e)
                if e.date.days == 1 and e.kind is not EventKind.visit:
                    told_on.setdefault((None, e.date.start, side), e)
            if e.date.days == 1:
                told_that_day.add((e.kind, e.date.start))
    dated_news = {
        _sentence(e)
        for e in events
        if e.id in of_the_day and (e.kind, e.date.start) in told_that_day
    }
    out = []
    for event in events:
        if event.id in of_the_day:
            before = event.date.start - timedelta(days=1)
            kinds: list[EventKind | None] = [event.kind]
            if (
                event.id in undated
                and event.status is not Status.planned
                and _sentence(event) not in dated_news
            ):
                kinds.append(None)
            # a lede dated by its dateline ("NICOSIA, Nov 21 Tsipras in a meeting with
            # Anastasiades ...") takes the day before only from an act of all its sides: not
            # from another act of the day before that shares one of them (Sisi's address in
            # Nicosia on Monday)
            dated_by_its_line = event.id not in undated
            told = next(
                (
                    found
                    for kind in kinds
                    for side in sorted(sides(event))
                    if (found := told_on.get((kind, before, side))) is not None
                    and not (
                        (dated_by_its_line or event.kind is EventKind.visit)
                        and not sides(event) <= sides(found)
                    )
                ),
                None,
            )
            if told is not None:
                event = event.model_copy(update={"date": told.date})
        out.append(event)
    return out


class PlannedAct(Protocol):
    """What :func:`dated_plans` and :func:`later_plan_days` read of an event or a candidate's
    draft."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> EventKind: ...
    @property
    def date(self) -> EventDate: ...
    @property
    def status(self) -> Status: ...
    @property
    def participants(self) -> list[Participant]: ...


#: The dates of the planned acts an article dates, by kind and side (:func:`dated_plans`).
Plans = dict[tuple[EventKind, str], list[EventDate]]


def dated_plans(acts: Iterable[PlannedAct], undated: Collection[str]) -> Plans:
    """The dates of the planned acts among ``acts`` that have a date of their own (id not in
    ``undated``: not the publication day's for want of one), by kind and by side: a
    country's or an organization's, not a person's.

    >>> def act(value: str, status: str = "planned", kind: str = "visit") -> Event:
    ...     return Event.model_validate({
    ...         "kind": kind, "title": value, "date": {"value": value}, "status": status,
    ...         "participants": [{"id": "IN", "type": "country"}, {"id": "s-jaishankar",
    ...                          "type": "person", "name": "S. Jaishankar", "country": "IN"}],
    ...         "sources": [{"document": "d", "quote": value, "start": 0, "end": len(value)}]})
    >>> told, undated, done = act("2023-01-18"), act("2023-01-17"), act("2023-01-05", "occurred")
    >>> {k.value + " " + side: [d.value for d in days]
    ...  for (k, side), days in dated_plans([told, undated, done], {undated.id}).items()}
    {'visit IN': ['2023-01-18']}
    """
    plans: Plans = {}
    for e in acts:
        if e.id not in undated and e.status is Status.planned:
            for side in _sides_of(e.participants):
                plans.setdefault((e.kind, side), []).append(e.date)
    return plans


def later_plan_days(act: PlannedAct, plans: Plans) -> dict[str, EventDate]:
    """The dates after ``act``'s of the planned acts of its kind sharing a side with it, by
    value (``plans``: :func:`dated_plans`): the days a planned act the publication day dates
    may be told on. :func:`planned_days` gives it the one date when there is one; the
    learned date choice (:func:`.date_choice.redate`) gives it none of two or more.

    >>> def act(value: str, sides: list[str], kind: str = "visit") -> Event:
    ...     return Event.model_validate({
    ...         "kind": kind, "title": value, "date": {"value": value}, "status": "planned",
    ...         "participants": [{"id": c, "type": "country"} for c in sides],
    ...         "sources": [{"document": "d", "quote": value, "start": 0, "end": len(value)}]})
    >>> plans = dated_plans([
    ...     act("2023-01-18/2023-01-20", ["IN", "MV"]),  # later, of the kind, a side shared
    ...     act("2023-01-19", ["MV", "IN"]),  # another day, told through the other side too
    ...     act("2023-01-18/2023-01-20", ["MV"]),  # the same days again: counted once
    ...     act("2023-01-17", ["IN"]),  # not after the publication day
    ...     act("2023-01-16", ["IN"]),  # before it
    ...     act("2023-01-25", ["LK"]),  # no side shared
    ...     act("2023-01-26", ["IN"], kind="meeting"),  # another kind
    ... ], set())
    >>> sorted(later_plan_days(act("2023-01-17", ["IN", "MV"]), plans))
    ['2023-01-18/2023-01-20', '2023-01-19']
    >>> sorted(later_plan_days(act("2023-01-17/2023-01-19", ["IN"]), plans))  # after its end
    []
    """
    return {
        d.value: d
        for side in sorted(_sides_of(act.participants))
        for d in plans.get((act.kind, side), ())
        if d.start > act.date.end
    }


def planned_days(events: list[Event], undated: Collection[str]) -> list[Event]:
    """A planned act the publication day dates for want of a date of its own (id in
    ``undated``) takes the days of the planned act of its kind the article dates later.

    "During his visit to the Maldives, EAM would call on President H.E. ..." is the visit
    the lede dates ("to visit Maldives and Sri Lanka from 18-20 January"), not a visit of
    the publication day; when the article dates, after the publication day, acts of that
    kind sharing a side with it on one date only (:func:`later_plan_days`), the undated act
    takes that date and the merge makes the two one event. Nothing moves when those acts
    fall on two dates (two visits of one tour) or when the undated act is not planned.

    >>> def visit(value: str, status: str, text: str) -> Event:
    ...     return Event.model_validate({
    ...         "kind": "visit", "title": text, "date": {"value": value}, "status": status,
    ...         "participants": [{"id": "IN", "type": "country"}, {"id": "MV", "type": "country"}],
    ...         "sources": [{"document": "d", "quote": text, "start": 0, "end": len(text)}]})
    >>> lede = visit("2023-01-18/2023-01-20", "planned", "EAM to visit Maldives")
    >>> later = visit("2023-01-17", "planned", "During his visit to the Maldives")
    >>> [e.date.value for e in planned_days([lede, later], {later.id})]
    ['2023-01-18/2023-01-20', '2023-01-18/2023-01-20']
    >>> [e.date.value for e in planned_days([lede, later], set())]
    ['2023-01-18/2023-01-20', '2023-01-17']
    """
    plans = dated_plans(events, undated)
    out = []
    for e in events:
        if e.id in undated and e.status is Status.planned:
            days = later_plan_days(e, plans)
            if len(days) == 1:
                e = e.model_copy(update={"date": next(iter(days.values()))})
        out.append(e)
    return out


def _sentence(event: Event) -> tuple[str, int]:
    """Where an event's first mention is: its document and offset."""
    return event.sources[0].document, event.sources[0].start


def sides(event: Event) -> frozenset[str]:
    """The countries and organizations of an event: the sides a coreference rule matches."""
    return _sides_of(event.participants)


def _sides_of(participants: Iterable[Participant]) -> frozenset[str]:
    """The sides of :func:`sides` read from participants (an event's, or a candidate's
    draft's): the countries and organizations among them."""
    return frozenset(
        p.id for p in participants if p.type in (ActorType.country, ActorType.organization)
    )


#: Kinds that take two sides at least: a meeting, call, summit or forum of one
#: country alone is one whose other side was not recognized, not an event.
#: (Conflicts and exercises may be one state's: a civil war, national drills.)
_TWO_SIDED = frozenset({EventKind.meeting, EventKind.call, EventKind.summit, EventKind.forum})


def has_both_sides(event: Event) -> bool:
    """False for a merged meeting, call, summit or forum of a single country and nobody else.

    "Meeting with Iceland" says only that the other side was not recognized
    (a person not introduced by an office, a group, a pronoun): it can be
    neither checked nor placed on the other side's timeline. The merge asks
    this of merged events, not of mentions, so a one-country mention still
    lends its quote and its exact day to a fuller mention of the same event
    ("a summit meeting in Tokyo on Thursday" beside "the South Korea-Japan
    summit" of another paragraph or article).
    """
    if event.kind is EventKind.visit:
        # "Russia's visit to Russia": a visit whose only side is one country, with no
        # organization and no person of another or of no known country, is a visitor or a
        # host not recognized, not a visit ("Obama's 2013 trip to Africa", "Anders
        # Samuelsen ... is visiting the Faroes", "has paid a courtesy visit to Prime Minister
        # Manasseh Sogavare": one side; seventy-fourth pass, prec74)
        return (
            len(event.countries) != 1
            or bool(event.organizations)
            or any(
                p.type is ActorType.person and p.country not in event.countries
                for p in event.participants
            )
        )
    if event.kind in _TWO_SIDED and len(event.countries) == 1 and not event.organizations:
        # "the Russia-Africa summit": the other side is a region no code names
        region = _with_region()
        return any(region.search(s.quote) for s in event.sources)
    return True


@cache
def _with_region() -> re.Pattern[str]:
    """A name of a country, then a dash and a region of ``regions_as_sides`` (aliases.yaml)."""
    regions = "|".join(
        re.escape(r) for r in sorted(aliases_data().get("regions_as_sides", ()), key=len)[::-1]
    )
    return re.compile(rf"(?<![\w-])[A-Z][\w.]*[-–](?:{regions})(?![\w-])")
