""" "Ratify" of a stance is no ratification (rule ``ratification``, seventieth pass): Latin
American and Cuban copy writes "ratificar" for "reaffirm" ("ratified today the willingness
of both nations", "ratifies the support of the ALBA", "Ratify that the cardinal
principle ..."); in the fifty-nine tuning sets all three such were spurious ratifications.
(A text ratified stays one, a stance's word before its noun too, "ratified the cooperation
agreement": the doctest of ``agreement_rules.not_a_reaffirmation``.) Sentences of our own,
in the manner of wire copy."""

from __future__ import annotations

import pytest

from timeline.extract.triggers import find_triggers


def _rules(sentence: str) -> set[str]:
    text = "Headline\n" + sentence
    return {t.name for t, _, _ in find_triggers(text, 0, len(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cuba and Vietnam on Tuesday ratified today the willingness of both nations to talk.",
        "The declaration ratifies the support of the ALBA for Venezuela.",
        "Ratify that the cardinal principle of the alliance is solidarity.",
        "The two ministers ratified their commitment to the peace process on Monday.",
    ],
)
def test_a_stance_ratified_is_no_ratification(sentence: str) -> None:
    assert "ratification" not in _rules(sentence), sentence
