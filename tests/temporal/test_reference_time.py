"""The narrative's reference time, and when it stops applying.

An underspecified expression takes the parts it lacks from its anchor, the DCT or a time
the text names (TimeML 1.2.1, section 2.2, ``value``).

A day named with a relative year after it ("April 18 last year", "29 January of this
year") is one expression whose year is that year (section 2.2.1, the extent takes the
expression's modifiers; a treaty's entry into force, a summit's report, a free-movement
plan; seventeenth session of 2026-11-30/12-01).

A month or day named without a year after a reference time late in the year before the
DCT's ("On December 17, 2021, ... were held on January 10", published in January 2022)
is anchored to the reference time read forward to the DCT: the January after that
December (a security-talks report, a report of reopened liaison offices). A month or day
after a relative year in the same sentence, with no other date between ("last year in
July"), is in that year, before the DCT and the tense (a summit's report, a trade
forum's; eighteenth session of 2026-12-01).

A clause told in the past does not point back to a day named after the DCT (a plan's:
"scheduled for Sept. 4 to 6 ... At 10 a.m., Xi met"): it points back to the value named
before that day when that one is not ahead, else it stays unknown (a summit's report, a
phone call's; nineteenth session of 2026-12-01).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag


def found(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def found_typed(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


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


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a treaty: a past clause would put "October 5" in the DCT's year
        (
            "The border treaty, which was signed on October 5 last year, took effect.",
            date(2020, 12, 23),
            [("October 5 last year", "DATE", "2019-10-05")],
        ),
        # a summit report: a day within the next weeks of the DCT, but last year's
        (
            "The summit held on April 18 last year in Dushanbe adopted the treaty.",
            date(2025, 3, 31),
            [("April 18 last year", "DATE", "2024-04-18")],
        ),
        # a plan: "agreed" would put the day in the past
        (
            "The four countries have agreed to free movement on October 1st this year.",
            date(2025, 7, 9),
            [("October 1st this year", "DATE", "2025-10-01")],
        ),
        # day first, "of", a comma, a range, the following year, the same year
        (
            "It was signed on 29 January of last year and ratified on Feb. 3-4, next year.",
            date(2022, 9, 2),
            [
                ("29 January of last year", "DATE", "2021-01-29"),
                ("Feb. 3-4, next year", "DATE", "2023-02-03/2023-02-04"),
            ],
        ),
    ],
)
def test_a_day_with_a_relative_year_takes_that_year(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert found_typed(text, dct) == expected


def test_without_a_dct_the_year_stays_unknown_and_yearly_is_no_year() -> None:
    assert found_typed("It met on March 3 last year.", None) == [
        ("March 3 last year", "DATE", "XXXX-03-03")
    ]
    assert found_typed("They met on March 3 this yearly meeting's eve.", date(2024, 5, 1)) == [
        ("March 3", "DATE", "2024-03-03")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # security talks: the drafts in December, the meetings in the January after
        (
            "On December 17, 2021, the ministry published the draft agreements. "
            "Consultations were held on January 10 in Geneva and a council met on "
            "January 12 in Brussels.",
            date(2022, 1, 19),
            [
                ("December 17, 2021", "2021-12-17"),
                ("January 10", "2022-01-10"),
                ("January 12", "2022-01-12"),
            ],
        ),
        # liaison offices: the declaration in December, the reopening in January
        (
            "The two countries resumed relations on December 22, 2020, through a joint "
            "declaration. Israel reopened its liaison office in Rabat on January 26.",
            date(2021, 2, 8),
            [("December 22, 2020", "2020-12-22"), ("January 26", "2021-01-26")],
        ),
        # a bare month as well as a day
        (
            "The talks began in November 2023 and ended in February.",
            date(2024, 3, 1),
            [("November 2023", "2023-11"), ("February", "2024-02")],
        ),
    ],
)
def test_a_month_after_a_late_reference_runs_into_the_dct_year(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a month just before the reference's keeps the reference's year
        (
            "He will attend the inauguration in August 2023, the office said on July 17.",
            date(2024, 11, 4),
            [("August 2023", "2023-08"), ("July 17", "2023-07-17")],
        ),
        # a reference two years back: a flashback, not a story run on to the report
        (
            "The office was established in September 2018, as agreed at the summit "
            "held on April 27.",
            date(2020, 6, 16),
            [("September 2018", "2018-09"), ("April 27", "2018-04-27")],
        ),
        # the month in the DCT's year would be after the DCT: the reference's year
        (
            "The treaty was signed in December 2021 after talks in May.",
            date(2022, 3, 1),
            [("December 2021", "2021-12"), ("May", "2021-05")],
        ),
        # the month of the reference itself
        (
            "On December 3, 2021, the talks opened; earlier in December they had stalled.",
            date(2022, 1, 19),
            [("December 3, 2021", "2021-12-03"), ("December", "2021-12")],
        ),
    ],
)
def test_the_reference_year_stays(text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a summit report: the month right after the relative year
        (
            "Niger withdrew following a coup in that country last year in July.",
            date(2024, 9, 16),
            [("last year", "2023"), ("July", "2023-07")],
        ),
        # a postponed summit: words between, and a future would have sent it ahead
        (
            "Last year it should have been held in August in Avaza, but was postponed.",
            date(2022, 12, 13),
            [("Last year", "2021"), ("August", "2021-08")],
        ),
        # a trade forum: a day five days ahead of the DCT, but last year's
        (
            "Last year, the ministers had co-chaired the 13th meeting in Washington on January 11.",
            date(2024, 1, 6),
            [("Last year", "2023"), ("January 11", "2023-01-11")],
        ),
        # a day after the relative year, and "this year"
        (
            "The alliance was formed last year on September 16; this year the summit "
            "will be held in March.",
            date(2024, 9, 16),
            [
                ("last year", "2023"),
                ("September 16", "2023-09-16"),
                ("this year", "2024"),
                ("March", "2024-03"),
            ],
        ),
    ],
)
def test_a_month_after_a_relative_year_takes_that_year(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # another sentence: the DCT and the tense
        (
            "Exports fell last year. The talks resumed in July.",
            date(2024, 9, 16),
            [("last year", "2023"), ("July", "2024-07")],
        ),
        # another date between: the month is that date's neighbour, not the relative year's
        (
            "Last year the plan was drafted, and on Monday it was sent in July's form.",
            date(2024, 9, 16),
            [("Last year", "2023"), ("Monday", "2024-09-16"), ("July", "2024-07")],
        ),
        # a bare year is not a relative year (one that opens its sentence frames the
        # story: test_story_year_frame.py)
        (
            "The talks, stalled in 2019, resumed in July.",
            date(2024, 9, 16),
            [("2019", "2019"), ("July", "2024-07")],
        ),
    ],
)
def test_a_month_after_something_else_keeps_its_anchor(
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


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a day between "the" and the noun it names: the nearest year, not the future
        # of its clause's verb (test-r, test-v)
        (
            "This is the second signing after the April 11 signing in Kampala, and it will "
            "boost trade.",
            date(2021, 5, 20),
            "April 11",
            "2021-04-11",
        ),
        (
            "He will hold talks over the implementation of the July 9 agreement.",
            date(2018, 9, 5),
            "July 9",
            "2018-07-09",
        ),
        # the nearest is ahead: the coming one
        (
            "They will discuss the Sept. 14 meeting in Leipzig.",
            date(2020, 6, 4),
            "Sept. 14",
            "2020-09-14",
        ),
        # the event's own plan keeps the future, the past one nearer notwithstanding
        # (test-n's words, recorded with a November DCT)
        (
            "They will discuss the Sept. 14 meeting, due to be held in Leipzig.",
            date(2024, 11, 4),
            "Sept. 14",
            "2025-09-14",
        ),
        # a past clause keeps the past, the nearer coming one notwithstanding (the
        # nearest year there moved a right TempEval-3 value)
        (
            "They discussed the Sept. 14 meeting in Leipzig.",
            date(2020, 6, 4),
            "Sept. 14",
            "2019-09-14",
        ),
    ],
)
def test_a_day_naming_an_event_in_a_future_clause_takes_the_nearest_year(
    text: str, dct: date, expression: str, value: str
) -> None:
    assert _value(text, dct, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # no noun after the day: the clause's tense still decides
        (
            "The talks will run from the April 11 to the 14th.",
            "April 11 to the 14th",
            "2022-04-11/2022-04-14",
        ),
        ("He will arrive on April 11 for talks.", "April 11", "2022-04-11"),
    ],
)
def test_a_day_before_no_noun_keeps_the_tense(text: str, expression: str, value: str) -> None:
    assert _value(text, date(2021, 5, 20), expression) == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a month between a determiner and the noun it names in a future clause: the
        # nearest year (test-h, test-m, test-ap)
        (
            "The talks will focus on the implementation of the December summit agreements.",
            date(2020, 5, 29),
            "December",
            "2019-12",
        ),
        (
            "A follow-up would be done on Prime Minister Modi's June visit.",
            date(2023, 11, 10),
            "June",
            "2023-06",
        ),
        (
            "They will discuss the results of the May elections to the European Parliament.",
            date(2019, 7, 15),
            "May",
            "2019-05",
        ),
        # no noun after the month: the clause's future still decides
        ("They will set the June and July dates.", date(2023, 11, 10), "June", "2024-06"),
        ("The choice of the June date will allow the work.", date(2023, 11, 10), "June", "2024-06"),
        ("They would focus on a June summit.", date(2023, 11, 10), "June", "2024-06"),
        ("He will visit Paris in June.", date(2023, 11, 10), "June", "2024-06"),
    ],
)
def test_a_month_naming_an_event_in_a_future_clause_takes_the_nearest_year(
    text: str, dct: date, expression: str, value: str
) -> None:
    assert _value(text, dct, expression) == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # the dated noun is the future verb's own act, not inside another noun phrase:
        # the clause's future decides (review22 finding 1)
        (
            "Erdogan will attend the November summit in Baku.",
            date(2023, 3, 1),
            "November",
            "2023-11",
        ),
        (
            "Kenya will host the October 12 summit of the bloc.",
            date(2023, 2, 20),
            "October 12",
            "2023-10-12",
        ),
        (
            "The two presidents will meet at the November summit in Baku.",
            date(2023, 3, 1),
            "November",
            "2023-11",
        ),
        (
            "Ruto will travel to the September summit in New York.",
            date(2023, 1, 10),
            "September",
            "2023-09",
        ),
        (
            "Macron will attend the December conference in Dubai.",
            date(2023, 4, 2),
            "December",
            "2023-12",
        ),
    ],
)
def test_the_act_of_a_future_verb_keeps_the_future(
    text: str, dct: date, expression: str, value: str
) -> None:
    assert _value(text, dct, expression) == value


# A month or day told as a recent act ("the latest meeting", "it just attended", "already
# opened") after a reference time in a year before the DCT's is anchored to the DCT: the
# act is placed from the time of the report (TimeML 1.2.1, section 2.2, ``value``; a
# NATO-Russia Council report, an ASEAN membership report, a border reopening's;
# twenty-fourth session of 2026-12-01). Each fails without Context._told_as_recent.
@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        (
            "The council was established on May 28, 2002 and was effectively suspended by "
            "the alliance in 2014-2016 over the situation in Ukraine. The latest NATO-Russia "
            "Council meeting was held in late May at NATO headquarters in Brussels.",
            date(2018, 10, 31),
            "late May",
            "2018-05",
        ),
        (
            "Timor Leste applied to become a member of the regional organization on March 4, "
            "2011. Timor Leste has also been granted observer status, which allows it to "
            "participate in all ASEAN meetings, including the meeting of foreign ministers it "
            "just attended in early February in Jakarta.",
            date(2023, 2, 13),
            "early February",
            "2023-02",
        ),
        (
            "This reopening has occurred due to the control of the pandemic, which is why "
            "these borders were closed in March 2020. However, Colombia already opened its "
            "border crossing point on 19 May in Putumayo and Nariño.",
            date(2021, 11, 22),
            "19 May",
            "2021-05-19",
        ),
    ],
)
def test_a_recent_act_is_anchored_to_the_dct_not_an_older_reference(
    text: str, dct: date, expression: str, value: str
) -> None:
    assert _value(text, dct, expression) == value


# The older reference time still anchors: a past perfect is the story's past ("had already
# met"; fails without the past perfect guard), "just" before no past verb is not recency
# ("just two days after"; fails without the past verb after the adverb), and a month with no
# recency word is the flashback's.
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The council was established on May 28, 2002. By then its members had already "
            "met in April.",
            "April",
            "2002-04",
        ),
        (
            "The treaty was signed on May 28, 2002, just two days after the talks held in May.",
            "May",
            "2002-05",
        ),
        (
            "The council was established on May 28, 2002. Its first meeting was held in late June.",
            "late June",
            "2002-06",
        ),
    ],
)
def test_an_older_reference_still_anchors_what_is_not_told_as_recent(
    text: str, expression: str, value: str
) -> None:
    assert _value(text, date(2018, 10, 31), expression) == value


# A recent act is past: told as recent, a month or day after the DCT's is in the year
# before, never the coming one (review of the twenty-fourth session, finding 1; each gave
# the DCT's year, a date after the report, before Context._recent_year).
@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        (
            "The council was established on May 28, 2002. It recently met on 19 November.",
            date(2018, 10, 31),
            "19 November",
            "2017-11-19",
        ),
        (
            "The council was established on May 28, 2002. The latest meeting was held on "
            "November 19 in Brussels.",
            date(2018, 10, 31),
            "November 19",
            "2017-11-19",
        ),
        (
            "These borders were closed in March 2020. However, Colombia already opened its "
            "border crossing point on 19 December.",
            date(2021, 11, 22),
            "19 December",
            "2020-12-19",
        ),
        (
            "The council was established on May 28, 2002. The latest NATO-Russia Council "
            "meeting was held in late November.",
            date(2018, 10, 31),
            "late November",
            "2017-11",
        ),
    ],
)
def test_a_recent_act_is_never_after_the_dct(
    text: str, dct: date, expression: str, value: str
) -> None:
    assert _value(text, dct, expression) == value


# A future act told with "latest" is ahead of the report, not a recent past one: after a
# reference time in a year before the DCT's, the recency rule yields to the future clause
# (review of the twenty-fourth session, finding 17; each gave the year before the DCT's
# without the future check before Context._recent_year).
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The council was established on May 28, 2002. The latest meeting will be held in "
            "late November.",
            "late November",
            "2018-11",
        ),
        (
            "The council was established on May 28, 2002. The latest meeting will be held on "
            "19 November.",
            "19 November",
            "2018-11-19",
        ),
        (
            "The council was established on May 28, 2002. Its latest meeting is scheduled for "
            "19 November.",
            "19 November",
            "2018-11-19",
        ),
    ],
)
def test_a_future_act_told_with_latest_stays_ahead(text: str, expression: str, value: str) -> None:
    assert _value(text, date(2018, 10, 31), expression) == value


# The recency word must bear on the month's own clause (finding 5 of the review): not a
# modifier of another noun whose clause is not the month's ("recently released documents
# show that ...", "recent reports say ..."; each fails without
# Context._in_the_months_clause), and no date between it and the month ("that year",
# "3 March 2011"; the last fails without the date guard of Context._told_as_recent, the
# first is held by both guards).
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The treaty was signed on May 28, 2002. Recently released documents show that the "
            "two sides met secretly in April.",
            "April",
            "2002-04",
        ),
        (
            "The war began in March 2011. Recent reports say the army withdrew in June.",
            "June",
            "2011-06",
        ),
        (
            "The war began in March 2011. In the latest twist that year, the army withdrew in "
            "June.",
            "June",
            "2011-06",
        ),
        (
            "The war began in 2001. The latest talks were held on 3 March 2011 and again in June.",
            "June",
            "2011-06",
        ),
        (
            "The council was established on May 28, 2002. The latest meeting of the council "
            "was held in late May.",
            "late May",
            "2018-05",
        ),
    ],
)
def test_the_recency_word_bears_on_the_months_own_clause(
    text: str, expression: str, value: str
) -> None:
    assert _value(text, date(2018, 10, 31), expression) == value


#: Two paragraphs of our own with no date, longer than the reach of a day named before them.
_NO_DATE = (
    "\n\nThe two ministers discussed trade, energy, transport and the security of the "
    "region, and agreed that their experts would prepare a joint plan of action covering "
    "customs, border crossings, railways and the exchange of students between the "
    "universities of both countries.\n\nThey also reviewed the work of the joint "
    "commission, welcomed the growth of mutual investment and noted the importance of "
    "regular political dialogue at every level, including between the parliaments of "
    "the two states and their regional governments.\n\n"
)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a report names its day once, then comes back to it paragraphs later
        (
            "The foreign ministers met in Ankara on 23 June 2022." + _NO_DATE
            + "On the same day, the minister also met his Israeli counterpart.",
            date(2022, 6, 23),
            [("23 June 2022", "2022-06-23"), ("the same day", "2022-06-23")],
        ),
        (
            "The envoys met on 25 November 2019 in Jeddah." + _NO_DATE
            + "Later that day, the secretary general received the German envoy.",
            date(2019, 11, 28),
            [("25 November 2019", "2019-11-25"), ("Later that day", "2019-11-25")],
        ),
        # a past clause skips a day ahead named since and goes back to the one before
        (
            "The leaders spoke by phone on Wednesday." + _NO_DATE
            + "They hope to meet in Laos next year, on Oct. 10 and 11. He also called "
            "his Australian counterpart on the same day.",
            date(2024, 10, 2),
            [
                ("Wednesday", "2024-10-02"),
                ("next year", "2025"),
                ("Oct. 10 and 11", "2025-10-10/2025-10-11"),
                ("the same day", "2024-10-02"),
            ],
        ),
    ],
)  # fmt: skip
def test_the_same_day_far_from_any_date_is_the_day_named_last(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a background day years before the story is no day "the same day" points back to
        (
            "He was born on 4 May 1950." + _NO_DATE
            + "The prime minister resigned the same day, officials said.",
            date(2024, 11, 6),
            [("4 May 1950", "1950-05-04"), ("the same day", "XXXX-XX-XX")],
        ),
        (
            "The war began on 24 February 2022." + _NO_DATE
            + "The two sides signed a deal the same day the talks opened.",
            date(2024, 11, 6),
            [("24 February 2022", "2022-02-24"), ("the same day", "XXXX-XX-XX")],
        ),
        # the report's own day named before the background one is taken
        (
            "The ministers met in Ankara on Tuesday. The war began on 24 February 2022."
            + _NO_DATE + "The two sides signed a deal the same day.",
            date(2024, 11, 6),
            [
                ("Tuesday", "2024-11-05"),
                ("24 February 2022", "2022-02-24"),
                ("the same day", "2024-11-05"),
            ],
        ),
    ],
)  # fmt: skip
def test_the_same_day_passes_over_a_background_day(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the story's day named paragraphs before (Wikinews writes a paragraph a line): a
        # past act "the following day" is the day after it, not the day after the DCT
        (
            "On Wednesday, foreign ministers met in Cairo.\nThey concluded that the November "
            "27 maritime border agreement is void, and agreed to meet again on Crete later "
            "this year in the spring, the ministers said in a statement read to reporters "
            "at the end of their talks, held behind closed doors in the Egyptian capital "
            "for most of the day, with observers from Italy and the European Union.\nIn a "
            "press release issued the following day, Turkey denounced the conclusions.",
            "the following day",
            "2020-01-09",
        ),
        (
            "On Thursday, Cengiz addressed reporters in New York about the murder. She "
            "called for the killers to be brought to justice, and for the United Nations to "
            "open an inquiry into the killing of the journalist in the consulate, which "
            "Saudi Arabia has denied ordering, at a press conference on the sidelines of "
            "the General Assembly.\nThe previous day, PBS revealed the prince's words.",
            "The previous day",
            "2020-01-08",
        ),
    ],
)
def test_a_day_after_or_before_in_the_past_counts_from_the_story_day(
    text: str, expression: str, value: str
) -> None:
    """TimeML 1.2.1, section 2.2: an anaphoric day is anchored to the story's time; a day
    that names a thing after "the" ("the November 27 maritime border agreement") is none."""
    found = {t.text: t.value for t in tag(text, date(2020, 1, 11))}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # TimeBank wsj_0586 (a Monday's roundup of Friday's markets): the day named two
        # paragraphs before is Friday, so the previous Friday is the week before it
        (
            "London share prices closed sharply lower Friday in active trading after "
            "Chancellor of the Exchequer Nigel Lawson's resignation slapped the market and "
            "Wall Street's rapid initial sell-off knocked it down.\n\nLondon shares were "
            "depressed initially by overnight losses in New York and by the drop in sterling "
            "after Mr. Lawson's resignation. It showed some early resilience after central "
            "bank support firmed sterling, but the weight of Wall Street late in London "
            "trading, and signs of further weakness in the British pound, proved a hefty load "
            "to bear. New York stocks recovered some of their losses after the London market "
            "closed.\n\nThe Financial Times 100-share index shed 47.3 points to close at "
            "2082.1, down 4.5% from the previous Friday and 6.8% from Oct. 13, when Wall "
            "Street's plunge helped spark the current weakness in London.",
            date(1989, 10, 30),
            "the previous Friday",
            "1989-10-20",
        ),
    ],
)
def test_a_weekday_before_or_after_in_the_past_counts_from_the_story_day(
    text: str, dct: date, expression: str, value: str
) -> None:
    """TimeML 1.2.1, section 2.2: "the previous Friday" is anaphoric; told in the past with
    no date within reach, it counts from the day the story named last, not from the DCT."""
    found = {t.text: t.value for t in tag(text, dct)}
    assert found[expression] == value
