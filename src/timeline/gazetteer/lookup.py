"""Names people type for countries and organizations, resolved to our codes.

Filters take what a person writes — ``KZ``, ``kz``, ``Kazakhstan``, ``TUR``,
``Turkey``, ``Türkiye``, ``Turkiye``, ``turkic council`` — and need the code the
data uses (``KZ``, ``TR``, ``OTS``). Matching here is case-insensitive and
ignores diacritics (``ascii_fold``), unlike the text matching of
:mod:`timeline.gazetteer.actors`, which is case-sensitive on purpose.

Spellings come from the same data as everything else: ISO 3166-1 through
pycountry (alpha-2, alpha-3, name, common and official name), the names in
``data/countries.yaml`` and the codes, names and aliases in
``data/organizations.yaml``. Nothing is listed here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import cache

import pycountry

from .matching import ascii_fold

__all__ = ["country_code", "nearest", "organization_code", "person_id", "spelling_key"]


def spelling_key(text: str) -> str:
    """The form spellings are compared in: accents folded, case folded, spaces squeezed."""
    return " ".join(ascii_fold(text).casefold().split())


def _table(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """spelling key -> code; the first pair for a key wins (codes are given first)."""
    table: dict[str, str] = {}
    for spelling, code in pairs:
        table.setdefault(spelling_key(spelling), code)
    return table


@cache
def _countries() -> dict[str, str]:
    from .codes import countries, country_name

    def pairs() -> Iterable[tuple[str, str]]:
        for record in pycountry.countries:
            yield record.alpha_2, record.alpha_2
        for record in pycountry.countries:
            yield record.alpha_3, record.alpha_2
        for code, country in countries().items():
            yield code, code
            yield country.name, code
            for name in country.names:
                yield name, code
        for record in pycountry.countries:
            yield country_name(record.alpha_2) or record.name, record.alpha_2
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                if value:
                    yield value, record.alpha_2

    return _table(pairs())


@cache
def _organizations() -> dict[str, str]:
    from . import organizations

    def pairs() -> Iterable[tuple[str, str]]:
        for code in organizations():
            yield code, code
        for code, org in organizations().items():
            for name in (org.name, *org.aliases):
                yield name, code

    return _table(pairs())


@cache
def _people() -> dict[str, str]:
    from .actors import people

    def pairs() -> Iterable[tuple[str, str]]:
        for slug in people():
            yield slug, slug
        for slug, p in people().items():
            for name in (p.name, *p.aliases):
                yield name, slug

    return _table(pairs())


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code for a code, name or alias in any case, or ``None``.

    >>> [country_code(s) for s in ("kz", "Kazakhstan", "TUR", "Türkiye", "turkiye", "Mars")]
    ['KZ', 'KZ', 'TR', 'TR', 'TR', None]
    """
    return _countries().get(spelling_key(text))


def organization_code(text: str) -> str | None:
    """Our code for an organization's code, name or alias in any case, or ``None``.

    >>> organization_code("turkic council"), organization_code("ots"), organization_code("x")
    ('OTS', 'OTS', None)
    """
    return _organizations().get(spelling_key(text))


def person_id(text: str) -> str | None:
    """The slug of a person of ``data/people.yaml`` by slug, name or alias, or ``None``."""
    return _people().get(spelling_key(text))


def nearest(text: str, kind: str, limit: int = 3) -> list[str]:
    """The known entries closest to ``text`` of ``kind``, for error messages.

    ``kind`` is ``country``, ``organization`` or ``person``; each suggestion
    reads ``Kazakhstan (KZ)``, one per code, closest first.
    """
    table = {"country": _countries, "organization": _organizations, "person": _people}[kind]()
    keys = difflib.get_close_matches(spelling_key(text), list(table), n=limit * 4, cutoff=0.6)
    out: list[str] = []
    for key in keys:
        shown = f"{_name(table[key], kind)} ({table[key]})"
        if shown not in out:
            out.append(shown)
    return out[:limit]


def _name(code: str, kind: str) -> str:
    """The name the data gives a code."""
    from . import country_name, organization
    from .actors import people

    if kind == "country":
        return country_name(code) or code
    if kind == "organization":
        org = organization(code)
        return org.name if org else code
    return people()[code].name if code in people() else code
