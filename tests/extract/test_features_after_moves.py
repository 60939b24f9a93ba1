"""The candidates' features after the learned date choice moves some
(:meth:`timeline.extract.pipeline.ReadDocument.redate`): only the moved candidates and
those whose repetition counts change are computed again
(:func:`timeline.extract.candidates.add_repetition` with ``changed``), and a
:class:`~timeline.extract.pipeline.ScorerChoice` reads a candidate again only when its
features are new; every candidate ends with the features and the probability computed
from scratch.

A property over the real sentences of a tuning set (tests/data/extraction/dev, every
article), with the shipped scorer and ranker; and a move that changes no repetition count
(there the moved candidate is re-featured only because it moved), written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.corpus.document import Document
from timeline.extract.candidates import Candidate, add_repetition, candidate_features
from timeline.extract.date_choice import shipped_ranker
from timeline.extract.pipeline import ReadDocument, ScorerChoice, read_document
from timeline.extract.scorer import shipped_scorer
from timeline.model import EventDate

from .conftest import hand_made_ranker, write_article

#: A signing the publication day dates (2023-03-20), alone of its kind class on any day:
#: moved to the day before, its repetition counts stay (0, 0).
STORY = (
    "Kenya and Tanzania have signed a trade agreement. The deal was reached at talks in "
    "Arusha on 14 March, officials said."
)


@pytest.fixture(scope="module")
def dev_documents(extraction_sets: Path) -> list[Document]:
    return read_corpus([extraction_sets / "dev"])


def test_after_moves_the_features_and_probabilities_are_those_computed_anew(
    dev_documents: list[Document],
) -> None:
    scorer, ranker = shipped_scorer(), shipped_ranker()
    assert scorer is not None and ranker is not None
    moved = kept_objects = 0
    for doc in dev_documents:
        read = read_document(doc, offer_dates=True, options_on_demand=True)
        keeps = ScorerChoice(scorer)
        before = {id(c): (c.features, keeps.rank(c)) for c in read.candidates}
        read.redate(ranker, keeps)
        if not read.reader.redated:
            continue
        moved += len(read.reader.redated)
        for c in read.candidates:
            anew = candidate_features(c)
            assert c.features == anew and list(c.features) == list(anew), (doc.id, c.draft.id)
            assert keeps.rank(c) == scorer.probability(anew)
            features, p = before[id(c)]
            if c.features is features:
                kept_objects += 1
            elif c.original is not None:
                assert "date:re-dated" in c.features and p is not None
    assert moved > 5  # the property is over documents with moves
    assert kept_objects > 10  # many candidates keep their features (objects)


def _lone_signing(folder: Path) -> tuple[ReadDocument, Candidate]:
    doc = read_corpus([write_article(folder, STORY, "2023-03-20")])[0]
    read = read_document(doc, offer_dates=True)
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    assert (signing.same_date, signing.same_date_kept) == (0, 0)
    return read, signing


def test_a_moved_candidate_is_re_featured_though_its_counts_stay(tmp_path: Path) -> None:
    read, signing = _lone_signing(tmp_path)
    before = signing.features
    signing.move_to(EventDate.from_value("2023-03-19"))
    add_repetition(read.candidates, [signing])
    assert (signing.same_date, signing.same_date_kept) == (0, 0)  # the counts stay
    assert signing.features is not before
    assert "date:re-dated" in signing.features
    assert signing.features == candidate_features(signing)


def test_a_move_by_the_ranker_re_features_the_moved_candidate(tmp_path: Path) -> None:
    read, signing = _lone_signing(tmp_path)
    # (the day before, offered to the undated lede: the move tests/extract/test_redating.py makes)
    read.redate(
        hand_made_ranker({"option:day before": 5.0, "option:day before & tense:perfect": 1.0})
    )
    assert signing.draft.date.value == "2023-03-19"
    assert (signing.same_date, signing.same_date_kept) == (0, 0)
    assert "date:re-dated" in signing.features
