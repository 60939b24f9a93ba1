"""Every tag the tagger gives on the repository's own news texts, against a recorded copy.

A change made for speed must not change one output; a rule must say what it changes.
``tests/data/temporal/recorded_tags.txt`` holds every field of every expression (offsets,
type, value, ``mod``, calendar interval) that :func:`~timeline.temporal.tag` finds in the
seed articles (copies of corpus/) and the news articles of ``tests/data/extraction``
(every split there is a tuning set; the held-out splits live outside the repository,
``bench/te3_events.py``, and a folder holding its ``HELD_OUT`` marker is skipped), each
tagged with a fixed publication date and with none. A change of the tagger that is meant
to change outputs rewrites the file, and its diff shows every tag that moved::

    TIMELINE_RECORD_TAGS=1 .venv/bin/pytest tests/temporal/test_recorded_tags.py

The TempEval-3 texts, which tests must not read, are compared the same way by
``bench/tag_compare.py`` (docs/history/temporal-log.md, "Speed").
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from timeline.temporal import tag

TESTS = Path(__file__).resolve().parent.parent
RECORDED = TESTS / "data" / "temporal" / "recorded_tags.txt"
#: A Monday; the texts are of 2019-2025, so anchoring goes both ways.
FIXED_DCT = date(2024, 11, 4)


def _texts() -> list[Path]:
    seed = sorted((TESTS / "data" / "temporal" / "seed").glob("*.txt"))
    news = sorted(
        path
        for folder in (TESTS / "data" / "extraction").iterdir()
        if folder.is_dir() and not (folder / "HELD_OUT").is_file()
        for path in folder.glob("*.txt")
    )
    return seed + news


def _rows() -> list[str]:
    """A ``== path dct`` line for each tagging, then a line for each expression."""
    rows = []
    for path in _texts():
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(TESTS / "data").as_posix()
        for dct in (FIXED_DCT, None):
            rows.append(f"== {name} {dct}")
            for t in tag(text, dct):
                mod = "" if t.mod is None else t.mod.value
                interval = (
                    ""
                    if t.interval is None
                    else f"{t.interval.start}/{t.interval.end}/{t.interval.precision}"
                )
                rows.append(f"{t.start}\t{t.end}\t{t.type}\t{t.value}\t{mod}\t{interval}")
    return rows


def test_the_tags_of_the_repository_texts_are_the_recorded_ones() -> None:
    rows = _rows()
    if os.environ.get("TIMELINE_RECORD_TAGS") == "1":
        RECORDED.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recorded = RECORDED.read_text(encoding="utf-8").splitlines()
    assert sum(not row.startswith("==") for row in rows) > 5000  # every article is read
    changed = [(a, b) for a, b in zip(recorded, rows, strict=False) if a != b][:5]
    assert not changed, "tags differ from the recorded ones (first five, recorded vs now): " + repr(
        changed
    )
    assert len(rows) == len(recorded)
