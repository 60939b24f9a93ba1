"""bench/date_misses.py: why a date is missed (the classes, the wrong dates, the ceiling),
each event counted once. Read on corpus-extra, the smallest tuning set, to stay quick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("date_misses")


@pytest.fixture(scope="module")
def split(bench: ModuleType) -> Any:
    return bench.read_split(ROOT / "tests/data/extraction/corpus-extra")


def test_the_classes_count_every_gathering_and_visit_of_the_gold(
    bench: ModuleType, split: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """``classes``: every gold gathering or visit of a day or days is in the first table,
    as a range or as one day (of a range the text writes, or not)."""
    from timeline.extract.evaluate import kind_class
    from timeline.model import Precision

    bench.classes([split])
    out = capsys.readouterr().out
    table = out.split("## ")[1].splitlines()
    counted = sum(
        int(cell)
        for line in table
        if line.startswith(("| gathering |", "| visit |"))
        for cell in line.strip("| ").split(" | ")[1:]
    )
    expected = sum(
        1
        for g in split.gold.events
        if kind_class(g.kind) in ("gathering", "visit") and g.date.precision is Precision.day
    )
    assert counted == expected > 0
    assert "range" in table[2] and "opening day of a range written" in table[2]


def test_the_wrong_dates_count_each_event_once_by_its_mechanism(
    bench: ModuleType, split: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wrong``: each event listed matches a gold event but for the date (the two differ),
    and is counted once in the table, under one mechanism."""
    bench.wrong_dates([split], verbose=True)
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if line.startswith("  corpus-extra ")]
    assert listed
    for line in listed:
        words = line.split()
        assert words[3] != words[5] and words[4] == "gold"  # its date, the gold's
    mechanisms = out.split("## ")[1].splitlines()
    rows = [line for line in mechanisms if line.startswith("| ") and line[2:].split(" |")[0]
            in bench.MECHANISMS]  # fmt: skip
    assert sum(int(c) for r in rows for c in r.strip("| ").split(" | ")[1:]) == len(listed)


def test_the_ceiling_counts_each_event_right_but_for_the_date_once(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ceiling``: each event listed is counted once in the table, under one class, and the
    class says whether one of its candidate's options lies inside the gold's dates (the
    "no right option" classes: none does; the "right option" ones: one does). Read on
    corpus-extra and the set ``test``: since the fifty-third pass corpus-extra alone has no
    "right option" miss left, and the table must show both sorts."""
    from timeline.model import EventDate

    sets = ("corpus-extra", "test")
    bench.ceiling([bench.read_split(ROOT / "tests/data/extraction" / name) for name in sets], True)
    out = capsys.readouterr().out
    listed = [
        line.split("\t")
        for line in out.splitlines()
        if line.startswith(tuple(f"  {name}\t" for name in sets))
    ]
    assert listed and all(len(cells) == 9 for cells in listed)
    table = out.split("## right but for the date, after the ranker")[1].splitlines()
    rows = {
        cells[0]: int(cells[1])
        for cells in (line.strip("| ").split(" | ") for line in table if line.startswith("| "))
        if cells[0] not in ("how", "---")
    }
    assert rows.pop("all") == sum(rows.values()) == len(listed)
    assert rows == {h: sum(1 for cells in listed if cells[2] == h) for h in rows}
    assert any(h.startswith(bench.CEILING[0]) for h in rows)
    assert any(not h.startswith(bench.CEILING[0]) for h in rows)
    for _, _, how, _, gold_value, value, _, _, options in listed:
        gold = EventDate.from_value(gold_value, None)
        assert how.split(":")[0] in {c.split(":")[0] for c in bench.CEILING}
        assert value != gold_value  # right but for the date
        dates = [EventDate.from_value(o.rsplit(":", 1)[0], None) for o in options.split(";")]
        inside = [d for d in dates if gold.start <= d.start and d.end <= gold.end]
        assert bool(inside) is not how.startswith(bench.CEILING[0]), (how, gold_value, options)
