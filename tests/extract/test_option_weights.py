"""The date ranker's options scored without their features' names
(:meth:`timeline.extract.date_choice.DateRanker.option_probability`,
:func:`timeline.extract.redating.option_weights`): the same float as the named features'
weights summed (:meth:`~timeline.extract.date_choice.DateRanker.probability_of`), and the
names built only when read (:attr:`timeline.extract.candidates.Candidate.option_features`).

A property over the real sentences of a tuning set (tests/data/extraction/dev, every
article), with the shipped ranker and with one weighing every feature.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.corpus.document import Document
from timeline.extract import redating
from timeline.extract.date_choice import DateRanker, shipped_ranker
from timeline.extract.pipeline import read_document
from timeline.extract.redating import ranker_feature_names

from .conftest import hand_made_ranker, write_article


def _every_feature() -> DateRanker:
    """Every feature a ranker may name, weighed in a fixed pattern of both signs and
    magnitudes (sums whose order matters to the last bit)."""
    names = ranker_feature_names()
    return hand_made_ranker({n: ((i * 7) % 13 - 6) / 3.0 + i * 1e-3 for i, n in enumerate(names)})


def _shipped() -> DateRanker:
    ranker = shipped_ranker()
    assert ranker is not None
    return ranker


@pytest.fixture(scope="module")
def dev_documents(extraction_sets: Path) -> list[Document]:
    return read_corpus([extraction_sets / "dev"])


@pytest.mark.parametrize("make", [_shipped, _every_feature])
@pytest.mark.parametrize("on_demand", [True, False])
def test_options_scored_from_weights_equal_their_named_features(
    dev_documents: list[Document], make: object, on_demand: bool
) -> None:
    assert callable(make)
    ranker: DateRanker = make()
    scored = 0
    for doc in dev_documents:
        read = read_document(doc, offer_dates=True, options_on_demand=on_demand)
        read.redate(ranker, lambda c: c.kept)
        for c in read.candidates:
            own_by_source: dict[str, list[float]] = {}
            for option, features in zip(c.options, c.option_features, strict=True):
                # exactly: the same terms, summed in the same order
                assert ranker.option_probability(c, option, own_by_source) == (
                    ranker.probability_of(features)
                ), (doc.id, option)
                scored += 1
    assert scored > 100  # the property is over many options


def test_the_options_features_are_built_only_when_read(
    dev_documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[int] = []
    build = redating._option_features

    def counted(*args: object, **kwargs: object) -> dict[str, float]:
        built.append(1)
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(redating, "_option_features", counted)
    ranker = _shipped()
    reads = [read_document(doc, offer_dates=True, options_on_demand=True) for doc in dev_documents]
    for read in reads:
        read.redate(ranker, lambda c: c.kept)
    offered = [c for read in reads for c in read.candidates if c.options]
    assert offered and not built  # the ranker chose without them
    assert all(len(c.option_features) == len(c.options) for c in offered)
    assert len(built) == sum(len(c.options) for c in offered)


def test_no_feature_name_repeats_so_names_and_weights_count_alike() -> None:
    # the names are a dict (a repeat counts once), the weights a list (it would count twice)
    own, about = set(redating._own_names()), set(redating._about_names())
    span = set(redating._span_names())
    assert not own & about and not own & span and not about & span
    names = ranker_feature_names()
    assert len(names) == len(set(names))


def test_a_cue_told_twice_is_one_own_feature(tmp_path: Path) -> None:
    body = "Kenya and Tanzania have signed a trade agreement on Tuesday, officials said."
    read = read_document(read_corpus([write_article(tmp_path, body, "2023-03-20")])[0])
    (signing,) = [c for c in read.candidates if c.base is None and c.draft.kind.value == "signing"]
    own = redating._own_features(signing, ["weekday", "weekday"])
    assert own.count("cue:weekday") == 1
    option = redating.DateOption(signing.draft.date, frozenset({"day before"}), 0, True, False)
    ranker = _every_feature()
    names = redating._option_features(own, option, signing.published)
    weights = redating.option_weights(
        own, option, signing.published, ranker._by_name, ranker._by_source, {}
    )
    assert len(weights) == len(names)
