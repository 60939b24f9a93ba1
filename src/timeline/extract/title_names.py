"""How a title names the sides of its event: a person by the short name of
``data/people.yaml`` or the office patterns, an organization by its label, a country by its
name with "the" where English writes it ("the Philippines"); a list of names that drops no
side silently ("Australia, India, Japan and 2 others"), its possessive ("the United
States'"), and the sides a title names (people when named, else states and organizations).
Read by :mod:`.titles` and :mod:`.statement_titles`.
"""

from __future__ import annotations

import re
from functools import cache

from ..gazetteer import person
from ..gazetteer.codes import countries, organization
from ..gazetteer.matching import ascii_fold
from ..gazetteer.short_names import short_name
from ..model import ActorType, Participant, Role

__all__ = [
    "joined_names",
    "named_in",
    "names_of",
    "person_name",
    "possessive",
    "title_name",
    "title_sides",
]


def title_name(p: Participant) -> str:
    """The name a title gives a participant: a person's short name, an organization's
    label, a country's name, with "the" where English writes it (``definite`` of
    ``data/countries.yaml``).

    >>> title_name(Participant(id="PH", type="country", name="Philippines"))
    'the Philippines'
    >>> title_name(Participant(id="KZ", type="country", name="Kazakhstan"))
    'Kazakhstan'
    """
    if p.type is ActorType.person:
        return person_name(p.id, p.name, p.country) if p.name else p.id
    if p.type is ActorType.organization:
        org = organization(p.id)
        return org.label if org is not None else p.id
    known = countries().get(p.id)
    if p.name and known is not None and known.definite and p.name == known.name:
        return f"the {p.name}"
    return p.name or p.id


def person_name(slug: str, name: str, country: str | None) -> str:
    """A person's name in a title (:func:`~timeline.gazetteer.short_names.short_name`), by
    the aliases of ``data/people.yaml`` for a person listed there ("Lula da Silva", not
    "Silva").

    >>> person_name("luiz-inacio-lula-da-silva", "Luiz Inácio Lula da Silva", "BR")
    'Lula da Silva'
    >>> person_name("anwar-ibrahim", "Anwar Ibrahim", "MY")
    'Anwar'
    """
    known = person(slug)
    if known is not None and known.short:
        return known.short  # "Anwar" of Anwar Ibrahim (``short`` of data/people.yaml)
    return short_name(name, country, known.aliases if known is not None else ())


def possessive(names: str) -> str:
    """The possessive of a title's names: "'s", or "'" after a country written with "the"
    whose name is a plural ("the Philippines'", "the United States'").

    >>> possessive("Kishida"), possessive("the United States"), possessive("Tonga")
    ("Kishida's", "the United States'", "Tonga's")
    >>> possessive("Estonia, Latvia, Lithuania and 2 others")
    "Estonia, Latvia, Lithuania and 2 others'"
    """
    if names.endswith("s") and names.endswith((*_definite_names(), " others")):
        return names + "'"
    return names + "'s"


@cache
def _definite_names() -> tuple[str, ...]:
    """Every country name written with "the", with it ("the Philippines")."""
    return tuple(f"the {c.name}" for c in countries().values() if c.definite)


def names_of(parts: list[Participant], limit: int = 3) -> str:
    """The parts' short names in a list: every one up to one more than ``limit``, else the
    first ``limit`` and how many others (a title never drops a side silently: "Talks
    between Australia, India and Japan" of the four Quad states told the United States
    was not there).

    >>> countries = [Participant(id=c, type="country", name=n) for c, n in
    ...              [("AU", "Australia"), ("IN", "India"), ("JP", "Japan"), ("US", "USA")]]
    >>> names_of(countries)
    'Australia, India, Japan and USA'
    >>> names_of(countries + [Participant(id="NZ", type="country", name="New Zealand")])
    'Australia, India, Japan and 2 others'

    Two people one short name would give alike are named in full ("Talks between Solih,
    Gotabaya Rajapaksa and Mahinda Rajapaksa", not "Rajapaksa and Rajapaksa").

    >>> brothers = [Participant(id=i, type="person", name=n, country="LK") for i, n in
    ...             [("gotabaya-rajapaksa", "Gotabaya Rajapaksa"),
    ...              ("mahinda-rajapaksa", "Mahinda Rajapaksa")]]
    >>> names_of(brothers)
    'Gotabaya Rajapaksa and Mahinda Rajapaksa'
    """
    names = [title_name(p) for p in parts]
    if len(set(names)) < len(names):
        names = [
            p.name if p.type is ActorType.person and p.name and names.count(n) > 1 else n
            for p, n in zip(parts, names, strict=True)
        ]
    if len(names) > limit + 1:
        names = [*names[:limit], f"{len(names) - limit} others"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def named_in(part: Participant, phrase: str) -> bool:
    """Whether ``phrase`` names ``part`` by its title name, as a word.

    >>> named_in(Participant(id="SY", type="country", name="Syria"), "sanctions on Syria")
    True
    >>> named_in(Participant(id="FR", type="country", name="France"), "sanctions on Syria")
    False

    The phrase may write the name without its accents ("President Khurelsukh signed"):

    >>> khurelsukh = Participant(id="x", type="person", name="Ukhnaagiin Khürelsükh")
    >>> named_in(khurelsukh, "President Khurelsukh also signed")
    True
    """
    name = ascii_fold(title_name(part))
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", ascii_fold(phrase)) is not None


def title_sides(participants: list[Participant]) -> list[Participant]:
    """People when named (with the countries they do not cover), else countries and orgs."""
    people = [p for p in participants if p.type is ActorType.person]
    covered = {p.country for p in people}
    rest = [
        p
        for p in participants
        if p.type is not ActorType.person and p.id not in covered and p.role is not Role.host
    ]
    return people + rest if people else [p for p in participants if p.type is not ActorType.person]


def joined_names(names: list[str]) -> str:
    """Names as a title lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
