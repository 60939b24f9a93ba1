"""Anchoring: where an underspecified expression lands on the calendar.

TimeML distinguishes fully specified expressions ("May 3, 2022") from
underspecified ones that need an anchor ("in March", "on Tuesday", "last
year"; ``temporalFunction="true"`` in TimeML 1.2.1, section 2.2). This
module holds the two anchors a news article offers and the tense that
chooses the direction:

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
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from enum import Enum

from .tense_markers import Markers, irregular_past
from .word_lists import word_lists

__all__ = [
    "Context",
    "Reference",
    "Tense",
    "add_months",
    "in_calendar",
    "is_past_verb",
    "shift_days",
    "week_value",
    "year_text",
]


#: The reviewed lists of ``data/anchoring_words.yaml`` (read when the tagger is imported).
_WORDS = word_lists(
    "anchoring_words.yaml",
    {
        "schedule_base_forms": "words",
        "auxiliaries": "words",
        "future_prepositions": "words",
        "scheduled_for": "words",
        "relative_pronouns": "words",
        "coming_verb": "words",
        "weak_future": "words",
        "before_participle": "words",
        "not_verbs": "words",
        "not_tense_before": "words",
        "participle_adverbs": "words",
        "abbreviations": "words",
        "before_own_verb": "words",
        "plan_infinitives": "words",
        "participles": "words",
    },
)


class Tense(Enum):
    """The direction a clause points to relative to the DCT."""

    past = "past"
    future = "future"


#: Base forms among the scheduled presents: after "to" or a modal the auxiliary has the tense.
_SCHEDULE_BASE_FORMS = frozenset(_WORDS.words("schedule_base_forms"))
_AUXILIARIES = frozenset(_WORDS.words("auxiliaries"))
#: A date right after these is a deadline or a schedule: "payable Dec. 15", "by February",
#: "to run through June" (not the end of a range: see Context._range_end).
_FUTURE_PREPOSITIONS = frozenset(_WORDS.words("future_prepositions"))
#: A date right after "<one of these> for" is the day a plan was fixed for, ahead of the
#: DCT even in the past tense ("a hearing was scheduled for Wednesday", "the trial date
#: was set for May 14", "pencilled in for June"): the value is the day the plan
#: names, resolved against the DCT (TimeML Annotation Guidelines 1.2.1, section 2.2.1,
#: ``value``), and a plan reported as news is still ahead; "had been scheduled for" (a
#: past perfect) is not.
_SCHEDULED_FOR = frozenset(_WORDS.words("scheduled_for"))
#: Before a future cue after a comma, these open a relative clause (see
#: Context._in_relative_clause).
_RELATIVE_PRONOUNS = frozenset(_WORDS.words("relative_pronouns"))
#: Right before an -ed word, these make it the verb of a clause, not a participle after a
#: noun (see Context._participle_after_noun).
_NOT_A_NOUN = (
    frozenset(_WORDS.words("before_own_verb"))
    | frozenset(_WORDS.words("before_participle"))
    | _AUXILIARIES
    | _RELATIVE_PRONOUNS
)
#: "coming" is a verb, not the adjective of "the coming days", before these.
_COMING_VERB = frozenset(_WORDS.words("coming_verb"))
#: Future markers too weak to send a possessive weekday ("Friday's purchases") ahead.
_WEAK_FUTURE = frozenset(_WORDS.words("weak_future"))
#: Right before a future marker, these put it in the past ("was expected to", "had been
#: scheduled"): the plan was for a day that has passed, seen from the DCT.
_PAST_AUXILIARY = re.compile(r"\b(?:had\s+been|was|were)\s+$")
#: "to" and the word after it: a plan's infinitive when that word is one of
#: :data:`_PLAN_INFINITIVES` ("to reopen", "to hold"); "to reporters", "to prison", "to
#: power" are a preposition and its noun.
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")
#: The verbs of a plan whose infinitive puts a weekday in its own clause ("agreed on Monday
#: to reopen the crossing starting Wednesday"): see Context._plan_after_past.
_PLAN_INFINITIVES = frozenset(_WORDS.words("plan_infinitives"))
#: The relative pronouns that make an -ed word after them a past verb of its own clause
#: ("the plane that crashed on Tuesday"), though "that" is also a determiner
#: (:data:`_NOT_TENSE_BEFORE`, "that planned visit").
_RELATIVE_THAT = frozenset(("that", "which"))
#: Participles that are not tense markers ("the votes cast on Tuesday").
_PARTICIPLES = frozenset(_WORDS.words("participles"))
#: After a list's last comma ("its air, land and sea borders"): the comma is the list's.
_LIST_END = re.compile(r"\s(?:and|or)\s")
_PAST_PERFECT = re.compile(r"\b(?:had|Had)\b")
#: A past achievement before a deadline makes it a day that has passed: "was able to
#: reopen the road by Sunday", "managed to finish by June" (the aim was met).
_ACHIEVED = re.compile(r"\b(?:was|were|wasn't|weren't) able to\b|\bmanaged to\b", re.I)
#: Before a participle these give it another tense: "will be completed", "to be paid".
_BEFORE_PARTICIPLE = frozenset(_WORDS.words("before_participle"))


def is_past_verb(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a past verb: irregular ("took") or in -ed."""
    if word in irregular_past():
        return True
    return len(word) > 3 and word.endswith("ed") and word.isalpha() and word not in _NOT_VERBS


#: Words in -ed that are not past verbs: "the United States", "a hundred", "indeed".
_NOT_VERBS = frozenset(_WORDS.words("not_verbs"))
#: A word in -ed right after these is an adjective ("the armed forces", "a planned visit")
#: or a passive participle whose auxiliary carries the tense ("will be signed").
_NOT_TENSE_BEFORE = frozenset(_WORDS.words("not_tense_before"))
#: Adverbs that stand between a determiner and a participle modifying a noun ("a still
#: unspecified date", "the newly elected council"). A list, not every word in -ly: nouns
#: end so too, and "the rally ended", "the assembly passed" are a subject and its verb.
_PARTICIPLE_ADVERBS = frozenset(_WORDS.words("participle_adverbs"))
#: A day named without a year this close ahead of the DCT is the coming one.
_NEAR_FUTURE_DAYS = 62
#: A weekday this few days after the DCT's, in a clause without a past marker near it, is
#: the coming one: news names tomorrow's plans by their weekday ("to visit Qatar on
#: Tuesday" on a Monday), a day six days back with a past verb (see Context.weekday).
_NEAR_FUTURE_WEEKDAYS = 2
#: How far (characters) a fiscal quarter stays the one a report is about.
_QUARTER_REACH = 400
#: A month named without a year this many months ahead of the DCT's is the coming one.
_NEAR_FUTURE_MONTHS = 2
#: How far a tense marker can be from the expression it dates (characters, each side).
_REACH = 300
#: How far back a named day anchors "the next morning" across a paragraph break.
_DAY_REACH = 400
#: Where a sentence or clause can end: ". ", "? ", "! ", "; " or a line break.
#: A relative year just ended ("last year", "next year"): a month named after it in the
#: same sentence is in that year.
_RELATIVE_YEAR_END = re.compile(r"\b(?:last|next|this)\s+year\Z", re.I)
_MARK = re.compile(r"[.?!;\n](?:(?<=\n)| )")  # a character set first: fast to search


#: Words a period follows without ending the sentence.
_ABBREVIATIONS = frozenset(_WORDS.words("abbreviations"))


#: A day, month or year value (not a week, quarter, season or half).
_POINT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-]|-[WQHSFX])")


def _point(last: tuple[str, int] | None) -> tuple[date, str, int] | None:
    """The day, month or year of a remembered value, its precision and where it ended."""
    if last is None:
        return None
    m = _POINT.match(last[0].rsplit("/", 1)[-1])
    if m is None:
        return None
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    if not (in_calendar(y) and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    precision = "day" if m[3] else ("month" if m[2] else "year")
    return date(y, mo, min(d, monthrange(y, mo)[1])), precision, last[1]


#: How far (characters) the first search for a tense marker reaches on each side.
_NEAR = 80


def _word_end(text: str, at: int) -> int:
    """``at``, moved to the end of the word it falls in (a window must not cut a word)."""
    while at < len(text) and (text[at].isalpha() or text[at] == "'"):
        at += 1
    return at


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the mark at ``at`` (". ", "; ", "\\n" ...) ends a sentence.

    A period after an initial or an abbreviation does not ("Daniel P. Davison", "Feb.
    1"); after a number it does when a capital follows ("on April 13. This will be"):
    the day a sentence ends on is no abbreviation.

    >>> _ends_sentence("met on April 13. This will be", 15)
    True
    >>> _ends_sentence("Daniel P. Davison", 8)
    False
    """
    if text[at] != ".":
        return True
    begin = at
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:at].lower()
    if len(word) == 1 or word in _ABBREVIATIONS:
        return False
    after = text[at + 2 : at + 3]
    return not (after.islower() or after.isdigit())


@dataclass(frozen=True, slots=True)
class Reference:
    """The narrative's reference time: the last explicit date, and where it ended."""

    year: int
    month: int | None
    end: int
    quarter: int | None = None


def in_calendar(year: int) -> bool:
    """Whether a value can name ``year``: ISO 8601's four digits, Python's years 1-9999.

    Arithmetic on a date near either end ("next year" published on 9999-12-31,
    "5000000 days later") leaves the calendar; such a value is unknown, not a crash.
    """
    return date.min.year <= year <= date.max.year


def shift_days(day: date, days: int) -> date | None:
    """``day`` moved by ``days``; ``None`` when that falls outside the calendar."""
    ordinal = day.toordinal() + days
    if not date.min.toordinal() <= ordinal <= date.max.toordinal():
        return None
    return date.fromordinal(ordinal)


def year_text(year: int | None) -> str:
    """A TIMEX3 year: four digits ("0950", "2024"); ``XXXX`` when unknown or out of range."""
    return f"{year:04d}" if year is not None and in_calendar(year) else "XXXX"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    """The TIMEX3 ISO week value of ``day`` ("2022-W19")."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


class Context:
    """Per-document anchoring state while one text is tagged, left to right."""

    __slots__ = ("cues", "dct", "earlier", "last", "markers", "quarter", "reference", "text")

    def __init__(self, text: str, dct: date | None) -> None:
        self.text = text
        self.dct = dct
        self.reference: Reference | None = None
        self.quarter: Reference | None = None
        #: The last DATE or TIME value found ("on Tuesday", "in March", "in 1988") and where
        #: it ended: if a day, month or year, it anchors "that year", not "in March".
        self.last: tuple[str, int] | None = None
        #: The value found before :attr:`last`: what a past clause points back to when the
        #: last one is a day after the DCT (a plan's).
        self.earlier: tuple[str, int] | None = None
        #: The future marker found for each span already asked about (tense is asked twice).
        self.cues: dict[tuple[int, int], str | None] = {}
        #: The tense markers of the text, found window by window.
        self.markers = Markers(text)

    def sentence(self, start: int, end: int, reach: int = _REACH) -> tuple[int, int]:
        """The bounds of the sentence (or clause ended by ``;``) around ``start:end``.

        A period ends a sentence unless it ends an abbreviation or an initial
        ("Mr.", "Feb. 1", "Daniel P. Davison") or a lower-case word follows.
        """
        text = self.text
        lo = max(0, start - reach)
        left = lo
        for at in reversed([mark.start() for mark in _MARK.finditer(text, lo, start)]):
            if _ends_sentence(text, at):
                left = at + 1
                break
        hi = min(len(text), end + reach)
        right = hi
        for mark in _MARK.finditer(text, end, hi):
            if _ends_sentence(text, mark.start()):
                right = mark.start() + 1
                break
        return left, right

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the marker nearest to ``start:end`` in its sentence; past by default.

        Future markers are "will", "is expected to", "is scheduled", "would",
        "as soon as" ...; past markers "was", "said", "ago" and verbs in -ed.
        News reports the past, so a clause without any marker is past.
        """
        return Tense.future if self._future_cue(start, end) else Tense.past

    def _future_cue(self, start: int, end: int) -> str | None:
        """The future marker that sets the tense of ``start:end`` (lower case), if any."""
        key = (start, end)
        if key not in self.cues:
            self.cues[key] = self._find_future_cue(start, end)
        return self.cues[key]

    def _find_future_cue(self, start: int, end: int) -> str | None:
        # look near first: most markers are within a few words, and scanning whole
        # sentences is the tagger's largest cost
        left, right = self.sentence(start, end, _NEAR)
        text = self.text
        lead = text[max(left, start - 12) : start].split()
        # a deadline ("by Friday") is ahead, unless the clause is in the past perfect
        # ("had filed reports by Friday") or the verb right before it is a simple past
        # ("peaked by the end of the year"; not "will be completed by Friday")
        if (
            lead
            and lead[-1].lower() in _FUTURE_PREPOSITIONS
            and not self._range_end(lead[-1], start)
            and not _PAST_PERFECT.search(text, max(left, start - 60), min(right, end + 40))
            and not _ACHIEVED.search(text, max(left, start - 60), start)
            and not self._past_verb_before(
                max(left, start - 40), text.rfind(lead[-1], max(left, start - 12), start)
            )
        ):
            return lead[-1].lower()
        if self._scheduled_for(left, start) and not _PAST_PERFECT.search(
            text, max(left, start - 60), start
        ):
            return "for"
        right = _word_end(text, right)
        before = self._last_cue(left, start)
        after = self._first_cue(end, right)
        if before is None and after is None:
            far_left, far_right = self.sentence(start, end)
            before = self._last_cue(far_left, left) if left > far_left else None
            after = self._first_cue(right, far_right) if right < far_right else None
        best = before
        if after is not None and (before is None or after.start() - end < start - before.end()):
            best = after
        if (
            after is not None
            and best is after
            and before is not None
            and (
                self._in_relative_clause(end, after)
                or self._after_a_comma(start, end, before, after)
            )
        ):
            best = before  # "checked in on Monday, for what is to be a long stay"
        if (
            best is after
            and before is not None
            and after is not None
            and before.lastgroup in ("future", "ll")
            and after.lastgroup == "ed"
            and self._participle_after_noun(end, after)
        ):
            best = before  # "will host Ruto on May 23 for a state visit aimed at"
        if best is not None and best.lastgroup in ("future", "ll"):
            if _PAST_AUXILIARY.search(text, max(0, best.start() - 12), best.start()):
                return None  # "had been due to expire Friday": a future seen from the past
            return best.group().lower()
        return None

    def _after_a_comma(
        self, start: int, end: int, before: re.Match[str], after: re.Match[str]
    ) -> bool:
        """Whether the cue after the expression is past a comma and the cue before it is in
        its own clause: "will hold talks on Monday in London, the Foreign Ministry said".
        The reporting verb is an event of its own (TimeML's REPORTING class) and tells when
        it was said, not when the act the expression dates happens (TimeML 1.2.1, 2.2:
        ``value``, the tense of the expression's own clause). The commas of a list between
        the cue before and the expression ("will close its air, land and sea borders on
        Friday, the president announced") are the list's, not a clause's end.
        """
        text = self.text
        if "," not in text[end : after.start()]:
            return False
        between = text[before.end() : start]
        last = between.rfind(",")
        return last == -1 or _LIST_END.search(between, last) is not None

    def _participle_after_noun(self, end: int, cue: re.Match[str]) -> bool:
        """Whether an -ed cue after the expression follows a noun in the same clause, no
        comma between ("for a state visit aimed at"): a reduced relative clause, not the
        tense of the expression's clause."""
        between = self.text[end : cue.start()]
        words = between.split()
        return (
            "," not in between
            and len(words) >= 2
            and words[-1].isalpha()
            and words[-1].islower()
            and words[-1] not in _NOT_A_NOUN
        )

    def _in_relative_clause(self, end: int, cue: re.Match[str]) -> bool:
        """Whether a cue after the expression opens a relative clause of its own after a
        comma ("on Monday, for what is to be a long stay", "Friday, which will"): it
        tells of something else than the act the expression dates."""
        between = self.text[end : cue.start()]
        words = between.lower().split()
        return "," in between and bool(words) and words[-1] in _RELATIVE_PRONOUNS

    def _scheduled_for(self, left: int, start: int) -> bool:
        """Whether ``start`` follows "scheduled for", "set for", "pencilled in for"..."""
        words = self.text[max(left, start - 30) : start].lower().split()
        if len(words) < 2 or words[-1] != "for":
            return False
        verb = words[-3] if words[-2] == "in" and len(words) > 2 else words[-2]
        return verb in _SCHEDULED_FOR

    def _range_end(self, preposition: str, start: int) -> bool:
        """Whether "through" ends a range whose start was just named ("this year through
        August", "from March through June"): the end of a span, not a deadline ("loans
        through January", "to run through June")."""
        if preposition.lower() != "through" or self.last is None:
            return False
        return 0 <= start - self.last[1] <= len(" through ") + 1

    def _past_verb_before(self, lo: int, hi: int) -> bool:
        """Whether the word ending before ``hi`` is an active simple past ("peaked",
        "stalled"), not a participle after "be", "to" or a modal ("will be completed",
        "was postponed until Saturday": a passive keeps the deadline ahead)."""
        words = self.text[lo:hi].split()
        if not words or not is_past_verb(words[-1].lower()):
            return False
        return len(words) < 2 or words[-2].lower() not in _BEFORE_PARTICIPLE

    def _last_cue(self, lo: int, hi: int) -> re.Match[str] | None:
        for cue in reversed(self.markers.find(lo, _word_end(self.text, hi))):
            if cue.end() <= hi and not self._adjective(cue):
                return cue
        return None

    def _first_cue(self, lo: int, hi: int) -> re.Match[str] | None:
        for cue in self.markers.find(lo, hi):
            if self._adjective(cue):
                continue
            if cue.group().lower() == "ahead" and self.text.startswith(" of ", cue.end()):
                # "met on Monday, ahead of the summit": what follows the date comes after
                # the act; it says nothing of the act's tense ("ahead of the weekend",
                # before the date, still looks ahead)
                continue
            return cue
        return None

    def _adjective(self, cue: re.Match[str]) -> bool:
        """Whether a cue is not a tense marker: an -ed adjective or name, or "next to"."""
        if cue.lastgroup == "future":
            word = cue.group().lower()
            if word in _SCHEDULE_BASE_FORMS:
                # "failed to meet demand", "would resume": the auxiliary carries the tense
                before = self.text[max(0, cue.start() - 8) : cue.start()].split()
                return bool(before) and before[-1].lower() in _AUXILIARIES
            if word == "should":
                return self.text.startswith((" have ", " not have "), cue.end())
            if word == "coming":
                # "smoke coming from the roof", "coming back": a verb, not "the
                # coming week"
                after = self.text[cue.end() : cue.end() + 10].split()
                return bool(after) and after[0].lower().strip(",.") in _COMING_VERB
            return word == "next" and self.text.startswith(" to ", cue.end())
        if cue.lastgroup != "ed":
            return False
        word = cue.group().lower()
        if word in _NOT_VERBS:
            return True
        before = self.text[max(0, cue.start() - 24) : cue.start()].split()
        if not before:
            return False
        # "the armed forces" is an adjective; in "will be signed" the auxiliary has the tense
        if before[-1].lower() in _NOT_TENSE_BEFORE:
            return True
        # "a still unspecified date", "the recently completed sale": an adverb between
        return (
            len(before) > 1
            and before[-1].lower() in _PARTICIPLE_ADVERBS
            and before[-2].lower() in _NOT_TENSE_BEFORE
        )

    def remember(self, year: int, month: int | None, end: int) -> None:
        """Make an explicit date the narrative's reference time (if the calendar has it)."""
        if in_calendar(year):
            self.reference = Reference(year, month, end)

    def note(self, value: str, end: int) -> None:
        """Remember the last DATE or TIME value: "the next day", "that year" count from it.

        Parsed only when an anaphoric expression asks (:meth:`anchor`), which is rare.
        """
        self.earlier = self.last
        self.last = (value, end)

    def anchor(self, start: int) -> tuple[date, str] | None:
        """What an anaphoric expression ("that year", "the next day") refers back to.

        The later of the reference time (same paragraph) and the last day,
        month or year named (same paragraph, or a few lines back), with its
        precision: ``"day"``, ``"month"`` or ``"year"``.
        """
        ref = self.current_reference(start)
        point = self._past_point(start, start)
        if (
            point is not None
            and start - point[2] > _DAY_REACH
            and "\n" in self.text[point[2] : start]
        ):
            point = None
        if point is not None and (ref is None or point[2] >= ref.end):
            return point[0], point[1]
        if ref is None:
            return None
        return date(ref.year, ref.month or 1, 1), "month" if ref.month else "year"

    def day_in_sentence(self, start: int) -> date | None:
        """The day named last before ``start`` in the same sentence, if any ("made its first
        flight Tuesday at 18:00": the clock time is on that Tuesday)."""
        point = _point(self.last)
        if point is None or point[1] != "day":
            return None
        left, _right = self.sentence(start, start)
        return point[0] if point[2] >= left else None

    def day_named_before(self, start: int, end: int) -> date | None:
        """The day named last before ``start`` (a day, not a month or a year), within
        :data:`_DAY_REACH` characters or the same paragraph, when ``start:end`` is told in
        the past: the day a report's story is on ("The fire broke out on Sunday. ...
        Firefighters arrived at 6 a.m."; not "They end at 5 p.m.", the report's day)."""
        point = self._past_point(start, end)
        if point is None or point[1] != "day":
            return None
        if start - point[2] > _DAY_REACH and "\n" in self.text[point[2] : start]:
            return None
        if not self._told_in_past(start, end):
            return None
        return point[0]

    def _told_in_past(self, start: int, end: int) -> bool:
        """Whether the marker nearest to ``start:end`` is a past one ("was", "met")."""
        best = self._nearest_cue(start, end)
        return best is not None and best.lastgroup in ("past", "ed")

    def _no_past_near(self, start: int, end: int) -> bool:
        """Whether no marker near ``start:end`` makes it past: neither a past one nor a
        future seen from the past ("had been due to expire Friday")."""
        best = self._nearest_cue(start, end)
        if best is None:
            return True
        if best.lastgroup in ("past", "ed"):
            return False
        return not _PAST_AUXILIARY.search(self.text, max(0, best.start() - 12), best.start())

    def _plan_after_past(self, start: int, end: int) -> bool:
        """Whether a plan's infinitive stands between the past marker nearest to
        ``start:end`` (before it) and the expression: "agreed on Monday to reopen the
        crossing starting Wednesday", "arrived ... to attend the event from Wednesday"."""
        best = self._nearest_cue(start, end)
        if best is None or best.lastgroup not in ("past", "ed") or best.end() > start:
            return False
        between = self.text[best.end() : start]
        return "," not in between and any(
            m[1] in _PLAN_INFINITIVES for m in _INFINITIVE.finditer(between)
        )

    def _past_act_named(self, start: int, end: int) -> bool:
        """Whether the weekday at ``start:end`` dates a past act that no tense marker
        shows: a participle after a noun right before it ("the votes cast on Tuesday",
        "the deal signed Tuesday") or, as the nearest marker, an -ed word after "that" or
        "which" ("the plane that crashed on Tuesday"), which :meth:`_adjective` excuses
        as an adjective after a determiner."""
        text = self.text
        words = text[max(0, start - 40) : start].split()
        if words and words[-1].lower() == "on":
            words = words[:-1]
        if (
            len(words) >= 2
            and (is_past_verb(words[-1].lower()) or words[-1] in _PARTICIPLES)
            and words[-2].isalpha()
            and words[-2].islower()
            and words[-2] not in _NOT_A_NOUN
        ):
            return True
        left, right = self.sentence(start, end, _NEAR)
        before = self.markers.find(left, start)
        after = self.markers.find(end, _word_end(text, right))
        best = before[-1] if before else None
        if after and (best is None or after[0].start() - end < start - best.end()):
            best = after[0]
        if best is None or best.lastgroup != "ed":
            return False
        lead = text[max(0, best.start() - 12) : best.start()].split()
        return bool(lead) and lead[-1].lower() in _RELATIVE_THAT

    def _nearest_cue(self, start: int, end: int) -> re.Match[str] | None:
        """The tense marker nearest to ``start:end`` within :data:`_NEAR` characters."""
        left, right = self.sentence(start, end, _NEAR)
        before = self._last_cue(left, start)
        after = self._first_cue(end, _word_end(self.text, right))
        best = before
        if after is not None and (before is None or after.start() - end < start - before.end()):
            best = after
        return best

    def _past_point(self, start: int, end: int) -> tuple[date, str, int] | None:
        """The last day, month or year named (:func:`_point`), or the one before it when
        the last is a day after the DCT and ``start:end`` is told in the past: a past act
        is not on a day still ahead ("scheduled for Sept. 4 to 6. At 10 a.m., Xi met")."""
        point = _point(self.last)
        if (
            point is None
            or point[1] != "day"
            or self.dct is None
            or point[0] <= self.dct
            or not self._told_in_past(start, end)
        ):
            return point
        earlier = _point(self.earlier)
        return earlier if earlier is not None and earlier[0] <= self.dct else None

    def forget(self) -> None:
        """Drop the reference time: what follows is anchored to the DCT again."""
        self.reference = None

    def remember_quarter(self, year: int, quarter: int, end: int) -> None:
        """Remember a fiscal quarter: "a year earlier" after it means that quarter a year back."""
        if in_calendar(year):
            self.quarter = Reference(year, None, end, quarter)

    def recent_quarter(self, start: int) -> Reference | None:
        """The quarter mentioned within the last few hundred characters, if any."""
        q = self.quarter
        return q if q is not None and start - q.end < _QUARTER_REACH else None

    def quarter_year(self, quarter: int, start: int, end: int) -> int | None:
        """The year of a quarter named without one ("the fourth quarter"), by tense."""
        if self.dct is None:
            return None
        current = (self.dct.month - 1) // 3 + 1
        if quarter > current and self.tense(start, end) is Tense.past:
            return self.dct.year - 1 if in_calendar(self.dct.year - 1) else None
        return self.dct.year

    def current_reference(self, start: int) -> Reference | None:
        """The reference time if it was set earlier in the same paragraph."""
        ref = self.reference
        if ref is None or self.text.find("\n", ref.end, start) != -1:
            return None
        return ref

    def story_before_dct(self, start: int) -> bool:
        """Whether the paragraph tells of a year before the DCT's (its reference time).

        Then a weekday ("on Saturday", "Friday night") or a clock time is in the story's
        week, not in the week of publication, and the text does not say which week: the
        day stays unknown (``XXXX-WXX-6``, ``XXXX-WXX-5TNI``, ``XXXX-XX-XXT10:00``) rather
        than a wrong day (TimeML 1.2.1, section 2.2.3, value: parts the text does not fix
        are X). A bare weekday that is the DCT's own ("the ministry said Wednesday")
        dates the report, not the story: it stays the DCT.
        """
        ref = self.current_reference(start)
        return ref is not None and self.dct is not None and ref.year < self.dct.year

    def _ahead_of_a_past_reference(self, ref: Reference, start: int, end: int) -> bool:
        """A clause in the future ("will join NATO on March 12") after a past year ("July 1997").

        The reference time cannot anchor it: the DCT does. "Would" is left out,
        since it is also the future of a past narrative ("in 1997 he said it would").
        """
        if self.dct is None or ref.year >= self.dct.year:
            return False
        cue = self._future_cue(start, end)
        return cue is not None and cue not in ("would", "by", "until", "till", "before")

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
        year of a month eleven months back. ``None`` when unknown or beyond the calendar.
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
        if ref is not None and not self._ahead_of_a_past_reference(ref, start, end):
            return self._year_after_reference(ref, month)
        if self.dct is None:
            return None
        dct = self.dct
        if (month - dct.month) % 12 in range(1, _NEAR_FUTURE_MONTHS + 1):
            # the next months: the coming ones, as for days
            return dct.year if month > dct.month else dct.year + 1
        if month == dct.month:  # this month, whatever the tense
            return dct.year
        if self.tense(start, end) is Tense.future:
            return dct.year if month > dct.month else dct.year + 1
        return dct.year if month < dct.month else dct.year - 1

    def day_year(self, month: int, day: int, start: int, end: int) -> int | None:
        """The year of a day named without one ("on Feb. 10", "March 29-30").

        As :meth:`month_year` (the reference time, else the past by default),
        except for a day within the next two months: news names the year of a
        day almost a year back (AP style omits only the current year), so a
        bare "on Feb. 10" in a January article is the coming one, even in a
        sentence with a past reporting verb ("said the hearing is on Feb. 10").
        """
        ref = self.current_reference(start)
        if ref is None and self.dct is not None and self._relative_year_before(start) is None:
            dct = self.dct
            for year in (dct.year, dct.year + 1):
                try:
                    ahead = (date(year, month, day) - dct).days
                except ValueError:  # 29 February
                    continue
                if 0 < ahead <= _NEAR_FUTURE_DAYS:
                    return year
        return self.month_year(month, start, end)

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
        that crashed on Tuesday", "the votes cast on Tuesday").
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
