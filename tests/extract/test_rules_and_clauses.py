""" ", and" before a new subject and its verb opens a clause of its own
(:data:`timeline.extract.clauses._CLAUSE_BREAK`, fortieth pass): its date and its places
are not the first clause's acts'. The sentences are the project's own; the last tests keep
a list of names before ", and" and an act of the second clause framed by the first's.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.clauses import clause_bounds
from timeline.model import EventKind

from .conftest import article_events


def test_a_date_of_the_next_clause_dates_no_act_of_this_one(tmp_path: Path) -> None:
    body = (
        "Turkey's parliament is expected to ratify the agreement by the end of the year, and "
        "the pipeline could enter into service in 2029."
    )
    found = article_events(tmp_path, body, "2024-07-03")
    assert not [e for e in found if e.kind is EventKind.ratification and e.date.value == "2029"]


def test_a_place_of_the_next_clause_is_no_place_of_this_one(tmp_path: Path) -> None:
    body = "Erdogan visited Baku on Tuesday, and Aliyev will travel to Ankara next month."
    found = article_events(tmp_path, body, "2024-07-03")
    visits = {e.date.value: e for e in found if e.kind is EventKind.visit}
    assert visits["2024-07-02"].location is None or visits["2024-07-02"].location.country == "AZ"
    assert visits["2024-08"].location is not None and visits["2024-08"].location.name == "Ankara"


def test_a_list_of_names_is_one_clause() -> None:
    text = "Gambia, Sao Tome and Principe, and Burkina Faso were welcomed as new members."
    assert clause_bounds(text, 0, len(text)) == [(0, len(text))]


def test_the_second_clauses_act_is_framed_by_the_first(tmp_path: Path) -> None:
    body = "Putin met Xi in Beijing on Monday, and the two leaders signed a joint statement."
    found = article_events(tmp_path, body, "2024-07-03")
    assert [e.date.value for e in found if e.kind is EventKind.signing] == ["2024-07-01"]
