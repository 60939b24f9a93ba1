"""Acts of kind `other` and `conflict` told with forms the lexicon lacked (issue #12, the
sixty-ninth pass): a term of office begun on its own day, a state's independence with its
year, an attack launched, an election with its date before it, a referendum held, a term
ended on its day, a state seceded or a land annexed. The sentences are real ones of the
tuning sets (shortened) that the gold lists and that had no rule's candidate; the forms
that must stay no event of theirs follow.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "The General Assembly elected Cote d'Ivoire, Kuwait and Peru as non-permanent "
            "members of the UN Security Council to serve a two-year term starting Jan 1, 2018.",
            "term-start",
        ),
        (
            "It appointed Jean Claude Brou as President of the Commission for a four-year term, "
            "effective from 1 March 2018.",
            "term-start",
        ),
        (
            "Zelenskiy called it the strongest agreement struck since his country's "
            "independence in 1991.",
            "independence-dated",
        ),
        (
            "The hall was built to commemorate the island nation's independence from British "
            "rule in 1948.",
            "independence-dated",
        ),
        (
            "They fled to Armenia after Azerbaijan launched a large-scale attack in September.",
            "offensive",
        ),
        (
            "It is the first visit by any foreign leader to Pakistan following the February 8 "
            "polls.",
            "election-held",
        ),
        ("He was accorded a state visit since the 2014 elections.", "election-held"),
        (
            "The Assembly declared that the May 20, 2018 electoral process in Venezuela lacked "
            "legitimacy.",
            "election-held",
        ),
        ("Minister Elrington spoke of Belize's referendum held on May 8, 2019.", "election-held"),
        ("It was said by Peña Nieto, who ends his term on 1 December.", "term-end"),
        ("Eritrea formally seceded from Ethiopia in 1993.", "secession-annexation"),
        (
            "EU-Russia summits have ended after Moscow annexed the Ukrainian peninsula of Crimea "
            "in March 2014.",
            "secession-annexation",
        ),
    ],
)
def test_a_form_is_read(sentence: str, rule: str) -> None:
    assert rule in trigger_names(sentence)


def test_independence_is_read_only_after_a_possessive_with_its_year() -> None:
    assert "independence-dated" in trigger_names("It was Ukraine's independence in 1991.")
    for sentence in (
        "Finland celebrated 100 years of independence on December 6 last year.",
        "Both countries, when they achieved their independence in the 19th century, were one.",
        "It was the first such agreement signed since independence in 1971.",
        "He stressed the independence of the judiciary in 2019 talks.",
    ):
        assert "independence-dated" not in trigger_names(sentence)


def test_a_term_is_read_only_with_its_start() -> None:
    assert "term-start" in trigger_names("They serve a two-year term starting Jan 1, 2018.")
    assert "term-start" not in trigger_names("The term of the agreement is five years.")


def test_an_annexation_is_read_only_with_its_year_right_after_its_object() -> None:
    assert "secession-annexation" in trigger_names("Russia annexed Crimea in 2014.")
    for sentence in (
        "Morocco annexed Western Sahara, a former Spanish colony, in 1975.",
        "The list is attached at Annex A.",
    ):
        assert "secession-annexation" not in trigger_names(sentence)


def test_a_term_begun_is_an_act_of_its_own_day(tmp_path: Path) -> None:
    body = (
        "The UN General Assembly on Thursday elected Egypt, Japan, Senegal, Ukraine and "
        "Uruguay as non-permanent members of UN Security Council, which will serve a "
        "two-year term starting from Jan 1, 2016."
    )
    dated = dated_sides(tmp_path, body, "2015-10-16", "other")
    assert any(d == "2016-01-01" and {"EG", "JP", "UNSC"} <= sides for d, sides in dated)
    assert any(d == "2015-10-15" for d, _ in dated)
