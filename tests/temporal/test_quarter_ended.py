""" "The quarter ended July 31" is the calendar quarter that holds most of the three months
up to that day, the quarter of its middle month (TimeML 1.2.1, section 2.2, ``value``:
``YYYY-Qn``): May, June and July are mostly the second quarter. A year not written is the
latest such day not after the DCT after "ended" (a quarter that ended is past), the
nearest one after "ending". Before the sixty-ninth session "the quarter" was the last
quarter before the DCT's whatever day ended it (TimeBank wsj_0662: "In the quarter ended
July 31", gold ``1989-Q2``, read ``1989-Q3``).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        (
            "In the quarter ended July 31, the chain opened 12 stores.",
            date(1989, 10, 30),
            "1989-Q2",
        ),
        ("For the quarter ended June 30, the airline lost money.", date(1989, 10, 30), "1989-Q2"),
        (
            "For the quarter ended Dec. 31, the bank earned $5 million.",
            date(1989, 10, 30),
            "1988-Q4",
        ),
        ("For the quarter ending Dec. 31, the bank expects a loss.", date(1989, 10, 30), "1989-Q4"),
        ("For the quarter ending March 31, sales should rise.", date(1990, 2, 20), "1990-Q1"),
        ("The quarter ended March 31, 1988, was its best.", date(1989, 10, 30), "1988-Q1"),
    ],
)
def test_the_quarter_a_day_ends_is_the_quarter_of_its_middle_month(
    text: str, dct: date, value: str
) -> None:
    found = [(t.text, t.value) for t in tag(text, dct)]
    assert found[0] == ("The quarter" if text.startswith("The") else "the quarter", value)


def test_a_quarter_a_year_earlier_counts_from_the_quarter_that_ended() -> None:
    text = "Sales rose 9% in the quarter ended June 30. A year earlier, they fell."
    values = [t.value for t in tag(text, date(1989, 10, 30))]
    assert values == ["1989-Q2", "1989-06-30", "1988-Q2"]


def test_a_named_quarter_keeps_its_own_number() -> None:
    """A fiscal quarter named by its ordinal is that quarter, whatever day ends it; only
    "the quarter" takes the quarter of the day that ends it."""
    text = (
        "Net fell in its fourth quarter ended Sept. 30, after a gain in the quarter ended June 30."
    )
    values = [t.value for t in tag(text, date(1989, 11, 2))]
    assert values == ["1989-Q4", "1989-09-30", "1989-Q2", "1989-06-30"]
