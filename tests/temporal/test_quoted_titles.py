"""A title in quotation marks is a name, not a date; a quoted sentence keeps its date.

TimeML 1.2.1, section 2.2: a TIMEX3 marks a time expression, not a name that holds time
words ("This Week With David Brinkley", "Next Year in Havana"). Sentences of our own
modelled on a war report and a campaign story (thirteenth session of 2026-11-30).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(1989, 10, 26)


def found(text: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war report: a television programme's title, opened by a quotation mark
        (
            'The secretary of state said on ABC-TV\'s "This Week With David Brinkley" '
            "that the allies would not stop.",
            [],
        ),
        # a campaign story: the title in TempEval's ``quotes'', then the week itself
        (
            "Speaking on ``This Week,'' the senator said the vote would come this week.",
            [("this week", "DATE", "1989-W43")],
        ),
        ('She told "Next Year in Havana" readers about the trip.', []),
    ],
)
def test_a_quoted_title_is_not_a_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted sentence that begins with the expression writes the unit in lower case
        ('"This week we will vote," the senator said.', [("This week", "DATE", "1989-W43")]),
        ("He said, 'Next year the plant will close.'", [("Next year", "DATE", "1990")]),
        # capitals in a headline without a quotation mark stay a date
        ("Senate To Vote This Week", [("This Week", "DATE", "1989-W43")]),
    ],
)
def test_a_quoted_sentence_keeps_its_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper's and a programme's names ending in "Today" (sixty-fifth session:
        # test-av's "Egypt Today noted that ...", TimeBank's "This is VOA Today.")
        ('Egypt Today noted that "during his visit, the sultan will discuss trade".', []),
        ("The poll, by USA Today and CNN, was released.", []),
        (
            "In an interview with USA TODAY on Monday, he said so.",
            [("Monday", "DATE", "1989-10-23")],
        ),
        ("This is VOA Today.", []),
    ],
)
def test_a_name_ending_in_today_is_not_a_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's capitalised words, a sentence's first word, a headline in capitals
        ("CARICOM Heads Begin Three-Day Meeting Today\n", [("Today", "DATE", "1989-10-26")]),
        (
            "Security Policy\n\nToday, not only do Canada and the EU agree.",
            [("Today", "DATE", "1989-10-26")],
        ),
        ("MINISTERS MEET TODAY IN PARIS", [("TODAY", "DATE", "1989-10-26")]),
        ("He said Today he would run.", [("Today", "DATE", "1989-10-26")]),
    ],
)
def test_today_outside_a_name_is_the_dct(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [x for x in found(text) if x[0].lower() == "today"] == expected
