"""Benchmark: time the JSON, TimelineJS and HTML exports of a large synthetic timeline.

    .venv/bin/python bench/json_exports.py [--events 5000]

The events are the tests/data/json fixture events repeated with distinct ids
and dates, so the numbers measure the exporters, not a particular dataset.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import yaml

from timeline import Agreement, Event, Timeline
from timeline.formats import write as write_exports

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "json" / "events.yaml"


def synthetic(n: int) -> Timeline:
    raw = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    base = [Event.model_validate(e) for e in raw["events"]]
    events: list[Event] = []
    for i in range(n):
        template = base[i % len(base)]
        day = template.date.start + timedelta(days=i // len(base))
        events.append(
            template.model_copy(
                update={
                    "id": f"{template.id}-{i}",
                    "date": type(template.date).from_value(day.isoformat()),
                }
            )
        )
    return Timeline(events, [Agreement.model_validate(a) for a in raw["agreements"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    args = parser.parse_args()
    timeline = synthetic(args.events)
    print(f"{platform.machine()}, Python {platform.python_version()}, {len(timeline)} events")
    with tempfile.TemporaryDirectory() as tmp:
        for name, formats in (
            ("timeline.json + schemas", ["json", "schema"]),
            ("timelinejs.json", ["timelinejs"]),
            ("timeline.html", ["html"]),
        ):
            started = time.perf_counter()
            paths = write_exports(timeline, Path(tmp), formats)
            took = time.perf_counter() - started
            size = sum(p.stat().st_size for p in paths)
            print(f"{name:<26} {took:6.2f} s  {size / 1e6:6.2f} MB")


if __name__ == "__main__":
    main()
