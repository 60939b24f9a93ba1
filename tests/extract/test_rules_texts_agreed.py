"""A text agreed with no preposition before it (rule ``agreement-reached``) or told agreed
by its participle and its own date (rule ``agreement-reached-dated``), sixty-eighth pass:
"the two presidents have agreed upon a roadmap", "the roadmap agreed last April 7 in
Rabat", "The previous treaty, agreed upon in May 2014" are texts of their sides, as the
tuning gold writes them (an adoption or a signing, one kind class). Sentences of our own,
in the manner of wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import dated_sides


def _rules(sentence: str) -> set[str]:
    text = "Headline\n" + sentence
    return {t.name for t, _, _ in find_triggers(text, 0, len(text))}


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        ("agreement-reached", "In May, the three countries agreed the 'Nicosia Declaration'."),
        ("agreement-reached", "The two presidents have agreed upon a roadmap for their ties."),
        ("agreement-reached-dated", "They reviewed the roadmap agreed last April 7 in Rabat."),
        ("agreement-reached-dated", "The previous treaty, agreed upon in May 2014, expired."),
        ("agreement-reached-dated", "The accord agreed on 3 May opened the border."),
    ],
)
def test_a_text_agreed(rule: str, sentence: str) -> None:
    assert rule in _rules(sentence), (rule, sentence)


@pytest.mark.parametrize(
    ("agreed", "not_agreed"),
    [
        # no text agreed: a clause, a verb's object that is no text, or no date after the
        # participle
        (
            "The two presidents have agreed upon a roadmap for their ties.",
            "The ministers agreed that the talks should go on.",
        ),
        (
            "In May, the three countries agreed the 'Nicosia Declaration'.",
            "The two sides agreed the need for more dialogue.",
        ),
        (
            "They reviewed the roadmap agreed last April 7 in Rabat.",
            "The roadmap agreed by both sides was praised.",
        ),
        # a business's text (the guard of the passive rule)
        (
            "The previous treaty, agreed upon in May 2014, expired.",
            "The carmaker's wage deal agreed in March was extended.",
        ),
    ],
)
def test_a_text_agreed_and_no_text(agreed: str, not_agreed: str) -> None:
    rules = {"agreement-reached", "agreement-reached-dated"}
    assert _rules(agreed) & rules, agreed
    assert not _rules(not_agreed) & rules, not_agreed


def test_a_text_agreed_is_dated_by_its_own_date(tmp_path: Path) -> None:
    body = (
        "Spain's foreign minister met his Moroccan counterpart in Madrid on Thursday. They "
        "discussed the roadmap agreed last April 7 in Rabat by Spain and Morocco."
    )
    adopted = dated_sides(tmp_path, body, "2022-11-11", "adoption")
    assert ("2022-04-07", {"ES", "MA"}) in adopted


def test_a_text_agreed_upon_is_its_sides(tmp_path: Path) -> None:
    body = (
        "Turkey and the Maldives held talks in Ankara on Monday. The two presidents have "
        "agreed upon a roadmap for further strengthening ties between the countries."
    )
    assert ("2023-11-27", {"MV", "TR"}) in dated_sides(tmp_path, body, "2023-11-28", "adoption")
