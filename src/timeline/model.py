"""The typed event model: the single source of truth.

Validation of events/ files, the JSON Schema in ``exports/schema/``, the
field reference in ``docs/model.md`` and the SQLite columns all come from the
classes here. An :class:`Event` is one dated political or diplomatic event;
its :class:`EventDate` is an inclusive interval with a precision, because news
dates are often imprecise ("in the end of May", "this fall", "in 2024");
:class:`Source` carries the exact quote and character offsets that prove it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Self, cast
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    computed_field,
    field_validator,
    model_validator,
)

from .errors import TimexError
from .gazetteer.codes import (
    country_name,
    is_country,
    organization,
    unknown_country,
    unknown_organization,
)
from .timex import DateMod, Precision, date_range_problem, interval_for, value_for
from .urls import url_problem

__all__ = [
    "KIND_EXAMPLES",
    "MONTH_NAMES",
    "SCHEMA_VERSION",
    "ActorType",
    "Agreement",
    "AgreementType",
    "DateMod",
    "Event",
    "EventDate",
    "EventKind",
    "Location",
    "Participant",
    "Precision",
    "ReviewStatus",
    "Role",
    "Source",
    "Status",
    "make_event_id",
]

#: Version of the data model and of the JSON Schema generated from it.
#: Bump the minor version for additions, the major one for breaking changes.
#: 1.1.0 added the document's ``outlet``, ``title`` and ``published_inferred`` to a Source.
SCHEMA_VERSION = "1.1.0"

_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, Field(pattern=_SLUG, max_length=120)]
#: Largest integer SQLite stores (a signed 64-bit INTEGER): every integer field stays below it.
SQLITE_MAX_INTEGER = 2**63 - 1


class EventKind(StrEnum):
    """What kind of event this is. See :data:`KIND_EXAMPLES` for one sentence each."""

    summit = "summit"
    visit = "visit"
    meeting = "meeting"
    call = "call"
    signing = "signing"
    adoption = "adoption"
    ratification = "ratification"
    entry_into_force = "entry_into_force"
    statement = "statement"
    decree = "decree"
    exercise = "exercise"
    conflict = "conflict"
    founding = "founding"
    forum = "forum"
    other = "other"


#: One example sentence for each kind: documentation generated from the model.
KIND_EXAMPLES: dict[EventKind, str] = {
    EventKind.summit: "Erdoğan will attend the 10th summit of the Organization of Turkic States "
    "in Astana on Friday.",
    EventKind.visit: "On March 29-30, the Turkish President made a two-day official visit to "
    "Uzbekistan.",
    EventKind.meeting: "Erdoğan took part in the second meeting of the high-level Uzbek-Turkish "
    "Strategic Cooperation Council.",
    EventKind.call: "The presidents of Turkey and Tajikistan held a telephone conversation on "
    "May 3, 2022.",
    EventKind.signing: "The defense ministers of Kazakhstan and Turkey signed an agreement on "
    "military cooperation.",
    EventKind.adoption: "The OTS adopted the Regulation on the Union of International Road "
    "Transport Associations on November 20, 2024.",
    EventKind.ratification: "Azerbaijan has ratified an agreement facilitating customs "
    "procedures among OTS countries.",
    EventKind.entry_into_force: "The Agreement on a Simplified Customs Corridor came into effect "
    "on November 29, 2024.",
    EventKind.statement: "In April 2025, the region's countries signed a joint statement at the "
    "first EU-Central Asia summit.",
    EventKind.decree: "In October, Erdoğan signed a decree allowing foreigners of Turkic origin "
    "to work in public institutions.",
    EventKind.exercise: "A joint Uzbek-Turkish special forces exercise began in Termez on "
    "March 22.",
    EventKind.conflict: "In September 2022, fighting broke out on the Kyrgyz-Tajik border.",
    EventKind.founding: "The Organization of Turkic States was established in 2009.",
    EventKind.forum: "A Türkiye-Uzbekistan business forum was held in Tashkent on Tuesday.",
    EventKind.other: "Any other dated political event that fits none of the kinds above.",
}


class Status(StrEnum):
    """Whether the event happened, as the latest source tells it."""

    occurred = "occurred"
    planned = "planned"
    postponed = "postponed"
    cancelled = "cancelled"


class ActorType(StrEnum):
    """What a participant is."""

    country = "country"
    organization = "organization"
    person = "person"


class Role(StrEnum):
    """A participant's role where the text gives one (PLOVER's actor/recipient).

    ``visitor``/``host`` for visits, ``initiator``/``recipient`` for calls and
    proposals, ``signatory`` for signings, ``chair`` for a presiding party,
    ``participant`` otherwise.
    """

    participant = "participant"
    visitor = "visitor"
    host = "host"
    initiator = "initiator"
    recipient = "recipient"
    signatory = "signatory"
    chair = "chair"


class ReviewStatus(StrEnum):
    """Where a curated event stands in review.

    ``proposed`` events were written by extraction and may be replaced by a
    later extraction; ``reviewed`` events were checked (or written) by a person
    and are never overwritten by tools.
    """

    proposed = "proposed"
    reviewed = "reviewed"


class AgreementType(StrEnum):
    """What kind of document an agreement is."""

    agreement = "agreement"
    memorandum = "memorandum"
    protocol = "protocol"
    joint_statement = "joint_statement"
    declaration = "declaration"
    regulation = "regulation"
    treaty = "treaty"


# Finest first: a day sorts before the month that contains it when both start together.
_PRECISION_RANK = {p: rank for rank, p in enumerate(Precision)}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


#: English month names by number (``MONTH_NAMES[5] == "May"``): labels are English
#: whatever the process's locale, which ``strftime("%B")`` would follow.
MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_LABEL_PREFIXES: dict[DateMod | None, str] = {
    DateMod.start: "early ",
    DateMod.mid: "mid-",
    DateMod.end: "late ",
    DateMod.approximate: "around ",
    None: "",
}


#: The fields of an interval, derived from a TIMEX3 value when not given.
_INTERVAL = ("start", "end", "precision")

#: The ordinal of the last day ``date`` can hold: the wider interval sorts first.
_LAST_ORDINAL = date.max.toordinal()


class EventDate(_Model):
    """When: an inclusive interval of calendar dates with its precision.

    Give either the TIMEX3 ``value`` (with ``mod``) or ``start``/``end``/
    ``precision``; the rest is derived, and when both are given they must
    agree. Precision is never invented: "in 2024" is ``value: "2024"``, the
    whole of 2024 at year precision, never 2024-01-01.
    """

    start: date = Field(description="First day of the interval (ISO 8601 date).")
    end: date = Field(description="Last day of the interval, inclusive (ISO 8601 date).")
    precision: Precision = Field(description="Unit of the date as the text gives it.")
    mod: DateMod | None = Field(
        default=None,
        description="Part of the unit meant: start, mid, end (TimeML mod START/MID/END), "
        "or approximate (APPROX).",
    )
    value: str = Field(
        description="TIMEX3 value (TimeML 1.2.1): 2022-05-10, 2022-05, 2022-FA, 2022-Q3, "
        "2024, 199X; a range is two values joined by '/' (2022-03-29/2022-03-30).",
        examples=["2022-05-10", "2022-05", "2022-FA", "2024", "199X", "2022-03-29/2022-03-30"],
    )
    text: str | None = Field(
        default=None, description="The date as written in the source ('In the end of May')."
    )

    @model_validator(mode="before")
    @classmethod
    def _derive(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        if isinstance(data.get("value"), str) and all(data.get(k) is not None for k in _INTERVAL):
            return data  # nothing to derive (a record read back): _check says if they agree
        data = dict(data)
        if isinstance(data.get("value"), (date, int)):  # YAML reads 2022-05-10 and 2024 as such
            data["value"] = str(data["value"])
        value, mod = data.get("value"), data.get("mod")
        if not isinstance(mod, str | None):
            mod = None  # not a modifier at all: the mod field's own validation says so
        has_interval = all(data.get(k) is not None for k in _INTERVAL)
        if value is not None and not has_interval:
            try:
                iv = interval_for(str(value), mod)
            except TimexError as exc:
                raise ValueError(str(exc)) from None
            data.setdefault("start", iv.start)
            data.setdefault("end", iv.end)
            data.setdefault("precision", iv.precision)
            for key, got in (("start", iv.start), ("end", iv.end), ("precision", iv.precision)):
                if data.get(key) is None:
                    data[key] = got
        elif value is None and has_interval:
            try:
                start, end = (
                    date.fromisoformat(str(data["start"])),
                    date.fromisoformat(str(data["end"])),
                )
                data["value"] = value_for(start, end, Precision(data["precision"]))
            except (ValueError, TimexError) as exc:
                raise ValueError(f"no TIMEX3 value fits this interval: {exc}") from None
        return data

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.end < self.start:
            raise ValueError(
                f"date.end {self.end.isoformat()} is before date.start {self.start.isoformat()}"
            )
        try:
            iv = interval_for(self.value, self.mod)
        except TimexError as exc:
            raise ValueError(str(exc)) from None
        if (iv.start, iv.end, iv.precision) != (self.start, self.end, self.precision):
            raise ValueError(
                f"date {self.start.isoformat()}..{self.end.isoformat()} at {self.precision.value} "
                f"precision does not match value {self.value!r}"
                + (f" with mod {self.mod.value}" if self.mod else "")
                + f" ({iv.start.isoformat()}..{iv.end.isoformat()} at {iv.precision.value} "
                "precision): fix one of them, or give only the value"
            )
        return self

    @classmethod
    def from_value(cls, value: str, mod: DateMod | None = None, text: str | None = None) -> Self:
        """A date from a TIMEX3 value: ``EventDate.from_value("2022-05", DateMod.end)``.

        Validated once per set of plain values (:func:`_validated_date`) and given out as
        a copy: extraction asks for the same value again and again (each timex is read by
        the sentence loop, the usable dates and the report days)."""
        if (
            type(value) is str
            and (mod is None or type(mod) is DateMod)
            and (text is None or type(text) is str)
        ):
            return cast(Self, _validated_date(cls, value, mod, text).model_copy())
        return cls.model_validate({"value": value, "mod": mod, "text": text})

    @classmethod
    def from_interval(
        cls, start: date, end: date, precision: Precision, text: str | None = None
    ) -> Self:
        """A date from whole units: ``EventDate.from_interval(d, d, Precision.day)``."""
        value = value_for(start, end, precision)
        return cls.model_validate({"value": value, "text": text})

    @computed_field(  # type: ignore[prop-decorator]
        description="Orders events: by start, then the wider interval first, so 'May 2022' "
        "heads the days of May 2022."
    )
    @property
    def sort_key(self) -> str:
        # read for every event by every sort and by the feeds' order checks: plain ordinals
        return f"{self.start.isoformat()}~{_LAST_ORDINAL - self.end.toordinal():07d}"

    def label(self) -> str:
        """The date for people, showing exactly the precision it has.

        >>> EventDate.from_value("2022-05", DateMod.end).label()
        'late May 2022'
        >>> EventDate.from_value("2022-03-29/2022-03-30").label()
        '29–30 March 2022'
        >>> EventDate.from_value("2003-03/2003-06").label()
        'March–June 2003'
        >>> EventDate.from_value("2009/2011").label()
        '2009–2011'
        """
        s, e = self.start, self.end
        prefix = _LABEL_PREFIXES[self.mod]
        p = self.precision
        if p is Precision.day:
            if s == e:
                return f"{s.day} {MONTH_NAMES[s.month]} {s.year}"
            if (s.year, s.month) == (e.year, e.month):
                return f"{s.day}–{e.day} {MONTH_NAMES[s.month]} {s.year}"
            if s.year == e.year:
                return f"{s.day} {MONTH_NAMES[s.month]} – {e.day} {MONTH_NAMES[e.month]} {e.year}"
            return (
                f"{s.day} {MONTH_NAMES[s.month]} {s.year} – {e.day} {MONTH_NAMES[e.month]} {e.year}"
            )
        if p is Precision.week:
            return f"{prefix}week of {s.day} {MONTH_NAMES[s.month]} {s.year}"
        if p is Precision.month:
            base = f"{MONTH_NAMES[s.month]} {s.year}"
        elif p is Precision.season:
            name = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[
                interval_for(self.value).start.month
            ]
            base = f"{name} {s.year}"
        elif p is Precision.quarter:
            base = f"Q{(s.month - 1) // 3 + 1} {s.year}"
        elif p is Precision.half:
            base = f"H{(s.month - 1) // 6 + 1} {s.year}"
        elif p is Precision.year:
            base = f"{s.year}"
        elif p is Precision.decade:
            base = f"the {s.year // 10 * 10}s"
        else:
            base = f"the {s.year // 100 + 1}th century"
        if "/" in self.value and p is not Precision.season:
            # a range of months, quarters, years ... ("2003-03/2003-06"): both ends
            if p is Precision.month and s.year == e.year:
                base = f"{MONTH_NAMES[s.month]}–{MONTH_NAMES[e.month]} {s.year}"
            elif p is Precision.year:
                base = f"{s.year}–{e.year}"
            else:
                last = EventDate.from_value(self.value.split("/", 1)[1]).label()
                base = f"{base} – {last}"
        if self.mod is DateMod.mid:
            return f"mid-{base}"
        return prefix + base

    def contains(self, day: date) -> bool:
        """True when ``day`` lies in this interval."""
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        """Number of days in the interval."""
        return (self.end - self.start).days + 1

    @property
    def end_exclusive(self) -> date:
        """The day after :attr:`end` (iCalendar's DTEND for all-day events, RFC 5545 3.6.1)."""
        return self.end + timedelta(days=1)

    # Dates order by start, then end, then precision (finest first), so that
    # ``sorted(timeline, key=lambda e: e.date)`` works and two dates that cover
    # the same days at different precisions still have a stable order.
    def _order(self) -> tuple[date, date, int]:
        return (self.start, self.end, _PRECISION_RANK[self.precision])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, EventDate):
            return NotImplemented
        return self._order() < other._order()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, EventDate):
            return NotImplemented
        return self._order() <= other._order()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, EventDate):
            return NotImplemented
        return self._order() > other._order()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, EventDate):
            return NotImplemented
        return self._order() >= other._order()

    def __str__(self) -> str:
        """The label: ``str(EventDate.from_value("2022-05"))`` is ``'May 2022'``."""
        return self.label()


@lru_cache(maxsize=4096)
def _validated_date(
    cls: type[EventDate], value: str, mod: DateMod | None, text: str | None
) -> EventDate:
    """``cls.model_validate`` of these values, validated once (an LRU of 4,096 sets of
    values): :meth:`EventDate.from_value` gives out copies, never this model itself, so
    no caller shares (or can change) another's date. A value that is no TIMEX3 value
    raises each time (an exception is not cached)."""
    return cls.model_validate({"value": value, "mod": mod, "text": text})


class Participant(_Model):
    """A country, organization or person taking part in an event.

    Countries are ISO 3166-1 alpha-2 codes (``TR``); organizations are the
    codes of ``data/organizations.yaml`` (``OTS``, also for the Turkic Council
    and CCTS); people are slugs (``recep-tayyip-erdogan``) with the country
    they act for.
    """

    id: str = Field(
        description="ISO 3166-1 alpha-2 code for a country, organization code, or a person's slug.",
        examples=["TR", "OTS", "recep-tayyip-erdogan"],
    )
    name: str = Field(default="", description="Display name; filled from the gazetteer.")
    type: ActorType
    role: Role = Role.participant
    country: str | None = Field(
        default=None, description="For people: the ISO 3166-1 alpha-2 code they act for."
    )
    title: str | None = Field(
        default=None, description="For people: their office as the text gives it."
    )

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.type is ActorType.country:
            if not is_country(self.id):
                raise ValueError(unknown_country(self.id))
            if not self.name:
                self.name = country_name(self.id) or self.id
        elif self.type is ActorType.organization:
            org = organization(self.id)
            if org is None:
                raise ValueError(unknown_organization(self.id))
            if not self.name:
                self.name = org.name
        else:
            if not re.match(_SLUG, self.id):
                raise ValueError(
                    f"person id {self.id!r} is not a slug: use lower-case words joined by "
                    "hyphens, such as recep-tayyip-erdogan"
                )
            if not self.name:
                raise ValueError(f"person {self.id!r} needs a name")
        if self.country is not None and not is_country(self.country):
            raise ValueError(f"unknown country code {self.country!r} for {self.id!r}")
        if self.country is not None and self.type is not ActorType.person:
            raise ValueError(f"only a person has a country; {self.id!r} is a {self.type.value}")
        return self


class Location(_Model):
    """Where: a named place with its country and GeoNames coordinates."""

    name: str = Field(description="Place name as commonly written in English ('Tashkent').")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geonames_id: int | None = Field(
        default=None, ge=1, le=SQLITE_MAX_INTEGER, description="GeoNames id of the place."
    )

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is not None and not is_country(v):
            raise ValueError(f"unknown country code {v!r}: use an ISO 3166-1 alpha-2 code")
        return v

    @model_validator(mode="after")
    def _pair(self) -> Self:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give both latitude and longitude, or neither")
        return self


class Source(_Model):
    """The evidence: where in which document the event is told, word for word."""

    document: str = Field(
        description="Document id: the corpus file's name without its extension.",
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
    )
    outlet: str | None = Field(
        default=None, description="Who published the document: the site, paper or agency."
    )
    title: str | None = Field(default=None, description="The document's headline.")
    published: date | None = Field(default=None, description="The document's publication date.")
    published_inferred: bool = Field(
        default=False,
        description="True when the document states no date and ``published`` was inferred "
        "from its text (see docs/corpus.md).",
    )
    quote: str = Field(min_length=1, description="The exact text, as in the file.")
    start: int = Field(
        ge=0,
        le=SQLITE_MAX_INTEGER,
        description="Offset of the quote's first character in the file.",
    )
    end: int = Field(
        ge=1, le=SQLITE_MAX_INTEGER, description="Offset just past the quote's last character."
    )
    url: str | None = Field(
        default=None,
        description="Where the document was published: an absolute http(s) URL (no other "
        "scheme is published as a link).",
    )

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    @field_validator("url")
    @classmethod
    def _web_url(cls, v: str | None) -> str | None:
        if v is not None:
            problem = url_problem(v)
            if problem is not None:
                raise ValueError(problem)
        return v

    @field_validator("published")
    @classmethod
    def _published_in_range(cls, v: date | None) -> date | None:
        if v is not None:
            problem = date_range_problem(v)
            if problem is not None:
                raise ValueError(problem)
        return v

    @model_validator(mode="after")
    def _span(self) -> Self:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"quote is {len(self.quote)} characters but start..end "
                f"{self.start}..{self.end} spans {self.end - self.start}"
            )
        return self

    def citation(self) -> str:
        """How exports cite the document: outlet, “title”, publication date.

        ``News.Az, “Turkiye and Central Asia: ...”, published 2024-11-04``; the
        outlet falls back to the URL's host, then to the document id; an
        inferred date says so (``published 2022-05-21, inferred from the text``).
        The URL is not part of it: each format links it its own way.
        """
        outlet = self.outlet
        if not outlet:  # the URL is parsed only when needed: exports cite every source
            host = urlsplit(self.url).hostname if self.url else None
            outlet = host.removeprefix("www.") if host else self.document
        parts = [outlet]
        if self.title:
            parts.append(f"“{self.title}”")
        if self.published is not None:
            day = f"published {self.published.isoformat()}"
            parts.append(day + (", inferred from the text" if self.published_inferred else ""))
        return ", ".join(parts)


class Agreement(_Model):
    """An agreement, memorandum, protocol, joint statement, declaration or regulation.

    Its lifecycle (signing, adoption, ratification, entry into force) is the
    events whose ``agreement`` field names it; see
    :meth:`timeline.Timeline.lifecycle`.
    """

    id: Slug = Field(description="Stable slug, e.g. 'ots-simplified-customs-corridor'.")
    title: str
    type: AgreementType
    parties: list[str] = Field(
        default_factory=list, description="Country and organization codes of the parties."
    )

    @field_validator("parties")
    @classmethod
    def _parties(cls, v: list[str]) -> list[str]:
        for code in v:
            if not (is_country(code) or organization(code)):
                raise ValueError(f"unknown party {code!r}: use a country or organization code")
        return sorted(set(v))


class Event(_Model):
    """One dated political or diplomatic event, with the evidence for it."""

    id: Slug = Field(
        description="Stable id from the event's identity (date, kind, countries and "
        "organizations); calendar UIDs and URLs use it.",
        examples=["2022-03-29-visit-tr-uz"],
    )
    kind: EventKind
    title: str = Field(min_length=1)
    summary: str = ""
    date: EventDate
    status: Status
    participants: list[Participant] = Field(default_factory=list)
    location: Location | None = None
    sources: list[Source] = Field(min_length=1, description="At least one quote proves it.")
    tags: list[str] = Field(default_factory=list)
    agreement: str | None = Field(
        default=None,
        pattern=_SLUG,
        description="Id of the agreement this event is a signing, adoption, ratification or "
        "entry into force of.",
    )
    related: list[str] = Field(
        default_factory=list,
        description="Ids of related events (a signing 'during' a summit), linked, not merged.",
    )
    review: ReviewStatus = Field(
        default=ReviewStatus.proposed,
        description="'reviewed' when a person checked it: tools never overwrite it.",
    )

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("id"):
            try:
                date_ = EventDate.model_validate(data.get("date"))
                parts = [Participant.model_validate(p) for p in data.get("participants") or []]
                data = {**data, "id": make_event_id(EventKind(str(data.get("kind"))), date_, parts)}
            except (ValueError, TypeError):
                return data  # the field validators report what is wrong
        return data

    @model_validator(mode="after")
    def _imply_countries(self) -> Self:
        """People imply their countries: Erdoğan's presence makes TR a participant."""
        if not any(p.country for p in self.participants):  # only people have one
            return self
        present = {p.id for p in self.participants}
        for p in list(self.participants):
            if p.type is ActorType.person and p.country and p.country not in present:
                self.participants.append(
                    Participant(id=p.country, type=ActorType.country, role=p.role)
                )
                present.add(p.country)
        return self

    def actor_ids(self, *types: ActorType) -> list[str]:
        """Ids of the participants of these types (all types when none given)."""
        return [p.id for p in self.participants if not types or p.type in types]

    @property
    def countries(self) -> list[str]:
        """ISO codes of the countries taking part, sorted."""
        return sorted(set(self.actor_ids(ActorType.country)))

    @property
    def organizations(self) -> list[str]:
        """Codes of the organizations taking part, sorted."""
        return sorted(set(self.actor_ids(ActorType.organization)))


def make_event_id(kind: EventKind, date_: EventDate, participants: Iterable[Participant]) -> str:
    """The id an event gets from its identity: when, what, and which states.

    >>> d = EventDate.from_value("2022-03-29/2022-03-30")
    >>> make_event_id(EventKind.visit, d, [Participant(id="UZ", type="country"),
    ...                                    Participant(id="TR", type="country")])
    '2022-03-29-visit-tr-uz'

    People do not enter the id (their countries do), so naming one more
    minister does not change it. Collisions within a dataset are resolved by
    :func:`timeline.Timeline` adding ``-2``, ``-3``.
    """
    when = date_.start.isoformat() if date_.precision is Precision.day else date_.value
    codes: set[str] = set()
    for p in participants:
        if p.type is ActorType.person:
            if p.country:
                codes.add(p.country)
        else:
            codes.add(p.id)
    who = "-".join(sorted(c.lower() for c in codes)[:6])
    raw = f"{when}-{kind.value.replace('_', '-')}" + (f"-{who}" if who else "")
    return re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")
