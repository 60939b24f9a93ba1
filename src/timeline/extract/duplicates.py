"""One gathering told twice in a document: the weaker mention folds into the stronger.

The merge (:mod:`timeline.merge`) makes one event of mentions of the same kind
whose dates and sides are compatible. A document also tells one gathering by two
nouns of its class: a summit and "the meeting of the leaders" held at it, a
forum and the summit it is held with ("The economic forum will be held
simultaneously with the summit"). The scorer keeps both, and the gold counts one
(docs/history/extraction-log.md, "Tenth pass: kinds, participants, duplicates", (3)).

:func:`fold_duplicates` takes the mentions of one document after scoring and
coreference and folds two of them into one when the evidence says they tell
one real gathering, never by their count ("any second summit"):

* both are gatherings (summit, meeting or forum: the class of
  :data:`~timeline.extract.evaluate.KIND_CLASSES`);
* their dates are compatible (one interval contains the other: "the summit on
  October 23-24" and "the forum on October 23");
* their sides (countries and organizations) are a subset of one another,
  never the meeting of two other members; or both are meetings of one day that name
  one organization, each with another member and at most one person
  (:func:`_one_bodys_meeting`: "Talks between PIF and Fiji" and "Talks between PIF
  and Tuvalu" of one ministers' meeting; forty-fourth pass); or both are summits that
  name one organization whose members are every state either names
  (:func:`_one_bodys_summit`: the IGAD summit "hosted by Uganda" and the same summit
  "confirmed at the request of ... Somalia"; seventy-second pass);
* they are not a side's meetings or calls with different people: both name people of
  one country and none in both ("met President Higgins", "later met Taoiseach Leo
  Varadkar" on one day of a visit are two meetings, one per counterpart), the merge's
  rule (:func:`timeline.merge.met_by_different_people`; fifty-fourth pass);
* neither is a meeting told as one of its own: "talks between", "met with", on
  the sidelines, bilateral (:data:`~timeline.extract.coreference.OWN_MEETING`,
  the rule by which coreference keeps such a meeting apart from its summit).

Texts signed, adopted or issued on one day are not folded: the gold counts each
document signed (measured in docs/history/extraction-log.md, "Eleventh pass").
One text told again is (:func:`fold_texts_told_again`): a sentence that opens on a
text by a definite noun ("The declaration welcomed Syria's readmission", "The final
communique stated", "The Communiqué sets the region's agenda") tells the text the
article told signed, adopted or issued before, not a new act (sixty-sixth pass). So is
a meeting or a call told again (:func:`fold_events_told_again`): a sentence that opens on
it by a definite noun and nothing else ("The meeting was held at the request of the
Permanent Missions of Brazil, Canada ...", "Thursday's talks were held ahead the joint
exercises") tells the meeting told before it, whatever sides it names. A meeting told
again by a bare definite noun ("this meeting", "The meeting") that takes its date from
another act of its sentence is the meeting of the same sides told before it with a date of
its own clause (:func:`fold_meetings_retold`: "On the sidelines of this meeting, a ...
Forum was held Wednesday" after "The 12th Moroccan-Spanish High-Level Meeting opened
Thursday"; sixty-ninth pass).

The stronger of the two is the one dated more precisely, then the gathering
before the meeting (a summit, then a forum, then a meeting), then the one told
first. It keeps its kind, date, title and summary; it takes the participants of
both and every quote of both (one event, two sources).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from ..gazetteer.codes import organization
from ..merge import met_by_different_people
from ..model import ActorType, Event, EventKind, Participant, Source, Status
from ..temporal.lexicon import WEEKDAYS
from .coreference import OWN_MEETING, sides
from .gathering_rules import ANAPHOR_WORDS
from .limits import DISCOURSE_MEMORY
from .visit_rules import JOURNEY_WORDS

__all__ = [
    "event_told_again",
    "fold_duplicates",
    "fold_events_told_again",
    "fold_meetings_retold",
    "fold_summits_told_before",
    "fold_texts_told_again",
    "meeting_retold",
    "retelling_anaphors",
    "tell_one_event",
    "text_told_again",
]

#: The gatherings, the kind that names the event better first: the gathering itself
#: before a meeting held at it.
_KIND_ORDER: dict[EventKind, int] = {EventKind.summit: 0, EventKind.forum: 1, EventKind.meeting: 2}


def _compatible(a: Event, b: Event) -> bool:
    return (a.date.start <= b.date.start and b.date.end <= a.date.end) or (
        b.date.start <= a.date.start and a.date.end <= b.date.end
    )


def _own_meeting(e: Event) -> bool:
    return e.kind is EventKind.meeting and any(OWN_MEETING.search(s.quote) for s in e.sources)


def tell_one_event(a: Event, b: Event) -> bool:
    """Whether two mentions of one document tell one real gathering (see the module
    docstring)."""
    if a.kind not in _KIND_ORDER or b.kind not in _KIND_ORDER or not _compatible(a, b):
        return False
    sa, sb = sides(a), sides(b)
    if (
        not (sa and sb and (sa <= sb or sb <= sa))
        and not _one_bodys_meeting(a, b)
        and not _one_bodys_summit(a, b)
    ):
        return False
    if met_by_different_people(a, b):
        return False
    return not (_own_meeting(a) or _own_meeting(b))


#: An ordinal in a summit's title ("42nd IGAD summit", "the 28th and 29th summits"): two
#: different ones tell two sessions of one body.
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)


def _one_bodys_summit(a: Event, b: Event) -> bool:
    """Whether two summits are one summit of an organization both name, each telling it
    with other members of it: every state either names is a member of that organization
    (``members`` of data/organizations.yaml), so neither is a partner's summit with the
    body ("The 42nd Extraordinary Assembly of the Intergovernmental Authority on
    Development (IGAD) ... hosted by Uganda" and "the summit was confirmed at the request
    of the Federal Republic of Somalia" name IGAD with Uganda, then with Somalia, Ethiopia
    and Djibouti: one summit; the ASEAN-US summit of the ASEAN week is another: the United
    States is no member). Not two numbered sessions ("the 28th and 29th summits")."""
    if a.kind is not EventKind.summit or b.kind is not EventKind.summit:
        return False
    ordinals = [{o.lower() for o in _ORDINAL.findall(e.title)} for e in (a, b)]
    if ordinals[0] and ordinals[1] and ordinals[0] != ordinals[1]:
        return False
    bodies = {p.id for p in a.participants if p.type is ActorType.organization} & {
        p.id for p in b.participants if p.type is ActorType.organization
    }
    states = {p.id for e in (a, b) for p in e.participants if p.type is ActorType.country}
    for code in bodies:
        body = organization(code)
        if body is not None and body.members and states <= set(body.members):
            return True
    return False


def _one_bodys_meeting(a: Event, b: Event) -> bool:
    """Whether two meetings of one day and one status are one meeting of an organization
    both name, each with another member ("Talks between PIF and Fiji", "Talks between PIF
    and Tuvalu" of one Forum ministers' meeting): at most one person each (two leaders
    named hold talks of their own, "Putin and Xi at the BRICS summit")."""
    if a.kind is not EventKind.meeting or b.kind is not EventKind.meeting:
        return False
    if a.date.value != b.date.value or a.status is not b.status:
        return False
    if any(sum(p.type is ActorType.person for p in e.participants) > 1 for e in (a, b)):
        return False
    bodies = {p.id for p in a.participants if p.type is ActorType.organization}
    return any(p.type is ActorType.organization and p.id in bodies for p in b.participants)


def _strength(e: Event) -> tuple[int, int, int]:
    """The sort key of the stronger mention first: precise date, kind, told first."""
    return e.date.days, _KIND_ORDER.get(e.kind, len(_KIND_ORDER)), min(s.start for s in e.sources)


def _fold(head: Event, others: Sequence[Event]) -> Event:
    """``head`` with the participants, quotes, tags and links of ``others`` added."""
    participants: dict[str, Participant] = {p.id: p for p in head.participants}
    sources: dict[tuple[str, int, int], Source] = {}
    for e in (head, *others):
        for p in e.participants:
            participants.setdefault(p.id, p)
        for s in e.sources:
            sources.setdefault((s.document, s.start, s.end), s)
    ids = {e.id for e in others}
    return head.model_copy(
        update={
            "participants": list(participants.values()),
            "sources": [sources[k] for k in sorted(sources)],
            "tags": sorted({t for e in (head, *others) for t in e.tags}),
            "related": sorted({r for e in (head, *others) for r in e.related} - ids - {head.id}),
            "location": head.location or next((e.location for e in others if e.location), None),
        }
    )


def _fold_into_heads(
    events: Sequence[Event],
    order: Sequence[int],
    head_of: Callable[[list[int], Event], int | None],
) -> list[Event]:
    """``events`` with each one, taken in ``order``, folded into the head ``head_of`` finds
    for it among the heads kept so far (:func:`_fold`), or kept as a head; events outside
    ``order`` pass unchanged, every event in its place."""
    heads: list[int] = []
    folded: dict[int, list[Event]] = {}
    gone: set[int] = set()
    for i in order:
        head = head_of(heads, events[i])
        if head is None:
            heads.append(i)
        else:
            folded.setdefault(head, []).append(events[i])
            gone.add(i)
    return [
        _fold(e, folded[i]) if i in folded else e for i, e in enumerate(events) if i not in gone
    ]


def fold_duplicates(events: Sequence[Event]) -> list[Event]:
    """The mentions of one document, each gathering told twice folded into one.

    Mentions are taken strongest first (:func:`_strength`); each one joins the
    first stronger mention that :func:`tell_one_event` with it, else stands on
    its own. A mention is compared with at most
    :data:`~timeline.extract.limits.DISCOURSE_MEMORY` others, so a document of
    thousands of mentions stays linear. Mentions of other kinds pass unchanged,
    in their order.
    """
    order = sorted(
        (i for i, e in enumerate(events) if e.kind in _KIND_ORDER),
        key=lambda i: _strength(events[i]),
    )
    return _fold_into_heads(
        events,
        order,
        lambda heads, e: next(
            (h for h in heads[:DISCOURSE_MEMORY] if tell_one_event(events[h], e)), None
        ),
    )


#: The kinds of the acts a text is told by: signed, adopted, issued.
_TEXT_ACTS = frozenset({EventKind.signing, EventKind.adoption, EventKind.statement})

_TEXT_NOUNS = "|".join(
    r"\s+".join(map(re.escape, t.split()))
    for t in sorted(ANAPHOR_WORDS.words("text_anaphors"), key=lambda t: (-len(t), t))
)
#: A sentence that opens on a text by a definite noun, after at most one short opening
#: phrase ("Finally, the Buenos Aires declaration also endorsed"): the name before the
#: noun is its capitalized words ("The Panmunjeom Declaration"), "final" or "joint" are
#: not ("The final communique stated"). Not a plural ("The agreements signed yesterday").
_OPENS_ON_A_TEXT = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+)?[Tt]he\s+"
    r"(?P<name>(?:[A-Z0-9][\w’'.-]*\s+){0,4}?)(?:(?i:final|joint|new)\s+)?"
    rf"(?P<noun>(?i:{_TEXT_NOUNS}))\b(?![’'-])"
)
#: Words of a name that name no text: "The Final Communiqué", "The Joint Declaration".
_NOT_A_NAME = frozenset({"final", "joint", "new", "the"})


def _offset(e: Event) -> int:
    return min(s.start for s in e.sources)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in name.lower().split() if w not in _NOT_A_NAME)


def text_told_again(told: Event, again: Event) -> bool:
    """Whether ``again`` tells the text ``told`` tells, by a sentence that opens on it.

    Both are acts on a text (signed, adopted, issued) of compatible dates, ``told``
    told first; the sentence of ``again`` opens on a definite text noun that the
    quote or title of ``told`` names too, with the same name when it names one ("The
    Buenos Aires Declaration also points out" after "signed the 'Buenos Aires
    Declaration'"); texts of two agreements are two.
    """
    if told.kind not in _TEXT_ACTS or again.kind not in _TEXT_ACTS:
        return False
    if not _compatible(told, again) or min(s.start for s in told.sources) >= min(
        s.start for s in again.sources
    ):
        return False
    if told.agreement and again.agreement and told.agreement != again.agreement:
        return False
    opening = _OPENS_ON_A_TEXT.match(min(again.sources, key=lambda s: s.start).quote)
    if opening is None:
        return False
    noun = " ".join(opening["noun"].lower().split())
    text = " ".join(" ".join(s.quote for s in told.sources).lower().split())
    text += " " + told.title.lower()
    if noun not in text:
        return False
    return _name_words(opening["name"]) <= frozenset(re.findall(r"[\w’'.-]+", text))


def fold_texts_told_again(events: Sequence[Event]) -> list[Event]:
    """The mentions of one document, each text told again folded into the act that told
    it first (:func:`text_told_again`), which keeps its kind, date and title and takes
    the quotes and participants of both. A mention is compared with the
    :data:`~timeline.extract.limits.DISCOURSE_MEMORY` acts on a text told last before it."""
    order = sorted(
        (i for i, e in enumerate(events) if e.kind in _TEXT_ACTS),
        key=lambda i: min(s.start for s in events[i].sources),
    )
    return _fold_into_heads(
        events,
        order,
        lambda heads, e: next(
            (h for h in reversed(heads[-DISCOURSE_MEMORY:]) if text_told_again(events[h], e)),
            None,
        ),
    )


#: The kinds each event noun of ``anaphor_kinds`` (``data/anaphor_words.yaml``) refers to.
_ANAPHOR_KINDS: dict[str, frozenset[EventKind]] = {
    noun: frozenset(EventKind(k) for k in kinds.split())
    for noun, kinds in ANAPHOR_WORDS.values("anaphor_kinds").items()
}
#: A sentence that opens on an event by a definite noun and nothing else ("The meeting
#: took place on the sidelines of", "This discussion between the High Representative and
#: the Foreign minister took place", "Thursday's talks were held ahead"), not one it names
#: ("The meeting of the Supreme Eurasian Economic Council", "The 5th meeting").
#: The kinds an event told again by a definite noun folds into: the meetings and calls
#: (a visit's "The visit", "The trip" may be another leg of a tour).
_TOLD_AGAIN_KINDS = frozenset({EventKind.meeting, EventKind.call})
_OPENS_ON_AN_EVENT = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+)?"
    rf"(?:The|This|That|(?i:{'|'.join(WEEKDAYS)})[’']s)\s+"
    rf"(?P<noun>{'|'.join(map(re.escape, _ANAPHOR_KINDS))})\b(?!\s+(?:of|with)\b)(?![’'-])"
)


#: An occasion that names a gathering ("on the sidelines of the 26th Meeting of the
#: Ministerial Council of the OSCE"): the sentence may tell that gathering, not the one
#: told before (``occasion_nouns`` of ``data/anaphor_words.yaml``).
_OCCASION_OF = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, ANAPHOR_WORDS.words('occasion_nouns')))})\s+of\b", re.I
)


def event_told_again(told: Event, again: Event) -> bool:
    """Whether ``again`` tells the event ``told`` tells: of one kind and compatible dates,
    ``told`` told first, the sentence of ``again`` opening on a definite noun of that kind
    and nothing else ("The meeting took place on the sidelines of the 42nd Ordinary
    Meeting of the Executive Council of the African Union" after "Shokry met with his
    Chadian counterpart"), whatever sides it names."""
    if told.kind is not again.kind or again.kind not in _TOLD_AGAIN_KINDS:
        return False
    # the anaphor adds no precision: "The meeting is set for Friday, 17 June" after "next week"
    if not _compatible(told, again) or again.date.days < told.date.days:
        return False
    if min(s.start for s in told.sources) >= min(s.start for s in again.sources):
        return False
    if met_by_different_people(told, again):
        return False
    quote = min(again.sources, key=lambda s: s.start).quote
    opening = _OPENS_ON_AN_EVENT.match(quote)
    if opening is None or again.kind not in _ANAPHOR_KINDS[opening["noun"]]:
        return False
    return _OCCASION_OF.search(quote) is None


def fold_events_told_again(events: Sequence[Event]) -> list[Event]:
    """The mentions of one document, each event told again by a definite noun folded into
    the event of its kind told last before it (:func:`event_told_again`), which keeps its
    kind, date and title and takes the quotes and participants of both."""
    order = sorted(range(len(events)), key=lambda i: min(s.start for s in events[i].sources))

    def head_of(heads: list[int], e: Event) -> int | None:
        # of the events told in one sentence ("five bilateral meetings ..., including with
        # Xi Jinping, Narendra Modi and Cyril Ramaphosa"), the one of the most sides in common
        told = [h for h in heads[-DISCOURSE_MEMORY:] if event_told_again(events[h], e)]
        return max(
            reversed(told),
            key=lambda h: (_offset(events[h]), len(sides(events[h]) & sides(e))),
            default=None,
        )

    return _fold_into_heads(events, order, head_of)


#: How many days before a summit's own days a mention of it may be dated and still tell
#: it: the day its guests arrive or the eve ("al-Assad arrived Thursday in Jeddah ... to
#: attend the 32nd Arab League summit" beside "The summit is scheduled to start on Friday").
_EVE_DAYS = 2
#: A journey told in the sentence of such a mention (``journey_words`` of
#: data/visit_words.yaml).
_JOURNEY = re.compile(rf"\b(?:{JOURNEY_WORDS})\b", re.IGNORECASE)


def summit_told_before(summit: Event, before: Event) -> bool:
    """Whether ``before``, a summit of one day at most two days before the days of
    ``summit``, is that summit dated by a journey to it (:data:`_JOURNEY` in its
    sentence): both name the same organizations (at least one) and one's states are among
    the other's, or no organization and the same states ("who co-chairs the Russia-Africa
    summit, has arrived in Sochi" on 22 October beside "The Russia-Africa summit will be
    held in Sochi on October 23 and 24")."""
    if summit.kind is not EventKind.summit or before.kind is not EventKind.summit:
        return False
    if before.date.days != 1 or not 1 <= (summit.date.start - before.date.end).days <= _EVE_DAYS:
        return False
    if summit.status is not before.status and before.status is not Status.planned:
        return False
    bodies = {p.id for p in summit.participants if p.type is ActorType.organization}
    if bodies != {p.id for p in before.participants if p.type is ActorType.organization}:
        return False
    states, states_before = (
        {p.id for p in e.participants if p.type is ActorType.country} for e in (summit, before)
    )
    if not bodies and (not states or states != states_before):
        return False
    if bodies and not (states <= states_before or states_before <= states):
        return False
    return any(_JOURNEY.search(source.quote) for source in before.sources)


def fold_summits_told_before(events: Sequence[Event]) -> list[Event]:
    """The mentions of one document, each summit dated by its eve folded into the summit
    told with its own later days (:func:`summit_told_before`), which keeps its kind, date
    and title and takes the quotes and participants of both (sixty-seventh pass)."""
    summits = [i for i, e in enumerate(events) if e.kind is EventKind.summit]
    order = sorted(summits, key=lambda i: (-events[i].date.start.toordinal(), _offset(events[i])))

    def head_of(heads: list[int], e: Event) -> int | None:
        return next((h for h in heads[:DISCOURSE_MEMORY] if summit_told_before(events[h], e)), None)

    return _fold_into_heads(events, order, head_of)


#: A bare definite noun of a meeting: its determiner right before it ("this meeting", "the
#: meeting", "Thursday's talks"), no word between that tells another one ("the last
#: meeting", "the 7th meeting", "the previous talks").
_BARE_DETERMINER = re.compile(
    rf"\b(?:the|this|that|(?:today|yesterday|tomorrow|{'|'.join(WEEKDAYS)})[’']s)\s+$", re.I
)
#: Words right after the noun that make it name a meeting of its own ("the meeting of the
#: Council", "the meeting with Lavrov", "the meeting in Skopje last week", "the meeting
#: held in 2019").
_NAMES_ITS_OWN = re.compile(r"\s+(?:of|with|between|in|on|at|held|last|this|next)\b", re.I)
#: How far before a meeting word its determiner is looked for.
_DETERMINER_REACH = 40


def retelling_anaphors(text: str, triggers: Mapping[str, tuple[int, int]]) -> set[str]:
    """The ids of ``triggers`` (mention id: the span of its meeting word in ``text``) that
    tell a meeting by a bare definite noun (:data:`_BARE_DETERMINER`, not
    :data:`_NAMES_ITS_OWN`): "On the sidelines of this meeting", "The meeting has served"."""
    return {
        key
        for key, (start, end) in triggers.items()
        if _BARE_DETERMINER.search(text, max(0, start - _DETERMINER_REACH), start)
        and not _NAMES_ITS_OWN.match(text, end)
    }


def meeting_retold(
    told: Event, again: Event, retold: Collection[str], dated: Collection[str]
) -> bool:
    """Whether ``again`` tells again the meeting ``told`` tells though its dates are others:
    ``again`` is a bare definite noun dated by no date of its own clause (id in ``retold``),
    ``told`` a meeting told before it and dated by its own clause (id in ``dated``), of the
    same sides and status, not held with other people ("The 12th Moroccan-Spanish High-Level
    Meeting opened Thursday in Rabat", then "On the sidelines of this meeting, a ... Forum
    was held Wednesday": the forum's day is not the meeting's; sixty-ninth pass)."""
    if told.kind is not EventKind.meeting or again.kind is not EventKind.meeting:
        return False
    if again.id not in retold or told.id not in dated or _compatible(told, again):
        return False
    if told.status is not again.status or _offset(told) >= _offset(again):
        return False
    both = sides(again)
    return bool(both) and both == sides(told) and not met_by_different_people(told, again)


def fold_meetings_retold(
    events: Sequence[Event], retold: Collection[str], dated: Collection[str]
) -> list[Event]:
    """The mentions of one document, each meeting told again with dates of another act
    folded into the first meeting it tells (:func:`meeting_retold`), which keeps its kind,
    date and title and takes the quotes and participants of both. A mention is compared with
    the first :data:`~timeline.extract.limits.DISCOURSE_MEMORY` meetings told before it."""
    order = sorted(
        (i for i, e in enumerate(events) if e.kind is EventKind.meeting),
        key=lambda i: _offset(events[i]),
    )

    def head_of(heads: list[int], e: Event) -> int | None:
        return next(
            (h for h in heads[:DISCOURSE_MEMORY] if meeting_retold(events[h], e, retold, dated)),
            None,
        )

    return _fold_into_heads(events, order, head_of)
