"""A leader told to be in a place (the rule ``presence``, a visit; fifty-eighth pass): the
name set off by a comma before the verb ("President of Serbia, Aleksandar Vučić, will be in
Slovenia today"), and a pronoun for the leader the article names before it ("And today he
is in Zimbabwe", "He was in Yaounde from May 8-9, 2017"), where the place must be a state
or a city the gazetteer knows (not "he was in Congress").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import article_events as events


def _names(sentence: str) -> set[str]:
    return {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        # test-az, balkans_61
        "President of Serbia, Aleksandar Vučić, will be in Slovenia today.",
        # test-ab, central-africa_20
        "The Portuguese President, Marcelo Rebelo de Sousa, is since Thursday night in Luanda.",
        # test-t, russia-africa_14
        "And today he is in Zimbabwe, where he met with President Emmerson Mnangagwa.",
        # test-al, african-union_32
        "He was in Yaounde from May 8-9, 2017 to show gratitude to Cameroonian authorities.",
        # our own: a capital after "the ... capital", a country after "the"
        "She is now in the Finnish capital, Helsinki.",
        "He will be in the Philippines on Monday.",
    ],
)
def test_forms_of_a_presence(sentence: str) -> None:
    assert "presence" in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was in Congress for twenty years.",
        "She is in Opposition now.",
        "He is now in the Brazilian embassy in Quito.",
        "It was in Paris that the deal was struck.",
    ],
)
def test_a_pronoun_in_no_known_place_is_no_presence(sentence: str) -> None:
    assert "presence" not in _names(sentence)


def test_a_pronoun_s_presence_takes_the_leader_named_before(tmp_path: Path) -> None:
    body = (
        "Russian Foreign Minister Sergey Lavrov arrived in Harare on Thursday. "
        "On Friday, he is in Zambia for talks with President Edgar Lungu."
    )
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2018-03-08")
        if e.kind.value == "visit"
    ]
    assert ("2018-03-09", {"RU", "ZM"}) in found, found
