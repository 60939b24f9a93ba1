"""A call told as "a call between <person> and <person>" is a call (rule ``call``), as "a
phone call between" and "a call with" are: a White House readout as Politico told it.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_a_call_between_two_leaders_is_a_call(tmp_path: Path) -> None:
    found = events(
        tmp_path,
        "President Donald Trump congratulated Saudi Arabia's new crown prince on Wednesday. "
        "According to a White House readout of a call between Trump and Crown Prince "
        "Mohammed bin Salman, the two men committed to close cooperation.",
        "2017-06-21",
    )
    calls = [e for e in found if e.kind.value == "call"]
    assert [(e.date.value, set(e.countries)) for e in calls] == [("2017-06-21", {"US", "SA"})]


def test_a_call_for_action_is_no_call(tmp_path: Path) -> None:
    found = events(
        tmp_path,
        "The ministers renewed the call for a ceasefire between Israel and Hamas on Monday.",
        "2024-03-11",
    )
    assert not [e for e in found if e.kind.value == "call"]
