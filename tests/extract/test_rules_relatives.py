"""A relative clause that interrupts its main clause (issue #12): a real sentence of test,
a split tuned on since the fifth pass (docs/history/extraction-log.md), whose visitor was lost.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.clauses import clause_bounds

from .conftest import article_events as events
from .conftest import document_events

SISI = (
    "President of Egypt Abdel Fattah el-Sisi, who co-chairs the Russia-Africa summit, has "
    "arrived in Sochi, a diplomatic source told TASS."
)


def test_the_main_verb_after_a_relative_clause_has_its_subject(tmp_path: Path) -> None:
    (visit,) = [e for e in events(tmp_path, SISI, "2019-10-22") if e.kind.value == "visit"]
    roles = {p.id: p.role.value for p in visit.participants}
    assert roles["EG"] == "visitor" and roles["RU"] == "host"
    assert visit.date.value == "2019-10-22"


def test_clause_bounds_give_the_relative_clause_and_the_main_clause_with_its_subject() -> None:
    clauses = [SISI[a:b] for a, b in clause_bounds(SISI, 0, len(SISI))]
    assert "who co-chairs the Russia-Africa summit" in clauses
    assert any(c.startswith("President of Egypt") and "has arrived in Sochi" in c for c in clauses)


def test_a_date_after_a_relative_clause_is_the_main_clauses(tmp_path: Path) -> None:
    # a Sri Lankan report of 24 March 2018 (sixty-third pass): "last night" dated the visit
    # of the relative clause, the nearer trigger, and the discussions went undated
    text = (
        "President in Pakistan: Three agreements inked between SL and Pakistan\n"
        "date 2018-03-24\n\n"
        "Bilateral discussions between President Maithripala Sirisena, who is on an official "
        "visit to Pakistan, and Prime Minister Shahid Khaqan Abbasi was held last night "
        "(March 23).\n"
    )
    found = document_events(tmp_path, text)
    meetings = [e for e in found if e.kind.value == "meeting"]
    assert [(m.date.value, set(m.countries)) for m in meetings] == [("2018-03-23", {"LK", "PK"})], (
        found
    )
