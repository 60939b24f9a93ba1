"""The trigger rules of gatherings: summits, calls, forums, exercises and meetings, and the
two other event nouns of the lexicon, foundings and conflicts (docs/extraction.md, "How an
event is found"); with what the reader asks around them: an organization's session named
with an ordinal (:data:`ORGANIZATION_SESSION`), a meeting noun after an organization's name
(:data:`MEETING_NOUN_AFTER`), a definite event noun referring back (:data:`ANAPHORIC`) and
the text a gathering adopts (:data:`GATHERING_DOCUMENT`, :data:`GATHERING_ACT`).

In :data:`timeline.extract.lexicon.TRIGGERS` the meetings at the top
(:data:`TOP_MEETING_TRIGGERS`) come right after the agreements, the others
(:data:`GATHERING_TRIGGERS`) after the visits.

>>> [t.name for t in TOP_MEETING_TRIGGERS], [t.name for t in GATHERING_TRIGGERS][:3]
(['summit', 'call', 'conversation'], ['forum', 'conference', 'exercise'])
"""

from __future__ import annotations

import re
from itertools import islice

from ..gazetteer import find_actors
from ..gazetteer.offices import honorific_words, office_phrases
from ..model import EventKind
from ..word_lists import word_lists
from .acting_sides import (
    a_state_acts,
    a_state_attacks,
    a_state_invades,
    clause_start,
    is_a_side,
    state_act_words,
)
from .cue_search import Cue
from .relation_guards import RELATIONS_IN_A_RELATIVE
from .topics import (
    ARMED_ATTACK,
    CONFLICT_NOUNS,
    a_crisis_between_sides,
    no_stance_before,
    no_unrest_after,
)
from .trigger_rule import Trigger, rules_from
from .visit_rules import HOSTING_VERBS, RECEIVED_OFFICES, a_guest_after, an_office_in

__all__ = [
    "ANAPHORIC",
    "ANAPHOR_WORDS",
    "GATHERING_ACT",
    "GATHERING_DOCUMENT",
    "GATHERING_TRIGGERS",
    "MEETING_NOUN_AFTER",
    "ORGANIZATION_SESSION",
    "TOP_MEETING_TRIGGERS",
]

#: Keywords of each rule (see :attr:`Trigger.needs`); tests check every match has one.
_NEEDS: dict[str, tuple[str, ...]] = {
    "summit": ("summit", "heads", "assembly"),
    "call": ("phone", "phonic", "call with", "call between"),
    "conversation": ("spoke", "speak", "conversation", "called", "calls", "rang "),
    "forum": ("forum",),
    "conference": ("conference",),
    "exercise": ("exercise", "drill", "manoeuvre", "maneuver"),
    "meeting": (
        "meet",
        "met",
        "talks",
        "negotiations",
        "session",
        "council",
        "retreat",
        "gather",
        "dialogue",
        "courtesy",
        "discussion",
    ),
    "discussion": ("discussion", "consultation"),
    "hospitality": ("dinner", "lunch", "banquet", "breakfast", "reception", "audience"),
    "credentials": ("credentials", "credence"),
    "reception": ("receiv", "host"),
    "reception-official": ("receiv", "host"),
    "call-on": ("call",),
    "founding-agreed": ("agreed", "decided", "resolved", "announced"),
    "founding": ("establish", "found", "set", "creat", "form", "institut", "launch"),
    "founding-done": ("establish", "set", "creat", "form", "launch"),
    "conflict": ("conflict", "clash", "crisis", "war", "fighting", "hostilities"),
    "offensive": ("began", "begun", "begin", "launch", "mount", "start", "opened"),
    "invasion": ("invasion", "invad", "intervention"),
    "armed-attack": ("ambushed", "attacked", "raided", "in action", "in combat"),
}


_t = rules_from(_NEEDS)

#: A name in the possessive right after a reception's verb: a thing of the leader's was
#: received ("received President Putin's letter"), not the leader.
_POSSESSED = re.compile(r"(?:[A-Z][\w.-]*\s+){0,5}?[A-Z][\w.-]*['’]s\b")


def _a_leader_received(text: str, start: int, end: int) -> bool:
    """Whether the office after a reception's verb is a leader received: a person after it
    (:func:`.visit_rules.a_guest_after`), not a thing of theirs ("received President
    Putin's letter").

    >>> text = "The ministry received President Putin's letter on Monday."
    >>> at = text.index("President")
    >>> _a_leader_received(text, at - 9, at)
    False
    >>> text = "Xi received President of Mongolia Kh.Battulga today."
    >>> at = text.index("President")
    >>> _a_leader_received(text, at - 9, at)
    True
    """
    return _POSSESSED.match(text, end) is None and a_guest_after(text, start, end)


#: The most words of an office written after a reception's verb ("the Deputy Prime
#: Minister - Minister of Foreign Affairs"): :func:`_an_official_received` tries its
#: first one to this many words against the gazetteer's offices.
_OFFICE_WORDS = 5
#: A word after a reception's verb and what follows it.
_WORD_AT = re.compile(r"[\w.-]+")


def _an_official_received(text: str, start: int, end: int) -> bool:
    """Whether a reception's verb (perhaps with "the") is followed by an official received:
    an office of the gazetteer (``data/offices.yaml``, any portfolio's minister in any form:
    "received the Speaker of the National Assembly of Slovenia", "received Minister of
    Foreign Affairs of Lithuania Gabrielius Landsbergis") or an honorific and a name
    ("hosted Mr Robert Beugré Mambé", "received H.E. ..."), written with a capital and
    a person after it (:func:`_a_leader_received`: not "received the President's letter",
    not "hosted the Summit").

    >>> def read(text: str) -> bool:
    ...     at = text.index(" ", text.index("ed ")) + 1
    ...     at = at + 4 if text.startswith("the ", at) else at
    ...     return _an_official_received(text, 0, at)
    >>> [read(s) for s in ("Milanovic received the Speaker of the Slovenian parliament.",
    ...     "Bawumia has hosted Mr Robert Mambe, the Prime Minister of Ivory Coast.")]
    [True, True]
    >>> [read(s) for s in ("He received the Minister's letter.", "She hosted the Summit.",
    ...     "They received the Nobel Prize.")]
    [False, False, False]
    """
    if not text[end : end + 1].isupper():
        return False
    words = [
        m.group().rstrip(".").lower() for m in islice(_WORD_AT.finditer(text, end), _OFFICE_WORDS)
    ]
    offices = office_phrases()
    office = any(" ".join(words[:n]) in offices for n in range(1, len(words) + 1))
    honorific = any(
        text.startswith(h + " ", end) and text[end + len(h) + 1 : end + len(h) + 2].isupper()
        for h in honorific_words()
    )
    return (office or honorific) and _a_leader_received(text, start, end)


#: The spaces after the official's state, before the office.
_SPACES = re.compile(r"\s{0,8}")
#: How far after a call's official :func:`_an_official_called_on` reads for an urging.
_URGING_REACH = 150
#: An urging after the one called on: "called on President Putin to end the war", up to
#: the clause's end.
_URGING = re.compile(r"[^.;:!?]*?\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]")


def _an_official_called_on(text: str, start: int, end: int) -> bool:
    """Whether "call on" (perhaps with "the") is a courtesy call on an official: an office
    or an honorific and a name after it as :func:`_an_official_received` reads them,
    perhaps after the official's state ("called on Japanese Prime Minister Fumio Kishida",
    "will call on Bangladesh Foreign Minister"), and no urging after it ("called on
    President Putin to end the war", "called on the government to act").

    >>> def read(text: str) -> bool:
    ...     at = text.index(" on ") + 4
    ...     at = at + 4 if text.startswith("the ", at) else at
    ...     return _an_official_called_on(text, 0, at)
    >>> [read(s) for s in ("Jaishankar called on Sri Lankan President Anura Dissanayake.",
    ...     "She will call on Prime Minister Sheikh Hasina on 28 May.",
    ...     "He called on the Minister of Foreign Affairs of Bangladesh Dr Momen.")]
    [True, True, True]
    >>> [read(s) for s in ("He called on President Putin to end the war.",
    ...     "They called on the government to act.", "He called on Russia to withdraw.")]
    [False, False, False]
    """
    at = end
    state = next(
        (
            m
            for m in find_actors(text, end, min(len(text), end + 60))
            if m.start == end and m.type == "country" and m.form in ("demonym", "name")
        ),
        None,
    )
    if state is not None:
        spaces = _SPACES.match(text, state.end)  # "Sri Lankan\nPresident" too
        at = spaces.end() if spaces is not None else state.end
    if not _an_official_received(text, start, at):
        return False
    return _URGING.match(text, at, min(len(text), at + _URGING_REACH)) is None


#: How far back :func:`_a_side_discusses` reads the holders.
_HOLDERS_REACH = 120
#: Two sides told as such before the verb: "The two sides will hold an in-depth discussion".
_BOTH_SIDES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:sides|countries|nations|states|governments)\b", re.I
)
#: "with" or "between" right after a match: the ones consulted follow.
_WITH_AFTER = re.compile(r"\s+(?:with|between)\b")
#: Where the phrase of the ones consulted ends: a comma or a sentence's or clause's end.
_PHRASE_STOP = re.compile(r"[,.;:!?\n]")
#: How far after "with" :func:`_a_side_discusses` reads the ones consulted.
_CONSULTED_REACH = 80
#: A word after a demonym that makes it a side's own ("the Chinese side", "Egyptian
#: officials", "his Chinese counterpart", "the Chinese Foreign Minister"), not a modifier of
#: a thing or of others ("Chinese regulators"): the acting side's words and the
#: discussions' extra ones of ``data/state_act_words.yaml``, or a word with a capital.
_SIDE_AFTER_DEMONYM = re.compile(
    r"\s+(?:(?:"
    + state_act_words("side_after_demonym")
    + "|"
    + state_act_words("side_after_demonym_in_talks")
    + r")\b|(?-i:[A-Z]))",
    re.I,
)


def _a_side_discusses(text: str, start: int, end: int) -> bool:
    """Whether a side holds the discussions or is consulted (review27 finding 19): a person
    or office after "with" / "between" (:func:`.visit_rules.a_guest_after`), or an actor of
    the gazetteer in the clause before the match or in the phrase after "with" / "between"
    (:func:`find_actors`): a country, a capital, an organization, a known person, a demonym
    only before a side's word ("Chinese officials", not "Chinese regulators"); or, before
    the match, an office or a delegation (:func:`.visit_rules.an_office_in`: "The two
    Ministers had an in depth discussion") or "the two sides"; "political consultations",
    the foreign ministries' format, always.

    >>> def read(text: str) -> bool:
    ...     m = re.search(r"held discussions|(?:political )?consultations with", text, re.I)
    ...     return m is not None and _a_side_discusses(text, m.start(), m.end())
    >>> read("Japan and Peru held discussions on Monday")
    True
    >>> read("The consultations with Japan ended on Monday")
    True
    >>> read("During the 6th Round of Political Consultations with them")
    True
    >>> read("following consultations with the Minister of Foreign Affairs of Egypt")
    True
    >>> read("Toyota held discussions with Chinese regulators on Monday about electric cars.")
    False
    >>> read("Toyota held discussions with Chinese authorities on Monday about electric cars.")
    True
    >>> read("After consultations with his lawyers on Monday, the Brazilian striker signed")
    False
    """
    if text[start:end].lower().startswith("political"):
        return True  # the foreign ministries' format: "Political Consultations"
    spans: list[tuple[int, int]] = []
    tail = _WITH_AFTER.match(text, end)
    if tail is not None or text[:end].endswith(("with", "between")):
        after = tail.end() if tail is not None else end
        if a_guest_after(text, after, after):
            return True
        stop = _PHRASE_STOP.search(text, after, min(len(text), after + _CONSULTED_REACH))
        spans.append((after, stop.start() if stop else min(len(text), after + _CONSULTED_REACH)))
    clause = clause_start(text, start, _HOLDERS_REACH)
    spans.append((clause, start))
    if an_office_in(text, clause, start) or _BOTH_SIDES.search(text, clause, start):
        return True
    return any(
        is_a_side(text, mention, _SIDE_AFTER_DEMONYM)
        for lo, hi in spans
        for mention in find_actors(text, lo, hi)
    )


#: The meetings at the top: summits and calls, in matching order.
TOP_MEETING_TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "summit",
        EventKind.summit,
        # not the name of a ministers' meeting: "the 14th East Asia Summit Foreign
        # Ministers' Meeting" (its noun "Meeting" is the meeting's own trigger)
        r"\bsummits?(?!\s+(?:foreign\s+|defen[cs]e\s+|economic\s+|senior\s+)?"
        r"(?:ministers|officials)[’']?\s+(?:meetings?|conference)\b)"
        r"(?:\s+meetings?)?\b|\b(?:meetings?\s+of\s+(?:the\s+)?)?"
        r"(?:meeting|session|conference)s?\s+of\s+(?:the\s+)?"
        r"(?:council\s+of\s+(?:the\s+)?)?heads\s+of\s+(?:state|government)\b"
        r"|\b(?:ordinary|extraordinary)\s+sessions?\s+of\s+(?:the\s+)?(?:(?:african\s+union|au)\s+)?"
        r"assembly\b",
        nominal=True,
        example="the 10th summit of the heads of state of the Organization of Turkic States",
    ),
    _t(
        "call",
        EventKind.call,
        r"\b(?:tele)?phon(?:e|ic)\s+(?:call|conversation|talks?|conference|meeting)s?\b"
        r"|\b(?:by|on)\s+(?:the\s+)?(?:tele)?phone\b|\bover\s+(?:the\s+)?(?:tele)?phone\b"
        r"|\b(?:tele)?phoned\b"
        r"|\b(?:a|the|their|his|her)\s+(?:phone\s+|video\s+)?call\s+(?:with|between)\b",
        nominal=True,
        example="the presidents of Turkey and Tajikistan held a telephone conversation",
    ),
    # A call told as a conversation, a leader or minister spoken with (twenty-seventh pass):
    # "Today Prime Minister Trudeau spoke with Jean-Claude Juncker", "Blinken spoke January 19
    # with Angolan President João Lourenço", "In a conversation with Berdimuhamedow last
    # month"; the one spoken with is a person (:func:`.visit_rules.a_guest_after`: not
    # "spoke with reporters", "a conversation with students"). A leader who "called his
    # Togolese counterpart" or "rang her French counterpart" phoned them (not "called
    # Boric an impoverisher", "an initiative called K-Silk Road": only a possessive's).
    _t(
        "conversation",
        EventKind.call,
        r"\b(?<![-\w])(?:called|calls|rang)\s+(?=(?:his|her|their)\s)"
        r"|\b(?:spoke|speaks|speaking)\s+(?:(?:on\s+)?(?:[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|"
        r"\d{1,2}\s+[a-z]+|[a-z]+day|today|yesterday|tonight|again|separately|also)\s+)?with\b"
        r"|\b(?:a|an|the|their|his|her|in)\s+(?:[\w-]+\s+){0,2}?conversations?\s+"
        r"(?:with|between)\b",
        nominal=True,
        accept=a_guest_after,
        example="Today Prime Minister Trudeau spoke with Jean-Claude Juncker, President of the "
        "European Commission.",
    ),
)

#: A forum described, not held, told right before the word "forum" written in lower case:
#: after a verb of being ("The Arctic Council is an international forum", "has become the
#: foremost forum for"), an article and up to four words between.
_FORUM_DESCRIBED = re.compile(
    r"\b(?:is|was|are|were|remains|remained|become|becomes|became|been|be)\s+"
    r"(?:a|an|the|its|their|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,4}$"
)
#: How far before "forum" :data:`_FORUM_DESCRIBED` reads.
_FORUM_DESCRIBED_REACH = 80


def _a_forum_held(text: str, start: int, end: int) -> bool:
    """Whether "forum" at ``text[start:end]`` may name a gathering held: not a body described
    by it in lower case (:data:`_FORUM_DESCRIBED`), not "forums" in lower case, the kind
    named in the plural ("at all levels and forums", "in different international forums").
    A forum named with capitals ("the Pacific Islands Forum") is always read (fifty-fifth
    session: the guard took 8 of the fifty-nine's 74 forums that are no gold event, and no
    gold event).

    >>> def read(text: str) -> bool:
    ...     m = re.search(r"forums?", text, re.I)
    ...     return m is not None and _a_forum_held(text, m.start(), m.end())
    >>> read("The Arctic Council is an international forum of eight states.")
    False
    >>> read("They cooperate at the UN and in different international forums.")
    False
    >>> read("This is the 53rd Pacific Islands Forum, held in Tonga.")
    True
    >>> read("He will attend a business forum in Ashgabat on Tuesday.")
    True
    """
    word = text[start:end]
    if word == "forums":
        return False
    if word != "forum":
        return True
    return _FORUM_DESCRIBED.search(text, max(0, start - _FORUM_DESCRIBED_REACH), start) is None


#: The words before "Conference" that name no gathering of states: a press or news
#: conference (the statement rules' own), one held by video or telephone (a call).
_NO_CONFERENCE = frozenset({"Press", "News", "Video", "Telephone", "Phone", "Tele"})
#: An organization named "... Conference" ("the Organisation of Islamic Conference"): the
#: body, not a gathering of it.
_BODY_OF_CONFERENCE = re.compile(r"Organi[sz]ation\s+of\s+(?:the\s+)?$")


def _a_conference_held(text: str, start: int, end: int) -> bool:
    r"""Whether a conference named with capitals at ``text[start:end]`` ("the Munich Security
    Conference", "the 4th Indian Ocean Conference") may be a gathering: not a press, news or
    video conference (:data:`_NO_CONFERENCE`), not an organization's name
    (:data:`_BODY_OF_CONFERENCE`). Seventieth pass: the fifty-nine's gold lists such
    conferences as meetings, forums or summits, one kind class.

    >>> def read(text: str) -> bool:
    ...     m = re.search(r"[A-Z][\w'’-]*\s+Conference", text)
    ...     return m is not None and _a_conference_held(text, m.start(), m.end())
    >>> read("He will attend the Munich Security Conference on Friday.")
    True
    >>> read("They spoke at a Joint Press Conference on Friday.")
    False
    >>> read("the Organisation of Islamic Conference met in Jeddah")
    False
    """
    if text[start:end].split()[0] in _NO_CONFERENCE:
        return False
    return _BODY_OF_CONFERENCE.search(text, max(0, start - 40), start) is None


#: The diplomatic relations as the subject of "established" (rule ``diplomatic-relations``
#: of :mod:`.kind_other_rules` reads them): "Formal diplomatic relations between Canada and
#: Mexico were established in January 1944", "since diplomatic ties were established in 1961",
#: or of a relative clause on it (:data:`RELATIONS_IN_A_RELATIVE`).
_RELATIONS_ESTABLISHED = re.compile(
    r"(?:\b(?:ties|relations)\s+(?:between\s+[^,.;:()]{1,60}?\s+)?(?:were|was)\s+"
    rf"(?:(?:formally|officially)\s+)?|{RELATIONS_IN_A_RELATIVE})$",
    re.IGNORECASE,
)
#: A government as the subject of "formed" (rule ``took-office`` reads it): "since a
#: government was formed in Beirut in February".
_GOVERNMENT_FORMED = re.compile(r"\bgovernment\s+(?:was|were|has\s+been)\s+$", re.IGNORECASE)


def _not_relations_established(text: str, start: int, end: int) -> bool:
    """Whether the thing ``text[start:end]`` says was established is no diplomatic
    relations and no government formed: those are the acts ``other``'s, as their
    establishment and formation are everywhere else (sixty-seventh pass: the fifty-nine's
    gold lists all six such as ``other``).

    >>> _not_relations_established("The ties were established in 1961.", 14, 28)
    False
    >>> _not_relations_established("since a government was formed in May", 23, 32)
    False
    >>> _not_relations_established("The bloc was established in 1967.", 13, 27)
    True
    >>> _not_relations_established("bilateral ties, which formally established on 24 May", 31, 45)
    False
    """
    before = max(0, start - 90)
    if _RELATIONS_ESTABLISHED.search(text, before, start) is not None:
        return False
    return not (
        text.startswith("formed", start)
        and _GOVERNMENT_FORMED.search(text, before, start) is not None
    )


def _fighting_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the conflict's noun ``text[start:end]`` tells fighting between armed sides
    (no crowd as its side: :func:`.topics.no_unrest_after`; a crisis only between sides
    named: :func:`.topics.a_crisis_between_sides`) and no stance taken on it
    (:func:`.topics.no_stance_before`: "set limits on the war").

    >>> text = "block the plan to send more troops, or set limits on the war."
    >>> _fighting_of_its_own(text, text.index("war"), text.index("war") + 3)
    False
    >>> text = "the conflict between two member states on the border"
    >>> _fighting_of_its_own(text, 4, 12)
    True
    """
    return (
        no_unrest_after(text, start, end)
        and no_stance_before(text, start, end)
        and a_crisis_between_sides(text, start, end)
    )


def _an_invasion_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the invasion at ``text[start:end]`` is a state's war on another
    (:func:`.acting_sides.a_state_invades`) told as no object of a stance
    (:func:`.topics.no_stance_before`: "doubts about the legality of the invasion in Iraq").

    >>> text = "Sands reported on doubts about the legality of the invasion in Iraq."
    >>> at = text.index("invasion")
    >>> _an_invasion_of_its_own(text, at, at + 8)
    False
    >>> text = "Russia's invasion of Ukraine in February 2022"
    >>> _an_invasion_of_its_own(text, 9, 17)
    True
    """
    return a_state_invades(text, start, end) and no_stance_before(text, start, end)


#: Forums, exercises, meetings, foundings and conflicts, in matching order.
GATHERING_TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "forum",
        EventKind.forum,
        r"\bforums?\b",
        nominal=True,
        example="attending the International Economic Forum in St. Petersburg",
        accept=_a_forum_held,
    ),
    _t(
        "conference",
        EventKind.forum,
        r"\b[A-Z][\w'’-]*\s+Conference\b(?!\s+(?:Cent(?:re|er)|Hall|Room|Hotel|Arena|Palace)\b)",
        nominal=True,
        case=True,
        example="Prime Minister Wickramasinghe will also be chairing the 4th Indian Ocean "
        "Conference (IOC), scheduled to be held from 3-4 September.",
        accept=_a_conference_held,
    ),
    _t(
        "exercise",
        EventKind.exercise,
        r"\b(?:military\s+|joint\s+|special[- ]forces?\s+|naval\s+|command[- ]staff\s+)+"
        r"(?:exercises?|drills?|manoeuvres|maneuvers)\b|\bdrills?\b|\bexercises\b"
        # the singular told by a word of war before it, by the verb of its holding or by
        # its name after it (thirty-sixth session): "the India-Japan maritime bilateral
        # exercise", "had conducted an exercise with Australia", "we are holding a
        # large-scale intensive exercise here", "The exercise, known as Great Prophet III";
        # not "conducted the voter registration exercise" (``non_military_exercises``), no
        # preposition or conjunction between (not "held simultaneously with the exercise")
        rf"|\b{state_act_words('exercise_modifiers')}\s+exercise\b"
        rf"|\b{state_act_words('exercise_holding_verbs')}\s+(?:(?:a|an|the|its|their|this)\s+)?"
        rf"(?:(?!(?:{state_act_words('non_military_exercises')}|with|of|in|on|at|to|for|from|by"
        r"|and|or|after|before|during)\b)[\w-]+\s+){0,3}?exercise\b(?!\s+(?:of|in\s+futility)\b)"
        r"|\bexercise\b(?=,?\s+(?:known\s+as|named|code-?named|dubbed|called)\b)",
        nominal=True,
        example="A Turkish Armed Forces joint military exercise with Uzbek troops started on "
        "March 22.",
    ),
    _t(
        "meeting",
        EventKind.meeting,
        r"\b(?:meetings?|met|meets|meet|talks|negotiations|sessions?\s+of)\b"
        r"|\bleaders[’']?\s+retreat\b|\b(?:gathered|gather|gathers)\s+(?:in|at|for)\b"
        r"|\b(?:strategic|ministerial|high[- ]level|2\s?\+\s?2|security|political)\s+dialogue\b"
        r"|\b(?:high|higher)[- ](?:level\s+)?council\b"
        # a leader's or envoy's call on a host: "paid a courtesy call on President Solih"
        r"|\bcourtesy\s+calls?\b"
        # talks told as discussions: "held discussions with President Nyusi", "high-level
        # discussions between senior officials from Tonga and New Zealand in November"
        r"|\bdiscussions?\s+(?:with|between)\b"
        # two sides' discussions by their word (thirtieth pass, kinds): "bilateral
        # discussions are planned for the coming month"
        r"|\bbilateral\s+discussions?\b",
        nominal=True,
        example="the second meeting of the high-level Uzbek-Turkish Strategic Cooperation Council",
    ),
    # Discussions held, consultations (twenty-seventh pass): "Muizzu and President
    # Wickremesinghe held discussions Friday evening in Kurumba", "had an in depth
    # discussion", "following consultations with the Minister of Foreign Affairs of Egypt",
    # "co-chaired the fourth political consultation ... in Vientiane"; a meeting only when
    # a side holds them or is consulted (:func:`_a_side_discusses`, review27 finding 19: not
    # "Toyota held discussions with Chinese regulators").
    _t(
        "discussion",
        EventKind.meeting,
        r"\b(?:held|hold|holds|holding|had|have|has)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"discussions?\b"
        r"|\b(?:political\s+)?consultations?\s+(?:with|between)\b|\bpolitical\s+consultations?\b",
        nominal=True,
        accept=_a_side_discusses,
        example="Muizzu and President Wickremesinghe held discussions Friday evening in Kurumba",
    ),
    # A meal or an audience given a guest (twenty-seventh pass): "Yoon's lunch with Hassan
    # and dinner with Abiy on Sunday", "hosted a luncheon in honor of the Minister of Foreign
    # Affairs of NZ", "will also have an audience with His Majesty, King Letsie III"; the
    # guest after it is a person (:func:`.visit_rules.a_guest_after`: not "a reception for
    # the diplomatic corps", "a lunch for journalists").
    _t(
        "hospitality",
        EventKind.meeting,
        r"\b(?:dinner|luncheon|lunch|banquet|breakfast|reception)\s+"
        r"(?:in\s+hono(?:u)?r\s+of|for|with)\b"
        r"|\baudience\s+(?:with|to)\b|\bgranted\s+(?:an\s+)?audience\s+to\b",
        accept=a_guest_after,
        example="This will be followed by Yoon's lunch with Hassan and dinner with Abiy on Sunday",
    ),
    # A presentation of credentials (sixty-eighth pass): "received letters of credentials
    # submitted by the new Ambassadors of Panama, Singapore and Indonesia", "President
    # Ramaphosa received credentials from 18 Heads of Mission-designates", "presented his
    # letters of credence to the President", "at the presentation of the credentials of the
    # new Ecuadorian ambassador"; a meeting of the receiving state and the envoys' (the gold
    # rule of tests/data/extraction/SOURCES.md, "a credentials ceremony is a meeting"). Told
    # by a verb of handing or receiving or by the presentation, not by the noun alone ("Letters
    # of Credence are official diplomatic documents"), nor a person's credentials as something,
    # nor the copy of them an envoy hands the foreign ministry first (the gold's `other`).
    _t(
        "credentials",
        EventKind.meeting,
        r"\b(?:present(?:ed|s|ing)?|submit(?:ted|s|ting)?|hand(?:ed|s|ing)?\s+over|"
        r"receiv(?:ed|es|e|ing)|accept(?:ed|s|ing)?)\s+"
        r"(?:(?:today|yesterday|on\s+[a-z]+day|this\s+morning)\s+)?"
        r"(?:(?:his|her|their|the|its)\s+)?"
        r"(?:letters?\s+of\s+)?(?:credentials|credence)\b(?!\s+as\b)"
        r"|\bpresentation\s+of\s+(?:(?:his|her|their|the)\s+)?(?:letters?\s+of\s+)?"
        r"(?:credentials|credence)\b"
        r"|\bcredentials?\s+ceremony\b",
        example="received letters of credentials submitted by the new Ambassadors of Panama, "
        "Singapore and Indonesia to Vietnam",
    ),
    # A leader received by a leader named by office and name, no determiner between
    # (fifty-second pass): "Xi Jinping received President of Mongolia Kh.Battulga at the
    # People's Great Hall today", "Kagame has today received President Filipe Nyusi", "was
    # received by President Buhari"; "received his counterpart" is the visit rule's.
    _t(
        "reception",
        EventKind.meeting,
        # the verbs of reception_verbs but "welcomed", which the visit rules read
        rf"\b(?:{HOSTING_VERBS})\s+(?:(?:today|yesterday|on\s+[a-z]+day)\s+)?"
        rf"(?=(?:{RECEIVED_OFFICES})\b)"
        rf"|\b(?:was|were)\s+received\s+by\s+(?=(?:{RECEIVED_OFFICES})\b)",
        accept=_a_leader_received,
        example="President Paul Kagame has today received President Filipe Nyusi of Mozambique",
    ),
    # A call on an official (fifty-eighth pass), a courtesy call told by its verb:
    # "Jaishankar called on Sri Lankan President Anura Kumara Dissanayake in Colombo on
    # Friday", "will call on Prime Minister Sheikh Hasina", "calls on President Ranil
    # Wickremesinghe"; not an urging ("called on President Putin to end the war").
    _t(
        "call-on",
        EventKind.meeting,
        r"\b(?:call|calls|called|calling)\s+on\s+(?:the\s+)?",
        accept=_an_official_called_on,
        example="External Affairs Minister S Jaishankar called on Sri Lankan President Anura "
        "Kumara Dissanayake in Colombo on Friday",
    ),
    # An official received, named by any office of the gazetteer, perhaps after "the", or
    # by an honorific and a name (fifty-eighth pass): "Milanovic today received the Speaker
    # of the National Assembly of Slovenia", "Bio hosted the Secretary General of the Mano
    # River Union", "Bawumia has hosted Mr Robert Beugre Mambe"; after the rule
    # ``reception``, which reads the leaders received with no determiner.
    _t(
        "reception-official",
        EventKind.meeting,
        rf"\b(?:{HOSTING_VERBS})\s+(?:(?:today|yesterday|on\s+[a-z]+day)\s+)?(?:the\s+)?",
        accept=_an_official_received,
        example="President Zoran Milanovic today received the Speaker of the Slovenian parliament",
    ),
    # A body the sides agree to set up (fiftieth pass): "the three countries agreed to
    # establish the Pakistan-China-Afghanistan trilateral foreign ministers' mechanism", "They
    # also agreed to set up a joint taskforce", "the Presidents decided to establish a
    # mechanism for pentagonal regular consultations", "they announced the creation of the
    # Canada-United States Council for ..."; the tuning gold lists eight such as foundings.
    # A body of the states' own (``founded_bodies`` of ``data/state_act_words.yaml``), not
    # a company, a fund or a summit ("agreed to establish a joint venture" stays the rule
    # ``agreed-to-establish``'s act).
    _t(
        "founding-agreed",
        EventKind.founding,
        r"\b(?:agreed|decided|resolved)(?:\s+on\s+\w+)?\s+to\s+(?:establish|create|set\s+up|launch|form)\s+"
        rf"(?:a|an|the)\s+(?:[\w’'“”\"-]+\s+){{0,6}}?{state_act_words('founded_bodies')}"
        rf"(?:[”\"]?\s+{state_act_words('founded_bodies')})?\b"
        r"|\bannounced\s+the\s+(?:creation|establishment|launch)\s+of\s+(?:a|an|the)\s+"
        rf"(?:[\w’'“”\"-]+\s+){{0,8}}?{state_act_words('founded_bodies')}"
        rf"(?:[”\"]?\s+{state_act_words('founded_bodies')})?\b",
        example="They also agreed to set up a joint taskforce",
    ),
    # A body founded by the sides named before the verb, its date anywhere in the sentence
    # (sixty-seventh pass): "Burkina Faso, Mali, and Niger formed the Alliance of Sahel
    # States in September 2023", "Ukraine, Poland, and Lithuania have created a cooperation
    # platform called the Lublin Triangle"; a body of the states' own (``founded_bodies`` of
    # ``data/state_act_words.yaml``), a side acting in the clause before
    # (:func:`.acting_sides.a_state_acts`).
    _t(
        "founding-done",
        EventKind.founding,
        r"\b(?:formed|created|established|launched|set\s+up)\s+(?:a|an|the)\s+"
        rf"(?:[\w’'“”\"-]+\s+){{0,6}}?{state_act_words('founded_bodies')}\b",
        accept=a_state_acts,
        example="Burkina Faso, Mali, and Niger formed the Alliance of Sahel States",
    ),
    _t(
        "founding",
        EventKind.founding,
        r"\b(?:established|founded|set\s+up|created|formed|instituted|launched)(?:\s+back)?\s+"
        r"(?:in|on)\b|\b(?:established|founded|created|launched)\s+(?:at|by|during)\s+"
        r"(?:[\w-]+\s+){1,5}?in(?=\s+(?:1[89]|20)\d\d\b)",
        needs_date_after=True,
        example="the Organization of Turkic States (OTS), established in 2009",
        accept=_not_relations_established,
    ),
    _t(
        "conflict",
        EventKind.conflict,
        CONFLICT_NOUNS,
        nominal=True,
        accept=_fighting_of_its_own,
        example="In September 2022, ... the conflict between two member states on the "
        "Kyrgyz-Tajik border",
    ),
    # An offensive begun by a state (twenty-eighth pass): "Israel began a ground offensive
    # into southern Lebanon on Monday", "Azerbaijani forces mounted a large-scale
    # offensive"; the words are ``data/state_act_words.yaml``'s, and a side must act in the
    # clause before (:func:`.acting_sides.a_state_acts`: not "the team launched an offensive")
    # and no game's word in the sentence (:func:`.acting_sides.a_state_attacks`: not "Chile
    # launched an offensive in the second half").
    _t(
        "offensive",
        EventKind.conflict,
        rf"\b{state_act_words('launching_verbs')}\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
        rf"(?:[\w’'-]+\s+){{0,3}}?{state_act_words('offensives')}\b",
        accept=a_state_attacks,
        example="Israel began a ground offensive into southern Lebanon on Monday",
    ),
    # An invasion told by its noun or verb (thirtieth pass, kinds): "Russia's invasion of
    # Ukraine in February 2022", "the US-led invasion in 2003", "troops invaded Kuwait in
    # 1990", "its intervention in Liberia in May 1996"; the words are
    # ``data/state_act_words.yaml``'s, with the invaded country right after or the invader
    # right before (:func:`.acting_sides.a_state_invades`: not "a pitch invasion", "the
    # minister's intervention in the debate"). A conflict takes no date from the discourse:
    # an invasion told without its date is no event.
    _t(
        "invasion",
        EventKind.conflict,
        rf"\b{state_act_words('invasion_words')}\b",
        accept=_an_invasion_of_its_own,
        example="Russia's invasion of Ukraine in February 2022",
    ),
    # An armed side's attack or a soldier's death in combat (seventy-third pass): "Suspected
    # Tamil Tiger rebels have ambushed and killed three soldiers", "a member of the UK Armed
    # Forces has been killed in action this afternoon"; the words are
    # ``data/fighting_words.yaml``'s (``armed_sides``, ``attack_verbs``, ``deaths_in_combat``).
    _t(
        "armed-attack",
        EventKind.conflict,
        ARMED_ATTACK,
        page_day_unless_after=True,
        example="Suspected Tamil Tiger rebels have ambushed and killed three soldiers in Sri "
        "Lanka's volatile eastern region",
    ),
)

#: The text a gathering adopts or issues: a declaration, a communiqué, a joint or final
#: statement ("The summit ended with an 18-point Declaration"); the candidates' log reads
#: it as an adoption at the gathering the sentence or the story tells
#: (:meth:`timeline.extract.candidate_log.CandidateLog._adoption_at_gathering`).
GATHERING_DOCUMENT = Cue(
    r"\b(?:declarations?|communiqu[eé]s?|(?:joint|final)\s+(?:summit\s+)?statements?)\b", re.I
)
#: A verb that tells the text was adopted or issued (not only quoted).
GATHERING_ACT = Cue(
    r"\b(?:adopt(?:ed|s|ion)?|issued?|agreed|approved|endorsed|released|produced|"
    r"(?:concluded|ended|closed|resulted)\s+(?:with|in))\b",
    re.I,
)

#: An organization's session named by the organization with an ordinal: "The Fifty-First
#: (51st) Pacific Islands Forum was held in Suva", "the 75th UN General Assembly, which
#: opens in September". Its pattern is matched right before an organization's name (the
#: gazetteer finds the name); the name is then the trigger, dated only by its own words.
ORGANIZATION_SESSION = Trigger(
    "organization-session",
    EventKind.meeting,
    re.compile(
        r"\b(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|"
        r"seventh|eighth|ninth|tenth|eleventh|twelfth))\)?\s+$",
        re.IGNORECASE,
    ),
    nominal=True,
    example="The Fifty-First (51st) Pacific Islands Forum was held in Suva, Fiji from 11 – 14 "
    "July 2022",
)
#: A meeting noun right after an organization's name names the session itself, which the
#: noun's own rule finds: "the 50th Pacific Islands Forum Leaders Meeting".
MEETING_NOUN_AFTER = re.compile(
    r"\s+(?:\([^()]{1,12}\)\s+)?(?:leaders[’']?\s+|foreign\s+ministers[’']?\s+)?"
    r"(?:summits?|meetings?|sessions?|retreat|conference)\b",
    re.IGNORECASE,
)

#: The reviewed word lists of ``data/anaphor_words.yaml``: the event nouns that refer back
#: to an event told already and the kinds each may refer to (``anaphor_kinds``), those
#: that refer back only after a preposition of time (``said_at_nouns``), the anaphors of a
#: gathering by where an act was done at it (``occasion_nouns``) and the words that pick
#: an anaphor's antecedent (``anaphor_modifiers``), read here and by
#: :mod:`~timeline.extract.antecedents`; and the nouns by which a sentence opens on a text
#: told already (``text_anaphors``), read by :mod:`~timeline.extract.duplicates`; the words
#: that put a gathering at another time than the story's (``other_time_modifiers``), read
#: by :mod:`~timeline.extract.news_day`.
ANAPHOR_WORDS = word_lists(
    "anaphor_words.yaml",
    {
        "anaphor_kinds": "values",
        "said_at_nouns": "words",
        "occasion_nouns": "words",
        "anaphor_modifiers": "words",
        "other_time_modifiers": "words",
        "text_anaphors": "words",
    },
)

#: A definite event noun that refers back to an event already told, and the kinds
#: it may refer to: "During the visit", "Following the negotiations", "during the
#: discussions" (after a preposition of time only: ``said_at_nouns`` of
#: ``data/anaphor_words.yaml``), "the two-day visit", "on the sidelines of the summit",
#: "Within the scope of the commission meeting". The nouns are those of ``anaphor_kinds``
#: and ``occasion_nouns`` there.
ANAPHORIC = Cue(
    r"\b(?:the|this|that|his|her|their|its|(?:Mr\.?|Mrs\.?|Ms\.?|President)\s+[\w’'-]+[’']s)"
    r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>"
    + "|".join(map(re.escape, ANAPHOR_WORDS.values("anaphor_kinds")))
    + "|(?:"
    + "|".join(map(re.escape, ANAPHOR_WORDS.words("occasion_nouns")))
    + r")(?!\s+of\b))\b",
    re.IGNORECASE,
)
