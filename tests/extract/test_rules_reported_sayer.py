"""A clause a verb of saying reports, opened by a pronoun, tells an act of its sayer
(:func:`timeline.extract.clauses.with_its_sayer`, forty-fourth pass): "Bolivia's government
announced it had severed diplomatic ties with Israel" is Bolivia's act, not Israel's alone.
The sentences are the project's own, written after the pattern of the tuning texts.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.clauses import clause_bounds, with_its_sayer
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


# A statement's own text opening the clause its saying reports is the sayer's (forty-fifth
# pass): "The Chinese Foreign Ministry said in a statement that it ..." was read with the
# reported clause's sides alone, none here, and the statement was lost.


def test_a_state_bodys_statement_is_its_sayers(tmp_path: Path) -> None:
    body = (
        "The Chinese Foreign Ministry said in a statement that it deeply mourned the former leader."
    )
    found = article_events(tmp_path, body, "2019-09-06")
    assert {"CN"} in _sides(found, EventKind.statement)


def test_the_sayer_after_a_quote_is_the_name_alone(tmp_path: Path) -> None:
    body = '"Talks with Canada will go on," the Danish Foreign Ministry said in a statement.'
    found = article_events(tmp_path, body, "2024-05-02")
    statements = _sides(found, EventKind.statement)
    assert statements and all("DK" in sides for sides in statements)


def test_a_sayers_name_is_what_follows_the_quote() -> None:
    text = '"Talks will go on," the Foreign Ministry said in a statement.'
    clauses = clause_bounds(text, 0, len(text))
    at = text.index("in a statement")
    widened = with_its_sayer(text, clauses, at, the_sayings_own=True)
    assert text[widened[0] : widened[1]].strip().startswith("the Foreign Ministry")
    assert with_its_sayer(text, clauses, at) == clauses[-1]


def test_a_joint_statements_other_sides_are_kept(tmp_path: Path) -> None:
    body = (
        "Malaysian Prime Minister Anwar Ibrahim held talks with Indonesian President Joko "
        "Widodo in Bogor on Monday. The two countries will cooperate on energy, Widodo said "
        "in a joint press release on Monday."
    )
    found = article_events(tmp_path, body, "2023-01-09")
    statements = _sides(found, EventKind.statement)
    assert statements and all({"ID", "MY"} <= sides for sides in statements)
