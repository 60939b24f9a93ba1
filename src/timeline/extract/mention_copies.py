"""One trigger told as several events: the copies of a built mention's event.

A sentence may tell with one trigger the events of several dates or sides. After
:meth:`.mention.MentionBuilder._mention` built the first,
:meth:`MentionCopies._elided` adds the events of an elliptical list (or of its dates
alone: the act told again), :meth:`MentionCopies._tour` one visit per country of a tour
("will visit India, Sri Lanka and the Maldives"), :meth:`MentionCopies._each_subject` one
act per subject ("both Canada and the African Union placed an arms embargo") and
:meth:`MentionCopies._counterparts` one meeting, call or visit per listed counterpart
(:mod:`.counterparts`). Each copy is a new event, and a mention recorded as told by the
first (:meth:`MentionCopies._split`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

from ..model import (
    ActorType,
    Event,
    EventDate,
    EventKind,
    Location,
    Participant,
    Role,
    Status,
)
from .acting_sides import state_act_words
from .actor_mentions import Mentions
from .actors import location_of
from .counterparts import per_counterpart
from .cue_search import Cue
from .dated_spans import DatedSpan
from .discourse import Mention
from .lists import dated_items, elided_events, elliptical_items
from .mention import MentionBuilder
from .statement_rules import statement_texts
from .stays import days_of_a_stay
from .titles import title_for

__all__ = [
    "MentionCopies",
    "tour_stops",
]

#: The kinds of a state's own act: a statement, a sanction or another decision adopted, a
#: decree. Their subject "both A and B" tells one act of each (:meth:`_each_subject`).
_ACTS_OF_ONE = frozenset({EventKind.statement, EventKind.adoption, EventKind.decree})
#: "Both Canada and the African Union have barred", "both governments put out statements":
#: right before the trigger (an auxiliary or "also" between).
_EACH_SUBJECT = Cue(
    r"\b[Bb]oth\s+(?:the\s+)?(?:([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}\s+and\s+(?:the\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})|" + state_act_words("each_subject_groups") + r")\s+"
    r"(?:(?:have|had|has|also|then|each|separately)\s+)*$",
)
#: Where the object of such an act ends: "... into northeast Syria, and the US statement".
_OBJECT_END = re.compile(r"[,;:]")
#: The occasion the act was done at, after its object ("sanctions on Syria at a meeting in
#: Cairo", "during a summit in Egypt", "on the sidelines of ..."): no side of it is what
#: the act is about (review31 F-b).
_OCCASION = re.compile(
    r"\s(?:at\s+an?|during|on\s+the\s+(?:sidelines|margins)\s+of)\s", re.IGNORECASE
)
#: A joint act is one act: "jointly", "a joint statement", "together"
#: (``data/state_act_words.yaml``, ``joint_act_words``).
_JOINT_ACT = Cue(r"\b" + state_act_words("joint_act_words") + r"\b", re.IGNORECASE)
#: A statement of each subject is told by the plural of its text ("both nations released
#: statements"; the plurals of ``statement_texts``, data/statement_words.yaml), not by a
#: verb of saying ("Both Chile and Peru condemned the coup" is one statement of the two).
_EACH_STATEMENT = re.compile(r"\b" + statement_texts(plural=True) + r"\b", re.I)
#: The subject's own word that it acts one by one, as the plural of a text says it: "Both
#: Kenya and Uganda each / separately issued a statement", "issued their respective / separate
#: statement(s)" (review31 F-a); matched in the lead before the trigger and in the trigger.
_DISTRIBUTIVE = re.compile(r"\b(?:each|separately|separate|respective)\b", re.I)


#: Right after a date, the preposition of a place: "2019 in Tashkent", "in the capital of".
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:capital|city)\s+of\s+)?")
#: A place right before a date, "in" and its capitalised words then "on" or "in": "in
#: Medellin on October 30, 2015"; group 1 the place's words.
_PLACE_THEN_DATE = re.compile(
    r"\bin\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:on|in)\s+(?:the\s+)?\Z"
)


def tour_stops(event: Event) -> list[tuple[list[Participant], Location | None]]:
    """The participants and place of each visit a visit to several host countries tells,
    one per host in order (empty unless a visit with two hosts or more): the visitors, the
    host's own people and the host, the place when it lies there (:meth:`MentionCopies._tour`)."""
    hosts = [
        p.id for p in event.participants if p.role is Role.host and p.type is ActorType.country
    ]
    if event.kind is not EventKind.visit or len(hosts) < 2:
        return []
    visitors = [
        p
        for p in event.participants
        if p.id not in hosts and not (p.type is ActorType.person and p.country in hosts)
    ]
    place = event.location
    people = [p for p in event.participants if p.type is ActorType.person]
    return [
        (
            [
                *visitors,
                *(p for p in people if p.country == host),
                Participant(id=host, type=ActorType.country, role=Role.host),
            ],
            place if place is not None and place.country == host else None,
        )
        for host in hosts
    ]


class MentionCopies(MentionBuilder):
    """Tells one trigger's event as several: one per date of a list, per country of a
    tour, per subject acting on its own, per listed counterpart."""

    def _elided(
        self,
        m: Mention,
        span: DatedSpan,
        dated: list[DatedSpan],
        mentions: Mentions,
        taken: Collection[int] = (),
    ) -> list[Mention]:
        """The events of an elliptical list after ``m``'s date (:mod:`.lists`): of its
        actors and dates, else of its dates alone (the act told again: ``taken``, the
        offsets of the sentence's other triggers and their own dates, end that list)."""
        items = elliptical_items(self.text, span, dated, mentions.actors)
        if not items:
            told = dated_items(self.text, span, dated, taken)
            return self._told_again(m, told, self._places_after(span, told, mentions))
        index = self._index_of(m)
        event = self.events[index]
        agreement = self.agreements.get(event.agreement) if event.agreement else None
        subject = [a for a in mentions.actors if m.clause[0] <= a.start and a.end <= m.trigger[0]]
        first, copies = elided_events(
            self.text, event, m.trigger, m.clause, items, subject, agreement, self.doc.published
        )
        return self._split(m, index, first, copies)

    def _places_after(
        self, first: DatedSpan, dates: list[DatedSpan], mentions: Mentions
    ) -> list[Location | None] | None:
        """The place written right after each date of a list told again ("in 2018 in
        Astana, then in 2019 in Tashkent, in 2021 in Turkmenistan": Tashkent, none), when
        the first date has one; else the place right before each date, when the first and
        another have one ("in Iquitos on September 30, 2014; in Medellin on October 30,
        2015"); None else (a place before the list is every date's: "summits in Astana in
        2018 and 2019")."""
        if not dates:
            return None
        if self._place_after(first, mentions) is not None:
            return [
                location_of(place) if (place := self._place_after(d, mentions)) else None
                for d in dates
            ]
        before = [self._place_before(d, mentions) for d in dates]
        if self._place_before(first, mentions) is not None and any(before):
            # "in Iquitos on September 30, 2014; in Medellin on October 30, 2015": each
            # date's place is written right before it (not "talks in Tashkent in March 2019
            # and in June 2021": one place before the list is every date's)
            return [location_of(place) if place else None for place in before]
        return None

    def _place_before(self, d: DatedSpan, mentions: Mentions) -> Any:
        """The city named right before the date ``d`` ("in Medellin on October 30, 2015",
        "in Astana in 2019"), if any."""
        found = _PLACE_THEN_DATE.search(self.text, max(0, d.start - 60), d.start)
        if found is None:
            return None
        return next(
            (p for p in mentions.places if found.start(1) <= p.start and p.end == found.end(1)),
            None,
        )

    def _place_after(self, d: DatedSpan, mentions: Mentions) -> Any:
        """The city named right after the date ``d`` ("2019 in Tashkent"), if any."""
        found = _IN_PLACE.match(self.text, d.end)
        if found is None:
            return None
        return next((p for p in mentions.places if p.start == found.end()), None)

    def _told_again(
        self, m: Mention, dates: list[DatedSpan], places: list[Location | None] | None = None
    ) -> list[Mention]:
        """One copy of ``m``'s event per further date of its list (:func:`.lists.dated_items`),
        of its kind and sides; occurred when that date is past, planned when it is to come;
        with ``places``, each copy at its own place (or none), titled anew."""
        if not dates:
            return []
        index = self._index_of(m)
        event = self.events[index]
        published = self.doc.published
        copies = []
        for i, d in enumerate(dates):
            status = event.status
            if published is not None and d.date.end < published:
                status = Status.occurred
            elif published is not None and d.date.start > published:
                status = Status.planned
            copy = event.model_copy(update={"date": d.date, "status": status})
            if places is not None:
                [copy] = self._copies(m, copy, [(copy.participants, places[i])])
            copies.append(copy)
        return self._split(m, index, event, copies)

    def _tour(self, m: Mention) -> list[Mention]:
        """One visit per country when a visit's trigger lists several destinations.

        "He will visit India, Sri Lanka, the Maldives, South Africa, Uganda and
        Ethiopia through August 4" tells six visits (:func:`.actors.participants_for`
        makes every listed country a host): the event of ``m`` keeps the first host,
        and each further host gets a copy, with the visitors, its own people and the
        place when it lies there. A tour dated by one day is its first stop's visit only:
        the day is the departure's or the first stop's, and a copy of it for every further
        stop was a visit on a day the text never gives it (tuning sets: 29 events fewer,
        4 of them right); unless the clause counts the tour's days from or to that day
        (:mod:`.stays`): each stop is then a visit of those days.
        """
        if m.kind is not EventKind.visit:
            return []
        index = self._index_of(m)
        event = self.events[index]
        stops = tour_stops(event)
        if not stops:
            return []
        copies = self._copies(m, event, stops)
        if event.date.days == 1 and not self._counted_stay(m, event.date):
            # one day holds one stop: "departed on Monday to Turkmenistan, Kazakhstan and
            # Uzbekistan" dates the departure, not each stop (forty-eighth pass); "a
            # three-day Gulf tour on Tuesday for official visits to Kuwait, Oman and Qatar"
            # counts the days the stops share (:func:`.stays.days_of_a_stay`)
            return self._split(m, index, copies[0], [])
        return self._split(m, index, copies[0], copies[1:])

    def _counted_stay(self, m: Mention, when: EventDate) -> bool:
        """Whether ``m``'s clause counts the days of a stay from or to its day ``when``."""
        return not m.undated and (
            days_of_a_stay(self.text, m.kind, m.clause, m.trigger, when, self.timexes_in(m.clause))
            is not None
        )

    def _each_subject(self, m: Mention, mentions: Mentions) -> list[Mention]:
        """One act per subject when a state's act has a subject of sides each acting on its
        own: "Both Canada and the African Union placed an arms embargo on <country>",
        "both governments put out statements" tell one sanction, one statement, of each (a statement
        or a sanction is one side's act, PLOVER's source actor; a joint one is told
        "jointly", "a joint statement"). A statement only by the plural of its text
        ("statements") or by the subject's own "each" / "separately" ("Both Kenya and Uganda each
        issued a statement"): "Both Chile and Peru condemned the coup" is one statement of
        the two, as "Chile and Peru condemned the coup" is. The event of ``m`` keeps the first
        subject; each further subject gets a copy, with the sides the act is about (named
        after the trigger, before the occasion it was done at, no capital read as a place:
        "imposed sanctions on Syria at a meeting in Cairo" is about Syria) and no other.
        """
        if m.kind not in _ACTS_OF_ONE:
            return []
        lead = _EACH_SUBJECT.search(self.text, m.clause[0], m.trigger[0])
        if lead is None or _JOINT_ACT.search(self.text, m.clause[0], m.clause[1]):
            return []
        if (
            m.kind is EventKind.statement
            and not _EACH_STATEMENT.search(self.text, *m.trigger)
            and not _DISTRIBUTIVE.search(self.text, lead.start(), m.trigger[1])
        ):
            return []
        index = self._index_of(m)
        event = self.events[index]
        comma = _OBJECT_END.search(self.text, m.trigger[1], m.clause[1])
        end = comma.start() if comma is not None else m.clause[1]
        occasion = _OCCASION.search(self.text, m.trigger[1], end)
        object_end = occasion.start() if occasion is not None else end
        after: set[str] = set()  # the sides named after the trigger: no subject
        about: set[str] = set()  # those the act is about: its object's, no place's
        for a in mentions.actors:
            if m.trigger[1] <= a.start and a.end <= end:
                sides = {s for s in (a.id, getattr(a, "country", None)) if s}
                after |= sides
                # a capital read as a place ("in Cairo") is where, not a side (review31 F-b)
                place = getattr(a, "form", None) == "capital" and getattr(a, "metonym", 0) is False
                if a.end <= object_end and not place:
                    about |= sides
        held = [p.id for p in event.participants if p.type is not ActorType.person]
        if lead.group(1) is None:  # "both nations": the event's two states, none after
            subjects = [
                p.id
                for p in event.participants
                if p.type is ActorType.country and p.id not in after
            ]
            if len(subjects) != 2:
                return []
        else:  # "both A and B": the sides named inside the phrase, never a third side
            named = {
                side
                for a in mentions.actors
                if lead.start() <= a.start and a.end <= lead.end()
                for side in (a.id, getattr(a, "country", None))
                if side
            }
            subjects = [code for code in held if code in named and code not in after]
        if not 2 <= len(subjects) <= 4:
            return []

        def side(p: Participant) -> str | None:
            return p.country if p.type is ActorType.person else p.id

        # each copy: its subject and the sides the act is about (named after the trigger),
        # never a third side of the sentence ("where Iran hosted the talks, both Britain and
        # France imposed sanctions on Syria": review30 finding 3)
        groups = [
            [p for p in event.participants if side(p) == subject or side(p) in about - {*subjects}]
            for subject in subjects
        ]
        copies = self._copies(m, event, [(g, event.location) for g in groups])
        return self._split(m, index, copies[0], copies[1:])

    def _counterparts(self, m: Mention, mentions: Mentions) -> list[Mention]:
        """One event per listed counterpart, destination or guest (:mod:`.counterparts`):
        "had bilateral meetings with Palestinian President Mahmoud Abbas, South African
        President Cyril Ramaphosa and Kenyan President Uhuru Kenyatta" tells three
        meetings; the event of ``m`` keeps the first, each further side gets a copy."""
        index = self._index_of(m)
        event = self.events[index]
        sides = per_counterpart(self.text, event, m.trigger, m.clause, m.sentence, mentions.actors)
        if not sides:
            return []
        place = event.location
        copies = self._copies(
            m,
            event,
            [
                (
                    participants,
                    place
                    if place is None
                    or place.country in {p.id for p in participants if p.type is ActorType.country}
                    else None,
                )
                for participants in sides
            ],
        )
        return self._split(m, index, copies[0], copies[1:])

    def _copies(
        self,
        m: Mention,
        event: Event,
        groups: Sequence[tuple[list[Participant], Location | None]],
    ) -> list[Event]:
        """One copy of ``event`` per group: its participants and the place it keeps (or
        None), titled anew (:meth:`_tour`, :meth:`_counterparts`)."""
        planned = event.status is Status.planned
        return [
            event.model_copy(
                update={
                    "participants": participants,
                    "location": location,
                    "title": title_for(
                        m.kind,
                        self.text,
                        m.trigger,
                        m.clause,
                        participants,
                        location,
                        None,
                        planned,
                    ),
                }
            )
            for participants, location in groups
        ]

    def _index_of(self, m: Mention) -> int:
        """Where the event of ``m`` stands in ``self.events`` (the latest of its key)."""
        return next(k for k in range(len(self.events) - 1, -1, -1) if self.events[k].id == m.key)

    def _split(self, m: Mention, index: int, first: Event, copies: list[Event]) -> list[Mention]:
        """``m``'s event becomes ``first``; each copy is a new event and the mention of it.

        Used where one trigger tells several events (an elided conjunct, a tour of several
        countries): every copy keeps the trigger, clause and sentence of ``m`` and is
        recorded in ``elided_from`` as told by ``m``.
        """
        self.events[index] = first
        m.participants = first.participants
        out = []
        for copy in copies:
            key = f"m{len(self.events) + 1}-{self._doc_slug}"
            self.events.append(copy.model_copy(update={"id": key}))
            self.elided_from[key] = m.key
            out.append(
                Mention(
                    key=key,
                    kind=m.kind,
                    trigger=m.trigger,
                    clause=m.clause,
                    sentence=m.sentence,
                    date=copy.date,
                    participants=copy.participants,
                )
            )
        return out
