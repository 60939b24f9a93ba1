"""An agreement reached told in the pluperfect, or an aim or a signing agreed to (rule
``agreement-reached``, seventieth pass): "Tehran had reached an agreement with Baghdad"
tells the background of a later act, "agreed to take action to effectively deal with the
threat" an aim ("deal" is its verb), "have agreed to sign a Memorandum" a signing planned;
none is an adoption of its own (in the fifty-nine tuning sets all seven were spurious).
Sentences of our own, in the manner of wire copy."""

from __future__ import annotations

import pytest

from timeline.extract.triggers import find_triggers


def _rules(sentence: str) -> set[str]:
    text = "Headline\n" + sentence
    return {t.name for t, _, _ in find_triggers(text, 0, len(text))}


@pytest.mark.parametrize(
    ("reached", "told_before"),
    [
        (
            "Iran reached an agreement with Iraq on Tuesday on border security.",
            "Iran said it had reached an agreement with Iraq on border security.",
        ),
        (
            "Kosovo and Serbia agreed the underlying deal in Brussels on Monday.",
            "Kosovo and Serbia had already agreed the underlying deal in Brussels.",
        ),
        (
            "Chile and Peru agreed to a joint declaration on fisheries on Friday.",
            "Chile and Peru agreed to take steps to deal with illegal fishing on Friday.",
        ),
        (
            "Ghana and Togo agreed on a memorandum on border trade on Friday.",
            "Ghana and Togo agreed to sign a memorandum on border trade next month.",
        ),
    ],
)
def test_an_agreement_told_before_or_aimed_at_is_no_adoption(
    reached: str, told_before: str
) -> None:
    assert "agreement-reached" in _rules(reached), reached
    assert "agreement-reached" not in _rules(told_before), told_before
