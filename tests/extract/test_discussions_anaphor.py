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


#: central-africa_15 (test-u): the talks the opening anaphor names are the visit's, told
#: before; the April date is the Paris Agreement's, a background act of the sentence.
TALKS_WITH_A_BACKGROUND_DATE = (
    "Congo Brazzaville President Denis Sassou N'guesso conducted a working visit to the DRC"
    " on 2 September 2016 to meet with his counterpart Joseph Kabila. The two Heads of State"
    " held a face to face meeting at the DRC state house. During their talks, the two"
    " presidents thrashed out bilateral issues including environment-related matters"
    " following the Paris Agreement on Climate Change reached on 22 April 2016."
)

#: andean_15 (test-u): the visit the opening anaphor names is last Sunday's; the border's
#: reopening day is the agreement's, not the visit's.
VISIT_WITH_A_LATER_DAY = (
    "The presidents of Colombia, Iván Duque, and Ecuador, Guillermo Lasso, met last Sunday"
    " at the Carondelet Palace in Quito, on an official visit to Ecuadorian territory."
    " During the visit, they agreed, among other things, to reopen their land borders on"
    " 1 December."
)


def test_an_opening_anaphor_takes_no_date_of_the_rest_of_its_sentence(tmp_path: Path) -> None:
    meetings = dated_sides(tmp_path, TALKS_WITH_A_BACKGROUND_DATE, "2016-09-02", "meeting")
    assert "2016-04-22" not in [when for when, _ in meetings], meetings
    visits = dated_sides(tmp_path, VISIT_WITH_A_LATER_DAY, "2021-11-23", "visit")
    assert "2021-12-01" not in [when for when, _ in visits], visits
