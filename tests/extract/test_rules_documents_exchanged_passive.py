"""Memoranda, agreements or documents told exchanged in the passive are a signing (rule
``documents-exchanged``, sixty-eighth pass): "During the State Visit, 15 memoranda of
understanding (MoUs) were exchanged by the two sides". Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


@pytest.mark.parametrize(
    ("exchanged", "no_text"),
    [
        (
            "During the visit, 15 memoranda of understanding (MoUs) were exchanged.",
            "During the visit, views were exchanged on trade.",
        ),
        (
            "Several MoUs will be exchanged during the visit to Port Louis.",
            "Several prisoners will be exchanged at the border crossing.",
        ),
        (
            "Seven agreements have been exchanged between the two ministries.",
            "Greetings have been exchanged between the two ministries.",
        ),
    ],
)
def test_texts_exchanged_in_the_passive(exchanged: str, no_text: str) -> None:
    assert "documents-exchanged" in trigger_names(exchanged), exchanged
    assert "documents-exchanged" not in trigger_names(no_text), no_text


def test_the_passive_exchange_is_a_signing_of_the_visit(tmp_path: Path) -> None:
    body = (
        "Sri Lankan President Dissanayake concluded a state visit to China on Friday. During "
        "the State Visit, 15 memoranda of understanding (MoUs) were exchanged by the two sides."
    )
    assert ("2025-01-17", {"CN", "LK"}) in dated_sides(tmp_path, body, "2025-01-18", "signing")
