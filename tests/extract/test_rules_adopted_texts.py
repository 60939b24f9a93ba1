"""What a gathering adopts, told in more forms (the rule ``adoption``; fifty-eighth pass):
a statement's text as well as an agreement's ("The leaders adopted the Phnom Penh
statement", "Leaders adopted a statement following the summit"), conclusions and a chair's
summary, the verb's base form of a plan ("They are expected to adopt a comprehensive set of
agreements"), "the adoption by the two presidents of a Joint Declaration", and the text
before its verb ("the Joint Declaration adopted by Spain and Portugal", "Our Communiqué,
adopted today").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


def test_a_communique_adopted_today_is_the_days_adoption(tmp_path: Path) -> None:
    # test-ac, commonwealth_20 (published 2018-04-20)
    body = (
        "Commonwealth Heads of Government met in London. Our Communiqué, adopted today, sets "
        "out the specific commitments we have made collectively."
    )
    found = dated_sides(tmp_path, body, "2018-04-20", "adoption")
    assert any(day == "2018-04-20" and "COMMONWEALTH" in sides for day, sides in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-k, mekong_08
        "The leaders adopted the Phnom Penh statement and the 5-year action plan.",
        # test-q, eu_12
        "Leaders adopted a statement following the summit.",
        # test-e, central-asia_05: a plan's base form
        "They are expected to adopt a comprehensive set of agreements to enhance bilateral ties.",
        # test-c, latin-america_07
        "the adoption by the two presidents of a Joint Declaration",
        # our own: a reduced relative, conclusions, a chair's summary
        "the Joint Declaration adopted by Spain and Portugal on Friday",
        "The Council approved conclusions on enlargement.",
        "They adopted the Chair's Summary.",
    ],
)
def test_forms_of_a_text_adopted(sentence: str) -> None:
    assert "adoption" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He adopted a child in 2019.",
        "The statement adopted a harsh tone.",
        "The ministry approved the budget for the next year.",
        "the adoption of children by foreign couples",
    ],
)
def test_no_text_adopted(sentence: str) -> None:
    assert "adoption" not in trigger_names(sentence)
