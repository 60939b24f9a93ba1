"""``bench/extract_stages.py``: every stage names a function the code defines (a renamed
function would otherwise read as a stage that never runs), and a profiled pass counts
each document once where a document is read, tagged and extracted once."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from timeline.corpus import read_corpus


def _defined(src: Path, function: str) -> bool:
    path, name = function.rsplit(":", 1)
    tree = ast.parse((src / "timeline" / path).read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name
        for node in ast.walk(tree)
    )


def test_every_stage_names_a_function_of_the_code(
    repo_root: Path, load_bench: Callable[[str], ModuleType]
) -> None:
    stages = load_bench("extract_stages")
    src = repo_root / "src"
    named = {f for s in stages.STAGES for f in (s.function, *filter(None, [s.caller]), *s.without)}
    assert named, "no stages"
    assert [f for f in sorted(named) if not _defined(src, f)] == []


def test_a_pass_counts_each_document_once_where_it_is_read_tagged_and_extracted(
    repo_root: Path, load_bench: Callable[[str], ModuleType]
) -> None:
    stages = load_bench("extract_stages")
    corpus = repo_root / "corpus"
    documents = len(list(read_corpus([corpus])))
    stats, seconds = stages.profile_pass([corpus])
    rows = {stage.label: (calls, cpu) for stage, calls, cpu in stages.stage_rows(stats)}
    assert rows["the pass"][0] == 1
    for label in (
        "reading the article files (decode, layout, sentences)",
        "temporal tagger over each whole document",
        "trigger lexicon over the body",
        "gazetteer's tables over the body",
    ):
        assert rows[label][0] == documents, label
    whole = rows["the pass"][1]
    assert 0 < whole <= seconds
    assert all(0 <= cpu <= whole for _, cpu in rows.values())
    assert rows["sentences with a trigger"][0] <= rows["the sentence loop, every sentence"][0]
    table = stages.table(stats)
    assert table.splitlines()[0] == "| stage | calls | CPU s | share |"
    assert table.splitlines()[-1].endswith("| 100 % |")
