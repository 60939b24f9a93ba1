"""A text concluded is a text signed (rule ``agreement-concluded``, thirty-third pass):
"The treaty was concluded on June 19" (test-n's Russia–North Korea treaty, whose gold is a
signing of that day), "Turkey and Hungary concluded a friendship treaty". Sentences of
our own after the tuning sets'."""

from __future__ import annotations

from pathlib import Path

from timeline.extract.triggers import find_triggers
from timeline.model import EventKind

from .conftest import article_events as events


def test_a_treaty_concluded_in_the_passive_is_signed_that_day(tmp_path: Path) -> None:
    body = (
        "The treaty was concluded on June 19, during Russian President Vladimir Putin's "
        "visit to North Korea."
    )
    found = events(tmp_path, body, "2024-12-05")
    assert [e.date.value for e in found if e.kind is EventKind.signing] == ["2024-06-19"]


def test_states_that_concluded_a_treaty_signed_it(tmp_path: Path) -> None:
    body = "Turkey and Hungary concluded a friendship treaty in Istanbul in 1923."
    (signing,) = [e for e in events(tmp_path, body, "2023-05-01") if e.kind is EventKind.signing]
    assert signing.date.value == "1923"
    assert {p.id for p in signing.participants} >= {"TR", "HU"}


def test_talks_that_concluded_are_no_text() -> None:
    text = "The talks concluded on Friday in Geneva."
    assert "agreement-concluded" not in {t.name for t, _, _ in find_triggers(text, 0, len(text))}


def test_a_business_deal_concluded_is_no_states_act() -> None:
    text = "The club concluded a sponsorship deal with the airline on Friday."
    assert "agreement-concluded" not in {t.name for t, _, _ in find_triggers(text, 0, len(text))}
