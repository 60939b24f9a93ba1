"""Countries English writes with "the" are written so in titles (``definite`` of
``data/countries.yaml``): "Kishida's visit to the Philippines", "The United States and Japan
sign ...", "the United States' visit"; a visit's destination right after its trigger with
"the" between is its host ("visited the United States"). Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.gazetteer.codes import countries

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Japanese Prime Minister Fumio Kishida on Friday left for the Philippines.",
            "Kishida's visit to the Philippines",
        ),
        (
            "Philippine President Marcos visited the United States on Monday.",
            "Marcos's visit to the United States",
        ),
        (
            "The United States and Japan signed a defence treaty in Tokyo on Monday.",
            "The United States and Japan sign a defence treaty",
        ),
        (
            "Kazakhstan and the Netherlands held talks in Astana on Monday.",
            "Talks between Kazakhstan and the Netherlands in Astana",
        ),
    ],
)
def test_a_definite_country_in_a_title(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in article_events(tmp_path, body, "2023-11-04")]
    assert title in titles, titles


def test_the_definite_names_are_plurals_or_unions() -> None:
    # the reviewed list: names English writes with "the", none written so by mistake
    definite = {c.name for c in countries().values() if c.definite}
    assert {"Philippines", "United States", "United Kingdom", "Netherlands"} <= definite
    assert not definite & {"Kazakhstan", "Japan", "Türkiye", "Ukraine", "Sudan"}
