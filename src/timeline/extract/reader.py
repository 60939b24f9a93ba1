"""The sentence loop: one document read sentence by sentence.

For every sentence of the article body (chrome excluded by the corpus reader),
:class:`Reader` finds the triggers of :data:`~timeline.extract.lexicon.TRIGGERS`,
drops what tells no act (a hypothetical, a negation, a plan, a state, an
organization's name its own words do not date: :mod:`.trigger_guards`), dates the rest
(:mod:`.dating`), builds their mentions (:mod:`.mention`) and, with a log, every
candidate (:mod:`.candidate_log`), and where no rule gave one, the sentence detector's
(:mod:`.detector_proposals`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from itertools import islice
from typing import Any

from ..gazetteer import ActorMention, PlaceMention
from ..gazetteer.codes import authority_not_yet, capital_gone, ended_before
from ..gazetteer.places import of_its_day
from ..model import EventDate, EventKind, Precision
from .actor_mentions import Mentions, find_mentions, gazetteer_names
from .anniversaries import counted_dates
from .candidate_log import sides_named
from .candidates import add_repetition
from .clauses import clause_bounds, with_its_sayer
from .counted_acts import RelativeAct
from .cue_search import Cue
from .date_positions import is_dateline
from .dated_spans import DatedSpan, TimexLike
from .detector import EventDetector
from .detector_proposals import DetectorProposals
from .discourse import DocumentLike, Mention, clause_of
from .lexicon import ANAPHORIC, ORGANIZATION_SESSION
from .limits import MAX_MENTIONS_PER_SENTENCE, MAX_TRIGGERS_PER_SENTENCE, warn_capped
from .named_years import name_years
from .news_day import the_news_counts_from, the_news_day
from .trigger_guards import names_a_session, plausible_act, tells_no_act, told_by_a_dated_noun
from .trigger_rule import Trigger
from .triggers import find_triggers
from .usable_dates import counted_days, report_days, usable_timexes

__all__ = [
    "Reader",
]


#: The fewest words of the lede: shorter first lines are datelines ("BRUSSELS, February 27").
_LEDE_WORDS = 8
#: A standfirst that is a speaker's quote, not the news: 'Pedro Sánchez: "Spain and
#: Portugal have strengthened ..."', '"Spain and Portugal have tackled the crisis ...", says
#: Mariano Rajoy' (government releases put one above the story): no lede.
_QUOTED_STANDFIRST = re.compile(
    r"[A-Z][^\"“:\n]{0,60}:\s*[\"“][^\n]*[\"”][.!]?\s*\Z"
    r"|[\"“][^\n]*[\"”],?\s+(?:says|said)\s+[A-Z][^\n]{0,60}\Z"
)

_SAME_DAY = Cue(
    r"\b(?:earlier|later)\s+(?:in|on)\s+the\s+day\b|\b(?:the\s+same|that)\s+day\b", re.I
)

#: How far after an organization's name an event word may tell its session (characters).
_SESSION_WORD_AFTER = 30


#: The rules whose date is written in an agreement's name: none after the publication.
_NAMED_BY_DATE = frozenset({"agreement-dated-before"})

#: The most anaphors ("the visit", "the talks") read in one sentence.
_MAX_ANAPHORA = 16

#: A joint text, given by several sides ("in a joint statement"): not its sayer's alone.
_JOINT = re.compile(r"\bjoint\b", re.I)


def _of_a_state_gone(mention: Any, published: date | None) -> bool:
    """Whether an actor named is a former state, or acts for one, that had ended by the
    day the news was published (:func:`timeline.gazetteer.codes.ended_before`), a
    capital the state had left by then (:func:`timeline.gazetteer.codes.capital_gone`),
    or an authority that did not govern it yet
    (:func:`timeline.gazetteer.codes.authority_not_yet`)."""
    if published is None:
        return False
    if str(mention.type) == "country" and capital_gone(mention.id, mention.text, published):
        return True  # "Bonn" in news after 1998: a city, no side
    if str(mention.type) == "country" and authority_not_yet(mention.id, mention.text, published):
        return True  # "the Taliban" in news of 2010: an armed group, no side
    code = mention.id if str(mention.type) == "country" else getattr(mention, "country", None)
    return ended_before(code, published)


class Reader(DetectorProposals):
    """Reads one document sentence by sentence, keeping the discourse state.

    With a log and a ``detector`` (:mod:`.detector`), a sentence in which no rule
    proposed a candidate gets one when the detector fires on it (with
    ``propose_all``, whatever its probability: the bench judges it); with
    ``record_sentences``, every sentence's detector features are kept in
    :attr:`sentence_features` (what the detector is trained on); with ``record_words``,
    each candidate's lexical context (:func:`.candidates.context_words`: what a scorer
    with a vocabulary weighs); with ``detected_variants``, a detected candidate's rivals
    (:data:`.candidates.DETECTED_VARIANTS`: the second class, the other dates); with
    ``beside_rules``, a detected candidate in a sentence whose rules' candidates are all of
    another class than the detector's (:attr:`.candidates.Candidate.beside`).
    """

    def __init__(
        self,
        doc: DocumentLike,
        timexes: Sequence[TimexLike],
        log: bool = False,
        offer_dates: bool = False,
        *,
        detector: EventDetector | None = None,
        propose_all: bool = False,
        record_sentences: bool = False,
        record_words: bool = False,
        detected_variants: bool = False,
        beside_rules: bool = False,
    ) -> None:
        super().__init__(doc, timexes, log, offer_dates)
        self.record_words = record_words
        self.detector = detector if log else None
        self.propose_all = propose_all
        self.detected_variants = detected_variants
        self.beside_rules = beside_rules
        self.sentence_features = [] if log and record_sentences else None
        # the body's names and places, in order (set by :meth:`run`; none without sentences)
        self._names: list[ActorMention] = []
        self._name_starts: list[int] = []
        self._places: list[PlaceMention] = []
        self._place_starts: list[int] = []

    def run(self) -> None:
        body = [s for s in self.doc.sentences if not getattr(s, "heading", False)]
        sentences = [(int(s.start), int(s.end)) for s in body]
        paragraphs = [int(getattr(s, "paragraph", 0)) for s in body]
        if not sentences:
            return
        lo, hi = sentences[0][0], sentences[-1][1]
        self.lede_start, self.lede_end = next(
            (
                (a, b)
                for a, b in sentences
                if len(self.text[a:b].split()) >= _LEDE_WORDS
                and not _QUOTED_STANDFIRST.match(self.text, a, b)
            ),
            (-1, -1),
        )
        # One pass of each matcher over the body, then bucketed by sentence.
        self._all_triggers = find_triggers(self.text, lo, hi)
        # The headline is read for the people it introduces by office ("Armenian Prime
        # Minister Karen Karapetyan arrives in Tbilisi"): the body often names them
        # again without their country ("The Prime Minister Karen Karapetyan-led
        # delegation"). Its own mentions are dropped: it tells no event.
        head = self._headline_start(lo)
        # A former state in news published after its end is history, no side ("a
        # co-founder of Czechoslovakia" in 2019), nor a person acting for it; a name two
        # people share is the one in office the year of the text ("Bush" in 2008).
        published = getattr(self.doc, "published", None)
        year = published.year if published is not None else None
        names = gazetteer_names(self.text, head, hi, year)
        found = find_mentions(self.text, head, hi, names)
        # The tries' own names of the body, as found (no former state dropped, no reference
        # added) but dated as the places are ("Moscow" in 1989: SU, as its place is): what
        # a rule asks of a sentence after the reading (:meth:`names_in`).
        self._names = [of_its_day(m, published) for m in names.actors if m.start >= lo]
        self._name_starts = [m.start for m in self._names]
        # A capital, a seat or a place is its state of the day ("Moscow" in 1987: the
        # Soviet Union's; :func:`timeline.gazetteer.of_its_day`).
        current = [
            of_its_day(m, published) for m in found.actors if not _of_a_state_gone(m, published)
        ]
        self._actors = sorted((m for m in current if m.start >= lo), key=lambda m: m.start)
        # The headline's sides by the same filter ("Soviet leader Gorbachev ..." over 2022 news).
        self._headline_sides = sides_named([m for m in current if m.start < lo])
        self._places = sorted(
            (of_its_day(m, published) for m in found.places if m.start >= lo),
            key=lambda m: m.start,
        )
        self._starts = [t[1] for t in self._all_triggers]
        self._actor_starts = [m.start for m in self._actors]
        self._place_starts = [m.start for m in self._places]
        self.timexes.sort(key=lambda t: t.start)
        self._timex_starts = [t.start for t in self.timexes]
        self.counted = counted_dates(self.doc)
        self.counted_starts = [c.start for c in self.counted]
        previous: tuple[int, int] | None = None
        for index, (start, end) in enumerate(sentences):
            self._sentence_index, self._paragraph = index, paragraphs[index]
            # "bounded by paragraph": a line break between two sentences ends the scene
            same_paragraph = previous is not None and "\n" not in self.text[previous[1] : start]
            self._previous_sentence = previous if same_paragraph else None
            self._previous_countries = self._sentence_countries if same_paragraph else set()
            if not same_paragraph:
                self._story_sentence = None
            self._sentence(start, end)
            lo, hi = bisect_left(self._timex_starts, start), bisect_left(self._timex_starts, end)
            if any(t.type.upper() in ("DATE", "TIME") for t in self.timexes[lo:hi]):
                self._story_sentence = (start, end)  # a duration sets no time of the story
            previous = (start, end)
        if self.candidates is not None:
            self._offer_dates()
            add_repetition(self.candidates)

    def _slice(self, items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [x for x in items[lo:hi] if x.end <= end]

    def named_in(self, start: int, end: int) -> tuple[list[Any], list[Any], list[TimexLike]]:
        """The actor and place names read within ``start``-``end`` (after :meth:`run`) and
        the temporal expressions starting there: what a sentence offers the detector
        (``bench/recall_ceiling.py`` asks why a sentence has no candidate)."""
        actors = self._slice(self._actors, self._actor_starts, start, end)
        places = self._slice(self._places, self._place_starts, start, end)
        lo, hi = bisect_left(self._timex_starts, start), bisect_left(self._timex_starts, end)
        return actors, places, self.timexes[lo:hi]

    def names_in(self, start: int, end: int) -> tuple[list[ActorMention], list[PlaceMention]]:
        """The actors and places the gazetteer's tries found within ``start``-``end`` of
        the body (after :meth:`run`), as :func:`.actor_mentions.gazetteer_names` finds them: former
        states kept, no reference to a named organization nor group of states added, a
        capital read for its state of the day of the news, as the places are
        (:func:`timeline.gazetteer.of_its_day`). A rule
        run after the reading asks them of a sentence instead of running the tries again
        (:func:`.coreference.series_sides`)."""
        actors = self._slice(self._names, self._name_starts, start, end)
        return actors, self._slice(self._places, self._place_starts, start, end)

    def _capped(self, items: list[Any], start: int, what: str, limit: int) -> list[Any]:
        if len(items) <= limit:
            return items
        warn_capped(self.doc.id, start, what, len(items), limit)
        return items[:limit]

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
            str(m.type) == "organization" and names_a_session(self.text, m.start, m.end)
            for m in mentions.actors
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
        if self.candidates is not None:
            self._adoption_at_gathering((s_start, s_end))
            if self.detector is not None or self.sentence_features is not None:
                self._detected((s_start, s_end), mentions, context)
            sides = sides_named(mentions.actors)
            if s_start == self.lede_start:
                self._lede_sides = sides
            if sides:
                self._told_sides.append(sides)
            self._tell_story((s_start, s_end), sides)

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
        if self.last_day is not None:  # "Four days later, ...": counted from the story's day
            counted = counted_days(text, self.timexes[lo:hi], s_start, s_end, self.last_day[1])
            if counted:
                dated = sorted([*dated, *counted], key=lambda d: d.start)
        self.sentence_dated = ((s_start, s_end), dated)
        outside = self._outside_counted(mentions, s_start, s_end, triggers)
        names = [(m.start, m.end) for m in mentions.actors if str(m.type) == "organization"]
        # The Pacific Islands Forum is an organization, not a forum held; "the 51st
        # Pacific Islands Forum" is one of its sessions, an event when its own words
        # date it (else it is mostly a reference: "the incoming Chair for the 48th ...").
        named = {
            t[1]: names_a_session(text, a, b)
            for t in triggers
            if t[0].kind is EventKind.forum
            for a, b in names
            if a <= t[1] and t[2] <= b
        }
        triggers = told_by_a_dated_noun(text, triggers)
        no_act = [tells_no_act(text, *t) for t in triggers]  # once per trigger
        dropped: list[tuple[tuple[Trigger, int, int], str]] = []
        if self.candidates is not None:
            dropped = [
                (t, "no act" if no else "organization name")
                for t, no in zip(triggers, no_act, strict=True)
                if no or not named.get(t[1], True)
            ]
        triggers = [
            t for t, no in zip(triggers, no_act, strict=True) if not no and named.get(t[1], True)
        ]
        # "the 75th UN General Assembly, which opens in September": no event word at all
        sessions = [
            (ORGANIZATION_SESSION, a, b)
            for a, b in names
            # an event word in or just after the name tells the session itself: "the
            # first EU-Central Asia summit", "the 22nd EU-ASEAN Ministerial Meeting"
            if not any(a <= t[1] <= b + _SESSION_WORD_AFTER for t in triggers)
            and names_a_session(text, a, b)
        ]
        if sessions:
            named.update((a, True) for _, a, _ in sessions)
            triggers = sorted([*triggers, *sessions], key=lambda t: t[1])
        self._reported = report_days(text, self.timexes[lo:hi], s_start, s_end)
        self._named_years = (
            name_years(text, self.timexes[lo:hi], s_start, s_end)
            if any(t.needs_date_after for t, _, _ in triggers)
            else []
        )
        own, leading = self._own_dates(triggers, dated, clauses, s_start)
        self._undated_sentence = not dated
        self._sentence_dates = dated
        # Read once per sentence, not once per trigger: the sentence may be long.
        self._anaphora = list(islice(ANAPHORIC.finditer(text, s_start, s_end), _MAX_ANAPHORA))
        self._same_day = _SAME_DAY.search(text, s_start, s_end) is not None
        #: The starts of the sentence's triggers counted from the news's day.
        self._counted_from_the_news: set[int] = set()
        found: dict[int, Mention] = {}
        own_span: dict[int, DatedSpan] = {}
        pending: list[int] = []
        for i, (trig, ts, te) in enumerate(triggers):
            if plausible_act(text, trig, ts, te, clauses):
                pending.append(i)
            elif self.candidates is not None:
                dropped.append(((trig, ts, te), "hypothetical or negated"))
        source: dict[int, str] = {}
        counted_keys: set[str] = set()
        # Pass 1: own and leading dates; pass 2: attached, anaphoric, umbrella.
        for rnd in (1, 2):
            for i in list(pending):
                trig, ts, te = triggers[i]
                clause = clause_of(clauses, ts)
                anniversary = self.counted_act(trig, ts, te) if self.counted else None
                told = outside
                if anniversary is not None:
                    # an act an anniversary counts from is told by its counted phrase: its
                    # sides are those named there, not the sentence's leaders of today
                    clause = (anniversary.phrase_start, anniversary.end)
                    told = mentions
                got: tuple[EventDate, str, set[str]] | None = None
                relative = self.relative_acts.get(ts)
                if relative is not None:
                    if rnd == 1 and i not in own:
                        continue  # counted from its sentence's act, once that is dated
                    # its sides and place are its phrase's ("a week after the Bulgarian
                    # prime minister visited Skopje"), not the sentence's act's
                    clause = (max(clause[0], relative.phrase_start), clause[1])
                if rnd == 1:
                    span = own.get(i) or (
                        leading
                        if not (trig.needs_date_after or trig.page_day_unless_after)
                        else self._saying_day(leading)
                        if not trig.needs_date_after
                        else None
                    )
                    if span is None:
                        continue
                    got = (span.date, text[span.start : span.end], set())
                    if span is own.get(i):
                        own_span[i] = span
                    source[i] = "own" if span is own.get(i) else "leading"
                elif relative is not None:
                    got = self._counted_from_the_sentence(
                        relative, ts, found, counted_keys, s_start
                    )
                    source[i] = "own"
                elif ts not in named:
                    if trig.name == "statement-state-said" and self._told_on_another_day(
                        s_start, ts
                    ):
                        pending.remove(i)  # background: no candidate, the sentence's act is
                        continue  # the detector's to read
                    told_today = (
                        {j: m for j, m in found.items() if m.key not in counted_keys}
                        if counted_keys
                        else found
                    )
                    got = self._inferred(
                        i, triggers, told_today, clause, s_start, s_end, told, context
                    )
                    source[i] = "inferred"
                pending.remove(i)
                if got is not None and self._named_ahead(trig, got[0]):
                    got = None  # "a 2050 climate deal": a target's year, no signing
                if got is None:
                    if self.candidates is not None:
                        dropped.append((triggers[i], "undated"))
                    continue
                if rnd == 2 and any(got[1] == r.text for r in self._reported):
                    # "Türkiye seeks ... with Uzbekistan, Yılmaz said on Tuesday while
                    # addressing the forum": the speaker's sentence names the sides.
                    clause = (s_start, clause[1])
                # a pronoun opening a reported clause stands for the sayer: the sayer's clause
                # names the act's sides ("Bolivia announced it had severed ties"); not when it
                # holds a date other than a dateline, the saying's ("today announced that she
                # will travel": the travel would take it)
                # a statement's own text is its sayer's ("the ministry said in a statement"),
                # not when joint: its other sides are told elsewhere ("Jokowi said in a joint
                # press release")
                if ts in self.news_occasions:
                    # "During their meeting in Tokyo, Abe and his Estonian counterpart ...":
                    # the sentence names the sides of the gathering it opens on
                    clause = (clause[0], s_end)
                statement = trig.kind is EventKind.statement
                said = with_its_sayer(
                    text, clauses, ts, the_sayings_own=statement and not _JOINT.search(text, ts, te)
                )
                if (
                    said != clause_of(clauses, ts)
                    and said[1] == clause[1]
                    and not any(
                        said[0] <= d.start < clause[0]
                        and not (statement or is_dateline(text, s_start, d))
                        for d in dated
                    )
                ):
                    clause = (said[0], clause[1])
                m = self._mention(trig, ts, te, clause, (s_start, s_end), got, told, context)
                if m is not None:
                    found[i] = m
                    if ts in self._counted_from_the_news:
                        m.counted_from_the_news = True
                    if anniversary is not None:
                        counted_keys.add(m.key)
                    self._log(trig, m, self.events[-1], "kept", source[i], told, context)
        for (trig, ts, te), fate in dropped:
            self._shadow(trig, ts, te, fate, clauses, dated, (s_start, s_end), outside, context)
        for m in found.values():
            m.related |= {o.key for o in found.values() if o is not m}
        # the other triggers and their own dates end a list of dates
        taken = {t[1] for t in triggers} | {d.start for d in own.values()}
        elided = [
            e
            for i, m in found.items()
            if i in own_span
            for e in self._elided(m, own_span[i], dated, mentions, taken - {m.trigger[0]})
        ]
        elided += [e for m in found.values() for e in self._tour(m)]  # one visit per country
        # one statement or sanction per subject: "both A and B imposed ..."
        elided += [e for m in found.values() for e in self._each_subject(m, mentions)]
        # one meeting, call or visit per listed counterpart
        elided += [e for m in found.values() for e in self._counterparts(m, mentions)]
        for m in [*found.values(), *elided]:
            if m.key not in counted_keys:
                # an act an anniversary counts from is history: no frame, no antecedent of
                # the story's later acts ("eight years after the last session ... invited
                # him to pay an official visit": not a visit of that year)
                self.mentions.append(m)
            self.by_key[m.key] = m

    def _named_ahead(self, trig: Trigger, when: EventDate) -> bool:
        """Whether ``when``, the date written in an agreement's name (rule
        ``agreement-dated-before``: "a 2050 climate deal", "the 2030 climate agreement
        target"), begins after the news was published: a target's year, no signing done."""
        published = getattr(self.doc, "published", None)
        return trig.name in _NAMED_BY_DATE and published is not None and when.start > published

    def _counted_from_the_sentence(
        self,
        act: RelativeAct,
        ts: int,
        found: dict[int, Mention],
        counted_keys: set[str],
        s_start: int,
    ) -> tuple[EventDate, str, set[str]] | None:
        """The date of a trigger told by the time between it and its sentence's act ("met in
        Riyadh on Sunday, two days after the summit in Doha"): counted from the act of the
        sentence nearest before the count, else after it (not another such act, nor one an
        anniversary counts from); when the sentence dates none, from the news's day if the
        sentence tells the news again ("The meeting comes just a week after the Bulgarian
        prime minister visited Skopje": :func:`.news_day.the_news_counts_from`); else None."""
        acts = [
            m
            for m in found.values()
            if m.key not in counted_keys and m.trigger[0] not in self.relative_acts
        ]
        before = [m for m in acts if m.trigger[0] < act.phrase_start]
        anchor = (
            max(before, key=lambda m: m.trigger[0])
            if before
            else min(acts, key=lambda m: m.trigger[0], default=None)
        )
        if anchor is not None:
            since = anchor.date
        elif the_news_counts_from(self, s_start, act.phrase_start, ts):
            news = the_news_day(self)
            if news is None:
                return None
            since = news[0]
            self._counted_from_the_news.add(ts)
        else:
            return None
        when = self.relative_date(act, since)
        if when is None:
            return None
        return when, self.text[act.phrase_start : ts], set()

    def _outside_counted(
        self, mentions: Mentions, start: int, end: int, triggers: list[tuple[Trigger, int, int]]
    ) -> Mentions:
        """The names of the sentence at ``start:end`` less the people and places its
        anniversaries' counted phrases name: theirs are the counted act's ("Li Qiang arrived
        in Canberra on the 10th anniversary of President Xi Jinping's state visit": Xi made
        the visit of 2014, not Li's). States stay: the sides of today are most often those of
        the relations or treaty they mark ("signed a MoU celebrating the 70th anniversary of
        ... relations between Mongolia and China"). A phrase ends at a trigger in it that is
        no counted act ("of Moldova's independence and hold bilateral talks with President
        Maia Sandu": the talks are today's, and so is Sandu)."""
        phrases = []
        for c in self.counted_near(start, end):
            today = (
                ts
                for trig, ts, te in triggers
                if c.phrase_start <= ts < c.end and self.counted_act(trig, ts, te) is None
            )
            phrases.append((c.phrase_start, min(today, default=c.end)))
        if not phrases:
            return mentions
        return Mentions(
            tuple(
                m
                for m in mentions.actors
                if str(m.type) != "person" or not any(a <= m.start < b for a, b in phrases)
            ),
            tuple(m for m in mentions.places if not any(a <= m.start < b for a, b in phrases)),
        )
