"""schema.org ``Event`` JSON-LD for the timeline page, so search engines and tools read the events.

The page carries one ``<script type="application/ld+json">`` block (JSON-LD 1.1,
https://www.w3.org/TR/json-ld11/) holding an ``ItemList`` of schema.org
``Event`` items (https://schema.org/Event): ``name``, ``description``,
``startDate`` and ``endDate`` (the date interval, ISO 8601), ``eventStatus``
(``EventScheduled``, ``EventPostponed``, ``EventCancelled``; schema.org has no
status for an event that has happened, so occurred events are scheduled ones
in the past), ``location`` (a ``Place`` with ``GeoCoordinates`` and the
country), ``attendee`` (``Country``, ``Organization`` or ``Person``),
``url`` (the first source's article) and ``@id`` (the event's anchor in the
page). A data block is never run, so the page's Content Security Policy is
unchanged; it is escaped like the page's JSON (see :func:`embed_json`).
"""

from __future__ import annotations

from typing import Any

from ..collection import Timeline
from ..model import ActorType, Event, Status
from .timelinejs import safe_url

__all__ = ["event_ld", "timeline_ld"]

_STATUS = {
    Status.occurred: "https://schema.org/EventScheduled",
    Status.planned: "https://schema.org/EventScheduled",
    Status.postponed: "https://schema.org/EventPostponed",
    Status.cancelled: "https://schema.org/EventCancelled",
}
_ATTENDEE = {
    ActorType.country: "Country",
    ActorType.organization: "Organization",
    ActorType.person: "Person",
}


def event_ld(event: Event) -> dict[str, Any]:
    """One schema.org ``Event`` for an event, its dates as ``date`` (written as ISO text)."""
    out: dict[str, Any] = {
        "@type": "Event",
        "@id": f"#{event.id}",
        "name": event.title,
        "startDate": event.date.start,
        "endDate": event.date.end,
        "eventStatus": _STATUS[event.status],
    }
    if event.summary:
        out["description"] = event.summary
    loc = event.location
    if loc is not None:
        place: dict[str, Any] = {"@type": "Place", "name": loc.name}
        if loc.latitude is not None and loc.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": loc.latitude,
                "longitude": loc.longitude,
            }
        if loc.country:
            place["address"] = {"@type": "PostalAddress", "addressCountry": loc.country}
        out["location"] = place
    if event.participants:
        out["attendee"] = [
            {"@type": _ATTENDEE[p.type], "name": p.name or p.id} for p in event.participants
        ]
    url = next(filter(None, map(safe_url, [s.url for s in event.sources])), None)
    if url:
        out["url"] = url
    return out


def timeline_ld(timeline: Timeline, *, title: str) -> dict[str, Any]:
    """The page's JSON-LD: an ``ItemList`` of the events, in date order, for ``orjson``."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": title,
        "numberOfItems": len(timeline.events),
        "itemListElement": [
            {"@type": "ListItem", "position": i, "item": event_ld(e)}
            for i, e in enumerate(timeline.events, 1)
        ],
    }
