"""A "summit meeting" is one act, and "H.E." before a name does not end its sentence
(forty-third pass). Before, the summit rule and the meeting rule each read one word of
"held a summit meeting", giving two events of one act, and the sentence ended at "H.E.",
so the guest named after it was no side of it. Sentences written for these tests, in the
form of a foreign ministry's release."""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events


def test_a_summit_meeting_is_one_event_with_the_guest_after_his_excellency(
    tmp_path: Path,
) -> None:
    body = (
        "On March 3, commencing at 6:20 p.m. for approximately 50 minutes, the Prime "
        "Minister of Japan held a summit meeting with H.E. Mr. Luiz Inácio Lula da Silva, "
        "President of the Federative Republic of Brazil."
    )
    found = [
        (e.kind.value, e.date.value, sorted(e.countries))
        for e in article_events(tmp_path, body, "2024-03-04")
    ]
    assert found == [("summit", "2024-03-03", ["BR", "JP"])]


def test_a_summit_and_a_meeting_told_apart_stay_two(tmp_path: Path) -> None:
    # the words "summit" and "meeting" apart still tell two acts
    body = (
        "On the sidelines of the G20 summit in New Delhi on Saturday, the Prime Minister of "
        "Japan held a meeting with the President of Brazil."
    )
    kinds = sorted(e.kind.value for e in article_events(tmp_path, body, "2023-09-11"))
    assert kinds == ["meeting", "summit"], kinds


def test_a_working_breakfast_with_counterparts_at_a_summit_stays_its_own_meeting(
    tmp_path: Path,
) -> None:
    # a meal "with" some of the summit's leaders is a meeting of its own, as "talks with"
    # is (coreference.OWN_MEETING; sixty-eighth pass), not the summit it was held at
    body = (
        "Vietnamese Prime Minister Pham Minh Chinh had a working breakfast with his Lao "
        "counterpart Sonexay Siphandone and his Cambodian counterpart Hun Manet on September "
        "5, on the occasion of attending the 43rd ASEAN Summit and related meetings in Jakarta."
    )
    events = article_events(tmp_path, body, "2023-09-05")
    meetings = [e for e in events if e.kind.value == "meeting"]
    assert len(meetings) == 1, [(e.kind.value, e.title) for e in events]
    assert {"KH", "LA", "VN"} <= set(meetings[0].countries)
