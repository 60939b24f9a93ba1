"""Rules developed on a fifth annotated text, neither side of the held-out folds.

The EventStoryLine corpus (ESC v1.5, news of ECB+; docs/history/temporal-log.md, "sixth session")
showed these classes; each is a general rule of TimeML 1.2.1 (section 2.2), tested here
on sentences of our own, not the corpus's.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2024, 3, 20)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan fixed for a day is ahead, even reported in the past tense
        (
            "A hearing on the appeal was scheduled for Friday.",
            [("Friday", "DATE", "2024-03-22")],
        ),
        (
            "The auction was set for August 14, the clerk said.",
            [("August 14", "DATE", "2024-08-14")],
        ),
        ("The vote was pencilled in for December.", [("December", "DATE", "2024-12")]),
        # ... but not a plan of the past perfect
        (
            "The vote had been scheduled for Monday but never took place.",
            [("Monday", "DATE", "2024-03-18")],
        ),
    ],
)
def test_a_day_scheduled_for_is_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "coming" as a verb is no future marker: the day is the past one
        (
            "Firefighters were alerted by a passer-by near the old mill on Saturday after "
            "smoke coming from the roof was seen.",
            [("Saturday", "DATE", "2024-03-16")],
        ),
        # the adjective still looks ahead
        ("Talks resume in the coming days.", [("the coming days", "DURATION", "PXD")]),
    ],
)
def test_coming_as_a_verb_is_not_future(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_deadline_that_was_met_is_past() -> None:
    # "was able to <verb> ... by <day>": the aim was reached, on a day that has passed
    assert found("Engineers were able to reopen the bridge by Sunday evening.") == [
        ("Sunday evening", "TIME", "2024-03-17TEV")
    ]
    # a plain deadline still looks ahead
    assert found("Engineers hope to reopen the bridge by Sunday.") == [
        ("Sunday", "DATE", "2024-03-24")
    ]


def test_a_clock_time_is_on_the_day_the_story_named() -> None:
    text = (
        "The warehouse fire broke out on Monday in the old harbour.\n"
        "Crews were called at 3:15 a.m. and fought the flames for hours."
    )
    assert found(text)[:2] == [
        ("Monday", "DATE", "2024-03-18"),
        ("3:15 a.m.", "TIME", "2024-03-18T03:15"),
    ]
    # with no day named, the clock time is on the DCT
    assert found("Crews were called at 3:15 a.m.") == [("3:15 a.m.", "TIME", "2024-03-20T03:15")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke to the Daily Herald on the phone.",
        "An editorial in The Weekly Standard took the other view.",
    ],
)
def test_a_frequency_word_in_a_title_is_a_name(text: str) -> None:
    assert found(text) == []


def test_a_frequency_adverb_is_still_a_set() -> None:
    assert found("The ferry sails daily.") == [("daily", "SET", "P1D")]
    assert found("Daily flights to the island resume.") == [("Daily", "SET", "P1D")]


def test_a_relative_clause_does_not_set_the_tense() -> None:
    # the future cue after ", for what" tells of the posting, not of the flight
    text = "The envoy flew to the capital on Tuesday night, for what is to be a long posting."
    assert found(text)[0] == ("Tuesday night", "TIME", "2024-03-19TNI")
    # without the relative clause the future still looks ahead
    assert found("The envoy is to fly to the capital on Tuesday night.")[0] == (
        "Tuesday night",
        "TIME",
        "2024-03-26TNI",
    )
