"""The rows of the store's tables made from the models (:mod:`timeline.store`).

What a full build writes (:mod:`timeline.store.build`) and what an update in place
writes for the events that changed (:mod:`timeline.store.update`) are the same rows,
made here: an event's row of ``events``, its ``event_actors``, ``sources`` and
``events_by_country`` rows, the ``actors``, ``places`` and ``documents`` rows, and
:func:`insert_rows`, which inserts them without sqlite-utils' conversion of each value.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, Protocol, TypeVar

from ..collection import Timeline
from ..gazetteer.codes import actor_type
from ..model import ActorType, Agreement, DateMod, Event, EventDate, Location, Participant

__all__ = [
    "DateColumns",
    "DocumentLike",
    "actor_row",
    "actor_rows",
    "chosen_actor_rows",
    "completed_actor_rows",
    "country_rows",
    "default_actor_row",
    "document_rows",
    "event_row",
    "insert_rows",
    "participant_rows",
    "place_id",
    "place_row",
    "source_id",
    "source_rows",
]


class DocumentLike(Protocol):
    """What the store needs of a source document (see :class:`timeline.corpus.Document`)."""

    @property
    def id(self) -> str: ...
    @property
    def characters(self) -> int: ...
    @property
    def title(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def published(self) -> date | None: ...
    @property
    def published_inferred(self) -> bool: ...


def place_id(location: Location) -> str:
    """A stable id for a place: its GeoNames id when known, else name and country."""
    if location.geonames_id is not None:
        return f"geonames-{location.geonames_id}"
    slug = re.sub(r"[^a-z0-9]+", "-", location.name.casefold()).strip("-")
    return f"{slug}-{(location.country or 'xx').lower()}"


def place_row(location: Location) -> dict[str, Any]:
    """The row of ``places`` for a location (the first event naming a place gives it)."""
    return {"id": place_id(location), **location.model_dump()}


#: The columns of ``events`` made from a date's TIMEX3 value and mod alone (its interval,
#: precision, label, sort key, year and month), by (value, mod): made once per distinct
#: date of a build (the 100,000 events of ``bench/scale.py`` have 664; a day's news
#: shares its dates) rather than once per event.
DateColumns = dict[tuple[str, DateMod | None], tuple[str, str, str, str | None, str, str, int, str]]


def _date_columns(d: EventDate) -> tuple[str, str, str, str | None, str, str, int, str]:
    return (
        d.start.isoformat(),
        d.end.isoformat(),
        d.precision.value,
        d.mod.value if d.mod else None,
        d.label(),
        d.sort_key,
        d.start.year,
        d.start.strftime("%Y-%m"),
    )


#: ``json.dumps(..., ensure_ascii=False)`` without making an encoder for each value.
_json_unicode = json.JSONEncoder(ensure_ascii=False).encode


def event_row(e: Event, dates: DateColumns) -> dict[str, Any]:
    key = (e.date.value, e.date.mod)
    if key not in dates:
        dates[key] = _date_columns(e.date)
    start, end, precision, mod, label, sort_key, year, month = dates[key]
    return {
        "id": e.id,
        "kind": e.kind.value,
        "title": e.title,
        "summary": e.summary,
        "status": e.status.value,
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "date_mod": mod,
        "date_value": e.date.value,
        "date_text": e.date.text,
        "date_label": label,
        "sort_key": sort_key,
        "year": year,
        "month": month,
        "place_id": place_id(e.location) if e.location else None,
        "agreement_id": e.agreement,
        "countries": json.dumps(e.countries),
        "organizations": json.dumps(e.organizations),
        "tags": _json_unicode(sorted(e.tags)),
        "related": json.dumps(e.related),
        "review": e.review.value,
        "quotes": "\n".join(s.quote for s in e.sources),
        "source_count": len(e.sources),
        "participant_names": _participant_names(e),
        "country_names": _json_unicode(
            sorted(p.name or p.id for p in e.participants if p.type is ActorType.country)
        ),
    }


def _participant_names(e: Event) -> str:
    """Who took part, for people: "Recep Tayyip Erdoğan (President) · Uzbekistan (host)"."""
    shown = []
    for p in e.participants:
        text = p.name or p.id
        if p.title:
            text += f" ({p.title})"
        if p.role.value != "participant":
            text += f", {p.role.value}"
        shown.append(text)
    return " · ".join(shown)


def actor_row(p: Participant) -> dict[str, Any]:
    """The row of ``actors`` a participant gives (if chosen: :func:`chosen_actor_rows`)."""
    return {
        "id": p.id,
        "name": p.name,
        "type": p.type.value,
        "country": p.country,
        "title": p.title,
    }


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str | None: ...


N = TypeVar("N", bound=_Named)


def chosen_actor_rows(
    participants: Iterable[N],
    row: Callable[[N], dict[str, Any]],
    actors: dict[str, dict[str, Any]] | None = None,
) -> dict[str, dict[str, Any]]:
    """Each actor's row (``row`` of a participant) among its participants in the events'
    order: the first with a title, else the first. A row is made only when chosen (a
    dict per participant would cost more than the rest, the collector walking them).
    ``actors``, when given, holds the rows chosen among the participants before these
    (a streamed build's earlier events) and is updated and returned."""
    if actors is None:
        actors = {}
    for p in participants:
        old = actors.get(p.id)
        if old is None or (not old["title"] and p.title):
            actors[p.id] = row(p)
    return actors


def default_actor_row(code: str) -> dict[str, Any]:
    """The row of an actor no participant gives: an agreement's party, the country a person
    acts for."""
    kind = ActorType(actor_type(code) or "country")  # unknown: the model says why
    p = Participant(id=code, type=kind)
    return {"id": p.id, "name": p.name, "type": kind.value, "country": None, "title": None}


def actor_rows(timeline: Timeline) -> dict[str, dict[str, Any]]:
    """The rows of ``actors``, by id: those the events' participants give
    (:func:`chosen_actor_rows`) and those :func:`completed_actor_rows` adds."""
    chosen = chosen_actor_rows((p for e in timeline.events for p in e.participants), actor_row)
    return completed_actor_rows(chosen, timeline.agreements)


def completed_actor_rows(
    actors: dict[str, dict[str, Any]], agreements: Iterable[Agreement]
) -> dict[str, dict[str, Any]]:
    """``actors`` (the rows chosen among the events' participants) with a default row for
    each party of ``agreements`` and each country a person acts for that no participant
    gives, by id."""
    # agreement parties, and the countries people act for, are actors too
    codes = [code for a in agreements for code in a.parties]
    codes += [row["country"] for row in actors.values() if row["country"]]
    for code in codes:
        if code not in actors:
            actors[code] = default_actor_row(code)
    return dict(sorted(actors.items()))


def document_rows(documents: Iterable[DocumentLike]) -> list[dict[str, Any]]:
    """The rows of ``documents``, by id."""
    return [
        {
            "id": d.id,
            "title": d.title,
            "outlet": d.outlet,
            "author": d.author,
            "url": d.url,
            "published": d.published.isoformat() if d.published else None,
            "published_inferred": int(d.published_inferred),
            "path": str(getattr(d, "path", "") or ""),
            "characters": d.characters,
        }
        for d in sorted(documents, key=lambda d: d.id)
    ]


def source_id(event_id: str, number: int) -> str:
    """The id of an event's quote ``number`` (from 1): ``2024-summit-kg-ots-tr-2``.

    Made of the event and the quote's place in it, not of its place in the
    timeline, so an event added or removed leaves every other quote's id as it was
    (:mod:`timeline.store.update`). Unique: an event id is a slug, and the number
    after the last hyphen is the quote's.
    """
    return f"{event_id}-{number}"


def participant_rows(e: Event) -> list[dict[str, Any]]:
    """The rows of ``event_actors`` for the participants of ``e``, in its order."""
    return [{"event_id": e.id, "actor_id": p.id, "role": p.role.value} for p in e.participants]


def source_rows(e: Event) -> list[dict[str, Any]]:
    """The rows of ``sources`` for the quotes of ``e``, in its order."""
    return [
        {
            "id": source_id(e.id, number),
            "event_id": e.id,
            "document_id": s.document,
            "quote": s.quote,
            "start": s.start,
            "end": s.end,
            "published": s.published.isoformat() if s.published else None,
            "published_inferred": int(s.published_inferred),
            "outlet": s.outlet,
            "title": s.title,
            "url": s.url,
        }
        for number, s in enumerate(e.sources, start=1)
    ]


def country_rows(
    e: Event, row: dict[str, Any], actors: dict[str, dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """``events_by_country``'s rows of one event: one per participating country (an
    actor of type country), in the columns of :data:`_EVENTS_BY_COUNTRY`, by country
    (a set's order would differ from one process to the next: a database updated in
    place, not VACUUMed, keeps the order its rows were inserted in on its pages)."""
    shown = [row[c] for c in ("date_start", "date_end", "date_label", "kind", "title")]
    countries = {p.id for p in e.participants if actors[p.id]["type"] == "country"}
    return [
        (code, actors[code]["name"], e.id, *shown, row["status"], row["sort_key"])
        for code in sorted(countries)
    ]


def insert_rows(
    conn: sqlite3.Connection,
    table: str,
    rows: Iterable[dict[str, Any]],
    *,
    ignore: bool = False,
) -> None:
    """Insert rows (dicts with the same keys, columns of ``table``) in one statement.

    sqlite-utils' ``insert_all`` without its conversion of every value (about a
    fifth of the database step's CPU at 10,000 events): the rows of the large tables
    hold only text, numbers and None, with their lists already JSON text.
    """
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return
    columns = list(first)
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    pick = operator.itemgetter(*columns)  # a row's values in the columns' order
    values = pick if len(columns) > 1 else lambda row: (pick(row),)  # one: not a tuple
    conn.executemany(
        f"{verb} INTO [{table}] ({names}) VALUES ({marks})",
        map(values, itertools.chain([first], it)),
    )
