"""The start of a state dates the act that began it: "a member of the organization since 2008".

A timex after "since" is the open end of a state: it dates no event told beside it
(:func:`timeline.extract.usable_dates.usable_timexes` drops it), but the state's own start is
an act the news lists: the joining, the taking over of a chairmanship, the entry into
force. A candidate of such a kind that its sentence dates no other way (detected, or a
trigger the rules dropped) takes that start (:func:`timeline.extract.usable_dates.state_starts`),
not the publication day. The "since" of a series' first act ("for the first time since
2019") dates the act before, not a start. Real sentences of six articles, copied into
tests/data/extract/state_starts (from test-o, test-x, test-l, test-m, dev and test-d).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.detector import shipped_detector
from timeline.extract.pipeline import read_document
from timeline.extract.usable_dates import state_starts
from timeline.model import EventKind
from timeline.temporal import tag

#: The kinds whose start a "since" gives (``candidate_log._STATES``).
_STATES = {EventKind.founding, EventKind.entry_into_force, EventKind.other}


def _article(folder: Path, prefix: str) -> Path:
    (path,) = folder.glob(f"{prefix}*.txt")
    return path


@pytest.mark.parametrize(
    ("prefix", "start"),
    [
        ("francophonie_08", "2008"),  # "Armenia is a member of the organization since 2008."
        ("russia-eu_14", "2021-01"),  # "... held the chairmanship ... since January 2021."
        ("great-lakes_08", "2024-08-04"),  # "In force since August 4, the new ceasefire ..."
        ("balkans_18", "2007"),  # "Bulgaria, which has been an EU member since 2007, ..."
    ],
)
def test_a_state_since_a_date_gives_the_act_that_began_it_that_date(
    extract_data: Path, prefix: str, start: str
) -> None:
    doc = read_corpus([_article(extract_data / "state_starts", prefix)])[0]
    timexes = tag(doc.text, doc.published)
    assert [s.date.value for s in state_starts(doc.text, timexes, 0, len(doc.text))] == [start]
    detector = shipped_detector()
    assert detector is not None
    found = [
        c
        for c in read_document(doc, timexes, detector=detector).candidates
        if c.draft.kind in _STATES
    ]
    assert found
    assert {(c.draft.date.value, c.date_source) for c in found} == {(start, "sentence")}
    assert doc.published is not None and all(
        c.draft.date.value != doc.published.isoformat() for c in found
    )


@pytest.mark.parametrize(
    "prefix",
    [
        "latin-america_04",  # "exchanging ambassadors for the first time since 2019"
        "korea-japan_05",  # "for their first such meeting since 2019, after ..."
    ],
)
def test_the_since_of_a_series_first_act_is_no_start(extract_data: Path, prefix: str) -> None:
    doc = read_corpus([_article(extract_data / "state_starts", prefix)])[0]
    assert state_starts(doc.text, tag(doc.text, doc.published), 0, len(doc.text)) == []


def test_a_start_outside_the_span_asked_is_not_read(extract_data: Path) -> None:
    doc = read_corpus([_article(extract_data / "state_starts", "francophonie_08")])[0]
    timexes = tag(doc.text, doc.published)
    at = doc.text.index("since 2008")
    assert state_starts(doc.text, timexes, 0, at) == []
    assert [s.text for s in state_starts(doc.text, timexes, at - 10, len(doc.text))] == ["2008"]
