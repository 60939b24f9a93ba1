"""A month whose year the other end of its range writes, and a dashed range of months,
date the event they tell (forty-second pass; the tagger's rule is tested in
tests/temporal/test_news_months.py). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "kind", "value", "label"),
    [
        (
            "Kenyan and Tanzanian negotiators held three rounds of talks in Nairobi between "
            "March and May 2023, the ministry said on Monday.",
            "meeting",
            # the whole range since the forty-third pass (it was the first month, March)
            "2023-03/2023-05",
            "March–May 2023",
        ),
        (
            "The joint naval exercise of India and Sri Lanka took place in January-March "
            "2024, the navy said.",
            "exercise",
            "2024-01/2024-03",
            "January–March 2024",
        ),
    ],
)
def test_the_event_takes_the_year_its_range_writes(
    tmp_path: Path, body: str, kind: str, value: str, label: str
) -> None:
    found = [
        (e.date.value, e.date.label())
        for e in article_events(tmp_path, body, "2024-11-04")
        if e.kind.value == kind
    ]
    assert found == [(value, label)]
