"""Relations raised to a partnership, relations established and a government formed told in
the passive (issue #12, the sixty-seventh pass): real sentences of the tuning sets (test-n,
test-v, test-ax, test-ab, test-av, test-bc, test-m, shortened) that the gold lists as
`other` and that had no candidate of theirs, or only a founding (the raisings only pledged
or agreed on, which the gold does not list, are among test_rules_chairs_and_memberships'
forms of no act).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides, other_kind_matches


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year, we elevated the bilateral relationship to a Comprehensive Strategic "
        "Partnership",
        "The two sides established diplomatic ties in 1992 and upgraded them to a strategic "
        "partnership in 2008.",
        'The two sides upgraded their bilateral relations to a "strategic partnership" last year.',
        "both sides officially announced the elevation of bilateral relations to a "
        "Comprehensive Strategic Partnership",
    ],
)
def test_relations_raised_to_a_partnership(sentence: str) -> None:
    assert "partnership" in {name for name, _ in other_kind_matches(sentence)}


@pytest.mark.parametrize(
    ("body", "date", "sides"),
    [
        (
            "Formal diplomatic relations between Canada and Mexico were established in "
            "January 1944.",
            "1944-01",
            {"CA", "MX"},
        ),
        (
            "South Africa and Lesotho are close neighbours. Full diplomatic relations between "
            "the two countries were established in 1992.",
            "1992",
            {"LS", "ZA"},
        ),
        (
            "It was the first trip to Damascus by a Lebanese minister since a government was "
            "formed in Beirut in February.",
            "2024-02",
            {"LB", "SY"},
        ),
    ],
)
def test_relations_established_and_governments_formed_are_no_founding(
    tmp_path: Path, body: str, date: str, sides: set[str]
) -> None:
    assert (date, sides) in dated_sides(tmp_path, body, "2024-02-01", "other")
    assert dated_sides(tmp_path, body, "2024-02-01", "founding") == []
