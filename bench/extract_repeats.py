"""How much of a pass reads again what it read before: calls repeated with the same arguments.

    PYTHONPATH=src .venv/bin/python bench/extract_repeats.py [--sets FOLDER ...]

The sentence loop asks the same questions of a sentence for each of its triggers and
candidates (its clauses, its usable dates, a clause's sides, the words before a trigger).
This wraps the readings of :data:`READINGS` (every module's reference to each function) and
:meth:`timeline.extract.cue_search.Cue.search`, extracts the sets (default: the fifty-nine
tuning sets of bench/extraction.py's ``DEFAULT``) in one process, and prints per reading
its calls, those that repeat a call of the same document with equal arguments, the CPU of
all its calls and of the repeated ones (inclusive, on the process clock): the most that
keeping each answer per document could save. Readings nest (a clause's sides inside the
participants), so the column does not add up. The wrapper's own cost is in the pass's
figure, not in the readings'. A held-out split (bench/extraction.py's ``is_held_out``) is
refused before any extraction.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: The readings wrapped, by module: what the sentence loop asks per trigger or candidate.
READINGS: dict[str, tuple[str, ...]] = {
    "timeline.extract.usable_dates": ("usable_timexes", "report_days", "counted_days"),
    "timeline.extract.clauses": ("clause_bounds", "with_its_sayer"),
    "timeline.extract.trigger_guards": ("tells_no_act", "plausible_act"),
    "timeline.extract.context": ("status_for", "hypothetical"),
    "timeline.gazetteer.actors": ("find_actors",),
    "timeline.extract.actor_mentions": ("find_mentions",),
    "timeline.extract.background_actors": ("without_background",),
    "timeline.extract.sayers": ("plural_sides", "joint_sayers"),
    "timeline.extract.visit_sides": ("visit_hosts",),
    "timeline.extract.actors": ("participants_for", "choose_location", "format_sides"),
    "timeline.extract.title_names": ("names_of",),
    "timeline.extract.titles": ("title_for",),
    "timeline.extract.document_phrases": ("document_phrases",),
}


def _key(value: Any) -> Hashable:
    """``value`` as a key equal for equal arguments (an object of no value equality by its
    fields, else by identity)."""
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    if isinstance(value, tuple | list):
        return (type(value).__name__, *map(_key, value))
    if isinstance(value, set | frozenset):
        return ("set", *sorted(map(repr, value)))
    if type(value).__hash__ not in (None, object.__hash__):
        return ("value", value)
    try:
        return ("fields", tuple(sorted((k, _key(v)) for k, v in vars(value).items())))
    except TypeError:
        return ("id", id(value))


class Census:
    """Calls, repeats and CPU per reading; the document's calls forgotten at each document."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.repeats: Counter[str] = Counter()
        self.cpu: Counter[str] = Counter()
        self.repeated_cpu: Counter[str] = Counter()
        self.seen: set[Hashable] = set()

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            key = (name, _key(args), _key(sorted(kwargs.items())))
            again = key in self.seen
            self.seen.add(key)
            start = time.process_time()
            result = function(*args, **kwargs)
            spent = time.process_time() - start
            self.calls[name] += 1
            self.cpu[name] += spent
            if again:
                self.repeats[name] += 1
                self.repeated_cpu[name] += spent
            return result

        return counted

    def table(self) -> str:
        rows = ["| reading | calls | repeated | CPU s | CPU s of the repeats |"]
        rows.append("| --- | ---: | ---: | ---: | ---: |")
        for name in sorted(self.calls, key=lambda n: (-self.repeated_cpu[n], n)):
            rows.append(
                f"| {name} | {self.calls[name]:,} | {self.repeats[name]:,} "
                f"| {self.cpu[name]:.2f} | {self.repeated_cpu[name]:.2f} |"
            )
        return "\n".join(rows)


@contextmanager
def installed(census: Census) -> Iterator[Census]:
    """Wrap every reading of :data:`READINGS` wherever a module of timeline holds it, the
    cue searches and the per-document reset; all put back on leaving."""
    import timeline.extract.pipeline  # noqa: F401 (every module that holds a reading)

    undo: list[tuple[Any, str, Any]] = []

    def put(owner: Any, attr: str, value: Any) -> None:
        undo.append((owner, attr, getattr(owner, attr)))
        setattr(owner, attr, value)

    for module_name, names in READINGS.items():
        module = importlib.import_module(module_name)
        for name in names:
            function = getattr(module, name)
            counted = census.wrap(name, function)
            for held in list(sys.modules.values()):
                if getattr(held, "__name__", "").startswith("timeline"):
                    for attr, value in list(vars(held).items()):
                        if value is function:
                            put(held, attr, counted)
    cue_search = importlib.import_module("timeline.extract.cue_search")
    search = cue_search.Cue.search

    def by_cue(_: int, string: str, pos: int, endpos: int, cue: Any) -> Any:
        return search(cue, string, pos, endpos)

    counted_search = census.wrap("Cue.search", by_cue)

    def cue(self: Any, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return counted_search(id(self), string, pos, endpos, self)

    put(cue_search.Cue, "search", cue)
    run = importlib.import_module("timeline.extract.run")
    result = run._result

    def per_document(doc: Any) -> Any:
        census.seen.clear()
        return result(doc)

    put(run, "_result", per_document)
    try:
        yield census
    finally:
        for owner, attr, value in reversed(undo):
            setattr(owner, attr, value)


def census_of(folders: Sequence[str | Path]) -> tuple[Census, float]:
    """The readings of one pass over ``folders`` (one process) and the pass's CPU seconds."""
    from timeline.extract import extract

    with installed(Census()) as census:
        start = time.process_time()
        extract(list(folders), jobs=1)
        return census, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", help="folders (default: the fifty-nine)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    from extraction import DEFAULT, is_held_out

    folders = [Path(f) for f in args.sets] if args.sets else list(DEFAULT)
    held = [str(f) for f in folders if is_held_out(f)]
    if held:  # the extractor never runs on a held-out split, counting only or not
        raise SystemExit(f"held out: {', '.join(held)}")
    census, seconds = census_of(folders)
    print(f"a pass with the readings counted: {seconds:.1f} CPU s")
    print(census.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
