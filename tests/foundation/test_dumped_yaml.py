"""The reader of the YAML subset `dump_event` writes: PyYAML's values, or PyYAML reads it.

`yaml_files._DumpedReader` reads the event files without PyYAML when they are in the
subset PyYAML's emitter writes for `dump_event`; anything else goes to PyYAML. So for
every text, a value it gives must be PyYAML's, with the same types, and a text it is not
sure of must give PyYAML's value or message (the one-pass reader's, which the full
reader's equals: tests/foundation/test_event_files_loading.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.curated import load_events
from timeline.errors import DataError
from timeline.event_writer import dump_event
from timeline.model import Agreement, Event
from timeline.yaml_files import _DumpedReader, _NotDumped, parse_yaml


def _subset(text: str) -> object:
    try:
        return _DumpedReader(text).document()
    except _NotDumped:
        return _NotDumped


def _fast(text: str) -> object:
    """What a build reads (the subset reader first, then PyYAML's one pass)."""
    try:
        return parse_yaml(text.encode(), "x.yaml", with_lines=False)[0]
    except DataError as exc:
        return f"error: {exc}"


def _full(text: str) -> object:
    """What the reader with lines gives (PyYAML alone)."""
    try:
        return parse_yaml(text.encode(), "x.yaml", with_lines=True)[0]
    except DataError as exc:
        return f"error: {exc}"


def _same(a: object, b: object) -> bool:
    """Equal, with the same type at every place (``1 == 1.0 == True`` is not enough)."""
    return a == b and repr(a) == repr(b)


def _dump(value: object) -> str:
    """As `dump_event` writes (its options)."""
    return yaml.safe_dump(
        value, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )


def test_every_curated_event_is_read_by_the_subset_reader_as_pyyaml_reads_it(
    repo_root: Path,
) -> None:
    timeline = load_events(repo_root / "events")
    taken = 0
    records: list[Event | Agreement] = [*timeline.events, *timeline.agreements]
    for record in records:
        text = dump_event(record)
        value = _subset(text)
        if value is not _NotDumped:
            taken += 1
            assert _same(value, yaml.safe_load(text)), text
    assert taken >= len(timeline.events)  # the build's files do not go to PyYAML


def test_the_curated_files_read_alike(repo_root: Path) -> None:
    for path in sorted((repo_root / "events").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        value = _subset(text)
        assert value is _NotDumped or _same(value, yaml.safe_load(text)), path
        assert _same(_fast(text), _full(text)), path


#: Scalars of every kind the resolver tells apart, and texts with YAML's indicators.
_SCALARS = st.one_of(
    st.text(
        alphabet=st.sampled_from(list("ab Z09:-#'\"&*!|>%@`,[]{}?.~_=+\\\n\t\u00e9\u2028")),
        max_size=12,
    ),
    st.text(max_size=6),
    st.sampled_from(["yes", "No", "on", "~", "null", "", "0o17", "0x1F", "1_000", "190:20:30"]),
    st.sampled_from(["2022-02-30", "2022-05-10", "2022-05", ".inf", "1e3", "-.5", "007", "+1"]),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.dates(),
)
_KEYS = st.sampled_from(["id", "title", "quote", "start", "yes", "null", "a_b", "on", "Key9"])


@settings(max_examples=400, deadline=None)
@given(
    st.recursive(
        _SCALARS | st.text(alphabet="abc de,.'", min_size=80, max_size=300),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
        max_leaves=14,
    )
)
def test_a_dumped_value_is_pyyamls_or_left_to_pyyaml(value: object) -> None:
    text = _dump(value)
    read = _subset(text)
    if read is not _NotDumped:
        assert _same(read, yaml.safe_load(text))
    assert _same(_fast(text), _full(text))


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        _KEYS,
        st.text(alphabet="ab '", max_size=250) | st.integers(-(10**12), 10**12),
        min_size=1,
        max_size=4,
    )
)
def test_long_and_quoted_texts_folded_onto_lines_are_read(value: dict[str, object]) -> None:
    text = _dump(value)
    read = _subset(text)
    if "yes" in value or "null" in value or "on" in value:
        assert read is _NotDumped  # keys PyYAML reads as a boolean or null
    elif all(isinstance(v, int) or str(v).strip(" ") == v for v in value.values()):
        assert _same(read, yaml.safe_load(text)), text  # what dump_event writes is taken
    if read is not _NotDumped:
        assert _same(read, yaml.safe_load(text))


#: Files a person may write that are not in the subset: each is PyYAML's to read (its
#: value, or its message with the line), never the subset reader's.
HOSTILE = [
    "id: a\ntitle:\tb\n",  # a tab
    "id: a\r\ntitle: b\r\n",  # CRLF
    "\ufeffid: a\ntitle: b\n",  # a byte-order mark
    "id: &x a\ntitle: *x\n",  # an anchor and an alias
    "id: &x a\ntitle: b\n",  # an unused anchor
    "id: !!str 1\ntitle: !custom b\n",  # tags
    "id: a\nvisible: yes\nhidden: no\non: 1\n",  # YAML 1.1 booleans
    "id: a\nday: 2022-02-30\n",  # a date Python cannot hold
    "id: a\nday: 2022-05-10\n",  # a date
    "id: a\nminutes: 190:20:30\n",  # sexagesimal
    "id: a\ncount: 0o17\nother: 017\nhex: 0x1F\nsep: 1_000\n",
    "id: a\nid: b\n",  # a key given twice
    "id: a\ntitle: b # a comment\n",
    "# a comment\nid: a\n",
    "id: a\n\ntitle: b\n",  # a blank line
    "id: a \ntitle: b\n",  # a space at the end of a line
    "id: a\ntitle: |\n  two\n  lines\n",
    "id: a\ntitle: >\n  folded\n  text\n",
    'id: a\ntitle: "double \\u00e9 quoted"\n',
    "id: a\nlist: [1, 2]\nmap: {a: b}\n",
    "id: a\nnothing:\ntitle: ~\n",
    "id: a\n  title: b\n",  # a deeper line that is no continuation
    "id: a\ndate:\n   start: x\n",  # three spaces
    "id: a\ndate:\n  start: x\n end: y\n",
    "---\nid: a\n",
    "id: a\n...\n",
    "- id: a\n- id: b\n",  # a list at the top
    "id: a\ntitle: 'unclosed\n",
    "id: a\ntitle: 'it's'\n",
    "id: a\nn: " + "9" * 5000 + "\n",  # more digits than Python reads as an int
    "id: a\nx: 1.0e-05\ny: -.inf\nz: .NaN\n",
    "id: a\ntitle: the end:\n",
    "id: a\ntitle: first\n  second: third\n",
    "id: a\nnested:\n"
    + "".join("  " * d + f"k{d}:\n" for d in range(1, 24))
    + "  " * 24
    + "v: 1\n",
    "id: a\ntitle: x\u2028y\n",
    "id: a\ntitle: x\x85y\n",
    "id: a\n? complex\n: key\n",
    "id: a\n<<: {b: c}\n",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_file_outside_the_subset_goes_to_pyyaml(text: str) -> None:
    assert _subset(text) is _NotDumped
    assert _same(_fast(text), _full(text))


def test_a_subset_file_gives_pyyamls_types() -> None:
    text = (
        "id: a\ncount: 12\nneg: -3\nlat: 39.91987\nlon: -0.5\nvalue: 2002-05\nyear: '2010'\n"
        "empty: ''\nquote: 'it''s: #1'\nlong: one two\n  three\nitems:\n- x\n- k: 1\n  j: y\n"
    )
    read = _subset(text)
    assert read is not _NotDumped
    assert _same(read, yaml.safe_load(text))
    assert read["long"] == "one two three" and read["quote"] == "it's: #1"  # type: ignore[index]


def test_keys_remembered_as_texts_are_bounded_and_only_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The subset reader remembers the keys it found to be texts (each resolved once, not
    once a file): never a key PyYAML reads as another type, and no more than its bound."""
    from timeline import yaml_files

    monkeypatch.setattr(yaml_files, "_STR_KEYS", set())
    monkeypatch.setattr(yaml_files, "_STR_KEYS_MAX", 2)
    text = "alpha: 1\nbeta: 2\ngamma: 3\ndelta: 4\n"
    assert _subset(text) == yaml.safe_load(text)
    assert _subset(text) == yaml.safe_load(text)  # again, from what it remembered
    assert len(yaml_files._STR_KEYS) == 2
    for key in ("on", "yes", "null", "true"):  # PyYAML's booleans and null, as keys
        assert _subset(f"{key}: 1\n") is _NotDumped
        assert key not in yaml_files._STR_KEYS
