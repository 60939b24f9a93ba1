"""A person's life told in a sentence is no visit (twenty-eighth pass): where a leader was
born, lay ill, died or served ("was born in 1924 in Sacho", "had been hospitalized in
Nairobi", "died on Friday, the president said", "his term ends on December 31") names a
place and a date, and the detector reads a visit there; its visit class is dropped in such a
sentence (:meth:`timeline.extract.detector_proposals.DetectorProposals._detected`): no
candidate when the visit is its first class, no visit rival when it is the second. The
sentences are the project's own, of the form obituaries in older news take."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.detector import EventDetector
from timeline.extract.pipeline import read_document
from timeline.model import EventKind

from .conftest import article_events, write_article
from .test_detector import _data


def _detector(weights: dict[str, list[float]]) -> EventDetector:
    """A detector firing on each word of ``weights`` (its class weights: visit, other)."""
    words = [f"w:{w}" for w in weights]
    return EventDetector.model_validate(
        _data(
            features=words,
            weights=[4.0] * len(words),
            intercept=-2.0,
            classes=["visit", "other"],
            class_kinds=["visit", "other"],
            class_features=words,
            class_weights=list(weights.values()),
            class_intercepts=[0.0, 0.0],
        )
    )


def _detected(tmp_path: Path, sentence: str, detector: EventDetector) -> list[EventKind]:
    doc = read_corpus([write_article(tmp_path, sentence, "2019-09-09")])[0]
    read = read_document(doc, detector=detector, detected_variants=True)
    return [c.draft.kind for c in read.candidates if c.fate == "detected" and c.base is None]


#: A visit first, kind other second within the reader's margin.
VISIT_FIRST = _detector({"born": [3.0, 0.0], "hospitalized": [3.0, 0.0], "stayed": [3.0, 0.0]})
LIVES = [
    "Daniel arap Moi was born in 1924 in Sacho, in the Rift Valley of colonial Kenya.",
    "The former Kenyan president was hospitalized in Singapore for months and died there on "
    "Friday.",
]


@pytest.mark.parametrize("sentence", LIVES)
def test_the_detector_proposes_no_visit_in_a_life_told(tmp_path: Path, sentence: str) -> None:
    assert _detected(tmp_path, sentence, VISIT_FIRST) == []


def test_a_stay_told_without_a_life_stays_a_visit(tmp_path: Path) -> None:
    stayed = "The Kenyan president stayed in Singapore on Friday."
    assert _detected(tmp_path, stayed, VISIT_FIRST)[:1] == [EventKind.visit]


def test_the_other_class_stays_in_a_life_told_without_its_visit_rival(tmp_path: Path) -> None:
    died = "Kenyan President Daniel arap Moi died in Nairobi on February 4, 2020."
    assert _detected(tmp_path, died, _detector({"died": [1.0, 1.1]})) == [EventKind.other]
    spoke = "Kenyan President Daniel arap Moi spoke in Nairobi on February 4, 2020."
    assert _detected(tmp_path, spoke, _detector({"spoke": [1.0, 1.1]})) == [
        EventKind.other,
        EventKind.visit,
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Tanzanian leader Robert Kagera died on Friday, President John Magufuli said.",
        "Robert Kagera, a former president of Tanzania, died on Friday in Dar es Salaam, his "
        "successor John Magufuli announced.",
    ],
)
def test_end_to_end_a_life_told_gives_no_visit(tmp_path: Path, sentence: str) -> None:
    found = article_events(tmp_path, sentence, "2019-09-09")
    assert not [e for e in found if e.kind is EventKind.visit]
