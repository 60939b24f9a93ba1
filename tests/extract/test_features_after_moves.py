"""The candidates' features after the learned date choice moves some
(:meth:`timeline.extract.pipeline.ReadDocument.redate`): only the moved candidates and
those whose repetition counts change are computed again
(:func:`timeline.extract.candidates.add_repetition` with ``changed``), and a
:class:`~timeline.extract.pipeline.ScorerChoice` reads a candidate again only when its
features are new; every candidate ends with the features and the probability computed
from scratch.

A property over the real sentences of a tuning set (tests/data/extraction/dev, every
article), with the shipped scorer and ranker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.corpus.document import Document
from timeline.extract.candidates import candidate_features
from timeline.extract.date_choice import shipped_ranker
from timeline.extract.pipeline import ScorerChoice, read_document
from timeline.extract.scorer import shipped_scorer


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
