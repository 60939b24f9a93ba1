"""The tense of an expression's own clause: which tense marker anchors it.

An expression without its own year or week is anchored to the DCT by the tense of its own
clause (TimeML 1.2.1, section 2.2, ``value``); a marker of another clause is not it. Each
rule here decides where that clause begins and ends or which word of it is its verb.
Sentences of our own modelled on the class, from more than one kind of document.

A participle after an article and an adverb modifies a noun ("the recently completed
sale", "the previously announced dividend") and is no tense; a verb after an adverb
keeps its tense (a dividend notice, a bank's report, a market story; thirteenth session
of 2026-11-30).

A reporting verb past a comma after the expression ("..., the Foreign Ministry said")
yields to a marker in the expression's own clause before it (TimeML's REPORTING events
date the saying; a talks announcement, a summit announcement; seventeenth session). The
commas of a list between a future marker and the expression ("will close its air, land
and sea borders with Haiti on Friday, the president announced") do not end the marker's
clause (a border closing's report, a tour's and a trip of state visits; nineteenth
session).

A participle after a noun is a reduced relative clause ("a state visit aimed at
boosting ties", "the oldest inhabited cities"): the future before it decides, unless the
-ed word is a verb of its own clause (eighteenth session).

A period after a number ends the sentence when a capital follows ("on April 13. This
will be ..."): the marker of the next sentence is not the clause's (a summit report, a
phone call's; nineteenth session).

A weekday one or two days after the DCT's in a clause with no marker near it that makes
it past (no past marker, no future seen from the past) is the coming day: a clause
without a tense is not a past one, and news names the plans of the next days by their
weekday ("Egyptian president to visit Qatar on Tuesday", published on the Monday).
Sentences of our own modelled on a headline, a visit's agenda, a tour's plan and a
summit's programme; three days ahead, and a past marker, leave the past. A plan's
infinitive between the past marker and such a weekday ("agreed on Monday to reopen the
crossing starting Wednesday") makes the infinitive's clause the weekday's: the coming
day (modelled on a border reopening's report, a ceasefire's and a summit's; twentieth
session of 2026-12-01). A plan's infinitive is one of a reviewed list of verbs ("to
reopen"), not any word after "to" ("spoke to reporters on Tuesday"); and a weekday just
ahead stays past when it names a past act that no tense marker shows: a possessive
("Tuesday's earthquake"), a past verb after "that" ("the plane that crashed on Tuesday"),
a participle after a noun ("the votes cast on Tuesday"; the review of the twentieth
session's rules). An expectation reported in the simple past ("was expected to meet ...
on Sunday", "was expected in Chad on Wednesday") is not a future seen from the past: its
weekday just ahead is the coming day, while the past perfect ("had been expected") and
the other plans after "was" ("was due to expire") keep the convention (modelled on a
tour's report and a delegation's; twenty-first session of 2026-12-01).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(1989, 10, 26)
#: A Monday: a Tuesday or a Wednesday is one or two days after the DCT's weekday.
MONDAY = date(2024, 11, 4)


def found(text: str, dct: date | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def found_typed(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dividend notice: "would" is the tense, "unspecified" modifies "date"
        (
            "The dividend would be paid on a still unspecified date in January.",
            [("January", "DATE", "1990-01")],
        ),
        # a bank's report: "completed" modifies "sale", "will" is the tense
        (
            "The bank will book the gain from the recently completed sale in March.",
            [("recently", "DATE", "PAST_REF"), ("March", "DATE", "1990-03")],
        ),
        # a market story: an adverb ending in -ly between the article and the participle
        (
            "The company said it would pay the previously announced dividend in February.",
            [("February", "DATE", "1990-02")],
        ),
    ],
)
def test_a_participle_after_an_article_and_an_adverb_is_no_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participles joined to one after "be" share its auxiliary: the future stands
        (
            "The treaty will be signed and ratified in March.",
            [("March", "DATE", "1990-03")],
        ),
        (
            "The accord is to be signed and approved by both parliaments during March 3-4.",
            [("March 3-4", "DATE", "1990-03-03/1990-03-04")],
        ),
        (
            "The charter is expected to be drafted, signed and adopted in February.",
            [("February", "DATE", "1990-02")],
        ),
        ("The border would be closed or sealed in January.", [("January", "DATE", "1990-01")]),
        # a past auxiliary keeps the past; a verb with an object of its own is the next act
        (
            "The treaty was signed and ratified in March.",
            [("March", "DATE", "1989-03")],
        ),
        (
            "He said the hostages would be freed and discussed the aid in March.",
            [("March", "DATE", "1989-03")],
        ),
    ],
)
def test_participles_joined_after_be_share_its_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle is the verb of the clause: the past stands
        (
            "The board recently approved the sale in February.",
            [("recently", "DATE", "PAST_REF"), ("February", "DATE", "1989-02")],
        ),
        # an adverb without an article before it: "still" does not make "owned" an adjective
        (
            "The bank still owned the shares in January, the filing said.",
            [("January", "DATE", "1989-01")],
        ),
        ("The deal was quietly signed in March.", [("March", "DATE", "1989-03")]),
        # a noun in -ly before the verb is its subject, not an adverb: the past stands
        (
            "The rally ended on Tuesday, and organisers will meet in March.",
            [("Tuesday", "DATE", "1989-10-24"), ("March", "DATE", "1990-03")],
        ),
        (
            "The assembly passed the bill on Monday, and the senate will vote in March.",
            [("Monday", "DATE", "1989-10-23"), ("March", "DATE", "1990-03")],
        ),
    ],
)
def test_a_verb_after_an_adverb_keeps_its_tense(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a state visit announced: "aimed" is the visit's participle, "will host" the tense
        (
            "The president will host his Kenyan counterpart William Ruto on May 23 for a "
            "state visit aimed at boosting ties with a key ally, the White House said Friday.",
            date(2024, 2, 16),
            [("May 23", "2024-05-23"), ("Friday", "2024-02-16")],
        ),
        # a trip ahead: "inhabited" describes the city, not when the trip is
        (
            "Moon will address the parliament before heading to Samarkand on Saturday for a "
            "visit to one of the oldest inhabited cities in the region.",
            date(2019, 4, 19),
            [("Saturday", "2019-04-20")],
        ),
    ],
)
def test_a_participle_after_a_noun_is_not_the_tense(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the -ed word is a verb of its own clause: its subject before it
        (
            "He will say the talks on Saturday they attended were useful.",
            date(2019, 4, 19),
            [("Saturday", "2019-04-13")],
        ),
        # past a comma: the seventeenth session's rule decides, not this one
        (
            "The ministers will meet on Saturday, officials confirmed.",
            date(2019, 4, 19),
            [("Saturday", "2019-04-20")],
        ),
    ],
)
def test_an_ed_verb_of_its_own_clause_still_counts(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" then an -ed word then a day, a preposition or an article: a relative
        # clause's verb, its tense the date's (a delegation's arrival, a summit's close)
        (
            "The minister heads a delegation that arrived Wednesday in Lima, where he will "
            "meet officials.",
            [("Wednesday", "2019-04-24")],
        ),
        (
            "The envoys that landed Tuesday in Lima will meet the president.",
            [("Tuesday", "2019-04-23")],
        ),
        # "that" a determiner: the -ed word an adjective, the future decides
        ("That armed group will attack on Friday.", [("Friday", "2019-04-26")]),
        ("He said that planned talks on Friday will go ahead.", [("Friday", "2019-04-26")]),
    ],
)
def test_a_past_verb_after_that_is_a_relative_clauses_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, date(2019, 4, 25)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a talks announcement: the ministry's "said" after the comma is not the talks' tense
        (
            "The minister will hold talks with his counterpart on Monday in London, the"
            " Foreign Ministry said.",
            date(2021, 5, 2),
            [("Monday", "DATE", "2021-05-03")],
        ),
        # a summit announcement, the source after the comma
        (
            "West African leaders will hold an extraordinary summit on Mali on Thursday, the"
            " bloc said in a statement.",
            date(2020, 8, 19),
            [("Thursday", "DATE", "2020-08-20")],
        ),
        # the reverse: a past clause, then a future one after the comma
        (
            "The ministers met in Vilnius on Monday, and will travel to Riga next.",
            date(2021, 5, 5),
            [("Monday", "DATE", "2021-05-03")],
        ),
    ],
)
def test_a_tense_after_a_comma_yields_to_one_in_the_expressions_own_clause(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    assert found_typed(text, dct) == expected


def test_a_tense_after_a_comma_still_counts_when_the_clause_has_none() -> None:
    # no marker before "Monday" in its clause: "said" after the comma is the only one
    assert found_typed(
        "The ministers met in Vilnius. On Monday, officials said.", date(2021, 5, 5)
    ) == [("Monday", "DATE", "2021-05-03")]


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
        # a headline's plan, published on the Monday
        ("The president to visit Doha on Tuesday", date(2022, 9, 12), [("Tuesday", "2022-09-13")]),
        # a visit's agenda: a present tense, not a past one
        (
            "The last appointment on his two-day agenda is a meeting with the president "
            "in Montevideo Tuesday afternoon.",
            date(2022, 4, 18),
            [("two-day", "P2D"), ("Tuesday afternoon", "2022-04-19TAF")],
        ),
        # a tour's plan two days ahead, published on the Friday
        (
            "The prime minister is also arranging to visit Kuala Lumpur to talk to his "
            "counterpart on Sunday.",
            date(2023, 11, 3),
            [("Sunday", "2023-11-05")],
        ),
        # a summit's programme: the past marker is too far to be the clause's
        (
            "Several agendas were deliberated upon in anticipation of the conference of "
            "heads of state, which commences on Saturday.",
            date(2024, 2, 16),
            [("Saturday", "2024-02-17")],
        ),
    ],
)
def test_a_weekday_just_ahead_without_a_past_marker_is_the_coming_one(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a past marker near: the last Tuesday
        ("The ministers met in Rome on Tuesday.", date(2022, 9, 12), [("Tuesday", "2022-09-06")]),
        # three days ahead is not "just ahead": the past by default
        (
            "A meeting with the president in Montevideo on Thursday.",
            date(2022, 4, 18),
            [("Thursday", "2022-04-14")],
        ),
        # a future seen from the past is past ("had been due to expire")
        (
            "The offer had been due to expire on Friday.",
            date(2024, 11, 6),
            [("Friday", "2024-11-01")],
        ),
    ],
)
def test_a_weekday_just_ahead_in_a_past_clause_stays_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a tour's next stop, reported on the Saturday by a spokeswoman
        (
            "The spokeswoman said the minister was expected to meet with the leadership on Sunday.",
            date(2023, 3, 11),
            [("Sunday", "2023-03-12")],
        ),
        # a delegation's arrival two days ahead, "expected" without an infinitive
        (
            "A news agency said the delegation was expected in the capital on Wednesday.",
            date(2024, 10, 14),
            [("Wednesday", "2024-10-16")],
        ),
        # "were expected": the plural
        (
            "The envoys were expected to sign the accord on Tuesday.",
            date(2022, 9, 12),
            [("Tuesday", "2022-09-13")],
        ),
    ],
)
def test_an_expectation_reported_in_the_past_dates_a_weekday_just_ahead(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the past perfect: the expectation's day has passed
        (
            "The minister had been expected to meet the leadership on Sunday.",
            date(2023, 3, 11),
            [("Sunday", "2023-03-05")],
        ),
        # three days ahead is not "just ahead"
        (
            "The delegation was expected in the capital on Thursday.",
            date(2024, 10, 14),
            [("Thursday", "2024-10-10")],
        ),
        # another plan seen from the past keeps the convention ("was due to")
        (
            "The offer was due to expire on Thursday.",
            date(2024, 11, 6),
            [("Thursday", "2024-10-31")],
        ),
    ],
)
def test_an_expectation_in_the_past_perfect_or_further_ahead_stays_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a border reopening: agreed on the Monday, the crossing opens on the Wednesday
        (
            "The government agreed on Monday to reopen the border crossing starting Wednesday.",
            date(2021, 9, 27),
            [("Monday", "2021-09-27"), ("Wednesday", "2021-09-29")],
        ),
        # a ceasefire: the commanders meet two days after the Tuesday's report
        (
            "Both nations also agreed to hold a meeting between their military commanders "
            "on Thursday.",
            date(2025, 7, 29),
            [("Thursday", "2025-07-31")],
        ),
        # a summit: the leaders arrived, the summit is ahead
        (
            "Several leaders have arrived in the capital to attend the summit on Wednesday.",
            date(2024, 10, 8),
            [("Wednesday", "2024-10-09")],
        ),
    ],
)
def test_a_plan_infinitive_after_a_past_marker_dates_a_weekday_just_ahead(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "to" before an article is a preposition: the past stands
        (
            "The minister travelled to the capital on Tuesday.",
            date(2022, 9, 12),
            [("Tuesday", "2022-09-06")],
        ),
        # the past verb after the infinitive is the weekday's own
        (
            "They agreed to talk, and met on Tuesday.",
            date(2022, 9, 12),
            [("Tuesday", "2022-09-06")],
        ),
        # "to" before a noun is a preposition, not a plan's infinitive (published on a
        # Monday, 2024-11-04)
        ("The minister spoke to reporters on Tuesday.", MONDAY, [("Tuesday", "2024-10-29")]),
        (
            "The opposition leader was sent to prison on Tuesday.",
            MONDAY,
            [("Tuesday", "2024-10-29")],
        ),
        (
            "Erdogan took to social media on Tuesday to thank the leaders.",
            MONDAY,
            [("Tuesday", "2024-10-29")],
        ),
        (
            "The president returned to power on Wednesday.",
            MONDAY,
            [("Wednesday", "2024-10-30")],
        ),
    ],
)
def test_a_past_marker_without_a_plan_infinitive_keeps_the_weekday_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named day's event has happened, whatever the tense around it
        (
            "They said they would look for ways around Tuesday's ruling.",
            [("Tuesday", "2024-10-29")],
        ),
        (
            "The death toll from Tuesday's earthquake is now 40.",
            [("Tuesday", "2024-10-29"), ("now", "PRESENT_REF")],
        ),
        # a past verb after "that": its own clause's tense, not an adjective's
        (
            "Investigators are examining the wreckage of the plane that crashed on Tuesday.",
            [("Tuesday", "2024-10-29")],
        ),
        # a participle after a noun names a past act
        ("Officials are still counting the votes cast on Tuesday.", [("Tuesday", "2024-10-29")]),
    ],
)
def test_a_weekday_just_ahead_of_a_past_act_stays_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Published on a Monday: the Tuesday is the last one, not the coming one."""
    assert found(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a border closing told in the simple past, a month after an October DCT
        (
            "Migrants are stranded since the neighbouring country closed its borders in November.",
            date(2016, 10, 7),
            [("November", "2015-11")],
        ),
        # a fronted month whose clause's verb follows the comma
        (
            "In early February, the president flew to Beijing for talks.",
            date(2022, 12, 30),
            [("early February", "2022-02")],
        ),
        # a passive past
        ("The rift was ended at a summit in January.", date(2021, 12, 8), [("January", "2021-01")]),
        # a preposition's noun after "to" is no infinitive: the past verb dates the month
        (
            "Hungary closed its borders to migrants in November.",
            date(2024, 10, 10),
            [("November", "2023-11")],
        ),
        (
            "The minister spoke to reporters in November.",
            date(2024, 10, 10),
            [("November", "2023-11")],
        ),
        # more than one space between "In" and the month
        (
            "In  early November, the president flew to Beijing for talks.",
            date(2024, 10, 10),
            [("early November", "2023-11")],
        ),
    ],
)
def test_a_simple_past_of_its_own_clause_keeps_a_month_just_ahead_in_the_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the model of the two-month rule: an order for the coming month
        ("The company placed orders for November.", date(1989, 10, 4), [("November", "1989-11")]),
        # an infinitive between the past verb and the month: the infinitive's clause
        (
            "The two leaders agreed to hold a third summit in September.",
            date(2018, 8, 13),
            [("September", "2018-09")],
        ),
        # a reporting clause after a comma is not the month's clause
        (
            "The kingdom will host a regional summit of seven countries' leaders in April, "
            "the ministry announced.",
            date(2025, 2, 7),
            [("April", "2025-04")],
        ),
        (
            "A regional summit in April, the ministry announced.",
            date(2025, 2, 7),
            [("April", "2025-04")],
        ),
        # a planned event after a past verb of planning: the month is the event's (not so
        # after another past verb: "made an official visit in Manila in January", recorded)
        (
            "Erdogan announced a visit to Azerbaijan in November.",
            date(2024, 10, 10),
            [("November", "2024-11")],
        ),
        (
            "The leaders agreed on a summit in Baku in November.",
            date(2024, 10, 10),
            [("November", "2024-11")],
        ),
        (
            "The ministry announced plans for a summit in November.",
            date(2024, 10, 10),
            [("November", "2024-11")],
        ),
        (
            "The Kremlin confirmed the summit in November.",
            date(2024, 10, 10),
            [("November", "2024-11")],
        ),
        (
            "Xi wished Russia a successful presidential election in March.",
            date(2024, 2, 8),
            [("March", "2024-03")],
        ),
        # a plan's infinitive that is not "to" + a determiner's noun
        (
            "The company agreed to acquire the bank in November.",
            date(2024, 10, 10),
            [("November", "2024-11")],
        ),
    ],
)
def test_a_month_just_ahead_stays_ahead_without_a_past_of_its_own(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert found(text, dct) == expected


#: A December DCT: a month three months or more ahead of it is outside the two-month rule.
DECEMBER = date(2024, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan looked forward to, or prepared for (a state visit's report, a host's)
        (
            "He also said he looks forward to paying a state visit to Yerevan in June.",
            [("June", "2025-06")],
        ),
        (
            "It is a notable time to meet, with Samoa preparing to host the summit in May.",
            [("May", "2025-05")],
        ),
        # a plan's infinitive governed by an invitation, a proposal, an initiative
        (
            "He invited the heads of the member states to attend the forum in Antalya in June.",
            [("June", "2025-06")],
        ),
        (
            "The presidency submitted the proposal, which was accepted, to hold a second "
            "meeting in September.",
            [("September", "2025-09")],
        ),
        (
            "Welcoming the initiative of the Secretary General to hold a meeting of the "
            "foreign ministers in New York in April, the minister added that it was timely.",
            [("April", "2025-04")],
        ),
        # a present progressive of a plan's verb: an arrangement
        (
            "The leaders backed the ocean conference Kenya is hosting in May.",
            [("May", "2025-05")],
        ),
    ],
)
def test_a_plan_told_with_an_infinitive_or_a_progressive_dates_the_coming_month(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip told: the infinitive has no plan's word before it
        (
            "The minister flew to Beijing to attend a summit in September.",
            [("September", "2024-09")],
        ),
        # the past perfect: a plan whose time has passed
        ("They had agreed to hold talks in September.", [("September", "2024-09")]),
        # a past verb between the plan and the month: the month is that verb's
        (
            "He invited the leaders to attend the forum, which opened in September.",
            [("September", "2024-09")],
        ),
        # a time clause of its own between the plan and the month
        (
            "President Solih is visiting Sri Lanka after assuming office in March.",
            [("March", "2024-03")],
        ),
        # a remark after a dash is not the future marker's clause
        (
            "Egypt is looking forward to receiving gas at its facilities for liquefaction "
            "and re-export to Europe - statements that follow murmurs of interest in August.",
            [("August", "2024-08")],
        ),
    ],
)
def test_a_plan_that_does_not_own_the_month_keeps_it_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition after a comma: the month is the programme's
        (
            "Kenya is hosting the refugees, a programme it set up in December.",
            [("December", "2023-12")],
        ),
        # a noun's "of the" phrase: the month may be the floods'
        (
            "The minister is visiting the site of the floods in December.",
            [("December", "2023-12")],
        ),
        # a relative clause of its own
        (
            "The minister is visiting the camp which Kenya set up in December.",
            [("December", "2023-12")],
        ),
        # the month in the progressive's own clause: the coming one
        ("Kenya is hosting the talks in Nairobi in December.", [("December", "2024-12")]),
    ],
)
def test_a_progressive_dates_only_a_month_in_its_own_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Review of the twenty-third session, finding 5 (DCT 2024-05-10)."""
    assert found(text, date(2024, 5, 10)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # headlines of the tuning sets (test-au, test-av, test-aw), each with its own DCT
        ("Estonian PM due on Friday", date(2021, 2, 16), [("Friday", "2021-02-19")]),
        (
            "Austrian foreign minister due in Ljubljana on Monday",
            date(2022, 6, 2),
            [("Monday", "2022-06-06")],
        ),
        (
            "Angola: Zambian President Expected in Angola On Tuesday",
            date(2023, 1, 9),
            [("Tuesday", "2023-01-10")],
        ),
        # sentences of the tuning sets (test-ar, test-ah, test-n, test-aq), published a few
        # days or months before the day they name
        (
            "Paraguayan President Santiago Peña is due in La Paz on Thursday for talks with "
            "his local counterpart.",
            date(2024, 6, 10),
            [("Thursday", "2024-06-13")],
        ),
        (
            "China's Foreign Minister Wang Yi is due in Kenya on Saturday for the start of a "
            "5-nation African tour.",
            date(2015, 1, 7),
            [("Saturday", "2015-01-10")],
        ),
        (
            "Peña is due back in Paraguay on Friday, Presidential Spokeswoman Paula Carro said.",
            date(2024, 4, 9),
            [("Friday", "2024-04-12")],
        ),
        # after a present "be" with an adverb between
        (
            "The minister is widely expected in Nairobi on Monday.",
            date(2024, 12, 4),
            [("Monday", "2024-12-09")],
        ),
    ],
)
def test_a_day_that_completes_due_or_expected_is_ahead(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """The words "due" and "expected" with the day they name (a place perhaps between) are the
    adjective of a plan: its clause is a plan, and the day is ahead of the DCT (TimeML
    1.2.1, section 2.2, ``value``; twenty-fifth session)."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison, not a plan
        ("Exports grew faster than expected in March.", [("March", "2024-03")]),
        ("Sales fell as expected in March.", [("March", "2024-03")]),
        # a plan seen from the past: the past auxiliary's rules decide
        ("The final report was due in March.", [("March", "2024-03")]),
        # the perfect of the verb "expect"
        ("Analysts had expected in March a rise in rates.", [("March", "2024-03")]),
    ],
)
def test_due_or_expected_after_a_comparison_or_a_past_stays_past(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, DECEMBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past auxiliary with an adverb between: a plan seen from the past
        (
            "The report, originally due in March, was published on Monday.",
            [("March", "2024-03"), ("Monday", "2024-12-02")],
        ),
        ("The report was originally due in March.", [("March", "2024-03")]),
        ("The ruling was widely expected on Monday.", [("Monday", "2024-12-02")]),
        # a comparison two words back
        ("Exports grew faster than many expected in March.", [("March", "2024-03")]),
        # a reduced relative with a past verb of its own clause
        (
            "A loan repayment due on Monday was missed, the ministry said.",
            [("Monday", "2024-12-02")],
        ),
        (
            "The minister, expected in Nairobi on Monday, cancelled the trip.",
            [("Monday", "2024-12-02")],
        ),
        # the simple past of the verb "expect"
        ("Officials expected on Monday that the talks would fail.", [("Monday", "2024-12-02")]),
        ("The government expected in March a growth of two percent.", [("March", "2024-03")]),
        # "fell due", "came due": a past
        ("The bonds fell due in March.", [("March", "2024-03")]),
        ("The bill came due in March.", [("March", "2024-03")]),
    ],
)
def test_due_or_expected_without_a_present_be_leaves_the_clause_to_its_cues(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Review of the twenty-fifth session, finding 3 (DCT 2024-12-04, a Wednesday): outside
    a headline line, "due" or "expected" is a plan's adjective only after a present form of
    "be"; each of these was right before the rule (1ae57a6)."""
    assert found(text, date(2024, 12, 4)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # sentences of the tuning sets (test-w, test-bc, test-i), each with its own DCT: the
        # future marker is more than a few words before the day, the reporting verb near
        # after it, past a comma
        (
            "Chinese Premier Li Keqiang will hold the 23rd China-EU leaders' meeting with "
            "European Council President Charles Michel and European Commission President "
            "Ursula von der Leyen via video link on Friday, Chinese Foreign Ministry "
            "spokesperson Wang Wenbin announced Wednesday.",
            date(2022, 3, 30),
            [("Friday", "2022-04-01"), ("Wednesday", "2022-03-30")],
        ),
        (
            "According to the Foreign Ministry, Park will pay a courtesy call to the "
            "Vietnamese president and hold a bilateral foreign ministers' meeting Tuesday "
            "with his Vietnamese counterpart Bui Thanh Son, who invited him.",
            date(2022, 10, 17),
            [("Tuesday", "2022-10-18")],
        ),
        (
            "“We will conduct a comprehensive review of the 5PC and submit our recommendation "
            "to the 44th and 45th Asean Summits in Laos in October,” it said.",
            date(2024, 7, 28),
            [("October", "2024-10")],
        ),
        # a phrase set off by a pair of commas between the marker and the day (test-al)
        (
            "Johnson will host the summit, the first in-person gathering for the G-7 leaders "
            "in almost two years, in southwest England June 11-13, the Cabinet Office said.",
            date(2021, 1, 16),
            [("almost two years", "P2Y"), ("June 11-13", "2021-06-11/2021-06-13")],
        ),
    ],
)
def test_a_future_marker_further_back_outweighs_a_reporting_verb_past_a_comma(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """A past cue near after the expression, past a comma, may be a reporting verb's: the
    expression's own clause is then read back to its sentence's start (twenty-fifth
    session; TimeML 1.2.1, section 2.2: REPORTING events date the saying)."""
    assert found(text, dct) == expected


def test_an_abbreviation_of_the_shared_list_does_not_end_the_tagger_sentence() -> None:
    """The tagger's sentence bounds read the splitter's list (data/abbreviations.yaml), which
    has "Hon" and "a.m": the clock time of a past clause is on the day the sentence named
    (test-au, published 2022-07-12; here with a later DCT). Twenty-fifth session."""
    text = (
        "On July 12, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a "
        "telephone talk with Hon. Enrique A. Manalo, Secretary of Foreign Affairs of the "
        "Republic of the Philippines, for about 20 minutes from 9:15 a.m. The overview of "
        "the talk is as follows."
    )
    assert found(text, date(2024, 11, 4)) == [
        ("July 12", "2024-07-12"),
        ("about 20 minutes", "PT20M"),
        ("9:15 a.m.", "2024-07-12T09:15"),
    ]


def test_u_k_does_not_end_the_tagger_sentence() -> None:
    """The tagger's copy lacked "u.k" (twenty-fifth session)."""
    from timeline.temporal.sentences import sentence_bounds

    text = "He will host the summit in June, the U.K. Cabinet Office said."
    at = text.index("June")
    assert sentence_bounds(text, at, at + 4, 300) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-bb, its own DCT: the deal was to be signed the month before the report
        (
            "The signing of the EACOP deal was earlier expected to be signed in March, a week "
            "before John Pombe Magufuli died.",
            date(2021, 4, 11),
            [("March", "2021-03"), ("a week", "P1W")],
        ),
        ("Talks were originally scheduled to resume in May.", DECEMBER, [("May", "2024-05")]),
    ],
)
def test_a_plan_revised_in_the_past_keeps_its_day_past(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """An adverb of a revised plan ("earlier", "originally") between "was" and the future
    marker keeps the plan seen from the past (twenty-fifth session)."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-aa, its own DCT: the deadline of a plan that slipped
        (
            "The negotiation efforts surrounding the Itaipu plant were initially set to wrap "
            "up by the end of May but have faced delays.",
            date(2025, 7, 4),
            [("the end of May", "2025-05")],
        ),
        ("The report was due to be completed by March.", DECEMBER, [("March", "2024-03")]),
        # a plan of the present keeps its deadline ahead
        (
            "The talks are set to wrap up by the end of May.",
            DECEMBER,
            [("the end of May", "2025-05")],
        ),
    ],
)
def test_a_deadline_of_a_plan_seen_from_the_past_is_not_ahead(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """A deadline ("by the end of May") after a future marker seen from the past ("were
    initially set to", "was due to") is no future of its own (twenty-fifth session)."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # test-q (canada_12), its own DCT: the past verb phrase, then "and will ..."
        (
            "Jim Carr, who met Abe in Japan in January and will accompany Trudeau on Sunday, "
            "said the summit matters.",
            date(2019, 4, 28),
            [("January", "2019-01"), ("Sunday", "2019-04-28")],
        ),
        (
            "They signed the deal in January but will ratify it later.",
            date(2019, 4, 28),
            [("January", "2019-01")],
        ),
        # two future phrases joined: the future stays
        (
            "They will meet in January and will sign the deal.",
            date(2019, 4, 28),
            [("January", "2020-01")],
        ),
    ],
)
def test_a_future_of_the_next_verb_phrase_is_not_the_expressions(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """A future marker after "and" / "but" opens the next verb phrase: the past one the
    expression ends decides (thirty-third pass)."""
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a new president's first trip: the oath in an apposition before the plan
        (
            "Gitanas Nauseda, sworn in as Lithuania's President on Friday, will start an "
            "official visit to Poland on Tuesday.",
            date(2019, 7, 15),
            [("Friday", "DATE", "2019-07-12"), ("Tuesday", "DATE", "2019-07-16")],
        ),
        # a prime minister's oath of office, the tour after it
        (
            "The new prime minister, chosen by parliament on Thursday, will fly to Brussels "
            "on Wednesday.",
            date(2024, 3, 11),
            [("Thursday", "DATE", "2024-03-07"), ("Wednesday", "DATE", "2024-03-13")],
        ),
        # "will be sworn in": a participle after "will be" is the plan's
        (
            "The president-elect will be sworn in on Friday.",
            date(2019, 7, 15),
            [("Friday", "DATE", "2019-07-19")],
        ),
    ],
)
def test_an_irregular_participle_is_a_past_marker(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    # sworn, chosen, taken ...: the irregular participles of `irregular_past`
    # (data/tense_markers.yaml), as "-ed" marks a regular one ("signed on Friday")
    assert found_typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a Brunei visit's agenda (Bernama): "a four-eyed meeting" is no past tense
        (
            "She said Anwar is scheduled to have an audience with the Sultan on Monday and "
            "hold a four-eyed meeting with the monarch.",
            date(2024, 8, 24),
            [("Monday", "DATE", "2024-08-26")],
        ),
        # a coalition's plan: "the Saudi-led coalition" is a noun phrase
        (
            "The envoy will meet the ministers on Tuesday and the Saudi-led coalition.",
            date(2023, 5, 6),
            [("Tuesday", "DATE", "2023-05-09")],
        ),
        # a compound verb after its subject keeps its past tense
        (
            "North Korea test-fired a missile on Monday.",
            date(2024, 8, 24),
            [("Monday", "DATE", "2024-08-19")],
        ),
    ],
)
def test_a_hyphenated_adjective_is_no_tense(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    # the words before the whole compound ("a four-eyed", "the Saudi-led") make its -ed
    # word an adjective, as "a planned visit" (_compound_start)
    assert found_typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # eu_21 (test-ag): a decision pushed back to a month is moved ahead, not last year's
        (
            "The 27 also pushed back a decision on the relocation of EU agencies currently"
            " based in Britain to November.",
            date(2017, 6, 23),
            [("currently", "DATE", "PRESENT_REF"), ("November", "DATE", "2017-11")],
        ),
        # a summit delayed to a month
        (
            "The summit of the bloc's leaders was delayed to October.",
            date(2017, 6, 23),
            [("October", "DATE", "2017-10")],
        ),
        # talks moved to a month
        (
            "The next round of talks was moved to September.",
            date(2017, 6, 23),
            [("September", "DATE", "2017-09")],
        ),
    ],
)
def test_the_new_time_of_a_plan_moved_is_ahead(
    text: str, dct: date, expected: list[tuple[str, str, str]]
) -> None:
    # "pushed back ... to", "delayed to", "moved to": the time a plan is moved to is the
    # plan's, ahead of the DCT as "scheduled for" is (plan_phrases.moved_to)
    assert found_typed(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a past perfect: the plan seen from the past
        (
            "The talks had been postponed to March.",
            date(2017, 6, 23),
            [("March", "DATE", "2017-03")],
        ),
        # a movement to a place, the month its own clause's
        (
            "The troops moved to the border in March.",
            date(2017, 6, 23),
            [("March", "DATE", "2017-03")],
        ),
    ],
)
def test_no_plan_moved(text: str, dct: date, expected: list[tuple[str, str, str]]) -> None:
    assert found_typed(text, dct) == expected
