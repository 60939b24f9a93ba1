"""A set of events and agreements: the unit every loader returns and every exporter takes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from .errors import DataError, DataErrors, TimelineError
from .filters import Filter
from .model import Agreement, Event

if TYPE_CHECKING:
    import pandas

__all__ = ["Timeline", "dangling_references"]


@dataclass(repr=False)
class Timeline(Sequence[Event]):
    """Events in date order, and the agreements they refer to: a sequence of events.

    ``len``, indexing, slicing (a slice is a :class:`Timeline` again) and
    iteration all go in date order (start, then the wider interval first,
    then id).

    >>> from timeline import load_events
    >>> tl = load_events("events")
    >>> tl                                              # doctest: +ELLIPSIS
    <Timeline: 35 events, 2009-01-01 to ..., 8 agreements>
    >>> tl[0].id, str(tl[0].date)
    ('2009-founding-ots', '2009')
    >>> tl[-3:]                                         # doctest: +ELLIPSIS
    <Timeline: 3 events, ... to ..., ... agreements>
    """

    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.events = sorted(self.events, key=lambda e: (e.date.sort_key, e.id))
        self.agreements = sorted(self.agreements, key=lambda a: a.id)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> Timeline: ...

    def __getitem__(self, index: int | slice) -> Event | Timeline:
        """``tl[0]`` is the earliest event; ``tl[-5:]`` the five latest, as a Timeline."""
        if isinstance(index, slice):
            return self._with(self.events[index])
        return self.events[index]

    def __repr__(self) -> str:
        if not self.events:
            return f"<Timeline: 0 events, {len(self.agreements)} agreements>"
        first = min(e.date.start for e in self.events).isoformat()
        last = max(e.date.end for e in self.events).isoformat()
        return (
            f"<Timeline: {len(self.events)} events, {first} to {last}, "
            f"{len(self.agreements)} agreements>"
        )

    def _with(self, events: list[Event]) -> Timeline:
        """A timeline of these events and the agreements they refer to."""
        used = {e.agreement for e in events if e.agreement}
        return Timeline(events, [a for a in self.agreements if a.id in used])

    def to_dicts(self) -> list[dict[str, Any]]:
        """One JSON-ready dict per event, in date order: the events of ``exports/timeline.json``.

        >>> from timeline import load_events
        >>> row = load_events("events").to_dicts()[0]
        >>> row["id"], row["date"]["start"], row["date"]["label"], row["kind"]
        ('2009-founding-ots', '2009-01-01', '2009', 'founding')
        """
        from .formats.timeline_json import to_json  # the one record shape of an exported event

        events: list[dict[str, Any]] = to_json(self)["events"]
        return events

    def to_dataframe(self) -> pandas.DataFrame:
        """A pandas DataFrame, one row per event, nested fields flattened with ``_``.

        Columns include ``id``, ``kind``, ``title``, ``status``, ``date_start``
        and ``date_end`` (datetime64), ``date_precision``, ``date_label``,
        ``countries`` and ``organizations`` (lists of codes), ``participants``
        and ``sources`` (lists of dicts). Needs pandas:
        ``pip install 'timeline[pandas]'``.
        """
        try:
            import pandas
        except ImportError:
            raise TimelineError(
                "Timeline.to_dataframe needs pandas: pip install 'timeline[pandas]'"
            ) from None
        rows = []
        for e, row in zip(self.events, self.to_dicts(), strict=True):
            row["countries"] = e.countries
            row["organizations"] = e.organizations
            rows.append(row)
        frame = pandas.json_normalize(rows, sep="_", max_level=1)
        for column in ("date_start", "date_end"):
            if column in frame:
                frame[column] = pandas.to_datetime(frame[column])
        return frame

    def event(self, event_id: str) -> Event:
        """The event with this id; ``KeyError`` when there is none."""
        for e in self.events:
            if e.id == event_id:
                return e
        raise KeyError(event_id)

    def agreement(self, agreement_id: str) -> Agreement:
        """The agreement with this id; ``KeyError`` when there is none."""
        for a in self.agreements:
            if a.id == agreement_id:
                return a
        raise KeyError(agreement_id)

    def lifecycle(self, agreement_id: str) -> list[Event]:
        """The events of one agreement (signing, ratification, entry into force), in order."""
        return [e for e in self.events if e.agreement == agreement_id]

    def check(self) -> None:
        """Raise :class:`DataErrors` for duplicate ids and dangling references."""
        problems: list[DataError] = []
        seen: set[str] = set()
        for e in self.events:
            if e.id in seen:
                problems.append(DataError(f"duplicate event id {e.id!r}", field="id"))
            seen.add(e.id)
        known = {a.id for a in self.agreements}, {e.id for e in self.events}
        for e, field_name, _index, target in dangling_references(self.events, *known):
            what = "names agreement" if field_name == "agreement" else "is related to"
            problems.append(
                DataError(
                    f"event {e.id!r} {what} {target!r}, which is not defined", field=field_name
                )
            )
        if problems:
            raise DataErrors(problems)

    def filter(self, selection: Filter | None = None, /, **conditions: Any) -> Timeline:
        """A new :class:`Timeline` with the events that match every given condition.

        Give a :class:`~timeline.filters.Filter`, or its keywords: ``kind``,
        ``status``, ``country``, ``organization``, ``participant`` (one value or
        a list; codes, names or aliases in any case), ``since``/``until``
        (dates or ISO strings; events whose interval overlaps the range) and
        ``text`` (words in the title, summary or a quote). An unknown value
        raises :class:`~timeline.errors.UsageError`. Agreements referenced by
        the kept events are kept.

        >>> from timeline import load_events
        >>> visits = load_events("events").filter(kind="visit", since="2022-01-01")
        >>> {e.kind.value for e in visits}, min(e.date.end for e in visits).year >= 2022
        ({'visit'}, True)
        """
        if selection is None:
            selection = Filter.of(**conditions)
        elif conditions:
            raise TypeError("give a Filter or keyword conditions, not both")
        if not selection:
            return Timeline(list(self.events), list(self.agreements))
        return self._with([e for e in self.events if selection.matches(e)])


def dangling_references(
    events: Iterable[Event], agreement_ids: set[str], event_ids: set[str]
) -> Iterator[tuple[Event, str, int | None, str]]:
    """Every reference to an undefined agreement or event: (event, field, index, target).

    ``field`` is ``"agreement"`` (index None) or ``"related"`` (index into the list).
    The one rule behind :meth:`Timeline.check` and the events/ loader's messages.
    """
    for e in events:
        if e.agreement and e.agreement not in agreement_ids:
            yield e, "agreement", None, e.agreement
        for i, rel in enumerate(e.related):
            if rel not in event_ids:
                yield e, "related", i, rel
