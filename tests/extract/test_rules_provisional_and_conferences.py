"""A treaty applied provisionally from its day is an entry into force (rule
``provisional-application``), and a conference of heads of state or government is a summit
(rule ``summit``), thirty-sixth session. Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade agreement is to be applied provisionally from Sept. 21.",
        "The partnership agreement, provisionally applied since 1 April 2017, covers trade.",
        "We welcome the provisional application of the Japan-EU Strategic Partnership "
        "Agreement (SPA) as of 1 February 2019.",
    ],
)
def test_a_provisional_application(sentence: str) -> None:
    assert "provisional-application" in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no day after it: what is applied provisionally, not when
        "The provisional application of the agreement raised questions in parliament.",
        "Some chapters are provisionally applied pending ratification.",
    ],
)
def test_no_provisional_application_without_its_day(sentence: str) -> None:
    assert "provisional-application" not in trigger_names(sentence), trigger_names(sentence)


def test_a_provisional_application_is_an_entry_into_force_of_its_day(tmp_path: Path) -> None:
    body = (
        "The economic partnership agreement between Japan and the European Union has been "
        "provisionally applied since 1 February 2019."
    )
    found = [
        (e.kind.value, e.date.value, {*e.countries, *e.organizations})
        for e in article_events(tmp_path, body, "2019-07-01")
    ]
    assert any(
        k == "entry_into_force" and d == "2019-02-01" and {"JP", "EU"} <= s for k, d, s in found
    ), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The thirteenth conference of heads of state of the Community of Portuguese-speaking "
        "Countries opened in Luanda.",
        "the 22nd Ordinary Session of the Conference of Heads of State and Government of ECCAS",
        "The meeting of heads of government of the Caribbean Community closed on Friday.",
    ],
)
def test_a_conference_of_heads_of_state_is_a_summit(sentence: str) -> None:
    assert "summit" in trigger_names(sentence), trigger_names(sentence)
