"""Dating a trigger: its own date, or the date the discourse gives it.

A temporal expression in the trigger's own clause (TimeML's anchoring of an EVENT
by a TIMEX3 in the same clause) or a date opening the sentence dates it
(:meth:`Dating._own_dates`); else :meth:`Dating._inferred` reads the discourse:
the event it is attached to by "during"/"at"/"following" in the same sentence, an
anaphor to an event told before ("During the visit", "Earlier in the day"), the
visit, summit or meeting of the same countries that frames a signing or a
meeting, the scene the sentence before set, the news of the day, what a speaker
was doing when speaking, the day of the telling written before the page's, and
the publication day for the lede.

What those read is in modules of its own: the event an undated act is at
(:mod:`.antecedents`), the day of the article's news and of a saying that writes no day
(:mod:`.news_day`), an act told by a count of time from another (:mod:`.counted_acts`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..model import ActorType, EventDate, EventKind, Precision
from ..temporal.anchoring_words import WORDS
from ..temporal.lexicon import WEEKDAYS, alternation
from .actor_mentions import Mentions
from .actors import participants_for
from .antecedents import (
    anaphor_antecedent,
    attached_host,
    closed_the_gathering,
    framing_event,
    is_a_definite_reference,
    opening_occasion_end,
    stay_of_a_planned_signing,
)
from .clauses import is_relative_clause, not_the_relatives_date
from .counted_acts import RelativeAct, anniversary_counting, relative_act_date, relative_acts
from .date_positions import in_an_opening_attribution, is_dateline, is_leading
from .dated_spans import DatedSpan
from .discourse import PUBLICATION_DAY, Discourse, Mention, clause_of, distance
from .lexicon import PLANNED_CUES
from .limits import COUNTED_REACH, DISCOURSE_MEMORY
from .named_years import gathering_name
from .news_day import (
    BACKGROUND_AFTER_DAYS,
    opens_on_the_news_occasion,
    the_news_again,
    the_news_day,
    told_as_a_sayings_occasion,
    told_before_the_page,
    undated_saying_date,
)
from .redating import clause_tense
from .stays import told_going_on
from .trigger_rule import Trigger

if TYPE_CHECKING:  # the anniversaries read the discourse's slugs: typed here only
    from .anniversaries import CountedDate

#: A date that names its day itself (a weekday, a number, "yesterday", "today"), not one
#: the story gives ("the day", "that day", "the same day").
_NAMES_A_DAY = re.compile(
    r"\d|\b(?i:yesterday|today|tonight|" + "|".join(sorted(WEEKDAYS)) + r")\b"
)

__all__ = [
    "Dating",
    "is_days",
]


#: Kinds that happen inside a visit, summit or meeting and take its date.
_SUB_EVENTS = (EventKind.signing, EventKind.adoption, EventKind.meeting)

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

#: Rules of a kind that needs its own date whose act is agreed at the table, so dated as the
#: talks it is agreed at are: "They also agreed to set up a joint taskforce" (fiftieth pass).
_AGREED_AT_THE_TABLE = frozenset({"founding-agreed"})

#: Kinds an undated sentence may date by the scene of the sentence before
#: (:meth:`.Discourse._scene`).
_SCENE_KINDS = _INHERITS | {EventKind.ratification}

#: Kinds the lede or a present-tense clause dates with the publication day.
_DATELINED = _INHERITS - {EventKind.statement}

#: Between the day a speaker spoke and the event: what the speaker was doing then.
_WHILE_SAYING = re.compile(
    r"\s*,?\s*(?:while|when|after|at|during|following|upon|on\s+the\s+sidelines\s+of)\b", re.I
)

#: Between a date and the trigger after it: the purpose of the event the date is
#: for ("arrived in Canberra on February 8 for talks", "met on January 5 for the
#: 41st GCC summit"), or a later event ("met in Reykjavik on Monday, ahead of the
#: Nordic summit"), perhaps after the place of the first ("met ... yesterday in Suva at
#: the Samoa High Commission ahead of the upcoming Forum Foreign Ministers Meeting"): the
#: date is the first event's.
_PURPOSE_BETWEEN = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}){0,2}"
    r"\s*,?\s*(?i:for|ahead\s+of|before|prior\s+to)\s+(?i:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"their\s+)?(?:[\w’'.-]+\s+){0,5}",
)

#: Between a date and the trigger after it: an infinitive of purpose ("will travel to
#: Washington ... on May 5, 2025, to meet with ... Trump, on May 6", "agreed on Monday to
#: reopen the crossing starting Wednesday"): when the trigger's own later day follows it, the
#: date is the travel's or the decision's, not the act's (:meth:`Dating._own_dates`).
_TO_PURPOSE = re.compile(r"\s*,?\s+(?i:in\s+order\s+)?to\s+(?:[\w’'-]+\s+){0,3}")

#: Between a date and the trigger after it: "and" opening the next verb phrase ("will come
#: to Russia on Monday and meet Lavrov", "arrive on Thursday and hold talks", "will meet
#: with Macri on Friday and is expected to participate in the signing"; up to six words
#: before the trigger, seventy-second pass): the date is the first phrase's.
_AND_THEN = re.compile(r"\s*,?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:[\w’'-]+\s+){0,6}")

#: How far after a statement's trigger its own day may start: ", issued late on Sunday".
OWN_DAY_AFTER = 30

#: "established in Thailand's Bangkok in 1967": a place before the date.
_PLACE_THEN_IN = re.compile(r"\s*[A-Z][\w’' -]*?\s+in\s+")

#: A sentence that opens with a word of the time the sentence before writes ("Then,", "At
#: the time,"; ``story_time_openers`` of ``data/anchoring_words.yaml``).
_STORY_TIME_OPENS = re.compile(
    rf"[\W_]*(?:{alternation(WORDS.words('story_time_openers'))})\s*,", re.IGNORECASE
)


class Dating(Discourse):
    """Dates triggers from their sentence and from the discourse."""

    def _own_dates(
        self,
        triggers: list[tuple[Trigger, int, int]],
        dated: list[DatedSpan],
        clauses: list[tuple[int, int]],
        s_start: int,
    ) -> tuple[dict[int, DatedSpan], DatedSpan | None]:
        own: dict[int, DatedSpan] = {}
        self.relative_acts = relative_acts(self.text, triggers, s_start)
        # a dateline's day opening the sentence ("Thursday, February 14, Vilnius - On
        # February 21-22, ...") is the day of the telling, no leading date of its acts
        leading = next(
            (
                d
                for d in dated
                if is_leading(self.text, s_start, d) and not is_dateline(self.text, s_start, d)
            ),
            None,
        )
        rest = [d for d in dated if d is not leading]
        # A year in a gathering's name dates that gathering alone, and only when no other
        # date of the sentence does: "attended the 2018 Beijing Summit ... on Sept 3-4".
        names = {d.start: gathering_name(self.text, d) for d in rest}
        # So does a dateline's date, the day of the telling: "MOSCOW, March 27 (Xinhua) --".
        datelines = {d.start for d in rest if is_dateline(self.text, s_start, d)}
        # and an attribution's opening the sentence: "According to Seoul's foreign ministry
        # on Thursday, minister Park Jin had a breakfast meeting ... on Wednesday".
        datelines |= {d.start for d in rest if in_an_opening_attribution(self.text, s_start, d)}

        def told_before(d: DatedSpan, trig: tuple[int, int]) -> bool:
            """Whether the date before the trigger is that of an act told before it: a
            purpose or a later event between them, or the next verb phrase ("will come on
            Monday and meet Lavrov on Tuesday"), or an infinitive of purpose when a later
            day follows the trigger ("travel ... on May 5 to meet with Trump on May 6")."""
            return trig[0] >= d.end and bool(
                _PURPOSE_BETWEEN.fullmatch(self.text, d.end, trig[0])
                or _AND_THEN.fullmatch(self.text, d.end, trig[0])
                or (
                    _TO_PURPOSE.fullmatch(self.text, d.end, trig[0])
                    and any(o.start >= trig[1] and o.date.start > d.date.start for o in dated)
                )
            )

        def rank(d: DatedSpan, trig: tuple[int, int]) -> tuple[bool, bool, tuple[int, int]]:
            weak = names.get(d.start) is not None or d.start in datelines
            return weak, told_before(d, trig), distance(d, trig)

        # A date written inside a rule's match that needs one is that match's own: "denounced
        # the November 27 maritime agreement" is no statement of November 27.
        claimed = {
            d.start
            for trig, ts, te in triggers
            if trig.needs_date_after
            for d in rest
            if ts <= d.start < te
        }
        for i, (trig, ts, te) in enumerate(triggers):
            if trig.page_day_unless_after:  # "said in a statement issued late on Sunday"
                # or the day of the telling, when the saying is the event: "the foreign
                # ministry said Friday" (a report day dates no other event)
                # or its own day written inside it: "Japan on Monday criticized ..."
                nxt = next(
                    (
                        d
                        for d in (*rest, *self._reported)
                        if (0 <= d.start - te <= OWN_DAY_AFTER or ts <= d.start < te)
                        and d.start not in claimed
                    ),
                    None,
                )
                if nxt is not None:
                    own[i] = nxt
                    if nxt in rest:
                        rest.remove(nxt)
            elif trig.needs_date_after:
                nxt = next(
                    (
                        d
                        for d in rest
                        if names.get(d.start) is None
                        and (
                            0 <= d.start - te <= 12
                            or ts <= d.start < te  # "a 1904 treaty"
                            or (
                                d.start - te <= 45
                                and _PLACE_THEN_IN.fullmatch(self.text, te, d.start)
                            )
                        )
                    ),
                    None,
                )
                if nxt is None:  # "the 2015 nuclear deal": the year names the text signed
                    nxt = next((d for d in self._named_years if ts <= d.start < te), None)
                if nxt is not None:
                    own[i] = nxt
                    if nxt in rest:
                        rest.remove(nxt)
        # "During their talks, ...": the opening anaphor's date is its antecedent's
        occasions = {
            i: end
            for i, (_, ts, te) in enumerate(triggers)
            if (end := opening_occasion_end(self.text, s_start, (ts, te))) is not None
        }
        for d in rest:
            clause = clause_of(clauses, d.start)
            name = names.get(d.start)
            best: tuple[tuple[int, int], int] | None = None
            for i, (trig, ts, te) in enumerate(triggers):
                if trig.needs_date_after or trig.page_day_unless_after:
                    continue
                if i in occasions and d.start >= occasions[i]:
                    continue
                if name is not None and te <= name[0]:
                    continue  # "met ... before the 2018 Beijing Summit": not the meeting's
                relative = self.relative_acts.get(ts)
                if relative is not None and d.start < relative.phrase_start:
                    continue  # "met on Tuesday, a week after ... visited": the meeting's
                own_clause = clause_of(clauses, ts)
                # a trigger of a relative clause the date lies outside of is not the date's
                # ("discussions between Sirisena, who is on an official visit to Pakistan,
                # and Abbasi was held last night": the discussions', not the visit's)
                same = clause[0] <= ts < clause[1] and (
                    own_clause == clause or not is_relative_clause(self.text, own_clause)
                )
                # a relative clause's date is its own verb's, not the act after it ("The
                # agreement, which builds on the declaration signed on April 25, takes
                # effect"), but a journey's start dates the visits told after it ("In this
                # tour, which is due to start on Tuesday, the minister is to visit Lebanon")
                if trig.kind is not EventKind.visit and not_the_relatives_date(
                    self.text, clause, (ts, te)
                ):
                    continue
                dist = distance(d, (ts, te))
                if not same and (dist[0] > 40 or self.text.startswith("since", clause[0])):
                    continue  # "a visit since taking office in 2013": the start of a state
                purpose = told_before(d, (ts, te))
                score = (dist[0] + (0 if same else 1000) + (500 if purpose else 0), dist[1])
                if best is None or score < best[0]:
                    best = (score, i)
            if best is not None:
                i = best[1]
                if i not in own or rank(d, triggers[i][1:]) < rank(own[i], triggers[i][1:]):
                    own[i] = d
        for i, (_, ts, _) in enumerate(triggers):
            act = self.relative_acts.get(ts)
            if act is not None and i in own and own[i].start < act.phrase_start:
                del own[i]  # the sentence's act's date, not this one's
        if self.counted:
            for i, (trig, ts, te) in enumerate(triggers):
                counted = self.counted_act(trig, ts, te)
                if counted is not None:
                    own[i] = DatedSpan(
                        counted.start,
                        counted.phrase_start,
                        self.text[counted.start : counted.phrase_start],
                        EventDate.from_value(counted.value),
                    )
        return own, leading

    def relative_date(self, act: RelativeAct, anchor: EventDate) -> EventDate | None:
        """The date of a relative act counted from its sentence's act's ``anchor``
        (:func:`.counted_acts.relative_act_date`)."""
        return relative_act_date(act, anchor)

    def counted_near(self, start: int, end: int) -> list[CountedDate]:
        """The document's counted acts whose count is told within ``start:end`` (a
        bisection: each trigger asks of a few, however many the document holds)."""
        starts = self.counted_starts
        return self.counted[bisect_left(starts, start) : bisect_left(starts, end)]

    def counted_act(self, trig: Trigger, ts: int, te: int) -> CountedDate | None:
        """The anniversary whose counted act the trigger at ``ts:te`` tells (the head of its
        counted phrase, :data:`.counted_acts._COUNTED_HEAD`, not a clause's subject): "the 10th
        anniversary of President Xi Jinping's state visit" is a visit ten years before the
        anniversary's year, not one of the sentence's date (the document's
        :func:`.anniversaries.counted_dates`, dated and told by its phrase); None for any
        other trigger, and for a saying, which is dated by its own day.

        >>> from types import SimpleNamespace
        >>> from .anniversaries import CountedDate
        >>> text = "Li came on the 10th anniversary of Xi's state visit and held talks."
        >>> reading = Dating.__new__(Dating)
        >>> reading.text = text
        >>> reading.counted = [CountedDate(15, 35, 65, (0, 66), 10, False, "2014")]
        >>> reading.counted_starts = [15]
        >>> rule = SimpleNamespace(page_day_unless_after=False)
        >>> reading.counted_act(rule, text.index("visit"), text.index(" and")).value
        '2014'
        >>> reading.counted_act(rule, text.index("talks"), text.index(".")) is None
        True
        """
        if trig.page_day_unless_after:
            return None
        return anniversary_counting(
            self.text, self.counted_near(ts - COUNTED_REACH, ts + 1), ts, te
        )

    def _inferred(
        self,
        i: int,
        triggers: list[tuple[Trigger, int, int]],
        found: dict[int, Mention],
        clause: tuple[int, int],
        s_start: int,
        s_end: int,
        mentions: Mentions,
        context: list[str],
    ) -> tuple[EventDate, str, set[str]] | None:
        """The date the discourse gives a trigger (:meth:`_discourse_date`); the last day of
        a range of days so given when its clause says the act closed it ("Concluding the
        forum, Laos handed over the chairmanship", "concluded with the signing of a
        protocol", "communique issued at the conclusion of the meeting")."""
        got = self._discourse_date(i, triggers, found, clause, s_start, s_end, mentions, context)
        if (
            got is None
            or not is_days(got[0])
            or not closed_the_gathering(self.text, clause[0], triggers[i])
        ):
            return got
        last = got[0].end
        return EventDate.from_value(last.isoformat()), got[1], got[2]

    def _saying_day(self, leading: DatedSpan | None) -> DatedSpan | None:
        """The sentence's opening day when it dates a saying that writes no day of its own
        after it ("On Monday, Japan urged China ...", "On Thursday, Russia said that it would
        respond"): one day of the past week up to the page's day, as a
        saying is told once made. A month or a year opening the sentence is background
        (:meth:`_told_on_another_day`), and a day to come or a range of days dates no
        saying: then None, and the page's day stands."""
        page = self.dateline
        if (
            leading is None
            or page is None
            or leading.date.precision is not Precision.day
            or is_days(leading.date)
            or not _NAMES_A_DAY.search(leading.text)  # "Earlier in the day": the story's
        ):
            return None
        return (
            leading if 0 <= (page.start - leading.date.end).days <= BACKGROUND_AFTER_DAYS else None
        )

    def _told_on_another_day(self, s_start: int, ts: int) -> bool:
        """Whether the sentence writes, before a state's saying at ``ts``, a date that ended
        more than a week before the page's day ("In 1998, after ..., Peru announced ...",
        "In March, ..." on a page of May): the saying is background told in its own past,
        not a statement of the page's day. A day of the past week or the lede's day ("On
        Monday, Japan urged China ...", "After the talks on Monday, ...") dates the saying
        itself, as :meth:`_inferred` reads it (review30 finding 2); a day to come ("the
        talks scheduled next week, Russia has threatened ...") leaves the page's day."""
        page = self.dateline
        return page is not None and any(
            s_start <= d.start
            and d.end <= ts
            and (page.start - d.date.end).days > BACKGROUND_AFTER_DAYS
            for d in self._sentence_dates
        )

    def _discourse_date(
        self,
        i: int,
        triggers: list[tuple[Trigger, int, int]],
        found: dict[int, Mention],
        clause: tuple[int, int],
        s_start: int,
        s_end: int,
        mentions: Mentions,
        context: list[str],
    ) -> tuple[EventDate, str, set[str]] | None:
        text = self.text
        trig, ts, te = triggers[i]
        if trig.page_day_unless_after:  # no day of its own: the page's, not the news'
            return undated_saying_date(self, trig, (ts, te), s_start)
        if trig.needs_date_after:
            return None
        if _STORY_TIME_OPENS.match(text, s_start) and (story := self._story_time()) is not None:
            return story, "", set()  # "Then, the country's top diplomat visited ..."
        if trig.kind not in _INHERITS and trig.name not in _AGREED_AT_THE_TABLE:
            if trig.kind not in _SCENE_KINDS or not self._undated_sentence:
                return None
            countries = self._countries_near(trig.kind, (ts, te), clause, mentions, context)
            return self._scene(countries)
        # Attached in the sentence: "signed ..., during the Samarkand Summit".
        host = attached_host(text, (ts, te), s_start, found)
        if host is not None:
            return _dated_as(host)
        countries = self._countries_near(trig.kind, (ts, te), clause, mentions, context)
        if (
            is_a_definite_reference(text, trig, (ts, te), s_start)
            and self._antecedent([trig.kind], countries) is not None
        ):
            self.told_already.add(ts)
            return None  # refers back to an event already extracted
        if _RECENT_BEFORE.search(text, max(clause[0], ts - 60), ts) is not None:
            return None  # "hailed the Crown Prince's recent tour": an earlier act, undated
        # Anaphora: "During the visit", "Following the negotiations".
        anaphor = anaphor_antecedent(self, ts, clause, found)
        if anaphor is not None:
            return _dated_as(*anaphor)
        if self._same_day:
            ante = self.mentions[-1] if self.mentions else None
            if (
                ante is not None
                and ante.date.precision is Precision.day
                and (self.last_day is None or ante.sentence[0] >= self.last_day[0])
            ):
                return _dated_as(ante)
            if self.last_day is not None:
                return self.last_day[1], "", set()
        # The framing visit, summit or meeting of the same countries, told in this
        # sentence ("signed six agreements ... after they held talks Monday") or before.
        if (trig.kind in _SUB_EVENTS or trig.name in _AGREED_AT_THE_TABLE) and countries:
            frame = framing_event(self.mentions, trig, ts, countries, found, (s_start, s_end))
            if frame is not None:
                return _dated_as(frame)
        # A planned signing whose sentence names no side and no day ("Several agreements are
        # expected to be signed", "More than ten joint documents are due to be signed at the
        # event"): at the visit or summit the article told last (fifty-third pass).
        if (
            trig.kind is EventKind.signing
            and not countries
            and self._undated_sentence
            and PLANNED_CUES.search(text, s_start, ts) is not None
        ):
            stay = stay_of_a_planned_signing(self.mentions)
            if stay is not None:
                return _dated_as(stay)
        planned = PLANNED_CUES.search(text, clause[0], ts) is not None
        if planned and self._undated_sentence:
            leg = self._a_leg_of_the_journey(trig, (s_start, s_end))
            if leg is not None:
                return leg
        if not planned and self._undated_sentence:
            series = self._the_series_day(trig, (ts, te), (s_start, s_end))
            if series is not None:
                return series
        if (
            not planned
            and self._undated_sentence
            and self._a_visit_of_the_news(i, triggers, clause, s_start)
        ):
            contact = self._contact_of(countries)
            if contact is not None:
                return _dated_as(contact)
        scene = None if planned or not self._undated_sentence else self._scene(countries)
        if scene is not None:
            return scene
        news = None if planned or not self._undated_sentence else self._news_of(countries)
        if news is not None:
            return _dated_as(news)
        if trig.kind not in _DATELINED or planned:
            return None
        # What the speaker was doing when speaking: "said on Tuesday while addressing
        # the forum", "said on Monday after meeting ...".
        for r in self._reported:
            if r.end <= ts and _WHILE_SAYING.match(text, r.end, ts):
                return r.date, text[r.start : r.end], set()
        # The news of the day: an undated lede ("X has been elected chairperson of the
        # AU", "the leaders at the talks in Brussels agreed") and what is going on
        # "currently" happen on the publication day, and so does a stay told going on ("who
        # is on a two-day state visit to Pakistan": :func:`.stays.told_going_on`) or a
        # presence told in the present ("Kamikawa and Kihara are in the Philippines for the
        # 2+2": fifty-ninth pass).
        lede = s_start == self.lede_start and self._undated_sentence
        # Unless its undated sentence writes the day it was told, before the page's: the
        # act is no later than that ("Tebboune announced Tuesday in Algiers the opening of
        # the borders", "..., the ministry said Wednesday": wire copy is published the
        # day after the telling).
        told = told_before_the_page(self, (ts, te))
        if told is not None and (self._undated_sentence or self._present(clause)):
            return told.date, text[told.start : told.end], set()
        if self.dateline is not None and (
            lede
            or self._present(clause)
            or told_going_on(text, clause[0], ts)
            or (trig.name == "presence" and _IN_THE_PRESENT.search(text, ts, te) is not None)
            or self._the_ledes_perfect(s_start, clause, (ts, te))
        ):
            return self.dateline, PUBLICATION_DAY, set()
        # A gathering or contact told as the occasion of a saying, its sentence writing no
        # day ("Xi said during his talks with the President of the DRC"): the saying is the
        # news's, and so is its occasion (fifty-third pass).
        if self._undated_sentence and told_as_a_sayings_occasion(text, s_start, ts):
            return the_news_day(self)
        # The news told again by a definite noun, and the gathering it came at or after:
        # "The accord came after talks between ...", "The pact was unveiled at a two-day
        # summit": the gathering is the news's occasion, of its day.
        if self._undated_sentence and the_news_again(self, trig.kind, s_start, ts):
            return the_news_day(self)
        # A sentence that opens on the gathering its acts were done at, the lede's sides its
        # own ("During their meeting in Tokyo, Abe and his Estonian counterpart also
        # stressed ...", "At a meeting in the Oval Office, Biden and Lula expressed ..."):
        # the body goes on with the lede's news at its occasion (seventy-fourth pass).
        # Its sides are the sentence's, the phrase naming none ("During their meeting in
        # Tokyo, Prime Minister Shinzo Abe and his Estonian counterpart ..."). Not when the
        # article told a gathering of its kind already ("met with his American counterpart
        # Joe Biden in Paris" before "At a meeting with the US president, Zelensky ..."):
        # that one told again, whatever sides the whole sentence names.
        if (
            self._undated_sentence
            and opens_on_the_news_occasion(self, trig.kind, (s_start, s_end), (ts, te))
            and self._antecedent([trig.kind]) is None
        ):
            self.news_occasions.add(ts)
            return the_news_day(self)
        return None

    def _the_ledes_perfect(
        self, s_start: int, clause: tuple[int, int], trigger: tuple[int, int]
    ) -> bool:
        """Whether the trigger is told in the present perfect in the undated sentence right
        after the lede, not in a relative clause ("The Foreign Affairs Ministers of Spain
        ... and Portugal ... have held in Madrid the first bilateral meeting" after a
        standfirst, "Iraqi Prime Minister Adel Abdul Mahdi has visited Tehran for talks";
        not "the Mexican firefighters who have travelled to Manitoba"): the news's own
        report, of the page's day (sixty-eighth pass; the present perfect tells a past
        act as current news, TimeML 1.2.1 tense "PRESENT", aspect "PERFECTIVE"). Further
        on, a perfect is as often background ("has visited the continent several times")."""
        return (
            self._undated_sentence
            and 0 <= self.lede_end <= s_start
            and not self.text[self.lede_end : s_start].strip()
            and clause_tense(self.text, clause, trigger) == "perfect"
            and _RELATIVE_PERFECT.search(self.text, max(clause[0], trigger[0] - 60), trigger[0])
            is None
        )

    def _a_visit_of_the_news(
        self,
        i: int,
        triggers: list[tuple[Trigger, int, int]],
        clause: tuple[int, int],
        s_start: int,
    ) -> bool:
        """Whether trigger ``i``, of an undated sentence, is a visit that the contact of
        the news between its two states dates (:meth:`.discourse.Discourse._contact_of`:
        "Calling Mamau's visit to China 'an important landmark'" after "Xi made the
        remarks during talks with Mamau ... in Beijing" on Monday; sixty-eighth pass): the
        sentence's only visit (not a journey's legs: "Kishida is travelling to Cambodia
        after concluding his India visit"), not one invited to ("has invited the Head of
        the Spanish Government to pay an official visit") and no definite reference ("This
        visit will be an opportunity": the visit told before, whatever its day)."""
        trig, ts, te = triggers[i]
        return (
            trig.kind is EventKind.visit
            and not any(
                j != i and other.kind is EventKind.visit for j, (other, _, _) in enumerate(triggers)
            )
            and _INVITED.search(self.text, clause[0], ts) is None
            and not is_a_definite_reference(self.text, trig, (ts, te), s_start)
        )

    def _the_series_day(
        self, trig: Trigger, trigger: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[EventDate, str, set[str]] | None:
        """The day of the contact or gathering the article told last, for an undated one
        told with "also" (or "another", or a word of the story's next step: "then met",
        "Afterwards, Lula met") right before its verb ("Mekdad also met with Jordanian Foreign
        Minister Ayman Al-Safadi", "The Prime Minister also met with the leaders of Algeria
        ...", "The Ministers also visited the Šiauliai Air Base"): "also" goes on with the
        occasion told before. That act's date must be one day, not after the page; not when
        the sentence puts the act at a time of its own (``series_breaks`` of
        ``data/anchoring_words.yaml``: "has also visited Eritrea recently", "Earlier, ...
        also had a telephone conversation"), nor a plan (the caller's). Fifty-ninth pass.

        An act told in the past goes on with the last occasion of the past, not with a plan
        told in between ("One of the meetings was with ... Fernández" on Monday, then his
        "On the 23rd of January we will meet in Argentina", then "Another meeting was with
        Chilean President Gabriel Boric": Monday's; :meth:`_past_occasion`)."""
        ts = trigger[0]
        if (
            trig.kind not in _SERIES_KINDS
            or (
                _ALSO_BEFORE.search(self.text, max(sentence[0], ts - _ALSO_REACH), ts) is None
                and _NEXT_STEP_BEFORE.search(self.text, max(sentence[0], ts - 15), ts) is None
                and _NEXT_STEP_OPENS.match(self.text, sentence[0]) is None
            )
            or _SERIES_BREAK.search(self.text, *sentence) is not None
        ):
            return None
        last = self._past_occasion(trigger, sentence)
        if last is None or last.undated:
            story = self._the_storys_last_day(last, sentence)
            if story is not None:
                return story, "", set()
        if (
            last is None
            or last.date.precision is not Precision.day
            or is_days(last.date)
            or (self.dateline is not None and last.date.start > self.dateline.end)
        ):
            return None
        return _dated_as(last)

    def _the_storys_last_day(
        self, occasion: Mention | None, sentence: tuple[int, int]
    ) -> EventDate | None:
        """The day the story told last before ``sentence``, for an "also" act whose occasion
        has no day of its own (none told, or one the page's day dated for want of one): the
        frame the story set since ("President Weah has received ... Maada Bio on a one-day
        working visit" undated, then "Maada Bio and delegation arrived on Tuesday, May 8",
        then "Both Presidents ... also held discussions": May 8; "On March 15, Baku hosted
        the tripartite foreign Ministerial ... Georgian FM Darchiashvili also held bilateral
        meetings"). One day, told after the occasion's sentence, of the week up to the
        page's day: an older day is background ("sworn in on April 4"), a later one a plan
        (seventy-second pass)."""
        page, told = self.dateline, self.last_day
        if page is None or told is None or told[0] >= sentence[0]:
            return None
        if occasion is not None and told[0] < occasion.sentence[1]:
            return None
        day = told[1]
        if is_days(day) or not 0 <= (page.start - day.end).days <= BACKGROUND_AFTER_DAYS:
            return None
        return day

    def _past_occasion(self, trigger: tuple[int, int], sentence: tuple[int, int]) -> Mention | None:
        """The contact, gathering or signing the article told last before ``sentence``
        (:data:`_SERIES_KINDS`); for an act told in the past ("Lula also met", "Another
        meeting was with"), the last one not dated after the page's day: a plan told in
        between ("we will meet in Argentina on the 23rd") is not the occasion a past act
        goes on with (seventy-second pass). An act told otherwise ("Trump is also meeting
        with Xi", a plan in the present) may be one more act of that plan."""
        page = self.dateline
        past = page is not None and (
            clause_tense(self.text, sentence, trigger) in ("past", "perfect")
            or _PAST_COPULA_AFTER.match(self.text, trigger[1]) is not None
        )
        return next(
            (
                m
                for m in reversed(self.mentions[-DISCOURSE_MEMORY:])
                if m.kind in _SERIES_KINDS
                and m.sentence[0] < sentence[0]
                and not (past and page is not None and m.date.start > page.end)
            ),
            None,
        )

    def _a_leg_of_the_journey(
        self, trig: Trigger, sentence: tuple[int, int]
    ) -> tuple[EventDate, str, set[str]] | None:
        """The date of the journey a planned visit with no date of its own is a leg of: the
        visit the article told last, of a date after the page's, when its sentence or the
        visit's names a journey (``journey_nouns`` of ``data/anchoring_words.yaml``: "On
        January 23, Lavrov will start an African tour. Lavrov will visit South Africa,
        Eswatini, Botswana and Angola": not the page's day, but the tour's). Sixty-fifth
        pass."""
        if trig.kind is not EventKind.visit or self.dateline is None:
            return None
        last = next(
            (
                m
                for m in reversed(self.mentions[-DISCOURSE_MEMORY:])
                if m.kind is EventKind.visit and m.sentence[0] < sentence[0]
            ),
            None,
        )
        if last is None or last.undated or last.date.start <= self.dateline.end:
            return None
        if _A_JOURNEY.search(self.text, *last.sentence) is None:
            return None
        return _dated_as(last)

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


#: "recent" right before an act's noun, a few words between: "the Saudi Crown Prince's
#: recent tour of the Gulf", "the recent meeting in Berlin".
_RECENT_BEFORE = re.compile(
    r"(?:\b(?:a|an|his|her|their|its|our|my)|[\w.]+[’']s?)\s+(?:most\s+)?recent\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def is_days(when: EventDate) -> bool:
    """Whether a date is a range of days ("11 – 14 July 2022")."""
    return when.precision is Precision.day and when.end > when.start


#: The contacts, gatherings and signings whose undated "also" goes on with the one told
#: before (:meth:`Dating._the_series_day`): "The leaders also signed a joint statement" after
#: the treaty they signed is one more act of that occasion (seventy-second pass).
_SERIES_KINDS = frozenset(
    {EventKind.meeting, EventKind.call, EventKind.visit, EventKind.summit, EventKind.signing}
)
#: A word that goes on with the occasion told before (``series_continuations``: "also",
#: "another") and up to two words before the trigger, none a preposition ("also met", "also
#: had a", "also held", "Another bilateral meeting"; not "is also in accession talks", "also
#: scheduled to visit"), found within :data:`_ALSO_REACH` characters before it.
_ALSO_BEFORE = re.compile(
    rf"\b(?:{alternation(WORDS.words('series_continuations'))})\s+(?:(?!(?:"
    + alternation(WORDS.words("recency_phrase_prepositions"))
    + r")\s)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ALSO_REACH = 40
#: A word of the story's next step right before the trigger ("then met", "afterwards held";
#: ``series_next_steps``), or opening its sentence before a comma ("Afterwards, Lula met
#: with the president of Cuba"): the act goes on with the occasion told before, as "also"
#: does (:meth:`Dating._the_series_day`; seventy-second pass).
_NEXT_STEP_BEFORE = re.compile(
    rf"\b(?:{alternation(WORDS.words('series_next_steps'))})\s+$", re.IGNORECASE
)
_NEXT_STEP_OPENS = re.compile(
    rf"[\W_]*(?:{alternation(WORDS.words('series_next_steps'))})\s*,", re.IGNORECASE
)
#: A past copula right after a noun trigger ("Another meeting was with Chilean President
#: Gabriel Boric"): the act is told in the past (:meth:`Dating._past_occasion`).
_PAST_COPULA_AFTER = re.compile(r"\s+(?:was|were)\b", re.IGNORECASE)
#: A word that puts an "also" act at a time of its own (``series_breaks``).
_SERIES_BREAK = re.compile(rf"\b(?:{alternation(WORDS.words('series_breaks'))})\b", re.IGNORECASE)

#: A journey of several legs ("an African tour", "his regional trip"): ``journey_nouns``
#: (:meth:`Dating._a_leg_of_the_journey`).
_A_JOURNEY = re.compile(rf"\b(?:{alternation(WORDS.words('journey_nouns'))})\b", re.IGNORECASE)

#: A ``presence`` told in the present ("is in", "are also in"): the page's day is one of
#: its days (:meth:`Dating._discourse_date`).
_IN_THE_PRESENT = re.compile(r"\s(?:is|are)\s", re.IGNORECASE)


#: A relative clause's present perfect before a trigger ("firefighters who have travelled
#: to Manitoba"): background to its main clause, not the news's report.
_RELATIVE_PERFECT = re.compile(r"\b(?:who|which|that)\s+(?:has|have|'ve)\b", re.IGNORECASE)


#: An invitation before a visit's trigger ("has invited the Head of the Spanish Government
#: to pay an official visit"): a visit to come, whose day is not the news's.
_INVITED = re.compile(r"\binvit(?:e|es|ed|ing|ation|ations)\b", re.IGNORECASE)


def _dated_as(m: Mention, told: str = "") -> tuple[EventDate, str, set[str]]:
    """The date of mention ``m`` for another mention, with the text that tells it: the
    publication day's mark (:data:`.discourse.PUBLICATION_DAY`) if ``m`` had no date of its
    own, so the other has none either."""
    return m.date, PUBLICATION_DAY if m.undated else told, {m.key}
