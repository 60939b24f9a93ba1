"""Building an event mention from a dated trigger: status, place, participants, title.

:meth:`MentionBuilder._mention` reads the status from tense and cues, the
participants and the location from the gazetteer's mentions, the agreement from
the document named, and builds the title, the summary and the evidence (the
sentence, with its exact offsets). A trigger the rules dropped is built as a
:class:`~timeline.extract.candidates.Draft` whose event is made only if a scorer
keeps it. The events one trigger tells beside its first (an elliptical list, a tour,
each subject, each counterpart) are copies of it (:mod:`.mention_copies`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

from ..model import (
    ActorType,
    Agreement,
    Event,
    EventDate,
    EventKind,
    Location,
    Participant,
    Role,
    Source,
)
from .actor_mentions import Mentions, find_mentions
from .actors import (
    CHAIR_BODY_SENTENCES,
    CHAIR_RULES,
    attending_countries,
    chair_body,
    choose_location,
    format_sides,
    participants_for,
    relative_clause_host,
)
from .antecedents import DEFINITE
from .candidates import Draft, implied_participants
from .clauses import office_clause
from .context import status_for
from .cue_search import Cue
from .date_positions import is_dateline
from .dating import Dating
from .discourse import PUBLICATION_DAY, Mention
from .document_phrases import agreement_for, document_phrases
from .participant_choice import (
    ActorOption,
    DocumentActors,
    actor_options,
    apply_choice,
    chosen_sides,
    current_chooser,
    side_of,
)
from .series_acts import a_series_act_before
from .titles import DocumentTitles, summary_for
from .trigger_rule import Trigger
from .usable_dates import usable_timexes

__all__ = [
    "MentionBuilder",
]


#: The verb that tells an event noun happened: "held talks Monday", "attended the summit".
_HELD = Cue(
    r"\b(held|hosted|attended|concluded|opened|wrapped\s+up)\s+(?:an?\s+|the\s+|their\s+|"
    r"his\s+|her\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)

_RELATIVE = re.compile(r",\s+(?:which|where)\b")

_GATHERINGS = (EventKind.summit, EventKind.meeting, EventKind.forum)


def _clause_end(text: str, start: int, limit: int) -> int:
    m = re.compile(r"[;,]\s").search(text, start + 2, limit)
    return m.start() if m else limit


def sentence_source(doc: Any, text: str, sentence: tuple[int, int]) -> Source:
    """The source of an event read in ``sentence`` (character span of ``text``): the
    sentence as its quote, with the document's id and URL, and its publication date when
    the page gave it (not when it was inferred)."""
    published = doc.published if not getattr(doc, "published_inferred", False) else None
    return Source(
        document=doc.id,
        published=published,
        quote=text[sentence[0] : sentence[1]],
        start=sentence[0],
        end=sentence[1],
        url=getattr(doc, "url", None),
    )


def _named_before(clause: tuple[int, int], mentions: Mentions, context: list[str]) -> list[str]:
    """The countries "the two nations" of ``clause`` may stand for: those its sentence names
    before it, nearest first ("the first South Korean leader to make such a trip [to the
    Netherlands] since the two nations established diplomatic ties in 1961"), then
    ``context``'s (the sentences before)."""
    before: dict[str, None] = {}
    for m in reversed(mentions.actors):
        code = m.id if str(getattr(m, "type", "")) == "country" else getattr(m, "country", None)
        if code and m.end <= clause[0]:
            before.setdefault(str(code))
    return [*before, *(c for c in context if c not in before)]


#: "since" or "after" right before an office taken, a subject and an auxiliary between
#: ("since taking office", "after he was re-elected and took office", "shortly after
#: assuming office"): :meth:`MentionBuilder._an_undated_since`.
_SINCE_BEFORE = re.compile(
    r"\b(?:since|after)\s+(?:(?:he|she|they|it)\s+)?(?:(?:had|has|was|were)\s+)?"
    r"(?:(?:re-?elected|elected)\s+and\s+)?$",
    re.IGNORECASE,
)
_SINCE_REACH = 60
#: A span of time before that "after": the act is dated from another ("one month after he
#: was appointed").
_A_SPAN_BEFORE = re.compile(
    r"\b(?:days?|weeks?|months?|years?)\s+(?:since|after)\s+[^,.;]*$", re.IGNORECASE
)
#: Where the phrase ends: a comma (not one before its date: "after he took office, in
#: March 2013"), a stop, a semicolon, a colon, a dash.
_PHRASE_END = re.compile(r"[.;:–—]|,(?!\s*(?:in|on|last)\b)|\s-\s")
#: How far after the office a date of the phrase may be ("since taking office as UN
#: Secretary-General on January 1, 2017").
_SINCE_DATE_REACH = 80


class MentionBuilder(Dating):
    """Builds the event mentions of dated triggers."""

    #: The body's actor mentions in order (set by the reader for each document).
    _actors: list[Any]
    _actor_starts: list[int]
    #: The headline's and the lede's actors and each side's count (:meth:`_document_actors`).
    _document: DocumentActors | None = None
    _body_starts: list[int] | None = None
    _body: list[tuple[int, int]]
    #: With a chooser's options recorded (:func:`.participant_choice.choosing`): each
    #: candidate's options, by event id.
    participant_options: dict[str, list[ActorOption]] | None = None
    #: The trigger of the document's first gathering, and the document's sentences of
    #: attendance with their countries (:meth:`_attending`).
    _gathering: int | None = None
    _all_triggers: list[tuple[Trigger, int, int]]  # the body's triggers (set by the reader)
    _attendance: list[tuple[int, tuple[str, ...]]] | None = None
    #: The document's titles (:meth:`event_title`), made when first asked for.
    _titles: DocumentTitles | None = None

    def _document_titles(self) -> DocumentTitles:
        if self._titles is None:
            self._titles = DocumentTitles(self.text)
        return self._titles

    def event_title(
        self,
        kind: EventKind,
        trigger: tuple[int, int],
        clause: tuple[int, int],
        participants: list[Participant],
        location: Location | None,
        agreement: Agreement | None,
        planned: bool,
    ) -> str:
        """:func:`.titles.title_for` over the document's text, built once for each set of
        values (:class:`.titles.DocumentTitles`)."""
        return self._document_titles().title(
            kind, trigger, clause, participants, location, agreement, planned
        )

    def _an_undated_since(self, sentence: tuple[int, int], ts: int, te: int) -> bool:
        """Whether the office taken at ``ts:te`` is the undated background of a "since" or
        "after" phrase ("his first visit since taking office", "shortly after he assumed
        office, Trump called Modi"): the phrase writes no date up to its end (a comma, a
        stop), so the act has no date of its own, and the news it measures is what the
        article tells (fifty-second pass: of 59 such acts in the tuning sets, the 24 the
        gold lists write their date, "since taking office in May 2017").
        """
        text = self.text
        if _SINCE_BEFORE.search(text, max(sentence[0], ts - _SINCE_REACH), ts) is None:
            return False
        if _A_SPAN_BEFORE.search(text, max(sentence[0], ts - _SINCE_REACH), ts) is not None:
            return False  # "one month after he was appointed": dated from another act
        stop = _PHRASE_END.search(text, te, sentence[1])
        end = min(stop.start() if stop else sentence[1], te + _SINCE_DATE_REACH)
        # a date that begins in the phrase is its own, a comma inside it or not
        return not usable_timexes(text, self.timexes_in((te, end)), te, sentence[1])

    def _writes_the_day(self, sentence: tuple[int, int], day: EventDate) -> bool:
        """Whether the sentence writes ``day`` in words of its own, not its dateline's: "The
        Governments of Peru and Chile on Friday hold ..." on a Friday (fifty-second pass:
        such a lede told of that day, not of the day before, as the morning's news does)."""
        text = self.text
        return any(
            d.date.start == day.start
            and d.date.end == day.end
            and not is_dateline(text, sentence[0], d)
            for d in usable_timexes(text, self.timexes_in(sentence), *sentence)
        )

    def _mention(
        self,
        trig: Trigger,
        ts: int,
        te: int,
        clause: tuple[int, int],
        sentence: tuple[int, int],
        got: tuple[EventDate, str, set[str]],
        mentions: Mentions,
        context: list[str],
        shadow: bool = False,
    ) -> Mention | None:
        text, doc = self.text, self.doc
        event_date, told, related = got
        undated = told == PUBLICATION_DAY  # dated by the publication day for want of a date
        near_actors = mentions.actors
        if trig.name == "took-office":
            if self._an_undated_since(sentence, ts, te):
                return None
            # "Since becoming PM last May, Johnson has visited Paris": the phrase and the
            # subject tell the office's sides, not the places of the news since
            spans = [(a.start, a.end) for a in mentions.actors]
            office = office_clause(text, sentence, ts, spans)
            if office is not None:
                clause = office
                near_actors = tuple(a for a in near_actors if office[0] <= a.start < office[1])
        wide = clause
        if trig.nominal and _RELATIVE.match(text, clause[1]):
            # "the Central Asia summit, which will take place in November in Tashkent"
            wide = (clause[0], _clause_end(text, clause[1], sentence[1]))
        window = text[max(clause[0], ts - 120) : min(wide[1], te + 80 + (wide[1] - clause[1]))]
        held = _HELD.search(text, clause[0], ts)  # "held talks Monday": the verb's tense
        status = status_for(
            window,
            event_date,
            doc.published,
            before=text[max(clause[0], (held.start() - 25) if held else (ts - 120)) : ts],
            trigger=held.group(1) if held else text[ts:te],
        )
        location = choose_location(
            text, (ts, te), wide, mentions, visit=trig.kind is EventKind.visit
        )
        participants = participants_for(
            text, trig.kind, (ts, te), clause, mentions, _named_before(clause, mentions, context),
            location,
        )  # fmt: skip
        if wide != clause and trig.kind in _GATHERINGS:
            # "the summit ..., which takes place on June 1 in Moldova": the state named as
            # where it is held hosts it (a city there is the location's)
            host = relative_clause_host(text, clause[1], wide[1], mentions)
            if host is not None and host not in {p.country or p.id for p in participants}:
                participants = [
                    *participants,
                    Participant(id=host, type=ActorType.country, role=Role.host),
                ]
        chooser, record = current_chooser()
        options: list[ActorOption] = []
        if chooser is not None or record:
            previous, document = self._near(sentence)
            near = (text, trig.kind, (ts, te), clause, near_actors, previous, document)
            if record:
                options = actor_options(*near, participants)
            if chooser is not None:
                if record:
                    add, drop = chooser.decide(options)
                else:
                    add, drop = chosen_sides(chooser, *near, participants)
                if add or drop:
                    participants = apply_choice(participants, add, drop)
        if trig.kind in _GATHERINGS:
            attending = self._attending(ts, sentence)
            if attending:
                have = {p.id for p in participants} | {p.country for p in participants}
                participants = participants + [
                    Participant(id=code, type=ActorType.country)
                    for code in attending
                    if code not in have
                ]
        participants = format_sides(trig.kind, participants)
        if a_series_act_before(text, clause, told):
            # "the first Australian leader to visit the country since 2018": the act before
            # had other people; its sides are the states (a person's country kept)
            participants = [
                p for p in implied_participants(participants) if p.type is not ActorType.person
            ]
        if trig.name in CHAIR_RULES:
            participants = chair_body(
                trig.name, participants, self._chair_window(sentence, clause[0]), text, te
            )
        if related and not any(p.type is not ActorType.person for p in participants):
            # "the adoption of a joint statement" during the visit: the visit's sides
            ante = next((self.by_key[k] for k in sorted(related) if k in self.by_key), None)
            if ante is not None:
                have = {p.country for p in participants}
                participants = participants + [
                    Participant(id=p.id, type=p.type)
                    for p in ante.participants
                    if p.type is not ActorType.person and p.id not in have
                ]
        agreement = self._agreement(trig.kind, (ts, te), sentence, participants)
        planned = status.value == "planned"

        titles = self._document_titles()  # not the reader: the builders it keeps hold it

        def build(key: str, sides: list[Participant]) -> Event:
            source = sentence_source(doc, text, sentence)
            return Event(
                id=key,
                kind=trig.kind,
                title=titles.title(
                    trig.kind, (ts, te), clause, participants, location, agreement, planned
                ),
                summary=summary_for(text, clause),
                date=event_date,
                status=status,
                participants=sides,
                location=location,
                sources=[source],
                agreement=agreement.id if agreement else None,
            )

        event: Event | Draft
        if shadow:
            # A dropped trigger: its event is built only if it is kept (:class:`Draft`).
            key = f"c{len(self.shadow_events) + 1}-{self._doc_slug}"
            implied = implied_participants(participants)
            event = Draft(
                id=key,
                kind=trig.kind,
                date=event_date,
                status=status,
                participants=implied,
                location=location,
                agreement=agreement.id if agreement else None,
            )
            self._builders[key] = lambda: build(key, implied)
            if agreement is not None:
                self.shadow_agreements.setdefault(agreement.id, agreement)
            self.shadow_events.append(event)
        else:
            key = f"m{len(self.events) + 1}-{self._doc_slug}"
            try:
                event = build(key, participants)
            except ValueError:
                return None
            self.events.append(event)
            if agreement is not None:
                known = self.agreements.get(agreement.id)
                if known is not None:
                    parties = sorted(set(known.parties) | set(agreement.parties))
                    agreement = known.model_copy(update={"parties": parties})
                self.agreements[agreement.id] = agreement
        if record:
            if self.participant_options is None:
                self.participant_options = {}
            self.participant_options[key] = options
        mention = Mention(
            key=key,
            kind=trig.kind,
            trigger=(ts, te),
            clause=clause,
            sentence=sentence,
            date=event_date,
            participants=event.participants,
            related=set(related),
            definite=trig.nominal
            and DEFINITE.search(text[max(sentence[0], ts - 60) : ts]) is not None,
            # the publication day, inferred or read in the lede's dateline ("Addis Ababa,
            # Sep 11 The AU has suspended ..."): the news of the day; not a lede whose own
            # words name that day ("on Friday hold the Binational Cabinet")
            of_the_day=undated
            or (
                sentence[0] == self.lede_start
                and self.dateline is not None
                and event_date.value == self.dateline.value
                and not self._writes_the_day(sentence, event_date)
            ),
            undated=undated,
        )
        return mention

    def _attending(self, trigger_start: int, sentence: tuple[int, int]) -> list[str]:
        """The countries the document says attended its gathering: for the first
        gathering of its body (the one a communiqué is about), those of every sentence
        of attendance from its own on (:func:`.actors.attending_countries`); for the
        others, those of a sentence of attendance right after the gathering's own
        ("... met in Helsinki last May. At that time, the president of Ukraine also
        participated in the meeting": the sides the next sentence tells; seventy-fourth
        pass)."""
        if self._gathering is None:
            self._gathering = next(
                (ts for trig, ts, _ in self._all_triggers if trig.kind in _GATHERINGS),
                trigger_start,
            )
        # Sentences are read in order: a gathering told before the body's first trigger of
        # one is a candidate the detector proposed ("convened in Extraordinary Session").
        self._gathering = min(self._gathering, trigger_start)
        if self._attendance is None:
            self._document_actors()  # sets the body's sentences
            self._attendance = attending_countries(self.text, self._body, self._actors)
        if not self._attendance:
            return []
        codes: list[str] = []
        if trigger_start != self._gathering:
            assert self._body_starts is not None  # set by _document_actors
            index = bisect_right(self._body_starts, sentence[0])  # the sentence after
            if index >= len(self._body):
                return []
            after = self._body[index + 1][1] if index + 1 < len(self._body) else len(self.text)
            for end, countries in self._attendance:
                if self._body[index][1] <= end < after:
                    return list(countries)
            return []
        for end, countries in self._attendance:
            if end > trigger_start:  # "Present at the Summit were": its own sentence too
                codes += [c for c in countries if c not in codes]
        return codes

    def _near(self, sentence: tuple[int, int]) -> tuple[list[Any], DocumentActors]:
        """The actor mentions of the sentence before ``sentence`` and the document's
        (:func:`.participant_choice.actor_options`)."""
        document = self._document_actors()
        assert self._body_starts is not None  # set by _document_actors
        index = bisect_left(self._body_starts, sentence[0])
        previous: list[Any] = []
        if index > 0:
            a, b = self._body[index - 1]
            lo, hi = bisect_left(self._actor_starts, a), bisect_left(self._actor_starts, b)
            previous = self._actors[lo:hi]
        return previous, document

    def _chair_window(self, sentence: tuple[int, int], end: int) -> list[Any]:
        """The actor mentions from :data:`.actors.CHAIR_BODY_SENTENCES` sentences before
        ``sentence`` to ``end`` (:func:`.actors.chair_body`)."""
        self._document_actors()
        assert self._body_starts is not None  # set by _document_actors
        index = bisect_left(self._body_starts, sentence[0])
        start = self._body[max(0, index - CHAIR_BODY_SENTENCES)][0] if self._body else 0
        start = min(start, sentence[0])
        lo, hi = bisect_left(self._actor_starts, start), bisect_left(self._actor_starts, end)
        return self._actors[lo:hi]

    def _document_actors(self) -> DocumentActors:
        """The headline's and the lede's actor mentions and how often each side is named
        (read once per document)."""
        if self._document is None:
            body = [s for s in self.doc.sentences if not getattr(s, "heading", False)]
            self._body = [(int(s.start), int(s.end)) for s in body]
            self._body_starts = [a for a, _ in self._body]
            headline: tuple[Any, ...] = ()
            if self._body:
                first = self._body[0][0]
                start = self._headline_start(first)
                if start < first:
                    headline = find_mentions(self.text, start, first).actors
            lede: list[Any] = []
            at = bisect_left(self._body_starts, self.lede_start)
            if self.lede_start >= 0 and at < len(self._body):
                a, b = self._body[at]
                lede = self._actors[
                    bisect_left(self._actor_starts, a) : bisect_right(self._actor_starts, b)
                ]
                lede = [m for m in lede if m.end <= b]
            counts = Counter(
                code for m in (*headline, *self._actors) if (code := side_of(m)) is not None
            )
            paragraphs = [int(getattr(s, "paragraph", 0)) for s in body]
            self._document = DocumentActors(
                tuple(headline),
                tuple(lede),
                counts,
                self._actors,
                [(a, b, p) for (a, b), p in zip(self._body, paragraphs, strict=True)],
            )
        return self._document

    def _agreement(
        self,
        kind: EventKind,
        trigger: tuple[int, int],
        clause: tuple[int, int],
        participants: list[Participant],
    ) -> Agreement | None:
        if kind not in (
            EventKind.signing,
            EventKind.adoption,
            EventKind.ratification,
            EventKind.entry_into_force,
        ):
            return None
        for span in document_phrases(self.text, clause[0], clause[1], trigger[0]):
            found = agreement_for(self.text[span[0] : span[1]], participants)
            if found is not None:
                return found
        return None
