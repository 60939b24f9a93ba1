"""``bench/extract_repeats.py``: every reading it counts is a function of the module it
names (a renamed one would read as never called), a pass over the seed articles counts
repeats among the calls, and the readings are put back after the pass."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from timeline.extract import actors


def test_every_reading_is_a_function_of_its_module(
    load_bench: Callable[[str], ModuleType],
) -> None:
    repeats = load_bench("extract_repeats")
    for module_name, names in repeats.READINGS.items():
        module = importlib.import_module(module_name)
        assert [n for n in names if not callable(getattr(module, n, None))] == [], module_name


def test_a_pass_counts_repeats_among_calls_and_puts_the_readings_back(
    repo_root: Path, load_bench: Callable[[str], ModuleType]
) -> None:
    repeats = load_bench("extract_repeats")
    before = actors.participants_for
    census, seconds = repeats.census_of([repo_root / "corpus"])
    assert actors.participants_for is before
    assert seconds > 0
    assert census.calls["participants_for"] > 0 and census.calls["Cue.search"] > 0
    for name, calls in census.calls.items():
        assert 0 <= census.repeats[name] <= calls, name
        assert 0 <= census.repeated_cpu[name] <= census.cpu[name] + 1e-9, name
    table = census.table().splitlines()
    assert table[0] == "| reading | calls | repeated | CPU s | CPU s of the repeats |"
    assert len(table) == 2 + len(census.calls)


def test_a_held_out_folder_is_refused_before_any_extraction(
    tmp_path: Path, load_bench: Callable[[str], ModuleType]
) -> None:
    """The bench runs the extractor: a held-out split (bench/extraction.py's
    ``is_held_out``: its ``HELD_OUT`` file) is never read, nor its errors counted."""
    repeats = load_bench("extract_repeats")
    held = tmp_path / "wn-x"
    held.mkdir()
    (held / "HELD_OUT").write_text("held out: wn-x\n", encoding="utf-8")
    (held / "a.txt").write_text("Talks\ndate 2020-01-02\n\nThey met.\n", encoding="utf-8")
    before = actors.participants_for
    with pytest.raises(SystemExit, match="held out"):
        repeats.main(["--sets", str(held)])
    assert actors.participants_for is before
