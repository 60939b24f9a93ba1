"""A range written with words ("from Monday to Wednesday", "between March and June 2003")
dates the act it tells as one interval, and the act's title does not keep it (forty-third
pass; TimeML tags its two ends apart, 1.2.1 section 2.2). Before, "from" dropped the first
end and the act took the second ("from Monday to Wednesday" was Wednesday), or "between"
kept the first only. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "kind", "value"),
    [
        (
            "Relations between Cuba and the European Union were frozen from March to June "
            "2003 after the arrest of 75 dissidents.",
            "other",
            "2003-03/2003-06",
        ),
        (
            "Relations between Cuba and the European Union were frozen between March and "
            "June 2003 after the arrest of 75 dissidents.",
            "other",
            "2003-03/2003-06",
        ),
        (
            "Indonesian Foreign Minister Retno Marsudi will visit Canberra from Monday to "
            "Wednesday for talks with her Australian counterpart.",
            "visit",
            "2024-11-04/2024-11-06",
        ),
    ],
)
def test_a_range_in_words_is_one_interval(tmp_path: Path, body: str, kind: str, value: str) -> None:
    found = [e for e in article_events(tmp_path, body, "2024-11-03") if e.kind.value == kind]
    assert [e.date.value for e in found] == [value]
    title = found[0].title
    assert "March" not in title and "June" not in title and "Monday" not in title, title


def test_a_range_of_years_keeps_its_ends_apart(tmp_path: Path) -> None:
    # a state's years tell two acts, its start and its end: not joined
    body = "The United States previously had a consulate in Nuuk, Greenland, from 1940 to 1953."
    values = [e.date.value for e in article_events(tmp_path, body, "2020-06-10")]
    assert "1940/1953" not in values


def test_the_ends_must_be_in_order(tmp_path: Path) -> None:
    # "between June and March" names no interval: no range is made of it
    body = "Kenyan and Tanzanian negotiators held talks in Nairobi between June and March 2023."
    values = [e.date.value for e in article_events(tmp_path, body, "2024-11-04")]
    assert not any("/" in v for v in values), values
