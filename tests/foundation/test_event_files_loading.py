"""Loading events/ fast: one pass without line maps, several processes, a cache of valid files.

Each shortcut must give what the plain way gives: the same values, the same
events, the same messages (with their lines) for bad files.
"""

from __future__ import annotations

import json
import os
import shutil
import zlib
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from timeline import event_changes, event_files, event_reading
from timeline.build import check
from timeline.curated import load_events, load_with_origins
from timeline.errors import DataError, DataErrors
from timeline.event_validation import FileOutcome
from timeline.events_cache import EventFileCache, file_stat, line_parts, trusted_record
from timeline.model import Agreement, Event
from timeline.processes import Workers
from timeline.yaml_files import parse_yaml

#: Texts each reader handles in its own way: refusals, tags, keys that collide.
TRICKY = [
    "a: &x 1\nb: *x\n",
    "a: &x 1\n",
    "base: {a: 1}\nc:\n  <<: {a: 2}\n",
    "a: 1\na: 2\n",
    "1: a\n0x1: b\n",
    "yes: a\n1: b\n",
    "? [a, b]\n: c\n",
    "a: !!set {x, y}\n",
    "a: !!omap [{x: 1}]\n",
    "a: !custom 1\n",
    "d: 2022-02-30\n",
    "d: 2022-05-10\nn: null\nf: 1.5\nb: true\ni: 0o17\n",
    "x: " + "[" * 25 + "]" * 25 + "\n",
    "- a\n- b: [1, {c: d}]\n",
    "a: 'it''s'\nb: |\n  two\n  lines\n",
    "a: [1, 2\n",
    "",
    "just a string\n",
]


def _read(text: str, with_lines: bool) -> object:
    try:
        return parse_yaml(text.encode(), "x.yaml", with_lines=with_lines)[0]
    except DataError as exc:
        return f"error: {exc}"


@pytest.mark.parametrize("text", TRICKY)
def test_the_one_pass_reader_gives_the_full_readers_value_or_message(text: str) -> None:
    assert _read(text, with_lines=False) == _read(text, with_lines=True)


def test_the_one_pass_reader_reads_every_curated_file_alike(repo_root: Path) -> None:
    for path in sorted((repo_root / "events").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert _read(text, with_lines=False) == _read(text, with_lines=True), path


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.dates(),
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.text(max_size=5) | st.integers(), inner, max_size=3)
        ),
        max_leaves=12,
    )
)
def test_the_one_pass_reader_on_any_value(value: object) -> None:
    text = yaml.safe_dump(value, allow_unicode=True)
    assert _read(text, with_lines=False) == _read(text, with_lines=True)


#: Plain scalars each implicit resolver of PyYAML's safe loader claims, and some it does not.
PLAIN_SCALARS = [
    *("yes", "No", "ON", "off", "true", "False", "y", "n", "~", "null", "Null", ""),
    *("0", "-1", "+12", "0o17", "0x1F", "1_000", "0b101", "190:20:30", "1.5", "-.inf", ".NaN"),
    *("6.8e+3", "2022-05-10", "2022-05-10T10:30:00Z", "2022-5-1", "=", "<", "!", "&", "*x"),
    *("Tokayev", "2022-FA", "1990s", ".5.", "-", "yes please", "n/a", "T-1", "0x", "."),
]


def _pyyaml(text: str) -> object:
    try:
        return yaml.load(text, Loader=yaml.SafeLoader)  # PyYAML's own, in Python
    except yaml.YAMLError:
        return "refused"


@pytest.mark.parametrize("scalar", PLAIN_SCALARS)
def test_the_reader_resolves_a_plain_scalar_as_pyyaml_does(scalar: str) -> None:
    text = f"a: {scalar}\nb: [{scalar}]\n"
    value = _read(text, with_lines=False)
    if not isinstance(value, str):  # refused ("error: ...") when PyYAML could not read it
        assert value == _pyyaml(text)
    assert _read(text, with_lines=True) == value


def test_the_reader_reads_every_curated_file_as_pyyaml_does(repo_root: Path) -> None:
    for path in sorted((repo_root / "events").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert _read(text, with_lines=False) == _pyyaml(text), path


@pytest.fixture
def events(tmp_path: Path, repo_root: Path) -> Path:
    shutil.copytree(repo_root / "events", tmp_path / "events")
    return tmp_path / "events"


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files parsed and validated (not taken from the cache), in order."""
    seen: list[str] = []
    validate = event_reading._validate

    def counting(item: tuple[event_files.EventFile, bytes]) -> FileOutcome:
        seen.append(os.path.basename(item[0].path))
        return validate(item)

    monkeypatch.setattr(event_reading, "_validate", counting)
    return seen


def test_an_unchanged_file_is_not_validated_again_and_an_edited_one_is(
    events: Path, tmp_path: Path, validated: list[str]
) -> None:
    files = sorted(events.rglob("*.yaml"))
    cache = EventFileCache(tmp_path / "cache.db")
    first = load_events(events, cache=cache)
    assert len(validated) == len(files)
    validated.clear()
    assert load_events(events, cache=cache) == first
    assert validated == []
    edited = next(p for p in files if p.parent.name != "agreements")
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")
    again = load_events(events, cache=cache)
    assert validated == [edited.name]
    changed = [e for e in again if e not in first.events]
    assert [e.title.startswith("Edited ") for e in changed] == [True]
    cache.close()


def test_entries_of_another_model_version_are_ignored(
    events: Path, tmp_path: Path, validated: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = EventFileCache(tmp_path / "cache.db")
    expected = load_events(events, cache=cache)
    stored = len(cache)
    validated.clear()
    monkeypatch.setattr("timeline.events_cache.validator_version", lambda: "another-schema")
    assert load_events(events, cache=cache) == expected
    assert len(validated) == stored  # every file read again, none taken from the old entries
    assert len(cache) == 2 * stored
    cache.close()


def test_a_cached_file_that_turns_invalid_is_reported_with_its_line(
    events: Path, tmp_path: Path
) -> None:
    cache = EventFileCache(tmp_path / "cache.db")
    load_events(events, cache=cache)
    broken = sorted((events / "2022").glob("*.yaml"))[0]
    text = broken.read_text(encoding="utf-8")
    line = text.splitlines().index(next(t for t in text.splitlines() if t.startswith("kind:")))
    broken.write_text(text.replace("\nkind: ", "\nkind: nonsense-", 1), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_events(events, cache=cache)
    assert [(e.path, e.line, e.field) for e in caught.value.errors] == [
        (f"events/2022/{broken.name}", line + 1, "kind")
    ]
    cache.close()


def test_several_processes_give_what_one_gives(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(event_reading, "_MIN_PER_PROCESS", 1)  # a pool even for a few files
    monkeypatch.setattr(event_reading, "_BATCH", 16)  # several batches on one pool
    one, origins_one = load_with_origins(events, jobs=1)
    two, origins_two = load_with_origins(events, jobs=2)
    assert two == one
    assert {k: o.path for k, o in origins_two.items()} == {
        k: o.path for k, o in origins_one.items()
    }
    first = sorted((events / "2022").glob("*.yaml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "extra: field\n", encoding="utf-8")
    messages = []
    for jobs in (1, 2):
        with pytest.raises(DataErrors) as caught:
            load_events(events, jobs=jobs)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert f"events/2022/{first.name}:" in messages[0]


class _RecordingWorkers(Workers):
    """Workers of one process (the map runs here, lazily) that note each map begun."""

    def __init__(self) -> None:
        super().__init__(1)
        self.maps_begun = 0

    def map(self, func: Any, items: Any, chunk: int) -> Any:
        self.maps_begun += 1
        return super().map(func, items, chunk)


def test_the_next_batch_goes_to_the_workers_before_a_batch_is_taken_back(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers are never left waiting while this process reads the next batch's files
    and rebuilds the last batch's records: batch two is handed to them before the first
    outcome of batch one is given, and the last batch before the one before it is done."""
    monkeypatch.setattr(event_reading, "_MIN_PER_PROCESS", 0)  # through the workers' map
    monkeypatch.setattr(event_reading, "_BATCH", 16)
    files = event_files.list_event_files(events)
    batches = -(-len(files) // 16)
    assert batches >= 3
    workers = _RecordingWorkers()
    outcomes = event_reading.read_files(files, events, workers, None)
    begun = []
    for number, (file, outcome, _key, _stat) in enumerate(outcomes):
        assert file is files[number]  # in the files' order
        assert outcome.record is not None
        if number % 16 == 0:
            begun.append(workers.maps_begun)
    assert begun == [min(batch + 2, batches) for batch in range(batches)]


def _records(repo_root: Path) -> list[tuple[type[Event] | type[Agreement], Event | Agreement]]:
    """Every curated file's record, validated the full way."""
    found: list[tuple[type[Event] | type[Agreement], Event | Agreement]] = []
    for path in sorted((repo_root / "events").rglob("*.yaml")):
        model: type[Event] | type[Agreement] = (
            Agreement if path.parent.name == "agreements" else Event
        )
        value = parse_yaml(path.read_bytes(), path.name)[0]
        found.append((model, model.model_validate(value)))
    return found


def test_a_cached_record_is_the_validated_record(repo_root: Path) -> None:
    for model, validated in _records(repo_root):
        rebuilt = EventFileCache.record(model, EventFileCache.text(validated))
        assert rebuilt == validated
        assert rebuilt is not None
        assert rebuilt.model_dump_json() == validated.model_dump_json()
        assert rebuilt.model_dump() == validated.model_dump()  # enums, dates: the same types
        assert rebuilt == model.model_validate_json(EventFileCache.text(validated))


def test_a_record_sent_by_a_worker_is_the_validated_record(repo_root: Path) -> None:
    for model, validated in _records(repo_root):
        rebuilt = trusted_record(model, EventFileCache.text(validated))
        assert rebuilt == validated
        assert rebuilt.model_dump_json() == validated.model_dump_json()
        assert rebuilt.model_dump() == validated.model_dump()  # enums, dates: the same types
        assert _types(rebuilt) == _types(validated)
        assert rebuilt.__pydantic_fields_set__ == set(model.model_fields)


def test_a_worker_is_sent_plain_values_and_sends_back_the_json(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What goes through the pipe is tuples of texts and bytes (a ``_File``, its ``Path``
    above all, cost more to pickle than the bytes), and comes back as the record's JSON."""
    sent: list[object] = []
    validate = event_reading._validate_sent

    def recording(item: Any, pack: bool) -> Any:
        sent.append(item)
        return validate(item, pack)

    monkeypatch.setattr(event_reading, "_validate_sent", recording)
    monkeypatch.setattr(event_reading, "_MIN_PER_PROCESS", 1)
    load_events(events, jobs=1)  # one process: the map runs here, through the same function
    assert sent
    assert all(type(item) is tuple and [type(v) for v in item] == [bool, str, str, bytes]
               for item in sent)  # fmt: skip
    agreement, shown, path, data = next(i for i in sent if isinstance(i, tuple) and not i[0])
    back = validate((agreement, shown, path, data), True)
    assert isinstance(back, tuple)
    text, packed = back
    assert packed is not None and zlib.decompress(packed).decode() == text
    assert trusted_record(Event, text) == Event.model_validate(parse_yaml(data, shown)[0])


def test_a_file_given_in_short_reads_is_read_whole(
    events: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``os.read`` may give fewer bytes than asked before a file's end (a network file
    system): the reader asks again until the end."""
    whole = load_events(events)
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, size: real_read(fd, min(size, 7)))
    assert load_events(events) == whole


def _types(value: object) -> object:
    """The type of every value in a record, field by field (``str`` and ``StrEnum`` compare
    equal, so equality alone would not tell a code from its enum member)."""
    if isinstance(value, BaseModel):
        return (type(value), {k: _types(v) for k, v in value.__dict__.items()})
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value)


class _Part(BaseModel):
    name: str
    weight: float


class _EveryRule(BaseModel):
    """One field of each kind the trusted rebuild converts or passes through."""

    count: int
    flag: bool
    maybe_count: int | None
    counts: list[int]
    part: _Part
    parts: list[_Part]
    maybe_part: _Part | None
    names: list[str | None]


def test_a_rebuilt_record_follows_each_rule_of_the_rebuild() -> None:
    data = {
        "count": 3,
        "flag": True,
        "maybe_count": None,
        "counts": [1, 2],
        "part": {"name": "a", "weight": 1},
        "parts": [{"name": "b", "weight": 2.5}],
        "maybe_part": None,
        "names": ["c", None],
    }
    validated = _EveryRule.model_validate(data)
    rebuilt = trusted_record(_EveryRule, json.dumps(data))
    assert rebuilt == validated
    assert _types(rebuilt) == _types(validated)  # the whole number 1 made a float
    with_part = {**data, "maybe_part": {"name": "d", "weight": 0.5}, "maybe_count": 4}
    assert trusted_record(_EveryRule, json.dumps(with_part)) == _EveryRule(**with_part)


class _Mapping(BaseModel):
    counts: dict[str, int]


class _Either(BaseModel):
    value: int | str


@pytest.mark.parametrize("model", [_Mapping, _Either])
def test_a_field_type_the_rebuild_does_not_cover_is_refused(model: type[BaseModel]) -> None:
    with pytest.raises(TypeError, match="no trusted rebuild"):
        trusted_record(model, "{}")


def test_a_rebuilt_record_interns_short_texts_only(repo_root: Path) -> None:
    validated = next(r for _, r in _records(repo_root) if isinstance(r, Event))
    first, second = (trusted_record(Event, EventFileCache.text(validated)) for _ in range(2))
    assert isinstance(first, Event) and isinstance(second, Event)
    assert first.participants[0].id is second.participants[0].id  # a code: one object
    assert first.sources[0].quote == second.sources[0].quote
    assert first.sources[0].quote is not second.sources[0].quote  # long: not kept in the table


def test_a_sent_record_of_another_shape_is_refused(repo_root: Path) -> None:
    model, validated = _records(repo_root)[0]
    data = json.loads(EventFileCache.text(validated))
    data["unknown"] = 1
    with pytest.raises(TypeError, match="not the fields of"):
        trusted_record(model, json.dumps(data))


@pytest.mark.parametrize(
    "planted",
    [
        "not json",
        "[1, 2]",
        '{"id": "x"}',
        "\x80\x04\x95 pickle bytes",
        '{"__reduce__": ["os.system", ["touch /tmp/planted"]]}',
    ],
)
def test_a_planted_or_damaged_entry_is_read_as_missing(
    events: Path, tmp_path: Path, validated: list[str], planted: str
) -> None:
    cache = EventFileCache(tmp_path / "cache.db")
    expected = load_events(events, cache=cache)
    cache._conn.execute("UPDATE event_files SET result = ?", [zlib.compress(planted.encode())])
    validated.clear()
    assert load_events(events, cache=cache) == expected
    assert len(validated) == len(list(events.rglob("*.yaml")))  # each file validated again
    cache.close()


def test_a_damaged_cache_file_is_done_without_and_said(
    events: Path, tmp_path: Path, validated: list[str]
) -> None:
    """A cache file whose pages are damaged ("database disk image is malformed") opens,
    then fails on a read: every file is validated as without a cache, nothing is written
    to it, and the reason is kept for the build to say."""
    path = tmp_path / "cache.db"
    cache = EventFileCache(path)
    expected = load_events(events, cache=cache)
    cache.close()
    data = path.read_bytes()
    path.write_bytes(data[:4096] + bytes(len(data) - 4096))  # the header kept, the rest zeroed
    validated.clear()
    damaged = EventFileCache(path)
    assert load_events(events, cache=damaged) == expected
    assert len(validated) == len(list(events.rglob("*.yaml")))
    assert damaged.problem is not None
    assert "cannot read the cache" in damaged.problem and "delete the file" in damaged.problem
    damaged.close()
    assert path.read_bytes()[4096:] == bytes(len(data) - 4096)  # not written to


def test_a_cached_record_with_a_wrong_field_is_read_as_missing(repo_root: Path) -> None:
    model, record = next((m, r) for m, r in _records(repo_root) if m is Event)
    data = json.loads(EventFileCache.text(record))
    assert EventFileCache.record(model, json.dumps({**data, "extra": 1})) is None
    assert EventFileCache.record(model, json.dumps({**data, "kind": "nonsense"})) is None
    assert EventFileCache.record(model, json.dumps({**data, "date": {"start": 5}})) is None


def _plant(cache: EventFileCache, change: Callable[[dict[str, Any]], None]) -> set[str]:
    """Apply ``change`` to the JSON of every event entry of ``cache``; the files changed."""
    planted = set()
    rows = cache._conn.execute("SELECT key, file, result FROM event_files").fetchall()
    for key, file, blob in rows:
        data = json.loads(cache.unpacked(blob))
        if "sources" in data:  # an event, not an agreement
            change(data)
            text = json.dumps(data, ensure_ascii=False)
            cache._conn.execute(
                "UPDATE event_files SET result = ? WHERE key = ?", [cache.packed(text), key]
            )
            planted.add(Path(file).name)
    cache.commit()
    return planted


def _set_url(data: dict[str, Any]) -> None:
    data["sources"][0]["url"] = "javascript:alert(document.cookie)"


def _title_with_escaped_control(data: dict[str, Any]) -> None:
    data["title"] += "\x07"  # json.dumps writes it as \u0007


def _title_with_raw_control(data: dict[str, Any]) -> None:
    data["title"] += "\x7f\x1b[2J"  # DEL raw, ESC as \u001b


def _id_out_of_its_folder(data: dict[str, Any]) -> None:
    data["id"] = "../../index"


def _unknown_country(data: dict[str, Any]) -> None:
    data["participants"] = [{"id": "XX", "name": "Nowhere", "type": "country"}]


def _quote_longer_than_its_span(data: dict[str, Any]) -> None:
    data["sources"][0]["quote"] += " <script>alert(1)</script>"


@pytest.mark.parametrize(
    "change",
    [
        _set_url,
        _title_with_escaped_control,
        _title_with_raw_control,
        _id_out_of_its_folder,
        _unknown_country,
        _quote_longer_than_its_span,
    ],
)
def test_an_entry_planted_with_what_the_model_refuses_is_never_loaded(
    events: Path, tmp_path: Path, validated: list[str], change: Callable[[dict[str, Any]], None]
) -> None:
    cache = EventFileCache(tmp_path / "cache.db")
    expected = load_events(events, cache=cache)
    planted = _plant(cache, change)
    validated.clear()
    assert load_events(events, cache=cache) == expected  # the files' own values
    assert sorted(validated) == sorted(planted)  # each planted entry's file validated again
    validated.clear()
    assert load_events(events, cache=cache) == expected
    assert validated == []  # and its entry replaced by the honest one, which hits again
    cache.close()


def test_a_planted_quote_that_is_not_in_its_document_fails_the_check(
    events: Path, tmp_path: Path, repo_root: Path
) -> None:
    def other_words(data: dict[str, Any]) -> None:
        quote = data["sources"][0]["quote"]
        data["sources"][0]["quote"] = "x" * len(quote)  # valid for the model: the span's length

    check(events, repo_root / "corpus", cache=tmp_path / "cache.db")
    cache = EventFileCache(tmp_path / "cache.db")
    _plant(cache, other_words)
    cache.close()
    with pytest.raises(DataErrors, match="does not match"):
        check(events, repo_root / "corpus", cache=tmp_path / "cache.db")


@pytest.mark.parametrize(
    "title", ["C:\\users\\bob", "a \\b and \\f", "tab\there", "é — “x” \u2028 y"]
)
def test_an_honest_record_with_backslashes_and_unicode_is_read_back(
    repo_root: Path, title: str
) -> None:
    model, record = next((m, r) for m, r in _records(repo_root) if m is Event)
    record = record.model_copy(update={"title": title})
    assert EventFileCache.record(model, EventFileCache.text(record)) == record


def test_the_events_folder_may_be_the_current_one(
    events: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = load_events(events, cache=EventFileCache(tmp_path / "cache.db"))
    monkeypatch.chdir(events)
    for root in (".", "./"):  # paths found start with "./": agreements are still agreements
        assert load_events(root, cache=EventFileCache(tmp_path / "cache.db")) == expected


def test_the_listing_finds_what_rglob_finds_in_its_order(tmp_path: Path) -> None:
    root = tmp_path / "events"
    for name in [
        "2022/b.yaml",
        "2022/a.yml",
        "2022/sub/c.yaml",
        "2021/z.yaml",
        "2021/.hidden.yaml",
        ".hidden/d.yaml",
        "agreements/x.yaml",
        "2022/notes.txt",
        "2022/UPPER.YAML",
    ]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("a: 1\n")
    (root / "2023" / "folder.yaml").mkdir(parents=True)
    (root / "linked").symlink_to(root / "2022", target_is_directory=True)
    (root / "2021" / "link.yaml").symlink_to(root / "2022" / "b.yaml")
    expected = [
        p
        for pattern in ("*.yaml", "*.yml")
        for p in sorted(
            (p for p in root.rglob(pattern) if not p.name.startswith(".")), key=lambda p: p.parts
        )
    ]
    assert list(event_files._yaml_files(root)) == expected
    # what a build after an edit lists (unsorted, from scandir, folder by folder) is the
    # same set, and its order once sorted is the listing's
    listing = event_changes._list_folders([str(root)], len(str(root)) + 1, {})
    entries = [
        os.path.join(str(root), folder, line_parts(line)[0])
        for folder, lines in listing.differing.items()
        for line in lines
    ]
    assert listing.listed == len(expected)
    assert sorted(entries) == sorted(str(p) for p in expected)
    assert sorted(entries, key=event_files.listed_order) == [str(p) for p in expected]


def test_the_listing_split_over_two_processes_finds_what_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "events"
    names = [f"{year}/e{i}.yaml" for year in (2019, 2020, 2021, 2022) for i in range(3)]
    names += ["top.yaml", ".hidden/d.yaml", "agreements/x.yaml", "2020/sub/deep.yml"]
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("a: 1\n")
    (root / "linked").symlink_to(root / "2022", target_is_directory=True)
    top = str(root)
    known: dict[str, str | None] = {
        name: file_stat(os.path.join(top, name)) for name in names if name != "2021/e1.yaml"
    }
    known["2019/e0.yaml"] = None  # not trusted: read again
    known["2020/gone.yaml"] = known["2020/e0.yaml"]  # no longer there
    (root / "2022" / "e2.yaml").write_text("a: 2, changed\n")
    one = event_changes._stale_files(top, event_changes.KnownStats(known), 1)
    monkeypatch.setattr(event_changes, "SPLIT_LISTING_FROM", 0)
    two = event_changes._stale_files(top, event_changes.KnownStats(known), 2)
    assert sorted(two[0]) == sorted(one[0])
    assert two[1] == one[1] == len(names)  # a hidden folder entered, a linked one not
    assert sorted(two[2]) == sorted(one[2]) == ["2020/gone.yaml"]
    stale = {p[len(top) + 1 :] for p in one[0]}
    assert stale == {"2019/e0.yaml", "2021/e1.yaml", "2022/e2.yaml"}


class _CountingStats(event_changes.KnownStats):
    """:class:`event_changes.KnownStats` that remembers which folders' stats were asked for."""

    def __init__(self, stats: dict[str, str | None]) -> None:
        super().__init__(stats)
        self.asked: list[str] = []

    def stats_under(self, folders: Collection[str]) -> dict[str, str | None]:
        self.asked.extend(folders)
        return super().stats_under(folders)


@pytest.mark.parametrize("jobs", [1, 2])
def test_only_the_folders_whose_digest_differs_are_compared_file_by_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """A folder whose files' names and stats give the digest the index keeps is done
    without reading its files' stats from the index; a file edited in place (the folder's
    own stat unchanged), one added, one removed, one whose stat the index does not trust,
    and a folder gone, each make their folder's digest differ, and only those."""
    monkeypatch.setattr(event_changes, "SPLIT_LISTING_FROM", 0)  # the split too, with jobs=2
    root = tmp_path / "events"
    names = [f"{year}/e{i}.yaml" for year in range(2015, 2023) for i in range(3)] + ["top.yaml"]
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"title: {name}\n")
    top = str(root)
    known: dict[str, str | None] = {n: file_stat(os.path.join(top, n)) for n in names}
    known["2023/gone.yaml"] = known["2015/e0.yaml"]  # a folder no longer there
    known["2016/e1.yaml"] = None  # not trusted
    with open(root / "2017" / "e2.yaml", "a", encoding="utf-8") as edited:  # in place
        edited.write("summary: added\n")
    (root / "2018" / "new.yaml").write_text("title: new\n")
    (root / "2019" / "e0.yaml").unlink()
    counting = _CountingStats(known)
    stale, listed, removed = event_changes._stale_files(top, counting, jobs)
    assert sorted(p[len(top) + 1 :] for p in stale) == [
        "2016/e1.yaml", "2017/e2.yaml", "2018/new.yaml",
    ]  # fmt: skip
    assert listed == len(names)  # one added, one removed
    assert sorted(removed) == ["2019/e0.yaml", "2023/gone.yaml"]
    assert sorted(counting.asked) == ["2016", "2017", "2018", "2019", "2023"]


def test_a_listing_line_holds_the_stat_the_index_keeps(tmp_path: Path) -> None:
    from timeline.events_cache import folder_digest, line_parts, lines_digest, stat_line

    (tmp_path / "a.yaml").write_text("a: 1\n")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    line = stat_line("a.yaml", os.lstat(tmp_path / "a.yaml"))
    assert line_parts(line) == ("a.yaml", file_stat(str(tmp_path / "a.yaml")))
    assert line_parts(stat_line("b.yaml", os.lstat(tmp_path / "b.yaml"))) == ("b.yaml", None)
    # the index's digest (from its rows) and the listing's (from its lines) agree, in any order
    rows = [("z.yaml", "1:2:3:4:5"), ("a.yaml", "6:7:8:9:10"), ("a.yaml.yml", "1:1:1:1:1")]
    lines = [f"{name}\0{text}" for name, text in reversed(rows)]
    assert folder_digest(rows) == lines_digest(lines)


def test_loaded_records_share_one_fields_set_per_model(events: Path, tmp_path: Path) -> None:
    cache = EventFileCache(tmp_path / "cache.db")
    validated_now = load_events(events, cache=cache)
    from_cache = load_events(events, cache=cache)
    cache.close()
    assert from_cache == validated_now == load_events(events)
    for timeline in (validated_now, from_cache):
        for records in (
            timeline.events,
            [e.date for e in timeline.events],
            [s for e in timeline.events for s in e.sources],
            [p for e in timeline.events for p in e.participants],
        ):
            assert len({id(r.__pydantic_fields_set__) for r in records}) == 1
            assert records[0].__pydantic_fields_set__ == set(type(records[0]).model_fields)
    first, second = from_cache.events[:2]
    first.sources[0].outlet = "Assigned Outlet"  # as the build completes sources
    assert first.sources[0].outlet == "Assigned Outlet"
    assert second.sources[0].outlet != "Assigned Outlet"
    assert first.model_copy(update={"title": "Copied"}).title == "Copied"


def test_several_processes_with_a_cache_give_what_one_gives(
    events: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, validated: list[str]
) -> None:
    monkeypatch.setattr(event_reading, "_MIN_PER_PROCESS", 1)  # a pool even for a few files
    monkeypatch.setattr(event_reading, "_BATCH", 16)
    expected, origins = load_with_origins(events, jobs=1)
    cache = EventFileCache(tmp_path / "cache.db")
    filled, filled_origins = load_with_origins(events, jobs=2, cache=cache)
    assert filled == expected
    assert filled_origins.keys() == origins.keys()
    assert len(cache) == len(list(events.rglob("*.yaml")))  # every file stored by the workers
    validated.clear()
    assert load_with_origins(events, jobs=1, cache=cache)[0] == expected
    assert validated == []  # the workers' entries are read back, none validated again
    cache.close()
