"""The event an act told without its own date is at: its antecedent.

An act attached in its sentence to another ("signed ..., during the Samarkand Summit":
:func:`attached_host`), an anaphor ("During the visit", "On the sidelines":
:func:`anaphor_antecedent`), a definite noun that names no event of its own and so tells
one told already ("the visit": :func:`is_a_definite_reference`), the visit, summit or
meeting of the same countries that frames a signing or a meeting (:func:`framing_event`)
and the stay a planned signing is at (:func:`stay_of_a_planned_signing`); and whether the
act closed the gathering it is at, so is of its last day (:func:`closed_the_gathering`).
"""

from __future__ import annotations

import re

from ..model import EventKind, Precision
from ..temporal.anchoring_words import WORDS
from .discourse import Discourse, Mention
from .evaluate import KIND_CLASSES
from .gathering_rules import ANAPHOR_WORDS
from .lexicon import PLANNED_CUES
from .limits import DISCOURSE_MEMORY
from .trigger_rule import Trigger

__all__ = [
    "DEFINITE",
    "anaphor_antecedent",
    "attached_host",
    "closed_the_gathering",
    "framing_event",
    "is_a_definite_reference",
    "opening_occasion_end",
    "stay_of_a_planned_signing",
]

#: Kinds that frame other events: "the visit", "the summit".
_UMBRELLAS = (EventKind.visit, EventKind.summit, EventKind.meeting)
#: The stays a planned signing that names no side is at (:func:`stay_of_a_planned_signing`).
_STAYS_OF_A_SIGNING = (EventKind.visit, EventKind.summit)

#: The event nouns that refer back to an event told already, and the kinds each may refer
#: to, tried in turn (``anaphor_kinds`` of ``data/anaphor_words.yaml``, a reviewed list).
_ANAPHOR_KINDS: dict[str, tuple[EventKind, ...]] = {
    noun: tuple(EventKind(kind) for kind in kinds.split())
    for noun, kinds in ANAPHOR_WORDS.values("anaphor_kinds").items()
}

#: Nouns that tell a meeting as what was said at it ("the discussions focused on"), an
#: anaphor only as the occasion of an act, after a preposition of time
#: (:data:`_OCCASION_BEFORE`): "Seven MoUs were signed during the discussions", "Following
#: the discussions, the leaders will attend a signing ceremony" (sixty-fifth pass;
#: ``said_at_nouns`` of ``data/anaphor_words.yaml``).
_SAID_AT_NOUNS = frozenset(ANAPHOR_WORDS.words("said_at_nouns"))
#: A preposition of time right before such an anaphor's determiner.
_OCCASION_BEFORE = re.compile(
    r"\b(?:during|following|after|at|in\s+the\s+course\s+of)\s+$", re.IGNORECASE
)

#: The anaphors of a gathering by where an act was done at it ("on the sidelines"):
#: ``occasion_nouns`` of ``data/anaphor_words.yaml``.
_OCCASION_NOUNS = frozenset(ANAPHOR_WORDS.words("occasion_nouns"))

#: The words of an anaphor that pick its antecedent ("the official visit"):
#: ``anaphor_modifiers`` of ``data/anaphor_words.yaml``.
_MODIFIERS = re.compile(
    r"\b(?:" + "|".join(map(re.escape, ANAPHOR_WORDS.words("anaphor_modifiers"))) + r")\b"
)

_NAMED_AFTER = re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+){0,3}[A-Z]")

_ORDINAL_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

_ATTACHED = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|within\s+the\s+(?:scope|framework)\s+of|"
    r"in\s+the\s+framework\s+of|following|after|in|for)\s+"
    r"(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w’'.-]+\s+){0,7}$",
    re.I,
)

#: A purpose between two events: "arrived in Kazakhstan ... to participate in a
#: regional summit" is no attachment: the summit keeps its own day.
_PURPOSE = re.compile(r"\bto\s+(?:attend|participate|take\s+part|join)\b", re.I)

#: A definite determiner or a possessive, and up to three words, right before a noun ("the
#: visit", "their official talks", "Xi's trip"): the noun may refer back to an event.
DEFINITE = re.compile(
    r"\b(?:the|this|that|his|her|their|its|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){0,3}$", re.I
)

#: A time offset before "after": "three weeks after assuming the presidency" is not
#: the day of the event told before it.
_OFFSET_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\s+$", re.I)

#: Between a trigger and an act told after it: a "since" clause, whose act is the start
#: of a state, not the event that hosts the trigger ("embark for a state visit ... to
#: become the first leader to make such a trip since the two nations established ties
#: in 1961").
_SINCE = re.compile(r"\bsince\b")


#: A phrase telling that the act after it closed a gathering or visit: "at the
#: conclusion of", "Concluding the forum", "concluded with the signing", "the closing
#: session".
_AT_THE_CLOSE = re.compile(
    r"\b(?:at|on|upon)\s+the\s+(?:conclusion|close|end)\s+of\b|\bconcluding\s+the\b"
    r"|\bconcluded\s+with\b|\bclosing\s+(?:session|ceremony|day)\b",
    re.I,
)

#: A relative clause's opening word (the reviewed ``relative_pronouns`` of
#: anchoring_words.yaml, the tagger's list): what follows tells the gathering, not the
#: act ("At the summit, which concluded with ..., Kazakhstan and China signed").
_RELATIVE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, WORDS.words("relative_pronouns"))) + r")\b", re.I
)


def closed_the_gathering(text: str, clause_start: int, trigger: tuple[Trigger, int, int]) -> bool:
    """Whether the clause says, before the trigger and outside a relative clause, that
    the act closed the gathering (the gathering "at the conclusion of" names is not that
    act), or the trigger's own phrase right after it does ("COMMUNIQUÉ ISSUED AT THE
    CONCLUSION OF THE THIRTY-FIRST INTER-SESSIONAL MEETING").

    >>> signed = Trigger("signed", EventKind.signing, re.compile("signed"))
    >>> def closed(said: str) -> bool:
    ...     at = said.index("signed")
    ...     return closed_the_gathering(said, 0, (signed, at, at + 6))
    >>> closed("At the conclusion of the summit, Kazakhstan and China signed a treaty.")
    True
    >>> closed("At the summit, which concluded with a declaration, Kazakhstan and China signed.")
    False
    >>> closed("In Astana, where the forum concluded with a declaration, the two signed.")
    False
    >>> closed("Kazakhstan and China signed a treaty at the conclusion of the summit.")
    False
    >>> closed("The treaty signed at the conclusion of the summit")
    True
    """
    trig, ts, te = trigger
    if _ISSUED_AT_THE_CLOSE.match(text, te):
        return True  # "communiqué issued at the conclusion of the visit"
    phrase = _AT_THE_CLOSE.search(text, clause_start, ts)
    if phrase is None or _RELATIVE.search(text, clause_start, phrase.start()):
        return False
    its_object = _OBJECT.fullmatch(text, phrase.end(), ts) is not None
    return not (trig.nominal and its_object and not phrase[0].lower().startswith("concluded"))


#: The trigger's own phrase right after it: "communiqué issued at the conclusion of".
_ISSUED_AT_THE_CLOSE = re.compile(
    r"\s+(?:(?:issued|adopted|released|signed)\s+)?(?:at|on|upon)\s+the\s+"
    r"(?:conclusion|close|end)\s+of\b",
    re.I,
)

#: The few words after "at the conclusion of", "Concluding": the gathering it closed.
_OBJECT = re.compile(r"\s+(?:[\w’'.-]+\s+){0,3}")


def attached_host(
    text: str, trigger: tuple[int, int], s_start: int, found: dict[int, Mention]
) -> Mention | None:
    """The event of the sentence the trigger is attached to by "during", "at", "following"
    ... before it (:data:`_ATTACHED`: "signed ..., during the Samarkand Summit"), the
    nearest of ``found`` before it, else after it; none for a purpose ("to attend") or after
    an offset ("three weeks after"), nor an act of a "since" clause after the trigger; nor
    for the noun of the anaphor that opens the sentence, the occasion the sentence's act is
    attached to ("During the visit, they agreed ...": :func:`opening_occasion_end`)."""
    ts, te = trigger
    if opening_occasion_end(text, s_start, trigger) is not None:
        return None
    attached = _ATTACHED.search(text[max(s_start, ts - 70) : ts])
    if (
        attached
        and not _PURPOSE.search(text, max(s_start, ts - 70), ts)
        and not _OFFSET_BEFORE.search(text, max(s_start, ts - 100), ts - len(attached[0]))
    ):
        hosts = sorted(
            (m for m in found.values() if not _SINCE.search(text, te, m.trigger[0])),
            key=lambda m: (m.trigger[0] > ts, abs(m.trigger[0] - ts)),
        )
        if hosts:
            return hosts[0]
    return None


def is_a_definite_reference(
    text: str, trig: Trigger, trigger: tuple[int, int], s_start: int
) -> bool:
    """Whether the trigger is a definite noun ("the visit", "their talks", "Xi's trip":
    :data:`DEFINITE`) that names no event of its own after or before it ("the visit of the
    Emir", "the 5th summit"): it refers back to an event told already, if there is one."""
    ts, te = trigger
    before = text[max(s_start, ts - 60) : ts]
    definite = trig.nominal and DEFINITE.search(before) is not None
    named = _NAMED_AFTER.match(text, te) or _ORDINAL_BEFORE.search(before)
    return definite and not named


#: A sentence opening on an anaphor of the occasion of its act, up to the comma that closes
#: the phrase: "During their talks, ...", "During his visit to Budapest, ...", "After the
#: meeting, ...". The words before the noun are lower case: "At the 2024 Korea-Africa
#: Summit, ..." names its gathering.
_OPENING_OCCASION = re.compile(
    r"[\W_]*(?:during|following|after|at|in\s+the\s+course\s+of)\s+"
    r"(?:the|this|that|his|her|their|its|[\w’'-]+[’']s)\s+(?-i:(?:[a-z-]+\s+){0,3}?)"
    r"(?P<noun>"
    + "|".join(map(re.escape, ANAPHOR_WORDS.values("anaphor_kinds")))
    + r")\b[^,;.:()]{0,80},",
    re.IGNORECASE,
)
#: Right after that comma, words that go on telling the noun: a participle or a relative
#: clause ("During the talks, held on the sidelines of the ASEAN Summits, ...").
_GOES_ON_TELLING = re.compile(r"\s*(?:which|that|who|where|when|held|scheduled|set|due|[a-z]+ed\b)")


def opening_occasion_end(text: str, sentence_start: int, trigger: tuple[int, int]) -> int | None:
    """Where the anaphor that opens the sentence ends (after its comma), when the trigger is
    its noun: the occasion of the sentence's act, an event told already, whose date is its
    antecedent's, not one the rest of the sentence writes for its own acts or background
    ("During their talks, the two presidents thrashed out ... the Paris Agreement on Climate
    Change reached on 22 April 2016"; "During the visit, they agreed ... to reopen their land
    borders on 1 December"). A date inside the phrase is the noun's ("During his visit to
    Kenya from 5th - 6th January 2022, ...").

    >>> said = "During their talks, the two presidents noted the deal of 22 April 2016."
    >>> opening_occasion_end(said, 0, (13, 18))
    19
    >>> said = "At the 2024 Korea-Africa Summit, scheduled from June 4-5, Yoon will meet."
    >>> opening_occasion_end(said, 0, (25, 31)) is None
    True
    """
    opening = _OPENING_OCCASION.match(text, sentence_start)
    if opening is None or not opening.start("noun") <= trigger[0] < opening.end("noun"):
        return None
    if _GOES_ON_TELLING.match(text, opening.end()):
        return None
    return opening.end()


def anaphor_antecedent(
    discourse: Discourse, ts: int, clause: tuple[int, int], found: dict[int, Mention]
) -> tuple[Mention, str] | None:
    """The event an anaphor of the sentence refers to ("During the visit", "Following the
    negotiations"), with the anaphor's text: an event of the sentence the anaphor names in
    the trigger's clause ("was elected during the summit on Sunday"), the gathering told
    last by the page's day for "On the sidelines", else the antecedent of the anaphor's
    noun (a meeting first for "the negotiations", else the visit)."""
    for a in discourse._anaphora:
        if a.start() <= ts < a.end():
            continue
        here = next((m for m in found.values() if a.start() <= m.trigger[0] < a.end()), None)
        if here is not None:  # "was elected during the summit on Sunday"
            if not clause[0] <= a.start() < clause[1]:
                continue  # "The 7th CELAC Summit ..., who ... after assuming the presidency"
            return here, a.group(0)
        noun = a.group("noun").lower()
        if noun in _SAID_AT_NOUNS and not _OCCASION_BEFORE.search(
            discourse.text, max(0, a.start() - 25), a.start()
        ):
            continue  # "the discussions focused on ...": what was said, no occasion
        if noun in _OCCASION_NOUNS:
            # "On the sidelines, Tokayev met Qatar's emir": at the gathering told last,
            # held by the page's day (not the next one planned), whoever attended it
            occasion = next(
                (
                    m
                    for m in reversed(discourse.mentions[-DISCOURSE_MEMORY:])
                    if m.kind in KIND_CLASSES["gathering"]
                    and (discourse.dateline is None or m.date.start <= discourse.dateline.end)
                ),
                None,
            )
            if occasion is not None:
                return occasion, a.group(0)
            continue
        kinds = _ANAPHOR_KINDS.get(noun, ())
        words = _MODIFIERS.findall(a.group(0).lower())
        planned = PLANNED_CUES.search(discourse.text, a.end(), min(clause[1], ts + 25))
        ante = None
        for kind in kinds:  # "the negotiations": a meeting first, else the visit
            ante = (
                (_planned_antecedent(discourse, kind) if planned is not None else None)
                or discourse._antecedent([kind], None, words)
                or discourse._antecedent([kind])
            )
            if ante is not None:
                break
        if ante is not None:
            return ante, a.group(0)
    return None


def _planned_antecedent(discourse: Discourse, kind: EventKind) -> Mention | None:
    """The latest event of ``kind`` the article told as a plan ("On Friday, Putin will meet
    Mirziyoyev"), for an anaphor in a plan's clause: "After the talks, Putin and Mirziyoyev
    are expected to ... sign" is after the planned talks, not after a meeting told since in
    the past ("Putin mentioned ... during the plenary session ... on Thursday"; sixty-seventh
    pass)."""
    text = discourse.text
    for m in reversed(discourse.mentions[-DISCOURSE_MEMORY:]):
        if m.kind is not kind:
            continue
        near = (max(m.clause[0], m.trigger[0] - 40), min(m.clause[1], m.trigger[1] + 25))
        if PLANNED_CUES.search(text, *near) is not None:
            return m
    return None


def framing_event(
    mentions: list[Mention],
    trig: Trigger,
    ts: int,
    countries: set[str],
    found: dict[int, Mention],
    sentence: tuple[int, int],
) -> Mention | None:
    """The visit, summit or meeting of the trigger's ``countries`` that frames it, told in
    its sentence ("signed six agreements ... after they held talks Monday") or before: the
    one of exactly its sides first, else the latest of more sides."""
    # (A meeting told with its visit or summit in one sentence is that visit or
    # summit: "visited Ankara on May 10 and met Erdoğan" is one event.)
    nearest = (
        sorted(found.values(), key=lambda m: abs(m.trigger[0] - ts))
        if trig.kind is not EventKind.meeting
        else []
    )
    # the one of exactly its sides first ("The two prime ministers witnessed the
    # signing" after their talks, not the ASEAN summit one of them came from), else
    # the latest of more sides
    wider: Mention | None = None
    for m in [*nearest, *reversed(mentions[-DISCOURSE_MEMORY:])]:
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
            theirs = m.countries()
            if countries == theirs:
                return m
            if countries <= theirs:
                wider = wider or m
                continue
            if m.sentence != sentence:
                break
    return wider


def stay_of_a_planned_signing(mentions: list[Mention]) -> Mention | None:
    """The visit or summit the article told last, of a day or a week: where a planned
    signing whose sentence names no side and no day is (fifty-third pass)."""
    return next(
        (
            m
            for m in reversed(mentions[-DISCOURSE_MEMORY:])
            if m.kind in _STAYS_OF_A_SIGNING and m.date.precision in (Precision.day, Precision.week)
        ),
        None,
    )
