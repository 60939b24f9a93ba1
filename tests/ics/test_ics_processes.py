"""The calendars and Atom give the same bytes rendered in one process or in several.

Large timelines are hashed and written in worker processes
(:func:`timeline.ics.calendar.render_events`); the ledger is revised in the
calling process, in calendar order. These tests force several processes on
the fixture events (spans of a few events each) and compare every file and
the ledger with a render in this process.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline import Timeline
from timeline.formats import FORMATS, RenderOptions
from timeline.ics.calendar import render_events, revisions
from timeline.ics.ledger import Ledger


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


def test_atom_alone_hashes_in_several_processes(ics_timeline: Timeline) -> None:
    agreements = {a.id: a for a in ics_timeline.agreements}
    day = date(2026, 12, 1)
    alone = revisions(ics_timeline.events, agreements=agreements, ledger=Ledger(), today=day)
    spread = revisions(
        ics_timeline.events, agreements=agreements, ledger=Ledger(), today=day, jobs=2
    )
    assert spread == alone and len(alone) == len(ics_timeline.events)


def test_no_events_in_several_processes() -> None:
    assert render_events([], jobs=2) == {}
