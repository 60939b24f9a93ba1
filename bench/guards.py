"""What each trigger rule's guard (its ``accept`` check) costs and saves, one switch at a time.

    .venv/bin/python bench/guards.py                          # the fifty-nine tuning sets
    .venv/bin/python bench/guards.py DEV1 DEV2 --only states_agreed

A guard is the further check a trigger rule asks of each match of its pattern
(:attr:`timeline.extract.trigger_rule.Trigger.accept`); one check may guard several rules.
For each guard this runs extraction (one process) over the folders with that guard off on
every rule that has it, and prints, against the run with every guard on, the right events
it refuses (right events gained with it off) and the spurious ones it stops (found events
gained that are not right); a guard pays when it stops more wrong than it refuses right.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from extraction import DEFAULT, gold_for, is_held_out

from timeline.extract import extract
from timeline.extract import triggers as trigger_search
from timeline.extract.evaluate import load_gold_set, score_by_region
from timeline.extract.lexicon import TRIGGERS


def guard_names() -> list[str]:
    """The name of every rule's guard (its ``accept`` function), each once, sorted."""
    return sorted({t.accept.__name__ for t in TRIGGERS if t.accept is not None})


@contextmanager
def guards_off(names: Sequence[str]) -> Iterator[None]:
    """Trigger search with the guards ``names`` off (their rules match on the pattern
    alone), restored on leaving."""
    off = set(names)
    patched = tuple(
        dataclasses.replace(t, accept=None)
        if t.accept is not None and t.accept.__name__ in off
        else t
        for t in TRIGGERS
    )
    trigger_search.TRIGGERS = patched
    trigger_search._rules.cache_clear()
    try:
        yield
    finally:
        trigger_search.TRIGGERS = TRIGGERS
        trigger_search._rules.cache_clear()


def score(folders: Sequence[Path]) -> dict[str, tuple[int, int, int]]:
    """Right, found and gold events of each folder, extracted in this process."""
    out = {}
    for folder in folders:
        if is_held_out(folder):
            raise SystemExit(f"{folder} is held out")
        s = score_by_region(extract([folder], jobs=1).events, load_gold_set(gold_for(folder)))[0][1]
        out[folder.name] = (len(s.matched), s.found, s.gold)
    return out


def f1(right: int, found: int, gold: int) -> float:
    return 2 * right / (found + gold) if found + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of articles + gold.yaml")
    parser.add_argument("--only", nargs="*", help="these guards only (default: every guard)")
    args = parser.parse_args()
    folders = args.folders or DEFAULT
    base = score(folders)
    total = [sum(v[i] for v in base.values()) for i in range(3)]
    print(
        f"every guard on: {total[0]} right of {total[1]} found, {total[2]} gold, "
        f"F1 {f1(*total):.4f}"
    )
    print(
        "| guard off | right gained (refused with it on) | wrong gained (stopped with it on) "
        "| F1 off | sets moved (right/found) |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name in args.only or guard_names():
        with guards_off([name]):
            got = score(folders)
        right = sum(v[0] for v in got.values()) - total[0]
        found = sum(v[1] for v in got.values()) - total[1]
        moved = ", ".join(
            f"{k} {got[k][0] - base[k][0]:+d}/{got[k][1] - base[k][1]:+d}"
            for k in got
            if got[k][:2] != base[k][:2]
        )
        score_off = f1(total[0] + right, total[1] + found, total[2])
        print(f"| {name} | {right} | {found - right} | {score_off:.4f} | {moved} |", flush=True)


if __name__ == "__main__":
    main()
