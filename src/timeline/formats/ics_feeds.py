"""iCalendar feeds people subscribe to: ``exports/timeline.ics`` and ``exports/calendars/``.

:data:`FORMAT` is the format the build writes (through
:func:`timeline.formats.write`), atomically and deterministically:

* ``exports/timeline.ics`` — every event;
* ``exports/calendars/<CC>.ics`` — events involving a country (ISO 3166-1
  alpha-2, ``TR.ics``);
* ``exports/calendars/<ORG>.ics`` — events involving an organization
  (``OTS.ics``);
* ``exports/calendars/kind-<kind>.ics`` — events of one kind, underscores
  written as hyphens (``kind-summit.ics``, ``kind-entry-into-force.ics``);
* ``exports/calendars/index.json`` — every feed with its path, title and
  number of events, for the Datasette plugin and the docs;
* ``exports/calendars/sequence.json`` — the sequence ledger that keeps
  SEQUENCE and DTSTAMP stable across rebuilds (:mod:`timeline.ics.ledger`).

Feed files of countries, organizations or kinds that no longer have events
are removed. What each VEVENT holds is in :mod:`timeline.ics.component`;
how imprecise dates appear, in :mod:`timeline.ics.dates`; the calendar
envelope, in :mod:`timeline.ics.calendar`. docs/calendars.md is the guide.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Literal

from .. import gazetteer
from ..collection import Timeline
from ..errors import ExportError
from ..filters import Filter
from ..ics.calendar import MEDIA_TYPE, calendar_bytes, envelope, render_feeds, select_events
from ..ics.ledger import Ledger
from ..model import ActorType, Event, EventKind
from .contract import Format, FrameContext, RenderOptions, Section, SpannedFile, SpliceRule

__all__ = [
    "ALL_TITLE",
    "FORMAT",
    "INDEX_PATH",
    "LEDGER_PATH",
    "MEDIA_TYPE",
    "TITLE_PREFIX",
    "Feed",
    "calendar_bytes",
    "feed_keys",
    "feed_named",
    "feeds",
    "feeds_for",
    "load_ledger",
    "render_feed",
    "render_files",
]

#: The feed index and the sequence ledger, relative to the exports folder.
INDEX_PATH = "calendars/index.json"
LEDGER_PATH = "calendars/sequence.json"

FeedType = Literal["all", "country", "organization", "kind"]

_KIND_TITLES: dict[EventKind, str] = {
    EventKind.summit: "Summits",
    EventKind.visit: "Visits",
    EventKind.meeting: "Meetings",
    EventKind.call: "Phone calls",
    EventKind.signing: "Signings",
    EventKind.adoption: "Adoptions",
    EventKind.ratification: "Ratifications",
    EventKind.entry_into_force: "Entries into force",
    EventKind.statement: "Statements",
    EventKind.decree: "Decrees",
    EventKind.exercise: "Military exercises",
    EventKind.conflict: "Conflicts",
    EventKind.founding: "Foundings",
    EventKind.forum: "Forums",
    EventKind.other: "Other events",
}

#: Title of the feed of all events.
ALL_TITLE = "Türkiye and Central Asia: diplomatic events"

_ABOUT = (
    "Political and diplomatic events extracted from English news about Türkiye and "
    "Central Asia; each event quotes the text that reports it."
)


#: What every feed's title but the whole timeline's starts with.
TITLE_PREFIX = "Diplomatic events: "


@dataclass(frozen=True, slots=True)
class Feed:
    """One calendar feed: where it is written, what it holds, what it is called."""

    path: str
    type: FeedType
    key: str | None
    title: str
    description: str

    @property
    def name(self) -> str:
        """The file name without ``.ics``: ``timeline``, ``TR``, ``OTS``, ``kind-summit``."""
        return Path(self.path).stem

    @property
    def subject(self) -> str:
        """What the feed is about, for a list of feeds: ``Azerbaijan``, ``Summits``.

        >>> _kind_feed(EventKind.summit, "").subject
        'Summits'
        """
        return self.title.removeprefix(TITLE_PREFIX)

    @property
    def selection(self) -> Filter:
        """The events this feed shows (before the date-precision rule), as a filter."""
        if self.type == "country":
            return Filter.of(country=self.key)
        if self.type == "organization":
            return Filter.of(organization=self.key)
        if self.type == "kind":
            return Filter.of(kind=self.key)
        return Filter()

    def select(self, timeline: Timeline) -> Timeline:
        """The events of ``timeline`` this feed shows (before the date-precision rule)."""
        return timeline.filter(self.selection)


def _dates_note(include_imprecise: bool) -> str:
    base = (
        " Dates known only to the week, month, season or quarter span that period and "
        "carry it in brackets, like [May 2022]."
    )
    if include_imprecise:
        return base + " Events dated only to a half year, year or decade are included the same way."
    return base + " Events dated only to a half year, year or decade are left out."


def _country_feed(code: str, note: str) -> Feed:
    name = gazetteer.country_name(code) or code
    return Feed(
        f"calendars/{code}.ics",
        "country",
        code,
        f"{TITLE_PREFIX}{name}",
        f"Events involving {name}. " + _ABOUT + note,
    )


def _organization_feed(code: str, note: str) -> Feed:
    org = gazetteer.organization(code)
    name = org.name if org else code
    return Feed(
        f"calendars/{code}.ics",
        "organization",
        code,
        f"{TITLE_PREFIX}{name}",
        f"Events involving the {name} ({code}). " + _ABOUT + note,
    )


def _kind_feed(kind: EventKind, note: str) -> Feed:
    return Feed(
        f"calendars/kind-{kind.value.replace('_', '-')}.ics",
        "kind",
        kind.value,
        f"{TITLE_PREFIX}{_KIND_TITLES[kind]}",
        f"{_KIND_TITLES[kind]} only. " + _ABOUT + note,
    )


def feeds(timeline: Timeline, *, include_imprecise: bool = False) -> list[Feed]:
    """Every feed ``timeline`` has: all events, then per country, organization and kind.

    Only countries, organizations and kinds with at least one event shown
    (see :func:`~timeline.ics.calendar.select_events`) get a feed.
    """
    shown = select_events(timeline.events, include_imprecise=include_imprecise)
    return _feeds_of(shown, include_imprecise=include_imprecise)


def _feeds_of(shown: Iterable[Event], *, include_imprecise: bool) -> list[Feed]:
    """The feeds of the events ``shown`` (already selected by the date-precision rule)."""
    countries: set[str] = set()
    organizations: set[str] = set()
    kinds: set[EventKind] = set()
    country, organization = ActorType.country, ActorType.organization
    for event in shown:  # the participants read directly: Event.countries sorts for each call
        for participant in event.participants:
            if participant.type == country:
                countries.add(participant.id)
            elif participant.type == organization:
                organizations.add(participant.id)
        kinds.add(event.kind)
    return feeds_for(countries, organizations, kinds, include_imprecise=include_imprecise)


def feeds_for(
    countries: Iterable[str],
    organizations: Iterable[str],
    kinds: Iterable[EventKind],
    *,
    include_imprecise: bool = False,
) -> list[Feed]:
    """The feeds of these countries, organizations and kinds, in :func:`feeds`' order.

    For a caller that knows which of them have an event shown without holding
    the events (the Datasette plugin asks the database).
    """
    note = _dates_note(include_imprecise)
    countries, organizations = set(countries), set(organizations)
    clash = countries & organizations
    if clash:
        raise ExportError(
            f"organization code {sorted(clash)[0]!r} is also a country code, so both feeds "
            "would be calendars/" + f"{sorted(clash)[0]}.ics: rename the organization in "
            "src/timeline/data/organizations.yaml"
        )
    out = [Feed("timeline.ics", "all", None, ALL_TITLE, _ABOUT + note)]
    out += [_country_feed(code, note) for code in sorted(countries)]
    out += [_organization_feed(code, note) for code in sorted(organizations)]
    out += [_kind_feed(kind, note) for kind in sorted(kinds, key=lambda k: k.value)]
    return out


def feed_named(name: str, *, include_imprecise: bool = False) -> Feed | None:
    """The feed a name stands for (``timeline``, ``TR``, ``OTS``, ``kind-summit``), or ``None``.

    Built from the name alone, without the events: whether the feed has any
    is for the caller to find out.
    """
    name = name.removesuffix(".ics")
    note = _dates_note(include_imprecise)
    if name == "timeline":
        return Feed("timeline.ics", "all", None, ALL_TITLE, _ABOUT + note)
    if name.startswith("kind-"):
        value = name.removeprefix("kind-").replace("-", "_")
        kind = next((k for k in EventKind if k.value == value), None)
        return _kind_feed(kind, note) if kind is not None else None
    if gazetteer.is_country(name):
        return _country_feed(name, note)
    if gazetteer.organization(name) is not None:
        return _organization_feed(name, note)
    return None


def load_ledger(exports_dir: str | Path) -> Ledger:
    """The sequence ledger kept beside the feeds (empty when there is none yet)."""
    return Ledger.load(Path(exports_dir) / LEDGER_PATH)


def render_feed(
    timeline: Timeline,
    name: str,
    *,
    ledger: Ledger | None = None,
    include_imprecise: bool = False,
    url: str | None = None,
) -> bytes:
    """The bytes of one feed by name (``timeline``, ``TR``, ``OTS``, ``kind-entry-into-force``).

    This is what a web server (our Datasette plugin) calls to serve a feed:
    with the ledger from :func:`load_ledger` the bytes equal the file
    the build wrote. Raises :class:`ExportError` for an unknown name.
    """
    name = name.removesuffix(".ics")
    if name.startswith("kind-"):
        name = name.replace("_", "-")
    available = feeds(timeline, include_imprecise=include_imprecise)
    for feed in available:
        if feed.name == name:
            return calendar_bytes(
                feed.select(timeline),
                name=feed.title,
                description=feed.description,
                url=url,
                include_imprecise=include_imprecise,
                ledger=ledger,
            )
    names = ", ".join(f.name for f in available)
    raise ExportError(f"no calendar feed named {name!r}; the feeds are: {names}")


def feed_keys(event: Event) -> tuple[tuple[FeedType, str | None], ...]:
    """The feeds that carry an event, as ``(type, key)``: every event's, then its own.

    The same events :attr:`Feed.selection` selects (the tests check it):
    its kind, its countries, its organizations.
    """
    return _feed_keys(event.kind, tuple([(p.type, p.id) for p in event.participants]))


@lru_cache(maxsize=4096)
def _feed_keys(
    kind: EventKind, sides: tuple[tuple[ActorType, str], ...]
) -> tuple[tuple[FeedType, str | None], ...]:
    # the same kind and sides recur across a timeline: their feeds are listed once each
    keys: list[tuple[FeedType, str | None]] = [("all", None), ("kind", str(kind))]
    for actor_type, code in sorted(set(sides)):  # each country and organization once
        if actor_type is ActorType.country:
            keys.append(("country", code))
        elif actor_type is ActorType.organization:
            keys.append(("organization", code))
    return tuple(keys)


def render_files(timeline: Timeline, options: RenderOptions) -> dict[str, bytes]:
    """Every feed and the feed index, by path under ``exports/``.

    Each VEVENT is written once (with the ledger's revision, recording new
    and changed events with ``options.today``) into every feed that carries
    it (:func:`feed_keys`), by :func:`~timeline.ics.calendar.render_feeds`,
    on every core for a large timeline. Given the same events and the same
    ledger, the bytes are identical.
    """
    spanned = _spanned(timeline, options, spans=False)
    return {path: file.data() for path, file in spanned.items()}


def _spanned(
    timeline: Timeline, options: RenderOptions, *, spans: bool = True
) -> dict[str, SpannedFile]:
    """Every feed as its envelope around one span per VEVENT, and the feed index
    (without ``spans``, a render outside a build, the VEVENTs' keys are left out)."""
    include_imprecise = options.include_imprecise
    # a build's writer writes each feed once, in order: the VEVENTs read as it is written
    later = spans and options.streamed
    rendered = render_feeds(
        timeline.events,
        feeds_of=feed_keys,
        agreements={a.id: a for a in timeline.agreements},
        ledger=options.ledger,
        today=options.today,
        include_imprecise=include_imprecise,
        content_hashes=options.content_hashes,
        jobs=options.jobs,
        spans=spans,
        later=later,
    )
    countries: list[str] = []
    organizations: list[str] = []
    kinds: list[EventKind] = []
    for feed_type, code in rendered.counts:
        if code is None:  # every event's feed
            continue
        if feed_type == "country":
            countries.append(code)
        elif feed_type == "organization":
            organizations.append(code)
        elif feed_type == "kind":
            kinds.append(EventKind(code))
    available = feeds_for(countries, organizations, kinds, include_imprecise=include_imprecise)
    out: dict[str, SpannedFile] = {}
    for feed in available:
        feed_key = (feed.type, feed.key)
        head, end = envelope(
            name=feed.title if feed.type != "all" or not options.title else options.title,
            description=feed.description,
            url=options.base_url,
        )
        lengths = rendered.lengths.get(feed_key, array("Q"))
        keys = rendered.keys.get(feed_key, [])
        if later:  # the spans complete now, the bytes read as the file is written
            stream = chain([head], rendered.read(feed_key), [end])
            out[feed.path] = SpannedFile([head, end], [Section([], lengths, keys)], stream=stream)
        else:
            vevents = Section(rendered.vevents(feed_key), lengths, keys)
            out[feed.path] = SpannedFile([head, end], [vevents])
    counts = {feed.path: rendered.count((feed.type, feed.key)) for feed in available}
    omitted = len(timeline.events) - rendered.shown
    out[INDEX_PATH] = SpannedFile([_index_bytes(available, counts, omitted, include_imprecise)])
    return out


def _index_bytes(
    available: list[Feed], counts: Mapping[str, int], omitted: int, include_imprecise: bool
) -> bytes:
    """``calendars/index.json``: every feed with its path, title and number of events."""
    listing = {
        "include_imprecise": include_imprecise,
        "omitted_imprecise": omitted,
        "media_type": MEDIA_TYPE,
        "feeds": [
            {
                "path": feed.path,
                "name": feed.name,
                "type": feed.type,
                "key": feed.key,
                "title": feed.title,
                "events": counts[feed.path],
            }
            for feed in available
        ],
    }
    return (json.dumps(listing, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


_ALL_PATH = "timeline.ics"


def _reframe(path: str, spanned: SpannedFile, context: FrameContext) -> list[bytes] | None:
    """A feed left without events is removed (the feed of every event stays)."""
    if path.endswith(".ics") and path != _ALL_PATH and not len(spanned.sections[0]):
        return None
    return spanned.parts


def _derived(views: Mapping[str, SpannedFile], context: FrameContext) -> dict[str, bytes]:
    """The feed index of the spliced feeds."""
    include_imprecise = context.options.include_imprecise
    counts = {path: len(view.sections[0]) for path, view in views.items() if view.sections}
    found = [feed_named(Path(path).stem, include_imprecise=include_imprecise) for path in counts]
    countries = [f.key for f in found if f is not None and f.type == "country" and f.key]
    organizations = [f.key for f in found if f is not None and f.type == "organization" and f.key]
    kinds = [EventKind(f.key) for f in found if f is not None and f.type == "kind" and f.key]
    available = feeds_for(countries, organizations, kinds, include_imprecise=include_imprecise)
    omitted = context.events - counts.get(_ALL_PATH, 0)
    return {INDEX_PATH: _index_bytes(available, counts, omitted, include_imprecise)}


def _render(timeline: Timeline, options: RenderOptions) -> bytes:
    """One calendar of every event given: ``timeline.ics`` (or a feed, by its title)."""
    return calendar_bytes(
        timeline,
        name=options.title or ALL_TITLE,
        description=options.description or _ABOUT + _dates_note(options.include_imprecise),
        url=options.base_url,
        include_imprecise=options.include_imprecise,
        ledger=options.ledger,
        today=options.today,
    )


#: iCalendar feeds (RFC 5545): every event, and one feed per country, organization, kind.
FORMAT = Format(
    name="ics",
    media_type=MEDIA_TYPE,
    path="timeline.ics",
    description="iCalendar feeds (RFC 5545) to subscribe to: every event, and one per "
    "country, organization and kind under calendars/",
    render=_render,
    render_files=render_files,
    folder="calendars",
    uses_ledger=True,
    splice=SpliceRule(_spanned, _reframe, _derived),
)
