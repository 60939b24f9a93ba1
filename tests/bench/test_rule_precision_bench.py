"""bench/rule_precision.py: each event found counted under the rule of the candidate that
told it (the trigger's name, ``detected`` for the detector's), right or spurious against
the gold, and the table per rule (a small folder: one article, its gold)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ARTICLE = """Kishida visits India

Japanese Prime Minister Fumio Kishida arrived in New Delhi on Monday, March 20, 2023, for
a two-day visit to India. The two countries signed a memorandum on railways on Monday.
"""

GOLD = """documents:
  kishida: japan
events:
- documents: [kishida]
  kind: visit
  value: 2023-03-20/2023-03-21
  status: occurred
  actors: [JP, IN]
  evidence: arrived in New Delhi
"""


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("rule_precision")


def test_each_event_is_counted_under_its_rule(bench: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "split"
    folder.mkdir()
    (folder / "kishida.txt").write_text(
        ARTICLE.replace("\n\n", "\ndate 2023-03-21\n\n", 1), encoding="utf-8"
    )
    (folder / "gold.yaml").write_text(GOLD, encoding="utf-8")
    rows = bench.one(str(folder))
    by_kind = {line.split()[0]: (rule, right) for rule, _, _, right, line in rows}
    # the visit is right, and told by a rule of the lexicon; the signing is not in the gold
    assert by_kind["visit"][1] is True and by_kind["visit"][0] != "(no candidate)"
    assert by_kind["signing"] == ("signing", False)
    lines = bench.table(rows)
    signing = next(line for line in lines if line.startswith("signing "))
    assert "right     0 found     1 P 0.000 docs    1 spurious-docs    1" in signing


def test_the_sets_are_split_by_the_learned_models_fit(bench: ModuleType) -> None:
    rows = [
        ("detected", "detected", "corpus/001", True, "other"),
        ("detected", "detected", "test-bd/x", False, "other"),
        ("meeting", "meeting", "wn-a/y", True, "meeting"),
    ]
    groups = bench.by_fit(rows)
    # the seed articles (folder corpus/, named seed) were fitted on; test-bd and wn-a not
    assert [r[2] for r in groups["fitted"]] == ["corpus/001"]
    assert [r[2] for r in groups["not fitted"]] == ["test-bd/x", "wn-a/y"]


def test_a_held_out_folder_is_refused(bench: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "wn-x"
    folder.mkdir()
    (folder / "HELD_OUT").write_text("held out: wn-x\n", encoding="utf-8")
    (folder / "gold.yaml").write_text(GOLD, encoding="utf-8")
    with pytest.raises(SystemExit, match="held out"):
        bench.one(str(folder))


def test_the_recorders_are_put_back_and_nothing_is_kept(bench: ModuleType, tmp_path: Path) -> None:
    """The bench wraps the candidate log's recorders for its own pass only: left installed,
    every later extraction of the process (the rest of a test run) kept each candidate in
    the bench's table, and the machine tier's memory test saw them alive."""
    from timeline.extract.candidate_log import CandidateLog

    before = (CandidateLog._log, CandidateLog._adoption_at_gathering)
    folder = tmp_path / "split"
    folder.mkdir()
    (folder / "kishida.txt").write_text(
        ARTICLE.replace("\n\n", "\ndate 2023-03-21\n\n", 1), encoding="utf-8"
    )
    (folder / "gold.yaml").write_text(GOLD, encoding="utf-8")
    assert bench.one(str(folder))
    assert (CandidateLog._log, CandidateLog._adoption_at_gathering) == before
    assert not bench._LOGGED
