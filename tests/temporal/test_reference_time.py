"""The narrative's reference time, and when it stops applying."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def _value(text: str, dct: date, expression: str) -> str:
    found = [t for t in tag(text, dct) if t.text == expression]
    assert found, f"{expression!r} not tagged in {text!r}"
    return found[0].value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # an explicit past date anchors a bare month in the same paragraph
        (
            "On March 29-30, 2021, he visited Tashkent. Earlier in March, he met Aliyev.",
            "March",
            "2021-03",
        ),
        # "since 2019" runs to the present: the 1991 date no longer anchors "May 21"
        (
            "Türkiye recognized Kazakhstan's independence on Dec. 16, 1991. Tokayev has met "
            "Erdoğan 14 times since 2019, most recently at the OTS summit in Budapest on May 21.",
            "May 21",
            "2025-05-21",
        ),
        # a new paragraph starts from the publication date again
        (
            "The council met on Dec. 16, 1991.\nThe leaders met in Budapest on May 21.",
            "May 21",
            "2025-05-21",
        ),
    ],
)
def test_reference_time(text: str, expression: str, value: str) -> None:
    assert _value(text, date(2025, 7, 28), expression) == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a day named without a year within the next two months is the coming one...
        (
            "He will testify before the committee on Feb. 10, lawyers said.",
            date(2000, 1, 7),
            "Feb. 10",
            "2000-02-10",
        ),
        (
            "The bid was extended to Nov. 6, the company said.",
            date(1989, 10, 30),
            "Nov. 6",
            "1989-11-06",
        ),
        (
            "The ceremony on Jan. 15 marks the accession.",
            date(1999, 12, 20),
            "Jan. 15",
            "2000-01-15",
        ),
        # ...further ahead the past reading stands, as for months
        ("The meeting on March 29 agreed a plan.", date(2024, 12, 10), "March 29", "2024-03-29"),
        ("He visited Tashkent in March.", date(2024, 12, 10), "March", "2024-03"),
    ],
)
def test_yearless_days_near_ahead(text: str, dct: date, expression: str, value: str) -> None:
    assert _value(text, dct, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In January this year, police arrived.", "January this year", "1998-01"),
        ("But in June last year, the leaders met.", "June last year", "1997-06"),
        ("In October of this year, he signed a decree.", "October of this year", "1998-10"),
        ("They meet in March next year.", "March next year", "1999-03"),
        # "expected" alone is a future cue, not a past participle
        ("The closing, which is expected in December, ends it.", "December", "1998-12"),
    ],
)
def test_month_with_relative_year(text: str, expression: str, value: str) -> None:
    assert _value(text, date(1998, 2, 19), expression) == value


@pytest.mark.parametrize("since", ["since 2019", "since March 2019", "since May 3, 2019"])
def test_any_since_date_ends_the_reference_time(since: str) -> None:
    text = (
        "Türkiye recognized Kazakhstan's independence on Dec. 16, 1991. Tokayev has met "
        f"Erdoğan 14 times {since}, most recently at the OTS summit in Budapest on May 21."
    )
    assert _value(text, date(2025, 7, 28), "May 21") == "2025-05-21"


NOV6 = date(2024, 11, 6)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # anaphoric expressions count from the narrative, not from the DCT
        ("On May 22, 1995, he was promoted, and the following year he retired.",
         "the following year", "1996"),
        ("The treaty was signed on March 3, 2021. The next day, parliament met.",
         "The next day", "2021-03-04"),
        ("The treaty was signed on March 3, 2021. Earlier that day, protesters gathered.",
         "Earlier that day", "2021-03-03"),
        ("In March 2019 the pipeline opened. That same month, exports rose.",
         "That same month", "2019-03"),
        ("In March 2019 the pipeline opened. The following month, talks began.",
         "The following month", "2019-04"),
        ("Exports reached $2 billion in 1988, a record share of imports that year.",
         "that year", "1988"),
        ("In 2019 the pipeline opened. Later that year, exports rose.",
         "Later that year", "2019"),
        ("The talks opened on Tuesday; the previous Friday, the ministers had spoken.",
         "the previous Friday", "2024-11-01"),
        ("He was in hospital on May 3, 2022.\nHe appeared in court the next morning.",
         "the next morning", "2022-05-04TMO"),
        ("The talks opened on May 3, 2022. Later in the day, he left.",
         "Later in the day", "2022-05-03"),
        # a bare month named in the paragraph before anchors "the following month"
        ("In March, the company received an offer.\nThe following month, it was sold.",
         "The following month", "2024-04"),
        # with nothing to point back to, "that day" stays unresolved
        ("That day was cold.", "That day", "XXXX-XX-XX"),
        # a fiscal quarter named earlier anchors "that quarter"
        ("Profit fell in the second quarter of 1988. Results for that quarter included a charge.",
         "that quarter", "1988-Q2"),
    ],
)  # fmt: skip
def test_anaphoric_expressions(text: str, expression: str, value: str) -> None:
    assert _value(text, NOV6, expression) == value


def test_a_bare_year_does_not_anchor_a_bare_month() -> None:
    # "that year" may point back to "1994", but "In January" is still read from the DCT
    text = "The shootings date to 1994. In January, a week after the anniversary, police met."
    assert _value(text, date(1998, 10, 25), "January") == "1998-01"


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a future clause is not anchored on a past reference year: the DCT anchors it
        ("The three, invited in July 1997, will officially join NATO on March 12.",
         date(1999, 2, 27), "March 12", "1999-03-12"),
        # ... but "would" is also the future of a past narrative
        ("In July 1997, he said the talks would resume in March.",
         date(1999, 2, 27), "March", "1997-03"),
        # the month after the DCT's is the coming one, whatever the tense
        ("Dealers placed heavy orders for November deliveries.",
         date(1989, 10, 30), "November", "1989-11"),
        ("Dealers placed heavy orders for January deliveries.",
         date(1989, 12, 30), "January", "1990-01"),
    ],
)  # fmt: skip
def test_tense_against_the_reference_time(
    text: str, dct: date, expression: str, value: str
) -> None:
    assert _value(text, dct, expression) == value
