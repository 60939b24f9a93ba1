"""Which actor options a participant chooser may never add, whatever its weights.

The fitted chooser (:mod:`timeline.extract.participant_choice`) scores every actor
named near a candidate; the constraints here are hand rules that decide, before any
score, which of those options may not join the event:

- a side named in a phrase of circumstance of the trigger's clause
  (:func:`in_circumstance`: "hostilities fueled by the US", "amid competition from
  China"), which the rules leave out on purpose (docs/history/extraction-log.md, "Fourth pass");
- a member state of an organization the rules chose, named outside the clause
  (:data:`MEMBER_OF_CHOSEN`, :func:`member_of_chosen`), for a chooser that knows the
  feature (docs/history/extraction-log.md, "Nineteenth pass: the participant choice");
- a country named only outside the trigger's sentence
  (:data:`OUTSIDE_SENTENCE`, :func:`beyond_told_sides`) at a gathering whose sentence
  names its host and a guest (:func:`host_and_guest`; docs/history/extraction-log.md,
  "Twenty-second pass: participants"), unless the sentence says a side is the
  discourse's: a pronoun before the trigger, a trilateral format ("Twenty-fourth pass:
  participants");
- the state of a meeting's place, when the clause names two other states as its sides
  and no organization it belongs to (:func:`a_third_places_state`: "Lavrov and Blinken met
  in Geneva", "held talks on the sidelines of the UN General Assembly in New York"): the
  place hosts the talks of others, it is no side of them (seventieth pass).

>>> member_of_chosen("KZ", "lede", frozenset({"KZ", "TR"}), "document")
True
>>> member_of_chosen("KZ", "lede", frozenset({"KZ", "TR"}), "visit")
False
>>> beyond_told_sides("TR", told=True, chosen=False, scope="previous sentence")
True
>>> beyond_told_sides("OTS", told=True, chosen=False, scope="previous sentence")
False
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from ..gazetteer.codes import actor_type, organization
from ..model import EventKind
from ..temporal.anchoring_words import WORDS as ANCHORING_WORDS
from .counterpart_words import WORDS as COUNTERPART_WORDS

__all__ = [
    "CIRCUMSTANCE",
    "DISCOURSE_PRONOUN",
    "FORMAT_OF_THREE",
    "MEMBERS_AS_SIDES",
    "MEMBER_OF_CHOSEN",
    "OUTSIDE_SENTENCE",
    "a_third_places_state",
    "beyond_told_sides",
    "host_and_guest",
    "in_circumstance",
    "member_of_chosen",
    "never_added",
]

#: The feature of a member state (``data/organizations.yaml`` ``members``) of an
#: organization the rules chose, named outside the trigger's clause and left out by the
#: rules: the seed's Kazakhstan, named all through its article, beside the OTS of a
#: corridor agreement "signed ... during the Samarkand Summit of the Organization of
#: Turkic States". A chooser whose file names it never adds such an option.
MEMBER_OF_CHOSEN = "member of a chosen organization"
#: The classes whose events take such a member as a side all the same: a member visited or
#: visiting, called or calling ("a newly elected head-of-state visits ASEAN Member States",
#: a SADC chairman's visit to a member), where the organization the rules chose is the
#: occasion more than a side (gold keeps the member for 18 of the 27 such options of the
#: thirty-five tuning sets, docs/history/extraction-log.md, "Nineteenth pass: the participant
#: choice").
MEMBERS_AS_SIDES = ("visit", "call")
#: The scopes outside the trigger's sentence: a side named only there is the discourse's
#: (the article's subject, a speaker of the paragraph before), never added to a gathering
#: whose own sentence names its host and a guest (:func:`beyond_told_sides`).
OUTSIDE_SENTENCE = frozenset({"previous sentence", "lede", "headline", "elsewhere"})
#: A phrase of circumstance in the trigger's clause: a side named in it is never added.
CIRCUMSTANCE = re.compile(
    r"\b(?:amid|amidst|despite|in\s+competition\s+with|competition\s+from|fuell?ed\s+by)\b[^,;]*",
    re.I,
)


def in_circumstance(text: str, m: Any, trigger: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether mention ``m`` lies in a phrase of circumstance of ``clause`` that does not
    hold the trigger.

    >>> text = "Hostilities fueled by the US escalated."
    >>> class M: start = text.index("US")
    >>> in_circumstance(text, M, (0, 11), (0, len(text)))
    True
    """
    return any(
        c.start() <= m.start < c.end() and not c.start() <= trigger[0] < c.end()
        for c in CIRCUMSTANCE.finditer(text, clause[0], clause[1])
    )


def a_third_places_state(
    kind: EventKind, place: str, countries: Collection[str], bodies: Collection[str]
) -> bool:
    """Whether ``place``, the state of a gathering's place the clause does not name as a
    side, stays out of it: a meeting whose clause itself names two other states
    (``countries``; not sides filled in from the sentences before) as its sides is theirs,
    the place only where they met ("Lavrov and Blinken met in Geneva", "met on the
    sidelines of the UN General Assembly in New York"); unless the place's state belongs
    to an organization of ``bodies``, the clause's organizations (a member hosting its
    body's meeting: "the CSTO meeting to be held in St. Petersburg").
    Summits and forums keep their host: a gathering of many the place's state convenes.

    >>> a_third_places_state(EventKind.meeting, "CH", {"RU", "US"}, ())
    True
    >>> a_third_places_state(EventKind.meeting, "RU", {"AM", "KG"}, ("CSTO",))
    False
    >>> a_third_places_state(EventKind.meeting, "TR", {"RU"}, ())
    False
    >>> a_third_places_state(EventKind.summit, "CH", {"RU", "US"}, ())
    False
    """
    if kind is not EventKind.meeting or len(set(countries) - {place}) < 2:
        return False
    return not any(
        (org := organization(code)) is not None and place in org.members for code in bodies
    )


def member_of_chosen(code: str, scope: str, members: Collection[str], cls: str) -> bool:
    """Whether a side the rules left out, named first in ``scope``, is a member state
    (of ``members``, those of the organizations the rules chose) outside the clause, at
    an event of a class that does not take members as sides (:data:`MEMBERS_AS_SIDES`)."""
    return scope != "clause" and code in members and cls not in MEMBERS_AS_SIDES


#: What in a gathering's sentence says that a side of it is the discourse's, though the
#: sentence names a host and a guest: a pronoun standing for one before the trigger ("he
#: was in Cairo and had a meeting with the President of Egypt": the Cypriot president of
#: the sentence before), or, anywhere in the sentence, a format of three whose third
#: member the article gives ("in the framework of the trilateral meeting").
#: The words are the reviewed ``personal_pronouns`` of ``data/anchoring_words.yaml``
#: and ``formats_of_three`` of ``data/counterpart_words.yaml``.
DISCOURSE_PRONOUN = re.compile(
    r"\b(?:" + "|".join(map(re.escape, ANCHORING_WORDS.words("personal_pronouns"))) + r")\b",
    re.I,
)
FORMAT_OF_THREE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, COUNTERPART_WORDS.words("formats_of_three"))) + r")\b",
    re.I,
)


def host_and_guest(
    cls: str,
    rules: Collection[str],
    scoped: Mapping[str, Mapping[str, Any]],
    sentence: tuple[str, str] = ("", ""),
) -> bool:
    """Whether this is a gathering whose sentence names, among the rules' sides, its
    host (a capital named as the place: "the summit ... in Tashkent") and a guest
    (another side the sentence names): its sides are told there, not in the discourse.
    Not when ``sentence`` (the trigger's sentence before the trigger, and after it)
    says a side is the discourse's (:data:`DISCOURSE_PRONOUN` before the trigger,
    :data:`FORMAT_OF_THREE` anywhere).

    ``scoped`` maps each side to each scope naming it to its mention there; a side
    counts as named in the sentence by its nearest mention in the clause or the sentence.

    >>> class Capital: form, metonym = "capital", False
    >>> class Name: form, metonym = "name", None
    >>> scoped = {"AZ": {"clause": Name}, "UZ": {"sentence": Capital}}
    >>> host_and_guest("gathering", ["AZ", "UZ"], scoped, ("Azerbaijan is invited to the ", ""))
    True
    >>> host_and_guest("gathering", ["AZ", "UZ"], scoped, ("He was in Tashkent for a ", ""))
    False
    >>> host_and_guest("gathering", ["AZ", "UZ"], scoped, ("A ", " of the trilateral format"))
    False
    >>> host_and_guest("gathering", ["AZ", "UZ"], scoped, ("A ", " in Tashkent, they said"))
    True
    """
    before, after = sentence
    if (
        cls != "gathering"
        or DISCOURSE_PRONOUN.search(before)
        or FORMAT_OF_THREE.search(before)
        or FORMAT_OF_THREE.search(after)
    ):
        return False
    host = guest = False
    for code in rules:
        by_scope = scoped.get(code, {})
        m = by_scope.get("clause") or by_scope.get("sentence")
        if m is None:
            continue
        if not host and m.form == "capital" and m.metonym is False:
            host = True
        else:
            guest = True
    return host and guest


def beyond_told_sides(code: str, *, told: bool, chosen: bool, scope: str) -> bool:
    """Whether a country the rules left out, named first in ``scope``, is named only
    outside the sentence of a gathering whose sentence tells its host and a guest
    (``told``: :func:`host_and_guest`). An organization is never barred: the gathering's
    own body is often named only before it."""
    return told and not chosen and scope in OUTSIDE_SENTENCE and actor_type(code) != "organization"


def never_added(features: Collection[str], *, beyond_told: bool, members_held: bool) -> bool:
    """Whether an option with ``features`` may not join whatever its probability: it is
    named in a phrase of circumstance, or it is a :data:`MEMBER_OF_CHOSEN` for a chooser
    that knows the feature (``members_held``), or ``beyond_told`` (:func:`beyond_told_sides`).

    >>> never_added({"circumstance"}, beyond_told=False, members_held=False)
    True
    >>> never_added({MEMBER_OF_CHOSEN}, beyond_told=False, members_held=False)
    False
    """
    return (
        "circumstance" in features or (members_held and MEMBER_OF_CHOSEN in features) or beyond_told
    )
