"""One :class:`~timeline.model.Event` as an iCalendar VEVENT (RFC 5545 §3.6.1).

The VEVENT is the same in every feed that carries the event, so a person
subscribed to several feeds sees one consistent event per UID. Its content
is first built as plain :class:`Prop` values, hashed (for the sequence
ledger, :mod:`timeline.ics.ledger`), written as content lines
(:func:`property_lines`, TEXT escaped as §3.3.11 says), then joined with the
revision properties and folded at 75 octets (§3.1) by
:mod:`timeline.ics.contentline`, to the bytes :class:`icalendar.Event` would write.

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
from typing import NamedTuple, cast
from urllib.parse import quote

import orjson

from .. import gazetteer
from ..model import ActorType, Agreement, Event, Participant, Role, Status
from ..urls import safe_url
from .contentline import (
    escape_text,
    fold_lines,
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
    "Prop",
    "clean_text",
    "clean_uri",
    "content_hash",
    "default_revision",
    "event_description",
    "event_props",
    "legacy_content_hash",
    "property_lines",
    "uid_for",
    "vevent",
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


class Prop(NamedTuple):
    """One property before serialization: name, value and parameters.

    A named tuple rather than a dataclass: a feed creates millions of them.
    """

    name: str
    value: PropValue
    params: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> list[object]:
        value: object = self.value
        if isinstance(value, date):
            value = value.isoformat()
        return [self.name, [list(p) for p in self.params], value]


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
    # _new(Prop, (...)) is Prop(...) without NamedTuple's Python-level __new__ (half the cost)
    props = [
        _new(Prop, ("DTSTART", where.start, _DATE)),
        _new(Prop, ("DTEND", where.end, _DATE)),
        _new(Prop, ("SUMMARY", _summary(event, where.marker), ())),
        _new(Prop, ("DESCRIPTION", event_description(event, agreements or {}, where), ())),
    ]
    if event.location is not None:
        props.append(_new(Prop, ("LOCATION", clean_text(_place(event)), ())))
        loc = event.location
        if loc.latitude is not None and loc.longitude is not None:
            props.append(_new(Prop, ("GEO", (round(loc.latitude, 6), round(loc.longitude, 6)), ())))
    props.append(_new(Prop, ("CATEGORIES", _categories(event), ())))
    url = next((s.url for s in event.sources if safe_url(s.url)), None)
    if url:
        props.append(_new(Prop, ("URL", clean_uri(url), _URI)))
    props.append(_new(Prop, ("STATUS", STATUS_VALUES[event.status], ())))
    props.append(_new(Prop, ("TRANSP", "TRANSPARENT", ())))
    if event.related:
        props += [
            _new(Prop, ("RELATED-TO", uid_for(rel), _SIBLING)) for rel in sorted(set(event.related))
        ]
    props.append(_new(Prop, ("X-TIMELINE-PRECISION", event.date.precision.value, ())))
    mod = (("X-MOD", event.date.mod.timeml),) if event.date.mod else ()
    props.append(_new(Prop, ("X-TIMELINE-DATE", event.date.value, mod)))
    return props


_new = tuple.__new__
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
    return (
        "blake2b:" + hashlib.blake2b(orjson.dumps(props, default=tuple), digest_size=32).hexdigest()
    )


# json.dumps(ensure_ascii=False, sort_keys=True) without its per-call set-up
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def legacy_content_hash(props: Sequence[Prop]) -> str:
    """The hash a format-1 ledger holds: SHA-256 of the properties' JSON.

    The hashed text is ``json.dumps([p.to_json() for p in props],
    ensure_ascii=False, sort_keys=True)``. Computed only to migrate a ledger
    entry that still holds one (:meth:`~timeline.ics.ledger.Ledger.revise`),
    so this text must never change either.
    """
    canonical = _CANONICAL.encode([p.to_json() for p in props])
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
_DTSTAMP_PLACE = _PLACES["DTSTAMP"]
_CREATED_PLACE = _PLACES["CREATED"]
_MODIFIED_PLACE = _PLACES["LAST-MODIFIED"]
_SEQUENCE_PLACE = _PLACES["SEQUENCE"]

#: A revision time as DATE-TIME text; the few build days recur, so each is formatted once.
_utc_text = lru_cache(maxsize=64)(format_utc)
#: A DATE's text (DTSTART, DTEND); the days of a timeline recur, so each is formatted once.
_date_text = lru_cache(maxsize=4096)(format_date)


def _value(name: str, value: PropValue) -> str:
    """A property's value as iCalendar text, by its value type (see :mod:`.contentline`)."""
    if isinstance(value, str):
        return value if name == "URL" else escape_text(value)  # URL is a URI (§3.3.13)
    if isinstance(value, datetime):
        return format_utc(value)
    if isinstance(value, date):
        return _date_text(value)
    if isinstance(value, int):
        return str(value)
    if name == "GEO":
        latitude, longitude = cast(tuple[float, float], value)
        return f"{float(latitude)};{float(longitude)}"
    return text_list(cast(tuple[str, ...], value))


#: One property as a content line before folding, with its place in the VEVENT.
_Line = tuple[str, str]


def property_lines(props: Sequence[Prop]) -> list[_Line]:
    """Each property as its content line (``NAME;PARAM=VALUE:value``, not folded).

    Values are written by their type (see :mod:`.contentline`); parameters
    sorted by name, as icalendar writes them.
    """
    lines: list[_Line] = []
    append = lines.append
    for name, value, params in props:
        if type(value) is str and name != "URL":  # most values: TEXT (§3.3.11)
            text = value if is_plain_text(value) else escape_text(value)
        else:
            text = _value(name, value)
        if params:
            append((_PLACES[name], f"{name}{parameters(params)}:{text}"))
        else:
            append((_PLACES[name], f"{name}:{text}"))
    return lines


def vevent(event_id: str, props: Sequence[Prop], revision: Revision) -> bytes:
    """The VEVENT for an event's properties at a revision, as bytes ending in CRLF.

    Properties are ordered as icalendar orders them (:data:`_LEADING`, then by
    name, several of one name in the order given), written by
    :func:`property_lines` and folded by
    :func:`~timeline.ics.contentline.fold_lines`.
    """
    modified = _utc_text(revision.modified)
    ordered = [
        *property_lines(props),
        (_UID_PLACE, "UID:" + escape_text(uid_for(event_id))),
        (_DTSTAMP_PLACE, "DTSTAMP:" + modified),
        (_CREATED_PLACE, "CREATED:" + _utc_text(revision.created)),
        (_MODIFIED_PLACE, "LAST-MODIFIED:" + modified),
        (_SEQUENCE_PLACE, f"SEQUENCE:{revision.sequence}"),
    ]
    ordered.sort(key=itemgetter(0))  # stable: several of one name keep their order
    text = "\r\n".join([line for _, line in ordered])
    return b"BEGIN:VEVENT\r\n" + fold_lines(text.encode("utf-8")) + b"\r\nEND:VEVENT\r\n"


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
    for source in event.sources:
        lines.append(f"“{source.quote}”")
        lines.append(f"— {source.citation()} ({source.document})")
        link = safe_url(source.url)
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
    return _category_names(event.kind, tuple(event.countries), tuple(event.organizations))


@lru_cache(maxsize=4096)
def _category_names(
    kind: str, countries: tuple[str, ...], organizations: tuple[str, ...]
) -> tuple[str, ...]:
    # the same kind and sides recur across a timeline: named and cleaned once each
    names = [kind.replace("_", " ")]
    names += [gazetteer.country_name(c) or c for c in countries]
    names += organizations
    return tuple(clean_text(n) for n in names)
