"""A call told as a conversation, a leader spoken with (the rule ``conversation``, a call):
"Trudeau spoke with Leo Varadkar", "spoke January 19 with Angolan President João Lourenço",
"In a conversation with Berdimuhamedow last month"; and "a telephonic conversation" (the
rule ``call``). Such sentences had no candidate at all (docs/history/extraction-log.md,
"Twenty-seventh pass: kinds").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


def test_a_leader_spoken_with_is_a_call(tmp_path: Path) -> None:
    # test-ax, canada_43 (published 2019-01-30)
    body = "Today, Prime Minister Justin Trudeau spoke with Leo Varadkar, the Irish Taoiseach."
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2019-01-30")
        if e.kind.value == "call"
    ]
    assert ("2019-01-30", {"CA", "IE"}) in found, found


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        # test-an, us-africa_28
        (
            "Secretary of State Antony J. Blinken spoke January 19 with Angolan President "
            "João Lourenço to reaffirm the importance of the U.S.-Angola relationship.",
            "conversation",
        ),
        # test-ay, iran_43
        (
            "In a conversation with Berdimuhamedow last month, Raisi praised the growing "
            "cooperation with Ashgabat in various fields.",
            "conversation",
        ),
        ("The conversation between Putin and Xi Jinping was warm and friendly.", "conversation"),
        ("He spoke on Monday with his French counterpart.", "conversation"),
        # a leader called or rang by a possessive's (thirty-ninth session, our own)
        (
            "Ghana's President Nana Akufo-Addo called his Togolese counterpart on Monday to "
            "discuss border security.",
            "conversation",
        ),
        ("Macron rang his Ukrainian counterpart on Tuesday.", "conversation"),
        ("Kenya's Ruto telephoned Somali President Hassan Sheikh Mohamud on Friday.", "call"),
        # test-ak, india-us_28
        (
            "Narendra Modi and US President Donald Trump held a telephonic conversation last "
            "evening and exchanged New Year greetings.",
            "call",
        ),
    ],
)
def test_forms_of_a_conversation(sentence: str, rule: str) -> None:
    assert rule in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister spoke with reporters on Monday.",
        "She spoke with the press after the vote.",
        "The ambassador had a conversation with students in Lyon.",
        "He spoke with great emotion about the war.",
        # "called" names or judges without a possessive's, or calls on a party
        "Milei called Boric an impoverisher during the campaign.",
        "Seoul launched an initiative called K-Silk Road on Monday.",
        "The president called his party to order on Monday.",
        "The minister called his decision final on Monday.",
        "The so-called Three Amigos were to meet in Canada.",
    ],
)
def test_no_one_spoken_with_is_no_call(sentence: str) -> None:
    assert not trigger_names(sentence) & {"conversation", "call"}


@pytest.mark.parametrize(
    "sentence",
    [
        # review27 finding 18: an interview with a news outlet, not a call
        "Israeli Prime Minister Yitzhak Rabin spoke with The New York Times on Monday about "
        "the talks with Syria.",
        "Iran's foreign minister spoke with Reuters in Tehran on Monday about the talks with "
        "the United States.",
        "Ukrainian President Volodymyr Zelensky spoke with The Associated Press in Kyiv on "
        "Monday about the war with Russia.",
    ],
)
def test_a_news_outlet_spoken_with_is_no_call(sentence: str) -> None:
    assert not trigger_names(sentence) & {"conversation", "call"}


def test_a_counterpart_called_is_a_phone_call_not_a_visit(tmp_path: Path) -> None:
    # our own: the detector read the sentence as a visit
    body = (
        "Ghana's President Nana Akufo-Addo called his Togolese counterpart on Monday to "
        "discuss border security."
    )
    found = [(e.kind.value, {*e.countries}) for e in events(tmp_path, body, "2024-03-15")]
    assert found == [("call", {"GH", "TG"})], found


def test_an_interview_with_a_news_outlet_makes_no_call(tmp_path: Path) -> None:
    # review27 finding 18, a sentence of the reviewer's
    body = (
        "Israeli Prime Minister Yitzhak Rabin spoke with The New York Times on Monday about "
        "the talks with Syria."
    )
    assert not [e for e in events(tmp_path, body, "1995-06-06") if e.kind.value == "call"]
