"""Fuzzing the events loader: whatever a file holds, only a TimelineError may come out.

Three kinds of input, each written as ``events/2022/x.yaml`` beside nothing else:
arbitrary bytes; the valid event of tests/data/hostile/event.yaml with random
edits in YAML's own punctuation; and that event with random fields replaced by
random YAML values. ``TIMELINE_FUZZ_EXAMPLES`` sets how many inputs each test
draws (a few hundred by default; 10,000 for the run recorded in
docs/reliability.md).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.curated import load_events
from timeline.errors import TimelineError

FUZZ = settings(
    max_examples=int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Pieces of text that mean something to YAML, characters it forbids, and odd values.
YAML_PIECES = [
    *":-[]{},&*!|>'\"#%@`?~ \t\n\r.0123456789eExX+_/\\",
    *("\x00", "\x85", "\u2028", "\ufeff", "<<", "!!python/object:os.system", "!!binary"),
    *("0x", "1e400", ".nan", ".inf", "2022-02-30", "9999-12-31", "yes", "null"),
]


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "events"
    (root / "2022").mkdir(parents=True)
    return root


def _load(root: Path, data: bytes) -> None:
    (root / "2022" / "x.yaml").write_bytes(data)
    with contextlib.suppress(TimelineError):  # the one error allowed: it names file and line
        load_events(root)


@FUZZ
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(events: Path, data: bytes) -> None:
    _load(events, data)


edits = st.lists(
    st.tuples(
        st.integers(min_value=0),
        st.integers(min_value=0, max_value=8),
        st.lists(st.sampled_from(YAML_PIECES), max_size=4).map("".join),
    ),
    min_size=1,
    max_size=8,
)


@FUZZ
@given(edits)
def test_punctuation_edits_of_a_valid_event(
    events: Path, event_text: str, edit_list: list[tuple[int, int, str]]
) -> None:
    text = event_text
    for position, cut, insert in edit_list:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + cut :]
    _load(events, text.encode("utf-8", "surrogatepass"))


yaml_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=20),
        st.dates(),
        st.sampled_from(["9999", "2022-05-10T99:99", "javascript:alert(1)", "TR", "KZ", "day"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = [
    ("id",),
    ("kind",),
    ("title",),
    ("date",),
    ("date", "value"),
    ("date", "mod"),
    ("date", "start"),
    ("date", "precision"),
    ("status",),
    ("participants",),
    ("participants", 0),
    ("participants", 0, "id"),
    ("participants", 0, "role"),
    ("location",),
    ("location", "geonames_id"),
    ("location", "latitude"),
    ("sources",),
    ("sources", 0, "url"),
    ("sources", 0, "start"),
    ("sources", 0, "published"),
    ("tags",),
    ("related",),
    ("agreement",),
    ("review",),
    ("extra",),
]


def _set(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    """Put ``value`` at ``path`` in ``data`` when the path exists up to its last step."""
    target = data
    for step in path[:-1]:
        try:
            target = target[step]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if isinstance(target, dict) or (
        isinstance(target, list) and isinstance(last, int) and last < len(target)
    ):
        target[last] = value


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(FIELDS), yaml_values), min_size=1, max_size=5))
def test_random_values_in_a_valid_event(
    events: Path, event_text: str, changes: list[tuple[tuple[str | int, ...], Any]]
) -> None:
    data = yaml.safe_load(event_text)
    for path, value in changes:
        _set(data, path, value)
    _load(events, yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass"))
