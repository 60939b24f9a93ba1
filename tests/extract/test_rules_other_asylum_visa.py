"""Asylum granted or asked of a state's embassy, a visa or entry refused (rule
``asylum-visa``, thirty-third pass): a side acts in the clause before the verb
(:func:`timeline.extract.acting_sides.a_state_acts`), or, for asylum asked, an embassy is
named in the sentence.

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "Bolivia granted political asylum to the former minister on Tuesday.",
        "The former leader is in the Mexican embassy in Lima, where he has requested asylum.",
        "The Embassy of Australia in Fiji is not granting the minister a visa to travel.",
        "Japan on Friday denied entry to three Russian journalists.",
        "Britain has refused the businessman a visa.",
    ],
)
def test_refuge_and_visas(sentence: str) -> None:
    assert "asylum-visa" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of people applied for asylum in Germany last year.",
        "The court denied him a visa extension.",
        "The visa was refused by the clerk.",
        "The plan was rejected by Chile and with Peru about a visa dispute.",
        "The talks came amid threats from Washington to revoke US visas for officials.",
    ],
)
def test_no_refuge(sentence: str) -> None:
    assert "asylum-visa" not in trigger_names(sentence)


def test_asylum_in_an_embassy_is_an_event(tmp_path: Path) -> None:
    found = events(
        tmp_path,
        "The former president is now in the Mexican embassy in Lima where he has applied for "
        "asylum.",
        "2023-03-20",
    )
    others = [e for e in found if e.kind.value == "other"]
    assert others and {"MX", "PE"} <= set(others[0].countries)


# Review33 finding 9: the card company Visa is no visa; an embassy whose state is not named
# ("the embassy in London") is no state's asylum asked.


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU on Monday rejected Visa and Mastercard's offer to cap card fees.",
        "The commission rejected a Visa proposal on interchange fees on Tuesday.",
        "Regulators in India denied Visa permission to store data abroad.",
        "The migrant had applied for asylum at the embassy in London, police said.",
        "A guard said the man sought asylum at an embassy in Paris on Friday.",
    ],
)
def test_no_states_refuge(sentence: str) -> None:
    assert "asylum-visa" not in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He sought asylum at the Embassy of Ecuador in London on Tuesday.",
        "The activist has applied for asylum at Ecuador's embassy in London.",
        "Britain on Monday refused a visa to the Russian lawmaker.",
    ],
)
def test_a_states_refuge(sentence: str) -> None:
    assert "asylum-visa" in trigger_names(sentence)


def test_a_card_company_is_no_visa_refused(tmp_path: Path) -> None:
    found = events(tmp_path, "The EU on Monday rejected Visa and Mastercard's offer.", "2019-03-20")
    assert not [e for e in found if e.kind.value == "other"]
