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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import islice
from typing import Any, Protocol

from ..collection import Timeline
from ..gazetteer.codes import actor_type
from ..merge import merge_events
from ..model import (
    ActorType,
    Agreement,
    Event,
    EventDate,
    EventKind,
    Participant,
    Precision,
    Source,
)
from ..temporal import tag
from .actors import Mentions, choose_location, find_mentions, participants_for
from .candidates import Candidate, Draft, add_repetition, implied_participants
from .context import (
    DatedSpan,
    TimexLike,
    clause_bounds,
    hypothetical,
    is_leading,
    report_days,
    status_for,
    usable_timexes,
)
from .coreference import (
    absorb_definite_summits,
    fold_into_summits,
    has_both_sides,
    resolve_definites,
    told_the_day_before,
)
from .lexicon import (
    AGREEMENT_NOUNS,
    ANAPHORIC,
    CANCELLED_CUES,
    HEDGE_CUES,
    INTENDED_BEFORE,
    MEETING_NOUN_AFTER,
    NEGATED_BEFORE,
    ORGANIZATION_SESSION,
    PLANNED_CUES,
    POSTPONED_CUES,
    Trigger,
)
from .limits import (
    DISCOURSE_MEMORY,
    MAX_MENTIONS_PER_SENTENCE,
    MAX_TRIGGERS_PER_SENTENCE,
    warn_capped,
)
from .lists import elided_events, elliptical_items
from .scorer import shipped_scorer
from .titles import agreement_for, document_phrases, summary_for, title_for
from .triggers import find_triggers

__all__ = [
    "DocumentLike",
    "ReadDocument",
    "extract_document",
    "extract_mentions",
    "extract_with_agreements",
    "find_triggers",
    "read_document",
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


#: Kinds that happen inside a visit, summit or meeting and take its date.
_SUB_EVENTS = (EventKind.signing, EventKind.adoption, EventKind.meeting)
#: Kinds that frame other events: "the visit", "the summit".
_UMBRELLAS = (EventKind.visit, EventKind.summit, EventKind.meeting)
#: Kinds that may take their date from the discourse ("During the visit, ... signed").
#: Conflicts, foundings, decrees and an agreement's later lifecycle need their own date.
_INHERITS = frozenset(
    {
        EventKind.signing,
        EventKind.adoption,
        EventKind.meeting,
        EventKind.visit,
        EventKind.summit,
        EventKind.forum,
        EventKind.call,
        EventKind.statement,
        EventKind.other,
    }
)
#: Kinds an undated sentence may date by the scene of the sentence before (`_Reader._scene`).
_SCENE_KINDS = _INHERITS | {EventKind.ratification}
#: Kinds the lede or a present-tense clause dates with the publication day.
_DATELINED = _INHERITS - {EventKind.statement}
#: Between the day a speaker spoke and the event: what the speaker was doing then.
_WHILE_SAYING = re.compile(
    r"\s*,?\s*(?:while|when|after|at|during|following|upon|on\s+the\s+sidelines\s+of)\b", re.I
)
#: The fewest words of the lede: shorter first lines are datelines ("BRUSSELS, February 27").
_LEDE_WORDS = 8
_ANAPHOR_KINDS: dict[str, tuple[EventKind, ...]] = {
    "visit": (EventKind.visit,),
    "trip": (EventKind.visit,),
    "summit": (EventKind.summit,),
    "talks": (EventKind.meeting, EventKind.visit),
    "negotiations": (EventKind.meeting, EventKind.visit),
    "meeting": (EventKind.meeting,),
    "meetings": (EventKind.meeting,),
    "session": (EventKind.meeting, EventKind.summit),
    "conversation": (EventKind.call,),
    "call": (EventKind.call,),
    "forum": (EventKind.forum,),
}
_MODIFIERS = re.compile(r"\b(?:official|state|working|two-day|three-day|first|informal)\b")
_NAMED_AFTER = re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+){0,3}[A-Z]")
#: How far after an organization's name an event word may tell its session (characters).
_SESSION_WORD_AFTER = 30
_ORDINAL_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:in|on)\s+the\s+day\b|\b(?:the\s+same|that)\s+day\b", re.I
)
_ATTACHED = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|within\s+the\s+(?:scope|framework)\s+of|"
    r"in\s+the\s+framework\s+of|following|after|in|for)\s+"
    r"(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w’'.-]+\s+){0,7}$",
    re.I,
)
#: Between a date and the trigger after it: the purpose of the event the date is
#: for ("arrived in Canberra on February 8 for talks", "met on January 5 for the
#: 41st GCC summit"), or a later event ("met in Reykjavik on Monday, ahead of the
#: Nordic summit"): the date is the first event's.
_PURPOSE_BETWEEN = re.compile(
    r"\s*,?\s*(?:for|ahead\s+of|before|prior\s+to)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"their\s+)?(?:[\w’'.-]+\s+){0,5}",
    re.I,
)
#: The verb that tells an event noun happened: "held talks Monday", "attended the summit".
_HELD = re.compile(
    r"\b(held|hosted|attended|concluded|opened|wrapped\s+up)\s+(?:an?\s+|the\s+|their\s+|"
    r"his\s+|her\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: "established in Thailand's Bangkok in 1967": a place before the date.
_PLACE_THEN_IN = re.compile(r"\s*[A-Z][\w’' -]*?\s+in\s+")
#: The aim of another act, not an act: "an EU-backed deal to normalize relations".
_AIM_BEFORE = re.compile(
    r"\b(?:deals?|agreements?|accords?|plan|path|way|efforts?|bid|steps?|moves?|push)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+$",
    re.I,
)
#: Being in talks is a state, not a meeting: "have been in EU-backed talks".
_STATE_BEFORE = re.compile(
    r"\b(?:ha(?:ve|s|d)\s+been|are|is|were|was|remain(?:s|ed)?)\s+(?:still\s+|currently\s+)?"
    r"in\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:years|months|decades|weeks)\s+of\s+$",  # "after almost 25 years of negotiations"
    re.I,
)
#: A purpose between two events: "arrived in Kazakhstan ... to participate in a
#: regional summit" is no attachment: the summit keeps its own day.
_PURPOSE = re.compile(r"\bto\s+(?:attend|participate|take\s+part|join)\b", re.I)
_DEFINITE = re.compile(
    r"\b(?:the|this|that|his|her|their|its|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){0,3}$", re.I
)
_DOC_NEAR = re.compile(AGREEMENT_NOUNS + r"|\bdecree\b", re.I)
#: A time offset before "after": "three weeks after assuming the presidency" is not
#: the day of the event told before it.
_OFFSET_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\s+$", re.I)
#: How long before the publication an organization's event is still the article's news.
_NEWS_DAYS = timedelta(days=7)
#: The most anaphors ("the visit", "the talks") read in one sentence.
_MAX_ANAPHORA = 16


@dataclass
class _Mention:
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

    def countries(self) -> set[str]:
        out = {p.id for p in self.participants if p.type is not ActorType.person}
        out |= {p.country for p in self.participants if p.country}
        return out


def _distance(d: DatedSpan, trig: tuple[int, int]) -> tuple[int, int]:
    if d.start >= trig[1]:
        return d.start - trig[1], 0
    return trig[0] - d.end, 1


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for c in clauses:
        if c[0] <= pos < c[1]:
            return c
    return clauses[-1]


class _Reader:
    """Reads one document sentence by sentence, keeping the discourse state."""

    def __init__(self, doc: DocumentLike, timexes: Sequence[TimexLike], log: bool = False) -> None:
        self.doc = doc
        self.text = doc.text
        self.timexes = list(timexes)
        self.mentions: list[_Mention] = []
        self.by_key: dict[str, _Mention] = {}
        #: The sentence being read: its anaphors ("During the visit") and "later in the day".
        self._anaphora: list[re.Match[str]] = []
        self._same_day = False
        self._reported: list[DatedSpan] = []
        self._undated_sentence = True
        self.events: list[Event] = []
        self.agreements: dict[str, Agreement] = {}
        self.recent_countries: list[list[str]] = []
        #: The latest day-precision date told, for "Earlier in the day" (offset, date).
        self.last_day: tuple[int, EventDate] | None = None
        #: Where the lede (the article's first sentence of news) starts.
        self.lede_start = -1
        #: The sentence before the one being read, when both are in one paragraph.
        self._previous_sentence: tuple[int, int] | None = None
        #: The countries and organizations named in the sentence read last, and in that one.
        self._sentence_countries: set[str] = set()
        self._previous_countries: set[str] = set()
        published = doc.published if not getattr(doc, "published_inferred", False) else None
        #: The publication day, which the lede and "currently" tell about.
        self.dateline = EventDate.from_value(published.isoformat(), None) if published else None
        #: With ``log``: every trigger considered (:mod:`.candidates`), the dropped ones
        #: built as events of their own (``shadow_events``, never in the discourse).
        self.candidates: list[Candidate] | None = [] if log else None
        self.shadow_events: list[Draft] = []
        self.shadow_agreements: dict[str, Agreement] = {}
        #: How to build each shadow event, by id, should the scorer keep it.
        self._builders: dict[str, Callable[[], Event]] = {}
        #: The cues of the sentence of the candidates being logged: (sentence, cues).
        self._sentence_cues: tuple[tuple[int, int], frozenset[str]] = ((-1, -1), frozenset())
        self._doc_slug = _slug_doc(doc.id)
        #: An elided event's id -> the id of the event whose list it was read from.
        self.elided_from: dict[str, str] = {}
        self._sentence_index = 0
        self._paragraph = 0

    def _headline_start(self, body_start: int) -> int:
        """Where the document's headline starts, if it lies before the body, else the body's."""
        title = getattr(self.doc, "title", None)
        at = self.text.find(title, 0, body_start) if title else -1
        return at if at >= 0 else body_start

    def run(self) -> None:
        body = [s for s in self.doc.sentences if not getattr(s, "heading", False)]
        sentences = [(int(s.start), int(s.end)) for s in body]
        paragraphs = [int(getattr(s, "paragraph", 0)) for s in body]
        if not sentences:
            return
        lo, hi = sentences[0][0], sentences[-1][1]
        self.lede_start = next(
            (a for a, b in sentences if len(self.text[a:b].split()) >= _LEDE_WORDS), -1
        )
        # One pass of each matcher over the body, then bucketed by sentence.
        self._all_triggers = find_triggers(self.text, lo, hi)
        # The headline is read for the people it introduces by office ("Armenian Prime
        # Minister Karen Karapetyan arrives in Tbilisi"): the body often names them
        # again without their country ("The Prime Minister Karen Karapetyan-led
        # delegation"). Its own mentions are dropped: it tells no event.
        found = find_mentions(self.text, self._headline_start(lo), hi)
        self._actors = sorted((m for m in found.actors if m.start >= lo), key=lambda m: m.start)
        self._places = sorted((m for m in found.places if m.start >= lo), key=lambda m: m.start)
        self._starts = [t[1] for t in self._all_triggers]
        self._actor_starts = [m.start for m in self._actors]
        self._place_starts = [m.start for m in self._places]
        self.timexes.sort(key=lambda t: t.start)
        self._timex_starts = [t.start for t in self.timexes]
        previous: tuple[int, int] | None = None
        for index, (start, end) in enumerate(sentences):
            self._sentence_index, self._paragraph = index, paragraphs[index]
            # "bounded by paragraph": a line break between two sentences ends the scene
            same_paragraph = previous is not None and "\n" not in self.text[previous[1] : start]
            self._previous_sentence = previous if same_paragraph else None
            self._previous_countries = self._sentence_countries if same_paragraph else set()
            self._sentence(start, end)
            previous = (start, end)
        if self.candidates is not None:
            add_repetition(self.candidates)

    def _slice(self, items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [x for x in items[lo:hi] if x.end <= end]

    def _capped(self, items: list[Any], start: int, what: str, limit: int) -> list[Any]:
        if len(items) <= limit:
            return items
        warn_capped(self.doc.id, start, what, len(items), limit)
        return items[:limit]

    # -- dating -----------------------------------------------------------------
    def _own_dates(
        self,
        triggers: list[tuple[Trigger, int, int]],
        dated: list[DatedSpan],
        clauses: list[tuple[int, int]],
        s_start: int,
    ) -> tuple[dict[int, DatedSpan], DatedSpan | None]:
        own: dict[int, DatedSpan] = {}
        leading = next((d for d in dated if is_leading(self.text, s_start, d)), None)
        rest = [d for d in dated if d is not leading]
        for i, (trig, _ts, te) in enumerate(triggers):
            if trig.needs_date_after:
                nxt = next(
                    (
                        d
                        for d in rest
                        if 0 <= d.start - te <= 12
                        or (d.start - te <= 45 and _PLACE_THEN_IN.fullmatch(self.text, te, d.start))
                    ),
                    None,
                )
                if nxt is not None:
                    own[i] = nxt
                    rest.remove(nxt)
        for d in rest:
            clause = _clause_of(clauses, d.start)
            best: tuple[tuple[int, int], int] | None = None
            for i, (trig, ts, te) in enumerate(triggers):
                if trig.needs_date_after:
                    continue
                same = clause[0] <= ts < clause[1]
                dist = _distance(d, (ts, te))
                if not same and (dist[0] > 40 or self.text.startswith("since", clause[0])):
                    continue  # "a visit since taking office in 2013": the start of a state
                purpose = ts >= d.end and _PURPOSE_BETWEEN.fullmatch(self.text, d.end, ts)
                score = (dist[0] + (0 if same else 1000) + (500 if purpose else 0), dist[1])
                if best is None or score < best[0]:
                    best = (score, i)
            if best is not None:
                i = best[1]
                if i not in own or _distance(d, triggers[i][1:]) < _distance(
                    own[i], triggers[i][1:]
                ):
                    own[i] = d
        return own, leading

    def _antecedent(
        self,
        kinds: Iterable[EventKind],
        countries: set[str] | None = None,
        words: Sequence[str] = (),
    ) -> _Mention | None:
        """The latest event of these kinds told before, of compatible countries.

        ``words`` (the anaphor's modifiers: "official", "two-day") must occur in
        its sentence when given.
        """
        wanted = set(kinds)
        for m in reversed(self.mentions[-DISCOURSE_MEMORY:]):
            if m.kind not in wanted:
                continue
            theirs = m.countries()
            if countries and theirs and not (countries <= theirs or theirs <= countries):
                continue
            if words and not any(
                w in self.text[m.sentence[0] : m.sentence[1]].lower() for w in words
            ):
                continue
            return m
        return None

    # -- one sentence -----------------------------------------------------------
    def _sentence(self, s_start: int, s_end: int) -> None:
        lo, hi = bisect_left(self._starts, s_start), bisect_left(self._starts, s_end)
        triggers = [t for t in self._all_triggers[lo:hi] if t[2] <= s_end]
        triggers = self._capped(triggers, s_start, "event triggers", MAX_TRIGGERS_PER_SENTENCE)
        actors = self._slice(self._actors, self._actor_starts, s_start, s_end)
        places = self._slice(self._places, self._place_starts, s_start, s_end)
        mentions = Mentions(
            tuple(self._capped(actors, s_start, "actor names", MAX_MENTIONS_PER_SENTENCE)),
            tuple(self._capped(places, s_start, "place names", MAX_MENTIONS_PER_SENTENCE)),
        )
        context = [c for cs in reversed(self.recent_countries[-3:]) for c in cs]
        sentence_countries: dict[str, None] = {}
        for m in mentions.actors:
            code = m.id if str(getattr(m, "type", "")) == "country" else getattr(m, "country", None)
            if code:
                sentence_countries.setdefault(str(code))
        if triggers or any(
            str(m.type) == "organization" and self._session(m.start, m.end) for m in mentions.actors
        ):
            self._triggers(triggers, s_start, s_end, mentions, context)
        lo, hi = bisect_left(self._timex_starts, s_start), bisect_left(self._timex_starts, s_end)
        for t in self.timexes[lo:hi]:
            if t.type.upper() in ("DATE", "TIME"):
                d = t.event_date()
                if d is not None and d.precision is Precision.day:
                    self.last_day = (t.start, d)
        if sentence_countries:
            self.recent_countries.append(list(sentence_countries))
        self._sentence_countries = set(sentence_countries)

    def _triggers(
        self,
        triggers: list[tuple[Trigger, int, int]],
        s_start: int,
        s_end: int,
        mentions: Mentions,
        context: list[str],
    ) -> None:
        text = self.text
        clauses = clause_bounds(text, s_start, s_end)
        lo, hi = bisect_left(self._timex_starts, s_start), bisect_left(self._timex_starts, s_end)
        dated = usable_timexes(text, self.timexes[lo:hi], s_start, s_end)
        names = [(m.start, m.end) for m in mentions.actors if str(m.type) == "organization"]
        # The Pacific Islands Forum is an organization, not a forum held; "the 51st
        # Pacific Islands Forum" is one of its sessions, an event when its own words
        # date it (else it is mostly a reference: "the incoming Chair for the 48th ...").
        named = {
            t[1]: self._session(a, b)
            for t in triggers
            if t[0].kind is EventKind.forum
            for a, b in names
            if a <= t[1] and t[2] <= b
        }
        dropped: list[tuple[tuple[Trigger, int, int], str]] = []
        if self.candidates is not None:
            dropped = [
                (t, "no act" if self._no_act(t[0], t[1]) else "organization name")
                for t in triggers
                if self._no_act(t[0], t[1]) or not named.get(t[1], True)
            ]
        triggers = [t for t in triggers if not self._no_act(t[0], t[1]) and named.get(t[1], True)]
        # "the 75th UN General Assembly, which opens in September": no event word at all
        sessions = [
            (ORGANIZATION_SESSION, a, b)
            for a, b in names
            # an event word in or just after the name tells the session itself: "the
            # first EU-Central Asia summit", "the 22nd EU-ASEAN Ministerial Meeting"
            if not any(a <= t[1] <= b + _SESSION_WORD_AFTER for t in triggers)
            and self._session(a, b)
        ]
        if sessions:
            named.update((a, True) for _, a, _ in sessions)
            triggers = sorted([*triggers, *sessions], key=lambda t: t[1])
        own, leading = self._own_dates(triggers, dated, clauses, s_start)
        self._reported = report_days(text, self.timexes[lo:hi], s_start, s_end)
        self._undated_sentence = not dated
        # Read once per sentence, not once per trigger: the sentence may be long.
        self._anaphora = list(islice(ANAPHORIC.finditer(text, s_start, s_end), _MAX_ANAPHORA))
        self._same_day = _SAME_DAY.search(text, s_start, s_end) is not None
        found: dict[int, _Mention] = {}
        own_span: dict[int, DatedSpan] = {}
        pending: list[int] = []
        for i, (trig, ts, te) in enumerate(triggers):
            if self._plausible(trig, ts, te, clauses):
                pending.append(i)
            elif self.candidates is not None:
                dropped.append(((trig, ts, te), "hypothetical or negated"))
        source: dict[int, str] = {}
        # Pass 1: own and leading dates; pass 2: attached, anaphoric, umbrella.
        for rnd in (1, 2):
            for i in list(pending):
                trig, ts, te = triggers[i]
                clause = _clause_of(clauses, ts)
                got: tuple[EventDate, str, set[str]] | None = None
                if rnd == 1:
                    span = own.get(i) or (leading if not trig.needs_date_after else None)
                    if span is None:
                        continue
                    got = (span.date, text[span.start : span.end], set())
                    if span is own.get(i):
                        own_span[i] = span
                    source[i] = "own" if span is own.get(i) else "leading"
                elif ts not in named:
                    got = self._inferred(
                        i, triggers, found, clause, s_start, s_end, mentions, context
                    )
                    source[i] = "inferred"
                pending.remove(i)
                if got is None:
                    if self.candidates is not None:
                        dropped.append((triggers[i], "undated"))
                    continue
                if rnd == 2 and any(got[1] == r.text for r in self._reported):
                    # "Türkiye seeks ... with Uzbekistan, Yılmaz said on Tuesday while
                    # addressing the forum": the speaker's sentence names the sides.
                    clause = (s_start, clause[1])
                m = self._mention(trig, ts, te, clause, (s_start, s_end), got, mentions, context)
                if m is not None:
                    found[i] = m
                    self._log(trig, m, self.events[-1], "kept", source[i], mentions, context)
        for (trig, ts, te), fate in dropped:
            self._shadow(trig, ts, te, fate, clauses, dated, (s_start, s_end), mentions, context)
        for m in found.values():
            m.related |= {o.key for o in found.values() if o is not m}
        elided = [
            e
            for i, m in found.items()
            if i in own_span
            for e in self._elided(m, own_span[i], dated, mentions)
        ]
        for m in [*found.values(), *elided]:
            self.mentions.append(m)
            self.by_key[m.key] = m

    def _elided(
        self, m: _Mention, span: DatedSpan, dated: list[DatedSpan], mentions: Mentions
    ) -> list[_Mention]:
        """The events of an elliptical list after ``m``'s date (:mod:`.lists`)."""
        items = elliptical_items(self.text, span, dated, mentions.actors)
        if not items:
            return []
        index = next(k for k in range(len(self.events) - 1, -1, -1) if self.events[k].id == m.key)
        event = self.events[index]
        agreement = self.agreements.get(event.agreement) if event.agreement else None
        subject = [a for a in mentions.actors if m.clause[0] <= a.start and a.end <= m.trigger[0]]
        first, copies = elided_events(
            self.text, event, m.trigger, m.clause, items, subject, agreement, self.doc.published
        )
        self.events[index] = first
        m.participants = first.participants
        out = []
        for copy in copies:
            key = f"m{len(self.events) + 1}-{self._doc_slug}"
            self.events.append(copy.model_copy(update={"id": key}))
            self.elided_from[key] = m.key
            out.append(
                _Mention(
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

    def _plausible(self, trig: Trigger, ts: int, te: int, clauses: list[tuple[int, int]]) -> bool:
        text = self.text
        clause = _clause_of(clauses, ts)
        before = text[clause[0] : ts]
        if hypothetical(before) or NEGATED_BEFORE.search(before):
            return False
        if trig.kind is EventKind.signing:
            window = text[max(clause[0], ts - 90) : min(clause[1], te + 90)]
            if not _DOC_NEAR.search(window):
                return False
        return True

    def _session(self, start: int, end: int) -> bool:
        """True when the organization named at ``text[start:end]`` is one of its sessions.

        An ordinal before the name numbers a meeting: "The Fifty-First (51st) Pacific
        Islands Forum was held in Suva", "the 48th Pacific Islands Forum, on the theme
        ...". A meeting noun after the name is that meeting's own trigger ("the 50th
        Pacific Islands Forum Leaders Meeting").
        """
        return (
            ORGANIZATION_SESSION.pattern.search(self.text, max(0, start - 40), start) is not None
            and MEETING_NOUN_AFTER.match(self.text, end) is None
        )

    def _no_act(self, trig: Trigger, ts: int) -> bool:
        """True for words that tell no act, so they take no date from the acts beside them."""
        before = self.text[max(0, ts - 60) : ts]
        if trig.name == "diplomatic-relations" and _AIM_BEFORE.search(before):
            return True  # "signed deals Tuesday to normalize diplomatic ties": their aim
        if INTENDED_BEFORE.search(before):
            return True  # "discussed on Monday plans to sign a peace treaty": wanted, not done
        # "have been in EU-backed talks for nearly a decade": a state
        return trig.kind is EventKind.meeting and _STATE_BEFORE.search(before) is not None

    def _inferred(
        self,
        i: int,
        triggers: list[tuple[Trigger, int, int]],
        found: dict[int, _Mention],
        clause: tuple[int, int],
        s_start: int,
        s_end: int,
        mentions: Mentions,
        context: list[str],
    ) -> tuple[EventDate, str, set[str]] | None:
        text = self.text
        trig, ts, te = triggers[i]
        if trig.needs_date_after:
            return None
        if trig.kind not in _INHERITS:
            if trig.kind not in _SCENE_KINDS or not self._undated_sentence:
                return None
            countries = self._countries_near(trig.kind, (ts, te), clause, mentions, context)
            return self._scene(countries)
        # Attached in the sentence: "signed ..., during the Samarkand Summit".
        attached = _ATTACHED.search(text[max(s_start, ts - 70) : ts])
        if (
            attached
            and not _PURPOSE.search(text, max(s_start, ts - 70), ts)
            and not _OFFSET_BEFORE.search(text, max(s_start, ts - 100), ts - len(attached[0]))
        ):
            hosts = sorted(
                found.values(),
                key=lambda m: (m.trigger[0] > ts, abs(m.trigger[0] - ts)),
            )
            if hosts:
                return hosts[0].date, "", {hosts[0].key}
        before = text[max(s_start, ts - 60) : ts]
        definite = trig.nominal and _DEFINITE.search(before) is not None
        countries = self._countries_near(trig.kind, (ts, te), clause, mentions, context)
        named = _NAMED_AFTER.match(text, te) or _ORDINAL_BEFORE.search(before)
        if definite and not named and self._antecedent([trig.kind], countries) is not None:
            return None  # refers back to an event already extracted
        # Anaphora: "During the visit", "Following the negotiations".
        for a in self._anaphora:
            if a.start() <= ts < a.end():
                continue
            here = next((m for m in found.values() if a.start() <= m.trigger[0] < a.end()), None)
            if here is not None:  # "was elected during the summit on Sunday"
                if not clause[0] <= a.start() < clause[1]:
                    continue  # "The 7th CELAC Summit ..., who ... after assuming the presidency"
                return here.date, a.group(0), {here.key}
            kinds = _ANAPHOR_KINDS.get(a.group("noun").lower(), ())
            words = _MODIFIERS.findall(a.group(0).lower())
            ante = None
            for kind in kinds:  # "the negotiations": a meeting first, else the visit
                ante = self._antecedent([kind], None, words) or self._antecedent([kind])
                if ante is not None:
                    break
            if ante is not None:
                return ante.date, a.group(0), {ante.key}
        if self._same_day:
            ante = self.mentions[-1] if self.mentions else None
            if (
                ante is not None
                and ante.date.precision is Precision.day
                and (self.last_day is None or ante.sentence[0] >= self.last_day[0])
            ):
                return ante.date, "", {ante.key}
            if self.last_day is not None:
                return self.last_day[1], "", set()
        # The framing visit, summit or meeting of the same countries, told in this
        # sentence ("signed six agreements ... after they held talks Monday") or before.
        if trig.kind in _SUB_EVENTS and countries:
            # (A meeting told with its visit or summit in one sentence is that visit or
            # summit: "visited Ankara on May 10 and met Erdoğan" is one event.)
            nearest = (
                sorted(found.values(), key=lambda m: abs(m.trigger[0] - ts))
                if trig.kind is not EventKind.meeting
                else []
            )
            for m in [*nearest, *reversed(self.mentions[-DISCOURSE_MEMORY:])]:
                if (
                    m.kind in _UMBRELLAS
                    and m.kind is not trig.kind
                    and m.date.precision
                    in (
                        Precision.day,
                        Precision.week,
                        Precision.month,
                    )
                ):
                    if countries <= m.countries():
                        return m.date, "", {m.key}
                    if m.sentence != (s_start, s_end):
                        break
        planned = PLANNED_CUES.search(text, clause[0], ts) is not None
        scene = None if planned or not self._undated_sentence else self._scene(countries)
        if scene is not None:
            return scene
        news = None if planned or not self._undated_sentence else self._news_of(countries)
        if news is not None:
            return news.date, "", {news.key}
        if trig.kind not in _DATELINED or planned:
            return None
        # What the speaker was doing when speaking: "said on Tuesday while addressing
        # the forum", "said on Monday after meeting ...".
        for r in self._reported:
            if r.end <= ts and _WHILE_SAYING.match(text, r.end, ts):
                return r.date, text[r.start : r.end], set()
        # The news of the day: an undated lede ("X has been elected chairperson of the
        # AU", "the leaders at the talks in Brussels agreed") and what is going on
        # "currently" happen on the publication day.
        lede = s_start == self.lede_start and self._undated_sentence
        if self.dateline is not None and (lede or self._present(clause)):
            return self.dateline, "", set()
        return None

    def _scene(self, countries: set[str]) -> tuple[EventDate, str, set[str]] | None:
        """The day the sentence before set for a scene of the same sides, if any.

        An undated sentence goes on with the scene its predecessor in the same
        paragraph dated: "The treaty came into force on February 14 2018 at a
        ceremony in Sofia. The two countries' foreign affairs ministries exchanged
        instruments of ratification." The day is that of an event the sentence
        before told with its own date (not one it inherited, not the publication
        day), else the one day that sentence tells (not the day of a saying). The
        sentence before must name a side of this event: it often names only one
        ("Bulgaria's treaty came into force ...").
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
        lo = bisect_left(self._timex_starts, previous[0])
        hi = bisect_left(self._timex_starts, previous[1])
        days = {
            d.date.value: d.date
            for d in usable_timexes(self.text, self.timexes[lo:hi], *previous)
            if d.date.precision is Precision.day
        }
        if len(days) != 1:
            return None
        (day,) = days.values()
        return day, "", set()

    def _news_of(self, actors: set[str]) -> _Mention | None:
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

    def _present(self, clause: tuple[int, int]) -> bool:
        lo, hi = (
            bisect_left(self._timex_starts, clause[0]),
            bisect_left(self._timex_starts, clause[1]),
        )
        return any(t.value == "PRESENT_REF" for t in self.timexes[lo:hi])

    def _countries_near(
        self,
        kind: EventKind,
        trigger: tuple[int, int],
        clause: tuple[int, int],
        mentions: Mentions,
        context: list[str],
    ) -> set[str]:
        parts = participants_for(self.text, kind, trigger, clause, mentions, context)
        out = {p.id for p in parts if p.type is not ActorType.person}
        return out | {p.country for p in parts if p.country}

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
    ) -> _Mention | None:
        text, doc = self.text, self.doc
        event_date, _, related = got
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
        location = choose_location(text, (ts, te), wide, mentions)
        participants = participants_for(
            text, trig.kind, (ts, te), clause, mentions, context, location
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
        published = doc.published if not getattr(doc, "published_inferred", False) else None

        def build(key: str, sides: list[Participant]) -> Event:
            source = Source(
                document=doc.id,
                published=published,
                quote=text[sentence[0] : sentence[1]],
                start=sentence[0],
                end=sentence[1],
                url=getattr(doc, "url", None),
            )
            return Event(
                id=key,
                kind=trig.kind,
                title=title_for(
                    trig.kind, text, (ts, te), clause, participants, location, agreement, planned
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
        mention = _Mention(
            key=key,
            kind=trig.kind,
            trigger=(ts, te),
            clause=clause,
            sentence=sentence,
            date=event_date,
            participants=event.participants,
            related=set(related),
            definite=trig.nominal
            and _DEFINITE.search(text[max(sentence[0], ts - 60) : ts]) is not None,
            # the publication day, inferred or read in the lede ("Addis Ababa, Sep 11 The AU
            # has suspended ..."): the news of the day
            of_the_day=event_date is self.dateline
            or (
                sentence[0] == self.lede_start
                and self.dateline is not None
                and event_date.value == self.dateline.value
            ),
        )
        return mention

    # -- the candidates' log ----------------------------------------------------
    def _log(
        self,
        trig: Trigger,
        m: _Mention,
        event: Event | Draft,
        fate: str,
        source: str,
        mentions: Mentions,
        context: list[str],
    ) -> None:
        """Record a candidate (:mod:`.candidates`) when the reader keeps a log, and its
        variant with the participants of the whole sentence and of the sentence before."""
        if self.candidates is None:
            return
        text = self.text
        before = text[m.clause[0] : m.trigger[0]]
        cues = {
            "planned": PLANNED_CUES.search(before) is not None,
            "hypothetical": hypothetical(before),
            "negated": NEGATED_BEFORE.search(before) is not None,
            "intended": INTENDED_BEFORE.search(text, max(0, m.trigger[0] - 60), m.trigger[0])
            is not None,
            "definite": m.definite,
        }
        published = self.dateline.start if self.dateline is not None else None
        build = self._builders.get(event.id) if isinstance(event, Draft) else None
        base = Candidate(
            draft=event,
            fate=fate,
            date_source=source,
            nominal=trig.nominal,
            cues=frozenset(c for c, on in cues.items() if on) | self._cues_of(m.sentence),
            sentence_index=self._sentence_index,
            paragraph=self._paragraph,
            lede=m.sentence[0] == self.lede_start,
            published=published,
            build=build,
        )
        self.candidates.append(base)
        if m.clause == m.sentence:
            return  # the whole sentence is the clause: it names no one more
        wide = participants_for(
            text, trig.kind, m.trigger, m.sentence, mentions, context, event.location
        )
        have = {p.id for p in event.participants}
        more = [p for p in wide if p.id not in have]
        if not more:
            return
        sides = [*event.participants, *more]
        if isinstance(event, Event):
            variant = replace(base, draft=event.model_copy(update={"participants": sides}))
        else:
            variant = replace(
                base,
                draft=replace(event, participants=sides),
                build=lambda: base.event.model_copy(update={"participants": sides}),
            )
        variant.base = base
        self.candidates.append(variant)

    def _cues_of(self, sentence: tuple[int, int]) -> frozenset[str]:
        """The cues read in the whole sentence (once per sentence: it may be long)."""
        if self._sentence_cues[0] != sentence:
            text = self.text[sentence[0] : sentence[1]]
            cues = {
                "hedged": HEDGE_CUES.search(text) is not None,
                "postponed or cancelled": POSTPONED_CUES.search(text) is not None
                or CANCELLED_CUES.search(text) is not None,
                "quoted": any(q in text for q in '"“”'),
                "said": _SAID.search(text) is not None,
            }
            self._sentence_cues = (sentence, frozenset(c for c, on in cues.items() if on))
        return self._sentence_cues[1]

    def _shadow(
        self,
        trig: Trigger,
        ts: int,
        te: int,
        fate: str,
        clauses: list[tuple[int, int]],
        dated: list[DatedSpan],
        sentence: tuple[int, int],
        mentions: Mentions,
        context: list[str],
    ) -> None:
        """Build and log the event a dropped trigger would make (not in the discourse).

        Its date is the nearest of its sentence, else the publication day.
        """
        if dated:
            span = min(dated, key=lambda d: _distance(d, (ts, te)))
            got, source = (span.date, self.text[span.start : span.end], set[str]()), "sentence"
        elif self.dateline is not None:
            got, source = (self.dateline, "", set()), "publication"
        else:
            return
        clause = _clause_of(clauses, ts)
        m = self._mention(trig, ts, te, clause, sentence, got, mentions, context, shadow=True)
        if m is not None:
            self._log(trig, m, self.shadow_events[-1], fate, source, mentions, context)

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


_RELATIVE = re.compile(r",\s+(?:which|where)\b")
#: Reported speech in a sentence.
_SAID = re.compile(r"\b(?:said|says|told|stated|added|noted|stressed)\b", re.I)


def _clause_end(text: str, start: int, limit: int) -> int:
    m = re.compile(r"[;,]\s").search(text, start + 2, limit)
    return m.start() if m else limit


def _slug_doc(doc_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", doc_id.lower()).strip("-") or "doc"


@dataclass
class ReadDocument:
    """A document read with the candidates' log: every candidate, and the choice among them."""

    reader: _Reader

    @property
    def candidates(self) -> list[Candidate]:
        """Every trigger considered, kept or dropped by the rules (:mod:`.candidates`)."""
        return self.reader.candidates or []

    def mentions(
        self, keep: Callable[[Candidate], bool] | None = None
    ) -> tuple[list[Event], list[Agreement]]:
        """The event mentions, not yet merged, and the agreements they name.

        ``keep`` chooses among the candidates (a dropped one it keeps comes in as
        an event of its own; an event read from an elliptical list follows the one
        it was read from); by default the rules' own choice.
        """
        reader = self.reader
        chosen = {
            c.draft.id: c
            for c in self.candidates
            if not c.variant and (keep(c) if keep is not None else c.kept)
        }
        # a chosen variant brings its candidate in, with the wider participants
        wider = {
            c.draft.id: c.draft.participants
            for c in self.candidates
            if c.variant and keep is not None and keep(c)
        }
        logged = {c.draft.id for c in self.candidates}
        by_key = {m.key: m for m in reader.mentions}
        events = []
        for e in reader.events:
            m = by_key.get(e.id)
            origin = reader.elided_from.get(e.id, e.id)
            if m is None or (origin in logged and origin not in chosen and origin not in wider):
                continue
            related = sorted(k for k in m.related if k in by_key and k != e.id)
            update: dict[str, Any] = {"related": related}
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
        definite = {m.key for m in reader.mentions if m.definite}
        events = told_the_day_before(events, {m.key for m in reader.mentions if m.of_the_day})
        events = fold_into_summits(resolve_definites(events, definite), definite)
        events = absorb_definite_summits(events, definite)
        # An event nobody takes part in cannot be placed or checked ("the summit", alone).
        events = [e for e in events if e.participants]
        return events, sorted(agreements.values(), key=lambda a: a.id)


def read_document(
    doc: DocumentLike, timexes: Sequence[TimexLike] | None = None, *, log: bool = True
) -> ReadDocument:
    """Read one document, keeping the candidates' log (what a scorer chooses from) unless
    ``log`` is false (then only the rules' choice is known)."""
    if timexes is None:
        timexes = tag(doc.text, doc.published)
    reader = _Reader(doc, timexes, log=log)
    reader.run()
    return ReadDocument(reader)


def extract_mentions(
    doc: DocumentLike, timexes: Sequence[TimexLike] | None = None
) -> tuple[list[Event], list[Agreement]]:
    """The event mentions of one document, not yet merged, and the agreements they name.

    What :func:`timeline.merge.merge_events` reduces, within one document or
    over a whole corpus. With a shipped event scorer (:mod:`.scorer`), it
    chooses among every candidate; else the rules' own choice.
    """
    scorer = shipped_scorer()
    if scorer is not None:
        return read_document(doc, timexes).mentions(lambda c: scorer.keeps(c.features))
    return read_document(doc, timexes, log=False).mentions()


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
