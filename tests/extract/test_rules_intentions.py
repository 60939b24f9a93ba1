"""An intention or a state is not an act (issue #12): real sentences of test and test-d,
splits tuned on since the fifth pass (docs/history/extraction-log.md), of the seed and of test-t,
that
gave events nobody held.
"""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate
from timeline.extract.pipeline import read_document
from timeline.model import Event

from .conftest import article_events as events
from .conftest import write_article


def test_plans_to_sign_are_no_signing_and_leave_the_date_to_the_call(tmp_path: Path) -> None:
    body = (
        "YEREVAN — In a rare phone call, the foreign ministers of Armenia and Azerbaijan "
        "discussed on Monday plans to sign a peace treaty between their countries and demarcate "
        "their border."
    )
    found = events(tmp_path, body, "2022-04-11")
    assert not [e for e in found if e.kind.value == "signing"]
    (call,) = [e for e in found if e.kind.value == "call"]
    assert call.date.value == "2022-04-11" and {"AM", "AZ"} <= set(call.countries)


def test_the_desire_to_sign_is_no_signing(tmp_path: Path) -> None:
    body = (
        "This edition of the summit was marked by trade disagreements involving the bloc’s "
        "members, especially after the manifestation, by the Uruguayan government, about the "
        "desire to sign free trade agreements outside Mercosur on December 6."
    )
    assert not [e for e in events(tmp_path, body, "2022-12-07") if e.kind.value == "signing"]


def test_years_of_negotiations_are_no_meeting(tmp_path: Path) -> None:
    # test-d, tuned on since the fifth pass: a state that lasted years, not a meeting
    body = (
        "The good-neighbourliness treaty signing in 2017 was the culmination of years of "
        "negotiations between Sofia and Skopje."
    )
    assert not [e for e in events(tmp_path, body, "2019-08-01") if e.kind.value == "meeting"]


def _meetings(folder: Path, body: str, published: str) -> list[Candidate]:
    """The meeting candidates the rules consider, kept or dropped, with their cues."""
    path = write_article(folder, body, published)
    return [
        c
        for c in read_document(read_corpus([path])[0]).candidates
        if c.draft.kind == "meeting" and c.base is None
    ]


def test_a_meeting_agreed_is_an_intention_not_a_meeting_on_the_calls_day(
    tmp_path: Path,
) -> None:
    # corpus/ (seed article 004): the meeting was agreed during the call, not held on its day
    body = (
        "A similar meeting was agreed during a telephone conversation between the presidents "
        "of Turkey and Tajikistan on May 3, 2022."
    )
    (meeting,) = _meetings(tmp_path, body, "2022-06-01")
    assert meeting.fate == "no act" and "intended" in meeting.cues
    (call,) = [e for e in events(tmp_path, body, "2022-06-01") if e.kind.value == "call"]
    assert call.date.value == "2022-05-03" and {"TJ", "TR"} <= set(call.countries)


def test_no_meeting_had_been_agreed_is_no_meeting(tmp_path: Path) -> None:
    # test-t (a tuning split since the sixteenth pass): a meeting nobody arranged
    body = (
        "Lavrov also said on Thursday that he and U.S. Secretary of State Rex Tillerson would "
        "be in Addis Ababa, Ethiopia at the same time, but that no meeting had been agreed."
    )
    (meeting,) = _meetings(tmp_path, body, "2018-03-08")
    assert meeting.fate == "no act" and "intended" in meeting.cues


def test_a_meeting_held_as_agreed_is_a_meeting(tmp_path: Path) -> None:
    # the cue reads the words right after the event noun only
    body = (
        "The foreign ministers of Kenya and Ethiopia held a meeting in Nairobi on March 5, "
        "2018, as was agreed during a telephone call in February."
    )
    (meeting,) = _meetings(tmp_path, body, "2018-03-08")
    assert meeting.fate == "kept" and "intended" not in meeting.cues


def _talks(found: list[Event]) -> list[str]:
    return [e.title for e in found if e.kind.value == "meeting"]


def test_talks_urged_are_their_aim_not_a_meeting(tmp_path: Path) -> None:
    # twenty-eighth pass: talks another state urges are asked for, not held that day
    body = (
        "On Tuesday, Japan urged North Korea to return to talks with South Korea and the "
        "United States."
    )
    assert _talks(events(tmp_path, body, "2024-03-06")) == []
    (meeting,) = _meetings(tmp_path, body, "2024-03-06")
    assert meeting.fate == "no act" and "intended" in meeting.cues


def test_talks_supported_are_their_aim_not_a_meeting(tmp_path: Path) -> None:
    # the other form: support for talks, told beside an act that stays
    body = (
        "The Norwegian envoy arrived in Bogota on Monday to encourage support for Colombian "
        "peace talks with the rebels."
    )
    found = events(tmp_path, body, "2024-03-06")
    assert _talks(found) == []
    assert [e.kind.value for e in found] == ["visit"]


def test_support_for_talks_held_is_no_aim(tmp_path: Path) -> None:
    # review28 finding 9: a third state's word on talks held leaves them a meeting
    body = (
        "Germany expressed support for the negotiations held in Vienna on Tuesday between "
        "Serbia and Kosovo."
    )
    (meeting,) = [e for e in events(tmp_path, body, "2024-05-09") if e.kind.value == "meeting"]
    assert meeting.date.value == "2024-05-07" and "RS" in meeting.countries


def test_backing_for_a_days_talks_is_no_aim(tmp_path: Path) -> None:
    # review28 finding 9, the other form: backing for talks of a named day
    body = "Britain reiterated its backing for Tuesday's talks in Cairo between Sudan and Chad."
    found = events(tmp_path, body, "2024-05-09")
    assert [e.kind.value for e in found] == ["meeting"]


def test_talks_called_for_are_their_aim_not_a_meeting(tmp_path: Path) -> None:
    body = "On Sunday, Egypt and Jordan called for negotiations between Sudan and Chad."
    assert _talks(events(tmp_path, body, "2024-03-06")) == []


def test_talks_held_beside_an_appeal_are_a_meeting(tmp_path: Path) -> None:
    # the appeal comes after the talks: they were held
    body = "Japan and China held talks in Beijing on Tuesday and urged calm in the region."
    assert _talks(events(tmp_path, body, "2024-03-06")) == [
        "Talks between Japan and China in Beijing"
    ]


def test_talks_invited_to_are_a_meeting(tmp_path: Path) -> None:
    # an invitation is no appeal: the talks it opens have their day
    body = "Egypt has invited Sudan and Ethiopia for talks, which will begin in Cairo on Friday."
    (meeting,) = [e for e in events(tmp_path, body, "2024-03-06") if e.kind.value == "meeting"]
    assert meeting.date.value == "2024-03-08"
