"""The calendars and Atom give the same bytes rendered in one process or in several.

Large timelines are hashed, revised and written in worker processes
(:func:`timeline.ics.calendar.render_feeds`); the calling process records the
ledger's new entries and puts the pieces in calendar order. These tests force several processes on
the fixture events (spans of a few events each) and compare every file and
the ledger with a render in this process.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from timeline import Timeline
from timeline.formats import FORMATS, RenderOptions
from timeline.formats.ics_feeds import feed_keys
from timeline.ics.calendar import render_feeds, revisions
from timeline.ics.ledger import Ledger
from timeline.processes import map_shared


def _render(
    timeline: Timeline, ledger: Ledger, jobs: int, include_imprecise: bool
) -> tuple[dict[str, bytes], str]:
    files: dict[str, bytes] = {}
    options = RenderOptions(
        ledger=ledger,
        today=date(2026, 12, 1),
        include_imprecise=include_imprecise,
        content_hashes={},
        jobs=jobs,
    )
    for name in ("ics", "atom"):
        files |= FORMATS[name].files(timeline, options)
    return files, ledger.dumps()


@pytest.mark.parametrize("include_imprecise", [False, True])
@pytest.mark.parametrize("start", ["empty", "format 1"])
def test_several_processes_give_the_same_files_and_ledger(
    ics_timeline: Timeline, format1_ledger: Path, start: str, include_imprecise: bool
) -> None:
    ledger = Ledger() if start == "empty" else Ledger.load(format1_ledger)
    alone = _render(ics_timeline, ledger.copy(), 1, include_imprecise)
    spread = _render(ics_timeline, ledger.copy(), 2, include_imprecise)
    assert len(alone[0]) > 5
    assert spread == alone


def test_several_processes_revise_changed_events_as_one_does(ics_timeline: Timeline) -> None:
    ledger = Ledger()
    _render(ics_timeline, ledger, 1, False)  # every event recorded on the first day
    events = list(ics_timeline.events)
    shown = next(i for i, e in enumerate(events) if e.date.precision == "day")
    events[shown] = events[shown].model_copy(update={"title": events[shown].title + " (edited)"})
    edited = Timeline(events, ics_timeline.agreements)
    alone = _render(edited, ledger.copy(), 1, False)
    spread = _render(edited, ledger.copy(), 2, False)
    assert spread == alone
    assert b"SEQUENCE:1\r\n" in alone[0]["timeline.ics"]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("shuffle", ["reversed", "one swap"])
def test_events_out_of_calendar_order_are_rendered_in_it(
    ics_timeline: Timeline, jobs: int, shuffle: str
) -> None:
    """The spans check the order they are given (a Timeline's): other orders are sorted."""
    events = list(ics_timeline.events)
    given = events[::-1] if shuffle == "reversed" else [*events[:-2], events[-1], events[-2]]
    ledger, expected_ledger = Ledger(), Ledger()
    hashes: dict[str, str] = {}
    rendered = render_feeds(
        given,
        feeds_of=feed_keys,
        ledger=ledger,
        today=date(2026, 12, 1),
        jobs=jobs,
        content_hashes=hashes,
    )
    expected = render_feeds(
        events, feeds_of=feed_keys, ledger=expected_ledger, today=date(2026, 12, 1), jobs=1
    )
    assert [bytes(p) for p in rendered.vevents(("all", None))] != []
    assert b"".join(rendered.vevents(("all", None))) == b"".join(expected.vevents(("all", None)))
    assert rendered.counts == expected.counts and rendered.shown == expected.shown
    assert ledger.dumps() == expected_ledger.dumps() and len(hashes) == len(events)


def test_atom_alone_hashes_in_several_processes(ics_timeline: Timeline) -> None:
    agreements = {a.id: a for a in ics_timeline.agreements}
    day = date(2026, 12, 1)
    alone = revisions(ics_timeline.events, agreements=agreements, ledger=Ledger(), today=day)
    spread = revisions(
        ics_timeline.events, agreements=agreements, ledger=Ledger(), today=day, jobs=2
    )
    assert spread == alone and len(alone) == len(ics_timeline.events)
    backwards = revisions(
        ics_timeline.events[::-1], agreements=agreements, ledger=Ledger(), today=day, jobs=2
    )
    assert backwards == alone  # hashing needs no calendar order


def test_no_events_in_several_processes() -> None:
    rendered = render_feeds([], feeds_of=feed_keys, jobs=2)
    assert rendered.pieces == {} and rendered.shown == 0


def test_no_workers_are_started_by_themselves_beside_another_thread(
    ics_timeline: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A web server renders in a thread: forking it could copy a lock another thread holds."""
    from timeline.ics import calendar

    started: list[int] = []

    def spy(*args: object, **kwargs: object) -> object:
        started.append(1)
        return map_shared(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(calendar, "PARALLEL_FROM", 2)
    monkeypatch.setattr(calendar, "map_shared", spy)
    events = ics_timeline.events
    if threading.active_count() == 1:  # this test process runs no other thread
        render_feeds(events, feeds_of=feed_keys)
        assert started == [1]
    started.clear()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert render_feeds(events, feeds_of=feed_keys) == render_feeds(
            events, feeds_of=feed_keys, jobs=1
        )
    finally:
        stop.set()
        other.join()
    assert started == []
