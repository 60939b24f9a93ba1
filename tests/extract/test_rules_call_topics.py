"""What a call discussed names no side of it, and a meeting proposed is no meeting held
(issue #12, sixty-fifth pass).

"Sergey Lavrov and Mike Pompeo, during a telephone conversation, discussed the preparations
for the meeting ... of the UN Security Council" (a TASS report of 2020-07-13, read as a
user reads the output): the code before titled it "Phone call between Lavrov, Pompeo and UN
Security Council" and made a meeting of the three, dated by the page, of "the meeting
proposed by the Russian side".
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events

_LAVROV = (
    "The heads of the foreign affairs agencies of the Russian Federation and the United "
    "States, Sergey Lavrov and Mike Pompeo, during a telephone conversation, discussed the "
    "preparations for the meeting proposed by the Russian side of the leaders of the five "
    "countries-permanent members of the UN Security Council."
)


def test_a_body_named_in_what_a_call_discussed_is_no_side(tmp_path: Path) -> None:
    calls = [e for e in events(tmp_path, _LAVROV, "2020-07-13") if e.kind.value == "call"]
    assert [(c.date.value, c.countries, c.organizations) for c in calls] == [
        ("2020-07-13", ["RU", "US"], [])
    ]
    assert calls[0].title == "Phone call between Lavrov and Pompeo"


def test_a_meeting_proposed_by_a_side_is_no_meeting_held(tmp_path: Path) -> None:
    found = events(tmp_path, _LAVROV, "2020-07-13")
    assert [e.kind.value for e in found if e.kind.value in {"meeting", "summit"}] == []


def test_a_body_that_calls_stays_a_side(tmp_path: Path) -> None:
    body = (
        "NATO Secretary General Jens Stoltenberg and Ukrainian President Volodymyr Zelensky "
        "held a phone call on Monday and discussed the summit in Vilnius."
    )
    calls = [e for e in events(tmp_path, body, "2023-06-14") if e.kind.value == "call"]
    assert calls and "NATO" in calls[0].organizations


def test_a_body_discussed_by_one_named_side_stays(tmp_path: Path) -> None:
    # one side before the verb: the body after it may be the other party of the call
    body = "Putin discussed the Ukraine crisis with the OSCE chair by phone on Tuesday."
    calls = [e for e in events(tmp_path, body, "2022-02-01") if e.kind.value == "call"]
    assert calls and all("OSCE" in c.organizations for c in calls)
