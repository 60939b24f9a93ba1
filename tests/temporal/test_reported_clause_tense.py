"""A future marker of a reported clause that "that" opens after the expression does not set
its tense when a past verb before it does: "Lula said after meeting ... on Wednesday that
trade would grow" is the Wednesday just gone (wn-a's wording, constructed around it;
TimeML 1.2.1, section 2.2: the tense of the expression's own clause)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

_THURSDAY = date(2007, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lula said after meeting with the president of Guinea-Bissau on Wednesday that "
            "trade would grow.",
            [("Wednesday", "2007-11-14")],
        ),
        (
            "The president signed a letter on Monday morning that will be submitted to the "
            "mediator.",
            [("Monday morning", "2007-11-12TMO")],
        ),
        (
            "The spokesman told reporters on Tuesday that the talks will be held in Geneva.",
            [("Tuesday", "2007-11-13")],
        ),
        # no past verb before it: the future after "that" still sets it
        ("The plan on Friday that will be discussed is new.", [("Friday", "2007-11-16")]),
        # the future of the expression's own clause stays ("will meet ... on Friday that")
        (
            "The ministers will meet on Friday that is the last day of the summit.",
            [("Friday", "2007-11-16")],
        ),
    ],
)
def test_a_reported_future_does_not_move_the_saying_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in tag(text, _THURSDAY)] == expected
