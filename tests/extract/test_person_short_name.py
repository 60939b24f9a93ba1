"""A person's ``short`` name of ``data/people.yaml`` titles their events: "Anwar's visit to
Indonesia", not "Ibrahim's" (Malaysian news calls Anwar Ibrahim by his given name, which
is no alias: "Dr Anwar Gargash" is another man). Sentences of our own (fifty-seventh
session's branch, 2026-12-06).
"""

from __future__ import annotations

from pathlib import Path

from timeline.gazetteer import find_actors
from timeline.model import EventKind

from .conftest import article_events


def test_the_short_name_titles_the_visit(tmp_path: Path) -> None:
    body = "Malaysian Prime Minister Anwar Ibrahim arrived in Jakarta on Sunday for talks."
    titles = [
        e.title for e in article_events(tmp_path, body, "2023-01-09") if e.kind is EventKind.visit
    ]
    assert titles == ["Anwar's visit to Indonesia"]


def test_the_short_name_is_not_matched_in_the_text() -> None:
    text = "UAE Minister of State Dr Anwar Gargash met the Omani minister."
    assert "anwar-ibrahim" not in {m.id for m in find_actors(text)}
