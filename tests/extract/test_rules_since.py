"""A "since" clause tells the start of a state: its date is its own act's, not the event's.

"his first visit to Japan since taking office in 2022": 2022 dates the taking of
office, not the visit (TimeML reads "since" as the beginning of a duration). The
clause is its own (timeline.extract.context.clause_bounds) and its date is not
lent to a trigger outside it. The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def test_a_since_clause_dates_its_own_act_not_the_event_before_it(tmp_path: Path) -> None:
    body = (
        "Kenyan President William Ruto arrived in Tokyo on Monday for his first visit to Japan "
        "since taking office in 2022."
    )
    found = article_events(tmp_path, body, "2023-02-07")
    visits = [e for e in found if e.kind is EventKind.visit]
    assert [v.date.value for v in visits] == ["2023-02-06"]


def test_an_act_told_in_a_since_clause_keeps_its_year(tmp_path: Path) -> None:
    body = (
        "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in "
        "Brussels on Monday for the first time since Kosovo declared independence in 2008."
    )
    found = article_events(tmp_path, body, "2023-02-28")
    meeting = [e for e in found if e.kind is EventKind.meeting]
    assert [m.date.value for m in meeting] == ["2023-02-27"]
    assert any(e.date.value == "2008" and "XK" in e.countries for e in found)
