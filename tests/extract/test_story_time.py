"""A sentence that opens with "Then," or "At the time," is told at the time the sentence
before it writes (:meth:`timeline.extract.discourse.Discourse._story_time`; TimeML 1.2.1
section 2.2: an anaphoric expression takes the time the text is talking about;
docs/extraction.md, fiftieth pass). Sentences of the tuning sets (their set and article
named) and of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


def _visits(tmp_path: Path, body: str) -> set[tuple[str, str]]:
    return {
        (e.date.value, host)
        for e in article_events(tmp_path, body, "2022-07-24")
        if e.kind.value == "visit"
        for host in e.countries
        if host != "RU"
    }


def test_then_takes_the_year_of_the_sentence_before(tmp_path: Path) -> None:
    # test-k, russia-africa_05 (and test-v's report of the same tour)
    body = (
        "The previous big tour of the Russian foreign minister to Africa took place in 2018. "
        "Then, Foreign Minister Sergey Lavrov visited Angola, Namibia and Zimbabwe."
    )
    found = _visits(tmp_path, body)
    assert {("2018", "NA"), ("2018", "ZW")} <= found, found


@pytest.mark.parametrize(
    "body",
    [
        # another paragraph: the scene has changed
        "The previous big tour of the Russian foreign minister to Africa took place in 2018.\n\n"
        "Then, Foreign Minister Sergey Lavrov visited Namibia and Zimbabwe.",
        # "then" inside the sentence: a sequence, not the time before
        "The previous big tour of the Russian foreign minister to Africa took place in 2018. "
        "Foreign Minister Sergey Lavrov then visited Namibia and Zimbabwe.",
        # two dates before: which one is not told
        "The tours of the Russian foreign minister to Africa took place in 2018 and 2019. "
        "Then, Foreign Minister Sergey Lavrov visited Namibia and Zimbabwe.",
    ],
)
def test_no_one_time_before_no_story_time(tmp_path: Path, body: str) -> None:
    found = _visits(tmp_path, body)
    assert not any(value in ("2018", "2019") for value, _ in found), found
