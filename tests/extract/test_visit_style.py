"""A visit's title names its style (state, official, working) only when the text writes it
for the visit, not the end of an office before the verb ("the Head of State traveled", "the
first American secretary of state to visit").

Sentences of our own, in the manner of Andina and the State Department's press.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _visit_titles(tmp_path: Path, body: str, published: str) -> list[str]:
    return [e.title for e in events(tmp_path, body, published) if e.kind.value == "visit"]


def test_the_head_of_state_travelling_makes_no_state_visit(tmp_path: Path) -> None:
    titles = _visit_titles(
        tmp_path,
        "Peruvian President Pedro Castillo will attend the binational cabinet in Villa de "
        "Leyva. To that end, the Head of State traveled to Colombia on Thursday morning.",
        "2022-01-13",
    )
    assert titles and not any("state visit" in t for t in titles)


def test_a_state_visit_written_keeps_its_style(tmp_path: Path) -> None:
    titles = _visit_titles(
        tmp_path,
        "Kenyan President William Ruto arrived in Washington on Wednesday on a state visit to "
        "the United States.",
        "2024-05-22",
    )
    assert titles and all("state visit" in t for t in titles)
