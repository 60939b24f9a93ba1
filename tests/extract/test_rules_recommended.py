"""A side's recommendation is its decision (rule ``body-recommended``, seventieth pass): "the
European Commission recommended opening accession negotiations" and "the ... committee
recommended the suspension of the diplomatic sanctions against Cuba" are adoptions in the
tuning and Wikinews dev gold (one kind class with a statement); not "as recommended by the
Commission". Its title tells the act as a vote's does, without the sides the act names.
Sentences of our own, in the manner of wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday the European Commission recommended opening accession talks with Moldova.",
        "On Monday the EU committee recommended the suspension of the sanctions against Cuba.",
    ],
)
def test_a_sides_recommendation_is_an_adoption(sentence: str) -> None:
    assert "body-recommended" in trigger_names(sentence), sentence


def test_a_recommendation_is_titled_by_its_act(tmp_path: Path) -> None:
    body = (
        "On December 15 the European Union committee recommended the suspension of the "
        "diplomatic sanctions against Cuba."
    )
    titles = [
        e.title for e in article_events(tmp_path, body, "2005-02-04") if e.kind.value == "adoption"
    ]
    assert titles == ["EU recommends the suspension of the diplomatic sanctions against Cuba"]
