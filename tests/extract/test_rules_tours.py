"""A tour told by its noun (the rule ``tour``, a visit): "an official tour of Singapore and
Japan", "a tour of four African countries", "his Southeast Asian tour", "a four-nation
tour". Such sentences had no candidate at all (docs/history/extraction-log.md, "Twenty-seventh pass:
kinds").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


def test_a_tour_of_two_countries_is_a_visit(tmp_path: Path) -> None:
    # test-az, japan_50 (published 2023-05-23)
    body = (
        "President Ranil Wickremesinghe has left the island this morning for an official tour "
        "of Singapore and Japan."
    )
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2023-05-23")
        if e.kind.value == "visit"
    ]
    assert any(d == "2023-05-23" and {"LK", "SG"} <= sides for d, sides in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-g, un_07
        "The secretary-general's regional tour will also take him to United Arab Emirates, "
        "Oman, Qatar and Egypt.",
        # test-ab, us-africa_18
        "Blinken began a tour of four African countries on Monday.",
        # test-x
        "Last month, Prabowo included the Philippines in his Southeast Asian tour.",
        "The king began a four-nation tour of the Gulf on Saturday.",
        "The envoy's tour of the Middle East ended on Friday.",
    ],
)
def test_forms_of_a_tour(sentence: str) -> None:
    assert "tour" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation took a tour of the plant on Monday.",
        "He won the European Tour title in 2019.",
        "Guests were given a guided tour of the museum.",
    ],
)
def test_a_tour_of_a_site_or_a_sport_is_none(sentence: str) -> None:
    assert "tour" not in trigger_names(sentence)
