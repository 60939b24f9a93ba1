"""Elections told as a noun or with the elected named first (issue #12): real dev sentences
(docs/history/extraction-log.md, "Fourth pass") that had no trigger before.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_elected_as_members_of_a_council(tmp_path: Path) -> None:
    body = (
        "UNITED NATIONS - The UN General Assembly (UNGA) on Thursday elected Egypt, Japan, "
        "Senegal, Ukraine and Uruguay as non-permanent members of UN Security Council, which will "
        "serve a two-year term starting from Jan 1, 2016."
    )
    # the seat taken on Jan 1, 2016 is an act of its own (rule term-start, sixty-ninth pass)
    found = events(tmp_path, body, "2015-10-16")
    (election,) = [e for e in found if e.kind.value == "other" and e.date.value != "2016-01-01"]
    assert election.date.value == "2015-10-15"
    assert {"EG", "JP", "SN", "UA", "UY"} <= set(election.countries)


def test_the_election_of_a_chairperson_at_the_summit(tmp_path: Path) -> None:
    body = (
        "The 38th Ordinary Summit of Heads of State and Government of the African Union (AU) has "
        "officially commenced in Addis Ababa, Ethiopia. A major highlight of the summit is the "
        "election of the next AU Commission chairperson, a position currently held by Chad’s "
        "Moussa Faki."
    )
    (election,) = [e for e in events(tmp_path, body, "2025-02-15") if e.kind.value == "other"]
    assert election.date.value == "2025-02-15" and "AFU" in election.organizations


def test_elected_with_a_typographic_apostrophe_in_a_members_name(tmp_path: Path) -> None:
    # test-b, tuned on since the fifth pass
    body = (
        "World body UN General Assembly on Friday elected Cote d’Ivoire, Equatorial Guinea, "
        "Kuwait, Poland and Peru as non-permanent members of the UN Security Council to serve a "
        "two-year term starting Jan 1, 2018."
    )
    elections = [e for e in events(tmp_path, body, "2017-06-03") if e.date.value == "2017-06-02"]
    (election,) = elections
    assert {"CI", "GQ", "KW", "PL", "PE"} <= set(election.countries)


def test_elected_on_a_day_then_the_elected(tmp_path: Path) -> None:
    # test-d, tuned on since the fifth pass
    body = (
        "UNITED NATIONS (UrduPoint News / Sputnik - 01st June, 2023) The UN General Assembly "
        "(UNGA) elected on Thursday Permanent Representative of Trinidad and Tobago to the UN "
        "Dennis Francis as the President of its 78th session."
    )
    (election,) = [e for e in events(tmp_path, body, "2023-06-01") if e.kind.value == "other"]
    assert election.date.value == "2023-06-01" and "UNGA" in election.organizations
