"""Chairmanship handovers told with other verbs (issue #12): real sentences of test and
test-c, splits tuned on since the fifth pass (docs/history/extraction-log.md), that had no trigger.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_turned_over_the_chairmanship(tmp_path: Path) -> None:
    body = (
        "President Rodrigo Duterte on Tuesday turned over the chairmanship of the Association "
        "of Southeast Asian Nations (ASEAN) to Singapore Prime Minister Lee Hsien Loong after "
        "the Philippines' hosting of the 31st ASEAN Summit in Manila."
    )
    (handover,) = [e for e in events(tmp_path, body, "2017-11-15") if e.kind.value == "other"]
    assert handover.date.value == "2017-11-14"
    assert {"ASEAN", "SG"} <= {*handover.countries, *handover.organizations}


def test_a_term_handed_over_is_not_the_date_of_the_handover(tmp_path: Path) -> None:
    body = (
        "On 29 November 2019, the second Consultative meeting of the heads of Central Asian "
        "States was held in Tashkent. The decision on transfer of chairmanship in the "
        "International Fund for saving the Aral sea from Turkmenistan to Tajikistan for the "
        "period 2020-2022 were also approved."
    )
    found = events(tmp_path, body, "2019-11-30")
    assert not [e for e in found if e.date.value.startswith(("2020", "2022"))]


def test_a_chairmanship_for_a_period_is_dated_by_its_act_not_its_term(tmp_path: Path) -> None:
    # written for the rule, from the shape of the test-c sentence above
    body = (
        "Kazakhstan assumed the chairmanship of the Commonwealth of Independent States for the "
        "period 2024-2025, officials said."
    )
    (handover,) = events(tmp_path, body, "2023-10-14")
    assert handover.date.value == "2023-10-14"
