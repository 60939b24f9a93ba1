"""A treaty a legislature or its chamber approves is ratified (rule
``legislature-approved``, sixty-eighth pass): "The Senate of the Parliament of Canada
approved the agreement", "The Turkish Parliament on Tuesday voted to approve Sweden's NATO
membership bid" are ratifications in the tuning gold (a senate's concurrence is one), where
the rules read an adoption. Sentences of our own, in the manner of wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import dated_sides


def _rules(sentence: str) -> set[str]:
    text = "Headline\n" + sentence
    return {t.name for t, _, _ in find_triggers(text, 0, len(text))}


@pytest.mark.parametrize(
    ("approved", "not_ratified"),
    [
        # a legislature's approval, and a government's or a body's (no ratification)
        (
            "The Senate of Chile approved the trade agreement with Peru on Tuesday.",
            "The foreign ministers approved the trade agreement with Peru on Tuesday.",
        ),
        (
            "The Hungarian parliament on Monday voted to approve Finland's NATO membership bid.",
            "The Hungarian government on Monday said it would back Finland's bid.",
        ),
        # a legislature's own act on no treaty: a budget, a law
        (
            "On Friday, lawmakers voted in favour of the border treaties with Laos.",
            "On Friday, lawmakers approved the budget for next year.",
        ),
    ],
)
def test_a_treaty_a_legislature_approves(approved: str, not_ratified: str) -> None:
    assert "legislature-approved" in _rules(approved), approved
    assert "legislature-approved" not in _rules(not_ratified), not_ratified


def test_the_approval_is_a_ratification_of_its_state(tmp_path: Path) -> None:
    body = (
        "The Turkish Parliament on Tuesday voted to approve Sweden's NATO membership bid, "
        "bringing the Nordic country one step closer to joining the alliance."
    )
    ratified = dated_sides(tmp_path, body, "2024-01-24", "ratification")
    assert ratified and ratified[0][0] == "2024-01-23" and {"SE", "TR"} <= ratified[0][1]
