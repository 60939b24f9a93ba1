"""A clause's "the two nations": the countries its own sentence names before it, then
those of the sentences before (issue #12, nineteenth pass, docs/history/extraction-log.md).

Real sentences of the tuning sets: test-s's canada_14 (the first sentence of the body
here, so no sentence before names a side), test-k's south-korea_05 (its test in
test_rules_background_years.py) and test-f's korea_02 (a country named after the clause
is not one of "the two").
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def test_the_two_countries_are_those_named_before_in_the_sentence(tmp_path: Path) -> None:
    # test-s, canada_14: the gold's event is the establishment of relations, CA and VN, 1973
    body = (
        "He is the second Canadian prime minister to visit Vietnam since the two countries "
        "established diplomatic relations in 1973."
    )
    found = article_events(tmp_path, body, "2017-11-08")
    ties = [e for e in found if e.kind is EventKind.other]
    assert [(e.date.value, {p.id for p in e.participants}) for e in ties] == [
        ("1973", {"CA", "VN"})
    ]


def test_a_country_named_after_the_clause_is_not_one_of_the_two(tmp_path: Path) -> None:
    # test-f, korea_02: "the two leaders" are Trump's and Kim's, the sentence before's;
    # Singapore, named after them, is the place of another summit
    body = (
        "Hello and welcome to our live coverage of the second day of meetings between "
        "Donald Trump and Kim Jong-un in Vietnam.\n\n"
        "The two leaders met yesterday – their first meeting since their historic summit in "
        "Singapore last June – but the main discussions will take place today."
    )
    found = article_events(tmp_path, body, "2019-02-28")
    met = [e for e in found if e.kind is EventKind.meeting and e.date.value == "2019-02-27"]
    assert met and all({"US", "KP"} <= {p.id for p in e.participants} for e in met)
    assert not any("SG" in {p.id for p in e.participants} for e in met)
