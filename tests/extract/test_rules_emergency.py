"""A state of emergency, a state of siege or martial law declared, imposed, lifted or extended
is a decree of the state (rule ``emergency-rule``, thirty-sixth session): the gold of the
tuning sets and of the Wikinews development sets lists such acts as decrees, and no rule
read them ("imposed emergency on February 5", "declared a state of emergency in 2007").

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "President Alvarez declared a state of emergency in the capital on Friday.",
        "The then president imposed emergency on February 5 last year.",
        "Thailand's government lifted the state of emergency in Bangkok on Sunday.",
        "The junta extended the nationwide state of emergency by three months.",
        "Parliament was forced to cancel the state of emergency within 24 hours.",
        "Warsaw imposed martial law in December 1981.",
        "Peru declared a 60-day state of siege in two provinces.",
        "The state of emergency which was declared in the country two months ago remains.",
        "Martial law was lifted on Monday, the army said.",
    ],
)
def test_an_emergency_declared_or_ended(sentence: str) -> None:
    assert "emergency-rule" in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an emergency's measures, meeting or aid: no state of emergency
        "The cabinet imposed emergency measures on fuel prices on Monday.",
        "The council declared an emergency meeting for Tuesday.",
        "The bank extended emergency loans to the two lenders.",
        # a governor's, a city's, a hospital's (emergency_not_national)
        "Governor Hochul declared a state of emergency ahead of the storm on Friday.",
        "The county declared a state of emergency after the floods.",
        "The city hospital declared a state of emergency as beds ran out.",
        # the noun alone tells background, not the act
        "He was impeached over his declaration of martial law.",
    ],
)
def test_no_state_s_emergency_declared(sentence: str) -> None:
    assert "emergency-rule" not in trigger_names(sentence), trigger_names(sentence)


def test_an_emergency_declared_is_a_decree_of_its_day(tmp_path: Path) -> None:
    body = (
        "Ecuador's President Lucio Gutierrez declared a state of emergency in Quito on "
        "Friday and suspended civil liberties in the capital."
    )
    found = [
        (e.kind.value, e.date.value, set(e.countries))
        for e in article_events(tmp_path, body, "2005-04-21")
    ]
    assert ("decree", "2005-04-15", {"EC"}) in found, found


def test_an_emergency_lifted_with_its_year(tmp_path: Path) -> None:
    body = "Georgia's president declared a state of emergency in 2007 against mass protests."
    found = [(e.kind.value, e.date.value) for e in article_events(tmp_path, body, "2008-08-21")]
    assert ("decree", "2007") in found, found


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Ethiopia declared a six-month state of emergency on Friday.",
            "Ethiopia declares a six-month state of emergency",
        ),
        (
            "The Thai government lifted martial law in Bangkok on Sunday.",
            "Thailand lifts martial law",
        ),
    ],
)
def test_an_emergency_s_title_tells_its_act(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in article_events(tmp_path, body, "2023-11-04")]
    assert title in titles, titles
