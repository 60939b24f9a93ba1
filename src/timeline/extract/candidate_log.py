"""The candidates' log: every trigger the reader considers, kept or dropped, and its variants.

With a log (:func:`timeline.extract.pipeline.read_document`), every trigger the
rules keep or drop becomes a :class:`~timeline.extract.candidates.Candidate`; a
dropped one is dated by the nearest date of its sentence, else by the publication
day (:meth:`CandidateLog._shadow`). A candidate may have variants with more
participants: those of its whole sentence when its clause is not the sentence,
and, when it names one side or none, the other side from the discourse: the
nearest of the three sentences before that names the side it has and another (the
same story), else the lede, else the headline (:meth:`CandidateLog._from_discourse`).
A variant's features say where its participants came from; the scorer keeps it
or not, and the participants of every variant it keeps join the event.

A sentence that names a text a gathering adopts or issues (a declaration, a
communiqué, a joint statement) gives one more candidate, an event of its own: its
adoption at the gathering of that sentence, else at the latest gathering the rules
kept in the three sentences before, with the gathering's date and participants
(:meth:`CandidateLog._adoption_at_gathering`; fate "at a gathering").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial
from itertools import takewhile

from ..gazetteer import ActorMention
from ..gazetteer.codes import actor_type
from ..model import ActorType, Event, EventKind, Participant, Status
from ..temporal.anchoring_words import WORDS as ANCHORING
from ..temporal.lexicon import alternation
from .actor_mentions import Mentions
from .actors import participants_for
from .antecedents import opening_occasion_end
from .background_actors import is_a_judgement
from .candidates import Candidate, Draft, context_words, implied_participants
from .clauses import not_the_relatives_date, office_clause
from .context import hypothetical
from .counterpart_words import REPORTING_VERBS
from .counterpart_words import WORDS as _COUNTERPART_WORDS
from .cue_search import Cue
from .dated_spans import DatedSpan, TimexLike
from .discourse import PUBLICATION_DAY, Mention, clause_of, distance
from .evaluate import kind_class
from .lexicon import (
    AGREED_AFTER,
    AIM_BEFORE,
    CANCELLED_CUES,
    GATHERING_ACT,
    GATHERING_DOCUMENT,
    HEDGE_CUES,
    INTENDED_BEFORE,
    NEGATED_BEFORE,
    PLANNED_CUES,
    POSTPONED_CUES,
)
from .mention import sentence_source
from .mention_copies import MentionCopies
from .participant_choice import side_of
from .redating import offer_dates
from .statement_rules import BESIDE_AN_ACT
from .stays import held_on
from .titles import summary_for, title_for
from .trigger_rule import DOCUMENT_WORDS, Trigger
from .usable_dates import state_starts, usable_timexes

__all__ = [
    "CandidateLog",
    "sides_named",
    "urged_talks",
]


#: The kind class of a text signed, adopted or issued (:data:`.evaluate.KIND_CLASSES`).
_DOCUMENT_CLASS = kind_class(EventKind.adoption)

#: How many sentences before a text's the gathering that adopted it may be told (the
#: same story, as for the discourse variants).
_GATHERING_WINDOW = 3
#: A gathering's text referred to, not adopted: a word of ``text_referred_before``
#: (``data/document_words.yaml``) with up to three words between it and the text's noun
#: ("in line with the communique of the 4th Quadripartite Summit", "the letter and spirit
#: of the Ankara Declaration").
_TEXT_REFERRED = re.compile(
    rf"\b{alternation(DOCUMENT_WORDS.words('text_referred_before'))}\s+(?:[\w’'-]+\s+){{0,3}}$",
    re.IGNORECASE,
)

#: Reported speech in a sentence: ``reporting_verbs`` and ``reported_speech_verbs`` of
#: ``data/counterpart_words.yaml``.
_SAID = Cue(
    r"\b(?:"
    + "|".join(
        map(re.escape, (*REPORTING_VERBS, *_COUNTERPART_WORDS.words("reported_speech_verbs")))
    )
    + r")\b",
    re.I,
)


def sides_named(actors: Iterable[ActorMention]) -> list[str]:
    """The countries and organizations these actor mentions name (a person's country,
    :func:`~timeline.extract.participant_choice.side_of`), each once, in order.

    >>> from timeline.gazetteer import find_actors
    >>> sides_named(find_actors("Erdogan met OTS officials in Ankara and NATO's chief."))
    ['TR', 'OTS', 'NATO']
    """
    return list(dict.fromkeys(code for m in actors if (code := side_of(m)) is not None))


def _side(code: str) -> Participant:
    return Participant(
        id=code,
        type=ActorType.organization if actor_type(code) == "organization" else ActorType.country,
    )


def _variant(
    base: Candidate, event: Event | Draft, participants: list[Participant], origin: str
) -> Candidate:
    """A variant of ``base`` with more participants, found in ``origin``."""
    if isinstance(event, Event):
        draft: Event | Draft = event.model_copy(update={"participants": participants})
        variant = replace(base, draft=draft, origin=origin)
    else:
        variant = replace(
            base,
            draft=replace(event, participants=participants),
            build=lambda: base.event.model_copy(update={"participants": participants}),
            origin=origin,
        )
    variant.base = base
    return variant


#: Talks urged, encouraged or backed are another act's aim, not a meeting held: "urged
#: Pyongyang to return to talks with Seoul", "to encourage support for Colombian peace
#: talks", "called for negotiations" (a meeting asked for, "called for an urgent meeting",
#: may be held and told: only the nouns of a process are read). Up to six words between, no
#: punctuation: a comma ends the aim.
_URGED_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on\s+[\w-]+\s+)?for"
    r"|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for)"
    r"\s+(?:[\w'’-]+\s+){0,6}?$",
    re.I,
)
_PROCESS_NOUN = re.compile(r"(?:talks|negotiations|consultations)\b", re.I)

#: Talks backed are an aim too ("support for Andorra in its negotiations with the EU"), unless
#: they were held or have their own day: a third side's word on talks held ("voiced support
#: for the talks held on Monday", "its backing for Tuesday's negotiations"; review28 finding 9).
_BACKED_BEFORE = re.compile(r"\b(?:support|backing)\s+for\s+(?:[\w'’-]+\s+){0,6}?$", re.I)
_HELD_OR_A_DAY = re.compile(
    r"\b(?:held|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s)?|today|yesterday)\b", re.I
)
_CLAUSE_END = re.compile(r"[.;:!?]")
#: How far after a noun the day its phrase tells may start (:meth:`CandidateLog._held_on`).
_HELD_ON_REACH = 120


def urged_talks(text: str, start: int) -> bool:
    """True when the talks at ``start`` are urged, encouraged or backed: another act's aim,
    not a meeting held (so, like an intention, never one the scorer keeps).

    >>> text = "On Tuesday, Japan urged Pyongyang to return to talks with Seoul."
    >>> urged_talks(text, text.index("talks"))
    True
    >>> text = "Japan and China held talks on Tuesday and urged calm."
    >>> urged_talks(text, text.index("talks"))
    False
    >>> text = "Spain voiced support for the talks held in Madrid on Tuesday."
    >>> urged_talks(text, text.index("talks"))
    False
    """
    if _PROCESS_NOUN.match(text, start) is None:
        return False
    if _URGED_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    backed = _BACKED_BEFORE.search(text, max(0, start - 60), start)
    if backed is None:
        return False
    end = _CLAUSE_END.search(text, start, start + 60)
    told = text[backed.start() : end.start() if end else start + 60]
    return _HELD_OR_A_DAY.search(told) is None


class CandidateLog(MentionCopies):
    """Logs every candidate the reader considers (when it keeps a log)."""

    def _held_on(self, m: Mention) -> bool:
        """Whether the mention's day is told in a phrase attached right after its noun as
        the day it takes place (:func:`.stays.held_on`: "for the APEC summit, which opens on
        Friday"): that day names it, and the date choice does not move it to the day of the
        journey the sentence also tells."""
        end = min(m.sentence[1], m.trigger[1] + _HELD_ON_REACH)
        for t in self.timexes_in((m.trigger[1], end)):
            when = t.event_date()
            if when is not None and when.start == m.date.start:
                return held_on(self.text, m.trigger[1], t.start)
        return False

    #: Whether each candidate records its lexical context (:func:`context_words`).
    record_words: bool = False

    def _log(
        self,
        trig: Trigger,
        m: Mention,
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
            is not None
            or (trig.nominal and AGREED_AFTER.match(text, m.trigger[1]) is not None)
            or (trig.kind is EventKind.meeting and urged_talks(text, m.trigger[0]))
            or (
                trig.name == "diplomatic-relations"
                and AIM_BEFORE.search(text, max(0, m.trigger[0] - 60), m.trigger[0]) is not None
            ),
            "definite": m.definite,
        }
        published = self.dateline.start if self.dateline is not None else None
        build = self._builders.get(event.id) if isinstance(event, Draft) else None
        counted = bool(self.counted) and self.counted_act(trig, *m.trigger) is not None
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
            words=context_words(text, m.clause, m.trigger) if self.record_words else (),
            # a state's judgement of another's act ("Iran condemned the strikes") is the
            # event itself: its sentence is not the detector's to read for the act judged
            saying=trig.name in BESIDE_AN_ACT and not is_a_judgement(text, *m.trigger),
            # a date that names its act: "a 1904 treaty", or the year an anniversary counts
            # its act from ("the 10th anniversary of Xi's state visit"): the date the text
            # gives that act, which the ranker does not move
            date_named=trig.needs_date_after
            or counted
            or m.trigger[0] in self.relative_acts
            or (trig.nominal and source == "own" and self._held_on(m)),
        )
        if self.story is not None and not counted:  # history: no date of the story's acts
            self.story.place(event.id, m.trigger, m.clause)
        self.candidates.append(base)
        # else the whole sentence is the clause: no one more; an office begun told in a
        # "since" phrase has no side in the news since (:func:`.clauses.office_clause`)
        if m.clause != m.sentence and not (
            trig.name == "took-office"
            and office_clause(text, m.sentence, m.trigger[0], []) is not None
        ):
            wide = participants_for(
                text, trig.kind, m.trigger, m.sentence, mentions, context, event.location
            )
            have = {p.id for p in event.participants}
            more = [p for p in wide if p.id not in have]
            if more:
                sides = [*event.participants, *more]
                self.candidates.append(_variant(base, event, sides, "sentence"))
        found = self._from_discourse(event.participants)
        if found is not None:
            origin, extra = found
            sides = [*event.participants, *extra]
            self.candidates.append(_variant(base, event, sides, origin))

    def _from_discourse(
        self, participants: list[Participant]
    ) -> tuple[str, list[Participant]] | None:
        """The other side of an event named with one side or none: from the nearest of the
        three sentences before that names the side it has and another (the same story),
        else the lede, else the headline; where they came from, and the sides to add."""
        have = [p.id for p in participants if p.type is not ActorType.person]
        if len(set(have)) >= 2:
            return None
        recent = [("previous sentence", ids) for ids in reversed(self._told_sides[-3:])]
        for origin, ids in [
            *recent,
            ("lede", self._lede_sides),
            ("headline", self._headline_sides),
        ]:
            if have and not set(have) & set(ids):
                continue
            extra = [i for i in ids if i not in have]
            if extra:
                return origin, [_side(i) for i in extra]
        return None

    def _adoption_at_gathering(self, sentence: tuple[int, int]) -> None:
        """Log the adoption of the text a gathering adopts or issues, named in ``sentence``.

        None when a candidate of the sentence already tells a text's act (the lexicon
        read "adopted a declaration"). The gathering is a candidate of the sentence (one
        the rules keep first), else the latest the rules kept in the three
        sentences before (the same story); the adoption takes its
        date, status, participants and place, and is an event of its own if the
        scorer keeps it.
        """
        if self.candidates is None:
            return
        found = GATHERING_DOCUMENT.search(self.text, sentence[0], sentence[1])
        if found is None:
            return
        if _TEXT_REFERRED.search(self.text, max(sentence[0], found.start() - 80), found.start()):
            return  # "in line with the communique of the 4th Quadripartite Summit": cited
        # the candidates of this sentence and the three before (logged in reading order):
        # a bounded look-back, however long the document
        window = self._sentence_index - _GATHERING_WINDOW
        recent = list(takewhile(lambda c: c.sentence_index >= window, reversed(self.candidates)))
        recent.reverse()
        of_sentence = [
            c for c in recent if c.base is None and c.sentence_index == self._sentence_index
        ]
        if any(kind_class(c.draft.kind) == _DOCUMENT_CLASS for c in of_sentence):
            return  # the lexicon read the text's own act ("adopted a declaration")
        here = [c for c in of_sentence if kind_class(c.draft.kind) == "gathering"]
        if here:
            gathering, origin = min(here, key=lambda c: not c.kept), "gathering in the sentence"
        else:
            before = (
                c for c in reversed(recent) if c.kept and kind_class(c.draft.kind) == "gathering"
            )
            latest = next(before, None)
            if latest is None:
                return
            gathering, origin = latest, "gathering before"
        g = gathering.draft
        sides = implied_participants(g.participants)
        if not any(p.type is not ActorType.person for p in sides):
            return
        key = f"g{len(self.shadow_events) + 1}-{self._doc_slug}"
        draft = Draft(
            id=key,
            kind=EventKind.adoption,
            date=g.date,
            status=g.status,
            participants=sides,
            location=g.location,
            agreement=None,
        )
        text, doc = self.text, self.doc

        def build() -> Event:
            return Event(
                id=key,
                kind=EventKind.adoption,
                title=title_for(
                    EventKind.adoption,
                    text,
                    found.span(),
                    sentence,
                    sides,
                    g.location,
                    None,
                    g.status is Status.planned,
                ),
                summary=summary_for(text, sentence),
                date=g.date,
                status=g.status,
                participants=sides,
                location=g.location,
                sources=[sentence_source(doc, text, sentence)],
            )

        self.shadow_events.append(draft)
        act = GATHERING_ACT.search(text, sentence[0], sentence[1]) is not None
        before_text = text[sentence[0] : found.start()]
        cues = {
            "planned": PLANNED_CUES.search(before_text) is not None,
            "hypothetical": hypothetical(before_text),
            "negated": NEGATED_BEFORE.search(before_text) is not None,
            "adopted or issued": act,
        }
        self.candidates.append(
            Candidate(
                draft=draft,
                fate="at a gathering",
                date_source=gathering.date_source,
                nominal=True,
                cues=frozenset(c for c, on in cues.items() if on) | self._cues_of(sentence),
                sentence_index=self._sentence_index,
                paragraph=self._paragraph,
                lede=sentence[0] == self.lede_start,
                published=self.dateline.start if self.dateline is not None else None,
                build=build,
                origin=origin,
                words=context_words(text, sentence, found.span()) if self.record_words else (),
            )
        )

    def _tell_story(self, sentence: tuple[int, int], sides: list[str]) -> None:
        """Record a sentence read, for re-dating (:mod:`.redating`): its dates and sides."""
        if self.story is None:
            return
        if self.sentence_dated[0] == sentence:
            spans: list[DatedSpan] | None = self.sentence_dated[1]  # read with its triggers
        else:
            lo = bisect_left(self._timex_starts, sentence[0])
            hi = bisect_left(self._timex_starts, sentence[1])
            spans = None if hi > lo else []  # read if re-dating asks (most are not)
        if sentence[0] == self.lede_start:
            self.story.lede = len(self.story.bounds)
        if self.story.read_spans is None:
            # not a bound method: a story holding its reader is a cycle that only the
            # garbage collector frees (a whole document's reader per document)
            self.story.read_spans = partial(_usable_in, self.text, self.timexes, self._timex_starts)
        self.story.add(sentence, spans, sides)

    def _offer_dates(self) -> None:
        """At the end of the document: the dates each candidate may take (on demand: none yet)."""
        if self.story is not None and self.candidates and not self.options_on_demand:
            offer_dates(self.candidates, self.story)  # on demand: re-dating offers them

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

    def _state_start(self, clause: tuple[int, int]) -> DatedSpan | None:
        """The one start of a state ``clause`` tells (:func:`.usable_dates.state_starts`), if
        any."""
        lo = bisect_left(self._timex_starts, clause[0])
        hi = bisect_left(self._timex_starts, clause[1])
        starts = state_starts(self.text, self.timexes[lo:hi], *clause) if hi > lo else []
        return starts[0] if len(starts) == 1 else None

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

        Its date is the nearest of its sentence, else, for the start of a state (a
        founding, an entry into force, another act: "Armenia is a member of the
        organization since 2008"), the start its clause gives (:func:`.usable_dates.state_starts`),
        else the publication day. A date in a
        "since" clause other than the trigger's is not offered: as for a kept trigger
        (``Dating._own_dates``), the clause's act is the start of a state and dates no
        event outside it ("a state visit ... to become the first leader to make such a
        trip since the two nations established ties in 1961"); nor is one in a relative
        clause the trigger comes after, unless a visit (:func:`.clauses.not_the_relatives_date`).
        """
        clause = clause_of(clauses, ts)
        offered = [
            d
            for d in dated
            if (own := clause_of(clauses, d.start)) == clause
            or not (
                self.text.startswith("since", own[0])
                or (
                    trig.kind is not EventKind.visit
                    and not_the_relatives_date(self.text, own, (ts, te))
                )
            )
        ]
        occasion_end = opening_occasion_end(self.text, sentence[0], (ts, te))
        if occasion_end is not None:
            # "During their talks, ...": the anaphor's date is its antecedent's, none of the
            # rest of its sentence (as for a kept trigger, ``Dating._own_dates``)
            offered = [d for d in offered if d.start < occasion_end]
        since = _SINCE_BEFORE.search(self.text, max(sentence[0], ts - 12), ts) is not None
        if since:
            # "his first visit since taking office": the start of a state the sentence looks
            # back to, dated by its own date only ("since taking office in 2022")
            offered = [d for d in offered if te <= d.start <= te + _OWN_DATE_REACH]
        if offered:
            span = min(offered, key=lambda d: distance(d, (ts, te)))
            got, source = (span.date, self.text[span.start : span.end], set[str]()), "sentence"
        elif trig.kind in _STATES and (start := self._state_start(clause)) is not None:
            got, source = (start.date, start.text, set[str]()), "sentence"
        elif self.dateline is not None and not since:
            if _NARRATIVE_PAST.search(self.text, sentence[0], te) is not None:
                return  # history before the page, which its day does not date
            if ts in self.told_already:
                return  # "During the visit, ...": an event told already, not the page's news
            got, source = (self.dateline, PUBLICATION_DAY, set()), "publication"
        else:
            return
        m = self._mention(trig, ts, te, clause, sentence, got, mentions, context, shadow=True)
        if m is not None:
            self._log(trig, m, self.shadow_events[-1], fate, source, mentions, context)


#: "since" right before a dropped trigger ("since taking office"): :meth:`CandidateLog._shadow`.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: How far after such a trigger its own date may start ("since taking office in 2022").
_OWN_DATE_REACH = 20

#: A clause told in a story's past without a date (:meth:`CandidateLog._shadow`): after one
#: of ``narrative_past_adverbs`` of ``data/anchoring_words.yaml`` ("within a few years
#: thereafter declared independence", "subsequently signed"), or "since then" with the
#: present perfect ("Since then, the alliance has led protests": a state up to the page);
#: not "at the time of writing" (``narrative_past_not_followed_by``: the page's present).
_NARRATIVE_PAST = re.compile(
    r"\b(?:(?:"
    + "|".join(w.replace(" ", r"\s+") for w in ANCHORING.words("narrative_past_adverbs"))
    + r")(?!\s+(?:"
    + "|".join(w.replace(" ", r"\s+") for w in ANCHORING.words("narrative_past_not_followed_by"))
    + r")\b)|since\s+then,?\s+(?:[\w'-]+\s+){0,8}?(?:has|have)\s+(?:been\s+)?\w+)\b",
    re.IGNORECASE,
)


#: Kinds a state's start dates (:func:`.usable_dates.state_starts`): a joining, a taking over
#: ("other"), a founding, an entry into force.
_STATES = frozenset({EventKind.founding, EventKind.entry_into_force, EventKind.other})


def _usable_in(
    text: str, timexes: list[TimexLike], starts: Sequence[int], sentence: tuple[int, int]
) -> list[DatedSpan]:
    """The usable timexes of a sentence (:func:`.usable_dates.usable_timexes`), of ``timexes``
    (their ``starts`` sorted) of ``text``."""
    lo = bisect_left(starts, sentence[0])
    hi = bisect_left(starts, sentence[1])
    return usable_timexes(text, timexes[lo:hi], *sentence) if hi > lo else []
