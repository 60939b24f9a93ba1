"""Rules of the nineteenth session of 2026-12-01 (docs/temporal.md, "Nineteenth session").

A period after a number ends the sentence when a capital follows ("on April 13. This
will be ..."): the tense of an expression is its own clause's (TimeML 1.2.1, section
2.2, ``value``), and the marker of the next sentence ("will") is not it. The period after
a day's number was read like an initial's, so the next sentence's future sent a past day
a year ahead. Sentences of our own modelled on a summit report and a phone call's, and
the cases the rule must leave alone.

The commas of a list between a future marker and the expression ("will close its air,
land and sea borders with Haiti on Friday, the president announced") are not the end of
the marker's clause: the reporting verb past the comma after the expression yields to
the future before it, as the seventeenth session's rule has it for a clause without a
comma (section 2.2, ``value``; TimeML's REPORTING events date the saying). Sentences of
our own modelled on a border closing's report, a tour's and a trip of state visits.

A clause told in the past does not point back to a day named after the DCT (a plan's:
"scheduled for Sept. 4 to 6 ... At 10 a.m., Xi met"): a past act is not on a day still
ahead (section 2.2, ``value``, the anchor of an anaphoric or clock-time expression). It
points back to the value named before that day when that one is not ahead, else it stays
unknown. Sentences of our own modelled on a summit's report and a phone call's.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a summit report: the proposal in April, the next sentence's future its own
        (
            "The summit was proposed by the president in a phone call on April 13. "
            "This will be their first meeting.",
            date(2021, 5, 25),
            [("April 13", "2021-04-13")],
        ),
        # a phone call: a weekday in brackets, the next sentence ahead
        (
            "I had a long talk with him this morning (Monday). He will be coming to "
            "the White House next month.",
            date(2025, 1, 28),
            [
                ("this morning", "2025-01-28TMO"),
                ("Monday", "2025-01-27"),
                ("next month", "2025-02"),
            ],
        ),
        # a plan more than two months ahead: its own clause is ahead, the next
        # sentence's past is another act's
        (
            "The president is scheduled to be in the capital on October 25. He accepted "
            "the invitation of the prime minister.",
            date(2017, 7, 10),
            [("October 25", "2017-10-25")],
        ),
    ],
)
def test_a_sentence_that_ends_on_a_number_ends(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # an initial is not the end of a sentence: the future reaches the day
        (
            "Daniel P. Davison will meet the minister on April 13.",
            date(2021, 3, 1),
            [("April 13", "2021-04-13")],
        ),
        # nor is a number followed by a lower-case word (a list, a figure)
        (
            "The talks will resume on April 13. and the ministers will meet again.",
            date(2021, 5, 25),
            [("April 13", "2022-04-13")],
        ),
        # an abbreviation before the number still does not end it
        (
            "The vote is set for Feb. 13 and the count will follow.",
            date(2021, 1, 25),
            [("Feb. 13", "2021-02-13")],
        ),
    ],
)
def test_what_does_not_end_a_sentence(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a border closing: "will" before a list, the reporting verb past a comma
        (
            "The republic will close its air, land and sea borders with its neighbour on "
            "Friday, the president announced.",
            date(2023, 9, 14),
            [("Friday", "2023-09-15")],
        ),
        # a tour of several countries, the government's word past a comma
        (
            "The prime minister will also visit Manila, Canberra and Jakarta on a six-day "
            "trip from Thursday, the government said.",
            date(2017, 1, 11),
            [("six-day", "P6D"), ("Thursday", "2017-01-12")],
        ),
        # state visits to three countries, a participle past a comma
        (
            "The president will pay state visits to Turkmenistan, Kazakhstan, and "
            "Uzbekistan from Monday, accompanied by the first lady.",
            date(2024, 6, 9),
            [("Monday", "2024-06-10")],
        ),
    ],
)
def test_the_commas_of_a_list_do_not_end_the_future_clause(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a list in a past clause stays past
        (
            "The ministers of France, Germany and Italy met in Rome on Friday, the ministry said.",
            date(2023, 9, 14),
            [("Friday", "2023-09-08")],
        ),
        # a comma that is not a list's ends the future's clause: the nearer marker decides
        (
            "The envoy will stay in Geneva, where talks began on Friday, the ministry said.",
            date(2023, 9, 14),
            [("Friday", "2023-09-08")],
        ),
    ],
)
def test_a_list_comma_changes_nothing_else(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a summit's bilateral meetings: the summit ahead, the meeting at 10 a.m. today
        (
            "BEIJING, Sept. 2 -- President Xi on Monday started holding meetings with the "
            "leaders who will attend the summit, scheduled for Sept. 4 to 6 in Beijing.\n\n"
            "At 10 a.m., Xi met with the president of the Congo.",
            date(2024, 9, 2),
            [
                ("Sept. 2", "2024-09-02"),
                ("Monday", "2024-09-02"),
                ("Sept. 4 to 6", "2024-09-04/2024-09-06"),
                ("10 a.m.", "2024-09-02T10:00"),
            ],
        ),
        # phone talks: a meeting hoped for next week, another call "on the same day"
        (
            "The prime minister held phone talks with the president on Wednesday. He hopes "
            "to attend the meetings in Laos on Oct. 10 and 11. He also held a phone "
            "meeting with his Australian counterpart on the same day.",
            date(2024, 10, 2),
            [
                ("Wednesday", "2024-10-02"),
                ("Oct. 10 and 11", "2024-10-10/2024-10-11"),
                ("the same day", "2024-10-02"),
            ],
        ),
        # with no day before the one ahead, "the same day" is unknown, not that day
        (
            "Talks are set for Oct. 10. The minister met his counterpart on the same day.",
            date(2024, 10, 2),
            [("Oct. 10", "2024-10-10"), ("the same day", "XXXX-XX-XX")],
        ),
    ],
)
def test_a_past_clause_does_not_point_back_to_a_day_ahead(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a future clause after a day ahead keeps it
        (
            "The summit is scheduled for Sept. 4 to 6. The leaders will leave the next day.",
            date(2024, 9, 2),
            [("Sept. 4 to 6", "2024-09-04/2024-09-06"), ("the next day", "2024-09-07")],
        ),
        # a past clause after a past day keeps it
        (
            "The fire broke out on Sunday. Crews were called at 6 a.m.",
            date(2024, 9, 4),
            [("Sunday", "2024-09-01"), ("6 a.m.", "2024-09-01T06:00")],
        ),
    ],
)
def test_a_day_ahead_still_anchors_what_is_not_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected
