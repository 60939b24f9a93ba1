"""Benchmark: time the iCalendar feeds of a large synthetic timeline.

    .venv/bin/python bench/ics_feeds.py [--events 5000]

The events are those of tests/data/ics/events.yaml repeated with distinct ids
and shifted dates, so the numbers measure the exporter, not a dataset. Prints
the time of a first write (empty ledger), of a rebuild with nothing changed,
the number of feed files and the size of timeline.ics.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from timeline import Agreement, Event, Timeline
from timeline.formats import write as write_exports

ROOT = Path(__file__).resolve().parent.parent


def synthetic(count: int) -> Timeline:
    raw = yaml.safe_load((ROOT / "tests/data/ics/events.yaml").read_text("utf-8"))
    agreements = [Agreement.model_validate(a) for a in raw["agreements"]]
    day_events = [e for e in raw["events"] if len(str(e["date"]["value"])) == 10]
    events: list[Event] = []
    for i in range(count):
        record: dict[str, Any] = dict(day_events[i % len(day_events)])
        day = date(2000, 1, 1) + timedelta(days=i)
        record["id"] = f"{day.isoformat()}-bench-{i}"
        record["date"] = {"value": day.isoformat()}
        record["related"] = []
        record["sources"] = [{**s, "end": s["start"] + len(s["quote"])} for s in record["sources"]]
        events.append(Event.model_validate(record))
    return Timeline(events, agreements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    args = parser.parse_args()
    timeline = synthetic(args.events)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        paths = write_exports(timeline, tmp, ["ics"], today=date(2026, 11, 23))
        first = time.perf_counter() - start
        start = time.perf_counter()
        write_exports(timeline, tmp, ["ics"], today=date(2026, 11, 24))
        again = time.perf_counter() - start
        size = (Path(tmp) / "timeline.ics").stat().st_size
    feeds = sum(1 for p in paths if p.suffix == ".ics")
    print(f"events: {args.events}, feeds: {feeds}, timeline.ics: {size / 1e6:.1f} MB")
    print(f"first write: {first:.2f} s, unchanged rebuild: {again:.2f} s")


if __name__ == "__main__":
    main()
