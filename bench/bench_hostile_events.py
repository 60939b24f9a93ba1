"""How long the events loader takes to refuse each hostile file of issue #16 (target: < 2 s).

Usage::

    python bench/bench_hostile_events.py [--repeat 3]

Each case is written as the only file of a fresh events/ folder and loaded
with :func:`timeline.load_events`; the best wall-clock time of ``--repeat``
runs is printed with the first line of the error. The timings are for
docs/reliability.md; the tests (tests/hostile/) check the errors, not the
time.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timeline import TimelineError, load_events

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "data" / "hostile"
EVENT = (HOSTILE / "event.yaml").read_text(encoding="utf-8")


def _bomb(levels: int) -> str:
    rows = ["- &l0 [" + ", ".join(["lol"] * 10) + "]"]
    rows += [f"- &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, levels + 1)]
    return EVENT.replace("tags: [visit]\n", "tags:\n" + "\n".join(rows) + "\n")


def _padded(size: int, tail: str) -> str:
    line = "# " + "x" * 98 + "\n"
    return EVENT + line * ((size - len(EVENT)) // len(line)) + tail


CASES: dict[str, Callable[[], str]] = {
    "alias bomb, 6 levels (tests/data/hostile)": lambda: (HOSTILE / "alias-bomb.yaml").read_text(),
    "alias bomb, 9 levels": lambda: _bomb(9),
    "merge keys (tests/data/hostile)": lambda: (HOSTILE / "merge-keys.yaml").read_text(),
    "tags nested 1,000 deep": lambda: EVENT.replace(
        "tags: [visit]", "tags: " + "[" * 1000 + "]" * 1000
    ),
    "100 KB, a syntax error at the end": lambda: _padded(100_000, "title: [unclosed\n"),
    "1 MB, a syntax error at the end": lambda: _padded(999_000, "title: [unclosed\n"),
    "100 KB list of 25,000 tags": lambda: EVENT.replace(
        "tags: [visit]", "tags: [" + ", ".join(["abc"] * 25_000) + "]"
    ),
    "a NUL byte after 100 KB": lambda: _padded(100_000, "summary: a\x00b\n"),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"Python {platform.python_version()}, {platform.machine()}, best of {args.repeat}:")
    for name, make in CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "events"
            (root / "2022").mkdir(parents=True)
            (root / "2022" / "x.yaml").write_text(make(), encoding="utf-8")
            best, said = float("inf"), "loaded"
            for _ in range(args.repeat):
                start = time.perf_counter()
                try:
                    load_events(root)
                except TimelineError as exc:
                    said = str(exc).splitlines()[-1][:90]
                best = min(best, time.perf_counter() - start)
            print(f"  {best:6.3f} s  {name}: {said}")


if __name__ == "__main__":
    main()
