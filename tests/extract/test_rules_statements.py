"""Declarations published and communiqués released (issue #12): real sentences of test-b,
a split tuned on since the fifth pass (docs/extraction.md), that had no trigger.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_published_a_joint_declaration(tmp_path: Path) -> None:
    body = (
        "The leaders of the Group of Seven most industrialised nations published a five-point "
        "joint declaration on Monday, wrapping up three days of talks in the French seaside town "
        "of Biarritz."
    )
    found = [e for e in events(tmp_path, body, "2019-08-27") if e.kind.value == "statement"]
    (statement,) = found
    assert statement.date.value == "2019-08-26" and "G7" in statement.organizations


def test_the_release_of_a_communique(tmp_path: Path) -> None:
    body = (
        "Honiara, Solomon Islands, Friday 12 September 2025 - The 54th Pacific Islands Forum "
        "Leaders Meeting concluded in Honiara with the release of the Leaders’ Communiqué, "
        "following two days of retreat in Noro and formal sessions in the capital."
    )
    found = [e for e in events(tmp_path, body, "2025-09-12") if e.kind.value == "statement"]
    (statement,) = found
    assert statement.date.value == "2025-09-12" and "PIF" in statement.organizations
