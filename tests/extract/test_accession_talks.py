"""Talks that are a state's way into a bloc are no meeting (sixty-ninth pass, issue #12's
spurious meetings): "accession negotiations", "EU membership talks" tell the `accession`
rule's act, not talks between two sides (docs/extraction.md, rule ``meeting``;
``accession_talks`` of ``data/state_act_words.yaml``).

Each sentence is from a tuning article whose gold lists no such meeting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "Today, the European Council decided to open accession negotiations with Ukraine and "
            "Moldova and granted candidate status to Georgia.",
            "2023-12-14",
        ),
        (
            '"We are working to ensure that the Council, with its decision, opens accession '
            'negotiations with both Ukraine and Moldova at the end of the year," Kallas said.',
            "2023-11-08",
        ),
        (
            "In Pogredec, Zaev expressed his confidence that Macedonia will start EU membership "
            "talks next year.",
            "2017-12-15",
        ),
    ],
)
def test_accession_talks_are_no_meeting(tmp_path: Path, body: str, published: str) -> None:
    assert dated_sides(tmp_path, body, published, "meeting") == []
