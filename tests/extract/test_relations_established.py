"""Relations established and a government formed told in the passive (issue #12, the
sixty-seventh pass): real sentences of the tuning sets (test-av, test-bc, test-m, shortened)
that the gold lists as `other` and that had only a founding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides


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
        # Relations the subject of a relative clause (seventy-first pass: test-k, test-ac).
        (
            "Marcos affirmed that the Philippines and Indonesia have a lot in common in over "
            "70 years of bilateral ties countries, which formally established on 24 November "
            "1949.",
            "1949-11-24",
            {"ID", "PH"},
        ),
        (
            "Diplomatic relations between Georgia and Armenia, established on July 17, 1992, "
            "are friendly.",
            "1992-07-17",
            {"AM", "GE"},
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
