"""The rivals of a candidate the detector proposes (:data:`DETECTED_VARIANTS`): the same
sentence told with the detector's second class, or dated by another date of the sentence;
each judged by the scorer with a feature naming it, at most one kept per sentence.

Real sentences of four tuning articles of four splits: dev's Serbia–Kosovo agreement and
test's Mercosur encounter (a second class), dev's African Union chairmanship and test-b's
Russian–Chinese naval exercise (other dates).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.errors import DataError
from timeline.extract.candidates import DETECTED_VARIANTS, Candidate, feature_names
from timeline.extract.detector import EventDetector
from timeline.extract.evaluate import kind_class
from timeline.extract.pipeline import ReadDocument, ScorerChoice, read_document, weighs_rivals
from timeline.extract.scorer import EventScorer, load_scorer

from .conftest import write_model_file
from .test_detector import _data

#: A detector that fires on every sentence it reads; with no class word in a sentence its
#: classes are the intercepts': gathering 0.45, then document and visit 0.27 (a margin of
#: 0.18, within the reader's 0.2).
EVERYWHERE = EventDetector.model_validate(_data(intercept=5.0))
#: The same, reading every sentence as a document first: the rivals of another date are
#: told of any class, and a sentence with no word of people meeting is no gathering
#: (seventy-first pass: "the ships will set sail for the Mediterranean").
EVERYWHERE_DOCUMENT = EventDetector.model_validate(
    _data(intercept=5.0, class_intercepts=[1.0, 0.5, 0.0])
)

#: (split, article, words of the sentence) whose detected candidate has a second class.
SECOND_CLASS = [
    ("dev", "balkans_01_serbia-kosovo-agree-eu-plan", "agreed today that the European agreement"),
    (
        "test",
        "latin-america_03_mercosur-summit-puerto-iguazu",
        "will also hold a separate encounter",
    ),
]
#: (split, article, words of the sentence, the rules' date, the other dates offered).
OTHER_DATES = [
    (
        "dev",
        "african-union_01_conde-elected-au-chairperson",
        "Conde becomes West Africa’s fourth holder",
        "2004",
        ["2007", "2016"],
    ),
    (
        "test-b",
        "russia-china_01_joint-sea-2015-opening-ceremony",
        "will set sail for the Mediterranean on Tuesday night",
        "2015-05-12",
        ["2015-05-18/2015-05-21"],
    ),
]


def _read(
    extraction_sets: Path,
    split: str,
    article: str,
    rivals: bool,
    detector: EventDetector = EVERYWHERE,
) -> ReadDocument:
    from timeline.corpus import read_corpus

    doc = read_corpus([extraction_sets / split / f"{article}.txt"])[0]
    return read_document(doc, detector=detector, detected_variants=rivals)


def _group(read: ReadDocument, words: str) -> list[Candidate]:
    """The detected candidates (not their wider variants) of the sentence with ``words``."""
    text = read.reader.text
    at = text.index(words)
    body = [s for s in read.reader.doc.sentences if not getattr(s, "heading", False)]
    index = next(i for i, s in enumerate(body) if s.start <= at < s.end)
    return [
        c
        for c in read.candidates
        if c.fate == "detected" and c.base is None and c.sentence_index == index
    ]


@pytest.mark.parametrize(("split", "article", "words"), SECOND_CLASS)
def test_a_second_class_within_the_margin_is_a_rival(
    extraction_sets: Path, split: str, article: str, words: str
) -> None:
    without = _group(_read(extraction_sets, split, article, rivals=False), words)
    assert len(without) == 1 and not without[0].rival and without[0].rival_group is None
    group = _group(_read(extraction_sets, split, article, rivals=True), words)
    first, second = group[0], next(c for c in group if c.rival == "second class")
    assert first.draft.kind == without[0].draft.kind and not first.rival
    assert kind_class(second.draft.kind) != kind_class(first.draft.kind)
    assert second.draft.date == first.draft.date  # the same sentence, dated by the same rule
    assert second.detector == first.detector
    assert first.rival_group is not None and second.rival_group == first.rival_group
    assert second.features["detected variant:second class"] == 1.0
    assert "detected variant:second class" not in first.features
    # a rival tells its sentence again: no repetition of the first
    assert first.features == without[0].features


@pytest.mark.parametrize(("split", "article", "words", "rules", "others"), OTHER_DATES)
def test_every_other_date_of_the_sentence_is_a_rival(
    extraction_sets: Path, split: str, article: str, words: str, rules: str, others: list[str]
) -> None:
    read = _read(extraction_sets, split, article, rivals=True, detector=EVERYWHERE_DOCUMENT)
    group = _group(read, words)
    first = group[0]
    assert first.draft.date.value == rules  # the nearest date, as without rivals
    dated = [c for c in group if c.rival == "other date"]
    assert sorted(c.draft.date.value for c in dated) == others  # each other date once
    for c in dated:
        assert c.draft.kind == first.draft.kind and c.rival_group == first.rival_group
        assert c.features["detected variant:other date"] == 1.0


def _scorer(**weights: float) -> EventScorer:
    names = feature_names()
    return EventScorer.model_validate(
        {
            "description": "test",
            "features": names,
            "weights": [weights.get(n, 0.0) for n in names],
            "intercept": 1.0,
            "threshold": 0.3,
            "kept_threshold": 0.0,
            "trained_on": ["dev"],
            "trained": "2026-12-01",
            "examples": 10,
            "regularization": 1.0,
        }
    )


@pytest.mark.parametrize(
    ("weight", "chosen"), [(2.0, "other date"), (-0.5, ""), (0.0, "")], ids=str
)
@pytest.mark.parametrize(("split", "article", "words", "rules", "others"), OTHER_DATES)
def test_at_most_one_rival_of_a_sentence_is_kept_the_most_probable(
    extraction_sets: Path,
    split: str,
    article: str,
    words: str,
    rules: str,
    others: list[str],
    weight: float,
    chosen: str,
) -> None:
    read = _read(extraction_sets, split, article, rivals=True, detector=EVERYWHERE_DOCUMENT)
    group = _group(read, words)
    # every candidate is kept (probability above 0.3); of the rivals, the most probable
    # (the first of equals: the rules' own)
    keep = ScorerChoice(_scorer(**{"detected variant:other date": weight}))
    assert all(keep(c) for c in group)
    events, _ = read.mentions(keep, fold=False)
    ids = {e.id for e in events}
    kept = [c for c in group if c.draft.id in ids]
    assert len(kept) == 1 and kept[0].rival == chosen
    # a plain choice (no probability) keeps the first of the log
    events, _ = read.mentions(lambda c: True, fold=False)
    assert [c.rival for c in group if c.draft.id in {e.id for e in events}] == [""]


def test_rivals_are_proposed_only_for_a_scorer_that_weighs_them() -> None:
    assert not weighs_rivals(_scorer())
    for v in DETECTED_VARIANTS:
        assert weighs_rivals(_scorer(**{f"detected variant:{v}": -0.5}))


def _file(**changes: Any) -> dict[str, Any]:
    names = ["fate:detected", "detected variant:second class", "detected variant:other date"]
    data: dict[str, Any] = {
        "description": "test",
        "features": names,
        "weights": [0.5, -0.3, 0.2],
        "intercept": -1.0,
        "threshold": 0.3,
        "kept_threshold": 0.0,
        "detected_threshold": 0.3,
        "trained_on": ["dev"],
        "trained": "2026-12-01",
        "examples": 10,
        "regularization": 1.0,
    }
    data.update(changes)
    return data


def test_a_scorer_file_weighing_the_rivals_loads(tmp_path: Path) -> None:
    scorer = load_scorer(write_model_file(tmp_path, _file()))
    assert isinstance(scorer, EventScorer) and weighs_rivals(scorer)


@pytest.mark.parametrize(
    "names",
    [
        ["fate:detected", "detected variant:third class", "detected variant:other date"],
        ["fate:detected", "detected variant:Other date", "detected variant:other date"],
    ],
)
def test_a_scorer_file_naming_an_unknown_rival_names_the_file(
    tmp_path: Path, names: list[str]
) -> None:
    path = write_model_file(tmp_path, _file(features=names))
    with pytest.raises(DataError, match="does not compute") as err:
        load_scorer(path)
    assert str(path) in str(err.value)
