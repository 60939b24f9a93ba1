"""Relations between states told by their age count from their establishment
(:func:`timeline.extract.anniversaries.relations_age_pattern`, thirty-sixth session): "this
year marks 80 years of diplomatic relations between Australia and New Zealand", told in 2023,
dates relations established in 1943, as "the 80th anniversary of ..." does. Sentences of our
own, in the manner of the tuning splits' press releases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event

from .conftest import article_events


def _relations(found: list[Event]) -> list[tuple[str, str, list[str]]]:
    return [
        (e.kind.value, e.date.value, e.countries)
        for e in found
        if e.kind.value == "other" and e.date.value.isdigit()
    ]


@pytest.mark.parametrize(
    ("body", "published", "value"),
    [
        (
            "This year marks 80 years of diplomatic relations between Australia and New Zealand.",
            "2023-07-07",
            "1943",
        ),
        (
            "Ireland and Canada celebrate 85 years of diplomatic relations this year.",
            "2024-03-01",
            "1939",
        ),
        (
            "Mongolia and China, having maintained diplomatic ties for seventy years, pledged "
            "closer trade.",
            "2019-10-02",
            "1949",
        ),
        (
            "Bulgaria and Romania mark 140 years since the establishment of the bilateral "
            "relations between the two countries.",
            "2019-05-10",
            "1879",
        ),
        (
            "Belarus and China have deepened cooperation since the establishment of diplomatic "
            "ties 32 years ago.",
            "2024-08-22",
            "1992",
        ),
    ],
)
def test_relations_counted_from_their_age(
    tmp_path: Path, body: str, published: str, value: str
) -> None:
    found = _relations(article_events(tmp_path, body, published))
    counted = [sides for _, v, sides in found if v == value]
    assert counted and len(counted[0]) == 2, found


@pytest.mark.parametrize(
    "body",
    [
        # a bound, not an age: no year to count from
        "Ireland and Canada celebrate more than 85 years of diplomatic relations this year.",
        # whose relations the sentence does not say
        "The minister was happy to celebrate 25 years of diplomatic relations.",
        # no state's relations
        "The club celebrates 30 years of relations with its sponsor from Italy and Spain.",
    ],
)
def test_no_age_counted(tmp_path: Path, body: str) -> None:
    found = _relations(article_events(tmp_path, body, "2024-03-01"))
    # the page's own year may come from another rule ("celebrate ... this year"); no year
    # counted back from an age
    assert [v for _, v, _ in found if v != "2024"] == [], found
