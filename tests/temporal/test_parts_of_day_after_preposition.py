"""A part of the day after a preposition is a TIME on the story's day (sixty-fifth session).

TimeML 1.2.1, section 2.2: a part of the day is a TIME ("in the morning": the extent
"the morning", not the preposition), its unfixed parts from its anchor, found as a clock
time's day: the weekday in it ("the early hours of Monday"), the day named before it, or
in a past clause the story's day, else the DCT; unknown in a story of an earlier year.
Only after a preposition (or "spend"), and not before a noun it modifies ("in the morning
session") nor before "of" ("the morning of Aug. 7", left as it was). Before, none of these
phrases was tagged (TimeBank wsj_0586's "placed heavy buy orders in the morning", gold
``1989-10-27TMO``; the log's "Measured, not shipped" of the thirty-first session).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def _tags(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            # TimeBank wsj_0586: the day the story named before (Friday)
            "Hopes for Tokyu Group shares were dashed Friday.\n\nDealers placed heavy buy "
            "orders in the morning to start the first trading day for November.",
            date(1989, 10, 30),
            [
                ("Friday", "DATE", "1989-10-27"),
                ("the morning", "TIME", "1989-10-27TMO"),
                ("November", "DATE", "1989-11"),
            ],
        ),
        (
            "The suspect spent the night in custody, police said.",
            date(2020, 1, 15),
            [("the night", "TIME", "2020-01-15TNI")],
        ),
        (
            "The blast struck in the early hours of Monday, when most people slept.",
            date(2020, 1, 15),
            [("the early hours of Monday", "TIME", "2020-01-13TMO")],
        ),
        (
            "The fire broke out in the early hours of Sunday morning.",
            date(2020, 1, 15),
            [("the early hours of Sunday morning", "TIME", "2020-01-12TMO")],
        ),
        (
            "The ministers met in the morning session and signed the accord in the evening.",
            date(2020, 1, 15),
            [("the evening", "TIME", "2020-01-15TEV")],
        ),
        (
            "Talks will resume in the afternoon; it was reported in the Evening Standard.",
            date(2020, 1, 15),
            [("the afternoon", "TIME", "2020-01-15TAF")],
        ),
        (
            # no DCT: the day is unknown
            "The army arrived during the night.",
            None,
            [("the night", "TIME", "XXXX-XX-XXTNI")],
        ),
    ],
)
def test_part_of_day_after_a_preposition(
    text: str, dct: date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _tags(text, dct) == expected


def test_the_morning_of_a_day_and_a_noun_after_it_stay_as_they_were() -> None:
    # the day named before it in its sentence is its day, as a clock time's
    text = "The attack on the morning of Aug. 7 killed 12; the night was cold until the morning."
    assert _tags(text, date(2020, 1, 15)) == [
        ("Aug. 7", "DATE", "2019-08-07"),
        ("the morning", "TIME", "2019-08-07TMO"),
    ]
