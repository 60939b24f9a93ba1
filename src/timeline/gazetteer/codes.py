"""Country and organization codes: what the model needs, without the name matcher.

The model validates every participant, location and agreement party through
this module; it reads only the two reviewed data files and pycountry, so
importing it builds no pattern. Countries are ISO 3166-1 alpha-2 codes: the
states of ``data/countries.yaml`` (every UN member and observer, Taiwan,
Kosovo as ``XK``, and former states by the alpha-2 code ISO 3166-3 records
they held: the Soviet Union ``SU``, Yugoslavia ``YU``, Czechoslovakia ``CS``,
East Germany ``DD``, Zaire ``ZR``) and, for territories a text may name, any
other ISO code pycountry knows. Organizations are the codes of ``data/organizations.yaml``;
no organization code is ever an ISO alpha-2 code (the tests check it), so a
code alone says which of the two it is (:func:`actor_type`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

import pycountry
import yaml

__all__ = [
    "Country",
    "Organization",
    "actor_type",
    "authority_not_yet",
    "capital_gone",
    "countries",
    "country_name",
    "country_then",
    "ended_before",
    "is_country",
    "organization",
    "organizations",
    "read_data",
    "unknown_country",
    "unknown_organization",
]


@dataclass(frozen=True, slots=True)
class Country:
    """A state of ``data/countries.yaml``: its code, names and the forms news uses."""

    code: str
    name: str
    status: Literal["member", "observer", "other", "former"]
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    #: The seats of its head of state, government or foreign ministry that news names
    #: for the state ("the White House said", "Malacañang"): read like capitals, but no
    #: city.
    seats: tuple[str, ...] = ()
    #: The governing authorities and ruling movements news names as the state's side
    #: ("the Palestinian Authority", "Hamas", "the Taliban"): read like its names.
    authorities: tuple[str, ...] = ()
    #: Authorities read for the state only in news published on or after the day they
    #: began to govern ("the Taliban" from 2021-08-15): (name, day).
    authorities_since: tuple[tuple[str, date], ...] = ()
    #: A former state's four-letter code of ISO 3166-3 ("SUHH"); ``None`` for a state.
    iso3166_3: str | None = None
    #: A former state's last day; ``None`` for a state.
    ended: date | None = None
    #: Capitals read for the state only in news published up to a last day (Bonn, the
    #: seat of government until 1999, later a city of UN conferences): (name, day).
    capitals_until: tuple[tuple[str, date], ...] = ()
    #: A former state's first day; ``None`` for a state.
    began: date | None = None
    #: Whether English writes its short name with "the" ("the Philippines", "the United
    #: States", "the Soviet Union"): titles do.
    definite: bool = False
    #: Today's states whose every place was the former state's, each with its last day
    #: there ("RU" to 1991-12-26, "LT" to 1990-03-10): (code, day).
    held: tuple[tuple[str, date], ...] = ()
    #: Places of a state held only in part, as written or as GeoNames names them (East
    #: Germany's cities), the former state's to its ``ended`` day: (today's code, name).
    held_places: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    """An international organization: its stable code, name, title name, aliases and, for a
    grouping of a few states, its member states."""

    code: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    founded: str | None = None
    short: str | None = None
    members: tuple[str, ...] = field(default_factory=tuple)
    #: Aliases that are also English words ("CAN"): not read after a subject pronoun
    #: nor beside a word written in capitals (:func:`timeline.gazetteer.actors.find_actors`).
    word_aliases: tuple[str, ...] = field(default_factory=tuple)
    #: A standing format of a few states whose gatherings are of all its members (the
    #: Visegrád Four, the Benelux): the format and its members stand for each other
    #: (:func:`timeline.extract.actors.format_sides`).
    standing_format: bool = False
    #: A former body's last day (the Warsaw Pact, GATT); ``None`` for a body of today.
    #: Recorded, not read to drop a side (:func:`ended_before`).
    ended: date | None = None

    @property
    def label(self) -> str:
        """The name titles use: ``short`` when set, else the code ("ASEAN", "AU")."""
        return self.short or self.code


def read_data(name: str) -> Any:
    """The parsed YAML file ``src/timeline/data/<name>``.

    Read with libyaml's C loader where PyYAML has it: the code lists are read
    by every process that validates an event, and the pure-Python loader
    takes about a second for them.
    """
    text = resources.files("timeline").joinpath(f"data/{name}").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def countries() -> dict[str, Country]:
    """Every state of ``data/countries.yaml``, by code."""
    return {
        code: Country(
            code=code,
            name=entry["name"],
            status=entry["status"],
            names=tuple(entry.get("names", ())),
            demonyms=tuple(entry.get("demonyms", ())),
            prefixes=tuple(entry.get("prefixes", ())),
            capitals=tuple(entry.get("capitals", ())),
            seats=tuple(entry.get("seats", ())),
            authorities=tuple(entry.get("authorities", ())),
            authorities_since=tuple(entry.get("authorities_since", {}).items()),
            iso3166_3=entry.get("iso3166_3"),
            ended=entry.get("ended"),
            capitals_until=tuple(entry.get("capitals_until", {}).items()),
            began=entry.get("began"),
            definite=bool(entry.get("definite", False)),
            held=tuple(entry.get("held", {}).items()),
            held_places=tuple(
                (today, name)
                for today, names in entry.get("held_places", {}).items()
                for name in names
            ),
        )
        for code, entry in read_data("countries.yaml").items()
    }


@cache
def organizations() -> dict[str, Organization]:
    """Every organization in ``data/organizations.yaml``, by code."""
    return {
        code: Organization(
            code=code,
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            founded=entry.get("founded"),
            short=entry.get("short"),
            members=tuple(str(c) for c in entry.get("members", ())),
            word_aliases=tuple(entry.get("word_aliases", ())),
            standing_format=bool(entry.get("standing_format", False)),
            ended=entry.get("ended"),
        )
        for code, entry in read_data("organizations.yaml").items()
    }


def organization(code: str) -> Organization | None:
    """The organization with this code, or ``None``."""
    return organizations().get(code)


def unknown_country(code: str) -> str:
    """The message for a code that is not a country, and what to write instead."""
    return f"unknown country code {code!r}: use an ISO 3166-1 alpha-2 code such as TR or KZ"


def unknown_organization(code: str) -> str:
    """The message for a code that is not in our organization table, and what to do."""
    return (
        f"unknown organization code {code!r}: use one of "
        f"{', '.join(sorted(organizations()))}, or add it to src/timeline/data/organizations.yaml"
    )


@lru_cache(maxsize=4096)
def is_country(code: str) -> bool:
    """True for a state of ``countries.yaml`` or any ISO 3166-1 alpha-2 code (``TR``, ``HK``).

    A former state of ``countries.yaml`` is one (``SU``); a withdrawn code it does not
    list is not (``BU``, Burma's, now Myanmar's ``MM``).

    >>> is_country("SU"), is_country("DD"), is_country("BU")
    (True, True, False)

    Kept per code (a document names the same codes again and again, and pycountry's
    look-up of a two-letter code that is no state, "EU" or "UN", is slow)."""
    if code in countries():
        return True
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


def ended_before(code: str | None, day: date) -> bool:
    """Whether ``code`` is a former state that no longer existed on ``day``.

    >>> ended_before("SU", date(1991, 12, 25)), ended_before("SU", date(2022, 8, 31))
    (False, True)
    >>> ended_before("RU", date(2022, 8, 31)), ended_before(None, date(2022, 8, 31))
    (False, False)

    A former organization's end (``Organization.ended``) is not read so: news of today
    tells the Warsaw Pact's and NATO's signing of 1990 as history, with both as sides.
    """
    known = countries().get(code) if code else None
    return known is not None and known.ended is not None and known.ended < day


def capital_gone(code: str | None, name: str, day: date) -> bool:
    """Whether ``name`` was a capital of ``code`` only until a day before ``day``.

    >>> capital_gone("DE", "Bonn", date(1990, 10, 3)), capital_gone("DE", "Bonn", date(2023, 6, 5))
    (False, True)
    >>> capital_gone("DE", "Berlin", date(2023, 6, 5))
    False
    """
    known = countries().get(code) if code else None
    return known is not None and any(c == name and last < day for c, last in known.capitals_until)


def authority_not_yet(code: str | None, name: str, day: date) -> bool:
    """Whether ``name`` is an authority of ``code`` that did not govern it yet on ``day``
    (an armed group beside the state's government then: no side of the state).

    >>> authority_not_yet("AF", "Taliban", date(2010, 5, 1))
    True
    >>> authority_not_yet("AF", "Taliban", date(2023, 6, 5))
    False
    >>> authority_not_yet("AF", "Kabul", date(2010, 5, 1))
    False
    """
    known = countries().get(code) if code else None
    return known is not None and any(
        a == name and day < first for a, first in known.authorities_since
    )


@cache
def _held() -> tuple[
    dict[str, list[tuple[str, date, date]]], dict[tuple[str, str], tuple[str, date, date]]
]:
    """Today's state -> the former states that held all its places, and a place named,
    with today's state -> the former state that held it, each with (former code, first
    day, last day)."""
    by_state: dict[str, list[tuple[str, date, date]]] = {}
    by_place: dict[tuple[str, str], tuple[str, date, date]] = {}
    for code, c in countries().items():
        if c.began is None:
            continue
        for today, last in c.held:
            by_state.setdefault(today, []).append((code, c.began, last))
        if c.ended is not None:
            for today, name in c.held_places:
                by_place[(today, name)] = (code, c.began, c.ended)
    return by_state, by_place


def country_then(code: str, day: date | None, *names: str | None) -> str:
    """The state a place of today's ``code`` (named ``names``: as written, as GeoNames
    names it) belonged to on ``day``: a former state of ``countries.yaml`` that held it
    then (``held``, ``held_places``), else ``code``. News of today, or with no day, keeps
    today's state.

    >>> country_then("RU", date(1987, 6, 1), "Moscow"), country_then("RU", date(2022, 6, 1))
    ('SU', 'RU')
    >>> country_then("HR", date(1991, 3, 1)), country_then("HR", date(1991, 9, 1))
    ('YU', 'HR')
    >>> country_then("DE", date(1989, 11, 9), "East Berlin", "Berlin")
    'DD'
    >>> country_then("DE", date(1989, 11, 9), "Bonn"), country_then("CD", date(1965, 1, 1))
    ('DE', 'CD')
    >>> country_then("US", date(1989, 11, 9), "Potsdam")  # Potsdam, New York
    'US'
    """
    if day is None:
        return code
    by_state, by_place = _held()
    for name in names:
        if name is not None and (code, name) in by_place:
            former, first, last = by_place[(code, name)]
            if first <= day <= last:
                return former
    for former, first, last in by_state.get(code, ()):
        if first <= day <= last:
            return former
    return code


@cache
def country_name(code: str) -> str | None:
    """The short English name of a country code, or ``None``.

    >>> country_name("TR"), country_name("KZ"), country_name("RU"), country_name("SU")
    ('Türkiye', 'Kazakhstan', 'Russia', 'Soviet Union')
    """
    known = countries().get(code)
    if known is not None:
        return known.name
    if not (len(code) == 2 and code.isupper()):
        return None
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return None
    return str(getattr(record, "common_name", None) or record.name)


@lru_cache(maxsize=4096)
def actor_type(code: str) -> Literal["country", "organization"] | None:
    """Whether a code names a country or an organization (``None``: neither).

    >>> actor_type("AU"), actor_type("AFU"), actor_type("EU"), actor_type("XX")
    ('country', 'organization', 'organization', None)
    """
    if is_country(code):
        return "country"
    if code in organizations():
        return "organization"
    return None
