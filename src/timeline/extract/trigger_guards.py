"""What a trigger the rules found may not tell: an act that is no act, or not done.

The sentence loop (:mod:`.reader`) asks these of each trigger before it dates it: a signing's
verb right after an agreement named with its date is that agreement's signing told again
(:func:`told_by_a_dated_noun`); a word that tells no act (an aim, a plan, a state of talks,
a crisis of no parties: :func:`tells_no_act`) takes no date from the acts beside it; an act
after a hypothetical or a negation in its clause, or a signing with no document near it, is
no act done (:func:`plausible_act`), nor is an act told as a habit or a count of past acts
(:func:`told_as_a_habit`); and an organization's name with an ordinal before it
names one of its sessions (:func:`names_a_session`).
"""

from __future__ import annotations

import re

from ..model import EventKind
from ..temporal.lexicon import MONTHS, WEEKDAYS
from ..word_lists import word_lists
from .acting_sides import state_act_words
from .candidate_log import urged_talks
from .context import hypothetical
from .cue_search import Cue
from .discourse import clause_of
from .lexicon import (
    AGREED_AFTER,
    AIM_BEFORE,
    INTENDED_BEFORE,
    MEETING_NOUN_AFTER,
    NEGATED_BEFORE,
    ORGANIZATION_SESSION,
)
from .sayings import STATEMENT_WORDS
from .trigger_rule import AGREEMENT_NOUNS, Trigger

__all__ = [
    "names_a_session",
    "plausible_act",
    "recalled_without_its_year",
    "signed_into_law",
    "tells_no_act",
    "told_as_a_habit",
    "told_by_a_dated_noun",
]

#: Between an agreement named with its date and the participle right after it that tells
#: its signing: "the 2018 agreement signed by", "the 2020 ceasefire agreement signed with"
#: (the rule's match may end at its first noun: "the 2020 ceasefire"). Not a relative
#: clause ("the 1994 treaty, which was signed by Jordan and Israel"): the sides it names
#: are the participle's, outside the noun's clause.
_SIGNED_AFTER_ITS_NOUN = re.compile(
    rf"(?:\s+{state_act_words('dated_agreements')})?\s+", re.IGNORECASE
)

#: Being in talks is a state, not a meeting: "have been in EU-backed talks".
_STATE_BEFORE = re.compile(
    r"\b(?:ha(?:ve|s|d)\s+been|are|is|were|was|remain(?:s|ed)?)\s+(?:still\s+|currently\s+)?"
    r"in\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:years|months|decades|weeks)\s+of\s+$",  # "after almost 25 years of negotiations"
    re.I,
)

_DOC_NEAR = re.compile(AGREEMENT_NOUNS + r"|\bdecree\b", re.I)

#: A crisis or war that is no conflict between parties: "the 2008 financial crisis",
#: "the migration crisis of 2015", "the refugee crisis", "the Cold War".
_NO_CONFLICT_BEFORE = Cue(
    r"\b(?:financial|economic|debt|banking|refugee|migration|migrant|humanitarian|climate|"
    r"biodiversity|food|energy|fuel|coronavirus|covid(?:-19)?|health|cost[- ]of[- ]living|"
    r"(?:post-)?cold)\s+$",
    re.I,
)


#: The words of the meeting rule that may tell "satisfy" or a meeting with people who are
#: no side (:func:`tells_no_act`).
_MEETING_WORDS = frozenset({"meet", "meets", "met", "meeting", "meetings", "talks"})

#: "Meet" as "satisfy", matched at the verb's end: "meet the hopes of a very young
#: population", "help Gulf states meet the aspirations of the citizens", "meeting their
#: targets" (``met_needs`` of ``data/state_act_words.yaml``). A determiner before the words
#: between, so "met to discuss needs" is still a meeting.
_MEETS_A_NEED = re.compile(
    r"\s+(?:(?:the|their|its|our|his|her|these|those|such)\s+(?:[\w-]+\s+){0,2}?)?"
    + state_act_words("met_needs")
    + r"\b",
    re.I,
)

#: People who are no side of a meeting between states, matched at the meeting word's end:
#: "met with senior executives and young Argentine entrepreneurs", "a meeting with
#: businessmen", "jointly met the press", "meeting a group of business leaders from South
#: Korea" (``non_state_counterparts`` of ``data/state_act_words.yaml``). Up to four words of a
#: group, an age or rank, or a name before them ("Portuguese businessmen"), never "and" or a
#: comma, so "met President Ali and business leaders" keeps its meeting with the president.
_MEETS_NO_SIDE = re.compile(
    r"\s+(?:with\s+)?(?:(?:a|the|some|several|many|members|group|groups|of|senior|young|"
    r"leading|top|local|prominent|[A-Z][\w-]*)\s+){0,4}?(?i:"
    + state_act_words("non_state_counterparts")
    + r")\b"
)


#: Talks that are a state's way into a bloc, matched at the words before the meeting word:
#: "opens accession negotiations with both Ukraine and Moldova", "will start EU membership
#: talks next year" (``accession_talks`` of ``data/state_act_words.yaml``): the
#: ``accession`` rule's act, no meeting of two sides.
_ACCESSION_TALKS_BEFORE = re.compile(r"\b" + state_act_words("accession_talks") + r"\s+$", re.I)
#: The meeting words such talks are told by.
_TALKS_WORDS = frozenset({"talks", "negotiations"})
#: A legislature or its chamber right before "meet" as its subject, perhaps after an
#: auxiliary and "set to", "due to", "scheduled to" ("The Senate was set to meet on
#: Wednesday", "Parliament will meet on Monday"): its own sitting, no meeting of sides
#: (``legislatures`` of ``data/state_act_words.yaml``; seventy-third pass). Not a person or a
#: delegation of it ("Parliament Speaker ... will meet", "the parliamentary delegation met").
_A_LEGISLATURE_SITS = re.compile(
    rf"\b{state_act_words('legislatures')}\s+"
    r"(?:(?:was|is|are|were|will|shall|has|had|have|also)\s+)*"
    r"(?:(?:set|due|scheduled|expected)\s+to\s+)?$",
    re.IGNORECASE,
)


#: A bill signed into law, a ratification or a law, not a text signed by two sides: "signed
#: the ratification bill into law", "can now sign the protocol into law".
_INTO_LAW = re.compile(r"(?:\s+[\w'’-]+){0,10}?\s+into\s+law\b", re.I)


#: A state's act told as a future in the past after its announcement (``plain_saying_verbs``
#: of ``data/statement_words.yaml``), perhaps after its own day and "that", with at most one
#: word (an adverb) between "would" and the trigger: "Estonia said it would expel the
#: Russian ambassador", "Mali announced that it would immediately sever diplomatic relations
#: with Ukraine", "Saudi Arabia announced it would open its borders to Qatar". The
#: announcement is the act (the gold of the fifty-nine lists five such as ``other``; TimeML
#: 1.2.1 annotates the event of a reported clause, its modality the reported "would"), so
#: that "would" makes no hypothesis of it (sixty-seventh pass).
_ANNOUNCED_FUTURE = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, STATEMENT_WORDS.words("plain_saying_verbs")))
    + r")\s+(?:(?:on|in|late|early)\s+[\w-]+\s+)?(?:that\s+)?(?:it|they)\s+(would)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


_HABIT_WORDS = word_lists(
    "habit_words.yaml",
    {
        "repeat_counts": "words",
        "frequency_adverbs": "words",
        "repeat_words": "words",
        "recall_verbs": "words",
        "frequency_adjectives": "words",
    },
)


def _habit_words(key: str) -> str:
    """A group matching any word of the list ``key`` of ``data/habit_words.yaml``, longest
    first (a space in it: any run of spaces)."""
    words = sorted(_HABIT_WORDS.words(key), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: A count of acts or a frequency after an act's word, in its clause: "has visited the
#: African continent several times", "visited ... on several occasions", "have met twice
#: since", "meets regularly with". Not a multiple ("three times as many", "twice the size").
_HABIT_AFTER = re.compile(
    rf"\b(?:{_habit_words('repeat_counts')}\s+(?:times|occasions)"
    rf"|{_habit_words('repeat_words')}|{_habit_words('frequency_adverbs')})\b"
    r"(?!\s+(?:as|more|less|over|the|larger|higher|bigger|greater|that)\b)",
    re.IGNORECASE,
)
#: An adverb of frequency up to two words before an act's word: "regularly meet with",
#: "frequently travels to", "has repeatedly visited".
_HABIT_BEFORE = re.compile(
    rf"\b{_habit_words('frequency_adverbs')}\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE
)
#: An adjective of frequency up to three words before a plural act's noun: "regular high
#: level meetings", "annual summits" (``frequency_adjectives``).
_HABIT_ADJECTIVE_BEFORE = re.compile(
    rf"\b{_habit_words('frequency_adjectives')}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE
)
#: A plural act's noun that a frequency adjective makes a series ("meetings", "summits",
#: "visits", "consultations"); not "talks", the plural of one act.
_PLURAL_ACT = re.compile(r"[a-z]{3,}s", re.IGNORECASE)
#: An event being prepared, in a progressive after a form of "be", told with an indefinite
#: article, up to two words before its noun: "the country is preparing a meeting with the
#: controversial group" (seventy-third pass; ``preparation_verbs`` of
#: ``data/state_act_words.yaml``). Not a decision ("the summit decided organizing a forum
#: immediately": the forum planned, which the gold of the fifty-nine lists).
_IN_PREPARATION = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:now\s+|currently\s+|already\s+|still\s+)?"
    rf"{state_act_words('preparation_verbs')}\s+an?\s+(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
#: A date of its own after the noun prepared, in its sentence ("is preparing a visit to
#: China in May", "organizing a meeting on Friday"): the plan's day, kept.
_ITS_DATE_AFTER = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:" + "|".join(MONTHS) + "|" + "|".join(WEEKDAYS) + r")\b"
    r"|(?:1[89]|20)\d\d\b|(?:next|this|later\s+this)\s+(?:week|month|year)\b|tomorrow\b)",
    re.IGNORECASE,
)
#: The kinds whose plural noun after an adjective of frequency is a mechanism or a habit.
_GATHERING_OR_VISIT = frozenset(
    {EventKind.meeting, EventKind.summit, EventKind.forum, EventKind.visit, EventKind.call}
)
#: A verb or a comma between an act's word and a count after it: the count is that verb's
#: ("his visit was postponed twice", "the summit ... was twice postponed").
_VERB_BETWEEN = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would)\b|,")
#: The counted acts told one by one or placed in a time of their own right after the count:
#: "visited Japan twice - in May and in September", "visited Yerevan twice: as Minister of
#: Economy in June 2017 and ...", "closed its border on several occasions during the summer
#: of 2016" (each is an act of its time, which its own date gives); not "several times in the
#: past couple of years".
_ACTS_PLACED = re.compile(
    r"\s*(?:[:\u2013\u2014]|\s-\s)"
    r"|\s+(?:in|during|on|at|between)\s+(?:the\s+)?"
    r"(?:summer|spring|autumn|fall|winter|first|second|sidelines|\d{4}|[A-Z])"
)
#: How far after its word an act's count may stand ("has visited the African continent
#: several times"), and how far before its word an adverb and the words between.
_HABIT_REACH_AFTER = 60
_HABIT_REACH_BEFORE = 40


def told_as_a_habit(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the act's word at ``start:end`` is told as a habit or a count of past acts
    in its ``clause``: a set of acts, none of them one act of a day (TimeML 1.2.1 gives such
    an event a frequency SIGNAL, "several times", "regularly"; a plural noun after a
    frequency adjective too, "regular high level meetings", "annual summits"). An ordinal
    counts one act ("his third visit to"), no habit.

    >>> text = "Lavrov has visited the African continent several times in the past years"
    >>> told_as_a_habit(text, 11, 18, (0, len(text)))
    True
    >>> text = "NATO officials regularly meet with senior Russian officials"
    >>> told_as_a_habit(text, 25, 29, (0, len(text)))
    True
    >>> text = "It was his third visit to China in two years"
    >>> told_as_a_habit(text, 17, 22, (0, len(text)))
    False
    >>> text = "to sign a joint statement of regular high level meetings between them"
    >>> at = text.index("meetings")
    >>> told_as_a_habit(text, at, at + 8, (0, len(text)))
    True
    >>> text = "the 78th regular session of the General Assembly"
    >>> told_as_a_habit(text, 17, 24, (0, len(text)))
    False
    """
    after = _HABIT_AFTER.search(text, end, min(clause[1], end + _HABIT_REACH_AFTER))
    if (
        after is not None
        and _VERB_BETWEEN.search(text, end, after.start()) is None
        and _ACTS_PLACED.match(text, after.end()) is None
    ):
        return True
    lo = max(clause[0], start - _HABIT_REACH_BEFORE)
    if _HABIT_BEFORE.search(text[lo:start]) is not None:
        return True
    return (
        _PLURAL_ACT.fullmatch(text, start, end) is not None
        and text[start:end].lower() != "talks"
        and _HABIT_ADJECTIVE_BEFORE.search(text[lo:start]) is not None
    )


#: A recall's verb and the act's noun phrase before its word: a determiner or a possessive,
#: then up to four words, none a conjunction or a verb's object end ("recalled the
#: ice-breaking visit of", "recalled with satisfaction the meeting", "remembered their first
#: meeting"); not an envoy recalled before another act ("recalled its ambassador to Israel
#: and suspended": "and" ends the phrase), nor a clause recalled ("Recall that during a visit
#: to Ukraine in December last year ... signed": the act of that clause is told).
_RECALLED_BEFORE = re.compile(
    rf"\b{_habit_words('recall_verbs')}\s+(?:with\s+[\w-]+\s+)?"
    r"(?:the|a|an|his|her|their|its|our|my|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:and|or|but|to|that|which|who)\b)[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: A year written in the recalled act's phrase or right after its word ("recalled his 2019
#: visit to India", "recalled the meeting in 1974").
_OWN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: How far before its word a recall's verb may stand, and how far after it a year.
_RECALL_REACH = 70
_YEAR_REACH_AFTER = 30


def recalled_without_its_year(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the act's word at ``start:end`` heads the noun phrase a recall's verb takes
    ("The Meeting also recalled the ice-breaking visit of Hun Sen to Myanmar") and no year
    of its own is written there: an earlier act, no act of the story's day, with no date of
    its own to tell. With its year ("recalled his 2019 visit to India") it is an act of that
    year, which its own date gives.

    >>> text = "The Meeting also recalled the ice-breaking visit of Hun Sen to Myanmar"
    >>> at = text.index("visit")
    >>> recalled_without_its_year(text, at, at + 5, (0, len(text)))
    True
    >>> text = "Ishiba also recalled his 2019 visit to India"
    >>> at = text.index("visit")
    >>> recalled_without_its_year(text, at, at + 5, (0, len(text)))
    False
    """
    lo = max(clause[0], start - _RECALL_REACH)
    recalled = _RECALLED_BEFORE.search(text[lo:start])
    if recalled is None:
        return False
    phrase = text[lo + recalled.start() : min(clause[1], end + _YEAR_REACH_AFTER)]
    return _OWN_YEAR.search(phrase) is None


def signed_into_law(text: str, end: int) -> bool:
    """Whether the signing verb ending at ``end`` signs a bill or a text into law (a law's or
    a ratification's act, no text of two sides), in an article's body or its headline:
    "signed the ratification bill into law", "Erdogan Can Now Sign Protocol Into Law".

    >>> text = "Erdogan Can Now Sign Protocol Into Law"
    >>> signed_into_law(text, text.index("Sign") + 4)
    True
    """
    return _INTO_LAW.match(text, end) is not None


def told_by_a_dated_noun(
    text: str, triggers: list[tuple[Trigger, int, int]]
) -> list[tuple[Trigger, int, int]]:
    """The triggers but a signing's verb right after an agreement named with its date
    (rule ``agreement-dated-before``): "the 2018 agreement signed by Ethiopia and
    Eritrea" tells one signing, of 2018, not a second one dated by the sentence's day.

    >>> from timeline.extract.triggers import find_triggers
    >>> text = "They discussed the 2018 agreement signed by Ethiopia and Eritrea."
    >>> [t.name for t, _, _ in told_by_a_dated_noun(text, find_triggers(text, 0, len(text)))]
    ['agreement-dated-before']
    """
    ends = [te for trig, _, te in triggers if trig.name == "agreement-dated-before"]
    if not ends:
        return triggers
    return [
        (trig, ts, te)
        for trig, ts, te in triggers
        if trig.name != "signing"
        or not any(end <= ts and _SIGNED_AFTER_ITS_NOUN.fullmatch(text, end, ts) for end in ends)
    ]


def plausible_act(
    text: str, trig: Trigger, ts: int, te: int, clauses: list[tuple[int, int]]
) -> bool:
    """Whether the trigger at ``ts:te`` may tell an act done: no hypothetical nor negation
    before it in its clause (a state's act of kind other announced with "would" is no
    hypothesis: :data:`_ANNOUNCED_FUTURE`), and a signing with a document named near it."""
    clause = clause_of(clauses, ts)
    before = text[clause[0] : ts]
    if trig.kind is EventKind.other:
        announced = _ANNOUNCED_FUTURE.search(text, max(0, ts - 90), ts)
        if announced is not None:
            before = text[clause[0] : max(clause[0], announced.start(1))]
    if hypothetical(before) or NEGATED_BEFORE.search(before):
        return False
    if trig.kind is not EventKind.statement and told_as_a_habit(text, ts, te, clause):
        # "has visited China several times": a set of acts, no act of a day; a saying told
        # as a habit may be told with its day ("has repeatedly called for reconciliation
        # ... and in a July speech voiced his desire")
        return False
    if recalled_without_its_year(text, ts, te, clause):
        return False  # "recalled the ice-breaking visit of": an earlier act, of no day told
    if trig.kind is EventKind.signing:
        window = text[max(clause[0], ts - 90) : min(clause[1], te + 90)]
        if not _DOC_NEAR.search(window):
            return False
    return True


def names_a_session(text: str, start: int, end: int) -> bool:
    """True when the organization named at ``text[start:end]`` is one of its sessions.

    An ordinal before the name numbers a meeting: "The Fifty-First (51st) Pacific
    Islands Forum was held in Suva", "the 48th Pacific Islands Forum, on the theme
    ...". A meeting noun after the name is that meeting's own trigger ("the 50th
    Pacific Islands Forum Leaders Meeting").
    """
    return (
        ORGANIZATION_SESSION.pattern.search(text, max(0, start - 40), start) is not None
        and MEETING_NOUN_AFTER.match(text, end) is None
    )


def in_preparation(text: str, trig: Trigger, start: int, end: int) -> bool:
    """Whether the event noun at ``start:end`` is one being prepared, planned, organized or
    arranged (:data:`_IN_PREPARATION`), with no date of its own after it in its sentence: a
    plan of no day, not an event of the day of the sentence that tells it.

    >>> from timeline.extract.triggers import find_triggers
    >>> text = "The minister said on Thursday that the country is preparing a meeting with them."
    >>> [in_preparation(text, *t) for t in find_triggers(text, 0, len(text))]
    [True]
    >>> text = "The ministry is preparing a visit to China in May."
    >>> [in_preparation(text, *t) for t in find_triggers(text, 0, len(text))]
    [False]
    """
    if not trig.nominal:
        return False
    if _IN_PREPARATION.search(text, max(0, start - 60), start) is None:
        return False
    return _ITS_DATE_AFTER.match(text, end) is None


def tells_no_act(text: str, trig: Trigger, ts: int, te: int) -> bool:
    """True for words that tell no act, so they take no date from the acts beside them."""
    if trig.nominal and AGREED_AFTER.match(text, te):
        return True  # "a similar meeting was agreed during a telephone conversation"
    before = text[max(0, ts - 60) : ts]
    if trig.name == "diplomatic-relations" and AIM_BEFORE.search(before):
        return True  # "signed deals Tuesday to normalize diplomatic ties": their aim
    if INTENDED_BEFORE.search(before):
        return True  # "discussed on Monday plans to sign a peace treaty": wanted, not done
    if trig.kind is EventKind.conflict and _NO_CONFLICT_BEFORE.search(before):
        return True  # "the 2008 financial crisis", "the Cold War": no conflict of parties
    if trig.name == "signing" and signed_into_law(text, te):
        return True  # "signed the ratification bill into law": a law, no text of two sides
    if trig.kind in _GATHERING_OR_VISIT and in_preparation(text, trig, ts, te):
        return True  # "is preparing a meeting with the controversial group": no day yet
    if trig.kind is not EventKind.meeting:
        return False
    if urged_talks(text, ts):
        return True  # "urged Pyongyang to return to talks with Seoul": their aim
    if text[ts:te].lower() in _MEETING_WORDS and (
        _MEETS_A_NEED.match(text, te) or _MEETS_NO_SIDE.match(text, te)
    ):
        return True  # "meet the hopes of", "met with entrepreneurs": no two states meet
    if text[ts:te].lower() in _MEETING_WORDS and _A_LEGISLATURE_SITS.search(before):
        return True  # "The Senate was set to meet on Wednesday": a legislature's sitting
    if text[ts:te].lower() in _TALKS_WORDS and _ACCESSION_TALKS_BEFORE.search(before):
        return True  # "opens accession negotiations with Ukraine": a way into a bloc
    # "have been in EU-backed talks for nearly a decade": a state
    return _STATE_BEFORE.search(before) is not None
