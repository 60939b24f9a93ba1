"""The horizon year a plan is named by dates no act (issue #12, sixty-fifth pass).

"It also endorsed the Action Plan on the African Union-United Nations Framework for the
Implementation of Agenda 2063 and 2030 Agenda for Sustainable Development" (the communique
of the second AU-UN annual conference, 2018-07-09) was an adoption of 2030; "the two
leaders later held talks in private, exchanging opinions on ... the 2030 Agenda" talks of
2030 (the fifty-nine's test-aa).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_the_2030_agenda_dates_no_adoption(tmp_path: Path) -> None:
    body = (
        "On 9 July, the Chairperson of the African Union Commission, Moussa Faki Mahamat, and "
        "the United Nations Secretary-General, Antonio Guterres, convened the second African "
        "Union-United Nations Annual Conference in Addis Ababa.\n\n"
        "It also endorsed the Action Plan on the African Union-United Nations Framework for "
        "the Implementation of Agenda 2063 and 2030 Agenda for Sustainable Development."
    )
    found = events(tmp_path, body, "2018-07-10")
    assert found
    assert all(e.date.start.year == 2018 for e in found)


def test_talks_on_the_2030_agenda_are_no_talks_of_2030(tmp_path: Path) -> None:
    body = (
        "Cuban President Miguel Diaz-Canel on Monday met with UN Secretary General Antonio "
        "Guterres, who arrived on an official visit.\n\n"
        "According to an official release, the two leaders later held talks in private, "
        "exchanging opinions on international peace and security issues, the 2030 Agenda "
        "for Sustainable Development, and climate change."
    )
    found = events(tmp_path, body, "2018-05-07")
    assert [e.date.value for e in found if e.date.start.year > 2018] == []


def test_a_year_before_a_lower_case_noun_still_dates(tmp_path: Path) -> None:
    body = "Xi Jinping and Vladimir Putin met in Beijing in 2019 and agreed on a joint agenda."
    assert any(e.date.value == "2019" for e in events(tmp_path, body, "2024-07-16"))
