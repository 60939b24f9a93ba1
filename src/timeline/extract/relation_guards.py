"""The guards of the kind-other rules of envoys, embassies, asylum and visas, openings and
partnerships (:mod:`.kind_other_rules`): an appointment only of a state's ambassador
(:func:`an_envoy`), asylum asked for in an embassy whose state is named (:func:`a_refuge`),
and the negative evidence of the rules ``opening`` and ``partnership`` (:func:`no_object`:
"opened fire across the border").
"""

from __future__ import annotations

import re

from ..gazetteer import find_actors
from .acting_sides import a_state_acts, sentence_bounds
from .office_changes import alternation

__all__ = ["no_object"]

#: Diplomatic relations as the subject of a relative clause on "established", after a comma,
#: which, that (and were, was, had been) or nothing (a reduced relative): "the Philippines
#: and Indonesia have a lot in common in over 70 years of bilateral ties countries, which
#: formally established on 24 November 1949", "Diplomatic relations between the two
#: countries, established in 1992, ..." (seventy-first pass); the rule
#: ``diplomatic-relations`` of :mod:`.kind_other_rules` reads them, with a date right after.
RELATIONS_IN_A_RELATIVE = (
    r"\b(?:ties|relations)(?:\s+(?:between|of|among)\s+[^,.;:()]{1,60}?|\s+[a-z]+)?,\s+"
    r"(?:(?:which|that)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?)?"
    r"(?:(?:formally|officially)\s+)?"
)
#: A state's envoy named in an appointment: an ambassador, an envoy, a high commissioner.
ENVOY = r"(?:ambassador|envoy|high\s+commissioner)"
#: An appointment's last words before the envoy: "as its new ambassador", "as its special
#: envoy", "as the new high commissioner".
_APPOINTED_AS = re.compile(rf"\b(?:as|be|the|its|their|new|special|[\w.-]+['’]s)\s+{ENVOY}$", re.I)
#: A word before the envoy (a demonym or a country's code: "the new British ambassador").
_WORD_BEFORE = re.compile(rf"([\w.-]+)\s+{ENVOY}$", re.I)
#: An honorary ambassador's title after the word: "for the World Cup", "of its tourism board",
#: "for youth"; not "to Qatar", "of the United States" (case matters: the text as written).
_TITLE_AFTER = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+|(?!the\b))(?:[a-z]|World\s+Cup\b|Olympic|Expo\b|Games\b)"
)


def an_envoy(text: str, start: int, end: int) -> bool:
    """:func:`.acting_sides.a_state_acts`, and an appointment only of a state's ambassador: no
    word before "ambassador" but a demonym or a country's code ("the new US ambassador", not
    "its tourism ambassador") and no honorary title after it ("its ambassador for the World
    Cup"; review29 finding 7).

    >>> text = "Japan approved the appointment of the actor as its tourism ambassador."
    >>> an_envoy(text, text.index("approved"), text.index("."))
    False
    >>> text = "Chile accepted the appointment of Tom Baker as the new British ambassador."
    >>> an_envoy(text, text.index("accepted"), text.index("."))
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


def a_refuge(text: str, start: int, end: int) -> bool:
    """Asylum asked for in an embassy named with its state in the sentence ("in the
    Brazilian embassy in Quito, where he has applied for asylum"), else a side acting in
    the clause before (:func:`.acting_sides.a_state_acts`): asylum granted, a visa or entry
    refused, not the card company ("rejected Visa and Mastercard's offer").

    >>> text = "He is in the Brazilian embassy, where he has applied for asylum."
    >>> a_refuge(text, text.index("applied"), text.index("."))
    True
    >>> text = "Thousands have applied for asylum in recent years."
    >>> a_refuge(text, text.index("applied"), text.index(" in"))
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


#: A word that may stand between a verb and its object: none of the words that show the
#: noun after them is not the object ("opened fire across the border", "raised concerns
#: about the partnership").
BEFORE_OBJECT = (
    rf"(?!{alternation('not_before_the_object')}\b)(?:\d{{1,3}}(?:,\d{{3}})+[\w-]*|[\w’'-]+),?\s+"
)

#: The verbs of the rules `opening` and `partnership`.
OPENING_VERB = r"(?:re-?)?open(?:ed|s|ing)?"
PARTNERSHIP_VERB = (
    r"(?:establish(?:ed|ing)|establishment\s+of|elevat(?:ed|ing|ion)|upgrad(?:ed|ing|e))"
)
_OPENED = rf"(?:{alternation('opened_structures')}|partnerships?)\b"

#: The negative evidence of those rules: their verb, at most one word that is not the noun,
#: a word of ``not_before_the_object``, then the noun after at most a determiner and one word.
_NO_OBJECT = re.compile(
    rf"\b(?:{OPENING_VERB}|{PARTNERSHIP_VERB})\s+"
    rf"(?:(?!{_OPENED})[\w’'-]+\s+)?{alternation('not_before_the_object')}\s+"
    rf"(?:(?:the|its|their|a|an)\s+)?(?:{BEFORE_OBJECT})?{_OPENED}",
    re.IGNORECASE,
)


def no_object(text: str, start: int = 0, end: int | None = None, at: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds the negative evidence of the rules `opening` and
    `partnership`: a verb, at most one word, a word of ``not_before_the_object``
    (``data/kind_other_words.yaml``), then the noun in that word's phrase, so no object of
    the verb; with ``at``, only evidence around that position (the detector's word, for
    which :meth:`.detector_proposals.DetectorProposals._detected` proposes no event of kind other).

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
