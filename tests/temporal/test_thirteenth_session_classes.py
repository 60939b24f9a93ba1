"""Rules of the thirteenth session of 2026-11-30 (docs/temporal.md, "Thirteenth session").

Each is a mechanism of TimeML 1.2.1 (section 2.2), tested on sentences of our own
modelled on the class, from more than one kind of document (a dividend notice, a
bank's report, a market story; a war report, a campaign story).
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
    assert found(text) == expected


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
    assert found(text) == expected


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
