"""A clause a verb of saying reports, opened by a pronoun, tells an act of its sayer
(:func:`timeline.extract.context.with_its_sayer`, forty-fourth pass): "Bolivia's government
announced it had severed diplomatic ties with Israel" is Bolivia's act, not Israel's alone.
The sentences are the project's own, written after the pattern of the tuning texts.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.context import clause_bounds, with_its_sayer
from timeline.model import EventKind

from .conftest import article_events


def _sides(found: list, kind: EventKind) -> list[set[str]]:
    return [{p.id for p in e.participants} for e in found if e.kind is kind]


def test_the_pronoun_of_a_reported_act_is_its_sayer(tmp_path: Path) -> None:
    body = "Bolivia's government announced it had severed diplomatic ties with Israel on Tuesday."
    found = article_events(tmp_path, body, "2023-11-01")
    assert any({"BO", "IL"} <= sides for sides in _sides(found, EventKind.other))


def test_a_traveller_told_by_a_pronoun_is_the_sayer(tmp_path: Path) -> None:
    body = (
        "Canadian Foreign Minister Melanie Joly said on Monday that she will travel to Mexico "
        "City on June 25 for a bilateral visit."
    )
    found = article_events(tmp_path, body, "2024-06-17")
    visits = [e for e in found if e.kind is EventKind.visit]
    assert visits and all("CA" in {p.id for p in e.participants} for e in visits)


def test_a_named_subject_of_the_reported_clause_keeps_its_own_clause() -> None:
    text = "Bahrain said in April that Qatar would restore diplomatic ties."
    clauses = clause_bounds(text, 0, len(text))
    assert with_its_sayer(text, clauses, text.index("restore")) == clauses[-1]


def test_no_verb_of_saying_no_sayer() -> None:
    text = "Bahrain, which it had courted, restored diplomatic ties."
    clauses = clause_bounds(text, 0, len(text))
    at = text.index("restored")
    assert with_its_sayer(text, clauses, at) == next(c for c in clauses if c[0] <= at < c[1])
