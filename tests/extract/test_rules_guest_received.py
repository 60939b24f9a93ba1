"""A guest received named by the guest's state and office, no determiner between (the rule
``guest-received``, a visit; fifty-second pass): "Fernandez welcomed Brazilian President
Lula to Buenos Aires", "welcomed Greek Prime Minister Alexis Tsipras", "received Saudi
Prince Mohamed Salman in Cairo", "received Austria's Foreign Minister". The visit rule read
"received his counterpart" (a determiner) only.

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


def test_a_guest_welcomed_is_the_guests_visit(tmp_path: Path) -> None:
    # test-l, brazil_06 (published 2023-01-23)
    body = (
        "Argentine President Alberto Fernández welcomed Brazilian President Luiz Inacio Lula "
        "da Silva to Buenos Aires today."
    )
    visits = dated_sides(tmp_path, body, "2023-01-23", "visit")
    assert ("2023-01-23", {"AR", "BR"}) in visits, visits


@pytest.mark.parametrize(
    "sentence",
    [
        # test-am, levant_34
        "President Nicos Anastasiades welcomed Greek Prime Minister Alexis Tsipras.",
        # test-m, middle-east_09
        "Egyptian President Abdel Fattah el-Sisi received Saudi Prince Mohamed Salman in "
        "Cairo on Tuesday.",
        # test-av, central-europe_48
        "Slovenia's recently elected government this week received Austria's Foreign "
        "Minister Alexander Schallenberg.",
        # test-g, brazil_01 (the offices of a state's head; fifty-third pass)
        "Brazilian President Luiz Inácio Lula da Silva welcomed Portugal's Heads of State and "
        "Government Marcelo Rebelo de Sousa and Prime Minister Luís Montenegro.",
    ],
)
def test_forms_of_a_guest_received(sentence: str) -> None:
    assert "guest-received" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fernandez welcomed Real Madrid president Florentino Perez.",
        "The club received Olympic Committee president Thomas Bach.",
    ],
)
def test_a_guest_of_no_state_is_none(sentence: str) -> None:
    assert "guest-received" not in trigger_names(sentence)
