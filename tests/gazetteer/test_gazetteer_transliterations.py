"""A given name written in another English transliteration still names the person of
``data/people.yaml`` (``name_transliterations`` of ``data/aliases.yaml``): "Mohammad bin
Salman", "King Mohamed VI", "Mahmud Abbas", "Ahmad al-Sharaa".

Sentences from articles of the tuning sets (tests/data/extraction) and a fresh one.
"""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors
from timeline.gazetteer.matching import transliterations


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # test-aq, south-asia_42 (Pakistan)
        ("Saudi Arabia Crown Prince Mohammad bin Salman arrived", "mohammed-bin-salman"),
        # a White House readout as Politico told it (2017)
        ("a call between Trump and Crown Prince Mohamed bin Salman", "mohammed-bin-salman"),
        # test-ai, middle-east_27 (Egypt)
        ("Palestinian President Mahmud Abbas in the northern city", "mahmoud-abbas"),
        # test-aj, maghreb_27 (Ghana News Agency)
        ("His Majesty King Mohamed VI and Pedro Sanchez", "mohammed-vi"),
    ],
)
def test_a_name_in_another_transliteration_names_the_person(text: str, person: str) -> None:
    assert person in [m.id for m in find_actors(text)]


def test_only_whole_words_of_a_group_are_respelled() -> None:
    groups = [["Mohammed", "Mohamed"], ["Ahmed", "Ahmad"]]
    assert list(transliterations("Mohammed Ahmedov", groups)) == [
        "Mohammed Ahmedov",
        "Mohamed Ahmedov",
    ]
    assert list(transliterations("Recep Tayyip Erdoğan", groups)) == ["Recep Tayyip Erdoğan"]
