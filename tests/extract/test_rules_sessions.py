"""An organization's session named by the organization with an ordinal (issue #12): real
sentences of test and test-c, splits tuned on since the fifth pass (docs/history/extraction-log.md),
whose meeting was dropped because the only event word was inside the organization's name
("the Pacific Islands Forum") or there was none ("the 75th UN General Assembly").
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events

GATHERINGS = {"meeting", "forum", "summit"}


def test_an_ordinal_before_the_name_makes_a_session(tmp_path: Path) -> None:
    body = (
        "The Fifty-First (51st) Pacific Islands Forum was held in Suva, Fiji from 11 – 14 July "
        "2022, and was attended by the Heads of State, Government, and Territories of "
        "Australia, Fiji and Samoa."
    )
    found = [e for e in events(tmp_path, body, "2022-07-14") if e.kind.value in GATHERINGS]
    assert [(e.date.value, "PIF" in e.organizations) for e in found] == [
        ("2022-07-11/2022-07-14", True)
    ]


def test_a_session_without_any_event_word(tmp_path: Path) -> None:
    body = (
        "Turkish diplomat Volkan Bozkir was elected President of the forthcoming session of "
        "the UN General Assembly in a vote held on Wednesday, the UN website reported.\n\n"
        "Bozkir will preside over the 75th UN General Assembly, which opens in September."
    )
    found = events(tmp_path, body, "2020-06-18")
    (session,) = [e for e in found if e.date.value == "2020-09"]
    assert session.kind.value == "meeting" and session.organizations == ["UNGA"]
    assert session.status.value == "planned"


def test_a_name_without_ordinal_or_own_date_is_no_session(tmp_path: Path) -> None:
    # test-d, pacific_08: a reference to a session, dated by nothing of its own
    body = (
        "The second standing meeting of Pacific Islands Forum Foreign Ministers was held at "
        "the Pacific Islands Forum Secretariat in Suva, Fiji, on 11 August 2017. Ministers "
        "commended the Government of Samoa, as the incoming Chair for the 48th Pacific "
        "Islands Forum, on the theme of ‘The Blue Pacific’."
    )
    found = [e for e in events(tmp_path, body, "2017-08-11") if e.kind.value in GATHERINGS]
    assert len(found) == 1 and found[0].date.value == "2017-08-11"
