"""A weekday's "this weekend" is the DCT week's unless its own clause is told in the past.

"this" names the unit that holds the DCT (TimeML 1.2.1, section 2.2, ``value``), so on a
weekday "this weekend" is the one ahead; only a past marker of its own clause ("the
ministers met this weekend") sends it to the one gone. Before the seventy-fourth pass the
news default (a clause with no marker is past) sent a verbless or imperative "this
weekend" a week back ("A breakthrough on the horizon this weekend?" on a Friday). "the
weekend" names no week and keeps the default. "long" before "weekend" belongs to the
extent ("this long weekend", "over the long weekend"). The class was read off the SynTime
tweets' training split (docs/temporal.md, "A sixth annotated text"); the sentences are
our own, in the news' words.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

#: A Friday and a Tuesday, in ISO weeks 2014-W33 and 2014-W35; a Saturday in 2014-W05.
FRIDAY = date(2014, 8, 15)
TUESDAY = date(2014, 8, 26)
SATURDAY = date(2014, 2, 1)


def found(text: str, dct: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # no marker, or a present or imperative clause: the weekend ahead
        ("A breakthrough in the talks is on the horizon this weekend.", FRIDAY, "2014-W33-WE"),
        ("Breakthrough in Geneva this weekend?", FRIDAY, "2014-W33-WE"),
        ("Join the march in the capital this weekend.", TUESDAY, "2014-W35-WE"),
        ("Ministers of the bloc meet in Vienna this weekend.", TUESDAY, "2014-W35-WE"),
        ("The foreign minister will travel to Ankara this weekend.", TUESDAY, "2014-W35-WE"),
        # a past marker of its own clause: the weekend gone
        ("The ministers met in Vienna this weekend.", TUESDAY, "2014-W34-WE"),
        ("Protesters marched in the capital this weekend, police said.", TUESDAY, "2014-W34-WE"),
        ("This weekend's talks in Geneva ended without a deal.", TUESDAY, "2014-W34-WE"),
        # on the weekend itself, its own weekend whatever the tense
        ("The envoys met in Doha this weekend.", SATURDAY, "2014-W05-WE"),
    ],
)
def test_this_weekend_is_the_dct_weeks_unless_told_in_the_past(
    text: str, dct: date, expected: str
) -> None:
    assert found(text, dct) == [("this weekend" if "this w" in text else "This weekend", expected)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "the weekend" names no week: the news default keeps the one gone on a weekday
        ("Officials met over the weekend.", TUESDAY, [("the weekend", "2014-W34-WE")]),
        ("Talks over the weekend in Doha.", TUESDAY, [("the weekend", "2014-W34-WE")]),
        ("Officials will meet over the weekend.", TUESDAY, [("the weekend", "2014-W35-WE")]),
    ],
)
def test_the_weekend_keeps_the_tense_default(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Shoppers crowded the malls over the long weekend.",
            TUESDAY,
            [("the long weekend", "2014-W34-WE")],
        ),
        (
            "Traffic will be heavy over the long weekend, police warned.",
            FRIDAY,
            [("the long weekend", "2014-W33-WE")],
        ),
        (
            "Take some time off this long weekend with a trip to the coast.",
            SATURDAY,
            [("this long weekend", "2014-W05-WE")],
        ),
        (
            "The summit is set for next long weekend.",
            TUESDAY,
            [("next long weekend", "2014-W36-WE")],
        ),
        # "long" before anything else, or without a determiner, is no weekend's part
        ("It was a long week for the negotiators.", TUESDAY, []),
        ("The long weekends of summer are over.", TUESDAY, []),
    ],
)
def test_long_weekend_is_one_expression(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


def test_a_future_beside_a_past_reporting_verb_keeps_the_weekend_ahead() -> None:
    text = "The president will visit Taiwan this weekend, he announced."
    assert found(text, TUESDAY) == [("this weekend", "2014-W35-WE")]
