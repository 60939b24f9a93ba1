"""The event scorer's lexical context: the words next to a trigger, and a scorer that
weighs the words of its vocabulary (:func:`timeline.extract.candidates.context_words`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.corpus import read_corpus
from timeline.errors import DataError
from timeline.extract.candidates import Candidate, feature_names
from timeline.extract.pipeline import read_document
from timeline.extract.scorer import load_scorer

from .conftest import write_model_file

VOCABULARY = ["word before:held", "trigger word:talks", "word after:joint"]


def _candidates(folder: Path, prefix: str, record_words: bool = True) -> list[Candidate]:
    doc = next(d for d in read_corpus([folder]) if d.id.startswith(prefix))
    read = read_document(doc, record_words=record_words)
    return [c for c in read.candidates if not c.variant]


def test_the_words_of_a_signing_and_of_a_drill_in_two_real_articles(
    extraction_sets: Path,
) -> None:
    folder = extraction_sets / "corpus-extra"
    # "Following the negotiations, Tokayev and Erdogan signed a joint statement on enhanced
    # strategic partnership." (Sputnik, 2022-05-11)
    signing = next(c for c in _candidates(folder, "05_") if c.draft.kind.value == "signing")
    assert signing.words == (
        "word before:the",
        "word before:negotiations",
        "word before:tokayev",
        "word before:and",
        "word before:erdogan",
        "trigger word:signed",
        "word after:a",
        "word after:joint",
        "word after:statement",
        "word after:on",
        "word after:enhanced",
    )
    # "A Turkish Armed Forces joint military exercise with Uzbek troops started on March
    # 22 in the southern Uzbek city of Tirmiz." (Anadolu, 2021-03-23): no digit is a word
    drill = _candidates(folder, "01_")[0]
    assert drill.words[:4] == (
        "word before:a",
        "word before:turkish",
        "word before:armed",
        "word before:forces",
    )
    assert "trigger word:exercise" in drill.words
    assert drill.words[-2:] == ("word after:started", "word after:on")
    # the words are features of the candidate, beside the general ones
    assert all(drill.features[w] == 1.0 for w in drill.words)
    assert drill.features["kind:exercise"] == 1.0
    # read without them (no scorer with a vocabulary is shipped), nothing is spent on words
    plain = _candidates(folder, "01_", record_words=False)[0]
    assert plain.words == () and plain.features == {
        k: v for k, v in drill.features.items() if k not in drill.words
    }


def _data(**changes: Any) -> dict[str, Any]:
    names = [*feature_names(), *VOCABULARY]
    data: dict[str, Any] = {
        "description": "test",
        "features": names,
        "weights": [0.0] * len(feature_names()) + [1.5, 0.5, -2.0],
        "intercept": -1.0,
        "threshold": 0.5,
        "kept_threshold": 0.0,
        "trained_on": ["dev", "test"],
        "trained": "2026-11-30",
        "examples": 10,
        "regularization": 0.3,
    }
    data.update(changes)
    return data


def test_a_scorer_weighs_the_words_of_its_vocabulary_only(tmp_path: Path) -> None:
    scorer = load_scorer(write_model_file(tmp_path, _data()))
    assert scorer.vocabulary == VOCABULARY  # type: ignore[union-attr]
    held = {"fate:undated": 1.0, "word before:held": 1.0, "trigger word:talks": 1.0}
    assert scorer.decision(held) == pytest.approx(-1.0 + 1.5 + 0.5)
    assert scorer.keeps(held)
    # a word outside the vocabulary weighs nothing; a word of it may weigh against
    assert scorer.decision({**held, "word after:pact": 1.0}) == pytest.approx(1.0)
    assert not scorer.keeps({**held, "word after:joint": 1.0})


@pytest.mark.parametrize(
    "word",
    ["word beside:talks", "word before:Talks", "word before:g20", "word before:two words"],
)
def test_a_file_with_a_word_the_extractor_does_not_read_names_the_file(
    tmp_path: Path, word: str
) -> None:
    data = _data()
    data["features"] = [*feature_names(), *VOCABULARY[:2], word]
    path = write_model_file(tmp_path, data)
    with pytest.raises(DataError, match="does not compute") as err:
        load_scorer(path)
    assert str(path) in str(err.value) and word in str(err.value)
