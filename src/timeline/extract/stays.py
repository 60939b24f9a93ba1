"""The days of a stay its text counts (issue #12, failure class 4: multi-day spans).

"Museveni arrived in Nairobi on Wednesday for a three-day state visit" tells a visit of
three days from Wednesday; "on Monday ended his two-day visit to Brunei" one of two days
to Monday; "the two-day summit that kicks off on Tuesday" a summit of Tuesday and
Wednesday. A visit, summit, meeting, forum or exercise dated by one day whose clause
counts its days ("three-day", "3-day", "two-day-long" right before its noun, up to two
words between: "a three-day Gulf tour", "a four-day official visit") takes those days,
from that day when the cue nearest the count opens the stay ("arrived", "begins",
"embarks", "leaves for", "kicks off", "from"), to it when the cue closes it ("concluded",
"ended", "wrapped up", "returned", or "after" or "from" right before the count). No cue, no span:
"Muizzu, who is on a four-day state visit, held talks with Modi on Monday" does not say
where in the visit Monday lies. A count must be of the event's own class (a visit's
nouns for a visit, "summit", "talks" ... for a gathering: the talks of "arrived on Monday
for a three-day visit and held talks" are not three days long); a gathering's and an
exercise's count must be of its own trigger's noun. One count in the clause only.

A visit or an exercise dated by one day whose sentence names, after its trigger, the last
day of what lasts ("arrived in Lisbon on Friday to begin an official visit to Portugal that
will last until April 25", "is visiting the Faroes until Wednesday") takes the days from its
day to that one, two weeks at most (:func:`days_until`; fiftieth pass).

An act dated by the days of a stay whose sentence names one of them by its rank ("On the
first day of his visit, Manet held official talks with Sonexay", the visit of 25-26 March)
takes that day (:func:`day_of_a_stay`; fifty-second pass).

A visit dated by a week ("will embark on a three-day trip to Japan next week") whose
article names, in a later sentence with a visit's noun, one span of days inside that week
("Park's trip from Monday to Wednesday will be the first ...") takes those days; a
gathering so dated, the days of a later sentence with its noun right after "the" ("Held
on Monday 18 September 2023, the meeting was chaired by ...") (:func:`days_in_the_week`;
sixty-ninth pass).

A stay told going on ("the Emir of Qatar, who is on a two-day state visit to Pakistan"),
with no day of its own, holds the page's day (:func:`told_going_on`; fifty-third pass).

Why: of the tuning gold's events whose evidence counts its days, 201 are dated by all of
them and 24 by one day (forty-ninth pass); the extractor gave the one day. The words are
the reviewed lists of ``data/stay_words.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from ..model import EventDate, EventKind, Precision
from ..temporal.anchoring_words import WORDS as ANCHORING
from ..temporal.lexicon import NUMBER_WORDS, alternation
from ..word_lists import word_lists
from .ordinals import ordinal_pattern, ordinal_value

__all__ = [
    "ARRIVAL_VERB",
    "CLOSING_VERB",
    "COUNTED_DAYS",
    "DEPARTURE_VERB",
    "closed_stays",
    "day_of_a_stay",
    "days_in_the_week",
    "days_of_a_stay",
    "days_until",
    "held_in",
    "held_on",
    "stay_days_told",
    "told_going_on",
]

_WORDS = word_lists(
    "stay_words.yaml",
    {
        "visit_nouns": "words",
        "gathering_nouns": "words",
        "exercise_nouns": "words",
        "visit_told_again": "words",
        "stay_arrivals": "words",
        "stay_opens": "words",
        "stay_closes": "words",
        "stay_lasts": "words",
        "stay_day_firsts": "words",
        "stay_day_lasts": "words",
        "stay_going_on_adverbs": "words",
        "stay_held": "words",
    },
)
#: The list of nouns whose count counts an event of each kind.
_NOUNS_OF = {
    EventKind.visit: "visit_nouns",
    EventKind.summit: "gathering_nouns",
    EventKind.meeting: "gathering_nouns",
    EventKind.forum: "gathering_nouns",
    EventKind.exercise: "exercise_nouns",
}
_NUMBER = alternation(w for w in NUMBER_WORDS if w not in ("a", "an"))
#: The longest stay counted (a state visit, a tour, a summit, an exercise of two weeks).
_LONGEST = 14


def _count_of(key: str) -> re.Pattern[str]:
    """A count of days ("three-day", "3-day", "two-day-long"), then up to two words, then a
    noun of the list ``key``."""
    return re.compile(
        rf"\b(?P<n>\d{{1,2}}|{_NUMBER})[- ]days?(?:[- ]long)?\s+(?:[\w’'-]+\s+){{0,2}}?"
        rf"(?:{alternation(_WORDS.words(key))})\b",
        re.IGNORECASE,
    )


_COUNTS = {key: _count_of(key) for key in sorted(set(_NOUNS_OF.values()))}
#: A visit told again by a noun or a verb: "Park's trip from Monday to Wednesday", "will be
#: visiting the two countries from Monday to Wednesday".
_VISIT_TOLD_AGAIN = re.compile(
    rf"\b(?:{alternation([*_WORDS.words('visit_nouns'), *_WORDS.words('visit_told_again')])})\b",
    re.IGNORECASE,
)
#: A gathering told again by its noun right after "the": "Held on Monday 18 September 2023,
#: the meeting was chaired by ..." (not "the Ibero-American Summit", another one).
_THE_NOUN = {
    key: re.compile(rf"\bthe\s+(?:{alternation(_WORDS.words(key))})\b", re.IGNORECASE)
    for key in sorted(set(_NOUNS_OF.values()))
}
#: A noun of each class then "from", right before a day: "his four-day trip from Sunday".
_NOUN_FROM = {
    key: re.compile(rf"\b(?:{alternation(_WORDS.words(key))})\s+from\s+$", re.IGNORECASE)
    for key in sorted(set(_NOUNS_OF.values()))
}
#: What every count holds ("three-day", "3 day"; not "Monday"): a clause without it counts
#: no days, and the count's own pattern, which opens with every number word, is not run.
COUNTED_DAYS = re.compile(r"\w[- ]days?\b", re.IGNORECASE)
#: A verb that tells a stay's first day in the host (``stay_arrivals``), not a departure:
#: "Joe Biden arrived in Angola Monday" (:mod:`.visit_days`).
ARRIVAL_VERB = re.compile(rf"\b(?:{alternation(_WORDS.words('stay_arrivals'))})\b", re.IGNORECASE)
#: The verbs that open a stay: its arrival in the host or its departure from home.
_OPENS_WORDS = [*_WORDS.words("stay_arrivals"), *_WORDS.words("stay_opens")]
_OPENS = re.compile(rf"\b(?:{alternation(_OPENS_WORDS)})\b", re.IGNORECASE)
#: A verb that tells a stay's last day (``stay_closes``): "The visit ends in Bergen on
#: Thursday" (:mod:`.visit_days`).
CLOSING_VERB = re.compile(rf"\b(?:{alternation(_WORDS.words('stay_closes'))})\b", re.IGNORECASE)
#: "after a four-day visit", "returned from his two-day stay": the day closes the stay ("from"
#: after the count opens it: "a three-day visit from Sunday").
_AFTER = re.compile(r"\b(?:after|from)\s+(?:a|an|his|her|their|its|the)\s+$", re.IGNORECASE)


#: A stay told closing: a closing cue ("wrapping up", "concluded", "ended"), a determiner, up
#: to sixty characters, a visit's noun, and the place it was to ("to Indonesia", "in Dhaka").
_CLOSED_STAY = re.compile(
    rf"\b(?:{alternation(_WORDS.words('stay_closes'))})\s+(?:his|her|their|its|the|a|an)\b"
    rf"[^.;:!?]{{0,60}}?\b(?:{alternation(_WORDS.words('visit_nouns'))})\b"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?",
    re.IGNORECASE,
)


#: A departure's verb (rule ``departure``; :mod:`.visit_sides` reads it too).
DEPARTURE_VERB = re.compile(r"(?:leaves?|left|leaving|depart(?:s|ed|ing)?)", re.IGNORECASE)
#: A departure to a destination after "for": "left for Vietnam", "left Tokyo for Washington".
_DEPARTS_FOR = re.compile(
    rf"{DEPARTURE_VERB.pattern}\b[^.;:!?]{{0,60}}?\sfor\s+(?:the\s+)?[A-Z]", re.IGNORECASE
)


def closed_stays(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` that tell a stay closing, with its place: "left for
    Vietnam on Friday, wrapping up his three-day state visit to Indonesia", "wrapped up his
    Dhaka visit and left for Mongolia". A departure told beside one goes elsewhere, so the
    stay's place is no side of it (:mod:`.visit_sides`; sixty-third pass).

    >>> text = "Moon left for Vietnam on Friday, wrapping up his state visit to Indonesia."
    >>> [text[a:b] for a, b in closed_stays(text, 0, len(text))]
    ['wrapping up his state visit to Indonesia']
    """
    return [m.span() for m in _CLOSED_STAY.finditer(text, start, end)]


#: The kinds a stay "until" a day dates: a visit and an exercise. Not a gathering: "until"
#: in its sentence mostly ends the visit it is held during ("Mirziyoyev's visit will continue
#: until Saturday"), not the meeting (fiftieth pass, fifty-nine tuning sets).
_LASTING = frozenset({EventKind.visit, EventKind.exercise})
#: "until", "till" or "through" right before a day: the last day of what lasts up to it.
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
#: A word of what lasts ("is visiting the Faroes", "a visit that will last"), the nearest
#: before "until" in its sentence, at most :data:`_LASTS_REACH` characters before it.
_LASTS = re.compile(rf"\b(?:{alternation(_WORDS.words('stay_lasts'))})\b", re.IGNORECASE)
_LASTS_REACH = 100


def _ends_a_stay(text: str, sentence_start: int, day_start: int) -> bool:
    """Whether "until", "till" or "through" stands right before the day at ``day_start``
    and a word of what lasts (``stay_lasts``: "visiting", "last", "remain", "be in") comes
    before it in its sentence, within a hundred characters: the day is the last of a stay
    ("will visit India, Sri Lanka and Ethiopia through August 4").

    >>> text = "Samuelsen is visiting the Faroes until Wednesday."
    >>> _ends_a_stay(text, 0, text.index("Wednesday"))
    True
    >>> text = "The mission was extended until October 20."
    >>> _ends_a_stay(text, 0, text.index("October"))
    False
    """
    until = _UNTIL.search(text, max(sentence_start, day_start - 12), day_start)
    if until is None:
        return False
    reach = max(sentence_start, until.start() - _LASTS_REACH)
    return _LASTS.search(text, reach, until.start()) is not None


def _nearest_cue(
    text: str, clause: tuple[int, int], count: tuple[int, int], day: int | None = None
) -> str | None:
    """``opens`` or ``closes``: what the cue of the clause nearest the count says of the
    stay's day ("did not issue statements at the end of the meeting ... the two-day summit
    that kicks off on Tuesday" opens it); None without a cue. When the clause holds cues of
    both kinds and the day's words stand at ``day``, the cue nearest the day tells of it:
    "arrived in Beijing on Monday for a three-day official visit that will end on Wednesday"
    opens the stay on Monday and closes it on Wednesday (sixty-third pass; the cue nearest
    the count, "end", closed it on Monday too: a second visit of Saturday to Monday).

    >>> text = "arrived on Monday for a three-day visit that will end on Wednesday"
    >>> count = (text.index("three"), text.index(" that"))
    >>> [_nearest_cue(text, (0, len(text)), count, text.index(d)) for d in ("Monday", "Wed")]
    ['opens', 'closes']
    >>> _nearest_cue(text, (0, len(text)), count)
    'closes'
    """
    if _AFTER.search(text, max(clause[0], count[0] - 20), count[0]):
        return "closes"
    nearest, kinds = _cue_nearest(text, clause, count)
    if day is not None and len(kinds) == 2:
        nearest, _ = _cue_nearest(text, clause, (day, day))
    return nearest


def _cue_nearest(
    text: str, clause: tuple[int, int], near: tuple[int, int]
) -> tuple[str | None, set[str]]:
    """What the cue of the clause nearest the span ``near`` says (``opens``, ``closes`` or
    None without a cue), and the kinds of cue the clause holds."""
    best: tuple[int, str] | None = None
    kinds = set()
    for name, pattern in (("opens", _OPENS), ("closes", CLOSING_VERB)):
        for cue in pattern.finditer(text, clause[0], clause[1]):
            kinds.add(name)
            gap = near[0] - cue.end() if cue.end() <= near[0] else cue.start() - near[1]
            if best is None or gap < best[0]:
                best = (max(gap, 0), name)
    return (best[1] if best is not None else None), kinds


def _day_at(
    text: str, clause: tuple[int, int], when: EventDate, timexes: Sequence[Any]
) -> int | None:
    """Where the clause names the day ``when`` was read from (its words, once), when it
    names another day too (``timexes``, the clause's temporal expressions, each with its
    ``start``, ``end`` and ``event_date()``: "on Monday ... will end on Wednesday"); else
    None. A clause of one day tells no day of its own to each cue: "on Thursday left for
    home after wrapping up his three-day visit" (the day is the leaving's, "left" an
    opening cue read nearest it)."""
    if not when.text:
        return None
    days = set()
    for timex in timexes:
        if clause[0] <= timex.start and timex.end <= clause[1]:
            told = timex.event_date()
            if told is not None and told.precision is Precision.day and told.days == 1:
                days.add(told.start)
    if len(days) < 2:
        return None
    at = text.find(when.text, clause[0], clause[1])
    if at < 0 or text.find(when.text, at + 1, clause[1]) >= 0:
        return None
    return at


def days_of_a_stay(
    text: str,
    kind: EventKind,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    when: EventDate,
    timexes: Sequence[Any] = (),
) -> EventDate | None:
    """The days of the stay ``clause`` counts for an event of ``kind`` at ``trigger``
    dated ``when`` (one day), or None (see the module docstring). ``timexes``, the
    clause's temporal expressions, tell whether it names a day to each cue
    (:func:`_nearest_cue`).

    >>> def days(sentence: str, trigger_word: str, kind: str = "visit") -> str | None:
    ...     at = sentence.index(trigger_word)
    ...     stay = days_of_a_stay(sentence, EventKind(kind), (0, len(sentence)),
    ...                           (at, at + len(trigger_word)), EventDate.from_value("2024-05-15"))
    ...     return stay.value if stay else None
    >>> days("Museveni arrived in Nairobi on Wednesday for a three-day state visit.", "arrived")
    '2024-05-15/2024-05-17'
    >>> days("Tinubu returned to Abuja on Wednesday after a four-day visit.", "visit")
    '2024-05-12/2024-05-15'
    >>> days("the two-day summit that kicks off on Wednesday", "summit", "summit")
    '2024-05-15/2024-05-16'
    >>> days("Muizzu, who is on a four-day state visit, held talks on Wednesday.", "visit")
    >>> days("Xi arrived on Wednesday for a three-day visit and held talks", "talks", "meeting")
    """
    key = _NOUNS_OF.get(kind)
    if key is None or when.precision is not Precision.day or when.start != when.end:
        return None
    if COUNTED_DAYS.search(text, clause[0], clause[1]) is None:
        return None
    counts = list(_COUNTS[key].finditer(text, clause[0], clause[1]))
    if len(counts) != 1:
        return None
    count = counts[0]
    if kind is not EventKind.visit and not count.start() < trigger[1] <= count.end():
        return None  # a gathering's or an exercise's count is of its own noun
    if _DEPARTS_FOR.match(text, trigger[0], clause[1]) and any(
        a <= count.start() < b and not a <= trigger[0] < b
        for a, b in closed_stays(text, clause[0], clause[1])
    ):
        return None  # "left for Vietnam, wrapping up his three-day visit": the stay left's
    told = count.group("n").lower()
    days = int(told) if told.isdigit() else NUMBER_WORDS.get(told, 0)
    if not 2 <= days <= _LONGEST:
        return None
    cue = _nearest_cue(text, clause, count.span(), _day_at(text, clause, when, timexes))
    if cue is None:
        return None
    start = when.start if cue == "opens" else when.start - timedelta(days=days - 1)
    end = start + timedelta(days=days - 1)
    return EventDate.from_value(f"{start.isoformat()}/{end.isoformat()}", text=when.text)


def days_until(
    text: str,
    kind: EventKind,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    when: EventDate,
    timexes: Sequence[Any],
) -> EventDate | None:
    """The days from ``when`` (one day) to the last day of the stay its sentence tells after
    the trigger ("arrived in Lisbon on Friday to begin an official visit to Portugal that will
    last until April 25"; :func:`_ends_a_stay`), for a visit or an exercise (:data:`_LASTING`); at
    most two weeks. ``timexes`` are the sentence's temporal expressions (each with its
    ``start`` and ``event_date()``), read only for such an event.

    >>> text = "Lula arrived in Lisbon on Friday for a visit that will last until April 25."
    >>> at = text.index("visit")
    >>> friday = EventDate.from_value("2023-04-21")
    >>> from timeline.temporal import tag
    >>> days_until(text, EventKind.visit, (0, len(text)), (at, at + 5), friday,
    ...            tag(text, friday.start)).value
    '2023-04-21/2023-04-25'
    """
    if kind not in _LASTING or when.precision is not Precision.day or when.start != when.end:
        return None
    for timex in timexes:
        start = timex.start
        if start < trigger[1] or not sentence[0] <= start < sentence[1]:
            continue
        day = timex.event_date()
        if day is None or day.precision is not Precision.day or day.start != day.end:
            continue
        if not when.start < day.start <= when.start + timedelta(days=_LONGEST - 1):
            continue
        if _ends_a_stay(text, sentence[0], start):
            value = f"{when.start.isoformat()}/{day.start.isoformat()}"
            return EventDate.from_value(value, text=when.text)
    return None


_DAY_FIRSTS = frozenset(_WORDS.words("stay_day_firsts"))
_DAY_LASTS = frozenset(_WORDS.words("stay_day_lasts"))
#: "on the second day of his visit", "during the final day of the annual summit": the
#: rank (an ordinal, or a first or last word), then the stay's noun, a few words after its
#: determiner ("of the Icelandic state visit").
_DAY_OF = re.compile(
    r"\b(?:on|during|at)\s+the\s+(?:(?P<edge>"
    + alternation([*_DAY_FIRSTS, *_DAY_LASTS])
    + r")|"
    + ordinal_pattern()
    + r")\s+day\s+of\s+(?:(?:his|her|their|its|the|this|that)\s+)?(?:[\w'’-]+\s+){0,4}?(?:"
    + alternation([*_WORDS.words("visit_nouns"), *_WORDS.words("gathering_nouns")])
    + r")\b",
    re.IGNORECASE,
)


def day_of_a_stay(
    text: str, sentence: tuple[int, int], trigger: tuple[int, int], when: EventDate
) -> EventDate | None:
    """The day of the stay ``when`` (days of one stay, two weeks at most) that the sentence
    names by its rank for an act at ``trigger`` ("On the first day of his visit, Manet held
    official talks with Sonexay", the talks dated by the visit's two days: the first of
    them), or None: no such phrase, more than one, a rank beyond the stay's days, or the
    phrase's noun the act's own trigger (the visit itself is all its days). Fifty-second
    pass: 55 such phrases in the tuning texts, the acts they date given the stay's days.

    >>> text = "On the second day of his visit, Rabuka met Modi in New Delhi."
    >>> at = text.index("met")
    >>> visit = EventDate.from_value("2025-08-24/2025-08-26")
    >>> day_of_a_stay(text, (0, len(text)), (at, at + 3), visit).value
    '2025-08-25'
    >>> day_of_a_stay(text.replace("second", "final"), (0, len(text) + 4), (at + 4, at + 7),
    ...               visit).value
    '2025-08-26'
    >>> at = text.index("visit")
    >>> day_of_a_stay(text, (0, len(text)), (at, at + 5), visit) is None
    True
    """
    if when.precision is not Precision.day or when.start == when.end:
        return None
    days = (when.end - when.start).days + 1
    if days > _LONGEST:
        return None
    found = list(_DAY_OF.finditer(text, sentence[0], sentence[1]))
    if len(found) != 1:
        return None
    phrase = found[0]
    if phrase.start() <= trigger[0] < phrase.end():
        return None
    edge = (phrase.group("edge") or "").lower()
    if edge in _DAY_LASTS:
        rank: int | None = days
    elif edge in _DAY_FIRSTS:
        rank = 1
    else:
        rank = ordinal_value(phrase.group("n"), phrase.group("tens"), phrase.group("word"))
    if rank is None or not 1 <= rank <= days:
        return None
    day = when.start + timedelta(days=rank - 1)
    return EventDate.from_value(day.isoformat(), text=when.text)


#: A stay told going on, right before its noun: "is" or "are", an adverb of
#: ``stay_going_on_adverbs`` or none, "on", a determiner and up to four words ("who is on a
#: two-day state visit", "are currently on an official visit").
_GOING_ON = re.compile(
    rf"\b(?:is|are)\s+(?:(?:{alternation(_WORDS.words('stay_going_on_adverbs'))})\s+)?on\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)


def told_going_on(text: str, start: int, at: int) -> bool:
    """Whether the stay whose noun opens at ``at`` is told going on, in the present ("the
    Emir of Qatar, who is on a two-day state visit to Pakistan"): the page's day is one of
    its days. ``start`` bounds the look back (the clause's start). Fifty-third pass: of the
    tuning gold's visits told so, 9 in 26 were missed, their clause writing no day.

    >>> text = "the Emir of Qatar, who is on a two-day state visit to Pakistan"
    >>> told_going_on(text, 0, text.index("visit"))
    True
    >>> told_going_on(text.replace("is on", "was on"), 0, text.index("visit"))
    False
    """
    return _GOING_ON.search(text, max(start, at - 80), at) is not None


#: A phrase attached right after a gathering's or a visit's noun that tells the day it takes
#: place (:func:`held_on`): up to six words of its name ("of the Shanghai Cooperation
#: Organisation"), a comma perhaps, "which" or "that" with an auxiliary or "to be" perhaps,
#: a verb of its taking place or opening (``stay_held``, ``stay_arrivals``, ``stay_opens``)
#: or a plan's participle and "for" (``scheduled_for`` of anchoring_words.yaml), a
#: preposition, the day.
_HELD_ON = re.compile(
    r"(?:\s+(?:of|the|and|[A-Z][\w’'.-]*|\d{1,4}(?:st|nd|rd|th)?)){0,6}\s*,?\s+"
    r"(?:(?:which|that)\s+(?:(?:will|is|was|are|were|would|has\s+been|had\s+been)\s+)?"
    r"(?:(?:due|set|expected|scheduled|slated)\s+to\s+)?(?:be\s+)?|to\s+be\s+)?"
    rf"(?:{alternation([*_WORDS.words('stay_held'), *_OPENS_WORDS])}"
    rf"|(?:{alternation(ANCHORING.words('scheduled_for'))})\s+for)"
    r"(?:\s+(?:on|in|from|at|for))?\s+(?:the\s+)?",
    re.IGNORECASE,
)


#: A relative clause right after a gathering's noun that tells where it takes place
#: (:func:`held_in`): "which" or "that" with an auxiliary or "to be" perhaps, a verb of its
#: taking place (``stay_held``), perhaps its day after a preposition ("on June 1", "in
#: autumn"; not a purpose: "convened to discuss developments in Guinea"), "in".
_HELD_IN = re.compile(
    r",\s+(?:which|that)\s+(?:(?:will|is|was|are|were|would|has\s+been|had\s+been)\s+)?"
    r"(?:(?:due|set|expected|scheduled|slated)\s+to\s+)?(?:be\s+)?"
    rf"(?:{alternation(_WORDS.words('stay_held'))})"
    r"(?:\s+(?:on|from|this|next|last|early|late|between|over|during|in)\s[^,;.]{0,30}?)?"
    r"\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)


def held_in(text: str, clause_end: int, place_start: int) -> bool:
    """Whether the place at ``place_start`` is told, in a relative clause opening at
    ``clause_end`` right after a gathering's noun, as where it takes place ("the summit of
    the European Political Community, which takes place on June 1 in Moldova").

    >>> text = "Zelensky arrived at the EPC summit, which takes place on June 1 in Moldova."
    >>> held_in(text, text.index(","), text.index("Moldova"))
    True
    >>> text = "the summit, which was convened to discuss developments in Guinea"
    >>> held_in(text, text.index(","), text.index("Guinea"))
    False
    """
    return _HELD_IN.fullmatch(text, clause_end, place_start) is not None


def held_on(text: str, trigger_end: int, day_start: int) -> bool:
    """Whether the day at ``day_start`` is told, in a phrase attached right after the noun
    of a gathering or a visit ending at ``trigger_end``, as the day it takes place or
    opens: that day is the act's own, even where the sentence dates the journey to it by
    another ("will arrive in Lima on Thursday for the APEC summit, which opens on Friday").

    >>> text = "Ishiba will arrive in Lima on Thursday for the APEC summit, which opens on Friday."
    >>> held_on(text, text.index(","), text.index("Friday"))
    True
    >>> text = "the summit of the Shanghai Cooperation Organisation, to be held on 4 July"
    >>> held_on(text, text.index(" of"), text.index("4 July"))
    True
    >>> text = "the two-day summit starting Friday"
    >>> held_on(text, text.index(" starting"), text.index("Friday"))
    True
    >>> text = "the summit, which ended a feud begun in 2009"
    >>> held_on(text, text.index(","), text.index("2009"))
    False
    """
    return _HELD_ON.fullmatch(text, trigger_end, day_start) is not None


def stay_days_told(
    text: str,
    kind: EventKind,
    sentences: Sequence[tuple[int, int]],
    dates_in: Callable[[tuple[int, int]], Sequence[Any]],
    timexes_in: Callable[[tuple[int, int]], Sequence[Any]] = lambda span: (),
) -> list[tuple[tuple[int, int], EventDate]]:
    """The days each of ``sentences`` (its dates by ``dates_in``, the spans of
    :func:`.usable_dates.usable_timexes`) gives a stay of ``kind`` by a noun of its class
    (a visit's or "visiting"; a gathering's right after "the": "the meeting", not "the
    Ibero-American Summit")
    ("Park's trip from Monday to Wednesday", "his four-day trip from Sunday": the day and
    the days the sentence counts from it, :func:`days_of_a_stay`), with the sentence's
    start; the index :func:`days_in_the_week` reads, built once per article. A day right
    after the noun and "from" opens the stay (``timexes_in``, the sentence's temporal
    expressions: the usable dates drop a day after "from" as a state's open end).

    >>> text = "During his four-day trip from Sunday, he plans to meet Blinken."
    >>> class Sunday:
    ...     start, end, type = 30, 36, "DATE"
    ...     def event_date(self) -> EventDate:
    ...         return EventDate.from_value("2022-06-12")
    >>> [(at, d.value) for at, d in stay_days_told(text, EventKind.visit, [(0, len(text))],
    ...                                            lambda span: [], lambda span: [Sunday()])]
    [((0, 63), '2022-06-12/2022-06-15')]
    """
    key = _NOUNS_OF.get(kind)
    if key is None:
        return []
    noun = _VISIT_TOLD_AGAIN if key == "visit_nouns" else _THE_NOUN[key]
    told: list[tuple[tuple[int, int], EventDate]] = []
    for span in sentences:
        found = noun.search(text, span[0], span[1])
        if found is None:
            continue
        usable = list(dates_in(span))
        days: list[EventDate] = [d.date for d in usable]
        for t in timexes_in(span):
            if any(d.start <= t.start < d.end for d in usable):
                continue  # a usable range's end ("from Monday to Wednesday")
            if t.type.upper() == "DATE" and _NOUN_FROM[key].search(text, span[0], t.start):
                when = t.event_date()
                if when is not None:
                    days.append(when)
        for when in days:
            if when.precision is not Precision.day:
                continue
            counted = days_of_a_stay(text, kind, span, found.span(), when)
            told.append((span, counted or when))
    return told


def days_in_the_week(
    week: EventDate, after: int, told: Sequence[tuple[tuple[int, int], EventDate]]
) -> EventDate | None:
    """The one span of days inside ``week`` (a TIMEX3 week value, ``2022-W29``: TimeML
    1.2.1, section 2.2.1) that ``told`` (:func:`stay_days_told`) gives in the sentences
    that start at or after ``after``, or None: none, or two (a later sentence refines the
    plan told by its week, "will embark on a three-day trip to Japan next week ... Park's
    trip from Monday to Wednesday"; two spans may be two stays, a tour's legs).

    >>> told = [((90, 160), EventDate.from_value("2022-07-18/2022-07-20"))]
    >>> days_in_the_week(EventDate.from_value("2022-W29"), 50, told).value
    '2022-07-18/2022-07-20'
    >>> days_in_the_week(EventDate.from_value("2022-W30"), 50, told) is None
    True
    """
    if week.precision is not Precision.week:
        return None
    # a week may open on its Sunday: "will next week make his first visit to the United
    # States ... During his four-day trip from Sunday" (a Thursday's next week)
    first = week.start - timedelta(days=1)
    inside = {d.value: d for at, d in told if at[0] >= after and first <= d.start <= week.end}
    return next(iter(inside.values())) if len(inside) == 1 else None
