"""The detector beside the rules (``beside_rules``): a sentence whose rules' candidates are
all of another kind class than the detector's gets the detector's candidate too, marked
with the classes it stands beside (feature ``detected:beside the rules``); a sentence the
rules told in the detector's class gets none, nor a rival of their class.

Real sentences of tuning articles of three splits: two a gathering the rules read and a
statement the gold lists, test-n's Turkish–Armenian envoys ("the ministry said in a
statement late April 28") and test-aa's Lavrov–Blinken meeting ("Maria Zakharova told the
Soloviev Live YouTube channel on Wednesday"); test-ab's Central Asian summit, whose
signing the rules read in the detector's class ("The presidents signed several
documents").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.candidates import BESIDE_RULES, Candidate, feature_names
from timeline.extract.detector import EventDetector
from timeline.extract.evaluate import kind_class
from timeline.extract.pipeline import ReadDocument, read_document, weighs_beside
from timeline.extract.scorer import EventScorer

from .test_detector import _data

#: (split, article, words of the sentence): a gathering the rules read, a statement told.
SAID = [
    (
        "test-s",
        "russia-central-asia_12_russia-president-arrives-in-dushanbe-today-to-discuss-strategic-partnership-and-alliance",
        "Kremlin spokesman Dmitry Peskov told reporters in Moscow on June 27",
    ),
    (
        "test-aa",
        "russia-us_20_lavrov-blinken-meeting-on-january-21-in-geneva-in-the-works",
        "Maria Zakharova told the Soloviev Live YouTube channel on Wednesday",
    ),
]
#: (split, article, words of the sentence): a document the rules read (the detector's class).
SIGNED = (
    "test-ab",
    "central-asia_27_central-asian-leaders-hold-sixth-consultative-meeting-in-astana",
    "The presidents signed several documents",
)


def _everywhere(first: str, second_margin: float = 0.5) -> EventDetector:
    """A detector that fires on every sentence it reads, its first class ``first`` (by the
    intercepts) and the others ``second_margin`` lower in log-odds."""
    classes = ["document", "gathering", "visit"]
    intercepts = [0.0 if c == first else -second_margin for c in classes]
    return EventDetector.model_validate(_data(intercept=5.0, class_intercepts=intercepts))


def _read(
    extraction_sets: Path, split: str, article: str, detector: EventDetector, beside: bool
) -> ReadDocument:
    from timeline.corpus import read_corpus

    doc = read_corpus([extraction_sets / split / f"{article}.txt"])[0]
    return read_document(doc, detector=detector, detected_variants=True, beside_rules=beside)


def _sentence(read: ReadDocument, words: str) -> list[Candidate]:
    """Every candidate of the sentence with ``words`` (the rules' and the detector's)."""
    at = read.reader.text.index(words)
    body = [s for s in read.reader.doc.sentences if not getattr(s, "heading", False)]
    index = next(i for i, s in enumerate(body) if s.start <= at < s.end)
    return [c for c in read.candidates if c.sentence_index == index]


def _detected(candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if (c.base or c).fate == "detected"]


@pytest.mark.parametrize(("split", "article", "words"), SAID)
def test_a_sentence_the_rules_told_in_another_class_gets_the_detectors_candidate(
    extraction_sets: Path, split: str, article: str, words: str
) -> None:
    detector = _everywhere("document")
    without = _sentence(_read(extraction_sets, split, article, detector, beside=False), words)
    rules = {kind_class(c.draft.kind) for c in without}
    assert rules == {"gathering"} and not _detected(without)  # the rules alone, as before
    read = _read(extraction_sets, split, article, detector, beside=True)
    found = _sentence(read, words)
    detected = _detected(found)
    assert detected and all(kind_class(c.draft.kind) == "document" for c in detected)
    for c in detected:
        assert c.beside == frozenset({"gathering"}) and c.features[BESIDE_RULES] == 1.0
    # the rules' candidates are those read without it, none marked
    assert [c.draft.kind for c in found if c not in detected] == [c.draft.kind for c in without]
    assert not any(BESIDE_RULES in c.features for c in found if c not in detected)


@pytest.mark.parametrize(
    ("split", "article", "words", "first"),
    [(*SAID[0], "gathering"), (*SAID[1], "gathering"), (*SIGNED, "document")],
)
def test_a_sentence_the_rules_told_in_the_detectors_class_gets_none(
    extraction_sets: Path, split: str, article: str, words: str, first: str
) -> None:
    read = _read(extraction_sets, split, article, _everywhere(first), beside=True)
    found = _sentence(read, words)
    assert first in {kind_class(c.draft.kind) for c in found}  # the rules' class
    assert not _detected(found)


@pytest.mark.parametrize(("split", "article", "words"), SAID)
def test_no_rival_of_the_rules_class_is_proposed_beside_them(
    extraction_sets: Path, split: str, article: str, words: str
) -> None:
    # document first, gathering second within the reader's margin: the gathering is the
    # rules' class, so no rival of the second class
    read = _read(extraction_sets, split, article, _everywhere("document", 0.1), beside=True)
    detected = _detected(_sentence(read, words))
    assert detected and not any(c.rival == "second class" for c in detected)


def test_a_sentence_without_rules_candidates_is_read_as_before(extraction_sets: Path) -> None:
    split, article, _ = SAID[1]
    detector = _everywhere("document")
    before = _read(extraction_sets, split, article, detector, beside=False)
    after = _read(extraction_sets, split, article, detector, beside=True)
    # "On December 17, 2021, the Russian Foreign Ministry published the draft agreements":
    # no rule reads it, the detector does, with or without beside_rules
    alone = _sentence(before, "On December 17, 2021, the Russian Foreign Ministry published")
    assert alone and _detected(alone) == alone
    again = _sentence(after, "On December 17, 2021, the Russian Foreign Ministry published")
    assert [(c.draft.kind, c.draft.date, c.rival, c.beside) for c in again] == [
        (c.draft.kind, c.draft.date, c.rival, frozenset()) for c in alone
    ]
    assert not any(BESIDE_RULES in c.features for c in again)


def _scorer(weight: float) -> EventScorer:
    names = feature_names()
    return EventScorer.model_validate(
        {
            "description": "test",
            "features": names,
            "weights": [weight if n == BESIDE_RULES else 0.0 for n in names],
            "intercept": 0.0,
            "threshold": 0.3,
            "kept_threshold": 0.0,
            "trained_on": ["dev"],
            "trained": "2026-12-01",
            "examples": 10,
            "regularization": 1.0,
        }
    )


def test_the_detector_reads_beside_the_rules_only_for_a_scorer_that_weighs_it() -> None:
    assert not weighs_beside(_scorer(0.0))
    assert weighs_beside(_scorer(-0.4)) and weighs_beside(_scorer(0.7))
