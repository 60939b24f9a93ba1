"""A crisis that is no conflict between parties: a financial, migration, refugee or
humanitarian crisis, the Cold War. The word names a topic or a period, not a conflict
the article dates ("the G20, created to respond to the 2008 financial crisis"). The
sentences are those of articles of the tuning sets (test-d, test-g, test-i), cut to
what the rule reads; the last test keeps a conflict between two states.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _conflicts(tmp_path: Path, body: str, published: str) -> list[str]:
    found = article_events(tmp_path, body, published)
    return [e.date.value for e in found if e.kind is EventKind.conflict]


def test_a_financial_crisis_is_no_conflict(tmp_path: Path) -> None:
    body = (
        "Chinese officials want the G20, created to respond to the 2008 financial crisis, to "
        "take on a longer-term regulatory role."
    )
    assert _conflicts(tmp_path, body, "2016-09-04") == []


def test_a_migration_crisis_is_no_conflict(tmp_path: Path) -> None:
    body = (
        'At a press conference in the afternoon, the presidents emphasized the "hybrid attack" '
        "orchestrated by Belarus is different from the migration crisis of 2015 and called for "
        "the European Union to pledge funding for its external borders."
    )
    assert _conflicts(tmp_path, body, "2021-08-13") == []


def test_a_refugee_crisis_is_no_conflict(tmp_path: Path) -> None:
    body = (
        "The Nordic prime ministers affirmed in Copenhagen in early October that their "
        "countries must continue to pursue close cooperation in the face of the refugee crisis."
    )
    assert _conflicts(tmp_path, body, "2015-10-28") == []


def test_clashes_between_two_states_stay_a_conflict(tmp_path: Path) -> None:
    body = (
        "Kyrgyzstan and Tajikistan agreed on the border after the clashes between Kyrgyz and "
        "Tajik law enforcers in 2021."
    )
    assert _conflicts(tmp_path, body, "2023-12-23") == ["2021"]
