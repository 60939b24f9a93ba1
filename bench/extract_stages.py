"""Where a steady pass of extraction goes, stage by stage: calls and CPU seconds.

    PYTHONPATH=src .venv/bin/python bench/extract_stages.py [--sets FOLDER ...] [--profile FILE]

Extracts the sets (default: the fifty-nine tuning sets of bench/extraction.py's
``DEFAULT``) once with :func:`timeline.extract.extract`, one process (the lazy set-up:
tables, patterns, the scorer), then again under :mod:`cProfile` on the CPU clock
(``time.process_time``, so a shared machine's waits are not counted), and prints one
row per stage (:data:`STAGES`): how often its function ran and its cumulative CPU,
with its share of the pass. A stage is named by its module and function, not by line,
and may be counted from one caller only (the tagger over whole documents, called by
the pipeline, against the same tagger over short spans, called by the rules); rows
nest (a stage's inner stages are indented), so the shares do not add up to 100 %.

The profiler costs about three times a pass, most of it in the many small Python
calls: read the shares as where the calls are, and measure a change's speed with
``bench/extract_cpu.py`` (without the profiler). Never run on the held-out splits.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Stage:
    """A row of the table: ``function`` (``"extract/reader.py:_triggers"``, its file's path
    under ``timeline/`` and its name), counted from the calls of ``caller`` only when
    given; ``depth`` is the row's indentation. ``without`` are stages whose calls and
    time are taken off (a caller's share of the function: the rest of its calls)."""

    label: str
    function: str
    caller: str | None = None
    depth: int = 0
    without: tuple[str, ...] = ()


#: The stages, in the order of a document's extraction (timeline.extract.pipeline).
STAGES: tuple[Stage, ...] = (
    Stage(
        "reading the article files (decode, layout, sentences)", "corpus/__init__.py:read_document"
    ),
    Stage(
        "temporal tagger over each whole document",
        "temporal/__init__.py:tag",
        caller="extract/pipeline.py:read_document",
    ),
    Stage(
        "temporal tagger over short spans, by the rules",
        "temporal/__init__.py:tag",
        without=("extract/pipeline.py:read_document", "corpus/__init__.py:read_document"),
    ),
    Stage("trigger lexicon over the body", "extract/triggers.py:find_triggers"),
    Stage(
        "gazetteer's tables over the body",
        "extract/actor_mentions.py:gazetteer_names",
        caller="extract/reader.py:run",
    ),
    Stage(
        "gazetteer's tables again (headline, anniversaries)",
        "extract/actor_mentions.py:gazetteer_names",
        without=("extract/reader.py:run",),
    ),
    Stage(
        "gazetteer's tables over short spans, by the rules",
        "gazetteer/actors.py:find_actors",
        without=("extract/actor_mentions.py:gazetteer_names",),
    ),
    Stage("the sentence loop, every sentence", "extract/reader.py:_sentence"),
    Stage("sentences with a trigger", "extract/reader.py:_triggers", depth=1),
    Stage(
        "a kept trigger's mention built",
        "extract/mention.py:_mention",
        caller="extract/reader.py:_triggers",
        depth=2,
    ),
    Stage(
        "a dropped trigger's mention built for the log (with its log)",
        "extract/candidate_log.py:_shadow",
        depth=2,
    ),
    Stage("each candidate logged", "extract/candidate_log.py:_log", depth=2),
    Stage("dated from the discourse", "extract/dating.py:_inferred", depth=2),
    Stage("the sentence detector", "extract/detector_proposals.py:_detected", depth=1),
    Stage("re-dating by the learned ranker", "extract/pipeline.py:redate"),
    Stage("the scorer's choice, titles, folds", "extract/pipeline.py:mentions"),
    Stage("anniversaries", "extract/anniversaries.py:anniversary_events"),
    Stage("the page's statement", "extract/page_statements.py:page_statements"),
    Stage("the headline's act", "extract/page_acts.py:page_acts"),
    Stage("mentions encoded for the merge", "extract/run.py:_encode"),
    Stage("the merge", "merge.py:merge_mentions"),
    Stage("the pass", "extract/run.py:extract_corpus"),
)

#: The row every share is of.
PASS = "extract/run.py:extract_corpus"

_Key = tuple[str, int, str]


def _matches(key: _Key, function: str) -> bool:
    path, name = function.rsplit(":", 1)
    return key[2] == name and key[0].replace("\\", "/").endswith(f"/timeline/{path}")


def _calls(stats: pstats.Stats, function: str, callers: Sequence[str] | None) -> tuple[int, float]:
    """Calls and cumulative seconds of ``function`` (summed over its definitions of that
    name in the file), from the given ``callers`` only when not None."""
    calls, seconds = 0, 0.0
    table = stats.stats  # type: ignore[attr-defined]
    for key, (_, total_calls, _, cumulative, by_caller) in table.items():
        if not _matches(key, function):
            continue
        if callers is None:
            calls, seconds = calls + total_calls, seconds + cumulative
            continue
        for caller, (_, caller_calls, _, caller_cumulative) in by_caller.items():
            if any(_matches(caller, c) for c in callers):
                calls, seconds = calls + caller_calls, seconds + caller_cumulative
    return calls, seconds


def stage_rows(stats: pstats.Stats) -> list[tuple[Stage, int, float]]:
    """Each stage of :data:`STAGES` with its calls and cumulative CPU seconds in ``stats``."""
    rows = []
    for stage in STAGES:
        calls, seconds = _calls(
            stats, stage.function, None if stage.caller is None else [stage.caller]
        )
        if stage.without:
            less_calls, less_seconds = _calls(stats, stage.function, stage.without)
            calls, seconds = calls - less_calls, max(0.0, seconds - less_seconds)
        rows.append((stage, calls, seconds))
    return rows


def table(stats: pstats.Stats) -> str:
    """The stages as a Markdown table: calls, CPU seconds and share of the pass."""
    rows = stage_rows(stats)
    whole = next(seconds for stage, _, seconds in rows if stage.function == PASS)
    lines = ["| stage | calls | CPU s | share |", "| --- | ---: | ---: | ---: |"]
    for stage, calls, seconds in rows:
        label = "&emsp;" * stage.depth + stage.label
        share = 100 * seconds / whole if whole else 0.0
        lines.append(f"| {label} | {calls:,} | {seconds:.2f} | {share:.0f} % |")
    return "\n".join(lines)


def profile_pass(sets: Sequence[Path]) -> tuple[pstats.Stats, float]:
    """A steady pass over ``sets`` profiled on the CPU clock, after a first one; with the
    CPU seconds it took under the profiler."""
    from timeline.extract import extract

    extract(list(sets), jobs=1)
    profiler = cProfile.Profile(time.process_time)
    start = time.process_time()
    profiler.enable()
    extract(list(sets), jobs=1)
    profiler.disable()
    return pstats.Stats(profiler), time.process_time() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, nargs="+", help="default: the fifty-nine sets")
    parser.add_argument("--profile", type=Path, help="also write the profile here (pstats)")
    args = parser.parse_args(argv)
    sets = args.sets
    if not sets:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from extraction import DEFAULT

        sets = DEFAULT
    stats, seconds = profile_pass(sets)
    if args.profile is not None:
        stats.dump_stats(str(args.profile))
    print(f"a steady pass under the profiler: {seconds:.2f} CPU s")
    print(table(stats))


if __name__ == "__main__":
    main()
