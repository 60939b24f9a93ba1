"""A visit's sides: the countries it goes to, named after its verb or noun ("will visit
India, Sri Lanka, the Maldives ... and Ethiopia", "a courtesy visit to Prime Minister, James
Marape"), or after the verb that told it ("Zelensky visited Poland on an official visit");
the place left by a departure ("left Tokyo for Washington") and the places of the journey's
other legs ("Before heading to Saudi Arabia, Mr. Bush visited Dubai"), which are no sides;
the guest and the hosts of a reception ("<host> received <guest>", "met the visiting
<guest>", "was welcomed in Tokyo"); and a visit's participants as hosts and visitors
(:func:`visit_roles`). The words are ``data/visit_words.yaml``'s (:mod:`.visit_rules`). Read
by :func:`.actors.participants_for` (:func:`visit_hosts`) and :func:`.actors.format_sides`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..gazetteer import ActorMention
from ..gazetteer.offices import honorific_words, office_phrases
from ..model import ActorType, Location, Participant, Role
from .actor_mentions import Mentions, actor_country, actor_type
from .stays import DEPARTURE_VERB, closed_stays
from .visit_rules import (
    BEFORE_VISITING_GUEST,
    DESTINATION_ADJECTIVES,
    OFFICE_AFTER_DEMONYM,
    PASSIVE_AUXILIARY,
    RECEPTION_VERBS,
    skipped_before_a_guest,
)

__all__ = ["BEFORE_A_PLACE", "visit_hosts", "visit_roles"]

#: "in", "at", "to" or "into" right before a place, perhaps with "the" and words of a
#: region, a city or a state's possessive between: "in Tashkent", "to the Kazakh capital",
#: "in Azerbaijan's Shusha city"; the place of an event (:func:`.actors.choose_location`)
#: and a visit's destination (:func:`_hosts`).
BEFORE_A_PLACE = re.compile(
    r"\b(?:in|at|to|into)\s+(?:the\s+)?(?:(?:Kazakh|Kyrgyz|Uzbek|Turkish|Azerbaijani|Turkmen|"
    r"Tajik|southern|northern|eastern|western|central|capital|city|national|touristic|zone|of|"
    r"[A-Z][\w’']+[’']s)\s+)*[\"“]?$",
)


#: Between two destinations of one list: "India, Sri Lanka, the Maldives ... and Ethiopia",
#: "Buenos Aires, Argentina; Ecuador" (a semicolon between two stops written "City, Country").
_LIST_GAP = re.compile(r"(?:[,;]\s+|,?\s+and\s+)(?:then\s+)?(?:the\s+)?")
#: What may stand between a visit's verb and the state visited: "the", a word of
#: ``destination_adjectives`` ("visited neighbouring Mauritania", "the brotherly").
_DESTINATION_GAP = re.compile(rf"(?:the\b\s*)?(?:(?:{DESTINATION_ADJECTIVES})\b)?", re.IGNORECASE)


#: An office right after a country's word: "Kenya, Indian Prime Minister Narendra Modi"
#: names a person after the list, not one more destination (``data/visit_words.yaml``).
_AN_OFFICE_AFTER = re.compile(
    r"\s+(?:" + "|".join(OFFICE_AFTER_DEMONYM) + r")\b",
    re.IGNORECASE,
)


#: "to" or "on" and an office before a person ("a visit to President Ram Chandra Paudel",
#: "a courtesy visit to Prime Minister, James Marape"); group ``office`` is checked against
#: the gazetteer's offices (:func:`_visited_person`).
_TO_AN_OFFICE = re.compile(
    r"\b(?:to|on)\s+(?:the\s+)?(?P<office>[A-Z][\w'’-]*(?:\s+(?:of|for|the|[A-Z][\w'’-]*)){0,5})"
    r",?\s+(?P<honorifics>(?:\S+\s+){0,2}?)$"
)


def _visited_person(text: str, lo: int, at: int) -> bool:
    """Whether the person named at ``at`` is the one a visit goes to: "to" or "on", an office
    of the gazetteer and honorifics alone stand before the name, from ``lo`` on.

    >>> text = "He paid a courtesy visit to Prime Minister, H.E. James Marape."
    >>> _visited_person(text, 0, text.index("James"))
    True
    >>> text = "After his visit to India, Moon will visit Singapore."
    >>> _visited_person(text, 0, text.index("Moon"))
    False
    """
    found = _TO_AN_OFFICE.search(text, lo, at)
    if found is None or found["office"].lower() not in office_phrases():
        return False
    honorifics = found["honorifics"].split()
    return all(word in honorific_words() for word in honorifics)


def _hosts(
    text: str, trigger_end: int, mentions: Mentions, clause_end: int, *, object_visited: bool = True
) -> list[str]:
    """The countries a visit goes to: the first country or place after 'to'/'in' (or right
    after the trigger, "the" between or not, unless ``object_visited`` is false: the object
    of "welcomed" is the guest), and the countries listed after it ("will visit India, Sri
    Lanka, the Maldives, South Africa, Uganda and Ethiopia"; "Dar es Salaam, Tanzania" is
    one destination)."""
    window = min(clause_end, trigger_end + 80)
    candidates: list[tuple[int, int, str | None]] = [
        (m.start, m.end, actor_country(m))
        for m in mentions.actors
        if trigger_end <= m.start < clause_end and actor_type(m) is ActorType.country
    ]
    candidates += [
        (p.start, p.end, p.country) for p in mentions.places if trigger_end <= p.start < clause_end
    ]
    # "a courtesy visit to Prime Minister, James Marape": the person visited, named after
    # "to" and an office alone, stands for the state visited
    visited = {
        m.start
        for m in mentions.actors
        if trigger_end <= m.start < window
        and actor_type(m) is ActorType.person
        and actor_country(m)
        and _visited_person(text, max(trigger_end - 4, m.start - 60), m.start)
    }
    candidates += [
        (m.start, m.end, actor_country(m)) for m in mentions.actors if m.start in visited
    ]
    candidates.sort(key=lambda c: c[0])
    hosts: list[str] = []
    last = -1
    for start, end, country in candidates:
        if start < last:
            continue  # a capital is both a country's mention and a place
        if hosts:
            if not _LIST_GAP.fullmatch(text, last, start) or _AN_OFFICE_AFTER.match(text, end):
                break
            if country and country not in hosts:
                hosts.append(country)
            last = end
            continue
        if start >= window:
            break
        gap = text[trigger_end:start].strip()
        if country and (
            # "visited the Philippines", "visited neighbouring Mauritania"
            (object_visited and _DESTINATION_GAP.fullmatch(gap))
            or BEFORE_A_PLACE.search(text[max(trigger_end - 4, start - 60) : start])
            or start in visited
        ):
            hosts.append(country)
            last = end
    return hosts


#: A verb of a visit with its destination after it ("visited", "arrived in", "travelled to").
_VISIT_VERB = re.compile(
    r"\b(?:visited|visiting|(?:will|would|to|shall)\s+visit|arriv(?:ed|es|ing)(?=\s+in\b)|"
    r"travell?(?:ed|s|ing)?(?=\s+to\b)|(?:went|came|flew)(?=\s+to\b))\b",
    re.IGNORECASE,
)


def _visit_verb_before(text: str, clause_start: int, trigger_start: int) -> int | None:
    """The end of the last verb of a visit in the clause before a visit's noun at
    ``trigger_start`` ("Zelensky visited Poland on an official visit"), where the noun
    tells the verb's visit again; None without one. Not the noun "visit" ("After
    Duterte's visit to Brunei, he will proceed to China for an official state visit").

    >>> text = "Zelensky visited Poland on an official visit in April."
    >>> text[: _visit_verb_before(text, 0, text.index("visit in"))]
    'Zelensky visited'
    """
    last = None
    for verb in _VISIT_VERB.finditer(text, clause_start, trigger_start):
        last = verb
    return last.end() if last is not None else None


#: The "for" of a departure's destination after its verb (:data:`.stays.DEPARTURE_VERB`).
_FOR_DESTINATION = re.compile(r"[^.;:!?]{0,100}?\s(for)\s+(?=(?:the\s+)?[A-Z])")


def _place_left(text: str, trigger: tuple[int, int], clause_end: int) -> tuple[int, int] | None:
    """For a departure told with its destination after "for" ("is due to leave Saudi Arabia
    on Tuesday for Egypt", "Lee left Tokyo on 24 Aug for Washington"), the span between
    the verb and "for", where the place left is named; None for another trigger.

    >>> text = "Bush will leave Saudi Arabia on Tuesday for Egypt."
    >>> start = text.index("leave")
    >>> a, b = _place_left(text, (start, start + 5), len(text))
    >>> text[a:b]
    ' Saudi Arabia on Tuesday '
    """
    if not DEPARTURE_VERB.fullmatch(text, trigger[0], trigger[1]):
        return None
    found = _FOR_DESTINATION.match(text, trigger[1], clause_end)
    return (trigger[1], found.start(1)) if found else None


_DEPARTURE_BEFORE = re.compile(rf"\b{DEPARTURE_VERB.pattern}\b", re.IGNORECASE)


def _place_left_before(
    text: str, trigger: tuple[int, int], clause_start: int
) -> tuple[int, int] | None:
    """For a visit told after a departure to its destination ("the PM left Tokyo for
    Washington DC on a six-day official visit to the USA"), the span where the place left
    is named; None when no departure with a destination stands before the trigger.

    >>> text = "On April 28, the PM left Tokyo for Washington on a visit to the USA."
    >>> start = text.index("visit")
    >>> a, b = _place_left_before(text, (start, start + 5), 0)
    >>> text[a:b]
    ' Tokyo '
    """
    for verb in _DEPARTURE_BEFORE.finditer(text, clause_start, trigger[0]):
        found = _FOR_DESTINATION.match(text, verb.end(), trigger[0])
        if found:
            return (verb.end(), found.start(1))
    return None


#: The words of another leg of a journey right before the place it goes to: "Before heading
#: to Saudi Arabia, Mr. Bush visited Dubai", "visited Dubai before flying on to Riyadh", "en
#: route to", "on his way to", "visited Dubai" (read only for a visit with a destination of
#: its own: "In his regional tour in July, he visited Kuwait, Qatar and Iraq" is the tour's);
#: not a return home.
_LEG_BEFORE = re.compile(
    r"(?:\b(?:before|after|then)\s+(?:head|travel|fly|flie|continu|proceed)\w*(?:\s+on)?\s+"
    r"(?:to|for)|\b(?:head(?:s|ed|ing)?|flew|fl(?:y|ies|ying))\s+on\s+to|"
    # a leg told on its own: "Heading to Kenya, Modi visited Tanzania", "Modi, who visited
    # Mozambique last week, arrived in Kenya" (review33 finding 7)
    r"\b(?:head(?:s|ed|ing)|travel(?:l?ing|l?ed|s)|fl(?:ew|ying))\s+(?:on\s+)?(?:to|for)|"
    r"\b(?:arriv(?:ed|es|ing)|landed)\s+in|"
    r"\b(?:before|after)\s+(?:leaving|departing)\s+for|"
    r"\b(?:left|leav(?:es|ing)|depart(?:s|ed|ing))\s+for|"
    r"\ben\s+route\s+to|\bon\s+(?:his|her|their|its|the)\s+way\s+to|"
    # a leg named by its place alone, opening the clause: "After the US, Modi will travel
    # to Egypt" (seventieth pass)
    r"(?:\A|(?<=[.;:!?\n])|(?<=[.;:!?\n]\s))(?:after|before)|"
    r"(?<!the\s)\bvisit(?:s|ed)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _another_leg(text: str, at: int, trigger: tuple[int, int], clause_start: int) -> bool:
    """Whether the actor named at ``at`` is the place of another leg of a journey than the
    visit of ``trigger``: a journey's words stand right before it, outside the trigger.

    >>> text = "Before heading to Saudi Arabia, Mr. Bush visited Dubai briefly."
    >>> trigger = (text.index("visited"), text.index("visited") + 7)
    >>> _another_leg(text, text.index("Saudi"), trigger, 0)
    True
    >>> _another_leg(text, text.index("Dubai"), trigger, 0)
    False
    """
    leg = _LEG_BEFORE.search(text, max(clause_start, at - 40), at)
    if leg is not None:
        return not trigger[0] <= leg.start() < trigger[1] and leg.end() != trigger[1]
    return _visited_by_another(text, at, trigger, clause_start)


#: A visit's noun or verb and the places it goes to, up to a place's name ending right
#: before the actor read: "official visit to the Republic of ", "state visits to the Italian
#: Republic and the ", "a visit to " (the places listed after it are its too; not "visit to
#: Budapest, Prime Minister ": a person after the list is no place of it).
_ANOTHER_VISIT_TO = re.compile(
    r"\bvisit(?:s|ed)?\s+(?:to\s+)?"
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}(?:,\s*|\s+and\s+)){0,4}"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+of\s+)?$"
)
#: A trigger that is a visit's own noun or verb or an arrival, perhaps after its adjectives
#: ("state visits", "official visit", "arrived in Tehran"): the visits
#: :func:`_visited_by_another` tells apart (not a journey on to other legs, "heads to").
_A_VISITS_NOUN = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al))\b", re.IGNORECASE
)
#: How far back :func:`_visited_by_another` reads for the visit a place is the goal of.
_VISIT_TO_REACH = 160


def _visited_by_another(text: str, at: int, trigger: tuple[int, int], clause_start: int) -> bool:
    """Whether the actor named at ``at`` is the place another visit told in the clause goes
    to: the visit noun or verb it follows is not the trigger's ("an official visit to
    Austria, state visits to Italy and the Vatican": Austria is no side of the state
    visits, Italy and the Vatican none of the official visit). Only for a trigger that is a
    visit's own noun or verb.

    >>> text = "Thuong's official visit to Austria, state visits to Italy and the Vatican."
    >>> official = (text.index("visit"), text.index("visit") + 5)
    >>> state = (text.index("visits"), text.index("visits") + 6)
    >>> [_visited_by_another(text, text.index(p), official, 0) for p in ("Austria", "Italy")]
    [False, True]
    >>> [_visited_by_another(text, text.index(p), state, 0) for p in ("Austria", "Vatican")]
    [True, False]
    """
    if not _A_VISITS_NOUN.match(text, trigger[0], trigger[1]):
        return False  # a journey on ("before she heads to Tanzania"): its legs read apart
    goal = _ANOTHER_VISIT_TO.search(text, max(clause_start, at - _VISIT_TO_REACH), at)
    return goal is not None and not trigger[0] <= goal.start() < trigger[1]


#: "held talks with the visiting Japanese Prime Minister", "received visiting Spanish Prime
#: Minister Sanchez": the one named after "visiting" is the guest when a determiner, "with"
#: or a verb of meeting or reception comes right before it (``BEFORE_VISITING_GUEST``); the
#: host is named before it.
_VISITING_GUEST = re.compile(rf"\b(?:{BEFORE_VISITING_GUEST})\s+$", re.IGNORECASE)
#: How far back :func:`_guest_and_hosts` reads for the word before "visiting".
_BEFORE_VISITING_REACH = 12
#: "Visiting" opening its clause: "Visiting Sri Lankan President Sirisena and Prime
#: Minister Hasina are now in a bilateral meeting" (the hosts are named after the guest).
_CLAUSE_OPENS = re.compile(r"[\s\"'“‘(]*$")


#: A reception's verb (``reception_verbs`` of ``data/visit_words.yaml``); group ``passive``
#: the auxiliary of the passive before it ("was received", "has been warmly welcomed").
_RECEPTION = re.compile(
    rf"(?P<passive>{PASSIVE_AUXILIARY})?\b(?:{RECEPTION_VERBS})\b",
    re.IGNORECASE,
)


def _guest_and_hosts(
    text: str, trigger: tuple[int, int], in_clause: Sequence[Any], clause_start: int = 0
) -> tuple[str, list[str]] | None:
    """For a visit told as "<host> met the visiting <guest>" (after "the", "his", "her",
    "their", or opening its clause: "Visiting Sri Lankan President Sirisena and Prime
    Minister Hasina are ..."): the guest's country and the countries named before the
    trigger, its hosts, or, when none is (or "visiting" opens the clause), those named after
    the guest (perhaps none: the caller then takes the clause's place); None when the
    trigger is not so told.

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "India's Prime Minister met the visiting Japanese Prime Minister in Delhi."
    >>> start = text.index("visiting")
    >>> mentions = find_mentions(text, 0, len(text)).actors
    >>> _guest_and_hosts(text, (start, start + 8), mentions)
    ('JP', ['IN'])
    """
    if text[trigger[0] : trigger[1]].lower() != "visiting":
        return None
    opens = _CLAUSE_OPENS.fullmatch(text, clause_start, trigger[0]) is not None
    before_visiting = text[max(0, trigger[0] - _BEFORE_VISITING_REACH) : trigger[0]]
    if not opens and not _VISITING_GUEST.search(before_visiting):
        return None
    after = sorted((m for m in in_clause if m.start >= trigger[1]), key=lambda m: m.start)
    if not after or text[trigger[1] : after[0].start].strip():
        return None
    guest = actor_country(after[0])
    if guest is None:
        return None
    before = [actor_country(m) for m in in_clause if m.end <= trigger[0]]
    if opens or not any(before):
        # no host named before "visiting": those named after the guest ("Visiting Sri
        # Lankan President Sirisena and Prime Minister Hasina are ...", "Bhandari and her
        # visiting Chinese counterpart Xi Jinping held talks at ..., Kathmandu")
        before = [actor_country(m) for m in in_clause if m.start > after[0].start]
    hosts: list[str] = []
    for country in before:
        if country and country != guest and country not in hosts:
            hosts.append(country)
    return guest, hosts


def _received_guest(text: str, in_clause: Sequence[Any]) -> tuple[str, list[str]] | None:
    """For a visit told as a reception, "<host> received / hosted / welcomed <guest>": the
    country of the side named right after the verb (past a determiner or a title's adjective:
    :func:`.visit_rules.skipped_before_a_guest`), the guest, and the countries named before
    it, its hosts; in the passive ("<guest> was received by <host>", "was welcomed in
    Tokyo") the side named before is the guest and the first after it the host. None
    without such a reception between two sides of the clause, or when the guest is among
    the hosts.

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> def roles(text: str) -> tuple[str, list[str]] | None:
    ...     return _received_guest(text, find_mentions(text, 0, len(text)).actors)
    >>> roles("Kuwait's emir received the Omani foreign minister on Sunday.")
    ('OM', ['KW'])
    >>> roles("Erdoğan hosted his Azerbaijani counterpart Ilham Aliyev on Sunday.")
    ('AZ', ['TR'])
    >>> roles("The Omani foreign minister was received by the Emir of Kuwait.")
    ('OM', ['KW'])
    >>> roles("Prime Minister Modi was welcomed with full honours in Tokyo on Friday.")
    ('IN', ['JP'])
    >>> roles("Mr Albanese received a ceremonial welcome as he touched down in Port Moresby.")
    >>> roles("Kuwait and Oman signed an agreement.") is None
    True
    """
    ordered = sorted(in_clause, key=lambda m: m.start)
    if len(ordered) < 2:
        return None
    reception = _RECEPTION.search(text, ordered[0].end, ordered[-1].start)
    if reception is None:
        return None
    before = [c for m in ordered if m.end <= reception.start() and (c := actor_country(m))]
    after = [
        (m.start, c) for m in ordered if m.start >= reception.end() and (c := actor_country(m))
    ]
    if not before or not after:
        return None
    if reception.group("passive"):  # "was received by <host>", "was welcomed in Tokyo"
        guest, hosts = before[-1], [after[0][1]]
    elif skipped_before_a_guest(text[reception.end() : after[0][0]]):
        guest, hosts = after[0][1], list(dict.fromkeys(before))
    else:  # "received a ceremonial welcome as he touched down in Port Moresby"
        return None
    return None if guest in hosts else (guest, hosts)


def _at_an_active_reception(text: str, trigger: tuple[int, int], clause_start: int) -> bool:
    """Whether ``trigger`` is the verb of a reception in the active voice ("welcomed", not
    "was welcomed"), whose object is the guest.

    >>> text = "Boric welcomed Milei; Modi was welcomed in Tokyo."
    >>> active, passive = text.index("welcomed"), text.rindex("welcomed")
    >>> _at_an_active_reception(text, (active, active + 8), 0)
    True
    >>> _at_an_active_reception(text, (passive, passive + 8), text.index("Modi"))
    False
    """
    window = _RECEPTION.finditer(text, max(clause_start, trigger[0] - 30), trigger[1])
    at_trigger = [m for m in window if m.end() == trigger[1]]
    return bool(at_trigger) and at_trigger[-1].start() == trigger[0]  # no "was" before it


#: A departure's verb and the "for" of its destination right after it: "left for Mongolia".
_LEFT_FOR = re.compile(rf"\b{DEPARTURE_VERB.pattern}\s+for\b", re.IGNORECASE)


def _inside_any(m: ActorMention, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``m``, a state or an organization (not a person), is named in one of ``spans``."""
    return actor_type(m) is not ActorType.person and any(a <= m.start < b for a, b in spans)


def visit_hosts(
    text: str,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    mentions: Mentions,
    in_clause: list[ActorMention],
    location: Location | None,
) -> tuple[list[ActorMention], list[str]]:
    """The sides of a visit whose trigger lies in ``clause``, and the countries it goes to:
    ``in_clause`` (the clause's actor mentions, in order) without the place left by a
    departure told with its destination nor the places of the journey's other legs, and the
    hosts the words after the trigger (or after the verb that told the visit) name
    (:func:`_hosts`), or a reception names ("met the visiting <guest>", "<host> received
    <guest>"), or the ``location``'s country when another country is named to visit it.

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "Bush will leave Saudi Arabia on Tuesday for Egypt."
    >>> mentions = find_mentions(text, 0, len(text))
    >>> at = text.index("leave")
    >>> told = visit_hosts(text, (at, at + 5), (0, len(text)), mentions, [*mentions.actors], None)
    >>> sides, hosts = told
    >>> [m.text for m in sides], hosts
    (['Bush', 'Egypt'], ['EG'])
    """
    left = _place_left(text, trigger, clause[1])
    # "leave Saudi Arabia on Tuesday for Egypt", "left Tokyo for Washington DC on a
    # six-day official visit to the USA": the place left is no side (home, or a leg
    # before this one)
    place_left = left or _place_left_before(text, trigger, clause[0])
    if place_left is not None:
        in_clause = [
            m
            for m in in_clause
            if not (place_left[0] <= m.start < place_left[1] and actor_type(m) is ActorType.country)
        ]
    closed = closed_stays(text, clause[0], clause[1])
    if closed and DEPARTURE_VERB.fullmatch(text, trigger[0], trigger[1]):
        # "left for Vietnam on Friday, wrapping up his state visit to Indonesia": the place
        # of the stay closing is the place left, no side of the departure
        in_clause = [m for m in in_clause if not _inside_any(m, closed)]
    elif any(a <= trigger[0] < b for a, b in closed):
        # "wrapped up his Dhaka visit and left for Mongolia": the place gone to next is no
        # side of the stay closing
        went = [(d.end(), d.end() + 40) for d in _LEFT_FOR.finditer(text, clause[0], clause[1])]
        in_clause = [m for m in in_clause if not _inside_any(m, went)]
    # at a reception's verb ("Boric welcomed Argentine President Milei to Santiago")
    # the side right after it is the guest, no place visited
    hosts = _hosts(
        text,
        left[1] + 3 if left else trigger[1],
        mentions,
        clause[1],
        object_visited=not _at_an_active_reception(text, trigger, clause[0]),
    )
    verb = None if hosts else _visit_verb_before(text, clause[0], trigger[0])
    if verb is not None:
        # "Zelensky visited Poland on an official visit": the noun's visit is the verb's,
        # whose object is the state visited
        hosts = _hosts(text, verb, mentions, trigger[0])
    in_clause = [
        m
        for m in in_clause
        if not hosts
        or actor_country(m) in hosts
        or not _another_leg(text, m.start, trigger, clause[0])
    ]
    guest_told = _guest_and_hosts(text, trigger, in_clause, clause[0])
    if guest_told is not None and not guest_told[1]:
        # "Bhandari and her visiting Chinese counterpart Xi Jinping held talks at ...,
        # Kathmandu": no state named as host, the place of the talks hosts them
        place = location.country if location is not None else None
        guest_told = (guest_told[0], [place]) if place and place != guest_told[0] else None
    if guest_told is None and not hosts:
        # no host named by the place visited: a reception names them ("<host> received <guest>")
        guest_told = _received_guest(text, in_clause)
    if guest_told is not None:
        hosts = guest_told[1]
    elif not hosts and location is not None and location.country:
        # the place the clause names before the visit hosts it ("signed a security agreement
        # in Warsaw during Zelensky's visit"), when another country is named to visit it
        named_states = {c for m in in_clause if (c := actor_country(m))}
        if location.country in named_states and len(named_states) > 1:
            hosts = [location.country]
    if not hosts:
        hosts = _host_of_a_named_guest(text, trigger, in_clause)
    if not hosts:
        hosts = _state_named_before_the_noun(text, trigger, in_clause)
    return in_clause, hosts


#: Between a guest's possessive and the noun of their visit: "Wang Yi's visit", "Trump's
#: first state visit", "Modi's two-day official visit".
_POSSESSIVE_GUEST = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}$")
#: Between the noun of a visit and its guest: "the state visit of U.S. president Donald
#: Trump" (the first side named after "of").
_OF_GUEST = re.compile(r"\s+of\s+(?:the\s+)?$")


def _host_of_a_named_guest(
    text: str, trigger: tuple[int, int], in_clause: Sequence[Any]
) -> list[str]:
    """The host of a visit its noun tells the guest of and no place: "during Wang Yi's
    visit, Bangladesh and China signed" (Bangladesh), "called the state visit of U.S.
    president Donald Trump historic" said by Xi (China): the one country of the clause's
    sides that is not the guest's; none when the clause names no other or more than one.

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "During Wang Yi's visit, Bangladesh and China signed four agreements."
    >>> at = text.index("visit")
    >>> _host_of_a_named_guest(text, (at, at + 5), find_mentions(text, 0, len(text)).actors)
    ['BD']
    """
    noun = text[trigger[0] : trigger[1]].lower()
    if not noun.startswith("visit") or noun.startswith("visiting"):
        return []  # the noun only: "met the visiting <guest>" is a reception's
    guest = None
    for m in in_clause:
        if m.end <= trigger[0] and _POSSESSIVE_GUEST.fullmatch(text, m.end, trigger[0]):
            guest = actor_country(m)
        elif m.start >= trigger[1]:
            if _OF_GUEST.fullmatch(text, trigger[1], m.start):
                guest = actor_country(m)
            break
    if guest is None:
        return []
    others = {c for m in in_clause if (c := actor_country(m)) and c != guest}
    return sorted(others) if len(others) == 1 else []


#: Before a state named as the attribute of a visit's noun: "the", a possessive ("the
#: Vietnam visit by Egyptian President El-Sisi", "Modi's Japan visit", "his Moscow visit").
_ATTRIBUTE_BEFORE = re.compile(r"(?:\bthe|\bhis|\bher|\btheir|\bits|['’]s)\s+\Z", re.IGNORECASE)
#: The forms of a state's mention that name it as a visit's attribute: its name, its
#: capital's, an alias ("the US visit"); a demonym only with the guest after "by" ("the
#: Lao visit by President Nguyen Xuan Phuc"): "the Chinese visit" is the Chinese side's.
_DESTINATION_FORMS = frozenset({"name", "capital", "alias"})
_GUEST_AFTER = re.compile(r"\s+by\b")


def _state_named_before_the_noun(
    text: str, trigger: tuple[int, int], in_clause: Sequence[Any]
) -> list[str]:
    """The host of a visit whose noun has the state visited as its attribute, right before
    it after "the" or a possessive: "the Vietnam visit by Egyptian President El-Sisi in
    September 2017 and the Egypt visit by President Tran Dai Quang in August 2018" (each a
    visit involving both, untitled by its host, before; seventy-third pass, fresh news); a
    demonym so only with its guest after "by" (:data:`_GUEST_AFTER`).

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "the Vietnam visit by Egyptian President El-Sisi in September 2017"
    >>> at = text.index("visit")
    >>> _state_named_before_the_noun(text, (at, at + 5), find_mentions(text, 0, len(text)).actors)
    ['VN']
    >>> text = "the Chinese visit to Cairo"
    >>> at = text.index("visit")
    >>> _state_named_before_the_noun(text, (at, at + 5), find_mentions(text, 0, len(text)).actors)
    []
    """
    if not text[trigger[0] : trigger[1]].lower().startswith(("visit", "trip")):
        return []
    for m in in_clause:
        if (
            m.end < trigger[0] <= m.end + 1
            and actor_type(m) is ActorType.country
            and (m.form in _DESTINATION_FORMS or _GUEST_AFTER.match(text, trigger[1]))
            and _ATTRIBUTE_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
            and (country := actor_country(m))
        ):
            return [country]
    return []


def visit_roles(participants: list[Participant]) -> list[Participant]:
    """A visit's participants, each a host or a visitor once one is its host: a side the
    participant chooser added from the sentence or the discourse ("Condoleezza Rice, who is
    making her first trip to China": the United States) is the host's guest unless it is of
    the host's country; a visit with no host is left as it is.

    >>> sides = [Participant(id="CN", type=ActorType.country, role=Role.host),
    ...          Participant(id="US", type=ActorType.country)]
    >>> [(p.id, p.role.value) for p in visit_roles(sides)]
    [('CN', 'host'), ('US', 'visitor')]
    >>> [p.role.value for p in visit_roles(sides[1:])]
    ['participant']
    """
    hosts = {p.id for p in participants if p.role is Role.host and p.type is ActorType.country}
    if not hosts:
        return participants
    out = []
    for p in participants:
        if p.role is Role.participant:
            home = p.country if p.type is ActorType.person else p.id
            p = p.model_copy(update={"role": Role.host if home in hosts else Role.visitor})
        out.append(p)
    return out
