"""The tense of a clause: whether a date in it points past or ahead of the DCT.

News reports the past, so an untensed "in March" in a December article is the March just
gone, while "will be held in March" is the next one (TimeML Annotation Guidelines 1.2.1,
section 2.2, ``value``: the tense of the expression's own clause). :class:`ClauseTense`
reads the markers nearest to an expression in its sentence: future ones ("will", "is
expected to", "is scheduled", "would", "as soon as", a deadline's "by"), past ones ("was",
"said", "ago", verbs in -ed), and the clause boundaries that keep another clause's marker
out (a reporting verb after a comma, a relative clause, a participle after a noun).
:class:`~timeline.temporal.anchoring.Context` builds on it.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

from .anchoring_words import WORDS
from .plan_phrases import (
    PAST_PERFECT,
    deadline_preposition,
    moved_to,
    past_auxiliary_before,
    plan_adjective,
    reported_expectation,
    schedule_copula,
    scheduled_for,
    seen_from_past,
)
from .sentences import sentence_bounds, word_end
from .tense_markers import Markers, irregular_past

__all__ = [
    "PAST_PERFECT",
    "ClauseTense",
    "Tense",
    "has_plan_infinitive",
    "is_past_verb",
    "last_plan_infinitive",
    "last_plan_progressive",
]


class Tense(Enum):
    """The direction a clause points to relative to the DCT."""

    past = "past"
    future = "future"


#: Base forms among the scheduled presents: after "to" or a modal the auxiliary has the tense.
_SCHEDULE_BASE_FORMS = frozenset(WORDS.words("schedule_base_forms"))
_AUXILIARIES = frozenset(WORDS.words("auxiliaries"))
#: Before a future cue after a comma, these open a relative clause (see
#: Context._in_relative_clause).
_RELATIVE_PRONOUNS = frozenset(WORDS.words("relative_pronouns"))
#: Right before an -ed word, these make it the verb of a clause, not a participle after a
#: noun (see Context._participle_after_noun).
_NOT_A_NOUN = (
    frozenset(WORDS.words("before_own_verb"))
    | frozenset(WORDS.words("before_participle"))
    | _AUXILIARIES
    | _RELATIVE_PRONOUNS
)
#: "coming" is a verb, not the adjective of "the coming days", before these.
_COMING_VERB = frozenset(WORDS.words("coming_verb"))
#: "to" and the word after it: a plan's infinitive when that word is one of
#: :data:`_PLAN_INFINITIVES` ("to reopen", "to hold"); "to reporters", "to prison", "to
#: power" are a preposition and its noun.
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")
#: The verbs of a plan whose infinitive puts a weekday in its own clause ("agreed on Monday
#: to reopen the crossing starting Wednesday"): see Context._plan_after_past.
_PLAN_INFINITIVES = frozenset(WORDS.words("plan_infinitives"))
#: The relative pronouns that make an -ed word after them a past verb of its own clause
#: ("the plane that crashed on Tuesday"), though "that" is also a determiner
#: (:data:`_NOT_TENSE_BEFORE`, "that planned visit").
_RELATIVE_THAT = frozenset(("that", "which"))
#: A participle joined by these to one right after "be" shares its auxiliary ("will be
#: signed and ratified", "is to be drafted, signed or approved"): no past of its own.
_COORDINATORS = frozenset(("and", "or"))
#: "that" opening a reported clause between an expression and a later future marker.
_THAT_CLAUSE = re.compile(r"\bthat\s", re.IGNORECASE)
_PASSIVE_BE = frozenset(("be", "being"))
#: The main clause's copula that may stand between an expression ending a relative clause
#: and the main verb's participle ("that will be signed on Tuesday are related to").
_COPULAS = frozenset(("is", "are", "was", "were"))
#: Participles that are not tense markers ("the votes cast on Tuesday").
_PARTICIPLES = frozenset(WORDS.words("participles"))
#: After a list's last comma ("its air, land and sea borders"): the comma is the list's.
_LIST_END = re.compile(r"\s(?:and|or)\s")
#: A spaced dash: what follows it is a remark of its own.
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
#: What joins the verb phrase an expression ends to the next one: " and ", " but ".
_COORDINATED = re.compile(r"\s+(?:and|but)\s+")
#: Before a participle these give it another tense: "will be completed", "to be paid".
_BEFORE_PARTICIPLE = frozenset(WORDS.words("before_participle"))


def has_plan_infinitive(text: str) -> bool:
    """Whether ``text`` holds a plan's infinitive ("to hold", "to acquire"), not a
    preposition before its noun ("to reporters", "to migrants").

    >>> has_plan_infinitive("agreed to hold a third summit")
    True
    >>> has_plan_infinitive("closed its borders to migrants")
    False
    """
    return any(m[1] in _PLAN_INFINITIVES for m in _INFINITIVE.finditer(text))


def _last_of(pattern: re.Pattern[str], words: frozenset[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` whose group 1 is one of ``words``."""
    last = None
    for m in pattern.finditer(text):
        if m[1] in words:
            last = m
    return last


def last_plan_infinitive(text: str) -> re.Match[str] | None:
    """The last plan's infinitive in ``text`` ("to attend", "to hold"), if any.

    >>> last_plan_infinitive("invited them to attend the forum")[0]
    'to attend'
    >>> last_plan_infinitive("spoke to reporters") is None
    True
    """
    return _last_of(_INFINITIVE, _PLAN_INFINITIVES, text)


def _ing_forms(verb: str) -> set[str]:
    """The -ing forms of a verb: "hosting", "travelling" and "traveling", "organizing"."""
    forms = {verb + "ing", verb + verb[-1] + "ing"}
    if verb.endswith("e"):
        forms.add(verb[:-1] + "ing")
    return forms


#: The -ing forms of the plan verbs ("hosting", "visiting", "travelling").
_PLAN_GERUNDS = frozenset(f for verb in _PLAN_INFINITIVES for f in _ing_forms(verb))
#: A present progressive: "is hosting", "are also holding".
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:also\s+)?([a-z]+ing)\b")


def last_plan_progressive(text: str) -> re.Match[str] | None:
    """The last present progressive of a plan's verb in ``text`` ("is hosting", "are
    travelling"), if any: a present progressive with a time ahead is an arrangement.

    >>> last_plan_progressive("the conference Kenya is hosting")[0]
    'is hosting'
    >>> last_plan_progressive("is growing") is None
    True
    """
    return _last_of(_PROGRESSIVE, _PLAN_GERUNDS, text)


def is_past_verb(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a past verb: irregular ("took") or in -ed."""
    if word in irregular_past():
        return True
    return len(word) > 3 and word.endswith("ed") and word.isalpha() and word not in _NOT_VERBS


#: Words in -ed that are not past verbs: "the United States", "a hundred", "indeed".
_NOT_VERBS = frozenset(WORDS.words("not_verbs"))
#: A word in -ed right after these is an adjective ("the armed forces", "a planned visit")
#: or a passive participle whose auxiliary carries the tense ("will be signed").
_NOT_TENSE_BEFORE = frozenset(WORDS.words("not_tense_before"))
#: After "that" and an -ed word, the words that make the -ed word a verb (_verb_follows).
_AFTER_A_VERB = frozenset(WORDS.words("after_a_relative_verb"))
#: Adverbs that stand between a determiner and a participle modifying a noun ("a still
#: unspecified date", "the newly elected council"). A list, not every word in -ly: nouns
#: end so too, and "the rally ended", "the assembly passed" are a subject and its verb.
_PARTICIPLE_ADVERBS = frozenset(WORDS.words("participle_adverbs"))
#: The first parts of a hyphenated verb ("re-elected"): no adjective's compound.
_VERB_PREFIXES = frozenset(WORDS.words("verb_prefixes"))
#: How far a tense marker can be from the expression it dates (characters, each side).
_REACH = 300
#: How far (characters) the first search for a tense marker reaches on each side.
_NEAR = 80
#: How far before a month or day the verb of a plan moved to it may be (:func:`moved_to`).
_MOVED_REACH = 130


#: How far back a hyphenated compound's first parts may reach ("a four-eyed", "the
#: Saudi-led", "the long-awaited").
_COMPOUND_REACH = 24


def _compound_start(text: str, start: int) -> int:
    """Where the hyphenated compound that ends in the word at ``start`` begins: ``start``
    itself unless a hyphen joins the word to the one before it. The words before an -ed
    word decide whether it is an adjective, and in "hold a four-eyed meeting", "the
    Saudi-led coalition" they are those before the whole compound ("a", "the"); a compound
    verb after its subject stays a verb ("North Korea test-fired a missile"), and so does a
    prefixed verb ("being re-elected": ``verb_prefixes``).

    >>> _compound_start("hold a four-eyed meeting", 12), _compound_start("a planned visit", 2)
    (7, 2)
    >>> _compound_start("since being re-elected", 16)
    16
    """
    at = start
    while at > 0 and text[at - 1] == "-" and start - at < _COMPOUND_REACH:
        word = text.rfind(" ", max(0, at - 1 - _COMPOUND_REACH), at - 1)
        part = text[word + 1 : at - 1]
        if word < 0 or not part.isalnum() or part.lower() in _VERB_PREFIXES:
            break
        at = word + 1
    return at


class ClauseTense:
    """The tense look-up of one text: which marker sets the tense of an expression."""

    __slots__ = ("cues", "dct", "last", "markers", "text")

    def __init__(self, text: str, dct: date | None) -> None:
        self.text = text
        self.dct = dct
        #: The last DATE or TIME value found ("on Tuesday", "in March", "in 1988") and where
        #: it ended: if a day, month or year, it anchors "that year", not "in March".
        self.last: tuple[str, int] | None = None
        #: The future marker found for each span already asked about (tense is asked twice).
        self.cues: dict[tuple[int, int], str | None] = {}
        #: The tense markers of the text, found window by window.
        self.markers = Markers(text)

    def sentence(self, start: int, end: int, reach: int = _REACH) -> tuple[int, int]:
        """The bounds of the sentence (or clause ended by ``;``) around ``start:end``
        (:func:`~timeline.temporal.sentences.sentence_bounds`)."""
        return sentence_bounds(self.text, start, end, reach)

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the marker nearest to ``start:end`` in its sentence; past by default.

        Future markers are "will", "is expected to", "is scheduled", "would",
        "as soon as" ...; past markers "was", "said", "ago" and verbs in -ed.
        News reports the past, so a clause without any marker is past.
        """
        return Tense.future if self._future_cue(start, end) else Tense.past

    def future_cue(self, start: int, end: int) -> str | None:
        """The future marker that sets the tense of ``start:end`` (lower case), if any."""
        return self._future_cue(start, end)

    def _future_cue(self, start: int, end: int) -> str | None:
        """The future marker that sets the tense of ``start:end`` (lower case), if any."""
        key = (start, end)
        if key not in self.cues:
            self.cues[key] = self._find_future_cue(start, end)
        return self.cues[key]

    def _find_future_cue(self, start: int, end: int) -> str | None:
        """The plan's phrases first (:mod:`.plan_phrases`: a deadline, "scheduled for", a
        plan's adjective), then the tense markers nearest to ``start:end``."""
        # look near first: most markers are within a few words, and scanning whole
        # sentences is the tagger's largest cost
        left, right = self.sentence(start, end, _NEAR)
        text = self.text
        # a deadline ("by Friday") is ahead, unless the verb right before it is a simple
        # past ("peaked by the end of the year"; not "will be completed by Friday") or its
        # plan is one seen from the past ("were initially set to wrap up by")
        preposition = deadline_preposition(text, (left, right), start, end, self.last)
        if (
            preposition is not None
            and not self._past_verb_before(
                max(left, start - 40), text.rfind(preposition, max(left, start - 12), start)
            )
            and not self._plan_seen_from_past(max(left, start - 60), start)
        ):
            return preposition.lower()
        if scheduled_for(text, left, start):
            return "for"
        # "pushed back a decision on ... to November": the verb may be further back
        if text[max(0, start - 7) : start].split()[-1:] in (["to"], ["until"], ["till"]) and (
            moved_to(text, self.sentence(start, end, _MOVED_REACH)[0], start)
        ):
            return "to"
        if schedule_copula(text, left, start, end):
            return "is"
        adjective = plan_adjective(text, left, start)
        if adjective is not None:
            return adjective
        right = word_end(text, right)
        before = self._last_cue(left, start)
        after = self._first_cue(end, right)
        if before is None and after is None:
            far_left, far_right = self.sentence(start, end)
            before = self._last_cue(far_left, left) if left > far_left else None
            after = self._first_cue(right, far_right) if right < far_right else None
        elif (
            before is None
            and after is not None
            and after.lastgroup in ("past", "ed")
            and "," in text[end : after.start()]
        ):
            # "will host the summit, the first ... in two years, in southwest England June
            # 11-13, the U.K. Cabinet Office said": the cue past a comma may be a reporting
            # verb's, and the expression's own clause may begin further back
            far_left, _ = self.sentence(start, end)
            before = self._last_cue(far_left, left) if left > far_left else None
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
        if (
            best is after
            and before is not None
            and after is not None
            and before.lastgroup in ("past", "ed")
            and after.lastgroup in ("future", "ll")
            and (
                _COORDINATED.fullmatch(text, end, after.start())
                or _THAT_CLAUSE.search(text, end, after.start())
            )
        ):
            # the future is another clause's than the expression's own past one (TimeML
            # 1.2.1, section 2.2: the tense of the expression's own clause): the next verb
            # phrase's, joined to it ("who met Abe in Japan in January and will accompany
            # Trudeau"), or the reported clause's that "that" opens after it ("said after
            # meeting ... on Wednesday that trade would grow")
            best = before
        if best is after and after is not None:
            opener = self._relative_future_before(start, end, after)
            if opener is not None:
                # "The six agreements that will be signed by the two leaders on Tuesday are
                # related to trade": the expression ends the relative clause the future
                # opens, and the verb right after it is the main clause's (TimeML 1.2.1,
                # section 2.2: the tense of the expression's own clause)
                best = opener
        if best is before and before is not None and _DASH.search(text, before.end(), start):
            best = None  # "is looking forward to receiving gas - statements that follow ..."
        if best is not None and best.lastgroup in ("future", "ll"):
            if past_auxiliary_before(text, best.start()) is not None:
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
        if last == -1 or _LIST_END.search(between, last) is not None:
            return True
        # a phrase set off by a pair of commas ("will host the summit, the first ... in two
        # years, in southwest England June 11-13"): the cue's clause resumes after it
        return between.count(",") % 2 == 0

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

    def _relative_future_before(
        self, start: int, end: int, after: re.Match[str]
    ) -> re.Match[str] | None:
        """The future marker that opens a relative clause ("that will be signed", "which
        will host") running with no comma to the expression, when the cue after the
        expression is the main clause's verb right after it, at most a copula between
        ("... on Tuesday are related to"): that marker sets the expression's tense.

        >>> text = "The deals that will be signed by both on Tuesday are related to trade."
        >>> tense = ClauseTense(text, None)
        >>> after = tense.markers.find(0, len(text))[-1]
        >>> at = text.index("Tuesday")
        >>> tense._relative_future_before(at, at + 7, after).group()
        'will'
        """
        text = self.text
        between = text[end : after.start()].lower().split()
        if len(between) > 1 or (between and between[0] not in _COPULAS):
            return None
        left, _ = self.sentence(start, end)
        comma = text.rfind(",", left, start)
        for cue in reversed(self.markers.find(max(left, comma + 1), start)):
            if cue.lastgroup not in ("future", "ll"):
                continue
            words = text[max(left, cue.start() - 12) : cue.start()].lower().split()
            if words and words[-1] in _RELATIVE_PRONOUNS:
                return cue
            return None
        return None

    def _plan_seen_from_past(self, lo: int, hi: int) -> bool:
        """Whether the last future marker in ``lo:hi`` follows "was", "were" or "had been"
        (an adverb of a revised plan perhaps between): "were initially set to wrap up by
        the end of May but have faced delays" tells of a plan seen from the past, so the
        deadline after it is not ahead of the DCT as such. An expectation reported in the
        simple past ("were expected to reopen ... by mid-June") is still open
        (:func:`~timeline.temporal.plan_phrases.seen_from_past`).

        >>> ClauseTense("It was set to end by May.", None)._plan_seen_from_past(0, 22)
        True
        >>> ClauseTense("It is set to end by May.", None)._plan_seen_from_past(0, 21)
        False
        """
        for cue in reversed(self.markers.find(lo, hi)):
            if cue.lastgroup in ("future", "ll") and not self._adjective(cue):
                return seen_from_past(self.text, cue)
        return False

    def _past_verb_before(self, lo: int, hi: int) -> bool:
        """Whether the word ending before ``hi`` is an active simple past ("peaked",
        "stalled"), not a participle after "be", "to" or a modal ("will be completed",
        "was postponed until Saturday": a passive keeps the deadline ahead)."""
        words = self.text[lo:hi].split()
        if not words or not is_past_verb(words[-1].lower()):
            return False
        return len(words) < 2 or words[-2].lower() not in _BEFORE_PARTICIPLE

    def _last_cue(self, lo: int, hi: int) -> re.Match[str] | None:
        for cue in reversed(self.markers.find(lo, word_end(self.text, hi))):
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
        first = _compound_start(self.text, cue.start())
        before = self.text[max(0, first - 24) : first].split()
        if not before:
            return False
        # "the armed forces" is an adjective; in "will be signed" the auxiliary has the tense
        if before[-1].lower() in _NOT_TENSE_BEFORE:
            # but "a delegation that arrived Wednesday": a relative clause's own verb
            return not (before[-1].lower() == "that" and self._verb_follows(cue.end()))
        # "a still unspecified date", "the recently completed sale": an adverb between
        if (
            len(before) > 1
            and before[-1].lower() in _PARTICIPLE_ADVERBS
            and before[-2].lower() in _NOT_TENSE_BEFORE
        ):
            return True
        return self._joined_participle(cue.start(), cue.end())

    def _verb_follows(self, end: int) -> bool:
        """Whether the word after the -ed word ending at ``end`` shows it a verb: a word of
        ``after_a_relative_verb`` or a capitalized one.

        >>> tense = ClauseTense("a delegation that arrived Wednesday; that planned visit", None)
        >>> tense._verb_follows(25), tense._verb_follows(50)
        (True, False)
        """
        after = self.text[end : end + 16].split()
        return bool(after) and (after[0][0].isupper() or after[0].lower() in _AFTER_A_VERB)

    def _joined_participle(self, start: int, end: int) -> bool:
        """Whether the -ed word at ``start:end`` is a participle joined by "and", "or" or
        a list's comma to participles after "be" ("will be signed and ratified in March",
        "is to be drafted, signed and approved"): the passive's auxiliary carries the tense
        of all of them. Not a verb with an object of its own ("would be released and
        discussed the aid": the subject's next act, in the past).

        >>> text = "It will be signed and ratified in March."
        >>> ClauseTense(text, None)._joined_participle(text.index("ratified"), 30)
        True
        >>> text = "They were signed and ratified in March."
        >>> ClauseTense(text, None)._joined_participle(text.index("ratified"), 30)
        False
        """
        after = self.text[end : end + 12].split()
        if after and after[0].lower() in _NOT_TENSE_BEFORE - _PASSIVE_BE:
            return False
        words = self.text[max(0, start - 80) : start].split()
        if len(words) < 2:
            return False
        if words[-1].lower() in _COORDINATORS:
            i = len(words) - 2
        elif words[-1].endswith(","):
            i = len(words) - 1  # within a list: "be drafted, signed and approved"
        else:
            return False
        while i >= 1:
            word = words[i].lower()
            if not is_past_verb(word.rstrip(",")):
                return False
            before = words[i - 1].lower()
            if before in _PASSIVE_BE:
                return True
            if not before.endswith(","):
                return False
            i -= 1  # a list: "be drafted, signed and approved"
        return False

    def _told_in_past(self, start: int, end: int) -> bool:
        """Whether the marker nearest to ``start:end`` is a past one ("was", "met")."""
        best = self._nearest_cue(start, end)
        return best is not None and best.lastgroup in ("past", "ed")

    def told_in_past(self, start: int, end: int) -> bool:
        """:meth:`_told_in_past`, for the normalizers of another module."""
        return self._told_in_past(start, end)

    def _no_past_near(self, start: int, end: int) -> bool:
        """Whether no marker near ``start:end`` makes it past: neither a past one nor a
        future seen from the past ("had been due to expire Friday"), except an
        expectation reported in the simple past (:func:`.plan_phrases.reported_expectation`)."""
        best = self._nearest_cue(start, end)
        if best is None:
            return True
        if reported_expectation(self.text, best):
            return True
        if best.lastgroup in ("past", "ed"):
            return False
        return past_auxiliary_before(self.text, best.start()) is None

    def _plan_after_past(self, start: int, end: int) -> bool:
        """Whether a plan's infinitive stands between the past marker nearest to
        ``start:end`` (before it) and the expression: "agreed on Monday to reopen the
        crossing starting Wednesday", "arrived ... to attend the event from Wednesday"."""
        best = self._nearest_cue(start, end)
        if best is None or best.lastgroup not in ("past", "ed") or best.end() > start:
            return False
        between = self.text[best.end() : start]
        return "," not in between and has_plan_infinitive(between)

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
        after = self.markers.find(end, word_end(text, right))
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
        after = self._first_cue(end, word_end(self.text, right))
        best = before
        if after is not None and (before is None or after.start() - end < start - before.end()):
            best = after
        return best
