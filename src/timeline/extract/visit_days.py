"""One visit told on two near days: a later day of the programme folds into the visit.

A report of a visit tells its start first ("Joe Biden arrived in Angola Monday") and then
items of its programme on later days ("On Wednesday, the 82-year-old is due to travel to
Lobito"; "The visit ends in Bergen on Thursday"; "On Tuesday, Yoon and the king will visit
the headquarters of ASML"). Each such sentence reads as a visit of its own day, with the
same visitor and host; the merge keeps them apart (two days, neither inside the other) and
the gold counts one visit, dated by its start.

:func:`fold_visit_days` folds a visit of one day into the visit of the same sides told
first in the document when its day falls after that visit's first day and at most
:data:`_DAYS_AFTER` days after it. The visit told first keeps its date; it takes the quotes
of the folded one. A visit told before the one told first is not folded (a lede that
tells the official start after a sentence that tells the eve's arrival), nor is a visit of
other sides (a return visit: visitor and host swapped), nor a span of days (another leg
told with its own days).

A later day told without the visit's direction ("In the course of his visit, the
Secretary-General will move to Namche ... on Monday"; "On Tuesday, Yoon and the king will
visit the headquarters of ASML") folds the same way into the visit of the same states told
before it, unless its sentence tells the stay's end or counts its days (the stay's days are
read from it). The visit told first opens the stay when its sentence tells the first day
or counts the days from it ("will embark for four-day state visit to the Netherlands from
Monday"; seventy-second pass).

A visit of one day told by its end ("concluded her official visit to Timor-Leste on
Sunday", "The visit ends in Bergen on Thursday") is the last day of the visit of the same
sides dated one to :data:`_DAYS_AFTER` days before it ("The visit began on August 10th"),
whichever the article tells first: it folds into the earliest such visit.

An exercise lasts days too, and a report tells a later day of its programme the same
way: "will ... follow the joint exercises on March 25" after "A Turkish Armed Forces joint
military exercise with Uzbek troops started on March 22", "during the drills, troops will
..." on a later day of the drills told started before (seventy-fourth pass, extra74: read
on corpus-extra, the class found in three documents of the fifty-nine).
:func:`fold_exercise_days` folds an exercise of one day into the exercise told first in the
document whose sides (countries and organizations) hold its sides or are held by them,
when its day falls one to :data:`_DAYS_AFTER` days after that one's single day; the one
told first keeps its date and takes the quotes. A span of days is not folded (a
programme's own days), nor a day before the one told first. Summits are not folded so:
the summit told first is as often a day before the summit (its eve, its ministers' day),
and the day told later the gold's (the fifty-nine 6 right events fewer for 10 spurious
fewer; Wikinews dev one right fewer).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta

from ..model import ActorType, Event, EventKind, Precision, Role, Source
from .stays import ARRIVAL_VERB, CLOSING_VERB, COUNTED_DAYS

__all__ = ["fold_exercise_days", "fold_visit_days"]

#: How many days after the first day of the visit told first a later day may be and
#: still be a day of its programme.
_DAYS_AFTER = 4


def _sides(e: Event) -> tuple[frozenset[str], frozenset[str]] | None:
    """The visiting and the hosting states and bodies of a visit (its people aside), or
    None unless it names a visitor and one host (a visit whose direction is not told is
    not folded)."""
    sides = [p for p in e.participants if p.type is not ActorType.person]
    visitors = frozenset(p.id for p in sides if p.role is Role.visitor)
    hosts = frozenset(p.id for p in sides if p.role is Role.host)
    if not visitors or len(hosts) != 1:
        return None
    return visitors, hosts


def _states(e: Event) -> frozenset[str]:
    """The states and bodies of a visit, whatever their roles ("The visit began on August
    10th" tells no direction)."""
    return frozenset(p.id for p in e.participants if p.type is not ActorType.person)


def _offset(e: Event) -> int:
    return min(s.start for s in e.sources)


def _people(e: Event) -> frozenset[str]:
    return frozenset(p.id for p in e.participants if p.type is ActorType.person)


def _ends(e: Event) -> bool:
    """Whether the sentence that told ``e`` first tells its last day
    (:data:`.stays.CLOSING_VERB`)."""
    return CLOSING_VERB.search(min(e.sources, key=lambda s: s.start).quote) is not None


def _bounds(e: Event) -> bool:
    """Whether the sentence that told ``e`` first tells the end of the stay or counts its
    days ("will leave Vietnam to end a three-day visit"): the stay's days are read from it
    (:mod:`.stays`), so it is no later day of the programme to fold."""
    first = min(e.sources, key=lambda s: s.start)
    return _ends(e) or COUNTED_DAYS.search(first.quote) is not None


def _opens(e: Event) -> bool:
    """Whether the sentence that told ``e`` first tells its first day
    (:func:`_starts`) or counts the days of a stay from it ("will embark for four-day state
    visit to the Netherlands from Monday": :data:`.stays.COUNTED_DAYS`)."""
    first = min(e.sources, key=lambda s: s.start)
    return _starts(e) or COUNTED_DAYS.search(first.quote) is not None


def _starts(e: Event) -> bool:
    """Whether the sentence that told ``e`` first tells its first day
    (:data:`.stays.ARRIVAL_VERB`)."""
    return ARRIVAL_VERB.search(min(e.sources, key=lambda s: s.start).quote) is not None


def fold_visit_days(events: Sequence[Event]) -> list[Event]:
    """The mentions of one document, each visit of one later day folded into the visit of
    the same visitors and host told first (see the module docstring).

    >>> def visit(day: str, start: int, quote: str) -> Event:
    ...     return Event.model_validate({
    ...         "id": f"v{start}", "kind": "visit", "title": "Visit", "status": "planned",
    ...         "date": {"value": day},
    ...         "participants": [{"id": "US", "type": "country", "role": "visitor"},
    ...                          {"id": "AO", "type": "country", "role": "host"}],
    ...         "sources": [{"document": "d", "quote": quote, "start": start,
    ...                      "end": start + len(quote)}]})
    >>> out = fold_visit_days([visit("2024-12-02", 0, "Joe Biden arrived in Angola Monday"),
    ...                        visit("2024-12-04", 90, "On Wednesday, he will travel to Lobito")])
    >>> [(e.date.value, len(e.sources)) for e in out]
    [('2024-12-02', 2)]
    """
    first: dict[tuple[frozenset[str], frozenset[str]], int] = {}
    first_of_states: dict[frozenset[str], int] = {}
    order = sorted(range(len(events)), key=lambda i: (_offset(events[i]), events[i].date.start))
    for i in order:
        e = events[i]
        if e.kind is EventKind.visit and (key := _sides(e)) is not None:
            first.setdefault(key, i)
        if e.kind is EventKind.visit:
            first_of_states.setdefault(_states(e), i)
    folded: dict[int, list[Source]] = {}
    gone: set[int] = set()
    for i, e in enumerate(events):
        if e.kind is not EventKind.visit or e.date.precision is not Precision.day:
            continue
        if e.date.days != 1:
            continue
        if (key := _sides(e)) is not None:
            head = first[key]
        elif (
            (undirected := first_of_states.get(_states(e))) is not None
            and _offset(events[undirected]) < _offset(e)
            and not _bounds(e)
        ):
            head = undirected  # "In the course of his visit, ... will move to ... on Monday"
        else:
            continue
        told = events[head]
        if head == i or told.date.precision is not Precision.day or not _opens(told):
            continue
        if _people(e) and _people(told) and not _people(e) & _people(told):
            continue  # two people of one side: "Austin will arrive today", "Blinken tomorrow"
        if not 0 < (e.date.start - told.date.start).days <= _DAYS_AFTER:
            continue
        if e.date.start <= told.date.end:
            continue  # inside the visit's own days: the merge takes it
        gone.add(i)
        folded.setdefault(head, []).extend(e.sources)
    return _fold_ends(_folded(events, folded, gone))


def _folded(
    events: Sequence[Event], folded: dict[int, list[Source]], gone: set[int]
) -> list[Event]:
    """``events`` less those ``gone``, each head taking the quotes ``folded`` into it."""
    out = []
    for i, e in enumerate(events):
        if i in gone:
            continue
        if i in folded:
            have = {(s.document, s.start, s.end) for s in e.sources}
            extra = [s for s in folded[i] if (s.document, s.start, s.end) not in have]
            e = e.model_copy(update={"sources": [*e.sources, *extra]})
        out.append(e)
    return out


def _one_day_visit(e: Event) -> bool:
    return e.kind is EventKind.visit and e.date.precision is Precision.day and e.date.days == 1


def _fold_ends(events: Sequence[Event]) -> list[Event]:
    """Each visit of one day told by its end folded into the earliest visit of one day of
    the same sides one to :data:`_DAYS_AFTER` days before it (see the module docstring)."""
    folded: dict[int, list[Source]] = {}
    gone: set[int] = set()
    directed: dict[int, Event] = {}
    # the one-day visits by their states, in the order of their days: an end reads only
    # the few of its states dated in the days before it
    by_states: dict[frozenset[str], list[tuple[date, int]]] = {}
    for j, o in enumerate(events):
        if _one_day_visit(o):
            by_states.setdefault(_states(o), []).append((o.date.start, j))
    for days in by_states.values():
        days.sort()
    for i, e in enumerate(events):
        if not _one_day_visit(e) or (key := _sides(e)) is None or not _ends(e):
            continue
        if COUNTED_DAYS.search(e.sources[0].quote):
            continue  # "returned ... after a four-day State visit": the count dates the stay
        days = by_states.get(key[0] | key[1], [])
        first = bisect_left(days, (e.date.start - timedelta(days=_DAYS_AFTER), -1))
        last = bisect_left(days, (e.date.start, -1))
        before = [
            j
            for _, j in days[first:last]
            if j not in gone
            and not (_people(e) and _people(o := events[j]) and not _people(e) & _people(o))
        ]
        if before:
            head = min(before, key=lambda j: (events[j].date.start, _offset(events[j])))
            gone.add(i)
            folded.setdefault(head, []).extend(e.sources)
            if _sides(events[head]) is None:
                directed[head] = e
    out = _folded(events, folded, gone)
    kept = [i for i in range(len(events)) if i not in gone]
    for at, i in enumerate(kept):
        if i in directed:
            out[at] = _directed(out[at], directed[i])
    return out


def _directed(e: Event, told: Event) -> Event:
    """``e``, a visit whose sentence tells no direction ("The visit began on August 10th"),
    with the visitor and host of the visit told by its end, and its people as well."""
    sides = [p for p in told.participants if p.type is not ActorType.person]
    people = {p.id: p for p in told.participants if p.type is ActorType.person}
    for p in e.participants:
        if p.type is ActorType.person:
            people.setdefault(p.id, p)
    return e.model_copy(update={"participants": [*people.values(), *sides]})


def fold_exercise_days(events: Sequence[Event]) -> list[Event]:
    """The mentions of one document, each exercise of one later day folded into the
    exercise of its sides told first (see the module docstring).

    >>> def drill(day: str, start: int, quote: str) -> Event:
    ...     return Event.model_validate({
    ...         "id": f"x{start}", "kind": "exercise", "title": "Drill", "status": "occurred",
    ...         "date": {"value": day},
    ...         "participants": [{"id": "TR", "type": "country"},
    ...                          {"id": "UZ", "type": "country"}],
    ...         "sources": [{"document": "d", "quote": quote, "start": start,
    ...                      "end": start + len(quote)}]})
    >>> out = fold_exercise_days([
    ...     drill("2021-03-22", 0, "A joint military exercise started on March 22"),
    ...     drill("2021-03-25", 80, "Güler will follow the joint exercises on March 25")])
    >>> [(e.date.value, len(e.sources)) for e in out]
    [('2021-03-22', 2)]
    """
    order = sorted(range(len(events)), key=lambda i: _offset(events[i]))
    folded: dict[int, list[Source]] = {}
    gone: set[int] = set()
    heads: list[int] = []
    for i in order:
        e = events[i]
        if e.kind is not EventKind.exercise or e.date.precision is not Precision.day:
            continue
        sides = _states(e)
        head = next(
            (
                h
                for h in heads
                if sides and (sides <= _states(events[h]) or _states(events[h]) <= sides)
            ),
            None,
        )
        if head is None:
            heads.append(i)
            continue
        told = events[head]
        if (
            e.date.days == 1
            and told.date.days == 1
            and 0 < (e.date.start - told.date.start).days <= _DAYS_AFTER
        ):
            gone.add(i)
            folded.setdefault(head, []).extend(e.sources)
        else:
            heads.append(i)
    return _folded(events, folded, gone)
