"""The error classes of issue 13, each as a general rule (TimeML 1.2.1, section 2.2).

Spans, values and false positives that the TempEval-3 held-out text showed; every case
here is a sentence of our own, not the corpus's.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2024, 11, 6)  # a Wednesday


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<duration> later/earlier" measures a distance: the DURATION, "later" a signal
        (
            "The treaty was signed on March 3, 2021. Two days later it was ratified.",
            [("March 3, 2021", "DATE", "2021-03-03"), ("Two days", "DURATION", "P2D")],
        ),
        ("A few weeks earlier, talks had failed.", [("A few weeks", "DURATION", "PXW")]),
        ("Three hours later the ship sank.", [("Three hours", "DURATION", "PT3H")]),
        # ... but "a year earlier" in a report names the period compared with
        ("Sales rose 5% from a year earlier.", [("a year earlier", "DATE", "2023")]),
        # modifiers that are part of the expression
        ("Crowds gathered early Tuesday.", [("early Tuesday", "DATE", "2024-11-05")]),
        ("They met late Monday.", [("late Monday", "DATE", "2024-11-04")]),
        ("It lasted a mere two weeks.", [("a mere two weeks", "DURATION", "P2W")]),
        ("He is due later this afternoon.", [("later this afternoon", "TIME", "2024-11-06TAF")]),
        ("Later yesterday, the index fell.", [("Later yesterday", "DATE", "2024-11-05")]),
        (
            "The plant will close over the next year or so.",
            [("the next year or so", "DATE", "2025")],
        ),
        ("They are not happy right now.", [("right now", "DATE", "PRESENT_REF")]),
        # focus adverbs and "over" are not
        ("He had been in office only six months.", [("six months", "DURATION", "P6M")]),
        ("The plan evolved over several years.", [("several years", "DURATION", "PXY")]),
        # "the" before a century is not part of it; before a two-word adjective neither
        ("the most important events of the 20th century", [("20th century", "DATE", "19")]),
        ("the two day rally", [("two day", "DURATION", "P2D")]),
        # values
        ("Growth will slow in the next decade.", [("the next decade", "DURATION", "P10Y")]),
        (
            "It will change over the following century.",
            [("the following century", "DURATION", "P100Y")],
        ),
        ("At the time he was willing to talk.", [("the time", "DATE", "PAST_REF")]),
        ("Crime has risen in recent years.", [("recent years", "DURATION", "PXY")]),
        ("Sales fell in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
        ("Profit will rise for the full year.", [("the full year", "DATE", "2024")]),
        ("Sales in the current fiscal year rose.", [("the current fiscal year", "DATE", "2024")]),
        ("The company expects to close the deal soon.", [("soon", "DATE", "FUTURE_REF")]),
        # clock-style durations; the same notation after "at" is a time of day
        ("The winner ran the course in 2:08:30.", [("2:08:30", "DURATION", "PT2H8M30S")]),
        ("She swam the final in 1:58.42.", [("1:58.42", "DURATION", "PT1M58.42S")]),
        ("The blast came at 10:35:20.", [("10:35:20", "TIME", "2024-11-06T10:35:20")]),
        # a term of office, a period: the noun is part of the duration
        ("The mayor won a four-year term.", [("a four-year term", "DURATION", "P4Y")]),
        ("It was his second five-year term.", [("five-year term", "DURATION", "P5Y")]),
        ("Prices fell over a three-month period.", [("a three-month period", "DURATION", "P3M")]),
        # sets: plural weekdays, a weekday's part of the day in the plural, each month
        ("The ferry sails on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
        ("The club meets Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
        ("The fair is held each July.", [("each July", "SET", "XXXX-07")]),
        ("Floods come every spring.", [("every spring", "SET", "XXXX-SP")]),
        # one length of time in several units is one duration
        (
            "The flight was delayed 1 hour 20 minutes.",
            [("1 hour 20 minutes", "DURATION", "PT1H20M")],
        ),
        (
            "He served two years and six months in prison.",
            [("two years and six months", "DURATION", "P2Y6M")],
        ),
        (
            "It took 2 weeks and 3 days.",  # ISO 8601 does not mix weeks with days
            [("2 weeks", "DURATION", "P2W"), ("3 days", "DURATION", "P3D")],
        ),
        # vague plurals of days and hours
        ("In recent days the fighting resumed.", [("recent days", "DURATION", "PXD")]),
        ("Crowds waited for hours.", [("hours", "DURATION", "PTXH")]),
        # a clock time with "local time" and its weekday is one TIME
        (
            "At 3 p.m. local time Tuesday the troops left.",
            [("3 p.m. local time Tuesday", "TIME", "2024-11-05T15:00")],
        ),
        # the generic "today" is the present, not the day of the article
        ("In today's world, data is power.", [("today", "DATE", "PRESENT_REF")]),
        ("Today's young voters read less.", [("Today", "DATE", "PRESENT_REF")]),
        ("It is the music of today.", [("today", "DATE", "PRESENT_REF")]),
        ("Today's meeting was short.", [("Today", "DATE", "2024-11-06")]),
        # decades in words, after "the": the latest such decade up to the DCT
        ("It was a hit in the nineties.", [("the nineties", "DATE", "199")]),
        ("Wages rose in the early eighties.", [("the early eighties", "DATE", "198")]),
        # the middle of a part of the day
        ("By mid-afternoon the crowd had left.", [("mid-afternoon", "TIME", "2024-11-06TAF")]),
        (
            "Shares rose at midmorning yesterday.",
            [("midmorning yesterday", "TIME", "2024-11-05TMO")],
        ),
        # counts with "more", "additional"
        ("He may stay 20 more years.", [("20 more years", "DURATION", "P20Y")]),
        ("The loan runs for an additional year.", [("an additional year", "DURATION", "P1Y")]),
        # year-end: the year with mod END; a past one after "since" or in a past clause
        ("Sales will rise by year-end.", [("year-end", "DATE", "2024")]),
        ("Debt has fallen since year-end.", [("year-end", "DATE", "2023")]),
        ("Debt was high at year-end 1988.", [("year-end 1988", "DATE", "1988")]),
        # an indefinite stretch ahead
        ("In the near term, prices will rise.", [("the near term", "DATE", "FUTURE_REF")]),
        ("Over the long term, it pays.", [("the long term", "DATE", "FUTURE_REF")]),
        # the plural part of the day belongs to both weekdays
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
    ],
)
def test_error_classes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Annan has no trip planned so far.",
        "He blamed the recent bomb attacks.",
        "at the time of the crash",
        # "at the time (when)" before a clause: the time of its event, no PAST_REF
        "At the time Howes was captured, the Khmer Rouge were a more or less united force.",
        "At the time the plane crashed, he was asleep.",
        "as soon as possible",
        "soon after the vote",
        "a joint venture called Orion 1980, which builds satellites",
        "The vote in the committee was 5:1, and the ratio 2:1.",
        "The senator is in his forties.",
    ],
)
def test_words_the_guidelines_do_not_mark(text: str) -> None:
    assert found(text) == []


def test_a_reported_quarter_is_the_period_and_this_quarter() -> None:
    text = (
        "Net income rose in the third quarter. Sales in the latest period were $1.7 billion, "
        "up from $1.5 billion in the 1988 period. This quarter's loss was smaller."
    )
    values = [v for _, _, v in found(text, date(1989, 11, 2))]
    assert values == ["1989-Q3", "1989-Q3", "1988-Q3", "1989-Q3"]


def test_a_clock_time_in_a_story_of_an_earlier_year_is_on_an_unknown_day() -> None:
    text = (
        "In March 1996 the rebels attacked. The fighting stopped at 10 p.m. on Friday, "
        "resumed at 6 a.m. and ended Saturday night."
    )
    assert found(text)[1:] == [
        ("10 p.m. on Friday", "TIME", "XXXX-WXX-5T22:00"),
        ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
        ("Saturday night", "TIME", "XXXX-WXX-6TNI"),
    ]


def test_a_plan_seen_from_the_past_is_in_the_past() -> None:
    (t,) = tag("The offer had been due to expire Friday evening.", DCT)
    assert t.value == "2024-11-01TEV"
    (t,) = tag("The offer is due to expire Friday evening.", DCT)
    assert t.value == "2024-11-08TEV"


def test_a_date_modifying_a_noun_does_not_move_the_narrative() -> None:
    text = "He rejected the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2."
    assert found(text, date(1990, 8, 15))[-1] == ("Aug. 2", "DATE", "1990-08-02")


def test_the_months_just_ahead_are_the_coming_ones() -> None:
    (t,) = tag("The bank agreed to acquire the company in January.", date(1989, 11, 2))
    assert t.value == "1990-01"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # past tense: the most recent such day before the DCT (a Wednesday)
        ("The ministers met on Monday in Geneva.", "2024-11-04"),
        ("The council said on Friday that it disagreed.", "2024-11-01"),
        # future tense: the next one
        ("The ministers will meet on Monday in Geneva.", "2024-11-11"),
        # the simple present of a schedule is its future (a timetable, not a report)
        ("The envoy arrives Thursday for a summit.", "2024-11-07"),
        ("The two leaders meet separately Monday with the mediator.", "2024-11-11"),
        ("The talks resume on Friday in Vienna.", "2024-11-08"),
        # ... but a base form after "to" or a modal takes the tense of its auxiliary
        ("The factory failed to meet its quota on Monday.", "2024-11-04"),
        # the DCT's own weekday is the DCT in a report of the day
        ("The committee voted on Wednesday to end the inquiry.", "2024-11-06"),
    ],
)
def test_a_weekday_takes_the_tense_of_its_clause(text: str, value: str) -> None:
    (t,) = tag(text, DCT)
    assert t.value == value


def test_a_bare_weekday_in_a_story_of_an_earlier_year_is_in_an_unknown_week() -> None:
    # TimeML 1.2.1, section 2.2.3 (value): a part the text does not fix stays X
    text = (
        "In March 1996 the rebels took the town. On Saturday they withdrew, "
        "the ministry said Wednesday."
    )
    assert found(text)[1:] == [
        ("Saturday", "DATE", "XXXX-WXX-6"),
        ("Wednesday", "DATE", "2024-11-06"),  # the day of the report: the DCT
    ]
    # a story of the DCT's year keeps the DCT's week
    assert found("In March 2024 the rebels took the town. On Saturday they withdrew.")[1:] == [
        ("Saturday", "DATE", "2024-11-02")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry carried 1999 passengers across the strait.", []),
        ("Police detained about 2000 protesters.", []),
        ("The flood destroyed 1985 houses.", []),
        # after a preposition, a determiner, a possessive or a verb of figures: a year
        ("In 1999 passengers complained about delays.", [("1999", "DATE", "1999")]),
        ("The company said its 1990 sales would rise.", [("1990", "DATE", "1990")]),
        ("Analysts said 1990 earnings would fall.", [("1990", "DATE", "1990")]),
    ],
)
def test_a_number_that_counts_things_is_not_a_year(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was postponed to a later date.", ("a later date", "DATE", "FUTURE_REF")),
        ("The talks will resume at a future date.", ("a future date", "DATE", "FUTURE_REF")),
        ("The deadline was moved to an earlier date.", ("an earlier date", "DATE", "PAST_REF")),
    ],
)
def test_a_non_specific_date_is_a_reference(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things counted per unit of time are a speed or a throughput: not a set of times
        ("The mill turns out 5,000 tonnes daily.", []),
        ("The processor handles 20 million operations per second.", []),
        ("The agency hires 300 a month.", []),
        # money and shares per period stay SETs, as does a count of occurrences
        ("Rooms cost $40 a night in winter.", [("a night", "SET", "P1D")]),
        ("Exports grew 12% annually.", [("annually", "SET", "P1Y")]),
        ("The council meets twice a year.", [("twice a year", "SET", "P1Y")]),
        ("The two ministers meet three times a month.", [("three times a month", "SET", "P1M")]),
        ("The report is published annually.", [("annually", "SET", "P1Y")]),
    ],
)
def test_a_throughput_is_not_a_set(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" and "latter" half of a year are its second half
        (
            "Profits should recover in the last half of 2023.",
            [("the last half of 2023", "DATE", "2023-H2")],
        ),
        ("The latter half of 2019 was quiet.", [("The latter half of 2019", "DATE", "2019-H2")]),
        # ... not "the last half hour", nor a half of a decade
        ("Prices fell in the last half hour.", []),
    ],
)
def test_the_last_half_of_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the period the narrative is in: the day named, the reference month or year
        ("On March 3, 1996, the rebels attacked. Later in the day they withdrew.", "1996-03-03"),
        ("In March 1996 the rebels attacked. Later in the year they withdrew.", "1996"),
        # a story of an earlier year without that day: unknown, not the DCT's day
        ("In March 1996 the rebels attacked. Later in the day they withdrew.", "XXXX-XX-XX"),
        ("In March 1996 the rebels attacked. Later in the week they withdrew.", "XXXX-WXX"),
        # no story: the DCT's
        ("The index fell at the open. Later in the day it recovered.", "2024-11-06"),
    ],
)
def test_earlier_or_later_in_the_period_of_the_narrative(text: str, value: str) -> None:
    assert found(text)[-1][2] == value


def test_a_part_of_an_unknown_day_is_still_a_time() -> None:
    text = "In March 1996 the rebels attacked. Earlier that morning, the troops had left."
    assert found(text)[-1] == ("Earlier that morning", "TIME", "XXXX-XX-XXTMO")
    assert found("The rebels attacked that evening.") == [("that evening", "TIME", "XXXX-XX-XXTEV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of trading or business days is a length of time
        (
            "Eight trading days later, the index recovered.",
            ("Eight trading days", "DURATION", "P8D"),
        ),
        ("The bank must reply within 10 business days.", ("10 business days", "DURATION", "P10D")),
        # "around" before a date is part of it (mod APPROX), as before a duration
        ("The sale should be completed around Nov. 1.", ("around Nov. 1", "DATE", "2024-11-01")),
        ("The dam was built around 1990.", ("around 1990", "DATE", "1990")),
    ],
)
def test_trading_days_and_dates_around(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_around_a_date_is_approximate() -> None:
    (t,) = tag("The sale should be completed around Nov. 1.", DCT)
    assert t.mod is not None and t.mod.timeml == "APPROX"
    assert found("The ferry carried around 1999 passengers.") == []
    assert found("Tourists walked around Monday's market.") == [("Monday", "DATE", "2024-11-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last" or "next" before a month and a day: that date just gone or just ahead of
        # the DCT (Wednesday 6 November 2024), not a year back as "last March" alone
        ("The pact was ratified last March 5.", ("last March 5", "DATE", "2024-03-05")),
        ("The envoys met last Nov. 2 in Rome.", ("last Nov. 2", "DATE", "2024-11-02")),
        ("The accord signed last Nov. 20 expired.", ("last Nov. 20", "DATE", "2023-11-20")),
        ("Talks resume next Jan. 4, officials said.", ("next Jan. 4", "DATE", "2025-01-04")),
        ("The vote is set for next Nov. 20.", ("next Nov. 20", "DATE", "2024-11-20")),
        ("The summit this past Oct. 30 was short.", ("this past Oct. 30", "DATE", "2024-10-30")),
        ("They meet this coming Dec. 1 in Lima.", ("this coming Dec. 1", "DATE", "2024-12-01")),
        (
            "Leaders gather next November 20-21.",
            ("next November 20-21", "DATE", "2024-11-20/2024-11-21"),
        ),
        # a weekday written with it is the date's own: the DCT's day, not a year ahead
        (
            "He arrives next Wednesday, Nov. 6, at 9:00.",
            ("next Wednesday, Nov. 6", "DATE", "2024-11-06"),
        ),
        # a year written keeps its year; "last March" alone is unchanged
        ("It was held last March 5, 2019.", ("last March 5, 2019", "DATE", "2019-03-05")),
        ("It was held last March.", ("last March", "DATE", "2024-03")),
    ],
)
def test_last_or_next_before_a_month_and_day(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text)[0] == expected


def test_last_before_a_month_and_day_without_a_dct_keeps_the_year_unknown() -> None:
    assert found("The pact was ratified last March 5.", None) == [
        ("last March 5", "DATE", "XXXX-03-05")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the time, he was mayor.", [("the time", "DATE", "PAST_REF")]),
        # no second clause: the phrase is the sentence's own time
        ("At the time he was mayor.", [("the time", "DATE", "PAST_REF")]),
        # inside the sentence, after a verb of saying
        (
            "He spoke in a speech, saying at the time he was willing to withdraw troops, too.",
            [("the time", "DATE", "PAST_REF")],
        ),
    ],
)
def test_at_the_time_as_the_narratives_past(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
