"""A detected act of kind ``other`` stands at its verb (thirty-eighth session): the detector's
candidate stands at the word that counts most for it, often a noun ("Ocean", "Sea",
"credentials"), and its title was what followed that word ("India and the Maldives:
Ocean"). It now stands at the past verb before that word, as a detected statement stands at
its verb of saying (:meth:`timeline.extract.detector_proposals.DetectorProposals._detected`),
and its title tells the act. The sentences are the project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.pipeline import read_document
from timeline.model import EventKind

from .conftest import write_article
from .test_detector_life_events import _detector

#: A detector firing on nouns of the sentences, its class ``other`` (then visit).
NOUNS = _detector({"ocean": [0.0, 3.0], "credentials": [0.0, 3.0], "sea": [0.0, 3.0]})


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "India and the Maldives discussed security in the Indian Ocean on Monday.",
            "India and the Maldives: discussed security in the Indian Ocean",
        ),
        (
            # the copy an envoy hands first: the credentials themselves are a meeting (rule
            # ``credentials``, sixty-eighth pass)
            "Xi received a copy of the credentials of the new US ambassador on Monday.",
            "Xi Jinping and the United States: received a copy of the credentials of the new "
            "US ambassador",
        ),
        (
            "North Korea fired a ballistic missile into the Sea of Japan on Tuesday.",
            "North Korea: fired a ballistic missile into the Sea of Japan",
        ),
    ],
)
def test_a_detected_act_stands_at_its_verb(tmp_path: Path, sentence: str, title: str) -> None:
    doc = read_corpus([write_article(tmp_path, sentence, "2024-05-08")])[0]
    read = read_document(doc, detector=NOUNS)
    detected = [
        c.event
        for c in read.candidates
        if c.fate == "detected" and c.base is None and c.draft.kind is EventKind.other
    ]
    assert [e.title for e in detected] == [title]
