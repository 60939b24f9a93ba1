"""A plural act's noun after an adjective of frequency is a series agreed or kept, no act of
a day (``frequency_adjectives`` of ``data/habit_words.yaml``, read by
:func:`timeline.extract.trigger_guards.told_as_a_habit`; seventy-third pass); a singular
noun so qualified is one act. Real sentences of English news.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.trigger_guards import told_as_a_habit

from .conftest import dated_sides


def test_regular_meetings_agreed_are_no_meeting(tmp_path: Path) -> None:
    body = (
        "Russian Prime Minister Vladimir Putin arrived in Beijing on Monday. The two sides are "
        "to sign a joint statement of regular high level meetings between the two countries."
    )
    assert dated_sides(tmp_path, body, "2009-10-13", "meeting") == []


def test_a_regular_session_is_one_act() -> None:
    text = (
        "Guterres will then travel to Geneva to deliver remarks at the opening of the 49th "
        "regular session of the UN Human Rights Council, Dujarric added."
    )
    at = text.index("session")
    assert not told_as_a_habit(text, at, at + len("session"), (0, len(text)))


def test_regular_meetings_are_a_habit() -> None:
    text = "The two sides are to sign a joint statement of regular high level meetings."
    at = text.index("meetings")
    assert told_as_a_habit(text, at, at + len("meetings"), (0, len(text)))
