"""One :class:`~timeline.model.Event` as an iCalendar VEVENT (RFC 5545 §3.6.1).

The VEVENT is the same in every feed that carries the event, so a person
subscribed to several feeds sees one consistent event per UID. Its content
is first built as plain :data:`Prop` tuples (:func:`event_props`), hashed
(for the sequence ledger, :mod:`timeline.ics.ledger`), written as content
lines each folded at 75 octets (:func:`content_line`: §3.1 folding, §3.3.11
TEXT escaping, by :mod:`timeline.ics.contentline`) into the VEVENT less its
revision (:func:`vevent_parts`), and completed with the revision's
properties (:func:`with_revision`), to the bytes :class:`icalendar.Event`
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
from operator import itemgetter
from typing import cast
from urllib.parse import quote

import orjson

from .. import gazetteer
from ..model import ActorType, Agreement, Event, Participant, Role, Status
from ..urls import safe_url
from .contentline import (
    escape_text,
    fold,
    format_date,
    format_utc,
    is_plain_text,
    parameters,
    text_list,
)
from .dates import Placement, placement, precision_note
from .ledger import Revision

__all__ = [
    "STATUS_VALUES",
    "UID_DOMAIN",
    "Params",
    "Prop",
    "VeventParts",
    "clean_text",
    "clean_uri",
    "content_hash",
    "content_line",
    "default_revision",
    "event_description",
    "event_props",
    "legacy_content_hash",
    "uid_for",
    "vevent",
    "vevent_parts",
    "with_revision",
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


#: What a property's value may be (see :func:`_value` for how each is written).
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


def event_props(
    event: Event,
    agreements: Mapping[str, Agreement] | None = None,
    where: Placement | None = None,
) -> list[Prop]:
    """Every property a subscriber sees, except UID and the revision properties.

    ``where`` is ``placement(event.date)`` when the caller has it already.
    """
    where = where or placement(event.date)
    links = [safe_url(s.url) for s in event.sources]  # checked once, for URL and DESCRIPTION
    props: list[Prop] = [
        ("DTSTART", where.start, _DATE),
        ("DTEND", where.end, _DATE),
        ("SUMMARY", _summary(event, where.marker), ()),
        ("DESCRIPTION", _description(event, agreements or {}, where, links), ()),
    ]
    if event.location is not None:
        props.append(("LOCATION", clean_text(_place(event)), ()))
        loc = event.location
        if loc.latitude is not None and loc.longitude is not None:
            props.append(("GEO", (round(loc.latitude, 6), round(loc.longitude, 6)), ()))
    props.append(("CATEGORIES", _categories(event), ()))
    url = next((link for link in links if link), None)
    if url:
        props.append(("URL", clean_uri(url), _URI))
    props.append(("STATUS", STATUS_VALUES[event.status], ()))
    props.append(("TRANSP", "TRANSPARENT", ()))
    if event.related:
        props += [("RELATED-TO", uid_for(rel), _SIBLING) for rel in sorted(set(event.related))]
    props.append(("X-TIMELINE-PRECISION", event.date.precision.value, ()))
    mod: Params = (("X-MOD", event.date.mod.timeml),) if event.date.mod else ()
    props.append(("X-TIMELINE-DATE", event.date.value, mod))
    return props


_DATE = (("VALUE", "DATE"),)
_URI = (("VALUE", "URI"),)
_SIBLING = (("RELTYPE", "SIBLING"),)


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


#: Properties a VEVENT starts with, in this order; the others follow sorted by name.
#: (icalendar's canonical order for VEVENT, so the bytes are the ones it would write.)
_LEADING = ("SUMMARY", "DTSTART", "DTEND", "DTSTAMP", "UID", "SEQUENCE")


_RANK = {name: i for i, name in enumerate(_LEADING)}


class _Places(dict[str, str]):
    """Where a property goes in the VEVENT: leading ones first, then by name.

    The place is a string, the rank's single digit then the name (``0SUMMARY``,
    ``6CATEGORIES``), which sorts as (rank, name) would, and twice as fast.
    """

    def __missing__(self, name: str) -> str:
        place = self[name] = f"{_RANK.get(name, len(_LEADING))}{name}"
        return place


_PLACES = _Places()

_UID_PLACE = _PLACES["UID"]
#: Where the revision's properties go (index -1); the VEVENT's other lines fall between them.
_REVISION_MARKS = [
    (_PLACES[name], -1) for name in ("DTSTAMP", "SEQUENCE", "CREATED", "LAST-MODIFIED")
]

#: A VEVENT without its revision (:func:`vevent_parts`): its folded content lines,
#: BEGIN and END included, before DTSTAMP, between DTSTAMP and SEQUENCE, between
#: SEQUENCE and CREATED, between CREATED and LAST-MODIFIED, and after LAST-MODIFIED.
VeventParts = tuple[bytes, bytes, bytes, bytes, bytes]


def _value(name: str, value: PropValue) -> str:
    """A property's value as iCalendar text, by its value type (see :mod:`.contentline`)."""
    if isinstance(value, str):
        return value if name == "URL" else escape_text(value)  # URL is a URI (§3.3.13)
    if isinstance(value, datetime):
        return format_utc(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int):
        return str(value)
    if name == "GEO":
        latitude, longitude = cast(tuple[float, float], value)
        return f"{float(latitude)};{float(longitude)}"
    return text_list(cast(tuple[str, ...], value))


def content_line(name: str, value: PropValue, params: Params = ()) -> bytes:
    """One property as its content line, folded (§3.1), CRLF included.

    Values are written by their type (see :mod:`.contentline`), TEXT escaped
    (§3.3.11); parameters sorted by name, as icalendar writes them.
    """
    if type(value) is str and name != "URL":  # most values: TEXT (§3.3.11)
        text = value if is_plain_text(value) else escape_text(value)
    else:
        text = _value(name, value)
    line = f"{name}{parameters(params)}:{text}" if params else f"{name}:{text}"
    return fold(line.encode("utf-8")) + b"\r\n"


#: Properties whose values seldom recur; every other one (dates, categories, place,
#: status, precision) recurs across a timeline, and each distinct line is written once.
_SELDOM_RECURRING = frozenset({"SUMMARY", "DESCRIPTION", "URL", "RELATED-TO"})
_recurring_line = lru_cache(maxsize=16384)(content_line)


def vevent_parts(event_id: str, props: Sequence[Prop]) -> VeventParts:
    """The VEVENT of an event's properties, less the revision, as :data:`VeventParts`.

    Properties are ordered as icalendar orders them (:data:`_LEADING`, then by
    name, several of one name in the order given), each line written and
    folded by :func:`content_line`. The parts are the same whatever the
    revision, so they can be written before the ledger is read, and in
    another process (:func:`timeline.ics.calendar.render_events`).
    """
    lines = [
        content_line(name, value, params)
        if name in _SELDOM_RECURRING
        else _recurring_line(name, value, params)
        for name, value, params in props
    ]
    lines += (content_line("UID", uid_for(event_id)), b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n")
    first, second, third, fourth, fifth = [
        b"".join([lines[i] for i in part]) for part in _layout(tuple([p[0] for p in props]))
    ]
    return first, second, third, fourth, fifth


@lru_cache(maxsize=1024)
def _layout(names: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """Which lines each of the five parts holds, in order, for properties of these names.

    The lines are those of the properties in the order given, then UID, BEGIN
    and END (indices ``len(names)`` to ``len(names) + 2``). A timeline's
    events have few distinct lists of property names, so each is laid out once.
    """
    count = len(names)
    placed = [(_PLACES[name], i) for i, name in enumerate(names)]
    placed.append((_UID_PLACE, count))
    placed += _REVISION_MARKS  # after the properties: one of the same name comes first
    placed.sort(key=itemgetter(0))  # stable: several of one name keep their order
    parts: list[tuple[int, ...]] = []
    part = [count + 1]  # BEGIN:VEVENT
    for _, index in placed:
        if index >= 0:
            part.append(index)
        else:
            parts.append(tuple(part))
            part = []
    parts.append((*part, count + 2))  # END:VEVENT
    return tuple(parts)


@lru_cache(maxsize=256)
def _stamp_line(name: str, moment: datetime) -> bytes:
    # the few build days recur: each line is written once
    return f"{name}:{format_utc(moment)}\r\n".encode()


def with_revision(parts: VeventParts, revision: Revision) -> bytes:
    """The whole VEVENT: ``parts`` with DTSTAMP, SEQUENCE, CREATED and LAST-MODIFIED."""
    return b"".join(
        (
            parts[0],
            _stamp_line("DTSTAMP", revision.modified),
            parts[1],
            b"SEQUENCE:%d\r\n" % revision.sequence,
            parts[2],
            _stamp_line("CREATED", revision.created),
            parts[3],
            _stamp_line("LAST-MODIFIED", revision.modified),
            parts[4],
        )
    )


def vevent(event_id: str, props: Sequence[Prop], revision: Revision) -> bytes:
    """The VEVENT for an event's properties at a revision, as bytes ending in CRLF."""
    return with_revision(vevent_parts(event_id, props), revision)


def _summary(event: Event, marker: str | None) -> str:
    prefix = ""
    if event.status in (Status.postponed, Status.cancelled):
        prefix += f"[{event.status.value}] "
    if marker is not None:
        prefix += f"[{marker}] "
    return clean_text(prefix + event.title)


def event_description(
    event: Event, agreements: Mapping[str, Agreement], where: Placement | None = None
) -> str:
    """The event in plain text: summary, when, status, kind, who, where, agreement, sources.

    ``where`` is the date's :func:`~timeline.ics.dates.placement`, when the caller has it.
    """
    return _description(event, agreements, where, [safe_url(s.url) for s in event.sources])


def _description(
    event: Event,
    agreements: Mapping[str, Agreement],
    where: Placement | None,
    links: list[str | None],
) -> str:
    """:func:`event_description`, with each source's :func:`~timeline.urls.safe_url`."""
    lines: list[str] = []
    if event.summary:
        lines += [event.summary, ""]
    lines.append(precision_note(event.date, where))
    # a StrEnum member formats as its value, without the .value property's Python call
    lines.append(f"Status: {event.status}.")
    lines.append(f"Kind: {event.kind.replace('_', ' ')}.")
    if event.participants:
        lines.append("Who: " + "; ".join([_who(p) for p in event.participants]) + ".")
    if event.location is not None:
        lines.append(f"Where: {_place(event)}.")
    if event.agreement:
        agreement = agreements.get(event.agreement)
        title = f"{agreement.title} ({event.agreement})" if agreement else event.agreement
        lines.append(f"Agreement: {title}.")
    if event.related:
        lines.append("Related: " + ", ".join(sorted(set(event.related))) + ".")
    lines.append("")
    lines.append("Source:" if len(event.sources) == 1 else "Sources:")
    for source, link in zip(event.sources, links, strict=True):
        lines.append(f"“{source.quote}”")
        lines.append(f"— {source.citation()} ({source.document})")
        if link:
            lines.append(clean_uri(link))
    lines.append("")
    lines.append(f"Event id: {event.id}")
    return clean_text("\n".join(lines))


def _who(p: Participant) -> str:
    text = p.name or p.id
    extra: list[str] = []
    if p.type is ActorType.person:
        if p.title:
            extra.append(p.title)
        country = gazetteer.country_name(p.country) if p.country else None
        if country and not (p.title and country in p.title):
            extra.append(country)
    if p.role is not Role.participant:
        extra.append(p.role.value)
    return text + (f" ({', '.join(extra)})" if extra else "")


def _place(event: Event) -> str:
    loc = event.location
    assert loc is not None
    if loc.country:
        country = gazetteer.country_name(loc.country) or loc.country
        if country.casefold() not in loc.name.casefold():
            return f"{loc.name}, {country}"
    return loc.name


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
