"""A people or a governing authority named as a side (issue #12, twenty-ninth pass; forms
of news of every decade): "the Israelis and the Palestinians signed", "the Iranians met"
name the states' sides by the demonym's plural, "Hamas ... signed", "a Taliban delegation
held talks" by the authority that governs (``authorities`` of ``data/countries.yaml``);
the gazetteer read neither, so the event had one side or none. Sentences written for the
test."""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_two_peoples_that_sign_are_the_signatories(tmp_path: Path) -> None:
    body = "The Israelis and the Palestinians signed a water-sharing accord in Cairo on Monday."
    (signing,) = events(tmp_path, body, "2009-02-03")
    assert signing.kind.value == "signing"
    assert {"IL", "PS"} <= set(signing.countries)


def test_a_people_that_meets_is_a_side_of_the_meeting(tmp_path: Path) -> None:
    body = (
        "Two hikers held in Tehran were released on Monday; the Iranians met Swiss envoys "
        "in Geneva on Sunday."
    )
    meeting = next(e for e in events(tmp_path, body, "2009-02-03") if e.kind.value == "meeting")
    assert set(meeting.countries) == {"IR", "CH"}


def test_a_ruling_movement_that_signs_is_its_states_side(tmp_path: Path) -> None:
    body = "After long talks in Cairo, Hamas and a rival faction signed a unity accord on Monday."
    signing = next(e for e in events(tmp_path, body, "2009-02-03") if e.kind.value == "signing")
    assert "PS" in signing.countries


def test_an_authority_that_meets_is_its_states_side(tmp_path: Path) -> None:
    body = "A Taliban delegation held talks with Uzbek officials in Termez on Friday."
    meeting = next(e for e in events(tmp_path, body, "2022-08-20") if e.kind.value == "meeting")
    assert set(meeting.countries) == {"AF", "UZ"}


def test_an_authority_before_it_governed_is_no_side(tmp_path: Path) -> None:
    """Review29 finding 11: the Taliban were an armed group fighting Afghanistan's government
    in news of 2001-2021 (``authorities_since``); Hamas is Palestine's side in every year."""
    for name in "abcd":
        (tmp_path / name).mkdir()
    fight = "Pakistan's army fought the Taliban in the Swat valley on Friday, officials said."
    assert all("AF" not in e.countries for e in events(tmp_path / "a", fight, "2009-05-10"))
    assert any("AF" in e.countries for e in events(tmp_path / "b", fight, "2023-05-10"))
    talks = "Egypt's foreign minister met Hamas leaders in Cairo on Monday for talks on a truce."
    assert any("PS" in e.countries for e in events(tmp_path / "c", talks, "2005-03-10"))
    assert any("PS" in e.countries for e in events(tmp_path / "d", talks, "2008-03-10"))
