"""Large timelines as a file per year, for the formats a person opens whole.

At 100,000 events the timeline page is about 200 MB and the TimelineJS file
about 110 MB: no browser opens either, and every edit rewrote the whole file.
From :data:`BY_YEAR_FROM` events on (``RenderOptions.by_year``, set by
:func:`timeline.formats.write`), those two formats are written as

* an entry file at their usual path (``timeline.html``, ``timelinejs.json``)
  holding the :data:`NEWEST` newest events and an index of the years, and
* one file per year of the events' start dates, each valid and complete on
  its own (``timeline/2022.html`` with its JSON-LD, ``timelinejs/2022.json``),

so an edit rewrites the file of its year (and the entry file when the event is
among the newest or a year's count changes), not every event's bytes. The
machine formats (JSON, CSV, GeoJSON, PLOVER, the calendars) keep their one
file: tools read them whole, and their paths and shapes are promised
(docs/json.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..collection import Timeline
from .contract import Section, SpannedFile

__all__ = [
    "BY_YEAR_FROM",
    "NEWEST",
    "YearPart",
    "is_part",
    "key_year",
    "limited",
    "newest",
    "path_year",
    "year_counts",
    "years",
]

#: From this many events on, the page and TimelineJS are written a file per year.
BY_YEAR_FROM = 5_000

#: How many of the newest events the entry file of a timeline written by year holds.
NEWEST = 1_000


def key_year(key: str) -> str:
    """The start year of the event of an order key (:func:`~.contract.event_key`):
    the key begins with the ISO start date."""
    return key[:4]


def path_year(path: str) -> str:
    """The year a part's path names: ``timeline/2022.html`` is ``2022``."""
    return PurePosixPath(path).stem


@dataclass(frozen=True, slots=True)
class YearPart:
    """The events of one start year: ``year`` (four digits), the events and their keys."""

    year: str
    timeline: Timeline
    keys: list[str]


def years(timeline: Timeline, keys: list[str]) -> list[YearPart]:
    """The timeline's events by start year, in calendar order (``keys``: each event's
    order key, in the timeline's order, which is calendar order)."""
    parts: list[YearPart] = []
    events = timeline.events
    start = 0
    for at in range(1, len(keys) + 1):
        if at == len(keys) or key_year(keys[at]) != key_year(keys[start]):
            chosen = Timeline.__new__(Timeline)  # already in order: no sort again
            chosen.events, chosen.agreements = events[start:at], timeline.agreements
            parts.append(YearPart(key_year(keys[start]), chosen, keys[start:at]))
            start = at
    return parts


def newest(timeline: Timeline, keys: list[str]) -> tuple[Timeline, list[str]]:
    """The :data:`NEWEST` newest events (the last in calendar order) and their keys."""
    chosen = Timeline.__new__(Timeline)
    chosen.events, chosen.agreements = timeline.events[-NEWEST:], timeline.agreements
    return chosen, keys[-NEWEST:]


def year_counts(files: Mapping[str, SpannedFile], folder: str) -> list[tuple[str, int]]:
    """Each year part under ``folder`` that holds events, and how many, by year."""
    found = [
        (path_year(path), len(file.sections[0]))
        for path, file in files.items()
        if path.startswith(folder + "/") and file.sections and len(file.sections[0])
    ]
    return sorted(found)


def is_part(path: str, folder: str) -> bool:
    """Whether ``path`` is a year part under ``folder``."""
    return path.startswith(folder + "/")


def limited(section: Section) -> Section:
    """``section`` as the entry file holds it: the :data:`NEWEST` last items."""
    section.limit, section.tail = NEWEST, True
    return section
