"""A strike of one side on another is no visit (the reader's guard of the event detector's
visits, :func:`timeline.extract.topics.tells_a_strike`; docs/extraction.md, fiftieth pass).
Sentences of our own: the detector read "Israeli aircraft struck targets in southern
Lebanon on Monday" as a visit of Israel to Lebanon."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    "body",
    [
        "Israeli aircraft struck targets in southern Lebanon on Monday.",
        "Russian forces shelled the outskirts of Kharkiv in Ukraine on Monday.",
    ],
)
def test_a_strike_told_alone_is_no_visit(tmp_path: Path, body: str) -> None:
    kinds = [e.kind.value for e in article_events(tmp_path, body, "2008-01-15")]
    assert "visit" not in kinds, kinds


def test_a_visit_told_beside_a_strike_stays(tmp_path: Path) -> None:
    body = (
        "Turkish President Recep Tayyip Erdogan arrived in Baku on Monday, a day after "
        "Azerbaijani forces shelled Armenian positions."
    )
    visits = [e for e in article_events(tmp_path, body, "2008-01-15") if e.kind.value == "visit"]
    assert visits and {"TR", "AZ"} <= {*visits[0].countries}
