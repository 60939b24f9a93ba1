"""The index of the last build gives each actor the row a full build gives it.

A full build makes an actor's row from its participants in the events' order: the
first with a title, else the first (:func:`timeline.store.actor_rows`). The index
(:meth:`timeline.last_build.LastBuild.actor_rows_of`) finds the same row by looking
the actor up in its table; here random participants lose their titles (or get an
empty one), so the first with a title moves about, and both must agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.curated import load_events
from timeline.last_build import LastBuild
from timeline.store import actor_rows


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blanks=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from([None, ""]))))
def test_the_index_chooses_each_actors_row_as_a_full_build(
    repo_root: Path, tmp_path_factory: pytest.TempPathFactory, blanks: list[tuple[int, str | None]]
) -> None:
    timeline = load_events(repo_root / "events")
    titled = [
        (i, j)
        for i, e in enumerate(timeline.events)
        for j, p in enumerate(e.participants)
        if p.title
    ]
    assert titled  # the curated events name people with titles
    events = list(timeline.events)
    for pick, blank in blanks:
        i, j = titled[pick % len(titled)]
        participants = list(events[i].participants)
        participants[j] = participants[j].model_copy(update={"title": blank})
        events[i] = events[i].model_copy(update={"participants": participants})
    edited = Timeline(events, timeline.agreements)
    index = LastBuild(tmp_path_factory.mktemp("index") / "cache.db")
    try:
        index.record_all(repo_root / "events", edited, {})
        expected = actor_rows(edited)
        named = {p.id for e in edited.events for p in e.participants}
        parties = {code for a in edited.agreements for code in a.parties}
        assert index.actor_rows_of(set(expected), parties) == expected
        assert named <= set(expected)
    finally:
        index.close()
