"""From a document to candidate events: the rule-based extraction pipeline.

For every sentence of the article body (chrome excluded by the corpus reader):

1. find the triggers of :data:`~timeline.extract.lexicon.TRIGGERS`;
2. date each trigger: a temporal expression in its own clause (the nearest,
   TimeML's anchoring of an EVENT by a TIMEX3 in the same clause), a date
   opening the sentence ("In the end of May, ..."), the date of the event it
   is attached to by "during"/"at"/"following" in the same sentence, an
   anaphor to an event told before ("During the visit", "Following the
   negotiations", "Earlier in the day"), or — for signings, adoptions and
   meetings — the visit, summit or meeting of the same countries that the
   article is telling about;
3. drop what is not an event: no date, a hypothetical ("could", "would",
   "the possibility of"), a definite event noun that refers back to an event
   already extracted ("the visit demonstrated ...");
4. read the status from tense and cues, the participants and location from the
   gazetteer, the agreement from the document named, and build the title,
   summary and evidence (the sentence, with its exact offsets).

Mentions of one event are then merged by :func:`timeline.merge.merge_events`.

The concerns, one module each: the discourse state (:mod:`.discourse`), dating
(:mod:`.dating`), building a mention (:mod:`.mention`), the candidates' log
(:mod:`.candidate_log`), the sentence loop (:mod:`.reader`); this module reads a
document with them and chooses among its candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..collection import Timeline
from ..merge import away_from_home, merge_events
from ..model import Agreement, Event, EventDate, EventKind, Participant, Precision, Status
from ..temporal import tag
from .anniversaries import anniversary_events
from .candidates import BESIDE_RULES, DETECTED_VARIANTS, Candidate, add_repetition
from .coreference import (
    absorb_definite_summits,
    fold_into_summits,
    has_both_sides,
    planned_days,
    resolve_definites,
    told_the_day_before,
)
from .date_choice import DateRanker, Decision, redate, shipped_ranker
from .dated_spans import TimexLike
from .detector import EventDetector, shipped_detector
from .discourse import DocumentLike, Mention
from .duplicates import (
    fold_duplicates,
    fold_events_told_again,
    fold_meetings_retold,
    fold_summits_told_before,
    fold_texts_told_again,
    retelling_anaphors,
)
from .mention_copies import tour_stops
from .met_abroad import sides_of_lone_visits, visits_of_meetings_abroad
from .page_acts import page_acts
from .page_statements import page_statements
from .reader import Reader
from .scorer import EventScorer, Scorer, shipped_scorer
from .stays import day_of_a_stay, days_in_the_week, days_of_a_stay, days_until, stay_days_told
from .topics import conflicts_as_topics
from .triggers import find_triggers
from .usable_dates import usable_timexes
from .visit_days import fold_exercise_days, fold_visit_days

__all__ = [
    "DocumentLike",
    "ReadDocument",
    "ScorerChoice",
    "extract_document",
    "extract_mentions",
    "extract_with_agreements",
    "find_triggers",
    "one_of_rivals",
    "read_document",
    "weighs_beside",
    "weighs_rivals",
]


@dataclass
class ReadDocument:
    """A document read with the candidates' log: every candidate, and the choice among them."""

    reader: Reader

    @property
    def candidates(self) -> list[Candidate]:
        """Every trigger considered, kept or dropped by the rules (:mod:`.candidates`)."""
        return self.reader.candidates or []

    def redate(
        self,
        ranker: DateRanker | None,
        in_use: Callable[[Candidate], bool] | None = None,
        decisions: dict[str, Decision] | None = None,
    ) -> None:
        """Give the candidates the dates ``ranker`` chooses (:mod:`.date_choice`; with
        ``in_use``, only those it keeps on their own dates; None: their own again), and
        their features as re-dated (``decisions``: :func:`.date_choice.redate`'s): those of
        the candidates it moves (or gives their own date back) and of those whose
        repetition counts change, the others' the same objects (a :class:`ScorerChoice`'s
        memo stands for them)."""
        before = self.reader.redated
        drafts = [c.draft for c in self.candidates]
        self.reader.redated = redate(self.candidates, ranker, in_use, self.reader.story, decisions)
        if before or self.reader.redated:
            moved = [c for c, d in zip(self.candidates, drafts, strict=True) if c.draft is not d]
            add_repetition(self.candidates, moved)

    def mentions(
        self,
        keep: Callable[[Candidate], bool] | None = None,
        *,
        fold: bool = True,
        rank: Callable[[Candidate], float] | None = None,
    ) -> tuple[list[Event], list[Agreement]]:
        """The event mentions, not yet merged, and the agreements they name.

        ``keep`` chooses among the candidates (a dropped one it keeps comes in as
        an event of its own; an event read from an elliptical list follows the one
        it was read from); by default the rules' own choice. Of a detected sentence's
        rivals (:data:`.candidates.DETECTED_VARIANTS`) at most one is kept: the first
        by ``rank`` (by default a :class:`ScorerChoice`'s probability), else of the log. One real
        event told by two kinds of a class is then folded into one mention
        (:mod:`.duplicates`, as is a text or a meeting told again by a definite noun; not with
        ``fold`` false, which measures the step).
        """
        reader = self.reader
        if keep is not None and any(c.rival_group is not None for c in self.candidates):
            keep = one_of_rivals(self.candidates, keep, rank)
        chosen = {
            c.draft.id: c
            for c in self.candidates
            if not c.variant and (keep(c) if keep is not None else c.kept)
        }
        # a chosen variant brings its candidate in, with the wider participants
        # (the participants of every variant kept join: its sentence's, the discourse's)
        wider: dict[str, list[Participant]] = {}
        for c in self.candidates:
            if c.variant and keep is not None and keep(c):
                have = wider.setdefault(c.draft.id, [])
                ids = {p.id for p in have}
                have += [p for p in c.draft.participants if p.id not in ids]
        logged = {c.draft.id for c in self.candidates}
        by_key = reader.by_key  # every mention read, the anniversaries' counted acts too
        events = []
        for e in reader.events:
            m = by_key.get(e.id)
            origin = reader.elided_from.get(e.id, e.id)
            if m is None or (origin in logged and origin not in chosen and origin not in wider):
                continue
            related = sorted(k for k in m.related if k in by_key and k != e.id)
            update: dict[str, Any] = {"related": related}
            if e.id in reader.redated:
                update["date"] = reader.redated[e.id]
            if e.id in wider:
                update["participants"] = wider[e.id]
            events.append(e.model_copy(update=update))
        agreements = dict(reader.agreements)
        shadows = {c.draft.id: c for c in self.candidates if not c.variant}
        for draft in reader.shadow_events:
            if draft.id not in chosen and draft.id not in wider:
                continue
            try:
                e = shadows[draft.id].event
            except ValueError:
                continue  # the model refuses it
            events.append(e.model_copy(update={"participants": wider.get(e.id, e.participants)}))
            if e.agreement is not None and e.agreement in reader.shadow_agreements:
                agreements.setdefault(e.agreement, reader.shadow_agreements[e.agreement])
        events, told_by = _one_visit_per_stop(events)
        definite = {k for k, m in by_key.items() if m.definite}
        undated = reader.undated_news()
        events = told_the_day_before(
            events,
            {k for k, m in by_key.items() if m.of_the_day},
            undated,
            {k for k, m in by_key.items() if m.counted_from_the_news},
        )
        by_publication = {i for i, c in shadows.items() if c.date_source == "publication"}
        events = planned_days(events, undated | by_publication)
        events = resolve_definites(events, definite, reader.names_in)
        events = fold_into_summits(events, definite)
        events = absorb_definite_summits(events, definite)
        # An event nobody takes part in cannot be placed or checked ("the summit", alone).
        events = [e for e in events if e.participants]
        events = conflicts_as_topics(events)
        if fold:
            events = fold_texts_told_again(fold_duplicates(events))
            events = fold_summits_told_before(fold_events_told_again(events))
            # a meeting told again by "this meeting" dated by another act of its sentence
            own = {k for k, c in shadows.items() if c.date_source == "own"} - reader.redated.keys()
            retold = retelling_anaphors(
                reader.text,
                {
                    k: m.trigger
                    for k, m in by_key.items()
                    if m.definite and m.kind is EventKind.meeting and k not in own
                },
            )
            events = fold_meetings_retold(events, retold, own)
            events = fold_exercise_days(fold_visit_days(events))
        events = _stayed(events, reader)
        events = _days_of_the_stay(events, definite)
        inferred = {k for k, c in shadows.items() if c.date_source == "inferred"}
        events = _on_the_visits_days(events, inferred - reader.redated.keys(), by_key)
        events = _days_of_the_week(events, reader)
        events = _week_of_the_news(events, reader.doc.published)
        events = _titled(events, reader, {**reader.shadow_agreements, **agreements}, told_by)
        return events, sorted(agreements.values(), key=lambda a: a.id)


def _stayed(events: list[Event], reader: Reader) -> list[Event]:
    """``events`` whose day opens or closes a stay their clause counts dated by its days
    (:func:`.stays.days_of_a_stay`), or whose day opens a stay their sentence ends "until"
    a later day (:func:`.stays.days_until`), once their date is chosen; not one dated by
    the publication day for want of a date."""
    out = []
    for e in events:
        m = reader.by_key.get(e.id)
        if m is None or m.kind is not e.kind or m.undated:
            out.append(e)
            continue
        timexes = reader.timexes_in(m.sentence)
        stay = days_of_a_stay(reader.text, e.kind, m.clause, m.trigger, e.date, timexes)
        if stay is None:
            stay = days_until(reader.text, e.kind, m.sentence, m.trigger, e.date, timexes)
        if stay is None:
            stay = day_of_a_stay(reader.text, m.sentence, m.trigger, e.date)
        out.append(e if stay is None else e.model_copy(update={"date": stay}))
    return out


def _a_tour(stay: Event, events: list[Event]) -> bool:
    """Whether ``events`` tell a visit to other states during ``stay``'s days: a tour, whose
    range is no one stay's ("will pay state visits to Turkmenistan, Kazakhstan, and
    Uzbekistan from Monday through Saturday")."""
    return any(
        e.kind is EventKind.visit
        and set(e.countries) != set(stay.countries)
        and e.date.start <= stay.date.end
        and stay.date.start <= e.date.end
        for e in events
    )


def _days_of_the_stay(events: list[Event], definite: set[str]) -> list[Event]:
    """``events`` where a definite mention of a visit ("during the visit") dated by one day
    of the document's one visit of several days with its sides takes those days: "arrived in
    Sri Lanka on Wednesday for a two-day state visit ... MoUs are to be inked during the
    visit" (the most precise date wins the merge, so the one day undid the stay's count;
    sixty-third pass); so does any other visit so dated with the same sides, unless the
    document tells a visit to another state in those days (:func:`_a_tour`): "Visiting Sri
    Lankan President Sirisena and Prime Minister Hasina are now in a bilateral meeting"
    beside "arrived in Dhaka yesterday on a three-day state visit" (sixty-fifth pass)."""
    stays = [
        e
        for e in events
        if e.kind is EventKind.visit and e.date.precision is Precision.day and e.date.days > 1
    ]
    out = []
    for e in events:
        if e.kind is EventKind.visit and e.date.days == 1:
            sides = set(e.countries)
            definite_one = e.id in definite
            holding = [
                s
                for s in stays
                if s.date.start <= e.date.start <= s.date.end
                and (
                    sides <= set(s.countries)
                    if definite_one
                    else sides == set(s.countries) and not _a_tour(s, events)
                )
            ]
            if len({s.date.value for s in holding}) == 1:
                e = e.model_copy(update={"date": holding[0].date})
        out.append(e)
    return out


def _on_the_visits_days(
    events: list[Event], inferred: set[str], by_key: Mapping[str, Mention]
) -> list[Event]:
    """``events`` whose date the discourse inferred from a visit told by its end ("During
    the visit, the two sides signed 20 agreements"), the one day that visit's mention had
    when it was read, take the visit's days once its stay is counted: "arrived here on
    Friday after concluding his five-day visit to China" is the Friday when read and Monday
    to Friday once counted (:func:`_stayed`), and what was done during it was done on one of
    those days, not on the day of the return (seventy-third pass, fresh news). An event so
    re-dated passes its days on to the events inferred from it in turn ("On the sidelines of
    the Forum, he also met ..."). Only from the visit's last day: an act inferred from the
    day of an arrival was mostly done that day (the tuning sets' gold: 11 right events
    fewer when the arrival's acts took the stay too); not a summit, whose days are its own.
    """
    final = {e.id: e for e in events}
    widened: dict[str, EventDate] = {}
    out = []
    for e in events:
        if e.id in inferred and e.kind is not EventKind.summit and e.date.days == 1:
            for key in e.related:
                told, now = by_key.get(key), final.get(key)
                if told is None or now is None or told.date != e.date:
                    continue
                days = widened.get(key) or (now.date if now.kind is EventKind.visit else None)
                if days is not None and days.days > 1 and days.end == e.date.start:
                    e = e.model_copy(update={"date": days})
                    widened[e.id] = days
                    break
        out.append(e)
    return out


_WEEK_KINDS = frozenset({EventKind.visit, EventKind.summit, EventKind.meeting, EventKind.forum})


def _days_of_the_week(events: list[Event], reader: Reader) -> list[Event]:
    """``events`` where a visit dated by a week takes the one span of days inside it that a
    later sentence of the article gives a visit's noun (:func:`.stays.days_in_the_week`):
    "will embark on a three-day trip to Japan next week ... Park's trip from Monday to
    Wednesday will be the first" (sixty-ninth pass). A sentence that names a state the
    visit does not tells another act ("Tillerson's two-day Seoul visit slated from Friday").
    A summit, meeting or forum dated by a week so takes the days of a later sentence that
    names it by its noun right after "the" ("Held on Monday 18 September 2023, the meeting
    was chaired by the Prime Minister ... of Samoa": its sentence may name others).
    """
    weekly = {
        e.id: e.kind
        for e in events
        if e.kind in _WEEK_KINDS and e.date.precision is Precision.week and e.id in reader.by_key
    }
    if not weekly:
        return events
    text = reader.text
    sentences = [
        (int(s.start), int(s.end)) for s in reader.doc.sentences if not getattr(s, "heading", False)
    ]
    told = {
        kind: stay_days_told(
            text,
            kind,
            sentences,
            lambda span: usable_timexes(text, reader.timexes_in(span), span[0], span[1]),
            reader.timexes_in,
        )
        for kind in set(weekly.values())
    }
    states: dict[tuple[int, int], set[str]] = {}

    def states_in(span: tuple[int, int]) -> set[str]:
        if span not in states:
            actors, places = reader.names_in(*span)
            named = [a.id if a.type == "country" else a.country for a in actors]
            states[span] = {c for c in named if c} | {p.country for p in places}
        return states[span]

    # each kind's days by their first day: an event reads only the eight days its week can
    # hold (with the Sunday before), not every day the article gives (linear)
    by_day: dict[EventKind, dict[date, list[tuple[tuple[int, int], EventDate]]]] = {}
    for kind, days_told in told.items():
        for span, d in days_told:
            by_day.setdefault(kind, {}).setdefault(d.start, []).append((span, d))
    out = []
    for e in events:
        if e.id in weekly:
            sides = set(e.countries)
            first = e.date.start - timedelta(days=1)
            near = by_day.get(e.kind, {})
            candidates = [
                told_day
                for offset in range((e.date.end - first).days + 1)
                for told_day in near.get(first + timedelta(days=offset), ())
            ]
            # a sentence that names a state the event does not is of another act
            fits = [
                (span, d)
                for span, d in candidates
                if e.kind is not EventKind.visit or states_in(span) <= sides
            ]
            days = days_in_the_week(e.date, reader.by_key[e.id].sentence[1], fits)
            if days is not None:
                e = e.model_copy(update={"date": days})
        out.append(e)
    return out


def _week_of_the_news(events: list[Event], published: date | None) -> list[Event]:
    """``events`` dated by the week that holds the publication day, told as done, ending on
    that day; told as planned, beginning on it (an act is not told done before it happens:
    "the Houthi movement and Saudi Arabia held a round of peace talks this week" on a
    Wednesday, from Monday to that Wednesday; "will meet this week" on a Sunday, that Sunday).

    >>> def event(status: str) -> Event:
    ...     return Event.model_validate({
    ...         "kind": "meeting", "title": "Talks", "date": {"value": "2023-W16"},
    ...         "status": status, "participants": [{"id": "SA", "type": "country"}],
    ...         "sources": [{"document": "d", "quote": "x", "start": 0, "end": 1}]})
    >>> [e.date.value for e in _week_of_the_news([event("occurred"), event("planned")],
    ...                                           date(2023, 4, 19))]
    ['2023-04-17/2023-04-19', '2023-04-19/2023-04-23']
    """
    if published is None:
        return events
    out = []
    for e in events:
        when = e.date
        if when.precision is Precision.week and when.start <= published <= when.end:
            if e.status is Status.occurred and published < when.end:
                start, end = when.start, published
            elif e.status is Status.planned and when.start < published:
                start, end = published, when.end
            else:
                out.append(e)
                continue
            value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
            e = e.model_copy(update={"date": EventDate.from_value(value, text=when.text)})
        out.append(e)
    return out


def _one_visit_per_stop(events: list[Event]) -> tuple[list[Event], dict[str, str]]:
    """``events`` where a visit of several days that holds two hosts or more once its
    participants are chosen is one visit per host (:func:`.mention_copies.tour_stops`), with
    the id of the event each further stop was told by (its title is read at that event's
    trigger). The mention's own split (:meth:`.mention_copies.MentionCopies._tour`) saw the
    clause's sides only; a variant the scorer keeps brings its sentence's: "will visit Buenos
    Aires, Argentina; Ecuador, Mexico City, San Salvador, where he will expand cooperation"
    (sixty-eighth pass). A visit of one day is left whole, as the mention's own split leaves
    it: one day holds one stop, and the first stop is not known to be the day's.

    >>> from timeline.model import Event
    >>> e = Event.model_validate({
    ...     "id": "m1", "kind": "visit", "title": "Tour", "status": "planned",
    ...     "date": {"value": "2019-07-19/2019-07-21"},
    ...     "participants": [{"id": "US", "type": "country", "role": "visitor"},
    ...                      {"id": "AR", "type": "country", "role": "host"},
    ...                      {"id": "EC", "type": "country", "role": "host"}],
    ...     "sources": [{"document": "d", "quote": "x", "start": 0, "end": 1}]})
    >>> out, told_by = _one_visit_per_stop([e])
    >>> [(v.id, v.countries) for v in out], told_by
    ([('m1', ['AR', 'US']), ('m1-2', ['EC', 'US'])], {'m1-2': 'm1'})
    """
    out: list[Event] = []
    told_by: dict[str, str] = {}
    for e in events:
        stops = tour_stops(e) if e.date.days > 1 else []
        if not stops:
            out.append(e)
            continue
        for i, (participants, place) in enumerate(stops):
            key = e.id if i == 0 else f"{e.id}-{i + 1}"
            if i:
                told_by[key] = e.id
            out.append(
                e.model_copy(update={"id": key, "participants": participants, "location": place})
            )
    return out, told_by


def _away_from_home(event: Event) -> Event:
    """``event`` without its place when it is a visit placed in a visitor's own country
    (:func:`timeline.merge.away_from_home`): the place a variant folded into it brought, as
    well as its own."""
    if event.kind is not EventKind.visit or event.location is None:
        return event
    place = away_from_home(event.location, event.participants)
    return event if place is event.location else event.model_copy(update={"location": place})


def _titled(
    events: list[Event],
    reader: Reader,
    agreements: dict[str, Agreement],
    told_by: dict[str, str] | None = None,
) -> list[Event]:
    """``events`` titled once, from what each finally holds: its participants, place and
    agreement, at its mention's trigger and clause (a side the discourse, a chosen variant or
    a folded duplicate added after the mention was built is named: thirty-first pass,
    titles). An event whose mention is not known, or of another kind, keeps its title."""
    out = []
    for e in events:
        m = reader.by_key.get((told_by or {}).get(e.id, e.id))
        if m is None or m.kind is not e.kind:
            out.append(e)
            continue
        agreement = agreements.get(e.agreement) if e.agreement else None
        title = reader.event_title(
            e.kind,
            m.trigger,
            m.clause,
            e.participants,
            e.location,
            agreement,
            e.status is Status.planned,
        )
        out.append(e if title == e.title else e.model_copy(update={"title": title}))
    return out


def read_document(
    doc: DocumentLike,
    timexes: Sequence[TimexLike] | None = None,
    *,
    log: bool = True,
    offer_dates: bool = False,
    options_on_demand: bool = False,
    detector: EventDetector | None = None,
    propose_all: bool = False,
    record_sentences: bool = False,
    record_words: bool = False,
    detected_variants: bool = False,
    beside_rules: bool = False,
) -> ReadDocument:
    """Read one document, keeping the candidates' log (what a scorer chooses from) unless
    ``log`` is false (then only the rules' choice is known); with ``offer_dates``, the
    dates each candidate may take (:meth:`ReadDocument.redate`; with
    ``options_on_demand``, offered there to the candidates it may re-date); with a
    ``detector`` (:mod:`.detector`), a candidate where it fires on a sentence the rules
    propose none in (every such sentence with ``propose_all``); with
    ``record_sentences``, every sentence's detector features
    (:attr:`.reader.Reader.sentence_features`); with ``record_words``, each candidate's
    lexical context (:func:`.candidates.context_words`); with ``detected_variants``, the
    rivals of each detected candidate
    (:meth:`.detector_proposals.DetectorProposals._detected`); with ``beside_rules``, the
    detector's candidates beside the rules' of other classes too."""
    if timexes is None:
        timexes = tag(doc.text, doc.published)
    reader = Reader(
        doc,
        timexes,
        log=log,
        offer_dates=offer_dates,
        detector=detector,
        propose_all=propose_all,
        record_sentences=record_sentences,
        record_words=record_words,
        detected_variants=detected_variants,
        beside_rules=beside_rules,
    )
    reader.options_on_demand = options_on_demand
    reader.run()
    return ReadDocument(reader)


def extract_mentions(
    doc: DocumentLike, timexes: Sequence[TimexLike] | None = None
) -> tuple[list[Event], list[Agreement]]:
    """The event mentions of one document, not yet merged, and the agreements they name.

    What :func:`timeline.merge.merge_events` reduces, within one document or
    over a whole corpus. With a shipped event scorer (:mod:`.scorer`), it
    chooses among every candidate (with a shipped detector, :mod:`.detector`, the
    candidates it proposes too); else the rules' own choice.
    """
    scorer = shipped_scorer()
    if scorer is not None:
        ranker = shipped_ranker()
        read = read_document(
            doc,
            timexes,
            offer_dates=ranker is not None,
            options_on_demand=True,
            detector=shipped_detector(),
            record_words=bool(getattr(scorer, "vocabulary", None)),
            detected_variants=weighs_rivals(scorer),
            beside_rules=weighs_beside(scorer),
        )
        keeps: ScorerChoice | None = ScorerChoice(scorer)
        if ranker is not None:
            read.redate(ranker, keeps)  # the moved candidates' features are new: read again
    else:
        read = read_document(doc, timexes, log=False)
        keeps = None
    events, agreements = read.mentions(keeps)
    # the events the document's anniversaries count from (:mod:`.anniversaries`), as the
    # reader dated their acts, the statement the page is (:mod:`.page_statements`), the
    # visits its meetings held in one side's country tell (:mod:`.met_abroad`) and the
    # act its headline tells when the body tells none (:mod:`.page_acts`)
    events = events + anniversary_events(doc, events, read.reader.counted)
    events = events + page_statements(doc, events)
    events = events + visits_of_meetings_abroad(events)
    events = sides_of_lone_visits(events)
    events = [_away_from_home(e) for e in events]
    lede = (read.reader.lede_start, read.reader.lede_end)
    return events + page_acts(doc, events, lede), agreements


def weighs_rivals(scorer: Scorer) -> bool:
    """Whether the scorer weighs a detected candidate's rivals (a feature of
    :data:`.candidates.DETECTED_VARIANTS` with a weight): only then are they proposed."""
    return _weighs(scorer, _RIVALS)


def weighs_beside(scorer: Scorer) -> bool:
    """Whether the scorer weighs the detected candidates proposed beside the rules'
    candidates of other classes (:data:`.candidates.BESIDE_RULES` with a weight): only then
    does the detector read a sentence the rules proposed candidates in."""
    return _weighs(scorer, _BESIDE)


_RIVALS = frozenset(f"detected variant:{v}" for v in DETECTED_VARIANTS)
_BESIDE = frozenset({BESIDE_RULES})
#: :func:`_weighs`' answers by scorer (held: its id stays its own) and names, read once
#: per scorer, not per document (every feature's weight read: docs/history/scale-log.md,
#: "Extraction per core, twenty-fourth session").
_WEIGHED: dict[tuple[int, frozenset[str]], tuple[Scorer, bool]] = {}


def _weighs(scorer: Scorer, names: frozenset[str]) -> bool:
    known = _WEIGHED.get((id(scorer), names))
    if known is None or known[0] is not scorer:
        known = _WEIGHED[id(scorer), names] = (scorer, _reads(scorer, names))
    return known[1]


def _reads(scorer: Scorer, names: frozenset[str]) -> bool:
    if isinstance(scorer, EventScorer):
        return any(
            w != 0.0 for f, w in zip(scorer.features, scorer.weights, strict=True) if f in names
        )
    return not names.isdisjoint(scorer.features)


class ScorerChoice:
    """A scorer's choice of a candidate from its features (:meth:`.scorer.Thresholds.keeps`),
    and its probability, which ranks a detected sentence's rivals (:func:`one_of_rivals`);
    with ``memo``, each read once per candidate's features while they stand (re-dating asks
    it first, then :meth:`ReadDocument.mentions`: read again for a candidate whose features
    were computed again, a new object)."""

    def __init__(self, scorer: Scorer, memo: bool = True) -> None:
        self.scorer = scorer
        self._probability: dict[int, tuple[dict[str, float], float]] | None = {} if memo else None

    def rank(self, c: Candidate) -> float:
        """The probability the scorer gives the candidate."""
        memo = self._probability
        if memo is None:
            return self.scorer.probability(c.features)
        read = memo.get(id(c))
        if read is None or read[0] is not c.features:
            read = memo[id(c)] = (c.features, self.scorer.probability(c.features))
        return read[1]

    def __call__(self, c: Candidate) -> bool:
        return self.rank(c) >= self.scorer.threshold_for(c.features)


def one_of_rivals(
    candidates: Sequence[Candidate],
    keep: Callable[[Candidate], bool],
    rank: Callable[[Candidate], float] | None = None,
) -> Callable[[Candidate], bool]:
    """``keep``, with at most one of each group of rivals (:attr:`.Candidate.rival_group`):
    of those it keeps (a rival, or a variant of one with wider participants), the highest
    by ``rank`` (by default a :class:`ScorerChoice`'s probability; the first of equals),
    else the first."""
    if rank is None and isinstance(keep, ScorerChoice):
        rank = keep.rank
    best: dict[int, tuple[float, Candidate]] = {}
    for c in candidates:
        group = c.rival_group
        if group is None or not keep(c):
            continue
        p = rank(c) if rank is not None else 0.0
        if group not in best or p > best[group][0]:
            best[group] = (p, c.base or c)

    def resolved(c: Candidate) -> bool:
        group = c.rival_group
        if group is not None and (group not in best or best[group][1] is not (c.base or c)):
            return False
        return keep(c)

    return resolved


#: A sentence that makes every stage build its tables (names, offices, places, dates).
_WARM_UP = (
    "Kazakh President Kassym-Jomart Tokayev arrived in Ankara on May 10, 2022, for talks "
    "with the Organization of Turkic States."
)


def warm_up() -> None:
    """Build in this process what every document needs: gazetteer, places, rules, tagger.

    These are built lazily by the first document (1-3 s of CPU, most of it the
    place names and the compiled name patterns); worker processes forked after
    this share them instead of each building its own (:func:`timeline.processes.map_ordered`).
    """
    from ..corpus.document import Document, Sentence

    sentence = Sentence(start=0, end=len(_WARM_UP), text=_WARM_UP, paragraph=0)
    doc = Document(
        id="warm-up", path="", text=_WARM_UP, published=date(2022, 5, 11), sentences=[sentence]
    )
    extract_mentions(doc)


def extract_with_agreements(
    doc: DocumentLike, timexes: Sequence[TimexLike] | None = None
) -> Timeline:
    """The events of one document, merged, with the agreements they refer to."""
    events, agreements = extract_mentions(doc, timexes)
    return merge_events(events, agreements, keep=has_both_sides)


def extract_document(doc: DocumentLike, timexes: Sequence[TimexLike] | None = None) -> list[Event]:
    """The events told by one document (mentions of one event merged).

    ``timexes`` are the document's temporal expressions; by default
    :func:`timeline.temporal.tag` finds them, anchored at the publication date.
    """
    return extract_with_agreements(doc, timexes).events
