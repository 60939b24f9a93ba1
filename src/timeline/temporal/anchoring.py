"""Anchoring: where an underspecified expression lands on the calendar.

TimeML distinguishes fully specified expressions ("May 3, 2022") from
underspecified ones that need an anchor ("in March", "on Tuesday", "last
year"; ``temporalFunction="true"`` in TimeML 1.2.1, section 2.2). This
module decides where such an expression lands, from the anchors a news article
offers (those the text names as it goes are remembered by :mod:`.reference_time`)
and the tense (:mod:`.clause_tense`) for the direction:

* the **document creation time** (DCT, the publication date) anchors deictic
  expressions: "today", "last year", "on Tuesday", "in March";
* the **reference time**, the last explicit date the narrative mentioned in the
  same paragraph, anchors a bare month: after "On March 29-30, 2022 ...",
  "Earlier in March" is March 2022 whatever the publication date;
* the **last day or year named** ("on Tuesday", "in 1988") anchors anaphoric
  expressions, which point back into the narrative rather than at the DCT:
  "the next day", "that year", "two days later", "the previous Friday";
* the **tense** of the clause around the expression decides between the
  past and the future occurrence: news reports the past, so an untensed
  "in March" in a December article is the March just gone, while "will be
  held in March" is the next one. A weekday in the past is the most recent
  such day on or before the DCT; in the future, the next one on or after it.
"""

from __future__ import annotations

import re
from datetime import date

from .anchoring_words import WORDS
from .calendar_values import in_calendar, shift_days
from .clause_tense import (
    PAST_PERFECT,
    Tense,
    has_plan_infinitive,
    is_past_verb,
    last_plan_infinitive,
    last_plan_progressive,
)
from .reference_time import Reference, StoryAnchors, remembered_point

__all__ = ["Context"]

#: Future markers too weak to send a possessive weekday ("Friday's purchases") ahead.
_WEAK_FUTURE = frozenset(WORDS.words("weak_future"))
#: "ahead of", "before" ... right before a weekday: the weekday is the first one after the
#: day the sentence named before it (see Context.weekday).
_AFTER_THE_STORY_DAY = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in WORDS.words("after_the_story_day"))
    + r")\s+(?:the\s+)?\Z",
    re.I,
)
#: A day named without a year this close ahead of the DCT is the coming one.
_NEAR_FUTURE_DAYS = 62
#: A weekday this few days after the DCT's, in a clause without a past marker near it, is
#: the coming one: news names tomorrow's plans by their weekday ("to visit Qatar on
#: Tuesday" on a Monday), a day six days back with a past verb (see Context.weekday).
_NEAR_FUTURE_WEEKDAYS = 2
#: A month named without a year this many months ahead of the DCT's is the coming one.
_NEAR_FUTURE_MONTHS = 2
#: A relative year just ended ("last year", "next year"): a month named after it in the
#: same sentence is in that year.
_RELATIVE_YEAR_END = re.compile(r"\b(?:last|next|this)\s+year\Z", re.I)

#: Planned events: one between a past verb and "in <month>" makes the month the event's
#: ("announced a visit to Azerbaijan in November"), see Context._in_a_past_month.
_PLANNED_EVENTS = frozenset(WORDS.words("planned_events"))
#: The past verbs of a plan: a planned event after one is the month's ("announced a visit").
_PLANNING_VERBS = frozenset(WORDS.words("planning_verbs"))
#: The words that make an infinitive after them a plan ("invited ... to attend", "the
#: proposal ... to hold", "the initiative ... to hold"), see Context._planned_ahead.
_PLAN_GOVERNORS = frozenset(WORDS.words("plan_governors"))
#: How far (characters) before a plan's "to" its governing word may stand ("invited the
#: heads of the Turkic Council member states to attend").
_GOVERNOR_REACH = 80
#: Between a plan and the month, these open a time clause of its own ("is visiting Sri
#: Lanka after assuming office in November"): the month is that clause's.
_TIME_CLAUSE_OPENERS = frozenset(WORDS.words("time_clause_openers"))
#: Between a present progressive and the month, a relative pronoun opens another clause
#: ("is visiting the camp which Kenya set up in June"), see
#: _in_the_progressives_clause.
_RELATIVE_PRONOUNS = frozenset(WORDS.words("relative_pronouns"))
#: Between a present progressive and the month, a comma (an apposition, another clause)
#: or a noun's "of the" phrase ("is visiting the site of the floods in December": the
#: month may be the floods').
_OUTSIDE_THE_PROGRESSIVE = re.compile(r"[,;:]|\bof\s+the\b")
#: The word right after a day: the noun it names when it is not one of these
#: ("the April 11 signing"; not "the May 5 to 7 ...", "the March 3 and ...").
_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
_NOT_NOUNS_AFTER_A_DATE = frozenset(WORDS.words("not_nouns_after_a_date"))
#: Right before a day or month that names an event: "the April 11 signing", "Modi's June
#: visit"; not "a": "a July summit" is news of one to come (test-ad, recorded).
_DETERMINERS = ("the ", "'s ", "\u2019s ")
#: Before "the" of such a day or month: the dated noun inside another noun phrase ("the
#: implementation of the July 9 agreement", "after the April 11 signing"); not the object
#: of the clause's own verb ("will attend the November summit": the summit is the act).
_INSIDE_ANOTHER_PHRASE = re.compile(r"\b(?:of|after|since|following)\s+the \Z")
#: The noun after such a day and its own plan ("the Sept. 14 meeting, due to be held",
#: "the June 5 summit scheduled for Geneva", "the Oct. 2 elections to be held").
_EVENT_OWN_PLAN = re.compile(
    r"(?:[ \t]+[a-z][a-z-]*){1,3},?[ \t]+(?:(?:is|are|was|were)[ \t]+)?"
    r"(?:(?:due|scheduled|slated|set|planned|expected)[ \t]+(?:to|for|in|on)"
    r"|to[ \t]+(?:be[ \t]+held|take[ \t]+place))\b"
)
#: Words that tell a past act as recent ("the latest meeting"), and adverbs that do before
#: a past verb ("it just attended", "already opened"), see Context._told_as_recent.
_RECENCY_WORDS = frozenset(WORDS.words("recency_words"))
_RECENCY_ADVERBS = frozenset(WORDS.words("recency_adverbs"))
#: Words that open a clause or noun phrase of their own between a recency word and the
#: month's verb, and the prepositions after which they do not (Context._in_the_months_clause).
_RECENCY_CLAUSE_OPENERS = frozenset(WORDS.words("recency_clause_openers"))
_RECENCY_PREPOSITIONS = frozenset(WORDS.words("recency_phrase_prepositions"))
#: How far (characters) before a month or day such a word may stand, in its sentence.
_RECENCY_REACH = 100
#: The words of a stretch of text, lower case.
_WORD = re.compile(r"[a-z]+")
#: "in" right before an expression, whatever the space ("In  early February").
_IN_BEFORE = re.compile(r"\b[Ii]n\s+\Z")
#: "back in January": the writer points back from the time of the report (see
#: Context._told_back).
_BACK_IN_BEFORE = re.compile(r"\bback\s+in\s+\Z", re.IGNORECASE)


def _in_the_progressives_clause(between: str) -> bool:
    """Whether a month after ``between`` (the words from a present progressive to the
    month's "in") is in the progressive's own clause: no comma, semicolon or colon (an
    apposition, another clause), no relative pronoun (``relative_pronouns``) and no noun's
    "of the" phrase between.

    >>> _in_the_progressives_clause(" ")
    True
    >>> _in_the_progressives_clause(" talks in Nairobi ")
    True
    >>> _in_the_progressives_clause(" the refugees, a programme it set up ")
    False
    >>> _in_the_progressives_clause(" the site of the floods ")
    False
    >>> _in_the_progressives_clause(" the camp which Kenya set up ")
    False
    """
    if _OUTSIDE_THE_PROGRESSIVE.search(between):
        return False
    return _RELATIVE_PRONOUNS.isdisjoint(_WORD.findall(between.lower()))


def _names_a_planned_event(verb: str, between: str) -> bool:
    """Whether a past verb of planning and the words after it up to "in <month>" name a
    planned event, which the month then dates ("announced a visit to Azerbaijan", "agreed
    on a summit in Baku"), not a told one ("made an official visit in Manila").

    >>> _names_a_planned_event("announced", " a visit to Azerbaijan ")
    True
    >>> _names_a_planned_event("made", " an official visit in Manila ")
    False
    """
    return verb.lower() in _PLANNING_VERBS and not _PLANNED_EVENTS.isdisjoint(
        _WORD.findall(between.lower())
    )


class Context(StoryAnchors):
    """Per-document anchoring state while one text is tagged, left to right: the anchors
    the text has named (:class:`~timeline.temporal.reference_time.StoryAnchors`) and the
    day or year an expression lands on."""

    __slots__ = ()

    def quarter_year(self, quarter: int, start: int, end: int) -> int | None:
        """The year of a quarter named without one ("the fourth quarter"), by tense: a
        quarter after the DCT's told in the past is last year's; one two quarters or more
        before the DCT's told ahead ("the merger closes in the first quarter" in an August
        article) is next year's, as a month is (:meth:`month_year`; TimeML 1.2.1, section
        2.2, ``value``: the direction of the expression's own clause). The quarter just
        before the DCT's keeps its year told ahead too: its results are reported after it
        ends ("will report third-quarter earnings" in an October article)."""
        if self.dct is None:
            return None
        current = (self.dct.month - 1) // 3 + 1
        if quarter == current:
            return self.dct.year
        tense = self.tense(start, end)
        if quarter > current and tense is Tense.past:
            return self.dct.year - 1 if in_calendar(self.dct.year - 1) else None
        if quarter < current - 1 and tense is Tense.future:
            return self.dct.year + 1 if in_calendar(self.dct.year + 1) else None
        return self.dct.year

    def _ahead_of_a_past_reference(self, ref: Reference, start: int, end: int) -> bool:
        """A clause in the future ("will join NATO on March 12") after a past year ("July 1997").

        The reference time cannot anchor it: the DCT does. "Would" is left out,
        since it is also the future of a past narrative ("in 1997 he said it would").
        """
        if self.dct is None or ref.year >= self.dct.year:
            return False
        cue = self._future_cue(start, end)
        return cue is not None and cue not in ("would", "by", "until", "till", "before")

    def _told_as_recent(self, ref: Reference, start: int) -> bool:
        """Whether the month or day at ``start`` is told as a recent act while the reference
        time is in a year before the DCT's: a word of ``recency_words`` ("The latest
        NATO-Russia Council meeting was held in late May", after "established on May 28,
        2002"), or one of ``recency_adverbs`` before a past verb ("the meeting of foreign
        ministers it just attended in early February", after "applied ... on March 4,
        2011"; "Colombia already opened its border crossing point on 19 May", after "closed
        in March 2020"), within :data:`_RECENCY_REACH` characters before it in its sentence
        and no past perfect there ("had already met in May": the story's past). Such an act
        is placed from the time of the report, so the DCT anchors it, not the older
        reference time (TimeML 1.2.1, section 2.2, ``value``: an underspecified expression
        takes its missing parts from its anchor).

        The word must bear on the month's own clause (:meth:`_in_the_months_clause`), with
        no date between it and the month ("In the latest twist that year, the army withdrew
        in June": "that year" anchors June).

        >>> from datetime import date
        >>> ctx = Context("It applied in 2011. The latest meeting was held in late May.",
        ...               date(2018, 10, 31))
        >>> ctx._told_as_recent(Reference(2011, None, 18), 51)
        True
        >>> ctx._told_as_recent(Reference(2011, None, 40), 51)  # a date after "latest"
        False
        >>> ctx._told_as_recent(Reference(2018, None, 18), 51)
        False
        """
        if self.dct is None or ref.year >= self.dct.year:
            return False
        left, _right = self.sentence(start, start)
        lo = max(left, start - _RECENCY_REACH, ref.end)
        last = self.last
        if last is not None and last[0][:1].isdigit() and last[1] <= start:
            lo = max(lo, last[1])  # a date between the word and the month anchors it
        before = self.text[lo:start]
        if PAST_PERFECT.search(before):
            return False
        words = list(_WORD.finditer(before.lower()))
        for i, word in enumerate(words):
            if word[0] in _RECENCY_WORDS:
                recent = True
            elif word[0] in _RECENCY_ADVERBS and i + 1 < len(words):
                recent = is_past_verb(words[i + 1][0])
            else:
                recent = False
            if recent and self._in_the_months_clause(lo + word.end(), start):
                return True
        return False

    def _in_the_months_clause(self, after: int, start: int) -> bool:
        """Whether a recency word ending at ``after`` bears on the clause of the month or
        day at ``start``: the first verb after the word is the last one before the month
        (one verb group: "was held", "recently met"), and no clause or noun phrase of its
        own opens between the word and that verb (``recency_clause_openers`` not after a
        preposition of ``recency_phrase_prepositions``): not "Recent reports say the army
        withdrew in June", "Recently released documents show that the two sides met in
        April" (the word modifies another noun, whose clause is not the month's); but "The
        latest meeting of the council was held in May".

        >>> from datetime import date
        >>> ctx = Context("Recent reports say the army withdrew in June.", date(2018, 10, 31))
        >>> ctx._in_the_months_clause(6, 39)
        False
        >>> ctx = Context("The latest meeting was held in May.", date(2018, 10, 31))
        >>> ctx._in_the_months_clause(10, 31)
        True
        """
        first = self._first_cue(after, start)
        last = self._last_cue(after, start)
        verb_at = start if first is None else first.start()
        if first is not None and last is not None:
            between = self.text[first.end() : last.start()].split()
            if len(between) > 1:  # another verb than the month's ("released ... met")
                return False
        previous = ""
        for word in _WORD.findall(self.text[after:verb_at].lower()):
            if word in _RECENCY_CLAUSE_OPENERS and previous not in _RECENCY_PREPOSITIONS:
                return False
            previous = word
        return True

    def _year_after_reference(self, ref: Reference, month: int) -> int:
        """The year of a month anchored to the reference time: the reference's, unless the
        narrative has run on into the next year.

        A month that is nearer the reference time in the next year than in the reference's
        own ("January" after "On December 17, 2021": one month after it, not eleven before)
        is in the next year when that is the DCT's year and the month is on or before the
        DCT's: the story is told forward from the reference time to the report, so "were
        held on January 10" in a January 2022 article is January 2022. A month just before
        the reference's ("July 17" after "August 2023") keeps its year, and so does a
        reference two years back or more, a flashback's ("established in September 2018,
        as agreed at the summit held on April 27", published 2020) (TimeML
        1.2.1, section 2.2, ``value``: an underspecified expression takes the parts it lacks
        from its anchor, here the reference time, read forward to the DCT).
        """
        dct = self.dct
        if (
            ref.month is not None
            and ref.month - month > 6  # nearer the reference time in the next year
            and dct is not None
            and ref.year + 1 == dct.year
            and month <= dct.month
        ):
            return ref.year + 1
        return ref.year

    def month_year(self, month: int, start: int, end: int) -> int | None:
        """The year of a month named without one ("in March", "the end of May").

        The reference time if the paragraph has one, else by tense from the DCT;
        the month right after the DCT's is the coming one whatever the tense
        ("placed orders for November" in an October article): news names the
        year of a month eleven months back; unless a simple past of the month's own clause
        dates it ("Nicaragua closed its borders in November", :meth:`_in_a_past_month`).
        "back in" points back from the report whatever the clause's tense ("Kishida planned
        to visit Australia back in January", "the bilateral back in July"): the latest such
        month not after the DCT's (TimeML 1.2.1, section 2.2, ``value``: the expression's
        own words fix the direction, the tense only decides what they leave open).
        ``None`` when unknown or beyond the calendar.
        """
        year = self._month_year(month, start, end)
        return year if year is not None and in_calendar(year) else None

    def _relative_year_before(self, start: int) -> int | None:
        """The year of a relative year ("last year") named last, before ``start`` in the
        same sentence, with no other date between ("last year in July", "Last year it
        should have been held in August")."""
        last = self.last
        if last is None or len(last[0]) != 4 or not last[0].isdigit():
            return None
        end = last[1]
        if _RELATIVE_YEAR_END.search(self.text[max(0, end - 16) : end]) is None:
            return None
        left, _right = self.sentence(start, start)
        return int(last[0]) if end >= left else None

    def _month_year(self, month: int, start: int, end: int) -> int | None:
        year = self._relative_year_before(start)
        if year is not None:
            return year
        ref = self.current_reference(start)
        if ref is not None and self._told_as_recent(ref, start):
            if not self._ahead_of_a_past_reference(ref, start, end):
                return self._recent_year(month, 1)  # the month's first day: not after the DCT's
            ref = None
        if ref is not None and not self._ahead_of_a_past_reference(ref, start, end):
            return self._year_after_reference(ref, month)
        if self.dct is None:
            return None
        dct = self.dct
        if _BACK_IN_BEFORE.search(self.text, max(0, start - 16), start) is not None:
            # "Kishida planned to visit Australia back in January": the latest such month
            return dct.year if month <= dct.month else dct.year - 1
        if self._names_an_event(start, end) and self.tense(start, end) is Tense.future:
            # "will focus on the December summit agreements": the nearest December
            return self._nearest_year(month, 15)
        if (month - dct.month) % 12 in range(
            1, _NEAR_FUTURE_MONTHS + 1
        ) and not self._in_a_past_month(start, end):
            # the next months: the coming ones, as for days
            return dct.year if month > dct.month else dct.year + 1
        if month == dct.month:  # this month, whatever the tense
            return dct.year
        if self.tense(start, end) is Tense.future or self._planned_ahead(start, end):
            return dct.year if month > dct.month else dct.year + 1
        return dct.year if month < dct.month else dct.year - 1

    def _planned_ahead(self, start: int, end: int) -> bool:
        """Whether a month after "in" is the time of a plan, told in one of two ways whose
        clause has no tense of its own or points ahead (TimeML 1.2.1, section 2.2,
        ``value``: an expression anchored to the DCT takes the direction of its own clause),
        so the month is the coming one, not the one a past verb before the plan dates:

        * a **present progressive** of a plan's verb (the -ing forms of
          ``plan_infinitives``: "the conference Kenya is hosting in November", an
          arrangement): the last one in the sentence before the month, and the month in its
          own clause (:func:`_in_the_progressives_clause`: not "Kenya is hosting the
          refugees, a programme it set up in December"). When the sentence has one, the
          infinitive is not tried;
        * otherwise an **infinitive governed by a plan's word** (:meth:`_governed_plan`):
          "invited the heads of the Turkic Council member states to attend the Diplomatic
          Forum in Antalya in June", "the proposal, which was accepted, to hold a second
          meeting in September": its event comes after the invitation, proposal or
          agreement.

        Either way no time clause opens between the plan and the month
        (``time_clause_openers``: "is visiting Sri Lanka after assuming office in
        November") and no past marker stands between them ("invited the leaders to attend
        the forum, which opened in September").
        """
        in_before = _IN_BEFORE.search(self.text, max(0, start - 12), start)
        if in_before is None:
            return False
        left, _right = self.sentence(start, end)
        stop = in_before.start()
        plan = last_plan_progressive(self.text[left:stop])
        if plan is not None:
            if not _in_the_progressives_clause(self.text[left + plan.end() : stop]):
                return False
        else:
            plan = self._governed_plan(left, stop)
            if plan is None:
                return False
        between = self.text[left + plan.end() : stop]
        if not _TIME_CLAUSE_OPENERS.isdisjoint(_WORD.findall(between.lower())):
            return False
        return not any(
            cue.lastgroup in ("past", "ed") and not self._adjective(cue)
            for cue in self.markers.find(left + plan.end(), stop)
        )

    def _governed_plan(self, left: int, stop: int) -> re.Match[str] | None:
        """The last plan's infinitive (``plan_infinitives``: "to attend", not "to
        reporters") in ``self.text[left:stop]`` (a match on that slice), when a word of
        ``plan_governors`` stands in the 80 characters (``_GOVERNOR_REACH``) before its
        "to" ("invited ... to attend"; not "flew to Beijing to attend a summit", a trip
        told) and no past perfect there ("had agreed to hold": a plan whose time passed).
        """
        plan = last_plan_infinitive(self.text[left:stop])
        if plan is None:
            return None
        to = left + plan.start()
        before = self.text[max(left, to - _GOVERNOR_REACH) : to]
        if _PLAN_GOVERNORS.isdisjoint(_WORD.findall(before.lower())):
            return None
        return None if PAST_PERFECT.search(before) else plan

    def _in_a_past_month(self, start: int, end: int) -> bool:
        """Whether a month after "in" is dated by a simple past of its own clause: "Nicaragua
        closed its borders in November", "In February, Putin and Xi Jinping declared",
        "was arrested in February" (TimeML 1.2.1, section 2.2, ``value``: the tense of the
        expression's own clause), so the two-month rule does not send it ahead.

        The past marker is the one nearest to the month, no future marker sets the clause's
        tense, and it is the month's own clause's verb: before the month with no plan's
        infinitive between ("agreed to hold a third summit ... in September", "an agreement to
        acquire ... in January": the infinitive's clause is the month's; a preposition's
        noun is no infinitive, "closed its borders to migrants in November") and no
        planned event between ("announced a visit to Azerbaijan in November": the month is
        the visit's), or after it only when "In <month>" opens the sentence (not "in
        April, the ministry announced", a reporting clause of its own).
        """
        in_before = _IN_BEFORE.search(self.text, max(0, start - 12), start)
        if in_before is None:
            return False
        if self._future_cue(start, end) is not None:
            return False
        best = self._nearest_cue(start, end)
        if best is None or best.lastgroup not in ("past", "ed"):
            return False
        if best.start() >= end:
            # after the expression: its clause's verb only when the expression opens the
            # sentence ("In February, Putin and Xi declared"), not a reporting clause
            # after it ("in April, the ministry announced")
            left, _right = self.sentence(start, end)
            return not self.text[left : in_before.start()].strip()
        between = self.text[best.end() : in_before.start()]
        if has_plan_infinitive(between):
            return False
        return not _names_a_planned_event(best[0], between)

    def _recent_year(self, month: int, day: int) -> int | None:
        """The year of a month or day told as a recent act (:meth:`_told_as_recent`): the
        DCT's if the day is not after the DCT, else the year before; the act is past, so
        never the coming one.

        >>> from datetime import date
        >>> ctx = Context("", date(2018, 10, 31))
        >>> ctx._recent_year(11, 19), ctx._recent_year(5, 28), ctx._recent_year(10, 31)
        (2017, 2018, 2018)
        """
        dct = self.dct
        if dct is None:
            return None
        try:
            return dct.year if date(dct.year, month, day) <= dct else dct.year - 1
        except ValueError:  # 29 February
            return dct.year - 1 if (month, day) > (dct.month, dct.day) else dct.year

    def day_year(self, month: int, day: int, start: int, end: int) -> int | None:
        """The year of a day named without one ("on Feb. 10", "March 29-30").

        As :meth:`month_year` (the reference time, else the past by default),
        except for a day within the next two months: news names the year of a
        day almost a year back (AP style omits only the current year), so a
        bare "on Feb. 10" in a January article is the coming one, even in a
        sentence with a past reporting verb ("said the hearing is on Feb. 10");
        and for a day that names an event in a future clause ("will discuss the
        implementation of the July 9 agreement"), the year nearest the DCT
        (:meth:`_names_an_event`).
        """
        ref = self.current_reference(start)
        if ref is not None and self._told_as_recent(ref, start):
            if not self._ahead_of_a_past_reference(ref, start, end):
                return self._recent_year(month, day)
            ref = None
        if ref is None and self.dct is not None and self._relative_year_before(start) is None:
            dct = self.dct
            for year in (dct.year, dct.year + 1):
                try:
                    ahead = (date(year, month, day) - dct).days
                except ValueError:  # 29 February
                    continue
                if 0 < ahead <= _NEAR_FUTURE_DAYS:
                    return year
            if self._names_an_event(start, end) and self.tense(start, end) is Tense.future:
                return self._nearest_year(month, day)
        return self.month_year(month, start, end)

    def _names_an_event(self, start: int, end: int) -> bool:
        """Whether a day or a month stands between a determiner and the noun it names
        ("the April 11 signing", "the July 9 agreement", "the December summit
        agreements", "Modi's June visit"): a modifier of that noun, not the time of its
        clause's verb, so a future of the clause does not send it ahead ("the second
        signing after the April 11 signing ..., and it will": not the coming April;
        "talks over the implementation of the July 9 agreement"): it takes the year
        nearest the DCT (TimeML 1.2.1, section 2.2, ``value``: an
        expression without a tense of its own is anchored to the DCT). A past clause
        keeps the past: the nearest year there moved a right TempEval-3 value; so does a
        noun with a plan of its own ("to discuss the Sept. 14 meeting, due to be held").
        After "the", only inside another noun phrase (of, after, since, following before
        it): "will attend the November summit" names the future verb's own act.
        """
        before = self.text[max(0, start - 20) : start].lower()
        if not before.endswith(_DETERMINERS):
            return False
        if before.endswith("the ") and _INSIDE_ANOTHER_PHRASE.search(before) is None:
            # "will attend the November summit": the noun is the future verb's own act
            return False
        after = _NOUN_AFTER.match(self.text, end)
        if after is None or after[1] in _NOT_NOUNS_AFTER_A_DATE:
            return False
        # "the Sept. 14 meeting, due to be held": the future is the event's own
        return _EVENT_OWN_PLAN.match(self.text, end) is None

    def _nearest_year(self, month: int, day: int) -> int | None:
        """The year that puts a day nearest the DCT (the past on a tie)."""
        dct = self.dct
        if dct is None:
            return None
        best: tuple[int, int] | None = None
        for year in (dct.year, dct.year - 1, dct.year + 1):
            try:
                gap = abs((date(year, month, day) - dct).days)
            except ValueError:  # 29 February
                continue
            if in_calendar(year) and (best is None or (gap, year) < best):
                best = (gap, year)
        return best[1] if best is not None else None

    def _story_day_is_the_clauses(self, phrase: int) -> bool:
        """Whether the day named last in the sentence anchors a weekday after "ahead of",
        "before" at ``phrase``: no tense marker stands between the day and the phrase (the
        day is the act of the weekday's own clause: "arrived on Wednesday ahead of",
        "will arrive on Wednesday ahead of"), or the last one is a past act ("was signed
        on March 3 and ratified before"). A future or a modal's participle between them
        starts a clause of its own that looks ahead ("who visited Ankara on March 3, will
        return to Turkey before", "signed on March 3 must be ratified before").

        >>> text = "The treaty signed on March 3 must be ratified before Tuesday's deadline."
        >>> ctx = Context(text, date(2026, 3, 20)); ctx.note("2026-03-03", 28)
        >>> ctx._story_day_is_the_clauses(text.index(" before"))
        False
        """
        point = remembered_point(self.last)
        if point is None:
            return False
        between = self.markers.find(point[2], phrase)
        if not between:
            return True
        last = between[-1]
        return last.lastgroup in ("past", "ed") and not self._adjective(last)

    def weekday(self, weekday: int, start: int, end: int, relation: str | None) -> date | None:
        """The calendar day of a weekday name, by tense and the DCT.

        "last Friday" is the Friday before the DCT, "next Friday" the one after;
        otherwise the tense decides, and the DCT's own weekday is the DCT. Without a
        future marker a weekday is the last one, except one or two days after the DCT's
        when no past marker stands near it: "Egyptian president to visit Qatar on
        Tuesday", "his last appointment is a meeting in Montevideo Tuesday afternoon"
        (published on a Monday) name the coming day (TimeML 1.2.1, section 2.2,
        ``value``: the tense of the expression's own clause; a clause without a tense
        is not a past one); so do they when a plan's infinitive stands between the past
        marker and the weekday ("agreed on Monday to reopen the crossing starting
        Wednesday": the infinitive's clause is the weekday's, not the agreement's). A
        weekday that names a past act stays past even so: a possessive ("Tuesday's
        earthquake"), a past verb after "that" or a participle after a noun ("the plane
        that crashed on Tuesday", "the votes cast on Tuesday"). A weekday after "ahead
        of", "before", "on the eve of" is the first one after the day its sentence named
        before it, the story's day, not the DCT's week: "arrived on Wednesday ahead of
        Thursday's summit" told on a Friday is the day after the arrival (section 2.2: a
        relative expression is anchored to the time the text is talking about).

        >>> ctx = Context("He arrived on Wednesday ahead of Thursday's summit.", date(2024, 11, 8))
        >>> ctx.note("2024-11-06", 23); ctx.weekday(3, 33, 41, None)
        datetime.date(2024, 11, 7)
        """
        if self.dct is None:
            return None
        dct = self.dct
        back = (dct.weekday() - weekday) % 7
        ahead = (weekday - dct.weekday()) % 7
        rel = (relation or "").lower().split()
        if rel and rel[-1] in ("last", "past"):
            return shift_days(dct, -(back or 7))
        if rel and rel[-1] in ("next", "coming"):
            return shift_days(dct, ahead or 7)
        phrase = _AFTER_THE_STORY_DAY.search(self.text, max(0, start - 40), start)
        story_day = self.day_in_sentence(start) if phrase is not None else None
        if phrase is not None and story_day is not None:
            if self._story_day_is_the_clauses(phrase.start()):
                return shift_days(story_day, (weekday - story_day.weekday()) % 7 or 7)
            # "who visited Ankara on March 3, will return ... before Tuesday's vote": the
            # weekday's own clause looks ahead of the DCT, the day is another clause's act
            return shift_days(dct, ahead)
        if back == 0:  # the DCT's own weekday, whatever the tense
            return dct
        cue = self._future_cue(start, end)
        possessive = self.text.startswith(("'s", "’s"), end)
        if cue is not None and possessive and cue in _WEAK_FUTURE:
            cue = None  # "get around Wednesday's ruling": a named day's event has happened
        if cue is not None:
            return shift_days(dct, ahead)
        if (
            ahead <= _NEAR_FUTURE_WEEKDAYS
            and not possessive  # "Tuesday's earthquake", "around Tuesday's ruling"
            and (self._no_past_near(start, end) or self._plan_after_past(start, end))
            and not self._past_act_named(start, end)
        ):
            # "to visit Qatar on Tuesday", "a meeting in Montevideo Tuesday afternoon",
            # "agreed to hold a meeting on Thursday" (published on the Monday or the
            # Tuesday): a plan named by its weekday, not six days back
            return shift_days(dct, ahead)
        return shift_days(dct, -back)
