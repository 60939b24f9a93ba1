"""Titles and summaries for extracted events.

A title names the event the way an editor would ("Tokayev's state visit to
Türkiye", "10th OTS summit in Astana", "Phone call between Tokayev and
Erdoğan"); the summary is the clause that tells it, whitespace normalized. A
document act's title names its document (:mod:`.document_phrases`, where an
event's agreement is made too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec

from ..gazetteer.codes import organization
from ..model import ActorType, Agreement, EventKind, Location, Participant, Role
from ..temporal import tag
from .act_titles import act_title
from .acting_sides import TRUCE_NOUNS, state_act_values, state_act_words
from .credential_titles import credentials_title
from .document_phrases import PLURAL_OPENING, clean_phrase, instrument_phrase
from .handover_titles import handover_title
from .ministers_meetings import ministers_meeting
from .ordinals import ordinal_pattern
from .statement_titles import (
    TRAILING,
    cut_at_word_end,
    sides_named_in,
    statement_title,
    third_person,
    tidy,
    without_days,
    word_alternatives,
)
from .title_names import (
    named_in,
    names_of,
    possessive,
    title_name,
    title_sides,
)
from .visit_rules import PASSIVE_AUXILIARY

__all__ = [
    "DocumentTitles",
    "summary_for",
    "title_for",
    "visit_title",
]

#: An ordinal a few words before a gathering's trigger, a compound one whole ("Forty-Second
#: Regular Meeting", not "Second": the words of ``ordinal_pattern``), with up to six words
#: between that are no preposition or verb of a clause of its own ("the 10th summit", "the
#: 3rd Belt and Road Forum"; not "became ASEAN's 11th member on Sunday at the summit", "The
#: first time was for the Quad summit"), eight words at most, an initialism in brackets among
#: them ("The 30th African Union (AU) heads of state and government summit": sixty-third
#: pass, its title was "AU summit"); an anniversary's ordinal is its own ("the 18th anniversary
#: of the establishment of FOCAC and the forum").
_ORDINAL = re.compile(
    "("
    + ordinal_pattern()
    + r")\s+(?:(?!(?:on|at|in|to|for|with|during|after|before|since|by|from|as|was|were|is|"
    r"are|became|becomes|anniversary)\s)(?:[\w-]+|\([A-Z]{2,}\))\s+){0,8}?$",
    re.IGNORECASE,
)
#: The capitalised words of a name, "and", "of" or "&" between two ("the Third Belt and
#: Road Forum", "the 38th AU Heads of State and Government Summit"), five at most.
_NAMED_BEFORE = re.compile(
    r"((?:[A-Z][\w’'.]*(?:-[A-Z]?[\w’']+)*\s+(?:(?:and|of|&)\s+(?=[A-Z]))?){1,5})$"
)
#: The act that opens an agreement's name as the text read it ("Signing of MOU"): no part of
#: its title ("MOU signed", not "Signing of MOU signed").
_ACT_OF = re.compile(r"^(?:the\s+)?(?:signing|adoption|ratification)\s+of\s+(?:the\s+)?", re.I)


#: Determiners that open a sentence's capitalised words, no name ("The summit").
_NAME_DETERMINER = re.compile(r"^(?:The|This|That|These|Those|A|An|Its|Their|Our)(?:\s+|$)")


def _named_before_trigger(before: str) -> str:
    """The capitalised words right before a gathering's trigger that name it, without an
    opening determiner ("The summit", "This Forum" name nothing; "The Arab League" is
    "Arab League"); "" when none.

    >>> _named_before_trigger("Leaders gathered for the Arab League ")
    'Arab League'
    >>> _named_before_trigger("The ")
    ''

    A day's possessive names no gathering, it dates one ("Yesterday's summit", "Sunday's Arab
    League summit"):

    >>> _named_before_trigger("Yesterday's "), _named_before_trigger("Sunday's Arab League ")
    ('', 'Arab League')

    A name's words may be joined by "and" or "of"; a heading in capitals names nothing:

    >>> _named_before_trigger("addressed the Third Belt and Road ")
    'Third Belt and Road'
    >>> _named_before_trigger("at the 38th AU Heads of State and Government ")
    'AU Heads of State and Government'
    >>> _named_before_trigger("AT THE CONCLUSION OF THE THIRTY-FIRST INTER-SESSIONAL ")
    ''
    """
    named = _NAMED_BEFORE.search(before)
    if named is None or len(_SHOUTED.findall(named.group(1))) > 1:
        return ""  # a heading in capitals: its words are no name
    name = _NAME_DETERMINER.sub("", named.group(1).strip())
    when = next(iter(tag(name)), None)
    if when is not None and when.start == 0:
        day = _DAY_POSSESSIVE.match(name, when.end)
        if day is not None:
            name = name[day.end() :]
    return name


#: A word of four letters or more in capitals: two of them in a name are a heading in
#: capitals ("AT THE CONCLUSION OF THE THIRTY-FIRST INTER-SESSIONAL MEETING"), not an
#: organization's initials ("SADC Heads of State", "the AU Summit").
_SHOUTED = re.compile(r"\b[A-Z][A-Z-]{3,}\b")

#: The possessive after a date that opens a gathering's name ("Yesterday's summit").
_DAY_POSSESSIVE = re.compile(r"['’]s?(?:\s+|$)")


#: A passive's auxiliary right before a verb ("was ratified").
_PASSIVE_BEFORE = re.compile(rf"{PASSIVE_AUXILIARY}$", re.IGNORECASE)


#: The fewest member states a grouping's own meeting names beside it (:func:`_grouping_met`):
#: two of its members meeting is their own talks ("Laos and the Philippines" at ASEAN).
_GROUPING_MEMBERS_MET = 3
#: A grouping's short name that is its gatherings' name already ("Central Asian
#: consultative meeting").
_GATHERING_NAME = re.compile(r"\b(?:meeting|summit|conference|forum|dialogue)$", re.I)


def _grouping_met(sides: list[Participant]) -> str | None:
    """The title of a meeting whose sides are one grouping and its member states only, three
    of them or more: the grouping's meeting ("BIMSTEC meeting", "Central Asian consultative
    meeting"), or None.

    >>> c5 = [Participant(id=c, type="country") for c in ("KZ", "KG", "TJ", "UZ")]
    >>> _grouping_met([*c5, Participant(id="C5", type="organization")])
    'Central Asian consultative meeting'
    >>> _grouping_met([*c5[:2], Participant(id="C5", type="organization")]) is None
    True
    >>> wang = Participant(id="wang-yi", type="person", name="Wang Yi", country="CN")
    >>> _grouping_met([wang, *c5, Participant(id="C5", type="organization")]) is None
    True
    """
    groupings = [p for p in sides if p.type is ActorType.organization]
    if len(groupings) != 1:
        return None
    known = organization(groupings[0].id)
    if known is None or not known.members:
        return None
    states = [p for p in sides if p.type is ActorType.country]
    if len(states) < _GROUPING_MEMBERS_MET or any(p.id not in known.members for p in states):
        return None
    if any(p.type is ActorType.person and p.country not in known.members for p in sides):
        return None  # "Wang Yi" with the five Central Asian states: China + Central Asia
    name = title_name(groupings[0])
    return name if _GATHERING_NAME.search(name) else f"{name} meeting"


#: The parameters of a title builder (:func:`_capitalized`).
_P = ParamSpec("_P")


def _capitalized(build: Callable[_P, str]) -> Callable[_P, str]:
    """``build`` whose title opens with a capital ("The Philippines and Japan sign ...": a
    country's "the" may open it)."""

    @wraps(build)
    def title(*args: _P.args, **kwargs: _P.kwargs) -> str:
        built = build(*args, **kwargs)
        return built[:1].upper() + built[1:]

    return title


#: The style of a visit written as its adjective, right before the trigger ("a two-day
#: state visit", "an official working visit") or after it ("arrived in Luanda for a
#: 24-hour working visit"); not a word of an office ("Secretary of State Blinken
#: visited", "the Head of State arrived").
#: A visit's style right before its trigger ("state visit", "official two-day visit"); not
#: the end of an office ("the Head of State traveled", "the Secretary of State visited").
_VISIT_STYLE_BEFORE = re.compile(
    r"(?<!\bof\s)\b([Ss]tate|[Oo]fficial|[Ww]orking)(?:[\s-]+[a-z][\w-]*)?\s+$"
)
_VISIT_STYLE_AFTER = re.compile(
    r"\b(?:on|for)\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(state|official|working)\s+visit"
)


@_capitalized
def title_for(
    kind: EventKind,
    text: str,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    participants: list[Participant],
    location: Location | None,
    agreement: Agreement | None,
    planned: bool,
) -> str:
    """A readable title for the event, opening with a capital."""
    trig = text[trigger[0] : trigger[1]]
    sides = title_sides(participants)
    who = names_of(sides)
    where = f" in {location.name}" if location else ""
    before = text[clause[0] : trigger[0]]
    after = text[trigger[1] : clause[1]]
    ordinal = ""
    # only a gathering's title counts (the search, some 7 µs, asked of those alone)
    if kind in (EventKind.summit, EventKind.meeting, EventKind.forum):
        m = _ORDINAL.search(before[-60:])
        if m:
            ordinal = m.group(1) + " "
    if kind is EventKind.visit:
        return visit_title(participants, sides, before, after, location)
    if kind is EventKind.summit:
        return _summit_title(participants, who, before, location, where, ordinal)
    if kind is EventKind.meeting:
        credentials = credentials_title(sides, trig, before, after)
        if credentials is not None:
            return f"{credentials}{where}"
        named = _named_meeting(participants, trig, before)
        if named is not None:
            label = f"{named} {trig.strip()}{where}"
            return label[:1].upper() + label[1:]
        ministers = ministers_meeting(participants, before, after, where, ordinal)
        if ministers is not None:
            return ministers
        return _meeting_title(participants, sides, who, trig, after, where, ordinal)
    if kind is EventKind.call:
        return f"Phone call between {who}" if " and " in who else f"Phone call with {who}"
    if kind in (
        EventKind.signing,
        EventKind.adoption,
        EventKind.ratification,
        EventKind.entry_into_force,
    ):
        return _document_act_title(kind, text, trigger, clause, sides, who, trig, before, agreement)
    if kind is EventKind.decree:
        return _decree_title(sides, trig, before, after)
    if kind is EventKind.exercise:
        if not who:
            return f"Military exercise{where}"
        joint = "Joint military" if len(sides) > 1 else "Military"
        return f"{joint} exercise of {who}{where}"
    if kind is EventKind.founding:
        return _founding_title(participants, who, trig, before)
    if kind is EventKind.forum:
        return _forum_title(participants, who, trig, before, where, ordinal)
    if kind is EventKind.conflict:
        return f"Conflict between {who}" if " and " in who else f"Conflict involving {who}"
    if kind is EventKind.statement:
        return statement_title(text, trigger, clause, sides)
    if kind is EventKind.other:
        handed = handover_title(text, trigger, clause, participants)
        if handed is not None:
            return handed
    if _COUP.fullmatch(trig):
        state = _coup_state(text, trigger, participants)
        if state is not None:
            return f"Coup in {title_name(state)}"
    titled = act_title(text, trigger, clause, who)
    if who and titled.startswith(f"{who}: "):
        return _act_noun_title(titled[len(who) + 2 :], sides) or titled
    return titled


#: An act told by its noun, opening its words: an anniversary after its ordinal ("30th
#: anniversary of diplomatic relations") or a noun made of a verb, before "of"
#: ("normalization of relations", "reopening of the border", "renewal of", "closure of").
_ACT_NOUN = re.compile(
    rf"(?:(?:{ordinal_pattern()})\s+(?:[\w-]+\s+){{0,2}}?anniversary"
    r"|[a-z]+(?:ment|tion|sion|ing|al|ance|ence|ure|ship))\s+of\b",
    re.IGNORECASE,
)
#: How a text names the two states of a pair ("between the two countries", "both states").
_PAIR_PHRASE = re.compile(rf"\b(?:{word_alternatives('pair_phrases')})\b(?!['’])", re.I)
#: The pair's possessive before their relations ("their diplomatic relations", "the nations'
#: bilateral ties"), up to two words between.
_PAIR_POSSESSIVE = re.compile(
    rf"(?<![\w'’])(?:{word_alternatives('pair_possessives')})(?=\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{word_alternatives('relations_nouns')})\b)",
    re.I,
)
#: The relations' noun ending an act's words ("of diplomatic relations", "severing of ties").
_RELATIONS_END = re.compile(rf"\b(?:{word_alternatives('relations_nouns')})$", re.I)


def _act_noun_title(act: str, sides: list[Participant]) -> str | None:
    """The title of an `other` act told by its noun (:data:`_ACT_NOUN`) when its words name
    its sides, with no list of them before: a headline names them once, where the act does
    ("30th anniversary of Lithuania's independence", was "Lithuania: 30th anniversary of
    Lithuania's independence"). Two states' act names them where the text writes "the two
    countries" ("30th anniversary of diplomatic relations between Türkiye and Kazakhstan",
    was "Türkiye and Kazakhstan: 30th anniversary of diplomatic relations between the two
    countries"), and after its relations when it ends on them and names neither ("South
    Korea and Vietnam: 30th anniversary of diplomatic relations": "... diplomatic relations
    between South Korea and Vietnam"), by their possessive for "their" relations ("100th
    anniversary of Hungary and Türkiye's diplomatic relations"); else None, the sides' form
    stays.

    >>> tr = Participant(id="TR", type=ActorType.country, name="Türkiye")
    >>> kz = Participant(id="KZ", type=ActorType.country, name="Kazakhstan")
    >>> _act_noun_title("30th anniversary of diplomatic relations", [tr, kz])
    '30th anniversary of diplomatic relations between Türkiye and Kazakhstan'
    >>> _act_noun_title("30th anniversary of their diplomatic ties", [tr, kz])
    "30th anniversary of Türkiye and Kazakhstan's diplomatic ties"
    >>> _act_noun_title("30th anniversary of Kazakhstan's independence", [kz])
    "30th anniversary of Kazakhstan's independence"
    >>> _act_noun_title("took office as president", [kz]) is None
    True
    """
    if _ACT_NOUN.match(act) is None:
        return None
    pair = len(sides) == 2 and all(p.type is ActorType.country for p in sides)
    if pair:
        both = names_of(sides)
        act = _PAIR_PHRASE.sub(both, act, count=1)
        act = _PAIR_POSSESSIVE.sub(possessive(both), act, count=1)
        if _RELATIONS_END.search(act) and not any(named_in(p, act) for p in sides):
            act = f"{act} between {both}"
    return act if sides and all(named_in(p, act) for p in sides) else None


#: The trigger of a coup (rule ``coup`` of :mod:`.kind_other_rules`): not power taken by
#: a leader elected ("took power"), nor a self-proclaimed leader; "in" right after it,
#: perhaps after "d'état" or "attempt"; a person's possessive or "-led" right before it.
_COUP = re.compile(r"coup|(?:seiz\w+|grabbed)\s+power", re.IGNORECASE)
_COUP_IN = re.compile(r"(?:\s+d['’]\s?[ée]tat|\s+attempt)?\s+in\s+(?:the\s+)?", re.IGNORECASE)
_LED_BY = re.compile(r"(?:['’]s|-led)\s+(?:military\s+|failed\s+|attempted\s+)?$")


def _coup_state(
    text: str, trigger: tuple[int, int], participants: list[Participant]
) -> Participant | None:
    """The state a coup was staged in: the one named right after it ("the coup in Niger"),
    else the one state its sides name, else the state of the person whose coup it is
    ("Frank Bainimarama's coup", "a Tchiani-led coup"), else none.

    >>> fiji = Participant(id="FJ", type=ActorType.country, name="Fiji")
    >>> nz = Participant(id="NZ", type=ActorType.country, name="New Zealand")
    >>> him = Participant(id="frank-bainimarama", type=ActorType.person,
    ...                   name="Frank Bainimarama", country="FJ")
    >>> text = "the first visit since Frank Bainimarama's coup in 2006"
    >>> at = text.index("coup")
    >>> _coup_state(text, (at, at + 4), [him, fiji, nz]).name
    'Fiji'
    """
    states = [p for p in participants if p.type is ActorType.country]
    after = _COUP_IN.match(text, trigger[1])
    if after is not None:
        for p in states:
            name = title_name(p)
            name = name[4:] if name.startswith("the ") else name
            if text.startswith(name, after.end()):
                return p
    if len(states) == 1:
        return states[0]
    led = _LED_BY.search(text, max(0, trigger[0] - 40), trigger[0])
    if led is None:
        return None
    for p in participants:
        named = p.type is ActorType.person and text.endswith(title_name(p), 0, led.start())
        if named and p.country:
            return next((s for s in states if s.id == p.country), None)
    return None


class DocumentTitles:
    """:func:`title_for` over one document's text, built once for each set of values.

    A mention's title is built with it and again when the document's events are final
    (:meth:`.pipeline.ReadDocument.mentions`), nine times in ten from the same
    participants, place and status (the tuning sets: 0.7 of 36 profiled CPU seconds a
    pass). The key is the values, not the objects: every field of each participant and of
    the place, with its name (all plain values). A title with an agreement is built each
    time (an agreement holds lists).

    An object of its own, not the reader's: the builders of the events of dropped triggers
    hold it, and a builder that held the reader, which holds the builders, made every
    object of a document a reference cycle, freed by the cycle collector instead of as it
    goes (docs/history/scale-log.md, "Extraction per pass, sixty-fourth session").

    >>> from timeline.model import EventKind, Participant
    >>> text = "Tokayev visited Ankara."
    >>> titles = DocumentTitles(text)
    >>> sides = [Participant(id="KZ", type="country")]
    >>> titles.title(EventKind.visit, (8, 15), (0, 22), sides, None, None, False)
    "Kazakhstan's visit"
    >>> len(titles._built)
    1
    """

    __slots__ = ("_built", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._built: dict[tuple[Any, ...], str] = {}

    def title(
        self,
        kind: EventKind,
        trigger: tuple[int, int],
        clause: tuple[int, int],
        participants: list[Participant],
        location: Location | None,
        agreement: Agreement | None,
        planned: bool,
    ) -> str:
        """``title_for(kind, self.text, ...)``, looked up when built before."""
        if agreement is not None:
            return title_for(
                kind, self.text, trigger, clause, participants, location, agreement, planned
            )
        key = (
            kind,
            tuple(trigger),
            tuple(clause),
            tuple(tuple(p.__dict__.items()) for p in participants),
            None if location is None else tuple(location.__dict__.items()),
            planned,
        )
        title = self._built.get(key)
        if title is None:
            title = self._built[key] = title_for(
                kind, self.text, trigger, clause, participants, location, None, planned
            )
        return title


def visit_title(
    participants: list[Participant],
    sides: list[Participant],
    before: str,
    after: str,
    location: Location | None,
) -> str:
    """A visit's title: who went where, in the style the text tells ("Tokayev's state
    visit to Türkiye"), or the sides it involves when it tells neither guest nor place."""
    visitors = [p for p in participants if p.role is Role.visitor]
    hosts = [p for p in participants if p.role is Role.host and p.type is ActorType.country]
    # the sides that travel: people and states, not an organization the visit is made
    # for ("Erdoğan's visit to Kazakhstan" for the OTS summit, not "Erdoğan and OTS's
    # visit"), unless no other side is left
    guests = title_sides(visitors) or visitors
    guests = [p for p in guests if p.type is not ActorType.organization] or guests
    travellers = [p for p in sides if p.type is not ActorType.organization] or sides
    # not a side of the state visited ("a courtesy visit to Prime Minister Sogavare" is
    # no visit of Sogavare's)
    visited = {p.id for p in hosts}
    travellers = [p for p in travellers if p.id not in visited and p.country not in visited]
    vis = names_of(guests, 2) or names_of(travellers)
    sub = _VISIT_STYLE_BEFORE.search(before[-40:]) or _VISIT_STYLE_AFTER.search(after)
    label = f"{sub.group(1).lower()} visit" if sub else "visit"
    # every state the visit goes to ("Lavrov's visit to South Africa, Eswatini, Botswana
    # and Angola"), as a title names every side
    places = list({p.id: p for p in hosts}.values())
    target = names_of(places) if places else (location.name if location else "")
    if vis and target:
        return f"{possessive(vis)} {label} to {target}"
    states = {p.country or p.id for p in travellers}
    if not target and not guests and len(states) > 1:
        # no side told as the guest and no place visited: a possessive would make every
        # side a traveller ("Armenia and Azerbaijan's visit" of "Armenia agreed to return
        # to Azerbaijan four villages"); the title names the sides, not who went where
        return f"{label.capitalize()} involving {names_of(travellers)}"
    return (
        f"{label.capitalize()} to {target}" if target else f"{possessive(vis)} {label}".strip("'s ")
    )


def _summit_title(
    participants: list[Participant],
    who: str,
    before: str,
    location: Location | None,
    where: str,
    ordinal: str,
) -> str:
    """A summit's title: its name as the text writes it before the trigger, else its
    organization's or its sides', with its ordinal and place ("10th OTS summit in Astana")."""
    named_words = _named_before_trigger(before[-50:])
    orgs = [title_name(p) for p in participants if p.type is ActorType.organization]
    informal = "informal " if re.search(r"\b(?:informal|unofficial)\b", before[-40:], re.I) else ""
    if (
        named_words
        and not named_words.lower().startswith(("in ", "at "))
        # an ordinal alone names nothing: "the Ninth Summit of the Americas" is the
        # organization's ninth
        and named_words.strip().lower() != ordinal.strip().lower()
    ):
        name = named_words
        if location and location.name.split()[0] in name:
            where = ""
        if ordinal and name.lower().startswith(ordinal.strip().lower()):
            ordinal = ""
        return (
            f"{ordinal}{informal}{name} summit{where}".strip()[:1].upper()
            + (f"{ordinal}{informal}{name} summit{where}".strip()[1:])
        )
    name = orgs[0] if orgs else who
    if (ordinal or informal) and name.startswith("the "):
        # the article of a side's name opens the title: "The third United States and
        # India summit", not "Third the United States and India summit"
        ordinal, name = "the " + ordinal.lower(), name[len("the ") :]
    # a name that holds the word is the summit's own ("Summit of the Americas")
    noun = "" if re.search(r"\bsummit\b", name, re.I) or _GATHERING_NAME.search(name) else " summit"
    label = f"{ordinal}{informal}{name}{noun}{where}"
    return label[:1].upper() + label[1:]


#: The members' words of a body's meeting named as such ("ASEAN Foreign Ministers'
#: Meeting", "Pacific Islands Forum Leaders Meeting", "SCO Heads of State Meeting").
_MEMBERS_NAMED = re.compile(r"\b(?:Ministers|Leaders|Heads|Officials|Chiefs)(?:['’]|\b)")


#: The capitalised noun of a meeting so named.
_MEETING_NOUN = re.compile(r"Meetings?")
_ORDINAL_BEFORE_NAME = re.compile("(" + ordinal_pattern() + r")\s+$", re.IGNORECASE)
#: An initialism in brackets after a name's words ("Pacific Islands Forum (PIF) Leaders'").
_BRACKETED_INITIALISM = re.compile(r"\s\([A-Z]{2,8}\)(?=\s)")


def _body_names(body: Participant) -> tuple[str, ...]:
    """The names an organization goes by: its title's label and the gazetteer's names."""
    org = organization(body.id)
    names = (title_name(body),) if org is None else (title_name(body), org.name, *org.aliases)
    return tuple(dict.fromkeys(n for n in names if n))


def _named_meeting(participants: list[Participant], trig: str, before: str) -> str | None:
    """The name of a meeting the text writes with a capital before its capitalised noun,
    an organization it names and its members' word among its words ("the 57th ASEAN
    Foreign Ministers' Meeting" is "57th ASEAN Foreign Ministers'", so titled, not "Talks
    between ASEAN and Laos"); None for any other meeting (sixty-fifth pass).

    >>> asean = Participant(id="ASEAN", type="organization", name="ASEAN")
    >>> _named_meeting([asean], "Meeting", "On Monday, the 57th ASEAN Foreign Ministers' ")
    "57th ASEAN Foreign Ministers'"
    >>> _named_meeting([asean], "meeting", "the ASEAN Foreign Ministers' ") is None
    True

    The organization by any of its names, an initialism in brackets left out (sixty-sixth
    pass):

    >>> pif = Participant(id="PIF", type="organization", name="PIF")
    >>> _named_meeting([pif], "Meeting", "the 53rd Pacific Islands Forum (PIF) Leaders' ")
    "53rd Pacific Islands Forum Leaders'"
    """
    if _MEETING_NOUN.fullmatch(trig.strip()) is None:
        return None
    # an initialism in brackets inside the name is no word of it ("the 53rd Pacific Islands
    # Forum (PIF) Leaders' Meeting")
    before = _BRACKETED_INITIALISM.sub("", before[-80:])
    name = _named_before_trigger(before[-60:])
    if not name or not _MEMBERS_NAMED.search(name):
        return None
    # the body as the title names it or by any name of the gazetteer's ("the 53rd Pacific
    # Islands Forum Leaders' Meeting" names the PIF)
    bodies = [
        body for p in participants if p.type is ActorType.organization for body in _body_names(p)
    ]
    if not any(re.search(rf"\b{re.escape(body)}\b", name) for body in bodies):
        return None
    # its ordinal right before it ("the 57th", "The forty-ninth"), read in the few words
    # there only: a clause may be long
    ordinal = _ORDINAL_BEFORE_NAME.search(before.rstrip()[: -len(name)].rstrip()[-40:] + " ")
    return f"{ordinal.group(1)} {name}" if ordinal else name


def _meeting_title(
    participants: list[Participant],
    sides: list[Participant],
    who: str,
    trig: str,
    after: str,
    where: str,
    ordinal: str,
) -> str:
    """A meeting's title: a body's meeting or session, a grouping's meeting, else talks
    between its sides ("Talks between Tokayev and Erdoğan in Astana")."""
    m2 = re.match(
        r"\s*of\s+(?:the\s+)?((?:[\w-]+\s+){0,8}?(?:Council|Commission|Group|"
        r"Committee|Board|Forum)\b(?:\s+\([A-Z]+\))?)",
        after,
    )
    if m2:
        label = f"{ordinal}meeting of the {m2.group(1)}"
        return label[:1].upper() + label[1:]
    if re.search(r"council", trig, re.I):
        named = next(
            (
                short
                for p in participants
                if p.type is ActorType.organization
                and (short := title_name(p)).lower() in trig.lower()
            ),
            None,
        )
        if named is not None:
            # "the 30th Baltic Council", "the 76th Nordic Council": a session of the body
            # the trigger names, not a council "of" its members
            label = f"{ordinal}{named} session{where}"
            return label[:1].upper() + label[1:]
        return f"{trig.strip().capitalize()} of {who}" if who else trig.strip().capitalize()
    grouping = _grouping_met(sides)
    if grouping is not None:
        # the gathering of a grouping told by its members ("The leaders of Kazakhstan,
        # Kyrgyzstan, ... met in Astana for their consultative meeting"), not talks
        # between five states and the grouping
        label = f"{ordinal}{grouping}{where}"
        return label[:1].upper() + label[1:]
    return f"Talks between {who}{where}" if " and " in who else f"Meeting with {who}{where}"


def _document_act_title(
    kind: EventKind,
    text: str,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    sides: list[Participant],
    who: str,
    trig: str,
    before: str,
    agreement: Agreement | None,
) -> str:
    """The title of a signing, an adoption, a ratification or an entry into force: its
    agreement, a body's vote, a truce agreed, else the sides' act on the document its clause
    names ("Peru and Chile sign the treaty", "OAS adopts a resolution on Haiti")."""
    verb = {
        EventKind.signing: ("signed", "sign"),
        EventKind.adoption: ("adopted", "adopt"),
        EventKind.ratification: ("ratified", "ratify"),
        EventKind.entry_into_force: ("enters into force", "enters into force"),
    }[kind]
    if agreement is not None:
        # a name read with its act ("Signing of MOU") is titled by the document alone
        name = _ACT_OF.sub("", agreement.title)
        return f"{name[:1].upper()}{name[1:]} {verb[0]}"
    voted = _VOTED.match(trig) if kind is EventKind.adoption else None
    if voted is not None:
        # a body's vote or recommendation tells its act itself ("voted on Friday to extend
        # the mission"): "UN Security Council votes to extend the mission", "EU recommends
        # the suspension of the sanctions", not "adopts documents"
        vote = tidy(clean_phrase(cut_at_word_end(text, trigger[0], clause[1], 90)))
        # the voters are not the sides the act names in its clause, beyond the title's cut
        # too ("the European Commission recommended opening accession negotiations with
        # Ukraine and Moldova, and to grant candidate status to Georgia": the EU recommends)
        act = text[trigger[0] : clause[1]]
        voters = (
            [p for p in sides if not named_in(p, act)]
            or [p for p in sides if not named_in(p, vote)]
            or sides
        )
        if not voters or len(vote.split()) < 2:
            return vote[:1].upper() + vote[1:]
        base = _VOTE_VERBS[voted.group(1).lower()]
        present = base if len(voters) > 1 else third_person(base)
        return f"{names_of(voters)} {present} {vote.split(None, 1)[1]}"
    truce = _TRUCE.search(trig) if kind is EventKind.adoption else None
    if truce is not None and sides:
        # "Armenia and Azerbaijan agree to a ceasefire", not "adopt documents"
        noun = " ".join(truce.group(0).lower().split())
        article = "an" if noun[0] in "aeiou" else "a"
        # the sides named before the verb agreed ("..., the Russian foreign ministry
        # said" tells who reported it)
        agreed = [p for p in sides if named_in(p, before)] or sides
        present = "agree" if len(agreed) > 1 else "agrees"
        return f"{names_of(agreed)} {present} to {article} {noun}"
    span = instrument_phrase(text, clause[0], clause[1], trigger[0])
    doc = clean_phrase(text[span[0] : span[1]]) if span else "documents"
    if kind is EventKind.entry_into_force:
        return f"{doc[0].upper() + doc[1:]} enters into force"
    if not who:
        return f"{doc[0].upper() + doc[1:]} {verb[0]}"
    # a side the instrument names is its target, not a doer ("France adopts sanctions on
    # Syria", not "France and Syria adopt sanctions on Syria"), unless no doer is left
    doers = [p for p in sides if not named_in(p, doc)] or sides
    if kind is EventKind.ratification:
        # the state that ratifies is the subject before the verb ("Mongolia's parliament
        # ratified the agreement with Kazakhstan"), not every party of the agreement
        # ("... was ratified by the Senate of Kazakhstan": the agent after the verb)
        passive = _PASSIVE_BEFORE.search(text, max(clause[0], trigger[0] - 20), trigger[0])
        agent = (trigger[1], clause[1]) if passive else (clause[0], trigger[0])
        doers = sides_named_in(text, *agent, doers) or doers
    # the sides' act in the present, in their number ("Peru signs", "Peru and Chile
    # sign"), the document's article mid-title in lower case ("sign the treaty", not
    # "sign The treaty": the phrase may open its sentence)
    present = verb[1] if len(doers) > 1 else third_person(verb[1])
    # so does a count that opens it ("sign three agreements", not "sign Three agreements")
    doc = PLURAL_OPENING.sub(_lower, _ARTICLE_OPENING.sub(_lower, doc))
    return f"{names_of(doers)} {present} {doc}"


def _decree_title(sides: list[Participant], trig: str, before: str, after: str) -> str:
    """A decree's title: an emergency declared or lifted ("Ethiopia declares a six-month
    state of emergency"), else its signer and what it is on."""
    emergency = _EMERGENCY_VERB.search(trig)
    named_rule = _EMERGENCY_RULE.search(trig)
    if emergency is not None and named_rule is not None:
        # "Ethiopia declares a six-month state of emergency", "Thailand lifts martial law"
        declarers = [p for p in sides if named_in(p, before)] or sides
        base = _EMERGENCY_BASES[emergency.group(0).lower()]
        present = base if len(declarers) > 1 else third_person(base)
        declared = trig[emergency.end() :].strip() if emergency.start() == 0 else ""
        if not declared.lower().endswith(named_rule.group(0).lower()):
            declared = "a " + named_rule.group(0).lower()  # declared in the passive
        return f"{names_of(declarers)} {present} {declared[:1].lower() + declared[1:]}".lstrip()
    m3 = re.match(r"\s*(?:on|allowing|granting|to|that)\s+[^,.;]{3,60}", after)
    # the signer is the side the clause names before the verb ("Erdoğan signed a decree
    # ...": not the organization and state the decree concerns); the verb in its number
    signers = [p for p in sides if named_in(p, before)] or sides
    signs = "sign" if len(signers) > 1 else "signs"
    # what it is on, without the days ("issued a decree on Friday recognizing ...": the
    # event's date is its own field)
    on = " ".join(without_days(m3.group(0)).split()) if m3 else ""
    return f"{names_of(signers)} {signs} decree".lstrip() + (f" {on}" if on else "")


def _founding_title(participants: list[Participant], who: str, trig: str, before: str) -> str:
    """A founding's title: what was founded ("Founding of the Alliance of Sahel
    States"), or the sides' agreement to found it, told in the present (seventy-second
    pass).

    >>> eg = Participant(id="EG", type=ActorType.country, name="Egypt")
    >>> _founding_title([eg], "Egypt and Jordan", "decided to set up a working group", "")
    'Egypt and Jordan decide to set up a working group'
    >>> _founding_title([eg], "Egypt", "agreed to establish a joint business council", "")
    'Egypt agrees to establish a joint business council'
    """
    founded = [p for p in participants if p.type is ActorType.organization]
    if _AGREED_TO_FOUND.match(trig) and not any(p.name in trig for p in founded):
        # "Canada and the United Kingdom: agreed to set up a joint taskforce": the body
        # agreed on is not among the sides (rule ``founding-agreed``); one named ("the
        # creation of the Alliance of Sahel States") is the founding's own title
        on_it = " ".join(without_days(trig).replace("“", "").replace("”", "").split())
        verb, _, rest = on_it.partition(" ")
        if who and rest:
            # the sides agreed, in the present, as a headline tells it ("Egypt and Jordan
            # decide to set up a working group", was "Egypt and Jordan: decided to ..."):
            # each verb of the rule is regular, its base the past without its "d"
            base = verb[:-1].lower()
            return f"{who} {base if ' and ' in who else third_person(base)} {rest}"
        return f"{who}: {on_it}" if who else on_it[:1].upper() + on_it[1:]
    if founded:
        return f"Founding of the {founded[0].name}"
    name = _founded(before)
    if name:
        return f"Founding of {name[0].lower() + name[1:] if name.startswith('The ') else name}"
    return f"Founding of a joint body of {who}" if who else "Founding"


def _forum_title(
    participants: list[Participant], who: str, trig: str, before: str, where: str, ordinal: str
) -> str:
    """A forum's title: its name as the text writes it, else the organization whose name
    holds the word, else the sides' forum, with its ordinal and place."""
    named = _named_before_trigger(before[-60:])
    if not named and " " not in trig.strip():
        # a forum the text does not name ("the forum", "The Forum"): the organization
        # whose name holds the word, else the sides' forum
        orgs = [p.name for p in participants if p.type is ActorType.organization]
        own = [n for n in orgs if trig.strip().lower() in n.lower()]
        if own or who:
            label = f"{ordinal}{own[0] if own else f'Forum of {who}'}{where}"
            return label[:1].upper() + label[1:]
    name = (named + " " if named else "") + trig.strip()
    # its ordinal once: "The First Forum" after "first" is no "First The First Forum"
    name = re.sub(r"^(?:The|the)\s+", "", name)
    if ordinal and name.lower().startswith(ordinal.strip().lower()):
        ordinal = ""
    return f"{ordinal}{name}{where}"[:1].upper() + f"{ordinal}{name}{where}"[1:]


#: What stands between a founded thing and its verb and is no part of its name: an
#: auxiliary or an adverb of the act ("the Nordic Council was formally established").
_FOUNDED_TAIL = re.compile(
    r"(?:\s+(?:was|were|is|are|been|be|being|has|have|had|will|would|also|officially|"
    r"formally|first|originally|jointly|later|eventually|finally|then|newly|only|just))+,?\s*$",
    re.IGNORECASE,
)
#: A word that opens a clause or a phrase of its own: the founded thing's name starts after
#: the last of them ("a state visit since diplomatic ties were": "diplomatic ties").
_FOUNDED_BREAK = re.compile(
    r".*(?:[,;:()\u2013\u2014]|\b(?:since|which|that|who|whom|whose|where|when|after|before|"
    r"because|while|as|until|if|whether|and(?=\s+(?:a|an|the)\s))\b)",
    re.IGNORECASE | re.DOTALL,
)


#: A founding's trigger that tells the sides agreeing on it (rule ``founding-agreed``).
_AGREED_TO_FOUND = re.compile(
    r"(?:agreed|decided|resolved|announced)\b.*?\s(?:to|of)\s", re.IGNORECASE | re.DOTALL
)

#: In a founding's name, a lower-case word that no preposition is and a determiner right
#: after it (a verb and its object), or a participle in -ed opening it.
_NOT_A_NAME = re.compile(
    r"(?-i:\b(?!(?:of|between|with|for|in|on|at|to|by|from|and|or|among|under|into|against|"
    r"across|within|over|the|a|an)\b)[a-z]+\s+(?:the|their|its|his|her|our|a|an)\b)"
    r"|(?-i:^[a-z]+ed\b)"
)


def _founded(before: str) -> str:
    """The name of what a founding's clause says was founded, told right before its verb,
    or "" when the words there are no name: a pronoun, a cut-off phrase, nothing.

    >>> _founded("The Nordic Council was formally ")
    'The Nordic Council'
    >>> _founded("It is the second state visit since diplomatic ties were ")
    'diplomatic ties'
    >>> [_founded(b) for b in ("was ", "the city where it was ", "the first of which ")]
    ['', '', '']
    >>> [_founded(b) for b in ("an investment fund they agreed to ", "into a ")]
    ['', '']
    >>> _founded("Diplomatic relations between Canada and Mexico were ")
    'Diplomatic relations between Canada and Mexico'
    >>> _founded("and the Joint Commission ")
    'the Joint Commission'
    >>> _founded("as talks were taking place and a new government was ")
    'a new government'
    >>> [_founded(b) for b in ("to further deepen the Strategic Partnership ", "transnational ")]
    ['', '']
    >>> _founded("The 3+2 mechanism was ")
    'The 3+2 mechanism'

    """
    words = _FOUNDED_TAIL.sub("", before).rstrip(" ,")
    broken = _FOUNDED_BREAK.match(words)
    if broken:
        words = words[broken.end() :]
    np = re.search(r"((?:[Tt]he\s+)?(?:[\w+-]+\s+){0,6}[\w+-]+)$", words.strip())
    if np is None:
        return ""
    # a window that opens inside a phrase starts at its next word ("and the Joint Commission")
    name = re.sub(r"^(?:(?:and|or|but|of|to|in|on|at|for|with|by|from)\s+)+", "", np.group(1))
    if not name:
        return ""
    first, last = name.split()[0], name.split()[-1]
    if re.fullmatch(r"(?:it|this|that|these|those|which|they|he|she|we|there|its)", first, re.I):
        return ""
    if TRAILING.search(" " + name) or re.fullmatch(r"(?:to|into|a|an|the|of)", last, re.I):
        return ""
    if re.search(r"\b(?:they|we|he|she|it)\s+\w+", name):  # a clause, not a name
        return ""
    if _NOT_A_NAME.search(name) or (" " not in name and name.islower()):
        # a verb and its object ("further deepen the ... Partnership", "express their
        # commitment"), a participle ("institutionalized 10 January 1984"), an adjective
        # alone ("transnational"): no name of what was founded
        return ""
    return name


#: A body's vote or recommendation as the trigger of its act ("voted to extend", "voted in
#: favour of", "recommended the suspension of": rule ``body-recommended``), and its verb's
#: base form, which its title tells in the present.
_VOTED = re.compile(r"\s*(voted|recommended)\b", re.IGNORECASE)
_VOTE_VERBS = {"voted": "vote", "recommended": "recommend"}
#: A truce agreed or reached (rule ``agreement-reached``), which its title names.
_TRUCE = re.compile(rf"\b{TRUCE_NOUNS}\b", re.IGNORECASE)


#: A decree's emergency (rule ``emergency-rule``): its verb, the base form a title tells it
#: in (``emergency_verbs`` of ``data/state_act_words.yaml``), and its rule.
_EMERGENCY_BASES = state_act_values("emergency_verbs")
_EMERGENCY_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _EMERGENCY_BASES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_EMERGENCY_RULE = re.compile(
    rf"\b{state_act_words('emergency_rules')}\b|\bemergency\b", re.IGNORECASE
)
#: An article opening a document phrase ("The treaty", "A number of documents").
_ARTICLE_OPENING = re.compile(r"^(?:The|A|An)\b")


def _lower(m: re.Match[str]) -> str:
    return m.group(0).lower()


def summary_for(text: str, clause: tuple[int, int], limit: int = 240) -> str:
    """The clause that tells the event, whitespace normalized and cut at a word boundary."""
    s = " ".join(text[clause[0] : clause[1]].split()).strip(" ,;")  # runs of space: one
    if len(s) > limit:
        s = s[:limit].rsplit(" ", 1)[0] + " …"
    return s
