"""Every temporal expression of the five seed articles, exactly (tests/data/temporal/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.temporal import tag

TABLE = Path(__file__).resolve().parent.parent / "data" / "temporal" / "seed_expressions.yaml"
SEED_TABLE: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))["documents"]


def _row(doc: dict[str, Any], text: str) -> list[dict[str, Any]]:
    got = []
    for t in tag(text, doc["dct"]):
        got.append(
            {
                "start": t.start,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod.value if t.mod else None,
                "interval": [t.interval.start, t.interval.end] if t.interval else None,
            }
        )
    return got


@pytest.mark.parametrize("doc", SEED_TABLE, ids=[d["file"][:3] for d in SEED_TABLE])
def test_every_expression_of_the_seed_article(doc: dict[str, Any], seed_dir: Path) -> None:
    text = (seed_dir / doc["file"]).read_text(encoding="utf-8")
    assert isinstance(doc["dct"], date)
    assert _row(doc, text) == doc["expressions"]


@pytest.mark.parametrize("doc", SEED_TABLE, ids=[d["file"][:3] for d in SEED_TABLE])
def test_table_offsets_slice_the_file(doc: dict[str, Any], seed_dir: Path) -> None:
    text = (seed_dir / doc["file"]).read_text(encoding="utf-8")
    for row in doc["expressions"]:
        assert text[row["start"] : row["start"] + len(row["text"])] == row["text"]


@pytest.mark.parametrize("doc", SEED_TABLE, ids=[d["file"][:3] for d in SEED_TABLE])
def test_event_dates_of_the_seed_expressions(doc: dict[str, Any], seed_dir: Path) -> None:
    text = (seed_dir / doc["file"]).read_text(encoding="utf-8")
    for t in tag(text, doc["dct"]):
        ed = t.event_date()
        if t.interval is None:
            assert ed is None
        else:
            assert ed is not None
            assert (ed.start, ed.end) == (t.interval.start, t.interval.end)
            assert ed.text == t.text


def test_the_seed_table_covers_the_cases_the_issue_names() -> None:
    values = {(row["text"], row["value"]) for doc in SEED_TABLE for row in doc["expressions"]}
    for expected in [
        ("March 29-30", "2022-03-29/2022-03-30"),
        ("the end of May", "2022-05"),
        ("the beginning of May", "2022-05"),
        ("May 3, 2022", "2022-05-03"),
        ("March", "2022-03"),
        ("April", "2022-04"),
        ("October of this year", "2025-10"),
        ("November", "2025-11"),
        ("April 2025", "2025-04"),
        ("2024", "2024"),
        ("4 November 2024", "2024-11-04"),
        ("twice a year", "P1Y"),
        ("the past six years", "P6Y"),
        ("two-day", "P2D"),
        ("1990s", "199"),
        ("Recently", "PAST_REF"),
    ]:
        assert expected in values
