"""The wider variant of a candidate the rules keep is kept from a threshold of its own
(``widened_threshold`` of ``data/event_scorer.json``: docs/extraction.md, thirty-first
pass): the sides its sentence names outside the trigger's clause join the event. The
sentences are written for these tests in the shapes of the tuning sets'."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract import pipeline
from timeline.extract.scorer import shipped_scorer
from timeline.model import Event

from .conftest import article_events


def _sides(events: list[Event], kind: str) -> set[str]:
    (event,) = [e for e in events if e.kind.value == kind]
    return {p.id for p in event.participants}


def test_a_meeting_takes_the_sides_named_after_its_clause(tmp_path: Path) -> None:
    body = (
        "The two leaders met on Monday in Hanoi, their first meeting since the summit in "
        "Seoul last year, the Vietnamese foreign ministry said of Kenyan President William "
        "Ruto and Vietnamese President Vo Van Thuong."
    )
    assert {"KE", "VN", "william-ruto"} <= _sides(article_events(tmp_path, body), "meeting")


def test_a_summit_told_with_one_side_is_output_with_its_sentence_s(tmp_path: Path) -> None:
    body = (
        "At a press conference after the summit meetings on Sunday, Japanese Prime Minister "
        "Fumio Kishida, who chaired the gatherings of the G7 leaders, praised their joint "
        "statement."
    )
    assert {"G7", "JP"} <= _sides(article_events(tmp_path, body), "summit")


def test_without_the_threshold_the_one_sided_summit_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scorer = shipped_scorer()
    assert scorer is not None
    plain = scorer.model_copy(update={"widened_threshold": None})
    monkeypatch.setattr(pipeline, "shipped_scorer", lambda: plain)
    body = (
        "At a press conference after the summit meetings on Sunday, Japanese Prime Minister "
        "Fumio Kishida, who chaired the gatherings of the G7 leaders, praised their joint "
        "statement."
    )
    assert not [e for e in article_events(tmp_path, body) if e.kind.value == "summit"]
