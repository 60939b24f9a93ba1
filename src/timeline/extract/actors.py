"""Who and where for one event mention: participants with roles, and the location.

Names are resolved by :mod:`timeline.gazetteer` (countries with demonyms and
metonyms, organizations with former names, people with their country and
office, places with GeoNames coordinates); this module decides which of the
mentions in a sentence take part in the event and in which role (PLOVER's
actor/recipient: ``visitor``/``host`` for visits, ``signatory`` for
signings), and where the event took place. The mentions are found in
:mod:`.actor_mentions`; the actors of a clause that are no sides of its event are told in
:mod:`.background_actors`, a visit's hosts, legs and guests in :mod:`.visit_sides`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .. import gazetteer
from ..gazetteer import ActorMention, organization_seat
from ..model import ActorType, EventKind, Location, Participant, Role
from ..temporal.word_lists import word_lists
from .acting_sides import invader_before
from .actor_mentions import Mentions, actor_country, actor_type, mention_sides
from .background_actors import at_a_topics_place, occasions_organizations, without_background
from .candidates import implied_participants
from .cue_search import Cue
from .limits import ATTENDANCE_SENTENCES
from .participant_constraints import a_third_places_state
from .sayers import BOTH_SIDES, format_count, joint_sayers, plural_sides, sayers_counted
from .stays import held_in
from .visit_sides import BEFORE_A_PLACE, visit_hosts, visit_roles

__all__ = [
    "attending_countries",
    "chair_body",
    "choose_location",
    "format_sides",
    "participants_for",
    "relative_clause_host",
]

#: A sentence telling who attended a gathering: "The Assembly was attended by H.E. ...,
#: President of the Republic of Djibouti; ...", "Present at the Summit were the
#: under-listed ECOWAS Heads of State:", "took part in the meeting", "attended the summit",
#: "The participants included the Presidents of ...", "with the participation of the
#: foreign affairs and water resources Ministers of Egypt, Ethiopia and Sudan", "The
#: presidents of Brazil, Chile ... will also attend" (the last four since the seventy-fourth
#: pass). "also attend" only where it ends its clause, before "as" ("also attended as
#: Associate Members") or before "the ... event": with another object it tells the
#: attendance of that object ("also attended the funeral ceremony of ...", "a banquet",
#: "an official luncheon"), not of the gathering (review74).
_ATTENDANCE = Cue(
    r"\battended\s+by\b|\b(?:present\s+at|took\s+part\s+in|participated\s+in|attended)\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|assembly|conference|forum)\b"
    r"|\bparticipants\s+included\b|\bwith\s+the\s+participation\s+of\b"
    r"|\balso\s+(?:attend|attends|attended)"
    r"(?=\s*(?:[.,;:!?]|$)|\s+as\s|\s+the\s+(?:[\w-]+\s+){0,3}?events?\b)",
    re.IGNORECASE,
)

#: A sentence the splitter ended at a title: "was attended by H.E." goes on.
_TITLE_END = re.compile(r"\b(?:H\.\s?E|Hon|Dr|Rt|Amb|Mr|Mrs|Ms)\.\s*$")


def attending_countries(
    text: str, sentences: Sequence[tuple[int, int]], actors: Sequence[Any]
) -> list[tuple[int, tuple[str, ...]]]:
    """Where a document tells who attended a gathering (the end of each sentence of
    attendance), and the countries it names.

    ``sentences`` are the body's, in order; ``actors`` the body's actor mentions. A
    sentence of attendance goes on past a title the sentence splitter took for its end
    ("attended by H.E. | Ismail Omar Guelleh, President of the Republic of Djibouti;
    H.E. | ..."), and one that ends with a colon to the list below it, up to the next
    blank line. A person stands for the country they act for.

    >>> from timeline.extract.actor_mentions import find_mentions
    >>> text = "The Summit was attended by Ghana, Togo and Benin. Ghana's ministers spoke."
    >>> sentences = [(0, 49), (50, 75)]
    >>> actors = find_mentions(text, 0, len(text)).actors
    >>> attending_countries(text, sentences, actors)
    [(49, ('GH', 'TG', 'BJ'))]
    """
    found: list[tuple[int, tuple[str, ...]]] = []
    ordered = sorted(actors, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    for index, (start, end) in enumerate(sentences):
        if not _ATTENDANCE.search(text, start, end):
            continue
        # read on at most ATTENDANCE_SENTENCES sentences, so that a text of nothing but
        # sentences of attendance costs a bounded read per sentence (linear, not quadratic)
        bound = min(len(sentences), index + 1 + ATTENDANCE_SENTENCES)
        last, following = end, index + 1
        while (
            following < bound
            and _TITLE_END.search(text, max(start, last - 8), last)
            and "\n" not in text[last : sentences[following][0]]
        ):
            last = sentences[following][1]  # "attended by H.E. | Ismail Omar Guelleh, ..."
            following += 1
        if text[start:last].rstrip().endswith(":"):
            for a, b in sentences[following:bound]:
                if "\n\n" in text[last:a]:
                    break
                last = b
        countries: list[str] = []
        for m in ordered[bisect_left(starts, start) :]:
            if m.start >= last:
                break
            if m.end <= last:
                country = actor_country(m)
                if country and country not in countries:
                    countries.append(country)
        if countries:
            found.append((last, tuple(countries)))
    return found


#: "the country's" right before a conflict's trigger, perhaps with a word or two between:
#: the country's war, told by its noun ("The country's incursion into Liberia").
_THE_COUNTRYS = re.compile(r"\b[Tt]he\s+country['’]s\s+(?:[\w-]+\s+){0,2}?$")

#: A home returned to, right before a place: "returned to Abuja", "arrived back in Delhi",
#: "flew back home to Seoul"; the place of no visit the clause tells.
_RETURNED_TO = re.compile(
    r"\b(?:return(?:s|ed|ing)?|(?:arrived|arrives|flew|flies|came|comes|headed|heads)\s+back)"
    r"(?:\s+home)?\s+(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _participant(mention: Any, role: Role) -> Participant | None:
    kind = actor_type(mention)
    mid = str(mention.id)
    if kind is ActorType.person:
        name = str(getattr(mention, "name", "") or mid)
        country = getattr(mention, "country", None)
        title = getattr(mention, "office", None) or getattr(mention, "title", None) or None
        return _validated(mid, kind, role, name, country, title)
    return _validated(mid, kind, role)


@lru_cache(maxsize=4096)
def _validated(
    mid: str,
    kind: ActorType,
    role: Role,
    name: str | None = None,
    country: str | None = None,
    title: str | None = None,
) -> Participant | None:
    """The participant these values make, validated once: a document names the same
    actors again and again, and each candidate's clause and sentence are read for them
    (a model is never changed in place, so one copy serves every event naming it)."""
    try:
        if name is None:
            return Participant(id=mid, type=kind, role=role)
        return Participant(id=mid, name=name, type=kind, role=role, country=country, title=title)
    except ValueError:
        return None


def _countries_in(codes: Sequence[str]) -> set[str]:
    """The countries among ``codes``."""
    return {c for c in codes if gazetteer.is_country(c)}


def _sides_told(
    text: str,
    kind: EventKind,
    clause: tuple[int, int],
    countries: set[str],
    context_countries: Sequence[str],
    trigger_start: int = -1,
) -> int:
    """How many countries ``clause`` tells its event has, ``countries`` named in it: a plural
    reference's numeral ("the three leaders", with the countries named when it counts those
    besides them: :func:`plural_sides`), two for "both countries" or "the parties", at
    least a statement's sayers counted ("the three countries said": :func:`sayers_counted`),
    at least its format's count right before the trigger at ``trigger_start`` ("the
    quadripartite summit": :func:`format_count`, seventy-second pass); 0 when the numeral
    counts more than the clause and ``context_countries`` name.

    >>> _sides_told("The two leaders met.", EventKind.meeting, (0, 20), set(), ("KZ", "TR"))
    2
    """
    told, besides = plural_sides(text, clause[0], clause[1])
    if besides:
        told += len(countries)
    if trigger_start >= 0:
        told = max(told, format_count(text, trigger_start))
    if told > 2 and len(countries | _countries_in(context_countries)) < told:
        told = 0  # the sides named before are not all of them: the chooser reads further
    if told < 2 and BOTH_SIDES.search(text, clause[0], clause[1]):
        told = 2
    if kind is EventKind.statement:
        told = max(told, sayers_counted(text, clause))
    return told


#: A country, a state's possessive or a demonym right after an invasion's word, perhaps after
#: "of", "in", "into" or "the": the invaded country told ("invasion of Iraq").
_INVADED_NAMED = re.compile(r"\s+(?:(?:of|in|into)\s+)?(?:the\s+)?[A-Z]")


def invaded_untold(text: str, trigger: tuple[int, int], actor_ends: Sequence[int]) -> bool:
    """Whether the invasion at ``trigger`` names its invader right before it and no invaded
    country after it ("since the US-led invasion in 2003", "a Russian invasion since last
    February"): the actors end at ``actor_ends``.

    >>> text = "deaths have occurred since the US-led invasion in 2003."
    >>> at = text.index("invasion")
    >>> invaded_untold(text, (at, at + 8), [text.index("-led")])
    True
    >>> text = "Russia's invasion of Ukraine in 2022"
    >>> invaded_untold(text, (9, 17), [6, 28])
    False
    """
    if _INVADED_NAMED.match(text, trigger[1]) is not None:
        return False
    return any(invader_before(text, end, trigger) for end in actor_ends if end <= trigger[0])


def participants_for(
    text: str,
    kind: EventKind,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    mentions: Mentions,
    context_countries: Sequence[str] = (),
    location: Location | None = None,
) -> list[Participant]:
    """The participants of an event whose trigger lies in ``clause``.

    Every country, organization and person mentioned in the clause takes part.
    When the clause speaks of "both countries" or "the parties" and names fewer
    than two, ``context_countries`` (from the sentences before) fill in; so for a
    plural reference with its numeral ("the three leaders": :func:`plural_sides`, when
    they are enough) and for the subject of a statement's verb of saying ("the three
    countries said": :func:`sayers_counted`), up to its count. For
    visits the destination is the ``host`` and the others are ``visitor``; for
    summits, meetings and forums the country of the location is the host;
    signatories of a signing are ``signatory``. The sayers of a statement's joint
    saying told before its clause take part (:func:`joint_sayers`).
    """
    in_clause = [m for m in mentions.actors if clause[0] <= m.start and m.end <= clause[1]]
    in_clause = without_background(text, kind, trigger, clause, in_clause)
    hosts: list[str] = []
    if kind is EventKind.visit:
        in_clause, hosts = visit_hosts(text, trigger, clause, mentions, in_clause, location)
    people: list[Participant] = []
    others: list[Participant] = []
    seen: set[str] = set()
    occasions = occasions_organizations(text, kind, clause, in_clause)
    for m in sorted(in_clause, key=lambda m: m.start):
        country = actor_country(m)
        if m.id in occasions:
            role = Role.host  # the gathering the meeting is held at the side of
        elif hosts and country is None and m.body is None:
            # a person of no known country (nor international body) is neither side:
            # "discussions between Sirisena, who is on an official visit to Pakistan, and
            # Prime Minister Abbasi" tell no guest in Abbasi
            role = Role.participant
        elif hosts:
            role = Role.host if country in hosts else Role.visitor
        elif kind is EventKind.signing:
            role = Role.signatory
        else:
            role = Role.participant
        p = _participant(m, role)
        if p is None or p.id in seen:
            continue
        seen.add(p.id)
        (people if p.type is ActorType.person else others).append(p)
    countries = {p.id for p in others if p.type is ActorType.country} | {
        p.country for p in people if p.country
    }
    if kind is EventKind.statement:
        for code in joint_sayers(text, clause, mention_sides(mentions, clause[0])):
            if code not in countries and code not in seen:
                is_country = gazetteer.is_country(code)
                others.append(
                    Participant(
                        id=code, type=ActorType.country if is_country else ActorType.organization
                    )
                )
                seen.add(code)
                if is_country:
                    countries.add(code)
    clause_states = frozenset(countries)  # the states the clause itself names
    told = _sides_told(text, kind, clause, countries, context_countries, trigger[0])
    if len(countries) < told:
        for code in context_countries:
            if code not in countries and gazetteer.is_country(code):
                others.append(Participant(id=code, type=ActorType.country))
                countries.add(code)
            if len(countries) >= told:
                break
    if kind is EventKind.conflict and _THE_COUNTRYS.search(text, clause[0], trigger[0]):
        # "Nigeria stays out of the vote. The country's incursion into Liberia in May
        # 1996 ...": the country named nearest before (thirtieth pass, kinds)
        named = next((c for c in context_countries if gazetteer.is_country(c)), None)
        if named is not None and named not in countries:
            others.append(Participant(id=named, type=ActorType.country))
            countries.add(named)
    if (
        kind is EventKind.conflict
        and len(countries) == 1
        and invaded_untold(text, trigger, [m.end for m in in_clause])
    ):
        # "... ordinary Iraqi women, men and children." A 2004 study estimates 100,000
        # deaths "since the US-led invasion in 2003": the invader alone is named, the country
        # the story names nearest before is the invaded one (seventy-third pass)
        invaded = next(
            (c for c in context_countries if gazetteer.is_country(c) and c not in countries), None
        )
        if invaded is not None:
            others.append(Participant(id=invaded, type=ActorType.country))
            countries.add(invaded)
    gathering = kind in (EventKind.summit, EventKind.meeting, EventKind.forum, EventKind.visit)
    signed = kind is EventKind.signing
    seat = (
        organization_seat(location.name) if location is not None and (gathering or signed) else None
    )
    if seat is not None and signed and location is not None and location.country:
        # "Zelensky signed three security agreements today in Brussels": the EU's signing,
        # the city no signatory; unless the clause names the seat's state by another name
        # ("Belgium and the Netherlands signed a treaty in Brussels"; forty-ninth pass)
        if any(actor_country(m) == location.country and m.text != location.name for m in in_clause):
            seat = None
        else:
            others = [p for p in others if p.id != location.country]
            countries.discard(location.country)
    if seat is not None:
        # "leaders meeting in Brussels agreed ...": the EU's gathering (or the organization
        # named's), not Belgium's unless the text names it; only with a side other than the
        # seat's own state ("three men were arrested in Brussels" is nobody's gathering:
        # review33 finding 1)
        seat_state = location.country if location is not None else None
        if not any(p.type is ActorType.organization for p in others) and (countries - {seat_state}):
            role = Role.signatory if signed else Role.participant
            others.append(Participant(id=seat, type=ActorType.organization, role=role))
    elif (
        location is not None
        and location.country
        and location.country not in countries
        and gathering
        and not a_third_places_state(
            kind,
            location.country,
            clause_states,
            [p.id for p in others if p.type is ActorType.organization],
        )
    ):
        others.append(Participant(id=location.country, type=ActorType.country, role=Role.host))
    for host in hosts:
        if host not in countries:
            others.append(Participant(id=host, type=ActorType.country, role=Role.host))
            countries.add(host)
    # People imply their countries, as an Event completes them (Tokayev brings KZ): a
    # variant built on these participants (an event's copy, not validated again) keeps them.
    return implied_participants(people + others)


#: The classes whose events a standing format and its members stand for each other in: a
#: visit or a call of a format's chair is the chair's, not every member's.
_FORMAT_CLASSES = frozenset(
    {
        EventKind.summit,
        EventKind.meeting,
        EventKind.forum,
        EventKind.signing,
        EventKind.statement,
        EventKind.adoption,
    }
)


@lru_cache(maxsize=1)
def _standing_formats() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """The fifteen standing formats, listed once: (code, member set, members in file order)."""
    return tuple(
        (org.code, frozenset(org.members), org.members)
        for org in gazetteer.organizations().values()
        if org.standing_format and len(org.members) >= 3
    )


def format_sides(kind: EventKind, participants: list[Participant]) -> list[Participant]:
    """``participants`` with a standing format's members beside the format, and the
    format beside its members (``standing_format`` in ``data/organizations.yaml``: the
    Visegrád Four, the Benelux, the Bucharest Nine, the C5). A summit "of the V4" is
    one of its four states, and "the presidents of Poland, the Czech Republic, Slovakia
    and Hungary met" is the V4's; gold files name either or both (docs/history/extraction-log.md,
    "Twenty-first pass: participants"). Gatherings, documents and statements only.

    The format is added only when the event's countries are its members, no more and no
    fewer: the nine eastern-flank states are the B9, not the V4 as well; the six EEC
    founders are not the Benelux; a format with a guest is told by the format's name
    (kept with its members), not by a list of states. Both directions read the
    participants as given, so the order of the formats in the file does not matter.

    >>> sides = [Participant(id="V4", type=ActorType.organization)]
    >>> [p.id for p in format_sides(EventKind.summit, sides)]
    ['V4', 'CZ', 'HU', 'PL', 'SK']
    >>> four = [Participant(id=c, type=ActorType.country) for c in ("CZ", "HU", "PL", "SK")]
    >>> [p.id for p in format_sides(EventKind.meeting, four)][-1]
    'V4'
    >>> [p.id for p in format_sides(EventKind.visit, sides)]
    ['V4']

    A visit's sides are its hosts and its visitors (:func:`.visit_sides.visit_roles`).
    """
    if kind is EventKind.visit:
        return visit_roles(participants)
    if kind not in _FORMAT_CLASSES:
        return participants
    ids = {p.id for p in participants}
    countries = {p.id for p in participants if p.type is ActorType.country} | {
        p.country for p in participants if p.country
    }
    have = ids | countries
    out = list(participants)
    for code, member_set, members in _standing_formats():
        if code in ids:
            out += [Participant(id=c, type=ActorType.country) for c in members if c not in have]
            have |= member_set
    for code, member_set, _ in _standing_formats():
        if code not in have and member_set == countries:
            out.append(Participant(id=code, type=ActorType.organization))
            have.add(code)
    return out


#: The trigger rules of a chair handed over, taken or ended (``kind_other_rules``):
#: "Peru handed over the pro-tempore presidency of this regional trade bloc to Chile".
CHAIR_RULES = frozenset({"chairmanship"})
#: How many sentences before the trigger's own a chair's body is looked for in.
CHAIR_BODY_SENTENCES = 2

#: The nouns of "the/this (regional trade) bloc" (``data/chair_body_words.yaml``).
_CHAIR_BODY_WORDS = word_lists("chair_body_words.yaml", {"anaphor_nouns": "words"})


@lru_cache(maxsize=1)
def _chair_object() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in _CHAIR_BODY_WORDS.words("anaphor_nouns"))
    # after the chair's noun: "of" a body named only by an anaphor, or no "of" at all
    return re.compile(
        rf"(?!\s+of\b)|\s+of\s+(?:the|this|that|its)\s+(?:[a-z-]+\s+){{0,3}}?(?:{nouns})\b"
    )


def chair_body(
    rule: str,
    participants: list[Participant],
    before: Sequence[ActorMention],
    text: str = "",
    trigger_end: int = -1,
) -> list[Participant]:
    """``participants`` with the body whose chair is handed over, when the trigger names
    the chair alone ("handed over the chairmanship to Brazil") or of a body named only as
    an anaphor ("of the alliance", "of this regional trade bloc": ``anaphor_nouns`` in
    ``data/chair_body_words.yaml``), read in ``text`` from ``trigger_end`` (the end of
    the chair's noun; -1: not read): the organization named last ``before`` the trigger
    (the body's actor mentions, in order, of the trigger's sentence and the
    :data:`CHAIR_BODY_SENTENCES` before it) whose members (``members`` in
    ``data/organizations.yaml``) include every country of the event. A chair is a
    body's: gold names it beside the outgoing and the incoming chair
    (docs/history/extraction-log.md,
    "Twenty-third pass: participants"). Only for a :data:`CHAIR_RULES` trigger whose
    participants hold no organization and some country; a body without listed members
    (the UN, the AU) is never taken.

    >>> def side(c, t=ActorType.country): return Participant(id=c, type=t)
    >>> mercosur = ActorMention(0, 8, "Mercosur", "MERCOSUR", "organization", "Mercosur", "alias")
    >>> [p.id for p in chair_body("chairmanship", [side("AR"), side("BR")], [mercosur])]
    ['AR', 'BR', 'MERCOSUR']
    >>> said = "gave the presidency of the bloc to Brazil"
    >>> [p.id for p in chair_body("chairmanship", [side("AR"), side("BR")], [mercosur], said, 19)]
    ['AR', 'BR', 'MERCOSUR']
    >>> said = "gave the presidency of the football confederation to Brazil"
    >>> [p.id for p in chair_body("chairmanship", [side("AR"), side("BR")], [mercosur], said, 19)]
    ['AR', 'BR']
    >>> [p.id for p in chair_body("chairmanship", [side("AR"), side("FR")], [mercosur])]
    ['AR', 'FR']
    >>> [p.id for p in chair_body("took-office", [side("AR"), side("BR")], [mercosur])]
    ['AR', 'BR']
    """
    if rule not in CHAIR_RULES or any(p.type is ActorType.organization for p in participants):
        return participants
    if trigger_end >= 0 and not _chair_object().match(text, trigger_end):
        return participants
    countries = {p.id for p in participants if p.type is ActorType.country} | {
        p.country for p in participants if p.country
    }
    if not countries:
        return participants
    organizations = gazetteer.organizations()
    for m in reversed(before):
        org = organizations.get(m.id) if str(m.type) == "organization" else None
        if org is not None and countries <= set(org.members):
            return [*participants, Participant(id=m.id, type=ActorType.organization)]
    return participants


#: "in the Armenian capital": a demonym's country is the place's when "capital" follows it.
_CAPITAL_AFTER = re.compile(r"\s+capital\b")


def relative_clause_host(
    text: str, clause_end: int, relative_end: int, mentions: Mentions
) -> str | None:
    """The country a gathering's relative clause, from ``clause_end`` to ``relative_end``,
    names as where it takes place, by the state's name or as its capital ("the summit of
    the European Political Community, which takes place on June 1 in Moldova", "a summit
    of Francophonie, which will be held in the Armenian capital"): the gathering's host.
    A city there is the location's (:func:`choose_location`), not read here.

    >>> from timeline.gazetteer import find_actors
    >>> text = "the EPC summit, which takes place on June 1 in Moldova."
    >>> mentions = Mentions(tuple(find_actors(text)), ())
    >>> relative_clause_host(text, text.index(","), len(text), mentions)
    'MD'
    """
    for m in mentions.actors:
        if not (clause_end < m.start and m.end <= relative_end) or m.type != "country":
            continue
        if m.form == "demonym" and not _CAPITAL_AFTER.match(text, m.end):
            continue
        if m.form in ("name", "demonym") and held_in(text, clause_end, m.start):
            return str(m.id)
    return None


def choose_location(
    text: str,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    mentions: Mentions,
    *,
    visit: bool = False,
) -> Location | None:
    """The place of the event: a city named with 'in'/'at'/'to' or fused with the trigger.

    "in Tashkent", "the Samarkand Summit", "in Azerbaijan's Shusha city". The
    nearest such place to the trigger in its clause wins; country names are
    not locations, nor the place of a matter discussed ("recalled its ambassador in
    protest at the war in Gaza": :func:`.background_actors.at_a_topics_place`), nor, for
    a ``visit``, a home returned to (:data:`_RETURNED_TO`; "will return to Tehran next
    week where he will host talks" places the talks).

    >>> from timeline.gazetteer import find_places
    >>> text = "Tinubu returned to Abuja on Thursday after a four-day visit to South Africa."
    >>> visit = (text.index("visit"), text.index("visit") + 5)
    >>> places = Mentions((), tuple(find_places(text)))
    >>> choose_location(text, visit, (0, len(text)), places, visit=True) is None
    True
    """
    best: tuple[int, Any] | None = None
    for p in mentions.places:
        if not (clause[0] <= p.start and p.end <= clause[1]):
            continue
        before = text[max(clause[0], p.start - 60) : p.start]
        fused = p.end <= trigger[0] and not text[p.end : trigger[0]].strip(" -")
        if not (fused or BEFORE_A_PLACE.search(before)):
            continue
        if at_a_topics_place(text, clause[0], p.start):
            continue
        if visit and _RETURNED_TO.search(before):
            continue  # "returned to Abuja on Thursday after a four-day visit to South Africa"
        distance = min(abs(p.start - trigger[1]), abs(trigger[0] - p.end))
        if best is None or distance < best[0]:
            best = (distance, p)
    if best is None:
        return None
    return location_of(best[1])


def location_of(place: Any) -> Location | None:
    """The :class:`~timeline.model.Location` of a place mention (None if it does not
    validate)."""
    try:
        return Location(
            name=str(place.name),
            country=getattr(place, "country", None),
            latitude=getattr(place, "latitude", None),
            longitude=getattr(place, "longitude", None),
            geonames_id=getattr(place, "geonames_id", None),
        )
    except ValueError:
        return None
