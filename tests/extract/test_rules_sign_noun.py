"""A noun "sign", an indication, is no signing (rule ``signing``, seventy-first pass): "in a
sign the two Gulf states were moving", "amid signs of Beijing's impatience"; the verb stays
one ("the two leaders sign a treaty"). Sentences from the tuning sets, shortened."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, trigger_names


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        (
            "In January, Bahrain's crown prince spoke with Qatar's emir by telephone, in a sign "
            "the two Gulf states were moving towards repairing relations.",
            "The two leaders sign a treaty on friendship in Ankara.",
        ),
        (
            "Another sign of unity within the Council came in the form of the summit's support.",
            "Putin signs the law on the ratification of the treaty.",
        ),
        (
            "Putin spoke on Friday with Xi Jinping amid signs of Beijing's impatience.",
            "The ministers will sign off on the agreement next week.",
        ),
        (
            "The blockade of Qatar continues, with few signs of a breakthrough.",
            "They sign a memorandum of understanding on Tuesday.",
        ),
        (
            "As a sign of this, meetings of the three states date back to 1992.",
            "Both sides are to sign the accord in Doha.",
        ),
    ],
)
def test_a_noun_sign_is_no_signing(noun: str, verb: str) -> None:
    assert "signing" not in trigger_names(noun), noun
    assert "signing" in trigger_names(verb), verb


def test_the_noun_sign_dates_no_signing(tmp_path: Path) -> None:
    body = (
        "In January, Bahrain's crown prince spoke with Qatar's emir by telephone, in a sign "
        "the two Gulf states were moving towards repairing relations."
    )
    assert dated_sides(tmp_path, body, "2023-04-13", "signing") == []
