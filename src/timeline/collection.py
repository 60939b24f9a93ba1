"""A set of events and agreements: the unit every loader returns and every exporter takes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import DataError, DataErrors
from .filters import Filter
from .model import Agreement, Event

__all__ = ["Timeline", "dangling_references"]


@dataclass
class Timeline:
    """Events (sorted by date) and the agreements they refer to.

    >>> from timeline import load_events
    >>> tl = load_events("events")                       # doctest: +SKIP
    >>> tl.filter(country="KZ", kind="visit").events     # doctest: +SKIP
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
        """
        if selection is None:
            selection = Filter.of(**conditions)
        elif conditions:
            raise TypeError("give a Filter or keyword conditions, not both")
        if not selection:
            return Timeline(list(self.events), list(self.agreements))
        events = [e for e in self.events if selection.matches(e)]
        used = {e.agreement for e in events if e.agreement}
        return Timeline(events, [a for a in self.agreements if a.id in used])


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
