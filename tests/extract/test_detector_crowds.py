"""A sentence that opens on a crowd as its subject tells the crowd's act, no state's: the
event detector proposes none there (:func:`timeline.extract.topics.opens_on_a_crowd`,
``unrest_sides`` of ``data/fighting_words.yaml``; seventy-third pass). Real sentences of
English news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "Protesters demonstrating against Japan broke windows of the Japanese Ito-Yokado "
            "store on Saturday, in the Chinese city of Chengdu, the capital of Sichuan Province.",
            "2005-04-03",
        ),
        (
            "Earlier in December several Dominican villagers burned down settlements of "
            "Haitians in response for the death of a business man.",
            "2005-12-15",
        ),
    ],
)
def test_a_crowd_s_act_is_no_state_s(tmp_path: Path, body: str, published: str) -> None:
    assert article_events(tmp_path, body, published) == []
