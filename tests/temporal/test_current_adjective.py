"""The adjective "current" is the present (``PRESENT_REF``); "then current" a past one.

The TIDES 2005 TIMEX2 standard (section 3.1, lexical triggers) counts "current" among the
adjectives that make a time expression, and TimeML's TIMEX3 takes its markables (TimeML
1.2.1, section 2.2; its value ``PRESENT_REF``, section 2.2.3), as "currently" already
was. The class was read off the TimeBank expressions HeidelTime gets right and we did not
(seventy-fourth pass, docs/temporal.md): eight "current" in seven documents. The noun
("the current is strong", "alternating current") and the terms of accounting ("the
current account deficit", "current assets") are no time. The sentences are our own, in
the news' words.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2024, 11, 6)


def refs(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT) if "current" in t.text.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "The airline plans daily flights, up from the current four flights a week.",
        "The company delayed construction because of current market conditions.",
        "He has held his current position since April.",
        "Lavrov's current visit to Africa is his fourth trip to the continent.",
        "Current talks between the two sides have stalled, officials said.",
        "The current system of allocation has evolved over the years.",
        "Based on the current number of shares, the offer is worth $40 million.",
    ],
)
def test_the_adjective_current_is_the_present(text: str) -> None:
    (expression,) = refs(text)
    assert expression[1:] == ("DATE", "PRESENT_REF")
    assert expression[0].lower() == "current"


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Holders may buy shares at half the then current market price.", "then current"),
        ("The accord was signed by the then-current foreign minister.", "then-current"),
    ],
)
def test_then_current_is_a_past_present(text: str, extent: str) -> None:
    assert refs(text) == [(extent, "DATE", "PAST_REF")]


@pytest.mark.parametrize(
    "text",
    [
        "The current account deficit widened to 4% of output.",
        "Current assets fell while current liabilities rose.",
        "The current is strong near the strait.",
        "Swimmers were swept away by the current of the river.",
        "The motor runs on alternating current.",
        "She presents a programme on current affairs.",
    ],
)
def test_the_noun_and_the_accounting_terms_are_no_time(text: str) -> None:
    assert refs(text) == []


def test_a_current_unit_keeps_its_calendar_value() -> None:
    assert refs("Sales in the current fiscal year rose.") == [
        ("the current fiscal year", "DATE", "2024")
    ]
