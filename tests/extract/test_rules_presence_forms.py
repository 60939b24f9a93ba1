"""A leader told to be in a place (the rule ``presence``, a visit; fifty-eighth pass): the
name set off by a comma before the verb ("President of Serbia, Aleksandar Vučić, will be in
Slovenia today"), and a pronoun for the leader the article names before it ("And today he
is in Zimbabwe", "He was in Yaounde from May 8-9, 2017"), where the place must be a state
or a city the gazetteer knows (not "he was in Congress"); a demonym's thing is no place ("is
in American custody"), and a presence told in the present is of the page's day (fifty-ninth
pass).

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


@pytest.mark.parametrize(
    "sentence",
    [
        # test-o, russia-us_09
        "Griner, according to CNN, is in American custody.",
        "Navalny was in Russian detention at the time.",
    ],
)
def test_a_demonym_s_thing_is_no_place(sentence: str) -> None:
    # a demonym then a noun other than a land's names no place (fifty-ninth pass)
    assert "presence" not in _names(sentence)


def test_a_demonym_s_land_is_a_place() -> None:
    # test-ad, mexico_23
    sentence = "Biden and Trudeau will be in Mexican territory on January 8 and 9."
    assert "presence" in _names(sentence)


@pytest.mark.parametrize(
    ("body", "published", "sides"),
    [
        (
            # test-k, japan_07 (its lede shortened)
            "Japan and the Philippines signed a defence pact in Manila. "
            "Japanese Foreign Minister Kamikawa Yoko and Defense Minister Kihara Minoru "
            "are in the Philippines for the 2nd Foreign and Defense Ministerial Meeting.",
            "2024-07-08",
            {"JP", "PH"},
        ),
        (
            # test-x, southern-africa_19 (its lede shortened)
            "Leaders of the Southern African Development Community opened a security summit "
            "in Namibia. South African supremo Cyril Ramaphosa is also in the capital "
            "Windhoek for the meeting.",
            "2023-01-31",
            {"ZA", "NA"},
        ),
    ],
)
def test_a_presence_told_in_the_present_is_of_the_page_s_day(
    tmp_path: Path, body: str, published: str, sides: set[str]
) -> None:
    # "are in the Philippines", its sentence writing no day: the page's day is one of the
    # stay's days, as for "who is on a two-day visit" (fifty-ninth pass)
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, published)
        if e.kind.value == "visit"
    ]
    assert any(date == published and sides <= actors for date, actors in found), found
