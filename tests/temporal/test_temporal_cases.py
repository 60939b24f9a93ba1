"""Non-dates, tense and weekdays, relative expressions, ranges, parts, durations and sets."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import Timex, tag
from timeline.timex import DateMod

NOV6 = date(2024, 11, 6)  # a Wednesday
DEC10 = date(2024, 12, 10)


def only(text: str, dct: date | None) -> Timex:
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The article may not coincide with the view of the editors.",
        "May I ask a question?",
        "Trade grew from $16 billion to $100 billion.",
        "The ports have a low throughput capacity (23%).",
        "Russians make up only about 15% of the population.",
        "after the 8th Council Leadership Summit",
        "The visit coincided with the 30th anniversary of relations.",
        "Cargo reached 4.5 million tons.",
        "the number of companies has tripled to nearly 2,000",
        "at least 150 deaths",
        "12 billion euros offered by the EU",
        "Kyrgyzstan ordered the Bayraktar TB2 and the ANKA.",
        "a Boeing 737 and an F-16 landed",
        "The memorandum was signed by 1500 members.",
        # people and ballots counted (test-i), not years
        "Sanctions apply to over 2000 individuals and entities.",
        "He won with 1997 votes.",
        "Page 12, paragraph 3.",
        # ages, fractions and processions are not temporal expressions
        "Mr. Reupke, 52 years old, will succeed him.",
        "Iraq imports about three-quarters of its food.",
        "accounting for more than a quarter of the entire market",
        "protesters at the annual March for Life on Capitol Hill",
        "",
    ],
)
def test_non_dates_are_rejected(text: str) -> None:
    assert tag(text, NOV6) == []


def test_money_in_a_year_keeps_only_the_year() -> None:
    t = only("to increase turnover from $3.6 billion in 2021 to $5 billion", NOV6)
    assert (t.text, t.type, t.value) == ("2021", "DATE", "2021")


def test_a_year_is_never_a_day() -> None:
    t = only("For example, in 2024, they signed an agreement.", NOV6)
    assert t.value == "2024"
    assert t.interval is not None
    assert (t.interval.start, t.interval.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert t.interval.precision.value == "year"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met on Tuesday.", "2024-11-05"),
        ("He said on Monday that talks failed.", "2024-11-04"),
        ("The talks ended on Wednesday.", "2024-11-06"),
        ("The leaders will meet on Tuesday.", "2024-11-12"),
        ("The summit is expected to open on Friday.", "2024-11-08"),
        ("The leaders will meet on Wednesday.", "2024-11-06"),
        ("They met last Friday.", "2024-11-01"),
        ("They meet next Friday.", "2024-11-08"),
        ("They met last Wednesday.", "2024-10-30"),
        ("The vote is scheduled for Sunday.", "2024-11-10"),
        # "United" is not a past verb: the nearest tense marker is "would".
        ("The minister would be traveling to the United States Thursday.", "2024-11-07"),
        ("The armed forces will parade on Thursday.", "2024-11-07"),
        # a deadline in a past-perfect clause has passed
        ("Until Tuesday, they had not called him a suspect.", "2024-11-05"),
        ("Dozens of members had filed reports by Tuesday.", "2024-11-05"),
        # a named day's event ("Tuesday's ruling") has happened, even after "would"
        ("They said they would look for ways around Tuesday's ruling.", "2024-11-05"),
        ("Delegates will meet after Friday's vote.", "2024-11-08"),
        # "next to" is a place, not the future
        ("Dozens were killed in the blast next to the U.S. embassy on Friday.", "2024-11-01"),
        # "ahead of" places one event before another; it does not make the first future
        ("The ministers met in Oslo on Monday, ahead of the summit.", "2024-11-04"),
        ("The ministers will meet in Oslo on Monday, ahead of the summit.", "2024-11-11"),
        ("Officials are preparing for the vote ahead on Friday.", "2024-11-08"),
    ],
)
def test_weekdays_by_tense(text: str, value: str) -> None:
    assert [t.value for t in tag(text, NOV6) if t.type == "DATE"][-1] == value


def test_a_possessive_weekday_just_ahead_is_past() -> None:
    """At a Monday DCT, the Tuesday of "Tuesday's ruling" is one day after the DCT's
    weekday, where a clause without a past marker looks ahead: a named day's event has
    happened all the same."""
    text = "They said they would look for ways around Tuesday's ruling."
    assert [t.value for t in tag(text, date(2024, 11, 4)) if t.type == "DATE"] == ["2024-10-29"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agreement was signed in March.", "2024-03"),
        ("In March, the parties agreed to cooperate.", "2024-03"),
        ("The summit will be held in March.", "2025-03"),
        ("The forum is expected to convene in March.", "2025-03"),
        ("The visit is scheduled for March.", "2025-03"),
        ("The meeting took place in December.", "2024-12"),
        ("The loan must be repaid by February.", "2025-02"),
        # the auxiliary, not the participle, carries the tense
        ("The agreement will be signed in March.", "2025-03"),
        ("The dividend would be paid in January.", "2025-01"),
        # abbreviations and initials do not end the sentence that holds the tense
        ("Mr. Aliyev will succeed Gen. P. Smith in March.", "2025-03"),
        # irregular past verbs are past markers
        ("In March, the ministers met and chose a chairman who will serve.", "2024-03"),
        ("The company said it expects to release results in March.", "2025-03"),
    ],
)
def test_months_by_tense_in_a_december_article(text: str, value: str) -> None:
    assert only(text, DEC10).value == value


def test_reference_time_anchors_a_bare_month() -> None:
    text = "On March 29-30, 2022 the president visited Tashkent. Earlier in March, talks began."
    found = tag(text, date(2024, 6, 1))
    assert [(t.text, t.value) for t in found] == [
        ("March 29-30, 2022", "2022-03-29/2022-03-30"),
        ("March", "2022-03"),
    ]


def test_reference_time_stops_at_the_paragraph() -> None:
    text = "On May 3, 2019 they spoke.\nIn March, they met again."
    assert tag(text, date(2024, 6, 1))[-1].value == "2024-03"


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("On March 29-30 he visited.", "2022-03-29/2022-03-30", "2022-03-29", "2022-03-30"),
        ("on 13-14 December talks", "2021-12-13/2021-12-14", "2021-12-13", "2021-12-14"),
        ("on December 13-14 talks", "2021-12-13/2021-12-14", "2021-12-13", "2021-12-14"),
        ("from 30 March to 2 April", "2022-03-30/2022-04-02", "2022-03-30", "2022-04-02"),
        # the second day an ordinal after "the": one range, both ends
        ("visited from March 10 to the 11th.", "2022-03-10/2022-03-11", "2022-03-10", "2022-03-11"),
        ("from the 26th to the 27th of April", "2022-04-26/2022-04-27", "2022-04-26", "2022-04-27"),
        ("held the 16th and the 17th of May", "2022-05-16/2022-05-17", "2022-05-16", "2022-05-17"),
        ("held 4 November 2024", "2024-11-04", "2024-11-04", "2024-11-04"),
        ("On Nov. 9, 1989 the wall fell", "1989-11-09", "1989-11-09", "1989-11-09"),
        ("dated 13.12.2022", "2022-12-13", "2022-12-13", "2022-12-13"),
        ("on 2022-05-10", "2022-05-10", "2022-05-10", "2022-05-10"),
    ],
)
def test_absolute_dates_and_ranges(text: str, value: str, start: str, end: str) -> None:
    t = only(text, date(2022, 6, 1))
    assert t.value == value
    assert t.interval is not None
    assert (t.interval.start.isoformat(), t.interval.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal that a noun follows is no day: the range ends at the day before it
        ("The office moved on March 10 to the 11th floor.", [("March 10", "2022-03-10")]),
        ("She rose from 5th to the 3rd place.", []),
    ],
)
def test_an_ordinal_before_a_noun_ends_no_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, date(2022, 6, 1))] == expected


@pytest.mark.parametrize(
    ("text", "span", "type_", "value", "mod"),
    [
        ("this year", "this year", "DATE", "2024", None),
        ("last year's summit", "last year", "DATE", "2023", None),
        ("next month", "next month", "DATE", "2024-12", None),
        ("recently", "recently", "DATE", "PAST_REF", None),
        ("today", "today", "DATE", "2024-11-06", None),
        ("yesterday", "yesterday", "DATE", "2024-11-05", None),
        ("tomorrow", "tomorrow", "DATE", "2024-11-07", None),
        ("this fall", "this fall", "DATE", "2024-FA", None),
        ("In the end of May", "the end of May", "DATE", "2024-05", DateMod.end),
        ("at the beginning of May", "the beginning of May", "DATE", "2024-05", DateMod.start),
        ("early 2024", "early 2024", "DATE", "2024", DateMod.start),
        ("mid-2023", "mid-2023", "DATE", "2023", DateMod.mid),
        ("late 2024", "late 2024", "DATE", "2024", DateMod.end),
        ("in the 1990s", "1990s", "DATE", "199", None),
        ("the early 1990s", "the early 1990s", "DATE", "199", DateMod.start),
        ("three years ago", "three years ago", "DATE", "2021", None),
        ("this week", "this week", "DATE", "2024-W45", None),
        ("the third quarter", "the third quarter", "DATE", "2024-Q3", None),
        ("a two-day visit", "two-day", "DURATION", "P2D", None),
        ("for five years", "five years", "DURATION", "P5Y", None),
        ("over the past six years", "the past six years", "DURATION", "P6Y", None),
        ("more than four hours", "more than four hours", "DURATION", "PT4H", None),
        ("for several weeks", "several weeks", "DURATION", "PXW", None),
        ("twice a year", "twice a year", "SET", "P1Y", None),
        ("annually", "annually", "SET", "P1Y", None),
        ("every year", "every year", "SET", "P1Y", None),
        ("every Monday", "every Monday", "SET", "XXXX-WXX-1", None),
        ("at 10:35 a.m.", "10:35 a.m.", "TIME", "2024-11-06T10:35", None),
        ("this morning", "this morning", "TIME", "2024-11-06TMO", None),
        ("in nineteen ninety-six", "nineteen ninety-six", "DATE", "1996", None),
        ("the year two thousand", "the year two thousand", "DATE", "2000", None),
        ("from 30 March to 2 April", "30 March to 2 April", "DATE", "2024-03-30/2024-04-02", None),
        ("one of the events of the past century", "the past century", "DURATION", "P100Y", None),
        ("Islam will one day be the second religion", "one day", "DATE", "FUTURE_REF", None),
        # after an infinitive's "to" or a subject pronoun too (sixty-third session: a
        # test-ad report and TimeBank APW19980418 read them as DURATIONs of one day)
        ("in its bid to one day join the union", "one day", "DATE", "FUTURE_REF", None),
        ("the hope he one day follow his path", "one day", "DATE", "FUTURE_REF", None),
        ("postponed to one day after the vote", "one day", "DURATION", "P1D", None),
        ("One day, he left.", "One day", "DATE", "PAST_REF", None),
        ("a one-day trip", "one-day", "DURATION", "P1D", None),
        ("for several quarters of losses", "several quarters", "DURATION", "PXQ", None),
        # years read out in broadcast transcripts
        (
            "January nineteen ninety-seven. Atlanta again.",
            "January nineteen ninety-seven",
            "DATE",
            "1997-01",
            None,
        ),
        (
            "we saw in the winter of nineteen ninety-four",
            "the winter of nineteen ninety-four",
            "DATE",
            "1994-WI",
            None,
        ),
        # a clock time with its GMT equivalent and its day
        (
            "at 10:35 a.m. (0735 GMT) Tuesday",
            "10:35 a.m. (0735 GMT) Tuesday",
            "TIME",
            "2024-11-05T10:35",
            None,
        ),
        # halves: ISO 8601 durations carry the half in the next smaller unit
        ("he spent 5 1/2 hours there", "5 1/2 hours", "DURATION", "PT5H30M", None),
        ("for 5½ hours", "5½ hours", "DURATION", "PT5H30M", None),
        ("after 2 1/2 years", "2 1/2 years", "DURATION", "P2Y6M", None),
        ("it lasted a minute and a half", "a minute and a half", "DURATION", "PT1M30S", None),
        ("for an hour and a half", "an hour and a half", "DURATION", "PT1H30M", None),
        ("for two and a half months", "two and a half months", "DURATION", "P2M15D", None),
        ("for a week and a half", "a week and a half", "DURATION", "P10DT12H", None),
        ("for a decade and a half", "a decade and a half", "DURATION", "P15Y", None),
        ("it took half an hour", "half an hour", "DURATION", "PT30M", None),
        # the verb "last" is no part of the expression, the adjective is ("the last two
        # weeks", left as it was): TimeML 1.2.1, section 2.2 (seventy-second pass)
        ("The visit will last three days.", "three days", "DURATION", "P3D", None),
        ("The trial is expected to last two weeks.", "two weeks", "DURATION", "P2W", None),
        ("The truce did not last a week.", "a week", "DURATION", "P1W", None),
        ("The truce didn't last a month.", "a month", "DURATION", "P1M", None),
        # "a <unit>" after a verb of length is how long something took, as "lasted hours"
        ("The strike lasted a week.", "a week", "DURATION", "P1W", None),
        ("It took a year to build the bridge.", "a year", "DURATION", "P1Y", None),
        ("He spent a month in jail.", "a month", "DURATION", "P1M", None),
        # "the days ahead" and "over the years": a stretch of unknown length, ahead or
        # behind, as "the coming days" (TimeBank wsj_0768, VOA19980331.1700.1533)
        ("Talks will go on in the days ahead.", "the days ahead", "DURATION", "PXD", None),
        ("Prices may fall in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", None),
        ("Over the years, ties have grown.", "the years", "DURATION", "PXY", None),
        ("Relations improved through the decades.", "the decades", "DURATION", "PXY", None),
        ("for half a century", "half a century", "DURATION", "P50Y", None),
        # clock times with a day, and the named hours
        ("until 5 p.m. EST, Nov. 9.", "5 p.m. EST, Nov. 9", "TIME", "2024-11-09T17:00", None),
        ("leave at 4 in the morning", "4 in the morning", "TIME", "2024-11-06T04:00", None),
        ("talks broke off at noon Tuesday", "noon Tuesday", "TIME", "2024-11-05T12:00", None),
        ("at midday", "midday", "TIME", "2024-11-06T12:00", None),
        ("it will expire at midnight Friday", "midnight Friday", "TIME", "2024-11-08T24:00", None),
    ],
)
def test_expressions(text: str, span: str, type_: str, value: str, mod: DateMod | None) -> None:
    t = only(text, NOV6)
    assert (t.text, t.type, t.value, t.mod) == (span, type_, value, mod)


@pytest.mark.parametrize(
    "text", ["he scored 2 in the evening", "a film called High Noon", "high noon came today"]
)
def test_counts_and_figures_of_speech_are_not_clock_times(text: str) -> None:
    # "in the evening" is a part of the day, a TIME of its own since the sixty-fifth
    # session (tests/temporal/test_parts_of_day_after_preposition.py); no clock time
    times = [t.text for t in tag(text, NOV6) if t.type == "TIME"]
    assert [t for t in times if t != "the evening"] == []


def test_the_year_ended_a_day_is_twelve_months_not_the_calendar_year() -> None:
    found = tag("revenue for the year ended March 31", NOV6)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the year", "DURATION", "P1Y"),
        ("March 31", "DATE", "2024-03-31"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # "last month" is the month just gone, so "last February" in March is a year back
        ("The helicopters crashed last February.", date(1998, 3, 1), "1997-02"),
        ("They met last April.", date(1989, 10, 27), "1989-04"),
        ("They met last December.", date(1998, 1, 10), "1997-12"),
    ],
)
def test_last_month_name(text: str, dct: date, value: str) -> None:
    assert only(text, dct).value == value


def test_last_years_possessive_is_not_in_the_span() -> None:
    t = only("at last year's summit", NOV6)
    assert t.text == "last year"


def test_mod_narrows_the_interval_and_event_date() -> None:
    t = only("In the end of May, Tokayev visited Ankara.", date(2022, 6, 1))
    assert t.interval is not None
    assert (t.interval.start, t.interval.end) == (date(2022, 5, 21), date(2022, 5, 31))
    ed = t.event_date()
    assert ed is not None
    assert ed.label() == "late May 2022"
    assert ed.text == "the end of May"


@pytest.mark.parametrize(
    ("text", "value"),
    [("in March", "XXXX-03"), ("on Tuesday", "XXXX-WXX-2"), ("this year", "XXXX")],
)
def test_without_a_dct_relative_values_keep_unknown_parts(text: str, value: str) -> None:
    t = only(text, None)
    assert t.value == value
    assert t.interval is None
    assert t.event_date() is None


def test_without_a_dct_absolute_dates_are_still_placed() -> None:
    t = only("on May 3, 2022", None)
    assert t.value == "2022-05-03"
    assert t.interval is not None


def test_durations_and_sets_have_no_interval() -> None:
    for t in tag("for five years, twice a year, recently", NOV6):
        assert t.interval is None
        assert t.event_date() is None


def test_timex_is_frozen() -> None:
    t = only("in 2024", NOV6)
    with pytest.raises(AttributeError):
        t.value = "2025"  # type: ignore[misc]


def test_as_json_has_exactly_five_keys() -> None:
    t = only("in 2024", NOV6)
    assert t.as_json() == {"start": 3, "end": 7, "text": "2024", "type": "DATE", "value": "2024"}


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back() -> None:
    text = "Profit in the third quarter rose 5% from a year earlier and the year-ago period."
    found = [(t.text, t.value) for t in tag(text, NOV6)]
    assert found == [
        ("the third quarter", "2024-Q3"),
        ("a year earlier", "2023-Q3"),
        ("the year-ago period", "2023-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeBank wsj_0904: "year-earlier" modifies the count, as "latest" and "first" do
        (
            "Net for the year-earlier nine months also included a gain of $9.7 million, or "
            "15 cents a share, in the carrying value of the Conner investment.",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
    ],
)
def test_a_year_back_modifier_of_a_count_is_in_the_duration(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """TimeML 1.2.1, section 2.2.1: a modifier of the expression is in its extent; the
    period a year back is a DURATION of its count, as TimeBank writes "the first nine
    months" (not "year-earlier" DATE beside "nine months")."""
    assert [(t.text, t.type, t.value) for t in tag(text, date(1989, 10, 26))] == expected


@pytest.mark.parametrize("text", ["two thousand years", "nineteen people", "two thousand troops"])
def test_spoken_numbers_that_are_not_years(text: str) -> None:
    assert all(t.type != "DATE" for t in tag(text, NOV6))


def test_the_past_before_a_count_is_no_past_ref() -> None:
    """TimeML 1.2.1, section 2.2.3: "the past" is PAST_REF as a noun ("in the past,"); before
    a count it is an adjective of the count (TimeBank APW19980322.0749)."""
    text = (
        "Confrontations among Catholic protesters, Protestant marchers and the police have "
        "provoked widespread violence in Northern Ireland for the past three summers."
    )
    assert [t.value for t in tag(text, date(1998, 3, 22))] == []
    assert [t.value for t in tag("In the past, marchers kept to the road.", NOV6)] == ["PAST_REF"]
