"""The actors a clause names that are no sides of its event: those of its background,
told in a phrase of circumstance ("amid competition from China and Russia"); the place of
a matter discussed ("to discuss the conflicts in Sudan and Somalia": ``topic_nouns`` of
``data/state_act_words.yaml``); the sides that judge an act ("Japan criticized China's
military drills", "drawing condemnation from Pyongyang": ``reaction_verbs`` of
``data/statement_words.yaml``); an exercise's waters ("drills near Taiwan"); those named
before a conflict told with its sides after it ("the conflict between two member states"),
but for its invader; and the organization whose gathering a meeting is held at the side of,
the occasion's host (:func:`occasions_organizations`).
Read by :func:`.actors.participants_for` (:func:`without_background`) and
:func:`.actors.choose_location` (:func:`at_a_topics_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..gazetteer import ActorMention
from ..gazetteer.codes import country_name
from ..model import ActorType, EventKind
from .acting_sides import invader_before, state_act_words
from .actor_mentions import actor_type
from .counterpart_words import REPORTING_VERBS
from .cue_search import Cue
from .sayings import STATEMENT_WORDS

__all__ = [
    "at_a_topics_place",
    "is_a_judgement",
    "occasions_organizations",
    "reaction_spans",
    "without_background",
]

#: A phrase of circumstance, up to the next comma: the actors it names are the
#: background of the event, not its participants ("The visit is part of a diplomatic
#: push ... amid competition from China and Russia").
_CIRCUMSTANCE = Cue(
    r"\b(?:amid|amidst|despite|in\s+competition\s+with|competition\s+from|fuell?ed\s+by)\b[^,;]*",
    re.IGNORECASE,
)

#: The gathering a meeting is held at the side of: "on the sidelines of the G20 summit in
#: Rio", "on the margins of the United Nations General Assembly", up to the next comma or
#: "with" / "between" (:func:`occasions_organizations`).
_SIDELINES_OF = Cue(
    r"\b(?:sidelines|margins)\s+of\b(?:(?!\b(?:with|between)\b)[^,;])*",
    re.IGNORECASE,
)
#: The kinds held at the side of a gathering (:data:`_SIDELINES_OF`).
_HELD_AT_THE_SIDE = frozenset({EventKind.meeting, EventKind.call, EventKind.signing})


def occasions_organizations(
    text: str, kind: EventKind, clause: tuple[int, int], named: Sequence[Any]
) -> set[str]:
    """The organizations of ``named`` (the clause's actor mentions) that the clause names
    only inside the occasion a meeting is held at the side of (:data:`_SIDELINES_OF`), for
    the kinds so held (:data:`_HELD_AT_THE_SIDE`; none for others):
    "Modi and Albanese met on the sidelines of the G20 summit" names the G20 as the host
    of the occasion, no side of the talks.

    >>> from timeline.gazetteer import ActorMention
    >>> text = "Modi and Albanese met on the sidelines of the G20 summit."
    >>> g20 = ActorMention(text.index("G20"), text.index("G20") + 3, "G20", "G20",
    ...                    "organization", "G20", "name")
    >>> sorted(occasions_organizations(text, EventKind.meeting, (0, len(text)), [g20]))
    ['G20']
    """
    if kind not in _HELD_AT_THE_SIDE:
        return set()
    occasions = [m.span() for m in _SIDELINES_OF.finditer(text, clause[0], clause[1])]
    if not occasions:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for m in named:
        if any(a <= m.start < b for a, b in occasions):
            if actor_type(m) is ActorType.organization:
                inside.add(m.id)
        else:
            outside.add(m.id)
    return inside - outside


#: A state named as the place of a matter discussed, right before its name: the matter's
#: noun (``topic_nouns`` of data/state_act_words.yaml), "in", and perhaps other places
#: listed before it ("to discuss the conflicts in Sudan and Somalia", "concern over the
#: violence in Myanmar", "developments in Syria, Afghanistan, and the South Caucasus"):
#: the state is the topic of the act, not one of its sides. After a comma the list must go
#: on after the name (:data:`_LIST_GOES_ON`): "the situation in Gaza, Israel's minister
#: said" names a sayer. The noun in lower case: "the House of Peace in Panmunjom" is a place.
_TOPIC_BEFORE = re.compile(
    r"\b" + state_act_words("topic_nouns") + r"\s+(?:in|inside)\s+(?:the\s+)?"
    r"(?:[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?){0,3}\Z"
)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*(?:the\s+)?\Z", re.IGNORECASE)
#: How far before a name its topic's noun is looked for.
_TOPIC_REACH = 90

#: A side's judgement of an act told as its object, right before it in the clause ("Japan
#: on Monday criticized China's military drills", ``reaction_verbs`` of
#: data/statement_words.yaml), and a reaction told after an act ("..., drawing condemnation
#: from North Korea"): the sides that judge are no party to the act.
_REACTION_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, STATEMENT_WORDS.words("reaction_verbs"))) + r")\b",
    re.IGNORECASE,
)
_REACTION_AFTER = re.compile(
    r"\b(?:drawing|drew|draws|prompting|prompted|sparking|sparked|triggering|triggered|"
    r"provoking|provoked)\s+(?:[\w-]+\s+){0,2}?(?:condemnation|criticism|protests?|anger|"
    r"outrage|rebukes?|warnings?)\s+from\b[^,;.]*",
    re.IGNORECASE,
)
#: An apposition naming the person a side serves or is related to, up to its closing comma:
#: ", an adviser to Iran's Supreme Leader Ayatollah Ali Khamenei," (``ties_to_a_principal``
#: of data/state_act_words.yaml, a few adjectives before it: "a senior adviser", "the
#: special envoy"; up to ten words, after a name: :data:`_NAME_BEFORE`). The persons named
#: in it are no sides, but for their state (:func:`without_background`).
_PRINCIPAL_APPOSITION = re.compile(
    r",\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
    + state_act_words("ties_to_a_principal")
    + r"\s+(?:to|of|for)\s+(?:[^\s,;.()]+\s+){0,8}?[^\s,;.()]+(?=,)",
    re.IGNORECASE,
)
#: The end of a name right before such an apposition: "Ali Larijani, an adviser to ..."
#: (not "on this occasion, the emissary of the Algerian president handed over ...").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\Z")
#: A verb of reporting soon after the apposition (``reporting_verbs`` of
#: data/counterpart_words.yaml): "Yuriy Ushakov, aide to Vladimir Putin, has told ...",
#: "Femi Adesina, Special Adviser to the President on Wednesday, stated that ...": the aide
#: tells the principal's act, whose side the principal is.
_REPORTED_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:" + "|".join(map(re.escape, REPORTING_VERBS)) + r")\b", re.IGNORECASE
)
#: A place an exercise is held by, not in, right before a name: "drills near / around
#: Taiwan", "exercises off (the coast of) Japan", "close to the border with".
_NEAR_BEFORE = re.compile(
    r"\b(?:near|around|off(?:\s+the\s+coasts?\s+of)?|close\s+to|surrounding|toward|towards)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Between a verb of judgement and the act it judges: the act's own noun phrase, a few
#: words and no clause's punctuation ("criticized China's military drills", "welcomed the
#: peace agreement signed"; not "hailed President Isaias ..., describing him as ... the
#: 2018 peace treaty signed": the treaty is not what was hailed; not a second verb of the
#: judging side's, "condemned Russia's actions and imposed sanctions").
_OBJECT_BETWEEN = re.compile(
    r"(?:(?:\s+(?:to\s+)?[^\s,;:()]+){0,6}?(?<!\band)(?<!\bor)(?<!\bbut))?\s+"
)
#: The kinds whose parties a judging side is not: acts done by some sides and judged by
#: others. A gathering's or a contact's judge may be one of its sides ("Putin praised the
#: talks with Xi", "Japan welcomed the visit"), and a statement's is its sayer.
_JUDGED_KINDS = frozenset(
    {
        EventKind.exercise,
        EventKind.conflict,
        EventKind.signing,
        EventKind.adoption,
        EventKind.ratification,
        EventKind.entry_into_force,
        EventKind.decree,
        EventKind.founding,
    }
)


def is_a_judgement(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a saying's trigger) holds a verb of judgement
    (``reaction_verbs``): "condemned", "welcomes", not "announced" or "said".

    >>> text = "Iran on Monday condemned the strikes."
    >>> is_a_judgement(text, 4, 24), is_a_judgement("Mali announced its exit.", 4, 14)
    (True, False)
    """
    return _REACTION_BEFORE.search(text, start, end) is not None


def reaction_spans(
    text: str, clause: tuple[int, int], trigger: tuple[int, int]
) -> list[tuple[int, int]]:
    """The spans of ``clause`` that name the sides judging the act at ``trigger``: what
    stands before the last verb of judgement before the trigger, when the trigger is in
    its object (:data:`_OBJECT_BETWEEN`), and a reaction's "from ..." after it.

    >>> text = "Japan on Monday criticized China's military drills near Taiwan."
    >>> at = text.index("military")
    >>> [text[a:b] for a, b in reaction_spans(text, (0, len(text)), (at, at + 14))]
    ['Japan on Monday ']
    >>> text = "The allies began drills on Monday, drawing condemnation from Pyongyang."
    >>> at = text.index("drills")
    >>> [text[a:b] for a, b in reaction_spans(text, (0, len(text)), (at, at + 6))]
    ['drawing condemnation from Pyongyang']
    """
    spans = []
    verbs = list(_REACTION_BEFORE.finditer(text, clause[0], trigger[0]))
    if verbs and _OBJECT_BETWEEN.fullmatch(text, verbs[-1].end(), trigger[0]):
        spans.append((clause[0], verbs[-1].start()))
    spans += [(m.start(), m.end()) for m in _REACTION_AFTER.finditer(text, trigger[1], clause[1])]
    return spans


#: What follows a conflict's trigger that tells its sides or places after it: "the conflict
#: between two member states on the Kyrgyz-Tajik border", "Iran's intervention in Syria".
_BETWEEN = re.compile(r"\s+(?:between|on\s+the|along\s+the|in)\b", re.IGNORECASE)


def at_a_topics_place(text: str, clause_start: int, at: int) -> bool:
    """Whether the name at ``at`` is the place of a matter discussed: the matter's noun and
    "in" stand right before it in its clause (:data:`_TOPIC_BEFORE`), within
    :data:`_TOPIC_REACH` characters.

    >>> text = "recalled its ambassador in protest at the war in Gaza"
    >>> at_a_topics_place(text, 0, text.index("Gaza")), at_a_topics_place(text, 0, 13)
    (True, False)
    """
    return _TOPIC_BEFORE.search(text, max(clause_start, at - _TOPIC_REACH), at) is not None


def _a_topic(text: str, mention: Any, clause_start: int) -> bool:
    """Whether a country's ``mention`` names the place of a matter discussed
    (:func:`at_a_topics_place`), not a side.

    >>> from timeline.gazetteer import ActorMention
    >>> text = "met to discuss developments in Syria, Afghanistan, and the Caucasus"
    >>> mention = ActorMention(38, 49, "Afghanistan", "AF", "country", "Afghanistan", "name")
    >>> _a_topic(text, mention, 0)
    True
    >>> text = "discussed the situation in Gaza, Israel's minister said"
    >>> _a_topic(text, ActorMention(33, 39, "Israel", "IL", "country", "Israel", "name"), 0)
    False
    """
    if actor_type(mention) is not ActorType.country:
        return False
    lo, start = max(clause_start, mention.start - _TOPIC_REACH), mention.start
    if " in" not in text[lo:start]:
        return False  # no "in" / "inside" before the name: no topic's place (the cheap test)
    if not at_a_topics_place(text, clause_start, start):
        return False
    comma = _COMMA_BEFORE.search(text, max(lo, start - 8), start) is not None
    return not comma or _LIST_GOES_ON.match(text, mention.end) is not None


#: A state named as the attribute of a matter, "the" before it: "the Iran nuclear deal", "the
#: Paris attacks" (``named_matters`` of ``data/state_act_words.yaml``; :func:`_a_named_matter`).
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_NAME_FORMS = frozenset({"name", "capital"})
_MATTER_AFTER = re.compile(r"(?:\s+[a-z][\w-]*)?\s+" + state_act_words("named_matters") + r"\b")
#: The kinds whose sides a matter's state is not (:func:`_a_named_matter`): the acts that
#: discuss a matter; a document's and a conflict's own sides are read as they are.
_MATTER_KINDS = frozenset(
    {EventKind.visit, EventKind.meeting, EventKind.summit, EventKind.forum, EventKind.call}
)


def _a_named_matter(text: str, mention: Any) -> bool:
    """Whether a country's ``mention``, by its name or its capital's, is the attribute of a
    matter after "the" (no side); a demonym is not read so ("the Libyan crisis").

    >>> from timeline.gazetteer import ActorMention
    >>> text = "with the fate of the Iran nuclear deal atop the agenda"
    >>> _a_named_matter(text, ActorMention(21, 25, "Iran", "IR", "country", "Iran", "name"))
    True
    >>> text = "the Iran nuclear talks"
    >>> _a_named_matter(text, ActorMention(4, 8, "Iran", "IR", "country", "Iran", "name"))
    False
    """
    if actor_type(mention) is not ActorType.country or mention.form not in _NAME_FORMS:
        return False
    if _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start) is None:
        return False
    return _MATTER_AFTER.match(text, mention.end) is not None


#: The kinds whose bodies named in what their sides discussed are topics, and the verb
#: that tells it. Meetings measured too (sixty-fifth pass): −3 right, each a match the
#: body had made by luck (a merge or a date inferred through it).
_DISCUSSING_KINDS = frozenset({EventKind.call})
_DISCUSSED = Cue(r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|exchanged\s+views\s+on)\b", re.I)


def _without_topics_organizations(
    text: str, clause: tuple[int, int], in_clause: list[ActorMention]
) -> list[ActorMention]:
    """``in_clause`` without the organizations named only in what two sides named before
    it discussed (:data:`_DISCUSSED`): a call's topic, not a party to it (sixty-fifth
    pass). An organization named before the verb too stays.

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "Lavrov and Pompeo by phone discussed the meeting of the UN Security Council."
    >>> named = list(find_mentions(text, 0, len(text)).actors)
    >>> [m.id for m in _without_topics_organizations(text, (0, len(text)), named)]
    ['sergey-lavrov', 'mike-pompeo']
    """
    verb = _DISCUSSED.search(text, clause[0], clause[1])
    if verb is None:
        return in_clause
    before = {m.id for m in in_clause if m.start < verb.start()}
    if len(before) < 2:
        return in_clause
    return [
        m
        for m in in_clause
        if m.start < verb.start() or m.id in before or actor_type(m) is not ActorType.organization
    ]


def _as_its_state(mention: ActorMention) -> ActorMention | None:
    """A person's mention as a mention of the state they act for (None without one); any
    other mention as it is.

    >>> from timeline.gazetteer import find_actors
    >>> [(m.id, m.type) for m in map(_as_its_state, find_actors("President Vladimir Putin"))]
    [('RU', 'country')]
    """
    if actor_type(mention) is not ActorType.person:
        return mention
    if not mention.country:
        return None
    name = country_name(mention.country) or mention.country
    return replace(
        mention, id=mention.country, type="country", name=name, country=None, office=None
    )


def without_background(
    text: str,
    kind: EventKind,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    in_clause: list[ActorMention],
) -> list[ActorMention]:
    """The actor mentions of ``in_clause`` (the clause's, in order) that may be sides of the
    event of ``kind`` at ``trigger``: not those named in a phrase of circumstance the trigger
    is outside of (:data:`_CIRCUMSTANCE`), nor, of an act others judge
    (:data:`_JUDGED_KINDS`), the sides judging it (:func:`reaction_spans`); not the place of
    a matter discussed (:func:`_a_topic`) but of a conflict, or when no other side is
    named; not a body named only in what a call's sides discussed
    (:func:`_without_topics_organizations`); not an exercise's waters
    (:data:`_NEAR_BEFORE`); of a conflict told with its
    sides or places after the trigger (:data:`_BETWEEN`), only those named after it and
    its invader named right before it; not a person an apposition names as the one a side
    serves or is related to (:data:`_PRINCIPAL_APPOSITION`).

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "Japan and India met amid competition from China and Russia."
    >>> named = list(find_mentions(text, 0, len(text)).actors)
    >>> [m.id for m in without_background(text, EventKind.meeting, (16, 19), (0, 60), named)]
    ['JP', 'IN']
    """
    background = [
        (c.start(), c.end())
        for c in _CIRCUMSTANCE.finditer(text, clause[0], clause[1])
        if not c.start() <= trigger[0] < c.end()
    ]
    if kind in _JUDGED_KINDS:
        background += reaction_spans(text, clause, trigger)
    if kind is not EventKind.conflict:
        # "held talks ... to discuss the conflicts in Sudan and Somalia": the states the
        # matter is in are no sides of the talks (a conflict's are: "the war in Ukraine")
        # (a topic named alone stays: "The Council adopted a resolution on the situation in
        # Yemen" names no other side)
        sides = [m for m in in_clause if not _a_topic(text, m, clause[0])]
        if sides:
            in_clause = sides
    if kind in _MATTER_KINDS:
        # "arrived ... for a three-day state visit ..., with the fate of the Iran nuclear deal
        # ... atop the agenda": the matter's state is no side (another side named stays)
        sides = [m for m in in_clause if not _a_named_matter(text, m)]
        if sides:
            in_clause = sides
    if kind in _DISCUSSING_KINDS:
        in_clause = _without_topics_organizations(text, clause, in_clause)
    if kind is EventKind.exercise:
        # "drills near Taiwan", "exercises off the coast of Japan": the waters, not a side
        in_clause = [m for m in in_clause if not _NEAR_BEFORE.search(text, clause[0], m.start)]
    if background:
        in_clause = [m for m in in_clause if not any(a <= m.start < b for a, b in background)]
    principals = [
        (p.start(), p.end())
        for p in _PRINCIPAL_APPOSITION.finditer(text, clause[0], clause[1])
        if not p.start() <= trigger[0] < p.end()
        and _NAME_BEFORE.search(text, max(0, p.start() - 40), p.start())
        and not _REPORTED_AFTER.match(text, p.end() + 1, clause[1])
    ]
    if principals:
        # "Ali Larijani, an adviser to Iran's Supreme Leader Ayatollah Ali Khamenei, arrived":
        # the adviser travels, not the leader; the leader's state stays (the adviser's own)
        kept = (
            _as_its_state(m) if any(a <= m.start < b for a, b in principals) else m
            for m in in_clause
        )
        in_clause = [m for m in kept if m is not None]
    if kind is EventKind.conflict and _BETWEEN.match(text, trigger[1]):
        # "the conflict between two member states on the Kyrgyz-Tajik border"; the invader
        # named right before stays ("Iran's intervention in Syria": review30 finding 8)
        in_clause = [
            m for m in in_clause if m.start >= trigger[1] or invader_before(text, m.end, trigger)
        ]
    return in_clause
