"""Which actors take part in an event: a learned choice among the actors named near it.

The rules of :func:`timeline.extract.actors.participants_for` take the actors of
the trigger's clause, minus a phrase of circumstance, plus a visit's hosts and the
country of the place. Gold events often have a side those rules leave out (named
in the sentence outside the clause, the sentence before, the lede or the
headline) or hold one the rules put in (a country of a background clause). Here
every actor named in the trigger's clause, its sentence, the sentence before,
the lede and the headline is an :class:`ActorOption`: a country or an
organization (a person stands for their country), with general features of where
and how it is named (:func:`actor_options`): the nearest scope that names it,
before or after the trigger and how far, the word before it ("with", "between",
"in", "by", "of"), a possessive or a verb of saying after it, whether a
subordinate clause or a phrase of circumstance separates it from the trigger, its
form (a name, a demonym, a capital, an office), how often the document names it,
the event's kind class, whether the rules chose it, and whether it is a member state
of an organization the rules chose, named outside the trigger's clause
(``participant_constraints.MEMBER_OF_CHOSEN``). No word of one article is a feature.

A :class:`ParticipantChooser` (a logistic regression, trained by
``bench/participant_choice.py`` on the tuning sets: an option is right when it is
a key participant of the gold event its candidate tells, matched on kind class
and date) scores every option. An option the rules did not choose joins when its
probability reaches :attr:`~ParticipantChooser.add_threshold`; one they chose
leaves when its probability lies under :attr:`~ParticipantChooser.drop_threshold`;
elsewhere the rules' choice stands. A chooser that knows ``MEMBER_OF_CHOSEN``
never adds such a member: the event already holds its organization, and gold keeps
the member only when the clause names it (docs/history/extraction-log.md, "Nineteenth pass: the
participant choice"). The weights are a reviewed data file,
``data/participant_choice.json``; without it, the rules choose alone.

The hand constraints that forbid an option whatever its score (a phrase of circumstance,
a member of a chosen organization, a side told only outside a gathering's sentence)
are :mod:`timeline.extract.participant_constraints`.

>>> chooser = ParticipantChooser(
...     description="example", features=["scope:headline", "rules:chosen"],
...     weights=[-1.0, 3.0], intercept=0.5, trained_on=["seed"],
...     trained="2026-11-30", examples=2, regularization=1.0,
...     add_threshold=0.6, drop_threshold=0.1)
>>> round(chooser.probability({"scope:headline": 1.0}), 3)
0.378
>>> round(chooser.probability({"rules:chosen": 1.0}), 3)
0.971
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from pydantic import Field

from ..gazetteer import ActorMention
from ..gazetteer.codes import actor_type, organization
from ..gazetteer.matching import literal_alternation
from ..gazetteer.offices import office_forms
from ..model import ActorType, EventKind, Participant
from .counterpart_words import REPORTING_VERBS
from .evaluate import kind_class
from .participant_constraints import (
    MEMBER_OF_CHOSEN,
    beyond_told_sides,
    host_and_guest,
    in_circumstance,
    member_of_chosen,
    never_added,
)
from .scorer import LogisticModel, load_model, shipped_model

__all__ = [
    "CHOOSER_FILE",
    "SCOPES",
    "ActorOption",
    "DocumentActors",
    "ParticipantChooser",
    "actor_options",
    "apply_choice",
    "choice_feature_names",
    "choosing",
    "chosen_sides",
    "countryless_official_home",
    "current_chooser",
    "load_chooser",
    "shipped_chooser",
    "side_of",
]

#: The shipped weights, under the package's data folder.
CHOOSER_FILE = "participant_choice.json"
#: Where an option is named, nearest first; "rules only": the rules chose it with no
#: mention in these (a host from the place, "both countries" from the sentences before).
#: "elsewhere": a side the document names only outside the other scopes (the
#: :data:`ELSEWHERE_OPTIONS` most named of them), offered only to a chooser that knows the
#: scope (:attr:`ParticipantChooser.elsewhere`).
SCOPES = (
    "clause",
    "sentence",
    "previous sentence",
    "lede",
    "headline",
    "elsewhere",
    "rules only",
)
#: At most this many "elsewhere" options per candidate: the document's most named sides
#: outside the other scopes (fixed before any left-out score).
ELSEWHERE_OPTIONS = 3
#: The paragraphs between the trigger's and the nearest one naming an "elsewhere" side.
PARAGRAPHS = ("0", "1", "2-3", "4+")
#: The event classes the features cross with (the scorer's classes, calls and visits apart).
CLASSES = ("gathering", "document", "visit", "call", "other")
FORMS = ("name", "demonym", "prefix", "capital", "alias", "office", "group")
#: The word right before a mention (in its sentence).
BEFORE_WORDS = (
    "with",
    "between",
    "and",
    "in",
    "at",
    "to",
    "by",
    "of",
    "from",
    "for",
    "against",
    "the",
)
DISTANCES = ("0-3", "4-8", "9-15", "16+")
COUNTS = ("1", "2-3", "4+")

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_HOSTED_BY = re.compile(
    r"\b(?:hosted|host(?:ing)?|invited|received|welcomed)\s+by\s+(?:the\s+)?$", re.I
)
_POSSESSIVE = re.compile(r"^(?:['’]s?\b)")
#: A report right after a mention ("Peru said", "Brazil's President Lula told"): the
#: ``reporting_verbs`` of ``data/counterpart_words.yaml``.
_SAYS = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.-]*\s+){0,4}(?:" + "|".join(map(re.escape, REPORTING_VERBS)) + r")\b"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
#: Between a mention and the trigger: a subordinate or relative clause, a report.
_SUBORDINATE = re.compile(
    r"(?:,\s*|\b)(?:which|who|whose|where|since|after|before|when|while|although|as|because|"
    r"amid|despite|following)\b",
    re.I,
)
_TOKEN = re.compile(r"\S+")


def choice_feature_names() -> list[str]:
    """Every feature :func:`actor_options` may set, in a fixed order."""
    names = [f"scope:{s}" for s in SCOPES]
    names += [f"scope:{s} x {c}" for s in SCOPES for c in CLASSES]
    names += [f"also:{s}" for s in SCOPES[2:5]]
    names += ["rules:chosen"] + [f"rules:chosen x {c}" for c in CLASSES]
    names += [f"rules sides:{n}" for n in ("0", "1", "2+")]
    names += [f"rules sides:{n} x scope:{s}" for n in ("0", "1", "2+") for s in SCOPES]
    names += [f"type:{t}" for t in ("country", "organization", "person")]
    names += [f"form:{f}" for f in FORMS]
    names += ["position:before", "position:after"]
    names += [f"distance:{d}" for d in DISTANCES]
    names += [f"word before:{w}" for w in BEFORE_WORDS]
    names += ["hosted by", "possessive", "speaker", "subordinate between", "circumstance"]
    names += ["capital as place", "clause start"]
    names += [f"count:{c}" for c in COUNTS] + ["most named"]
    names += [f"elsewhere rank:{r}" for r in ("1", "2", "3+")]
    names += [f"elsewhere paragraphs:{p}" for p in PARAGRAPHS]
    names += ["elsewhere most named country", "elsewhere same noun"]
    names += [MEMBER_OF_CHOSEN]
    return names


@dataclass(frozen=True)
class ActorOption:
    """One country or organization a candidate may take, and its features."""

    code: str
    #: The rules chose it (:func:`timeline.extract.actors.participants_for`).
    chosen: bool
    features: dict[str, float]
    #: A country (not an organization: the gathering's own body is often named only
    #: before it) named only outside the trigger's sentence, at a gathering whose sentence
    #: names its host (its capital as the place) and a guest among the rules' sides: never
    #: added (:meth:`ParticipantChooser.decide`; the seed's Tashkent summit and Türkiye).
    beyond_told_sides: bool = False


@dataclass(frozen=True)
class DocumentActors:
    """What the options read of a whole document: the headline's and the lede's actor
    mentions, how often each side is named, and (for the "elsewhere" scope) the body's
    actor mentions in order and its sentences as (start, end, paragraph)."""

    headline: tuple[Any, ...]
    lede: tuple[Any, ...]
    counts: Counter[str]
    body: Sequence[Any] = ()
    sentences: Sequence[tuple[int, int, int]] = ()

    @cached_property
    def ranking(self) -> list[str]:
        """The sides by how often the document names them, most first (ties: the first
        named first)."""
        first: dict[str, int] = {}
        for i, m in enumerate((*self.headline, *self.body)):
            code = side_of(m)
            if code is not None:
                first.setdefault(code, i)
        return sorted(first, key=lambda c: (-self.counts[c], first[c]))

    @cached_property
    def by_side(self) -> dict[str, list[Any]]:
        """Each side's mentions in the body, in order."""
        out: dict[str, list[Any]] = {}
        for m in self.body:
            code = side_of(m)
            if code is not None:
                out.setdefault(code, []).append(m)
        return out

    @cached_property
    def most_named_country(self) -> str | None:
        """The country the document names most (the first named of a tie)."""
        return next((c for c in self.ranking if actor_type(c) == "country"), None)

    @cached_property
    def _starts(self) -> list[int]:
        return [a for a, _, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int, int] | None:
        """The body sentence holding ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i][1] else None


def side_of(mention: ActorMention) -> str | None:
    """The country or organization a mention names (a person's country), if known: the
    one definition of "the side a mention stands for" (candidate_log's
    :func:`~timeline.extract.candidate_log.sides_named` and the counterparts read it).

    >>> from timeline.gazetteer import find_actors
    >>> [side_of(m) for m in find_actors("Erdogan met the OTS and Paris officials.")]
    ['TR', 'OTS', 'FR']
    """
    code = mention.country if mention.type == "person" else mention.id
    return code if code and actor_type(code) is not None else None


def _class(kind: EventKind) -> str:
    k = kind_class(kind)
    return k if k in CLASSES else "other"


def _distance(text: str, a: int, b: int) -> str:
    n = len(_TOKEN.findall(text, a, b)) if b > a else 0
    return "0-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def _mention_features(
    text: str, m: Any, trigger: tuple[int, int], clause: tuple[int, int]
) -> list[str]:
    """Where and how one mention of the candidate's sentence is named."""
    on = []
    if m.end <= trigger[0]:
        on.append("position:before")
        between = (m.end, trigger[0])
    else:
        on.append("position:after")
        between = (trigger[1], m.start)
    on.append(f"distance:{_distance(text, *between)}")
    before = text[max(0, m.start - 40) : m.start]
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower() in BEFORE_WORDS:
        on.append(f"word before:{word.group(1).lower()}")
    if _HOSTED_BY.search(before):
        on.append("hosted by")
    after = text[m.end : m.end + 60]
    if _POSSESSIVE.match(after):
        on.append("possessive")
    if _SAYS.match(after) or _ACCORDING.search(before):
        on.append("speaker")
    if between[1] > between[0] and _SUBORDINATE.search(text, *between):
        on.append("subordinate between")
    if in_circumstance(text, m, trigger, clause):
        on.append("circumstance")
    if m.form == "capital" and m.metonym is False:
        on.append("capital as place")
    if not text[clause[0] : m.start].strip(" \"“'"):
        on.append("clause start")
    return on


@dataclass(frozen=True)
class _Candidate:
    """What the options of one candidate read: its text, class, trigger, clause and the
    rules' sides."""

    text: str
    cls: str
    trigger: tuple[int, int]
    clause: tuple[int, int]
    rules: frozenset[str]
    document: DocumentActors
    #: How often the document's most named side is named.
    most: int
    #: The member states of the organizations among the rules' sides.
    members: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        text: str,
        kind: EventKind,
        trigger: tuple[int, int],
        clause: tuple[int, int],
        document: DocumentActors,
        chosen: Sequence[Participant],
    ) -> _Candidate:
        rules = {p.id for p in chosen if p.type is not ActorType.person}
        rules |= {p.country for p in chosen if p.type is ActorType.person and p.country}
        most = max(document.counts.values(), default=0)
        members = {
            member
            for code in rules
            if (org := organization(code)) is not None
            for member in org.members
        }
        return cls(
            text,
            _class(kind),
            trigger,
            clause,
            frozenset(rules),
            document,
            most,
            frozenset(members),
        )

    @property
    def sentence_parts(self) -> tuple[str, str]:
        """The trigger's sentence before the trigger and after it (the clause when the
        sentence is not a body sentence)."""
        here = self.document.sentence_at(self.trigger[0])
        start, end = (here[0], here[1]) if here is not None else self.clause
        return self.text[start : self.trigger[0]], self.text[self.trigger[1] : end]

    def scoped(
        self,
        sentence_actors: Sequence[Any],
        previous_actors: Sequence[Any],
        elsewhere: bool = False,
    ) -> dict[str, dict[str, Any]]:
        """Each side named near the candidate -> each scope naming it -> its mention
        there nearest the trigger, in the order the scopes name them; then the rules'
        sides named in none; with ``elsewhere``, then the :data:`ELSEWHERE_OPTIONS` sides
        the document names most among the others (its body mention nearest the trigger)."""
        clause, start = self.clause, self.trigger[0]
        scoped: dict[str, dict[str, Any]] = {}
        for scope, mentions in (
            ("clause", [m for m in sentence_actors if clause[0] <= m.start and m.end <= clause[1]]),
            ("sentence", sentence_actors),
            ("previous sentence", previous_actors),
            ("lede", self.document.lede),
            ("headline", self.document.headline),
        ):
            for m in mentions:
                code = side_of(m)
                if code is None:
                    continue
                have = scoped.setdefault(code, {})
                old = have.get(scope)
                if old is None or abs(m.start - start) < abs(old.start - start):
                    have[scope] = m
        for code in sorted(self.rules):
            scoped.setdefault(code, {})
        if elsewhere:
            others = [c for c in self.document.ranking if c not in scoped]
            for code in others[:ELSEWHERE_OPTIONS]:
                named = self.document.by_side.get(code)
                if named:  # named in the body, not only in a headline
                    near = min(named, key=lambda m: abs(m.start - start))
                    scoped[code] = {"elsewhere": near}
        return scoped

    def _elsewhere_features(self, code: str, m: Any) -> list[str]:
        """How a side named only elsewhere in the document is named there: its rank
        among the document's sides, whether it is the most named country, the paragraphs
        from the trigger's to its nearest mention's, and whether a sentence naming it
        holds the trigger's word (its first five letters: "visit", "summi")."""
        document = self.document
        rank = document.ranking.index(code) + 1
        on = [f"elsewhere rank:{rank if rank < 3 else '3+'}"]
        if document.most_named_country == code:
            on.append("elsewhere most named country")
        here, there = document.sentence_at(self.trigger[0]), document.sentence_at(m.start)
        if here is not None and there is not None:
            n = abs(here[2] - there[2])
            on.append(f"elsewhere paragraphs:{n if n < 2 else '2-3' if n <= 3 else '4+'}")
        word = re.match(r"[A-Za-z]+", self.text[self.trigger[0] : self.trigger[1]])
        if word and len(word.group()) >= 3:
            stem = re.compile(r"\b" + word.group()[:5], re.I)
            for other in document.by_side.get(code, ()):
                s = document.sentence_at(other.start)
                if s is not None and s != here and stem.search(self.text, s[0], s[1]):
                    on.append("elsewhere same noun")
                    break
        return on

    def option(self, code: str, by_scope: dict[str, Any], told: bool = False) -> ActorOption:
        """The option of ``code``, named in the scopes of ``by_scope``; ``told``: the
        candidate's sentence names its host and a guest
        (:func:`~timeline.extract.participant_constraints.host_and_guest`)."""
        cls = self.cls
        sides = len(self.rules)
        n_sides = "0" if sides == 0 else "1" if sides == 1 else "2+"
        scope = next((s for s in SCOPES if s in by_scope), "rules only")
        on = [f"scope:{scope}", f"scope:{scope} x {cls}"]
        on += [f"also:{s}" for s in SCOPES[2:5] if s in by_scope and s != scope]
        chosen = code in self.rules
        if chosen:
            on += ["rules:chosen", f"rules:chosen x {cls}"]
        elif member_of_chosen(code, scope, self.members, cls):
            on.append(MEMBER_OF_CHOSEN)
        on += [f"rules sides:{n_sides}", f"rules sides:{n_sides} x scope:{scope}"]
        m = by_scope.get(scope)
        if m is not None:
            on += [f"type:{m.type}", f"form:{m.form}"]
            if scope in ("clause", "sentence"):
                on += _mention_features(self.text, m, self.trigger, self.clause)
            elif scope == "elsewhere":
                on += self._elsewhere_features(code, m)
        else:
            on.append(f"type:{actor_type(code)}")
        count = self.document.counts.get(code, 0)
        if count:
            on.append("count:1" if count == 1 else "count:2-3" if count <= 3 else "count:4+")
            if count == self.most:
                on.append("most named")
        beyond = beyond_told_sides(code, told=told, chosen=chosen, scope=scope)
        return ActorOption(code, chosen, dict.fromkeys(on, 1.0), beyond)


def actor_options(
    text: str,
    kind: EventKind,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    sentence_actors: Sequence[Any],
    previous_actors: Sequence[Any],
    document: DocumentActors,
    chosen: Sequence[Participant],
) -> list[ActorOption]:
    """Every country and organization named near a candidate, with its features.

    ``sentence_actors`` are the actor mentions of the trigger's sentence (``clause``
    lies in it), ``previous_actors`` those of the sentence before, ``document`` the
    headline's, the lede's and the counts; ``chosen`` the rules' participants. The
    "elsewhere" options are among them (a chooser that does not know the scope ignores
    them: :meth:`ParticipantChooser.decide`).
    """
    candidate = _Candidate.of(text, kind, trigger, clause, document, chosen)
    scoped = candidate.scoped(sentence_actors, previous_actors, elsewhere=True)
    told = host_and_guest(candidate.cls, candidate.rules, scoped, candidate.sentence_parts)
    return [candidate.option(code, by_scope, told) for code, by_scope in scoped.items()]


def chosen_sides(
    chooser: ParticipantChooser,
    text: str,
    kind: EventKind,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    sentence_actors: Sequence[Any],
    previous_actors: Sequence[Any],
    document: DocumentActors,
    chosen: Sequence[Participant],
) -> tuple[list[str], set[str]]:
    """What ``chooser`` decides on :func:`actor_options` (the same arguments), building
    only the options that can change the answer.

    With no drop threshold (the shipped chooser's), a side the rules chose stays
    whatever its probability, so only the sides they left out are built and scored: a
    candidate whose every nearby side the rules chose costs no option; the "elsewhere"
    options are built only for a chooser that knows the scope.

    After the chooser's decision, an official of the clause whose country nothing tells
    adds the country :func:`countryless_official_home` finds (a hand rule: the options
    recorded to train or measure a chooser, :func:`actor_options`, do not see it).
    """
    candidate = _Candidate.of(text, kind, trigger, clause, document, chosen)
    scoped = candidate.scoped(sentence_actors, previous_actors, chooser.elsewhere)
    every_side = chooser.drop_threshold > 0  # a side the rules chose may then be dropped
    told = host_and_guest(candidate.cls, candidate.rules, scoped, candidate.sentence_parts)
    add, drop = chooser.decide(
        [
            candidate.option(code, by_scope, told)
            for code, by_scope in scoped.items()
            if every_side or code not in candidate.rules
        ]
    )
    # an official of no country acts for the story's other country (after the choice: a
    # rule, not a weight; docs/history/extraction-log.md, "Twenty-seventh pass: participants")
    held = {p.id for p in chosen} | {p.country for p in chosen if p.country} | set(add)
    home = countryless_official_home(text, clause, sentence_actors, document, held)
    if home is not None and home not in drop:
        add = [*add, home]
    return add, drop


#: Between an organization's name and its official's: the words of the office only
#: ("UN Secretary-General Antonio Guterres", "European Council President Charles Michel").
_OFFICE_OF_BEFORE = re.compile(r"\s*(?:[\w’'.-]+\s+){1,4}")

#: A state's office (a minister, a head of state or government of data/offices.yaml):
#: the only offices whose holder of no country acts for the story's other country; not a
#: party's, union's or body's ("General Secretary", "Secretary-General", "chairman",
#: "Speaker", "leader"), not an envoy's or an officer's (review27 finding 22).
_STATE_OFFICE = re.compile(
    r"(?i)\bminister\b|\btaoiseach\b|(?<!general\s)\bsecretary\b(?![\s-]general)"
    r"|^(?:(?:first\s+)?(?:vice|deputy)[\s-]+)?(?:federal\s+|state\s+)?"
    r"(?:president|premier|chancellor|king|queen|emir|amir|sultan|crown\s+prince|prince"
    r"|grand\s+duke|supreme\s+leader|head\s+of\s+state|counsell?or|councill?or)$"
)
#: The word before an office: a capitalised one the gazetteer does not know
#: ("Toyota President Akio Toyoda", "FIFA President ...") makes it a company's or
#: body's office.
_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def _state_official(text: str, m: Any, known: Sequence[Any]) -> bool:
    """Whether the person ``m`` (of no country) is a state's official named by office
    alone: a state's office (:data:`_STATE_OFFICE`) standing first in its noun phrase,
    after "the" or after a word the gazetteer knows, not after a capitalised word it
    does not know.

    >>> from timeline.gazetteer import find_actors
    >>> text = "Toyota President Akio Toyoda met Chinese Premier Li Qiang."
    >>> actors = find_actors(text)
    >>> _state_official(text, actors[0], actors)
    False
    >>> text = "On Monday, Foreign Minister Nikos Dendias was in Malta."
    >>> actors = find_actors(text)
    >>> _state_official(text, actors[0], actors)
    True
    """
    office = m.office or ""
    if not _STATE_OFFICE.search(office):
        return False
    lo = max(0, m.start - 120)
    at = text.lower().rfind(office.lower(), lo, m.start)
    if at < 0:
        return True  # the office after the name ("Nikos Dendias, the foreign minister")
    before = _WORD_BEFORE.search(text, lo, at)
    if before is None:
        return True
    word = before.group(1).strip("\"'“”‘’([")
    if not word or not word[0].isupper() or word[-1] in ".!?:;,)" or word == "The":
        return True
    return any(k.start <= before.start(1) and before.end(1) <= k.end for k in known)


def countryless_official_home(
    text: str,
    clause: tuple[int, int],
    sentence_actors: Sequence[Any],
    document: DocumentActors,
    sides: Collection[str],
) -> str | None:
    """The country an official the clause names by office alone acts for ("Foreign
    Minister Nikos Dendias was in Malta on Wednesday", "Defense Secretary Dick Cheney
    arrived in Riyadh"): a person of the clause whose country neither the tables nor the
    text tell, in a story of the official's own country, acts for the country the
    document names most among those the trigger's sentence does not name and the event
    does not hold (the sentence names the counterpart or the place: Malta; the story's
    other country is the official's). Not for an organization's official named after
    its organization ("UN Secretary-General Antonio Guterres": the organization is the
    side). A state's office alone after "the", with no name, "of" nor "'s" after it ("The
    Prime Minister met UN Secretary-General Antonio Guterres today" in a UK release), acts
    likewise for the document's first country the sentence does not name, unless the text
    tells its holder (a person's mention on it, not one the same sentence names beside
    it: "The Prime Minister met Swedish Prime Minister Ulf Kristersson") or the event holds
    that country already. None when the clause holds no such person or office or the
    document no such country.

    >>> from timeline.gazetteer import find_actors
    >>> text = "Greek envoy speaks. Foreign Minister Nikos Dendias was in Malta on Wednesday."
    >>> actors = find_actors(text)
    >>> document = DocumentActors((), (), Counter({"GR": 1, "MT": 1}), actors)
    >>> countryless_official_home(text, (20, len(text)), actors[1:], document, {"MT"})
    'GR'
    >>> text = "UN Secretary-General Antonio Guterres arrived in Malta on Wednesday."
    >>> actors = find_actors(text)
    >>> document = DocumentActors((), (), Counter({"UN": 1, "MT": 1, "GR": 1}), actors)
    >>> countryless_official_home(text, (0, len(text)), actors, document, {"MT", "UN"}) is None
    True
    """
    orgs = [m for m in sentence_actors if m.type == "organization"]
    official = False
    for m in sentence_actors:
        if m.type != "person" or m.country or not (clause[0] <= m.start and m.end <= clause[1]):
            continue
        if getattr(m, "body", None):
            continue  # "Guterres will meet ...", after "UN Secretary-General Antonio Guterres"
        if any(
            o.end <= m.start and _OFFICE_OF_BEFORE.fullmatch(text, o.end, m.start) for o in orgs
        ):
            continue  # "UN Secretary-General Antonio Guterres": the organization's official
        if not _state_official(text, m, sentence_actors):
            continue  # "Toyota President Akio Toyoda": a company's head, not a state's
        official = True
        break
    named = {code for m in sentence_actors if (code := side_of(m)) is not None}
    if not official:
        # "The Prime Minister met ...": an office alone; its country is the document's
        # first the sentence does not name, unless the event holds it already
        bare = _bare_office(text, clause)
        if bare is None:
            return None
        on = [m for m in sentence_actors if m.start < bare.end() and bare.start() < m.end]
        beside = {m.id for m in sentence_actors if m not in on}
        if any(m.id not in beside for m in on):
            return None  # an office whose holder the text tells ("the President" of a name)
        home = next(
            (c for c in document.ranking if actor_type(c) == "country" and c not in named), None
        )
        return None if home in sides else home
    return next(
        (
            code
            for code in document.ranking
            if actor_type(code) == "country" and code not in named and code not in sides
        ),
        None,
    )


@cache
def _bare_office_pattern() -> re.Pattern[str]:
    """A state's office after "the" and before no name nor "of" ("The Prime Minister
    met ...", not "the Prime Minister of Norway", "the President Xi"). The 1,324 forms
    as a trie (:func:`~timeline.gazetteer.matching.literal_alternation`): the longest
    first, as their alternation sorted by length, in a quarter of the time (15,627
    searches of a pass: 0.24 against 0.05 to 0.07 CPU s, docs/scale.md)."""
    forms = [f for f in office_forms() if _STATE_OFFICE.search(f) and f[:1].isupper()]
    return re.compile(
        r"\b[Tt]he\s+" + literal_alternation(forms) + r"\b(?!\s+(?:of\b|[A-Z])|['’]s\b)"
    )


def _bare_office(text: str, clause: tuple[int, int]) -> re.Match[str] | None:
    return _bare_office_pattern().search(text, clause[0], clause[1])


class ParticipantChooser(LogisticModel):
    """A logistic regression over actor options, and the thresholds that add or drop one."""

    add_threshold: float = Field(
        gt=0.0, le=1.0, description="Probability from which an option the rules left out joins."
    )
    drop_threshold: float = Field(
        ge=0.0, lt=1.0, description="Probability under which an option the rules chose leaves."
    )

    @classmethod
    def known_features(cls) -> Collection[str]:
        return choice_feature_names()

    @cached_property
    def members_held(self) -> bool:
        """Whether the chooser knows ``MEMBER_OF_CHOSEN`` (its file names the
        feature); if so, an option with it is never added."""
        return MEMBER_OF_CHOSEN in self.features

    @cached_property
    def elsewhere(self) -> bool:
        """Whether the chooser knows the "elsewhere" scope (its file names the scope's
        feature); if not, its options are neither built nor chosen."""
        return "scope:elsewhere" in self.features

    def decide(self, options: Sequence[ActorOption]) -> tuple[list[str], set[str]]:
        """The codes to add and the codes to drop, in the options' order.

        An option the rules left out joins only if no constraint forbids it
        (:func:`~timeline.extract.participant_constraints.never_added`: a phrase of
        circumstance, a member of a chosen organization for a chooser that knows
        :data:`MEMBER_OF_CHOSEN`, a side told
        only outside a gathering's sentence that names its host and a guest). An
        "elsewhere" option is ignored by a chooser that does not know the scope.
        """
        add: list[str] = []
        drop: set[str] = set()
        for o in options:
            if not self.elsewhere and "scope:elsewhere" in o.features:
                continue
            if o.chosen:
                if self.probability(o.features) < self.drop_threshold:
                    drop.add(o.code)
            elif (
                not never_added(
                    o.features, beyond_told=o.beyond_told_sides, members_held=self.members_held
                )
                and self.probability(o.features) >= self.add_threshold
            ):
                add.append(o.code)
        return add, drop


def apply_choice(
    participants: Sequence[Participant], add: Sequence[str], drop: Collection[str]
) -> list[Participant]:
    """``participants`` without the sides of ``drop`` (a person goes with their country),
    with the sides of ``add``.

    >>> ps = [Participant(id="KZ", type=ActorType.country)]
    >>> [p.id for p in apply_choice(ps, ["TR", "KZ"], ())]
    ['KZ', 'TR']
    >>> [p.id for p in apply_choice(ps, ["OTS"], {"KZ"})]
    ['OTS']
    """
    out = [
        p
        for p in participants
        if p.id not in drop and not (p.type is ActorType.person and p.country in drop)
    ]
    present = {p.id for p in out}
    for code in add:
        if code in present:
            continue
        kind = ActorType.organization if actor_type(code) == "organization" else ActorType.country
        out.append(Participant(id=code, type=kind))
        present.add(code)
    return out


def load_chooser(path: str | Path) -> ParticipantChooser:
    """Read a chooser file; :class:`~timeline.errors.DataError` names the file and what
    is wrong."""
    return load_model(path, ParticipantChooser, "a participant chooser")


@cache
def shipped_chooser() -> ParticipantChooser | None:
    """The chooser of the package's data folder, or None when none is shipped."""
    return shipped_model(CHOOSER_FILE, ParticipantChooser, "a participant chooser")


#: Set by :func:`choosing`: the chooser in use and whether the options are recorded.
_CHOOSING: ContextVar[tuple[ParticipantChooser | None, bool] | None] = ContextVar(
    "participant_chooser", default=None
)


def current_chooser() -> tuple[ParticipantChooser | None, bool]:
    """The chooser extraction uses (the shipped one unless :func:`choosing` says
    otherwise), and whether each candidate's options are recorded."""
    override = _CHOOSING.get()
    return override if override is not None else (shipped_chooser(), False)


@contextmanager
def choosing(chooser: ParticipantChooser | None, *, record: bool = False) -> Iterator[None]:
    """Extract with ``chooser`` (None: the rules alone) instead of the shipped one, and
    with ``record``, keep every candidate's options (to train and measure a chooser)."""
    token = _CHOOSING.set((chooser, record))
    try:
        yield
    finally:
        _CHOOSING.reset(token)
