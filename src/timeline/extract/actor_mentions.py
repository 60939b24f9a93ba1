"""The actors and places a span of text names, and the side each actor stands for: the
gazetteer's names (:func:`gazetteer_names`), with the organizations named without their
name, the members of groups of states and the international bodies officials act for
(:func:`find_mentions`); an actor's type and the country it stands for, a person's or a
state's own (:func:`actor_type`, :func:`actor_country`). Read by :mod:`.actors` and the
modules that choose an event's sides with it, and by the sentence loop (:mod:`.reader`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import gazetteer
from ..gazetteer import ActorMention, PlaceMention
from ..model import ActorType

__all__ = [
    "Mentions",
    "actor_country",
    "actor_type",
    "find_mentions",
    "gazetteer_names",
    "mention_sides",
]


@dataclass(frozen=True, slots=True)
class Mentions:
    """Actor and place mentions found in one span of text."""

    actors: tuple[ActorMention, ...]
    places: tuple[PlaceMention, ...]


def gazetteer_names(text: str, start: int, end: int, year: int | None = None) -> Mentions:
    """The names the gazetteer's tries find in ``text[start:end]``, in order: its actors
    (:func:`timeline.gazetteer.find_actors`) and places (:func:`timeline.gazetteer.find_places`),
    without the references and groups :func:`find_mentions` adds; a name two people share
    read as of the ``year`` the text was published (:func:`timeline.gazetteer.find_actors`).

    >>> text = "Turkey and the Nordic countries met in Ankara."
    >>> [m.id for m in gazetteer_names(text, 0, len(text)).actors]
    ['TR', 'TR']
    >>> [m.id for m in find_mentions(text, 0, len(text)).actors]
    ['TR', 'DK', 'FI', 'IS', 'NO', 'SE', 'TR']
    """
    actors = tuple(gazetteer.find_actors(text, start, end, year))
    return Mentions(actors, tuple(gazetteer.find_places(text, start, end, actors=actors)))


def find_mentions(text: str, start: int, end: int, names: Mentions | None = None) -> Mentions:
    """The gazetteer's actor and place mentions in ``text[start:end]``.

    The actors include the organizations named without their name ("the
    organization", "Forum Leaders": :func:`timeline.gazetteer.organization_references`)
    and the members of groups of states ("the Nordic countries":
    :func:`timeline.gazetteer.country_groups`; "the two Koreas", "the North" after both
    Koreas: :func:`timeline.gazetteer.divided_nations`). ``names`` are
    :func:`gazetteer_names`' over the same span when the caller has them already (the
    reader keeps both).
    """
    if names is None:
        names = gazetteer_names(text, start, end)
    actors = names.actors
    references = gazetteer.organization_references(text, start, end, actors)
    references += gazetteer.country_groups(text, start, end, actors)
    references += gazetteer.divided_nations(text, start, end, actors)
    references += _bodies_of_officials(actors)
    if references:
        actors = tuple(sorted((*actors, *references), key=lambda a: a.start))
    return Mentions(actors, names.places)


def _bodies_of_officials(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The international body each official of one stands for, as a mention of it on the
    person's name: "UN Secretary-General Kofi Annan" ... "Annan's term ends" brings the UN,
    as a minister brings their state (an organization acts through its officers).

    >>> text = "UN Secretary-General Kofi Annan left. Annan met Ghana's president."
    >>> [(m.text, m.id) for m in find_mentions(text, 0, len(text)).actors if m.start > 30]
    [('Annan', 'kofi-annan'), ('Annan', 'UN'), ('Ghana', 'GH')]
    """
    out: list[ActorMention] = []
    for m in actors:
        body = getattr(m, "body", None)
        if body:
            org = gazetteer.organization(body)
            name = org.name if org is not None else body
            out.append(ActorMention(m.start, m.end, m.text, body, "organization", name, "office"))
    return out


#: Each :class:`ActorType` by its value: a dictionary look-up, where ``ActorType(value)``
#: runs the enum's constructor (some 1 µs; 131,962 calls in a pass over the tuning sets:
#: every mention of a candidate's clause and sentence is typed, docs/history/scale-log.md,
#: "Extraction per core, twenty-first session").
_ACTOR_TYPES: dict[str, ActorType] = {t.value: t for t in ActorType}


def actor_type(mention: Any) -> ActorType:
    """The type of an actor mention (a country when it has none); a value that names no
    type raises as ``ActorType`` does.

    >>> actor_type(ActorMention(0, 5, "Tokyo", "JP", "country", "Japan", "capital"))
    <ActorType.country: 'country'>
    """
    value = str(getattr(mention, "type", "country"))
    kind = _ACTOR_TYPES.get(value)
    return kind if kind is not None else ActorType(value)


def actor_country(mention: Any) -> str | None:
    """The country an actor mention stands for: a country's own code, a person's country;
    None for an organization or a person of no known country."""
    kind = actor_type(mention)
    if kind is ActorType.country:
        return str(mention.id)
    if kind is ActorType.person:
        c = getattr(mention, "country", None)
        return str(c) if c else None
    return None


def mention_sides(mentions: Mentions, before: int) -> list[tuple[int, int, str | None]]:
    """The actor mentions ending by ``before``, as their start, end and the side each
    stands for (an organization's own id, a person's country; None for none), in the
    mentions' order: the sayers :func:`.sayers.joint_sayers` reads.

    >>> text = "Colombia's Petro and the OAS said in a statement."
    >>> mention_sides(find_mentions(text, 0, len(text)), text.index(" said"))
    [(0, 8, 'CO'), (11, 16, 'CO'), (25, 28, 'OAS')]
    """
    return [
        (
            m.start,
            m.end,
            actor_country(m) if actor_type(m) is not ActorType.organization else str(m.id),
        )
        for m in mentions.actors
        if m.end <= before
    ]
