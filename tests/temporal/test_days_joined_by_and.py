"""Two days joined by "and" are one span only when they are adjacent: "on 9 and 10 October"
is a two-day meeting, "held on July 12 and August 21, 2019" two meetings 40 days apart,
which the tagger read as one span of the days between (test-g and test-ac, Luanda
summits; test-bd "February 22 and July 6"). Each date of the conjunction is then its own
TIMEX3 (TimeML 1.2.1, section 2.2); "between 5 and 10 May" stays a range.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # test-g / test-ac (Luanda, the Angola-Rwanda summits of 2019)
        (
            "the three held in Luanda on July 12 and August 21, 2019",
            [("July 12", "2019-07-12"), ("August 21, 2019", "2019-08-21")],
        ),
        # the day list in one month: the day the month is written with stays
        ("They met on 3 and 20 March 2019.", [("20 March 2019", "2019-03-20")]),
        ("They met on March 3 and 20, 2019.", [("March 3", "2019-03-03"), ("2019", "2019")]),
        # adjacent days: one span of two days, across a month's end or New Year too
        (
            "The talks took place on 9 and 10 October 2019.",
            [("9 and 10 October 2019", "2019-10-09/2019-10-10")],
        ),
        (
            "They met on January 31 and February 1, 2019.",
            [("January 31 and February 1, 2019", "2019-01-31/2019-02-01")],
        ),
        (
            "They met on December 31 and January 1.",
            [("December 31 and January 1", "2019-12-31/2020-01-01")],
        ),
        # a range: "between", "to", a dash
        ("between 5 and 10 May 2019", [("5 and 10 May 2019", "2019-05-05/2019-05-10")]),
        (
            "between February 24 and 26, 2022",
            [("February 24 and 26, 2022", "2022-02-24/2022-02-26")],
        ),
        ("from 3 to 20 March 2019", [("3 to 20 March 2019", "2019-03-03/2019-03-20")]),
    ],
)
def test_days_joined_by_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2020, 2, 20))] == expected
