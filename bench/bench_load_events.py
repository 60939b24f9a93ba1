"""Speed of loading events/: the YAML reader of this version against the previous one.

Usage::

    python bench/bench_load_events.py [--files 2000] [--repeat 3]

Writes ``--files`` event files (the repository's events/, copied under new
ids until there are that many) into a temporary folder, then times
:func:`timeline.curated.load_with_origins` on it ``--repeat`` times with

* ``previous``: the reader of the previous version, kept here as the baseline:
  PyYAML's pure-Python ``compose`` for the lines, then ``safe_load`` again
  for the values (two parses of each file);
* ``current``: :func:`timeline.yaml_files.read_yaml_file`, one parse with
  libyaml's C parser, the values built from the same node tree;

and reports the best run of each as CPU seconds (``time.process_time``, one
core) and files per second, after checking that both load the same events
with the same lines. A benchmark, not a test: run it on demand.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from timeline import curated
from timeline.curated import Origin, load_with_origins
from timeline.errors import DataError

ROOT = Path(__file__).resolve().parent.parent


def _previous_node_lines(
    node: yaml.Node, prefix: tuple[str | int, ...], out: dict[tuple[str | int, ...], int]
) -> None:
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value if isinstance(key, yaml.ScalarNode) else str(key.value)
            out[(*prefix, k)] = key.start_mark.line + 1
            _previous_node_lines(value, (*prefix, k), out)
            out[(*prefix, k)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _previous_node_lines(item, (*prefix, i), out)


def previous_read_yaml(path: Path, shown: str, root: Path) -> tuple[Any, Origin]:
    """The reader of the previous version (without its error handling, unused here)."""
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    data = yaml.safe_load(text)
    origin = Origin(path)
    if node is not None:
        _previous_node_lines(node, (), origin.lines)
    if not isinstance(data, dict):
        raise DataError("must hold a YAML mapping of fields (key: value)", path=shown, line=1)
    return data, origin


def make_events(folder: Path, count: int) -> None:
    """``count`` event files: the repository's events under fresh ids (agreements once)."""
    shutil.copytree(ROOT / "events" / "agreements", folder / "agreements")
    sources = sorted(p for p in (ROOT / "events").rglob("*.yaml") if p.parent.name != "agreements")
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for n in range(count):
        text = texts[n % len(texts)]
        text = re.sub(r"^id: (.*)$", rf"id: \1-copy-{n}", text, count=1, flags=re.M)
        text = re.sub(r"^related:\n(- .*\n)+", "", text, flags=re.M)  # ids that do not exist
        path = folder / f"{n // 1000:04d}" / f"event-{n}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def best_cpu(load: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        load()
        times.append(time.process_time() - start)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "events"
        make_events(folder, args.files)
        current_reader = curated._read_yaml
        curated._read_yaml = previous_read_yaml  # type: ignore[assignment]
        try:
            old_timeline, old_origins = load_with_origins(folder)
            previous = best_cpu(lambda: load_with_origins(folder), args.repeat)
        finally:
            curated._read_yaml = current_reader
        new_timeline, new_origins = load_with_origins(folder)
        current = best_cpu(lambda: load_with_origins(folder), args.repeat)
    assert [e.model_dump() for e in old_timeline] == [e.model_dump() for e in new_timeline]
    assert {k: v.lines for k, v in old_origins.items()} == {
        k: v.lines for k, v in new_origins.items()
    }
    print(
        f"{args.files} event files, best of {args.repeat}, CPU seconds "
        f"(Python {platform.python_version()}, PyYAML {yaml.__version__}, "
        f"libyaml {'yes' if yaml.__with_libyaml__ else 'no'}):"
    )
    for name, seconds in (("previous", previous), ("current", current)):
        print(f"  {name:9} {seconds:7.2f} s  {args.files / seconds:8.0f} files/s")
    print(f"  speed-up  {previous / current:7.2f}x")


if __name__ == "__main__":
    main()
