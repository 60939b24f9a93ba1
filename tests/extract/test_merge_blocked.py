"""The blocked merge finds the same clusters as comparing every mention with every cluster."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.corpus import read_corpus
from timeline.extract import extract_mentions
from timeline.merge import _cells, merge_events
from timeline.model import Event

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("folder", ["corpus", "tests/data/corpus/extra"])
def test_blocked_merge_equals_exhaustive_on_the_test_corpora(repo_root: Path, folder: str) -> None:
    mentions: list[Event] = []
    for doc in read_corpus([repo_root / folder]):
        mentions.extend(extract_mentions(doc)[0])
    assert len(mentions) > 20
    blocked = merge_events(mentions)
    assert blocked.events == merge_events(mentions, exhaustive=True).events
    assert len(blocked) < len(mentions)  # the corpus does tell events more than once


#: Nested and overlapping TIMEX3 values: a decade, years, a season, months, weeks, days.
_VALUES = [
    "202X",
    "2021",
    "2022",
    "2022-SU",
    "2022-05",
    "2022-06",
    "2022-W19",
    "2022-05-10",
    "2022-05-11",
    "2022-06-30",
    "2021-12-31",
]


@st.composite
def _mention(draw: st.DrawFn, number: int) -> Event:
    kind = draw(st.sampled_from(["visit", "meeting", "signing"]))
    countries = draw(st.lists(st.sampled_from(["KZ", "TR", "UZ", "AZ"]), max_size=3, unique=True))
    document = draw(st.sampled_from(["a", "b", "c"]))
    start = draw(st.sampled_from([0, 20, 40]))
    data: dict[str, Any] = {
        "id": f"m{number}-{document}",
        "kind": kind,
        "title": f"{kind} {number}",
        "date": {"value": draw(st.sampled_from(_VALUES))},
        "status": "occurred",
        "participants": [{"id": c, "type": "country"} for c in countries],
        "sources": [{"document": document, "quote": "x" * 10, "start": start, "end": start + 10}],
    }
    if kind == "signing":
        data["agreement"] = draw(st.sampled_from([None, "kz-tr-media", "kz-tr-military"]))
    return Event.model_validate(data)


@st.composite
def _mentions(draw: st.DrawFn) -> list[Event]:
    count = draw(st.integers(min_value=0, max_value=30))
    return [draw(_mention(i)) for i in range(count)]


@settings(max_examples=150, deadline=None)
@given(_mentions())
def test_blocked_merge_equals_exhaustive_on_synthetic_mentions(mentions: list[Event]) -> None:
    assert merge_events(mentions).events == merge_events(mentions, exhaustive=True).events


#: The calendar cells as the blocked merge first computed them (one function per level).
_LEVELS_BEFORE = (
    lambda d: d.toordinal(),
    lambda d: d.year * 12 + d.month,
    lambda d: d.year,
    lambda d: d.year // 10,
    lambda d: d.year // 100,
    lambda d: 0,
)


@given(st.dates(), st.dates())
def test_calendar_cells_as_one_function_per_level_gave_them(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    level = next(i for i, cell in enumerate(_LEVELS_BEFORE) if cell(start) == cell(end))
    before = [(i, _LEVELS_BEFORE[i](start)) for i in range(level, len(_LEVELS_BEFORE))]
    assert _cells(start, end) == before
