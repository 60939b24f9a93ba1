"""An intention or a state is not an act (issue #12): real sentences of test and test-d,
splits tuned on since the fifth pass (docs/extraction.md), that gave events nobody held.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


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
