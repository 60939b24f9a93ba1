"""The trigger table of docs/extraction.md lists every rule of the lexicon, in order.

``timeline.extract.lexicon`` says the table is the documentation and a rule not in
``TRIGGERS`` does not exist; this keeps the two the same: every rule by name and kind,
in matching order (earlier rules win overlaps), and no row for a rule that is gone.
"""

from __future__ import annotations

import re
from pathlib import Path

from timeline.extract.lexicon import TRIGGERS

DOC = Path(__file__).resolve().parents[2] / "docs" / "extraction.md"
ROW = re.compile(r"^[ \t]+\| ([a-z0-9-]+) \| ([a-z_]+) \|", re.M)


def table_rows(text: str) -> list[tuple[str, str]]:
    """The (rule, kind) rows of the trigger table, its header left out."""
    return [(rule, kind) for rule, kind in ROW.findall(text) if rule != "rule"]


def test_the_table_lists_every_rule_in_matching_order() -> None:
    rules = list(dict.fromkeys((t.name, t.kind.value) for t in TRIGGERS))
    assert table_rows(DOC.read_text(encoding="utf-8")) == rules


def test_a_missing_row_is_seen() -> None:
    text = "   | rule | kind | matches |\n   | summit | summit | summit |\n"
    assert table_rows(text) == [("summit", "summit")]
