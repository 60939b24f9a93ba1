"""One filter for every way of choosing events: the API, the CLI, canned queries, URLs.

A :class:`Filter` is a value: the conditions an event must meet, already
resolved to the codes the data uses. Build it from what a person writes with
:meth:`Filter.of` (Python keywords, CLI options) or :meth:`Filter.from_query`
(URL parameters); both accept

* ``country`` — ISO code (alpha-2 or alpha-3), name or alias, any case, with or
  without diacritics: ``KZ``, ``kz``, ``Kazakhstan``; ``TR``, ``TUR``,
  ``Turkey``, ``Türkiye``, ``Turkiye``;
* ``organization`` — code, name or alias, any case: ``OTS``, ``Turkic Council``;
* ``participant`` — any of the above, or a person's slug, name or alias;
* ``kind`` and ``status`` — their values in any case (``Summit``,
  ``entry-into-force``);
* ``since`` and ``until`` — a :class:`~datetime.date` or an ISO string
  (``2024-01-01``): events whose date interval overlaps the range;
* ``text`` — words in the title, summary or a quote (case-insensitive).

Every field takes one value or a list; an event matches when it matches
*any* value of each given field, and *every* given field. An unknown value is
a :class:`~timeline.errors.UsageError` that names it and suggests the nearest
known spellings, never a silently empty selection.

>>> f = Filter.of(country=["kz", "Türkiye"], kind="Visit", since="2022-01-01")
>>> f.countries, f.kinds, f.since
(('KZ', 'TR'), (<EventKind.visit: 'visit'>,), datetime.date(2022, 1, 1))
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from .errors import UsageError
from .gazetteer.lookup import country_code, nearest, organization_code, person_id, spelling_key
from .model import ActorType, Event, EventKind, Status

__all__ = ["FILTER_FIELDS", "Filter", "FilterValue", "parse_day"]

#: What one filter field accepts: one value or several.
FilterValue = str | date | Iterable[str | date] | None

#: The names of the filter fields, as keywords of :meth:`Filter.of` and URL parameters.
FILTER_FIELDS = (
    "kind",
    "status",
    "country",
    "organization",
    "participant",
    "since",
    "until",
    "text",
)

_E = TypeVar("_E", bound=StrEnum)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Filter:
    """Conditions on events, resolved to codes; the empty filter keeps everything.

    Build one with :meth:`of` or :meth:`from_query`; the fields are sorted
    tuples, so equal conditions give equal (and hashable) filters.
    """

    kinds: tuple[EventKind, ...] = ()
    statuses: tuple[Status, ...] = ()
    countries: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    text: str | None = None

    @classmethod
    def of(
        cls,
        *,
        kind: FilterValue = None,
        status: FilterValue = None,
        country: FilterValue = None,
        organization: FilterValue = None,
        participant: FilterValue = None,
        since: date | str | None = None,
        until: date | str | None = None,
        text: str | None = None,
    ) -> Filter:
        """A filter from what a person wrote; raises :class:`UsageError` for unknown values."""
        start, end = parse_day("since", since), parse_day("until", until)
        if start is not None and end is not None and start > end:
            raise UsageError(
                f"since {start.isoformat()} is after until {end.isoformat()}: swap them"
            )
        return cls(
            kinds=_resolve(kind, lambda v: _member(EventKind, "kind", v)),
            statuses=_resolve(status, lambda v: _member(Status, "status", v)),
            countries=_resolve(country, _country),
            organizations=_resolve(organization, _organization),
            participants=_resolve(participant, _participant),
            since=start,
            until=end,
            text=text.strip() or None if isinstance(text, str) else None,
        )

    @classmethod
    def from_query(
        cls, params: Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]
    ) -> Filter:
        """A filter from URL parameters: ``?country=Turkey&kind=visit,summit&since=2022-01-01``.

        ``params`` is a mapping (``parse_qs`` output), an object with
        ``getlist`` (Datasette's ``request.args``) or (name, value) pairs
        (:meth:`to_query`). A field
        may repeat or hold comma-separated values; other parameters are
        ignored (Datasette's own ``_size`` and friends).
        """
        given: dict[str, list[str]] = {}
        getlist = getattr(params, "getlist", None)
        if isinstance(params, Mapping) or getlist is not None:
            for name in FILTER_FIELDS:
                if name not in params:
                    continue
                value = getlist(name) if getlist is not None else params[name]  # type: ignore[index]
                given[name] = [value] if isinstance(value, str) else list(value)
        else:
            for name, value in params:
                given.setdefault(name, []).append(value)
        raw: dict[str, Any] = {}
        for name in FILTER_FIELDS:
            values = given.get(name)
            if values is None:
                continue
            if name == "text":
                raw[name] = " ".join(v for v in values if v.strip()) or None
            elif name in {"since", "until"}:
                raw[name] = next((v for v in reversed(values) if v.strip()), None)
            else:
                parts = [p.strip() for v in values for p in v.split(",")]
                raw[name] = [p for p in parts if p] or None
        return cls.of(**raw)

    def __bool__(self) -> bool:
        """False for the empty filter, which keeps every event."""
        return any(getattr(self, f.name) for f in fields(self))

    def to_query(self) -> list[tuple[str, str]]:
        """URL parameters that give this filter back with :meth:`from_query`."""
        out: list[tuple[str, str]] = []
        out += [("kind", k.value) for k in self.kinds]
        out += [("status", s.value) for s in self.statuses]
        out += [("country", c) for c in self.countries]
        out += [("organization", o) for o in self.organizations]
        out += [("participant", p) for p in self.participants]
        if self.since:
            out.append(("since", self.since.isoformat()))
        if self.until:
            out.append(("until", self.until.isoformat()))
        if self.text:
            out.append(("text", self.text))
        return out

    def matches(self, event: Event) -> bool:
        """True when ``event`` meets every condition."""
        if self.kinds and event.kind not in self.kinds:
            return False
        if self.statuses and event.status not in self.statuses:
            return False
        if self.countries and not _meets(self.countries, event.actor_ids(ActorType.country)):
            return False
        if self.organizations and not _meets(
            self.organizations, event.actor_ids(ActorType.organization)
        ):
            return False
        if self.participants and not _meets(self.participants, event.actor_ids()):
            return False
        if self.since is not None and event.date.end < self.since:
            return False
        if self.until is not None and event.date.start > self.until:
            return False
        if self.text is not None:
            hay = " ".join([event.title, event.summary, *(s.quote for s in event.sources)])
            if self.text.casefold() not in hay.casefold():
                return False
        return True

    def sql(self, alias: str = "e") -> tuple[str, list[str]]:
        """A ``WHERE`` condition over the ``events`` table of :mod:`timeline.store`.

        Every condition but ``text`` is in SQL (SQLite's ``lower`` knows only
        ASCII, so words are checked by :meth:`matches` on the rows it finds):
        use it to pick candidates by index, then keep those that :meth:`matches`.
        Returns the condition (``1`` when there is none) and its parameters.
        """
        clauses: list[str] = []
        params: list[str] = []

        def among(column: str, values: Sequence[str]) -> None:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

        if self.kinds:
            among(f"{alias}.kind", [k.value for k in self.kinds])
        if self.statuses:
            among(f"{alias}.status", [s.value for s in self.statuses])
        for values, actor_type in (
            (self.countries, "country"),
            (self.organizations, "organization"),
            (self.participants, None),
        ):
            if not values:
                continue
            typed = " AND a.type = ?" if actor_type else ""
            clauses.append(
                "EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                f"WHERE ea.event_id = {alias}.id{typed} "
                f"AND ea.actor_id IN ({', '.join('?' for _ in values)}))"
            )
            params += ([actor_type] if actor_type else []) + list(values)
        if self.since is not None:
            clauses.append(f"{alias}.date_end >= ?")
            params.append(self.since.isoformat())
        if self.until is not None:
            clauses.append(f"{alias}.date_start <= ?")
            params.append(self.until.isoformat())
        return (" AND ".join(clauses) or "1"), params

    def describe(self) -> str:
        """The conditions for people, for titles: ``country KZ, TR; kind visit``."""
        parts = [f"{name} {', '.join(value)}" for name, value in _grouped(self.to_query())]
        return "; ".join(parts)


def _grouped(pairs: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return list(out.items())


def _meets(wanted: tuple[str, ...], present: list[str]) -> bool:
    return any(code in wanted for code in present)


def _values(value: FilterValue) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | date):
        return [str(value)]
    return [str(v) for v in value]


def _resolve(value: FilterValue, one: Callable[[str], str]) -> tuple[Any, ...]:
    found = {one(v) for v in _values(value) if v.strip()}
    return tuple(sorted(found))


def _suggest(what: str, value: str, known: list[str], hint: str) -> UsageError:
    near = f": did you mean {' or '.join(known)}?" if known else ""
    return UsageError(f"unknown {what} {value!r}{near} {hint}")


def _member(enum: type[_E], what: str, value: str) -> _E:
    key = spelling_key(value).replace("-", "_").replace(" ", "_")
    for member in enum:
        if member.value == key:
            return member
    allowed = [m.value for m in enum]
    close = difflib.get_close_matches(key, allowed, n=3, cutoff=0.6)
    raise _suggest(what, value, close, f"(use one of {', '.join(allowed)})")


def _country(value: str) -> str:
    code = country_code(value)
    if code is None:
        raise _suggest(
            "country",
            value,
            nearest(value, "country"),
            "(use an ISO 3166-1 code or an English name: TR, TUR, Türkiye, Turkey)",
        )
    return code


def _organization(value: str) -> str:
    code = organization_code(value)
    if code is None:
        raise _suggest(
            "organization",
            value,
            nearest(value, "organization"),
            "(use a code or name of src/timeline/data/organizations.yaml: OTS, SCO)",
        )
    return code


def _participant(value: str) -> str:
    found = country_code(value) or organization_code(value) or person_id(value)
    if found is not None:
        return found
    slug = value.strip().lower()
    if _SLUG.match(slug):
        return slug  # a person not in data/people.yaml may still be in the events
    near = nearest(value, "country") + nearest(value, "organization") + nearest(value, "person")
    raise _suggest(
        "participant",
        value,
        near[:3],
        "(use a country, an organization, or a person's id such as recep-tayyip-erdogan)",
    )


def parse_day(name: str, value: date | str | None) -> date | None:
    """A day from a :class:`date` or an ISO string; :class:`UsageError` naming ``name``."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name} {value!r} is not a date: use YYYY-MM-DD") from None
