"""PLOVER JSON lines: ``exports/plover.jsonl``, the events coded for event-data research.

PLOVER (Political Language Ontology for Verifiable Event Records,
https://github.com/openeventdata/PLOVER) is the event ontology of the Open
Event Data Alliance that replaced CAMEO, used by POLECAT. Its manual suggests
newline-delimited JSON, one event per line (chapter "Data Fields"), with the
required fields ``id``, ``date``, ``actor`` and ``event``. Each line here has

* ``id``, ``date`` and ``enddate`` (YYYY-MM-DD: the first and last day of the
  event's date interval; ``enddate`` only when they differ);
* ``actor`` and ``recipient``: lists of entity objects (chapter "Country Names
  and Sector Codes") with ``code`` (ISO 3166-1 alpha-3 for states, IGO, UNO or
  EUR for organizations), ``sector`` (GOV for states and their officials), and
  for people and organizations ``entity_text``, ``identifier_id`` (our id) and
  ``office``. Visitors and call initiators are the actor, hosts and recipients
  the recipient; otherwise every participant is an actor (the manual's rule
  for reciprocal events);
* ``event``, ``mode``, ``context`` (lists), ``quad_code`` and ``event_scale``,
  from our kind and status by the reviewed table ``data/plover.yaml``;
* ``event_loc`` (place, GeoNames id, coordinates, alpha-3 country),
  ``event_text`` (every quote), ``text_info`` (the first quote's offsets),
  ``cite_info`` (document, URL, codebook), ``comment``;
* ``timeline``: an extension member (the manual allows extra named fields)
  with our kind, status, date precision and label, and every source.

Events whose kind has no PLOVER category (decree, other), cancelled events and
events without participants are not written; :func:`coded` says why.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import orjson
import pycountry
import yaml
from pydantic import TypeAdapter

from ..collection import Timeline
from ..gazetteer.codes import countries
from ..model import ActorType, Event, Participant, Role, Source
from .contract import Format, RenderOptions, Section, SpannedFile, SpliceRule
from .spans import timeline_keys

__all__ = ["FORMAT", "MEDIA_TYPE", "Coding", "coded", "entity", "mapping", "record"]

#: JSON lines; no registered media type exists, this is the common one.
MEDIA_TYPE = "application/x-ndjson"

_RECIPIENT_ROLES = {Role.host, Role.recipient}
_SOURCES: TypeAdapter[list[Source]] = TypeAdapter(list[Source])


@cache
def mapping() -> dict[str, Any]:
    """The parsed ``data/plover.yaml``: our kinds in PLOVER."""
    text = resources.files("timeline").joinpath("data/plover.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@dataclass(frozen=True, slots=True)
class Coding:
    """An event's PLOVER category, modes and contexts."""

    event: str
    mode: tuple[str, ...]
    context: tuple[str, ...]


def coded(event: Event) -> Coding | str:
    """The event's PLOVER coding, or the reason it has none (for the docs and tests)."""
    rule = mapping()["kinds"].get(event.kind.value)
    one_state = rule is not None and "one_country" in rule and len(set(_codes(event))) < 2
    return _coding(event.kind.value, event.status.value, one_state)


@cache
def _coding(kind: str, status: str, one_state: bool) -> Coding | str:
    """The coding of a kind and status (``one_state``: only one state takes part)."""
    table = mapping()
    if status in table["skipped_statuses"]:
        return f"{status} events are not coded"
    rule = table["kinds"].get(kind)
    if rule is None:
        return f"PLOVER has no category for {kind}"
    if one_state:
        rule = rule["one_country"]
    category, mode = rule["event"], rule.get("mode")
    context = list(rule.get("context", ()))
    if status in table["future_statuses"]:
        if category in table["future_as_agree"]:
            category, mode = "AGREE", None
        else:
            context.append("future")
    return Coding(category, (mode,) if mode else (), tuple(context))


@cache
def _scale(coding: Coding) -> tuple[int, float | None]:
    """The quad code and the event scale (the manual's score) of a coding."""
    table = mapping()
    scores = table["scores"]
    key = f"{coding.event}: {coding.mode[0]}" if coding.mode else coding.event
    score = scores.get(key, scores.get(coding.event))
    return table["quad_codes"][coding.event], (float(score) if score is not None else None)


def _codes(event: Event) -> list[str]:
    return [_state_code(p.id) for p in event.participants if p.type is ActorType.country]


@cache
def _state_code(alpha_2: str) -> str:
    special: dict[str, str] = mapping()["country_codes"]
    if alpha_2 in special:
        return special[alpha_2]
    record = pycountry.countries.get(alpha_2=alpha_2)
    if record is not None:
        return str(record.alpha_3)
    former = countries().get(alpha_2)  # a former state: its ISO 3166-3 record's alpha-3
    if former is not None and former.iso3166_3:
        historic = pycountry.historic_countries.get(alpha_4=former.iso3166_3)
        if historic is not None:
            return str(historic.alpha_3)
    return alpha_2


def entity(participant: Participant) -> dict[str, Any]:
    """One PLOVER entity object for a participant."""
    table = mapping()
    if participant.type is ActorType.organization:
        code = table["organization_codes"].get(participant.id, table["default_organization_code"])
        return {
            "code": code,
            "entity_text": participant.name,
            "identifier_id": participant.id,
            "identifier_text": participant.name,
        }
    if participant.type is ActorType.country:
        return {"code": _state_code(participant.id), "sector": table["sector"]}
    out: dict[str, Any] = {
        "code": _state_code(participant.country) if participant.country else None,
        "sector": table["sector"],
        "entity_text": participant.name,
        "identifier_id": participant.id,
    }
    if participant.title:
        out["office"] = participant.title
    return out


def _entities(participants: list[Participant]) -> list[dict[str, Any]]:
    """Entity objects; a state already present through one of its officials is not repeated."""
    people = {p.country for p in participants if p.type is ActorType.person}
    return [entity(p) for p in participants if not (p.type is ActorType.country and p.id in people)]


def record(event: Event, coding: Coding) -> dict[str, Any]:
    """The PLOVER record (one JSON line) of an event."""
    table = mapping()
    recipients = [p for p in event.participants if p.role in _RECIPIENT_ROLES]
    actors = [p for p in event.participants if p.role not in _RECIPIENT_ROLES] or recipients
    if actors is recipients:
        recipients = []
    out: dict[str, Any] = {"id": event.id, "date": event.date.start.isoformat()}
    if event.date.end != event.date.start:
        out["enddate"] = event.date.end.isoformat()
    out["actor"] = _entities(actors)
    if recipients:
        out["recipient"] = _entities(recipients)
    out["event"] = [coding.event]
    if coding.mode:
        out["mode"] = list(coding.mode)
    if coding.context:
        out["context"] = list(coding.context)
    out["quad_code"], score = _scale(coding)
    if score is not None:
        out["event_scale"] = score
    loc = event.location
    if loc is not None:
        place: dict[str, Any] = {"resolved_place": loc.name}
        if loc.geonames_id is not None:
            place["geonameid"] = loc.geonames_id
        if loc.latitude is not None and loc.longitude is not None:
            place["lat"], place["lon"] = loc.latitude, loc.longitude
        if loc.country:
            place["country_code"] = _state_code(loc.country)
        out["event_loc"] = place
    first = event.sources[0]
    out["event_text"] = [s.quote for s in event.sources]
    out["text_info"] = {"start": first.start, "end": first.end}
    cite: dict[str, Any] = {"corpus": "timeline", "citation": first.document}
    if first.url:
        cite["url"] = first.url
    cite["codebook"] = table["codebook"]
    out["cite_info"] = cite
    out["comment"] = event.title
    out["timeline"] = {
        "kind": event.kind.value,
        "status": event.status.value,
        "date_precision": event.date.precision.value,
        "date_label": event.date.label(),
        "sources": _SOURCES.dump_python(event.sources, mode="json"),
    }
    return out


def records(timeline: Timeline) -> list[dict[str, Any]]:
    """The PLOVER records of every event that can be coded, in date order."""
    out = []
    for event in timeline.events:
        coding = coded(event)
        if isinstance(coding, Coding) and event.participants:
            out.append(record(event, coding))
    return out


def _render(timeline: Timeline, options: RenderOptions) -> bytes:
    return _spanned(timeline, options, spans=False)[FORMAT_PATH].data()


def _spanned(
    timeline: Timeline, options: RenderOptions, *, spans: bool = True
) -> dict[str, SpannedFile]:
    """One span per coded event: its line (without ``spans``, a render outside a build,
    the keys are left out: only the bytes are used); for a writer that takes the file a
    piece at a time, its lines rendered as they are written (:attr:`RenderOptions.streamed`)."""
    section = Section([], array("Q"), [])
    every_key = timeline_keys(timeline, options) if spans else None
    file = SpannedFile([b"", b""], [section])
    if options.streamed:
        file.stream = _lines(timeline, every_key, section, STREAMED_BYTES)
    else:
        section.body = list(_lines(timeline, every_key, section, None))
    return {FORMAT_PATH: file}


#: About how many bytes of lines a piece of a streamed ``plover.jsonl`` holds.
STREAMED_BYTES = 1 << 20


def _lines(
    timeline: Timeline, every_key: list[str] | None, section: Section, piece: int | None
) -> Iterator[memoryview]:
    """The coded events' lines in pieces of about ``piece`` bytes (``None``: one piece), each
    line's length and key added to ``section`` as it is made."""
    # Each line is copied into one buffer as it is made: orjson's bytes for a short line
    # keep several kilobytes allocated, so 100,000 lines held apart took 500 MB.
    buffer = bytearray()
    for number, event in enumerate(timeline.events):
        coding = coded(event)
        if isinstance(coding, Coding) and event.participants:
            line = orjson.dumps(record(event, coding), option=orjson.OPT_APPEND_NEWLINE)
            buffer += line
            section.lengths.append(len(line))
            if every_key is not None:
                section.keys.append(every_key[number])
            if piece is not None and len(buffer) >= piece:
                yield memoryview(buffer)
                buffer = bytearray()  # a new one: the piece given may still be read
    if buffer or piece is None:
        yield memoryview(buffer)


#: Where the PLOVER records are written under ``exports/``.
FORMAT_PATH = "plover.jsonl"


#: PLOVER event records, one JSON object per line.
FORMAT = Format(
    name="plover",
    media_type=MEDIA_TYPE,
    path=FORMAT_PATH,
    description="PLOVER event records (JSON lines) for event-data research (ICEWS, POLECAT)",
    render=_render,
    splice=SpliceRule(_spanned),
)
