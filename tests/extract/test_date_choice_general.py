"""The date choice on its general features, as extraction computes them (on demand, only
what the ranker reads) against every feature computed: a property over the real sentences
of a tuning set (tests/data/extraction/dev, every article).

A ranker over every general feature (the option's source, the span cues, distance, shared
sides and kinds, granularity, the relation to the publication day, and the rules' source of
the candidate's own date crossed with "current"), with fixed weights of both signs, must
choose the same dates, from the same options, with the same features, whether the story's
timexes are read on demand and only the features it reads are computed, or everything is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.corpus.document import Document
from timeline.extract.candidates import DATE_SOURCES
from timeline.extract.date_choice import DateRanker
from timeline.extract.pipeline import read_document
from timeline.extract.redating import ranker_feature_names
from timeline.extract.usable_dates import usable_timexes

from .conftest import hand_made_ranker


def _general_ranker(threshold: float) -> DateRanker:
    """Every general feature, weighed in a fixed pattern of both signs (moves happen)."""
    current = {f"option:current & rules:{s}" for s in DATE_SOURCES}
    names = [n for n in ranker_feature_names() if " & " not in n or n in current]
    weights = {n: ((i * 7) % 11 - 4) / 2.0 for i, n in enumerate(names)}
    return hand_made_ranker(weights, threshold)


@pytest.fixture(scope="module")
def dev_documents(extraction_sets: Path) -> list[Document]:
    return read_corpus([extraction_sets / "dev"])


@pytest.mark.parametrize("threshold", [0.5, 0.9])
def test_on_demand_general_features_equal_every_feature_on_real_sentences(
    dev_documents: list[Document], threshold: float
) -> None:
    ranker = _general_ranker(threshold)
    names = set(ranker.features)
    in_use = lambda c: c.kept  # noqa: E731
    moved = offered_total = 0
    for doc in dev_documents:
        every = read_document(doc, offer_dates=True)
        lazy = read_document(doc, offer_dates=True, options_on_demand=True)
        every.redate(ranker, in_use)
        lazy.redate(ranker, in_use)
        assert every.reader.redated == lazy.reader.redated, doc.id
        # the timexes a sentence offers, read when asked, are those read at once
        story, reader = lazy.reader.story, lazy.reader
        assert story is not None
        for i, (start, end) in enumerate(story.bounds):
            timexes = [t for t in reader.timexes if start <= t.start < end]
            assert story.dated(i) == usable_timexes(reader.text, timexes, start, end)
        moved += len(lazy.reader.redated)
        twins = {c.draft.id: c for c in every.candidates if c.base is None}
        for c in lazy.candidates:
            if not c.options:
                continue
            offered_total += 1
            twin = twins[c.draft.id]
            for option, features in zip(c.options, c.option_features, strict=True):
                # the same option, every field, among those offered to its twin
                at = twin.options.index(option)
                same = twin.option_features[at]
                assert set(features) & names == set(same) & names, (doc.id, option)
                assert ranker.probability_of(features) == ranker.probability_of(same)
    assert offered_total > 50  # the property is over many candidates
    assert moved > 0  # and some of them move
