"""The trigger rules of the kind ``other`` (:class:`~timeline.model.EventKind`): offices
taken, handed over or elected to, chairmanships, memberships granted, suspended or
applied for, diplomatic relations, embassies, coups, expulsions, deployments, borders
and buildings opened, partnerships raised (docs/extraction.md, "How an event is found").

They come last in :data:`timeline.extract.lexicon.TRIGGERS`, in this order (earlier
rules win overlaps); their word lists are in ``data/kind_other_words.yaml``.

>>> [t.name for t in KIND_OTHER_TRIGGERS][:3]
['agreed-to-establish', 'election-to-chair', 'elected']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..gazetteer import find_actors
from ..gazetteer.offices import minister_ranks, office_adjectives, office_phrases
from ..model import EventKind
from ..temporal.lexicon import MONTHS
from ..temporal.word_lists import word_lists
from .acting_sides import (
    a_state_acts,
    a_state_ends,
    a_state_lifts,
    clause_start,
    sentence_bounds,
    state_act_words,
)
from .trigger_rule import AGREEMENT_NOUNS, Trigger, rule

#: A month's name, from the tagger's list (``data/temporal_words.yaml``, ``months``).
_MONTH = "(?:" + "|".join(map(re.escape, MONTHS)) + ")"

__all__ = ["KIND_OTHER_TRIGGERS", "no_object"]

#: Keywords of each rule (see :attr:`Trigger.needs`); tests check every match has one.
_NEEDS: dict[str, tuple[str, ...]] = {
    "agreed-to-establish": ("agreed",),
    "election-to-chair": ("elect", "appointed"),
    "election-held": ("election",),
    "elected": ("elect",),
    "chairmanship": ("chair", "presidency", "gavel", "leadership", "baton"),
    "diplomatic-relations": ("ties", "relations"),
    "handover": ("hand", "pass", "over from", "over as", "succeed"),
    "deployment": ("deploy", "mandate"),
    "embassies": ("embass", "ambassador"),
    "suspension": ("suspen", "expelled"),
    "independence": ("independence",),
    "accession": ("acce", "member", "candidate"),
    "joined": ("join",),
    "coup": ("coup", "power", "self-proclaimed"),
    "exchange-of-notes": ("notes",),
    "took-office": (
        "office",
        "appointed",
        "elevation",
        "sworn",
        "inaugurat",
        "over",
        "charge",
        "proclaimed",
        "power",
        "government",
        "election",
        "oath",
        "swor",
        "swear",
        "administration",
        "becam",
        "becom",
        "post",
        "role",
        "term",
        "appointment",
        "swearing",
    ),
    "left-office": ("resign", "step", "stepped", "stepping"),
    "expulsion": ("expel", "persona", "summon", "leave"),
    "envoy": ("recall", "appointment", "nominat", "appoint", "named", "replac"),
    "measures-lifted": ("lift", "eas"),
    "ban": ("bann", "bans"),
    "asylum-visa": ("asylum", "visa", "entry"),
    "agreement-ended": (
        "cancel",
        "scrap",
        "annul",
        "abrogat",
        "revok",
        "terminat",
        "renounc",
        "tore",
        "withdr",
        "pull",
    ),
    "admission": ("admi", "member"),
    "opening": ("open", "inaugural"),
    "partnership": ("partnership",),
}


def _t(
    name: str,
    regex: str,
    *,
    example: str = "",
    case: bool = False,
    accept: Callable[[str, int, int], bool] | None = None,
) -> Trigger:
    return rule(
        name, EventKind.other, regex, _NEEDS[name], example=example, case=case, accept=accept
    )


_DOC = AGREEMENT_NOUNS

#: "take" in every form, its past participle too: "took office", "has taken office", "taking
#: over as chair" (a rule written without "taken" missed "has taken office").
_TAKE = r"t(?:ook|aken|akes?|aking)"

#: A state's envoy named in an appointment: an ambassador, an envoy, a high commissioner.
_ENVOY = r"(?:ambassador|envoy|high\s+commissioner)"
#: An appointment's last words before the envoy: "as its new ambassador", "as its special
#: envoy", "as the new high commissioner".
_APPOINTED_AS = re.compile(rf"\b(?:as|be|the|its|their|new|special|[\w.-]+['’]s)\s+{_ENVOY}$", re.I)
#: A word before the envoy (a demonym or a country's code: "the new British ambassador").
_WORD_BEFORE = re.compile(rf"([\w.-]+)\s+{_ENVOY}$", re.I)
#: An honorary ambassador's title after the word: "for the World Cup", "of its tourism board",
#: "for youth"; not "to Qatar", "of the United States" (case matters: the text as written).
_TITLE_AFTER = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+|(?!the\b))(?:[a-z]|World\s+Cup\b|Olympic|Expo\b|Games\b)"
)


def _an_envoy(text: str, start: int, end: int) -> bool:
    """:func:`.acting_sides.a_state_acts`, and an appointment only of a state's ambassador: no
    word before "ambassador" but a demonym or a country's code ("the new US ambassador", not
    "its tourism ambassador") and no honorary title after it ("its ambassador for the World
    Cup"; review29 finding 7).

    >>> text = "Japan approved the appointment of the actor as its tourism ambassador."
    >>> _an_envoy(text, text.index("approved"), text.index("."))
    False
    >>> text = "Chile accepted the appointment of Tom Baker as the new British ambassador."
    >>> _an_envoy(text, text.index("accepted"), text.index("."))
    True
    """
    if not a_state_acts(text, start, end):
        return False
    told = text[start:end].lower()
    if told.endswith("s") or (told.startswith("recall") and told.endswith("envoy")):
        return True  # ambassadors or envoys recalled
    if _TITLE_AFTER.match(text, end):
        return False
    if _APPOINTED_AS.search(text, start, end):
        return True
    word = _WORD_BEFORE.search(text, start, end)
    if word is None:
        return True
    named = find_actors(text, word.start(1), word.end(1))
    return any(m.start == word.start(1) and m.end == word.end(1) for m in named)


#: An embassy named: where asylum is asked of the state it is.
_EMBASSY = re.compile(r"\bembass(?:y|ies)\b", re.I)


def _a_refuge(text: str, start: int, end: int) -> bool:
    """Asylum asked for in an embassy named with its state in the sentence ("in the
    Brazilian embassy in Quito, where he has applied for asylum"), else a side acting in
    the clause before (:func:`.acting_sides.a_state_acts`): asylum granted, a visa or entry
    refused, not the card company ("rejected Visa and Mastercard's offer").

    >>> text = "He is in the Brazilian embassy, where he has applied for asylum."
    >>> _a_refuge(text, text.index("applied"), text.index("."))
    True
    >>> text = "Thousands have applied for asylum in recent years."
    >>> _a_refuge(text, text.index("applied"), text.index(" in"))
    False
    """
    if text[start:end].lower().startswith(("appl", "sought", "seek", "request", "ask")):
        lo, hi = sentence_bounds(text, start, end)
        return any(_a_states_embassy(text, m, lo, hi) for m in _EMBASSY.finditer(text, lo, hi))
    if _VISA_END.search(text, start, end) and text[start].islower():
        return False  # "rejected Visa and Mastercard's offer": the card company
    return a_state_acts(text, start, end)


#: A visa written with a capital in a lower-case clause: the card company's name.
_VISA_END = re.compile(r"\bVisas?$")
#: Whose an embassy is: its country or demonym right before it ("the Brazilian embassy",
#: "Ecuador's embassy"), or after "of" ("the Embassy of Australia").
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+$")
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _a_states_embassy(text: str, embassy: re.Match[str], lo: int, hi: int) -> bool:
    """Whether ``embassy`` names its state: a country or a demonym right before it or after
    its "of"; not "the embassy in London", whose state the city does not tell (review33
    finding 9).

    >>> text = "He applied for asylum at the embassy in London."
    >>> _a_states_embassy(text, _EMBASSY.search(text), 0, len(text))
    False
    >>> text = "He is in the Brazilian embassy in Quito."
    >>> _a_states_embassy(text, _EMBASSY.search(text), 0, len(text))
    True
    """
    before = find_actors(text, max(lo, embassy.start() - 40), embassy.start())
    if before and _OWNER_BEFORE.fullmatch(text, before[-1].end, embassy.start()):
        return True
    of = _OWNER_AFTER.match(text, embassy.end(), hi)
    if of is None:
        return False
    after = find_actors(text, of.end(), min(hi, of.end() + 40))
    return bool(after) and after[0].start == of.end()


#: The reviewed word lists of the kind-other rules (``data/kind_other_words.yaml``).
_KIND_OTHER_WORDS = word_lists(
    "kind_other_words.yaml",
    {
        "opened_structures": "words",
        "not_before_the_object": "words",
        "readmitted_people": "words",
        "titles_not_offices_taken": "words",
        "office_modifiers": "words",
        "resignation_not_given_after": "words",
    },
)


def _a_rank_before_an_office(title: str, offices: frozenset[str]) -> bool:
    """Whether ``title`` is a rank below a minister (``data/offices.yaml``'s
    ``minister_ranks``) before another office: "vice president", "deputy prime minister",
    "first deputy prime minister"; not "state counsellor" (no office after the rank), not
    "state president" ("state" is a rank only before "minister").

    >>> offices = frozenset({"president", "prime minister", "state counsellor"})
    >>> [_a_rank_before_an_office(t, offices) for t in ("vice-president", "state counsellor")]
    [True, False]
    """
    for rank in minister_ranks():
        rank = rank.lower()
        for joint in (" ", "-"):
            office = title[len(rank) + 1 :]
            if rank == "state" and not office.startswith("minister"):
                continue  # "state president" is an office (review26 finding 2)
            if title.startswith(rank + joint) and office in offices:
                return True
    return False


def offices_taken() -> frozenset[str]:
    """The offices a leader takes, lower case, that the rule ``took-office`` reads: the
    offices as the gazetteer reads them (:func:`~timeline.gazetteer.offices.office_phrases`:
    ``data/offices.yaml``'s titles and its ministers in every form, "minister of culture",
    "culture minister"), less the ranks below a minister ("deputy foreign minister", "state
    minister": a head of state's, government's or minister's office begun is the rule's
    class, a deputy's is not, review24 finding 7), less the titles that are such a rank
    before another office ("vice president", "deputy prime minister": the twenty-sixth
    pass), less the reviewed ``titles_not_offices_taken`` (a post one is sent to, a chair, a
    speaker, a prince, a party's leader, an adviser: "took over as AU Chairman" is the
    chairmanship's).

    >>> sorted({"prime minister", "vice president", "deputy prime minister"} & offices_taken())
    ['prime minister']
    """
    offices = office_phrases(ranks=False)
    return frozenset(
        title
        for title in offices - set(_KIND_OTHER_WORDS.words("titles_not_offices_taken"))
        if not _a_rank_before_an_office(title, offices)
    )


#: :func:`offices_taken` as a group, longest first, a space any run of spaces.
_OFFICE_TITLES = (
    "(?:"
    + "|".join(
        r"\s+".join(map(re.escape, title.split()))
        for title in sorted(offices_taken(), key=len, reverse=True)
    )
    + ")"
)

#: A rank below a minister (``data/offices.yaml``'s ``minister_ranks``).
_RANKS = tuple(rank.lower().split() for rank in minister_ranks())
#: The rank that is one only before "minister": "State Minister" is a rank, "State
#: President" an office (review26 finding 2).
_RANK_ONLY_BEFORE_MINISTER = ("state",)
_RANK = (
    "(?:"
    + "|".join(
        r"\s+".join(map(re.escape, words))
        + (r"(?=[\s-]+minister\b)" if words == list(_RANK_ONLY_BEFORE_MINISTER) else "")
        for words in _RANKS
    )
    + ")"
)

#: A word skipped before an office that is no rank below a minister: "took over as the new
#: Prime Minister" is read, "took over as Deputy Foreign Minister", "took charge as State
#: Minister for Foreign Affairs" are not (the office after the rank is a deputy's; review24
#: finding 18); "as the country's first Vice President" (review26 finding 4). One group
#: for every form of the rule: up to three such words.
_SKIPPED_BEFORE_OFFICE = rf"(?:(?!{_RANK}[\s-])[\w’'-]+\s+){{0,3}}?"

#: Not an office taken that is a rank's ("sworn in as Vice President", "inaugurated as the
#: new Deputy Prime Minister", "his election as Vice-President", "sworn in on Monday as
#: Vice President"): read after the words that tell no office themselves, a day between.
_NOT_AS_A_RANK = (
    r"(?!(?:\s+on)?(?:\s+[a-z]+day)?\s+as\s+"
    rf"{_SKIPPED_BEFORE_OFFICE}{_RANK}[\s-]+{_OFFICE_TITLES}\b)"
)

#: A date right after an office begun, its own: "last May", "in 2019", "in March", "on
#: Saturday", "on 20 May", "at the end of March", "earlier this month".
_DATED_AFTER = (
    r"(?=\s+(?:(?:last|earlier)\b|in\s+(?:\d|" + _MONTH + r"\b)|on\s+(?:\d|" + _MONTH + r"\b"
    r"|[a-z]+day\b)|at\s+the\s+(?:end|start|beginning)\s+of\b))"
)

#: The office that ends a match of rule ``took-office``, and the capitalised words before it.
_OFFICE_AT_END = re.compile(rf"(?:{_OFFICE_TITLES}|pm)$", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w.-]*")
_OFFICE_MODIFIERS = frozenset(_KIND_OTHER_WORDS.words("office_modifiers")) | office_adjectives()


def _a_state_office(text: str, start: int, end: int) -> bool:
    """Whether the office a match of ``took-office`` ends with is a state's: every
    capitalised word between its first word and the office is a word of
    ``office_modifiers`` or lies in a country, demonym or body the gazetteer knows, no
    club's or company's name ("becoming Real Madrid president"). A match that does not end
    with an office is accepted.

    >>> text = "Since becoming Real Madrid president in 2009, Perez has signed Ronaldo."
    >>> _a_state_office(text, text.index("becoming"), text.index(" in 2009"))
    False
    >>> text = "Since becoming Sri Lanka's President in 2019, he has visited India."
    >>> _a_state_office(text, text.index("becoming"), text.index(" in 2019"))
    True
    """
    office = _OFFICE_AT_END.search(text, start, end)
    if office is None:
        return True
    first = text.find(" ", start, office.start())
    if first < 0:
        return True
    names = [
        w
        for w in _CAPITALISED.finditer(text, first, office.start())
        if w.group().lower() not in _OFFICE_MODIFIERS
    ]
    if not names:
        return True
    known = [(m.start, m.end) for m in find_actors(text, first, office.start())]
    return all(any(a <= w.start() and w.end() <= b for a, b in known) for w in names)


#: Not the possessor's office after a rank ("the Vice President's inauguration", "the
#: vice-president's inauguration"): no rank and no hyphen right before it.
_NO_RANK_BEFORE = "(?<!-)" + "".join(
    rf"(?!(?<=\b{re.escape(' '.join(w))}\s)minister\b)"
    if w == list(_RANK_ONLY_BEFORE_MINISTER)
    else rf"(?<!\b{re.escape(' '.join(w))}\s)"
    for w in _RANKS
)


def _alternation(key: str) -> str:
    """A group matching any word of the list ``key`` (a space in it: any run of spaces)."""
    words = _KIND_OTHER_WORDS.words(key)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


#: A word that may stand between a verb and its object: none of the words that show the
#: noun after them is not the object ("opened fire across the border", "raised concerns
#: about the partnership").
_BEFORE_OBJECT = rf"(?!{_alternation('not_before_the_object')}\b)[\w’'-]+\s+"

#: The verbs of the rules `opening` and `partnership`.
_OPENING_VERB = r"(?:re-?)?open(?:ed|s|ing)?"
_PARTNERSHIP_VERB = (
    r"(?:establish(?:ed|ing)|establishment\s+of|elevat(?:ed|ing|ion)|upgrad(?:ed|ing|e))"
)
_OPENED = rf"(?:{_alternation('opened_structures')}|partnerships?)\b"

#: The negative evidence of those rules: their verb, at most one word that is not the noun,
#: a word of ``not_before_the_object``, then the noun after at most a determiner and one word.
_NO_OBJECT = re.compile(
    rf"\b(?:{_OPENING_VERB}|{_PARTNERSHIP_VERB})\s+"
    rf"(?:(?!{_OPENED})[\w’'-]+\s+)?{_alternation('not_before_the_object')}\s+"
    rf"(?:(?:the|its|their|a|an)\s+)?(?:{_BEFORE_OBJECT})?{_OPENED}",
    re.IGNORECASE,
)


#: A resignation asked for or refused, its words before the trigger in the same sentence
#: (``resignation_not_given_after``): "called for his resignation", "urged Prime Minister
#: Ali to step down", "refused to resign".
_RESIGNATION_NOT_GIVEN = re.compile(
    rf"\b{_alternation('resignation_not_given_after')}\s+(?:[\w’'.-]+,?\s+){{0,6}}?\Z",
    re.IGNORECASE,
)
#: How far back :func:`_a_resignation_given` reads.
_RESIGNATION_REACH = 80


def _a_resignation_given(text: str, start: int, end: int) -> bool:
    """Whether the resignation at ``start:end`` is given, not asked for or refused
    (:data:`_RESIGNATION_NOT_GIVEN`, in its clause before it:
    :func:`.acting_sides.clause_start`).

    >>> text = "Prime Minister Ali resigned on Tuesday."
    >>> _a_resignation_given(text, text.index("resigned"), text.index(" on"))
    True
    >>> text = "Protesters called on Prime Minister Ali to resign."
    >>> _a_resignation_given(text, text.index("resign"), len(text) - 1)
    False
    >>> text = "They demanded the resignation of the minister."
    >>> _a_resignation_given(text, text.index("resignation"), text.index(" of"))
    False
    """
    before = text[clause_start(text, start, _RESIGNATION_REACH) : start]
    return _RESIGNATION_NOT_GIVEN.search(before) is None


def no_object(text: str, start: int = 0, end: int | None = None, at: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds the negative evidence of the rules `opening` and
    `partnership`: a verb, at most one word, a word of ``not_before_the_object``
    (``data/kind_other_words.yaml``), then the noun in that word's phrase, so no object of
    the verb; with ``at``, only evidence around that position (the detector's word, for
    which :meth:`.reader.Reader._detected` proposes no event of kind other).

    >>> no_object("Indian troops opened fire across the border with Pakistan.")
    True
    >>> no_object("Officials established trust in the partnership with Russia.")
    True
    >>> no_object("Troops opened fire across the border.", at=7)  # at "opened"
    True
    >>> no_object("Troops opened fire across the border.", at=0)  # at "Troops"
    False
    >>> no_object("Uzbekistan opened a new consulate in the border town of Termez.")
    False
    >>> no_object("Vietnam and Laos upgraded ties on Monday under their partnership.")
    False
    """
    stop = len(text) if end is None else end
    return any(
        at is None or m.start() <= at < m.end() for m in _NO_OBJECT.finditer(text, start, stop)
    )


#: The rules of kind ``other``, in matching order.
KIND_OTHER_TRIGGERS: tuple[Trigger, ...] = (
    _t(
        "agreed-to-establish",
        r"\bagreed\s+to\s+(?:establish|create|set\s+up|launch|form)\b",
        example="Azerbaijan, Kazakhstan and Georgia agreed to establish a joint venture",
    ),
    # --- offices, relations between states, changes of power --------------------
    _t(
        "election-to-chair",
        r"\b(?:(?:re-?)?elect(?:ed|s|ing)?|elections?\s+of)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+|first\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:chair(?:person|man|woman)?|president|secretary[- ]general|"
        r"head|speaker)\b"
        r"|\belect(?:ed|s)\s+(?:[\w’'-]+,?\s+){1,8}?as\s+(?:an?\s+)?(?:(?:non-)?permanent\s+)?"
        r"members?\b"
        r"|\b(?=e)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)elected\s+on\b"
        # "the reelection of Louise Mushikiwabo ... as secretary general", "elected Peru to
        # preside over", "has been appointed the chair of", "Summit elected His Excellency
        # ..., President of the Republic of Zimbabwe, the Chairperson of SADC".
        r"|\bre-?elections?\s+of\b|\belect(?:ed|s)\s+(?:[\w’'.-]+\s+){1,3}?to\s+preside\b"
        r"|\bappointed\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?chair(?:man|woman|person)?\s+of\b"
        r"|\belect(?:ed|s)\s+(?:[\w’'.-]+,?\s+){1,14}?(?:as\s+)?the\s+(?:new\s+)?"
        r"chair(?:man|woman|person)?\b",
        example="Alpha Conde has been elected the new chairperson of the African Union",
    ),
    _t(
        "elected",
        r"\b(?:was|were|has\s+been|have\s+been)\s+elected\b",
        example="his successor, Egypt's Abdel Fattah el-Sisi, was elected during the summit",
    ),
    # Elections held in a country: "the April general election", "elections on May 28".
    _t(
        "election-held",
        r"\b(?:general|presidential|parliamentary|legislative|regional|municipal|local|snap|"
        r"early|national|federal|runoff|run-off)\s+(?:and\s+[\w-]+\s+)?elections?\b"
        r"|\belections?,?\s+(?:was\s+|were\s+)?held\b|\belections?\s+(?:in|on)\b",
        example="regional and municipal elections on May 28",
    ),
    _t(
        "chairmanship",
        rf"\b(?:assum(?:ed|es|e|ing)|{_TAKE}\s+over|hand(?:ed|s|ing)?\s+(?:over|off)|"
        r"turn(?:ed|s|ing)?\s+over|receiv(?:ed|es|e|ing)|pass(?:ed|es|ing)?(?:\s+on)?|"
        r"transferr(?:ed|ing)|(?:transfer|handover|hand-over|transition)\s+of|"
        r"(?<!other\s)hand|ced(?:ed|es|e|ing)|"
        r"transfers?(?:\s+(?:this|next|on)\s+\w+)?)\s+(?:the\s+|its\s+)?"
        r"(?:[\w’'()-]+\s+){0,4}?(?:co-)?(?:chairmanship|chairship|chair|presidency)\b"
        # A chair's term begun or ended: "the conclusion of the Russian Chairmanship", "the
        # end of the Estonian presidency of the Baltic cooperation"; a presidency only of a
        # body ("of the ...") or rotating, not a state's ("the end of the Trump presidency").
        r"|\b(?:beginning|start|conclusion|end)\s+of\s+(?:the\s+|its\s+)?"
        r"(?:[\w’'()-]+\s+){0,4}?(?:(?:co-)?(?:chairmanship|chairship|chair)\b|"
        r"(?:rotating|pro[\s-]+tempore)\s+presidency\b|presidency(?=\s+of\s+the\b))"
        rf"|\b{_TAKE}\s+over\s+as\s+(?:the\s+)?(?:new\s+)?chair(?:man|woman|person)?\b"
        # "took over the rotating leadership of ECCAS", "assuming political leadership of
        # the Arctic Council", "hand the gavel over to Russia", "whose presidency will be
        # taken over by Czechia", "the incoming Chairperson".
        rf"|\b(?:assum(?:ed|es|e|ing)|{_TAKE}\s+over)\s+(?:the\s+)?"
        r"(?:rotating|political)\s+leadership\s+of\b"
        r"|\bhand(?:ed|s|ing)?\s+(?:over\s+)?the\s+gavel\b"
        r"|\b(?:chairmanship|presidency|chair)\s+(?:will\s+be|was|is|has\s+been)\s+taken\s+over\b"
        r"|\bincoming\s+chair(?:man|woman|person|-in-office)?\b"
        # "the new Commonwealth Chair-in-Office", "Outgoing Pacific Islands Forum Chair",
        # "the Hungarian V4 presidency, which began on July 1", "the presidency will be
        # transferred from Uzbekistan to Kazakhstan", "pass the baton to his counterpart".
        r"|\bchair-in-office\b|\boutgoing\s+(?:[\w’'()-]+\s+){0,4}?chair(?:man|woman|person)?\b"
        r"|\b(?:presidency|chairmanship),?\s+which\s+(?:will\s+)?beg(?:an|ins?)\b"
        r"|\b(?:chairmanship|presidency|chair)\s+(?:will\s+be|was|is|has\s+been)\s+"
        r"(?:transferred|handed\s+over|passed)\b|\bpass(?:ed|es|ing)?\s+the\s+baton\b",
        example="upon receiving the CELAC pro tempore presidency",
    ),
    _t(
        "diplomatic-relations",
        r"\b(?:restor(?:e|ed|es|ing)|resum(?:e|ed|es|ing)|re-?establish(?:ed|es|ing)?|"
        r"establish(?:ed|es|ing)?|normali[sz](?:e|ed|es|ing)|sever(?:ed|s|ing)?|cut|"
        r"br(?:oke|eak|eaking)\s+off)\s+(?:full\s+|all\s+|formal\s+|their\s+)?"
        r"(?:diplomatic\s+)?(?:ties|relations)\b"
        r"|\b(?=[nrs])(?<!\banniversary\sof\sthe\s)(?<!\bpath\sof\s)(?<!\bprocess\sof\s)"
        r"(?:restoration|renewal|resumption|re-?establishment|normali[sz]ation|severance|"
        r"severing|rupture)\s+of\s+(?:full\s+)?(?:diplomatic\s+)?(?:ties|relations)\b"
        r"|\b(?:ties|relations)\s+(?:were\s+|was\s+)?(?:normali[sz]ed|restored|resumed|severed)\b"
        # "since the establishment of diplomatic ties in 1990" (an anniversary's stays out,
        # above), "... of diplomatic relations between the two countries in 1992", "... on
        # September 12, 1962" (thirtieth pass, kinds), "since diplomatic ties were
        # established in 1961", "forged diplomatic relations in 1961".
        r"|\b(?=e)(?<!\banniversary\sof\sthe\s)(?<!\banniversary\sof\s)establishment\s+of\s+"
        r"diplomatic\s+(?:ties|relations)\b(?=\s+(?:between\s+[^,.;:()]{1,60}?\s+)?(?:in|on)\s+"
        rf"(?:\d|{_MONTH}\b))"
        r"|\bdiplomatic\s+(?:ties|relations)\s+(?:were|was)\s+established\b"
        r"|\bforg(?:ed|e|es|ing)\s+diplomatic\s+(?:ties|relations)\b",
        example="Bahrain announced in April that it would restore diplomatic ties with Qatar",
    ),
    _t(
        "embassies",
        r"\b(?:re-?open(?:ed|s|ing)?|resum(?:e|ed|es|ing)\s+work\s+at)\s+(?:their\s+|its\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?embass(?:y|ies)\b|\breappoint(?:ed|s|ing)?\s+ambassadors?\b",
        example="the two countries reopened their embassies",
    ),
    _t(
        "suspension",
        r"\bsuspend(?:ed|s|ing)?\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?(?:membership|from)\b"
        # "decided to suspend, with immediate effect, the participation of the Republic of
        # Sudan", "suspend cooperation with Russia", "whose AL membership was suspended in
        # 2011", "uphold the suspension of the Republic of Guinea", "Syria was expelled from
        # the 22-member Arab League".
        r"|\bsuspend(?:ed|s|ing)?,?\s+(?:[\w’'-]+,?\s+){0,5}?(?:participation|cooperation)\b"
        r"|\bmembership\s+(?:was|were|has\s+been|had\s+been)\s+suspended\b"
        r"|\bsuspension\s+of\s+(?:the\s+)?(?:republic|membership|participation)\b"
        r"|\b(?:was|were|been)\s+expelled\s+from\b",
        example="ECOWAS on Thursday suspended Guinea's membership of the West African bloc",
    ),
    _t(
        "independence",
        r"\bdeclar(?:ed|es|ing)\s+(?:its\s+|their\s+)?independence\b",
        example="since Kosovo declared independence in 2008",
    ),
    _t(
        "accession",
        r"\baccession\s+of\b|\bacceded\s+to\b"
        r"|\bbec(?:ame|omes|oming)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:full\s+)?member\s+"
        r"(?:state\s+)?of\b|\bappl(?:ied|ies|y)\s+for\s+(?:[\w-]+\s+)?membership\b"
        # "Belize became a full member in 2000", "granted candidate status to Georgia",
        # "officially became candidates for European Union membership", "decided to open
        # accession negotiations with Ukraine".
        r"|\bbec(?:ame|omes|oming)\s+(?:a\s+)?full\s+member\b(?=\s+in\s+\d)"
        r"|\bcandidate\s+status\b|\bcandidates?\s+for\s+(?:[\w-]+\s+){0,3}?membership\b"
        r"|\b(?:open(?:ed|s|ing)?|start(?:ed|s|ing)?|launch(?:ed|es|ing)?)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+)?accession(?=\s+(?:negotiations|talks)\b)",
        example="Timor-Leste became the 11th member of the Association of Southeast Asian Nations",
    ),
    _t(
        "joined",
        r"\b(?:joined|joins)\s+(?:the\s+)?(?=[A-Z][A-Za-z]*\b)"
        r"(?![A-Za-z]+\s+(?:leaders|delegations?|officials|ministers|talks|summit|meetings?|"
        r"forces|troops|heads)\b)",
        example="Brunei Darussalam joined ASEAN in 1984",
        case=True,
    ),
    _t(
        "coup",
        r"\b(?:seiz(?:ed|es|e|ing)|t(?:ook|ake|akes|aking)|grabbed)\s+power\b|\bcoup\b"
        r"|\bself-proclaimed\s+(?:[\w-]+\s+){0,2}?(?:president|leader|head)\b",
        example="the military seized power in Niger on July 26, 2023",
    ),
    _t(
        "exchange-of-notes",
        r"\bexchang(?:ed|e|es|ing)\s+(?:of\s+)?(?:diplomatic\s+)?notes\b|\bnotes?\s+verbales?\b",
        example="the agreement entered into force after the exchange of notes",
    ),
    # A head of state or government, or a minister, taking office: "since X took office",
    # "was sworn in", "was appointed Minister of Culture".
    _t(
        "took-office",
        rf"\b(?:{_TAKE}|assum(?:ed|es|e|ing)|enter(?:ed|s|ing)?)\s+office\b"
        rf"|\bsworn\s+in\b{_NOT_AS_A_RANK}|\binaugurated\b{_NOT_AS_A_RANK}\s+as\b"
        rf"|\b{_TAKE}\s+(?:over|charge)\s+as\s+(?:the\s+)?"
        rf"{_SKIPPED_BEFORE_OFFICE}{_OFFICE_TITLES}\b"
        rf"|\bproclaimed\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?{_OFFICE_TITLES}\b"
        # "After coming to power in June last year", "since assuming power on June 30", "in
        # power since July"; an inauguration ("the inauguration of President Ali", "his
        # inauguration on January 7", "the inauguration ceremony for a new five-year term").
        r"|\bc(?:ame|ome|omes|oming)\s+to\s+(?:power|office)\b|\bassum(?:ed|es|e|ing)\s+power\b"
        # The oath of office, "since coming to office", "when he swore as president" (not
        # a rank's office: "took the oath of office as Vice President"), "the May 10 launch
        # of the Yoon Suk-yeol administration" (not "the launch of the Biden administration's
        # framework", a policy launched: review26 finding 19).
        rf"|\b{_TAKE}\s+(?:the\s+|his\s+|her\s+)?(?:first\s+)?oath\s+of\s+office\b"
        rf"{_NOT_AS_A_RANK}|\b(?:swore|swears)(?:\s+in)?{_NOT_AS_A_RANK}\s+as\b"
        r"|\blaunch\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?administration\b(?!['’]s)"
        r"|\bin\s+power\s+since\b"
        r"|\binauguration\s+(?:ceremony\s+)?(?:of|for)\s+(?:the\s+)?(?:new\s+)?"
        rf"(?:{_OFFICE_TITLES}|(?:[\w-]+\s+){{1,2}}?administration|a\s+new\s+(?:[\w-]+\s+)?term)"
        r"|\b(?:his|her|the\s+president['’]s)\s+inauguration\b(?!\s+speech)"
        # A leader's inauguration named by the leader or the office: "Ruto's inauguration in
        # Nairobi today", "the presidential inauguration ceremony of Yoon Suk-yeol", "the
        # Indonesian leaders' inauguration on Sunday"; an office given: "since he was
        # appointed Prime Minister", "since his elevation to the position of crown prince",
        # "his first state visit since he took charge".
        # The possessor is a person or an office, not a thing or a country inaugurating
        # one ("the bridge's inauguration", "Tanzania's inauguration of the new port"): no
        # determiner or adjective before it, no "of" after (the rules read lower-cased
        # text, so a capital cannot tell a name). The look-ahead comes first so that the
        # dozen look-behinds are tried only where such a possessor begins, not at every
        # character (the rule's scan 5 times faster, the same matches; thirty-fourth session).
        r"|\b(?=[\w-]+['’]s\s+inauguration\b)"
        rf"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bnew\s)(?<!\btheir\s){_NO_RANK_BEFORE}"
        r"[\w-]+['’]s\s+inauguration\b(?!\s+(?:speech|address|of)\b)"
        r"|\b(?:leaders['’]|presidential)\s+inauguration\b(?!\s+(?:speech|address)\b)"
        r"|\binauguration\s+ceremony\s+of\b"
        r"|\b(?:was|were|been)\s+appointed\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
        rf"(?:position|{_OFFICE_TITLES})\b"
        r"|\belevation\s+to\s+the\s+(?:position|post|office)\s+of\b"
        r"|\bsince\s+(?:he|she)\s+took\s+charge\b"
        # "since his election as Head of State in June 2020", "following his election last
        # month"; "the formation of Lebanon's new government in February", "since a
        # government was formed in Beirut in February".
        rf"|\b(?:his|her)\s+(?:re-?)?election\b{_NOT_AS_A_RANK}(?=\s+(?:as|in\s+\d|last|on)\b)"
        r"|\bformation\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:new\s+)?government\b"
        r"|\bgovernment\s+(?:was|were|has\s+been)\s+formed\b"
        # An office begun told by the person's becoming or assuming it, with its own date
        # right after ("since becoming PM last May", "who became the country's president
        # last year", not "his first visit after becoming President", a visit's date), by
        # the post, role or office assumed ("since he assumed his post in March 2018", "took
        # on his post on September 2nd", "assumed the office of Secretary-General", not
        # "assumed the role of mediator"), by the swearing-in with its own date in its
        # clause ("since his swearing in as the Prime Minister of Lesotho on 20 May", not
        # undated: review33 finding 5),
        # the inauguration of an office after a few words ("the
        # inauguration of the fifth Senegalese President", "my inauguration on May 20"), the
        # term begun with its own date ("since Erdogan began his new term in May", not
        # "since beginning his fifth term as president", "his second administration started
        # in December 2012") or the appointment or election dated ("since her appointment
        # on Saturday", "since his election at the end of March"); thirty-third pass.
        r"|\bbec(?:ame|omes?|oming)\s+(?:the\s+)?(?:(?:country|nation)['’]s\s+)?"
        rf"{_SKIPPED_BEFORE_OFFICE}(?:{_OFFICE_TITLES}|pm)\b{_NOT_AS_A_RANK}{_DATED_AFTER}"
        rf"|\b(?:assum(?:ed|es|e|ing)|{_TAKE}\s+(?:up|on))\s+"
        r"(?:his|her|the)\s+(?:new\s+)?(?:(?:post|role)\b(?!\s+(?:of|as|in\s+the)\b)|"
        rf"office\s+of\s+(?:the\s+)?{_OFFICE_TITLES}\b)"
        rf"|\b(?:his|her)\s+swearing[\s-]+in\b{_NOT_AS_A_RANK}"
        rf"(?=[^,.;:]{{0,80}}?{_DATED_AFTER})"
        r"|\binauguration\s+(?:ceremony\s+)?(?:of|for)\s+(?:the\s+)?"
        rf"{_SKIPPED_BEFORE_OFFICE}(?<!\bvice\s)(?:president|prime\s+minister)\b"
        r"|\bmy\s+inauguration\b(?!\s+(?:speech|address)\b)"
        r"|\bbeg(?:an|ins?|inning)\s+(?:his|her)\s+(?:new\s+|second\s+|third\s+|fourth\s+|"
        rf"fifth\s+)?(?:[\w-]+\s+)?term\b{_DATED_AFTER}"
        r"|\b(?:his|her)\s+(?:new\s+|second\s+|third\s+|fourth\s+|fifth\s+)?"
        r"(?:administration|government|term)\s+(?:started|began|begins)\b"
        rf"|\b(?:his|her)\s+(?:appointment|(?:re-?)?election)\b{_NOT_AS_A_RANK}{_DATED_AFTER}",
        accept=_a_state_office,
        example="Chile's new president was sworn in at the Congress in Valparaiso",
    ),
    # An office left: "resigned as prime minister", "announced his resignation", "the
    # resignation of the Romanian Prime Minister", "stepped down on November 10"; not
    # "resigned to", "resigned himself to" (accepting), nor a resignation asked for or
    # refused (:func:`_a_resignation_given`).
    _t(
        "left-office",
        r"\bresign(?:ed|s|ing)?\b(?!\s+(?:himself|herself|themselves|itself|to)\b)"
        r"|\b(?:his|her|their|the)\s+(?:[\w-]+\s+)?resignations?\b"
        r"|\bst(?:ep|eps|epped|epping)\s+down\b",
        accept=_a_resignation_given,
        example="Hun Sen stepped down as prime minister last year",
    ),
    # Diplomats sent away or called in: an act between two states.
    _t(
        "expulsion",
        r"\bexpel(?:led|s|ling)?\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?:diplomats?|ambassadors?|envoys?|staff|employees|attach[eé]s?)\b"
        r"|\bpersona\s+non\s+grata\b"
        r"|\bsummon(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:ambassador|envoy|charg[eé]|diplomat)"
        r"|\basked\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:diplomat|ambassador|envoy)\s+to\s+leave\b",
        example="Lithuania expelled two diplomats of the Belarusian embassy in Vilnius",
    ),
    # Acts of a state toward another that the tuning sets' gold writes as `other`
    # (twenty-eighth pass), each only when a state or a body acts in the clause before
    # (:func:`.acting_sides.a_state_acts`), their words ``data/state_act_words.yaml``'s: an
    # envoy recalled, an ambassador accepted or named ("Bahrain recalled its ambassador from
    # Israel", "The Vatican has accepted Smith's appointment as ambassador", "Peru approved
    # the nomination of Ana Ruiz as its new ambassador", "Chile agreed to the appointment of
    # Tom Baker as the British ambassador", not "as a goodwill ambassador"; "Egypt's
    # president has appointed Amr El Sherbiny as ambassador to Qatar"); a measure
    # lifted ("ECOWAS lifted sanctions on Mali", not "the club lifted the ban on fans"); a
    # ban ("Germany on Monday banned the airline from flying"); an agreement between states
    # ended ("North Korea canceled all agreements", "is withdrawing from a cease-fire
    # agreement", not "the company cancelled the agreement").
    _t(
        "envoy",
        r"\brecall(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,3}?(?:ambassadors?|envoys?)\b"
        r"(?!\s+(?:said|say|says|told)\b)"
        r"|\b(?:accept(?:ed|s|ing)?|approv(?:ed|es|e|ing)|agree(?:d|s)?\s+to)\s+"
        r"(?:[\w’'.-]+\s+){1,4}?(?:appointment|nomination)\s+(?:of\s+(?:[\w’'.-]+\s+){1,4}?)?"
        r"as\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s\s+)?(?:new\s+)?(?:[\w.-]+\s+)?"
        r"ambassador\b"
        r"|\b(?:nominat|appoint)(?:ed|es|s)?\s+(?:[\w’'.,-]+\s+){1,5}?(?:as|to\s+be)\s+"
        rf"(?:the\s+|its\s+)?(?:new\s+)?(?:[\w.-]+\s+)?{_ENVOY}\b"
        # "has appointed Sudhir Vyas as its new envoy to Bhutan", "named Ali Khan as the new
        # high commissioner", "will replace Vyas as ambassador to the UAE" (an envoy only
        # with "to" after it, a post abroad, when the verb is "named" or "replace").
        r"|\b(?:named|replac(?:e|es|ed|ing))\s+(?:[\w’'.,-]+\s+){1,5}?as\s+"
        rf"(?:the\s+|its\s+)?(?:new\s+)?(?:[\w.-]+\s+)?{_ENVOY}(?=\s+to\b)",
        accept=_an_envoy,
        example="Bahrain recalled its ambassador from Israel",
    ),
    _t(
        "measures-lifted",
        rf"\b{state_act_words('lifting_verbs')}\s+"
        r"(?:the\s+|its\s+|their\s+|all\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?"
        rf"{state_act_words('lifted_measures')}\b",
        accept=a_state_lifts,
        example="ECOWAS lifted sanctions on Mali",
    ),
    _t(
        "ban",
        r"\b(?:bann(?:ed|ing)|bans)\s+(?:[\w’'-]+\s+){1,5}?from\b",
        accept=a_state_acts,
        example="Germany on Monday banned the airline from flying in the country",
    ),
    # Asylum granted or asked of a state's embassy, a visa or entry refused: "Ecuador
    # granted asylum to the activist", "the Brazilian embassy in Quito, where he has
    # applied for asylum", "The High Commission of Canada is not granting her a visa",
    # "Israel denied entry to two US lawmakers" (thirty-third pass; wn-c, wn-i); not a
    # visa of another clause ("has since been rejected and with Mexico about a visa"), not
    # a refusal threatened or planned ("threats from the administration to revoke US
    # visas").
    _t(
        "asylum-visa",
        r"\b(?:grant(?:ed|s|ing)?|gave|giv(?:es|en|ing)|offer(?:ed|s|ing)?|appl(?:ied|ies|y)\s+for|"
        r"sought|seek(?:s|ing)?|request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for)\s+"
        r"(?:(?:political|diplomatic|temporary)\s+)?asylum\b"
        r"|\b(?=[rdn])(?<!\bto\s)(?:refus(?:ed|es|e|ing)|den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|revok(?:ed|es|e|ing)|"
        r"not\s+grant(?:ing|ed)?)\s+(?:(?!(?:about|over|with|and|for|on|in)\b)[\w’'.,-]+\s+){0,8}?(?:an?\s+|the\s+|his\s+|her\s+|"
        r"their\s+)?(?:entry\s+|transit\s+)?visas?\b|\bden(?:ied|ies|y|ying)\s+(?:[\w’'.-]+\s+){0,3}?entry\b",
        accept=_a_refuge,
        example="The High Commission of Canada is not granting Winnie Mandela a visa",
    ),
    _t(
        "agreement-ended",
        rf"\b{state_act_words('ending_verbs')}\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|all\s+)?(?:[\w’'-]+,?\s+){0,4}?"
        rf"{state_act_words('ended_agreements')}\b",
        accept=a_state_ends,
        example="The North also canceled all agreements on the border",
    ),
    # A post handed on: "handed over the CFM's presidency to Niger", "took over from his
    # predecessor", "responsibility will pass to Luxembourg from 1 January".
    _t(
        "handover",
        r"\b(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?)\s+(?:over|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:co-)?(?:chairmanship|chair|presidency|mandate|leadership)\b|\bhand(?:ed|s|ing)?\s+over\s+to\b"
        rf"|\b(?:handing[- ]over|handover)\s+ceremony\b|\b{_TAKE}\s+over\s+from\b"
        r"|\bsucceed(?:ed|s|ing)\b(?!\s+(?:in|to)\b)"
        r"|\b(?:presidency|chairmanship|chair|responsibility|leadership)\s+(?:will\s+)?"
        rf"pass(?:es|ed)?\s+to\b|\b{_TAKE}\s+over\s+as\s+(?:the\s+)?"
        r"(?:next\s+|new\s+)?head\s+of\b",
        example="Al Hashemy handed over the CFM's presidency to Niger",
    ),
    # Forces sent or kept abroad: "approved the deployment of standby forces", "extended
    # the mandate of a troop deployment" (a withdrawal demanded is no act: not read).
    _t(
        "deployment",
        r"\bdeploy(?:ed|s|ing|ment)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:mission|forces?|troops|contingent|peacekeepers)\b"
        r"|\b(?:mission|forces?|troops)\s+(?:that\s+)?(?:was|were|has\s+been|had\s+been)\s+"
        r"deployed\b|\bexten(?:d|ded|ds|ding|sion\s+of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
        r"mandate\b|\bmandate\s+(?:was|were|has\s+been)\s+extended\b",
        example="heads of state on Wednesday approved the deployment of standby forces",
    ),
    # A grouping taking in new members ("accession" is the member's own act).
    _t(
        "admission",
        r"\badmission\s+of\b"
        r"|\b(?:welcom|admitt?|accept|invit)\w*\s+(?:[\w’'-]+,?\s+){0,12}?as\s+(?:the\s+|an?\s+)?"
        r"(?:new|full)\s+(?:[\w-]+\s+)?members?\b"
        r"|\bgrant(?:ed|s|ing)?\s+(?:[\w’'-]+\s+){0,5}?(?:full\s+)?membership\b"
        # "The Democratic Republic of Congo was officially admitted to the EAC", "was
        # admitted as a member of the organisation in 2014".
        r"|\b(?:was|were|been|be|being)\s+(?:officially\s+|formally\s+)?admitted\s+"
        r"(?:to|into|as\s+(?:a\s+|an\s+)?(?:full\s+)?member)\b"
        # "a decision to readmit Syria to the Arab League", "to restore Syria's membership";
        # not people sent back ("signed a readmission agreement", "the return and readmission
        # of illegal migrants", "readmitted 500 asylum seekers").
        r"|\b(?=r)(?<!\breturn\s)(?<!\breturns\s)(?<!\breturn\sand\s)(?<!\breturns\sand\s)"
        r"re-?admi(?:t|ts|tted|tting|ssion)\b"
        rf"(?!\s+(?:and\s+return\b|{_DOC}\b|(?:of\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?"
        rf"{_alternation('readmitted_people')}\b))"
        r"|\brestor(?:e|ed|es|ing)\s+(?:[\w’'-]+\s+){0,2}?membership\b",
        example="the leaders admitted Bolivia as a full member of the customs union",
    ),
    # A border, crossing or building opened by the two sides: "during the ceremony to reopen
    # the land borders", "opened the new Georgian Embassy building in Yerevan", "the
    # opening of the Al-Duqm Refinery", "co-chaired the inaugural ceremony of Vientiane
    # Station".
    _t(
        "opening",
        rf"\b{_OPENING_VERB}\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|a\s+)?"
        rf"(?:{_BEFORE_OBJECT}){{0,4}}?{_alternation('opened_structures')}\b"
        r"(?!\s+(?:policy|policies)\b)"
        r"|\binaugural\s+ceremony\s+of\b",
        example="during the ceremony to reopen the land borders of the two countries",
    ),
    # A partnership raised between two states: "the establishment of cooperative strategic
    # partnership in 2009", "elevated to a full dialogue partnership in December 1995".
    _t(
        "partnership",
        rf"\b{_PARTNERSHIP_VERB}\s+"
        r"(?:to\s+|of\s+|into\s+)?(?:a\s+|an\s+|the\s+|their\s+|relations\s+to\s+a\s+)?"
        rf"(?:(?!{_alternation('not_before_the_object')}\b)[\w-]+\s+){{0,3}}?partnerships?\b"
        r"|\bpartnerships?\s+(?:was\s+|were\s+)?(?:established|agreed)\s+(?:between|in|on)\b",
        example="especially after the establishment of cooperative strategic partnership in 2009",
    ),
)
