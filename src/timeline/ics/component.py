"""One :class:`~timeline.model.Event` as an iCalendar VEVENT (RFC 5545 §3.6.1).

The VEVENT is the same in every feed that carries the event, so a person
subscribed to several feeds sees one consistent event per UID. Its content
is first taken from the event as plain values (:func:`vevent_values`),
hashed as a list of properties (:func:`props_of`, :func:`content_hash`, for
the sequence ledger, :mod:`timeline.ics.ledger`), and written with the
revision's properties by one function made for our few properties
(:func:`vevent_bytes`: §3.1 folding at 75 octets, §3.3.11 TEXT escaping, by
:mod:`timeline.ics.contentline`), to exactly the bytes :class:`icalendar.Event`
would write. Lines whose values recur across a timeline (dates, categories,
places, statuses) are written once per distinct value.

Properties emitted, in RFC 5545 terms:

* UID (§3.8.4.7): ``<event id>@timeline``; the event id is derived from the
  event's identity, so the UID survives rebuilds and re-extraction.
* DTSTAMP (§3.8.7.2), LAST-MODIFIED (§3.8.7.3), CREATED (§3.8.7.1),
  SEQUENCE (§3.8.7.4): from the ledger's :class:`~timeline.ics.ledger.Revision`.
* DTSTART;VALUE=DATE and DTEND;VALUE=DATE (§3.8.2.4, §3.8.2.2): all-day,
  DTEND exclusive and always present; see :mod:`timeline.ics.dates`.
* SUMMARY (§3.8.1.12), DESCRIPTION (§3.8.1.5), LOCATION (§3.8.1.7),
  GEO (§3.8.1.6), CATEGORIES (§3.8.1.2), URL (§3.8.4.6; the first source's
  URL, only when it is http(s), see :mod:`timeline.urls`), STATUS (§3.8.1.11),
  TRANSP (§3.8.2.7, always TRANSPARENT: following a diplomatic calendar
  must not make anyone busy), RELATED-TO;RELTYPE=SIBLING (§3.8.4.5) for
  related events.
* X-TIMELINE-PRECISION and X-TIMELINE-DATE (non-standard properties,
  §3.8.8.2): the date's precision and TIMEX3 value, with the TimeML ``mod``
  as an X-MOD parameter (``X-TIMELINE-DATE;X-MOD=END:2022-05``), for programs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote

import orjson

from .. import gazetteer
from ..model import ActorType, Agreement, Event, Participant, Role, Source, Status
from ..timex import DateMod
from ..urls import safe_url
from .contentline import (
    MAX_OCTETS,
    escape_text,
    escape_unchecked,
    fold,
    format_date,
    format_utc,
    is_plain_text,
    parameters,
    text_list,
)
from .dates import Placement, placement
from .ledger import Revision

__all__ = [
    "STATUS_VALUES",
    "UID_DOMAIN",
    "Params",
    "Prop",
    "VeventValues",
    "clean_text",
    "clean_uri",
    "content_hash",
    "default_revision",
    "event_description",
    "event_props",
    "legacy_content_hash",
    "props_of",
    "uid_for",
    "vevent_bytes",
    "vevent_values",
]

#: Right-hand side of every UID (RFC 5545 §3.8.4.7 recommends ``id@domain``).
UID_DOMAIN = "timeline"

#: STATUS for each of our statuses (RFC 5545 §3.8.1.11, VEVENT values).
STATUS_VALUES: dict[Status, str] = {
    Status.occurred: "CONFIRMED",
    Status.planned: "TENTATIVE",
    Status.postponed: "TENTATIVE",
    Status.cancelled: "CANCELLED",
}

# RFC 5545 §3.3.11: TEXT may not hold control characters other than HTAB
# (newlines are written as the escape \n, see contentline.escape_text).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CONTROL_OR_CR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\r]")


#: What a property's value may be (see :func:`vevent_bytes` for how each is written).
PropValue = str | int | date | datetime | tuple[float, float] | tuple[str, ...]


#: A property's parameters, ``(("VALUE", "DATE"),)``: plain tokens, written sorted by name.
Params = tuple[tuple[str, str], ...]

#: One property before serialization: ``(name, value, parameters)``. A plain tuple: a
#: feed builds millions, and orjson hashes plain tuples natively (:func:`content_hash`).
Prop = tuple[str, PropValue, Params]


def _legacy_json(prop: Prop) -> list[object]:
    name, value, params = prop
    if isinstance(value, date):
        value = value.isoformat()
    return [name, [list(p) for p in params], value]


def uid_for(event_id: str) -> str:
    """The UID of an event: ``2022-03-29-visit-tr-uz@timeline``."""
    return f"{event_id}@{UID_DOMAIN}"


def clean_text(text: str) -> str:
    """Text safe for an iCalendar TEXT value: newlines unified, control characters removed.

    A CR alone or CRLF becomes LF, which is escaped as ``\\n``
    (RFC 5545 §3.3.11), so text can never end a content line early.
    """
    if _CONTROL_OR_CR.search(text) is None:  # nothing to change: the common case
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


# Printable ASCII but space: what a URI may hold as is (RFC 3986 §2); "%" keeps escapes.
_URI_SAFE = "".join(chr(c) for c in range(0x21, 0x7F))
_URI_PLAIN = re.compile(f"[{re.escape(_URI_SAFE)}]*")


def clean_uri(uri: str) -> str:
    """A URI with spaces and control characters percent-encoded (RFC 3986 §2.1)."""
    uri = uri.strip()
    if _URI_PLAIN.fullmatch(uri):  # nothing to encode (the common case)
        return uri
    return quote(uri, safe=_URI_SAFE)


class VeventValues(NamedTuple):
    """Everything a subscriber sees of an event but UID and its revision, as plain values.

    Built once per event (:func:`vevent_values`), then both hashed for the
    ledger (as :func:`event_props` lists them) and written as the VEVENT
    (:func:`vevent_bytes`). Texts are cleaned (:func:`clean_text`) but not
    yet escaped; ``status`` is the iCalendar STATUS value, ``related`` the
    related events' UIDs, ``mod`` the X-TIMELINE-DATE parameters.
    """

    start: date
    end: date
    summary: str
    description: str
    place: str | None
    geo: tuple[float, float] | None
    categories: tuple[str, ...]
    url: str | None
    status: str
    related: tuple[str, ...]
    precision: str
    date_value: str
    mod: Params


#: A place as :func:`vevent_values` uses it: for the description (:func:`_place_name`),
#: as LOCATION (cleaned), and its GEO (rounded to six decimals, about 0.1 m).
_Located = tuple[str | None, str | None, tuple[float, float] | None]
_NOWHERE: _Located = (None, None, None)


@lru_cache(maxsize=4096)
def _located(
    name: str, country_code: str | None, latitude: float | None, longitude: float | None
) -> _Located:
    # places recur across a timeline (capitals): each is named, cleaned and rounded once
    place = _place_name(name, country_code)
    geo = None
    if latitude is not None and longitude is not None:
        geo = (round(latitude, 6), round(longitude, 6))
    return place, clean_text(place), geo


def vevent_values(
    event: Event,
    agreements: Mapping[str, Agreement] | None = None,
    where: Placement | None = None,
) -> VeventValues:
    """The event's :class:`VeventValues`.

    ``where`` is ``placement(event.date)`` when the caller has it already.
    """
    where = where or placement(event.date)
    links = [_link(s.url) for s in event.sources]  # checked once, for URL and DESCRIPTION
    loc = event.location
    if loc is None:
        place, location, geo = _NOWHERE
    else:
        latitude, longitude = loc.latitude, loc.longitude
        if latitude == 0 or longitude == 0:  # 0.0 and -0.0 are one key, but two GEO texts
            latitude, longitude = None, None
        place, location, geo = _located(loc.name, loc.country, latitude, longitude)
        if latitude is None and loc.latitude is not None and loc.longitude is not None:
            geo = (round(loc.latitude, 6), round(loc.longitude, 6))
    url = next((link for link in links if link), None)
    when = event.date
    return VeventValues(
        where.start,
        where.end,
        _summary(event, where.marker),
        _description(event, agreements or {}, where, links, place),
        location,
        geo,
        _categories(event),
        url,
        STATUS_VALUES[event.status],
        tuple([uid_for(rel) for rel in sorted(set(event.related))]) if event.related else (),
        str(when.precision),  # a StrEnum's value, without the .value property's Python call
        when.value,
        _MODS[when.mod],
    )


def event_props(
    event: Event,
    agreements: Mapping[str, Agreement] | None = None,
    where: Placement | None = None,
) -> list[Prop]:
    """Every property a subscriber sees, except UID and the revision properties.

    ``where`` is ``placement(event.date)`` when the caller has it already.
    """
    return props_of(vevent_values(event, agreements, where))


def props_of(values: VeventValues) -> list[Prop]:
    """The properties of :func:`event_props` from the event's values, in its order."""
    props: list[Prop] = [
        ("DTSTART", values.start, _DATE),
        ("DTEND", values.end, _DATE),
        ("SUMMARY", values.summary, ()),
        ("DESCRIPTION", values.description, ()),
    ]
    if values.place is not None:
        props.append(("LOCATION", values.place, ()))
        if values.geo is not None:
            props.append(("GEO", values.geo, ()))
    props.append(("CATEGORIES", values.categories, ()))
    if values.url is not None:
        props.append(("URL", values.url, _URI))
    props.append(("STATUS", values.status, ()))
    props.append(("TRANSP", "TRANSPARENT", ()))
    if values.related:
        props += [("RELATED-TO", uid, _SIBLING) for uid in values.related]
    props.append(("X-TIMELINE-PRECISION", values.precision, ()))
    props.append(("X-TIMELINE-DATE", values.date_value, values.mod))
    return props


_DATE = (("VALUE", "DATE"),)
_URI = (("VALUE", "URI"),)
_SIBLING = (("RELTYPE", "SIBLING"),)
#: X-TIMELINE-DATE's parameters for each TimeML ``mod`` (none without one).
_MODS: dict[DateMod | None, Params] = {None: ()} | {m: (("X-MOD", m.timeml),) for m in DateMod}


def content_hash(props: Sequence[Prop]) -> str:
    """BLAKE2b (256 bits) of the properties, the ledger's record of what subscribers see.

    The hashed text is ``orjson.dumps`` of the properties as ``[name, value,
    params]`` arrays, in the order :func:`event_props` gives them (dates in
    ISO 8601, GEO as two numbers, CATEGORIES as an array): the values,
    independent of how the VEVENT escapes and folds them, in one call to a
    compiled serializer. UID and the revision properties are not part of it.
    The ledger (format 2) holds such hashes, so this text must never change
    (were an orjson release to write floats differently, every event with a
    GEO would get SEQUENCE + 1 once: harmless, and the drift check would show it).
    """
    return "blake2b:" + hashlib.blake2b(orjson.dumps(props), digest_size=32).hexdigest()


# json.dumps(ensure_ascii=False, sort_keys=True) without its per-call set-up
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def legacy_content_hash(props: Sequence[Prop]) -> str:
    """The hash a format-1 ledger holds: SHA-256 of the properties' JSON.

    The hashed text is ``json.dumps`` (``ensure_ascii=False, sort_keys=True``) of
    each property as ``[name, [[key, value], ...], value]``. Computed only to migrate a ledger
    entry that still holds one (:meth:`~timeline.ics.ledger.Ledger.revise`),
    so this text must never change either.
    """
    canonical = _CANONICAL.encode([_legacy_json(p) for p in props])
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_revision(event: Event, content: str) -> Revision:
    """A revision for an event no ledger knows: SEQUENCE 0, stamped by its evidence.

    The stamp is midnight UTC of the latest source's publication day (or of
    the event's first day when no source is dated), so it is deterministic.
    """
    dated = [s.published for s in event.sources if s.published is not None]
    day = max(dated) if dated else event.date.start
    when = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return Revision(content, 0, when, when)


#: The lines of a VEVENT are written in icalendar's order (so the bytes are the ones
#: :meth:`icalendar.Event.to_ical` writes): SUMMARY, DTSTART, DTEND, DTSTAMP, UID,
#: SEQUENCE first, then the others by name. Our properties are always the same few, so
#: :func:`vevent_bytes` writes them in that order directly:
#: CATEGORIES, CREATED, DESCRIPTION, GEO, LAST-MODIFIED, LOCATION, RELATED-TO, STATUS,
#: TRANSP, URL, X-TIMELINE-DATE, X-TIMELINE-PRECISION.


def vevent_bytes(event_id: str, values: VeventValues, revision: Revision) -> bytes:
    """The event's whole VEVENT at ``revision``, as the bytes icalendar writes for it.

    Each content line is TEXT-escaped (§3.3.11, :func:`~.contentline.escape_text`)
    and folded at 75 octets (§3.1, :func:`~.contentline.fold`) only where it
    needs to be; the lines whose values recur across a timeline (dates,
    categories, place, GEO, status, the date's value and precision, the
    revision's timestamps) are written once per distinct value. The tests
    compare these bytes with icalendar's for the fixture events and for
    generated hostile ones (``tests/ics/test_ics_contentline.py``).
    """
    dtstamp, created, last_modified = _stamp_lines(revision.created, revision.modified)
    summary = values.summary.encode()
    if not is_plain_text(summary):
        summary = escape_unchecked(summary)
    # a description always holds line breaks, so it is always escaped
    description = b"DESCRIPTION:" + escape_unchecked(values.description.encode())
    lines = [
        b"BEGIN:VEVENT\r\n",
        fold(b"SUMMARY:" + summary),
        b"\r\n",
        _dates_lines(values.start, values.end),
        dtstamp,
        _uid_line(event_id),
        b"SEQUENCE:%d\r\n" % revision.sequence,
        _categories_line(values.categories),
        created,
        fold(description),
        b"\r\n",
    ]
    if values.geo is not None:
        lines.append(_geo_line(values.geo))
    lines.append(last_modified)
    if values.place is not None:
        lines.append(_place_line(values.place))
    for uid in values.related:
        lines.append(_text_line(b"RELATED-TO;RELTYPE=SIBLING:", uid))
    lines.append(_status_lines(values.status))
    if values.url is not None:
        lines.append(_line(b"URL;VALUE=URI:" + values.url.encode()))  # a URI (§3.3.13)
    lines.append(_closing_lines(values.date_value, values.mod, values.precision))
    return b"".join(lines)


def _line(data: bytes) -> bytes:
    """One content line: folded (§3.1) when over 75 octets, CRLF added."""
    if len(data) > MAX_OCTETS:
        data = fold(data)
    return data + b"\r\n"


def _text_line(head: bytes, text: str) -> bytes:
    """A TEXT property's line, ``head`` being its name and parameters with the colon."""
    data = text.encode("utf-8")
    return _line(head + (data if is_plain_text(data) else escape_text(data)))


def _uid_line(event_id: str) -> bytes:
    """The UID line: an event id (a slug) needs no escaping and rarely folding."""
    data = f"UID:{event_id}@{UID_DOMAIN}".encode()
    if len(data) <= MAX_OCTETS and is_plain_text(data):
        return data + b"\r\n"
    return _text_line(b"UID:", uid_for(event_id))


@lru_cache(maxsize=4096)
def _dates_lines(start: date, end: date) -> bytes:
    # DTSTART and DTEND (§3.8.2.4, §3.8.2.2), all-day: VALUE=DATE
    return (
        f"DTSTART;VALUE=DATE:{format_date(start)}\r\n"
        f"DTEND;VALUE=DATE:{format_date(end)}\r\n".encode()
    )


@lru_cache(maxsize=256)
def _stamp_lines(created: datetime, modified: datetime) -> tuple[bytes, bytes, bytes]:
    # DTSTAMP, CREATED and LAST-MODIFIED: the few build days recur, each pair written once
    return (
        f"DTSTAMP:{format_utc(modified)}\r\n".encode(),
        f"CREATED:{format_utc(created)}\r\n".encode(),
        f"LAST-MODIFIED:{format_utc(modified)}\r\n".encode(),
    )


@lru_cache(maxsize=4096)
def _categories_line(categories: tuple[str, ...]) -> bytes:
    return _line(b"CATEGORIES:" + text_list(categories))  # §3.8.1.2


@lru_cache(maxsize=4096)
def _geo_line(geo: tuple[float, float]) -> bytes:
    latitude, longitude = geo
    return _line(f"GEO:{float(latitude)};{float(longitude)}".encode())  # §3.8.1.6: FLOATs


@lru_cache(maxsize=4096)
def _place_line(place: str) -> bytes:
    return _text_line(b"LOCATION:", place)


@lru_cache(maxsize=16)
def _status_lines(status: str) -> bytes:
    return _text_line(b"STATUS:", status) + b"TRANSP:TRANSPARENT\r\n"


@lru_cache(maxsize=4096)
def _closing_lines(value: str, mod: Params, precision: str) -> bytes:
    return (
        _text_line(f"X-TIMELINE-DATE{parameters(mod)}:".encode(), value)
        + _text_line(b"X-TIMELINE-PRECISION:", precision)
        + b"END:VEVENT\r\n"
    )


def _summary(event: Event, marker: str | None) -> str:
    status = event.status
    if marker is None and status is not Status.postponed and status is not Status.cancelled:
        return clean_text(event.title)  # most events: exact, as planned or done
    prefix = f"[{status}] " if status is Status.postponed or status is Status.cancelled else ""
    if marker is not None:
        prefix += f"[{marker}] "
    return clean_text(prefix + event.title)


def event_description(
    event: Event, agreements: Mapping[str, Agreement], where: Placement | None = None
) -> str:
    """The event in plain text: summary, when, status, kind, who, where, agreement, sources.

    ``where`` is the date's :func:`~timeline.ics.dates.placement`, when the caller has it.
    """
    links = [_link(s.url) for s in event.sources]
    loc = event.location
    place = None if loc is None else _place_name(loc.name, loc.country)
    return _description(event, agreements, where, links, place)


def _description(
    event: Event,
    agreements: Mapping[str, Agreement],
    where: Placement | None,
    links: list[str | None],
    place: str | None,
) -> str:
    """:func:`event_description`, with each source's link (:func:`_link`) and the
    place (:func:`_place_name`) given."""
    note = (where or placement(event.date)).note  # made once per distinct date
    status_and_kind = _status_and_kind(event.status, event.kind)
    summary, participants, sources = event.summary, event.participants, event.sources
    lines = [summary, "", note, status_and_kind] if summary else [note, status_and_kind]
    if participants:
        lines.append("Who: " + "; ".join([_who(p) for p in participants]) + ".")
    if place is not None:
        lines.append(f"Where: {place}.")
    if event.agreement:
        agreement = agreements.get(event.agreement)
        title = f"{agreement.title} ({event.agreement})" if agreement else event.agreement
        lines.append(f"Agreement: {title}.")
    if event.related:
        lines.append("Related: " + ", ".join(sorted(set(event.related))) + ".")
    lines.append("\nSource:" if len(sources) == 1 else "\nSources:")  # after an empty line
    for source, link in zip(sources, links, strict=True):
        lines.append(f"“{source.quote}”")
        lines.append(_cited(source))
        if link:
            lines.append(link)
    lines.append(f"\nEvent id: {event.id}")
    return clean_text("\n".join(lines))


@lru_cache(maxsize=256)
def _status_and_kind(status: Status, kind: str) -> str:
    # a StrEnum member formats as its value; the few pairs are written once each
    return f"Status: {status}.\nKind: {kind.replace('_', ' ')}."


@lru_cache(maxsize=8192)
def _link(url: str | None) -> str | None:
    """A source's URL as published: only http(s) (:func:`~timeline.urls.safe_url`),
    percent-encoded where needed (:func:`clean_uri`); ``None`` for none.

    Articles give several events each: their URLs are checked once per build."""
    link = safe_url(url)
    return clean_uri(link) if link else None


#: DESCRIPTION's line citing a source, by what it is made of (:func:`_cited`).
_CITED: dict[tuple[object, ...], str] = {}
_CITED_MAX = 8192


def _cited(source: Source) -> str:
    """``— outlet, “title”, published … (document)``: made once per article and build."""
    key = (
        source.outlet,
        source.url,
        source.title,
        source.published,
        source.published_inferred,
        source.document,
    )
    found = _CITED.get(key)
    if found is None:
        if len(_CITED) >= _CITED_MAX:
            _CITED.clear()
        found = _CITED[key] = f"— {source.citation()} ({source.document})"
    return found


def _who(p: Participant) -> str:
    if p.role is Role.participant and p.type is not ActorType.person:
        return p.name or p.id  # most participants: a country or an organization, named
    return _person(p.name or p.id, p.type, p.title, p.country, p.role)


@lru_cache(maxsize=4096)
def _person(
    text: str, actor_type: ActorType, title: str | None, country_code: str | None, role: Role
) -> str:
    # people recur across a timeline (heads of state): each is described once
    extra: list[str] = []
    if actor_type is ActorType.person:
        if title:
            extra.append(title)
        country = gazetteer.country_name(country_code) if country_code else None
        if country and not (title and country in title):
            extra.append(country)
    if role is not Role.participant:
        extra.append(str(role))
    return text + (f" ({', '.join(extra)})" if extra else "")


@lru_cache(maxsize=4096)
def _place_name(name: str, country_code: str | None) -> str:
    """The place for people: its name, and its country's unless the name holds it."""
    # places recur across a timeline (capitals): each is named once
    if country_code:
        country = gazetteer.country_name(country_code) or country_code
        if country.casefold() not in name.casefold():
            return f"{name}, {country}"
    return name


def _categories(event: Event) -> tuple[str, ...]:
    """Kind, then the countries' names, then the organizations' codes (§3.8.1.2)."""
    # the same kind and sides recur across a timeline: named and cleaned once each
    return _category_names(event.kind, tuple([(p.type, p.id) for p in event.participants]))


@lru_cache(maxsize=4096)
def _category_names(kind: str, sides: tuple[tuple[ActorType, str], ...]) -> tuple[str, ...]:
    # Event.countries and Event.organizations, from the sides
    countries = sorted({code for side, code in sides if side == ActorType.country})
    organizations = sorted({code for side, code in sides if side == ActorType.organization})
    names = [kind.replace("_", " ")]
    names += [gazetteer.country_name(c) or c for c in countries]
    names += organizations
    return tuple(clean_text(n) for n in names)
