"""Three classes of acts the lexicon had no word for, each missed in several tuning sets
and region groups (docs/history/extraction-log.md, "Ninth pass"): a leader taking office, diplomats
expelled or summoned, a grouping admitting new members. Kind "other".

Sentences of our own, in the manner of the news the extractor reads.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.lexicon import TRIGGERS

from .conftest import article_events as events


def _others(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    return [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, published)
        if e.kind.value == "other"
    ]


def test_a_president_sworn_in(tmp_path: Path) -> None:
    body = "Paraguay's new president was sworn in at a ceremony in Asuncion on 15 August 2023."
    assert ("2023-08-15", {"PY"}) in _others(tmp_path, body, "2023-08-16")


def test_took_office_as_a_clause_of_background(tmp_path: Path) -> None:
    body = (
        "Mongolia's Prime Minister, who took office on 27 January 2021, visited Seoul on "
        "3 June 2021 for talks with South Korea."
    )
    found = _others(tmp_path, body, "2021-06-04")
    assert any(d == "2021-01-27" and "MN" in sides for d, sides in found)


def test_diplomats_expelled(tmp_path: Path) -> None:
    body = (
        "Lithuania expelled two diplomats of the Belarusian embassy in Vilnius on "
        "12 March 2021, the foreign ministry said."
    )
    found = _others(tmp_path, body, "2021-03-13")
    assert any(d == "2021-03-12" and {"LT", "BY"} <= sides for d, sides in found)


def test_an_envoy_summoned(tmp_path: Path) -> None:
    body = "On 4 May 2022 Ghana summoned the ambassador of Nigeria over the demolition in Accra."
    found = _others(tmp_path, body, "2022-05-05")
    assert any(d == "2022-05-04" and {"GH", "NG"} <= sides for d, sides in found)


def test_new_members_admitted(tmp_path: Path) -> None:
    body = (
        "The leaders of Mercosur admitted Bolivia as a full member of the bloc at their summit "
        "in Montevideo on 9 July 2024."
    )
    found = _others(tmp_path, body, "2024-07-10")
    assert any(d == "2024-07-09" and {"BO", "MERCOSUR"} <= sides for d, sides in found)


def test_an_admission_is_not_a_confession(tmp_path: Path) -> None:
    body = "The minister admitted on 3 March 2022 that talks with Chile had stalled."
    assert _others(tmp_path, body, "2022-03-04") == []


def test_every_new_rule_reads_its_own_example() -> None:
    rules = {t.name: t for t in TRIGGERS}
    for name in ("took-office", "expulsion", "admission"):
        assert rules[name].pattern.search(rules[name].example), name


def test_a_union_s_general_secretary_announcing_a_strike_is_no_statement(tmp_path: Path) -> None:
    # review27 finding 13 (/tmp/rv27/p3/b.txt): the bare "General Secretary" office made him
    # a known announcer, so his union's strike became a statement of IE and GB
    body = (
        "British Medical Association General Secretary Tom Dolan announced on Monday that "
        "doctors will strike in Ireland next month."
    )
    found = events(tmp_path, body, "2024-06-04")
    assert not [e for e in found if e.kind.value == "statement"]
    assert not [e for e in found if "tom-dolan" in {p.id for p in e.participants}]
