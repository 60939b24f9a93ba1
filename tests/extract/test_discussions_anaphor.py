"""An act told "during the discussions" or "following the consultations" is at the meeting
told before, and takes its day, not the page's: "Seven MoUs were signed during the
discussions" after talks on Tuesday (sixty-fifth pass; sentences of our own in the manner of
the fifty-nine's). "The discussions focused on trade" is what was said, no occasion."""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides

TALKS = (
    "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina held "
    "talks in New Delhi on Tuesday. Seven MoUs were signed during the discussions."
)


def test_a_signing_during_the_discussions_takes_the_talks_day(tmp_path: Path) -> None:
    signings = dated_sides(tmp_path, TALKS, "2022-09-08", "signing")
    assert signings == [("2022-09-06", {"BD", "IN"})], signings
