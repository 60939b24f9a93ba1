"""The learned sentence detector: its features, its data file, its inference, and the
candidates it proposes where no rule fires."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from timeline.errors import DataError
from timeline.extract.detector import (
    EventDetector,
    load_detector,
    may_tell_an_event,
    sentence_features,
    sentence_tokens,
    shipped_detector,
)
from timeline.model import EventKind

from .conftest import write_model_file


def _data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "description": "test",
        "features": ["w:signed", "b:on TIMEX-DAY", "n:countries 2", "t:none", "pos:lede"],
        "weights": [1.5, 0.8, 0.4, -1.2, 0.3],
        "intercept": -2.0,
        "threshold": 0.5,
        "trained_on": ["dev"],
        "trained": "2026-11-30",
        "examples": 10,
        "regularization": 0.5,
        "classes": ["document", "gathering", "visit"],
        "class_kinds": ["signing", "meeting", "visit"],
        "class_features": ["w:signed", "w:visited"],
        "class_weights": [[2.0, -0.5, -0.5], [-1.0, -0.5, 2.5]],
        "class_intercepts": [0.0, 0.5, 0.0],
    }
    data.update(changes)
    return data


def test_a_detector_file_loads_and_infers_by_its_weights(tmp_path: Path) -> None:
    detector = load_detector(write_model_file(tmp_path, _data(), "detector.json"))
    features = {"w:signed": 1.0, "b:on TIMEX-DAY": 1.0, "w:unknown": 1.0}
    z = -2.0 + 1.5 + 0.8
    assert detector.decision(features) == pytest.approx(z)
    assert detector.probability(features) == pytest.approx(1 / (1 + math.exp(-z)))
    assert detector.fires(features) is (1 / (1 + math.exp(-z)) >= 0.5)
    scores = [math.exp(2.0), math.exp(-0.5 + 0.5), math.exp(-0.5)]
    assert detector.class_scores(features) == pytest.approx([s / sum(scores) for s in scores])
    assert detector.kind_of(features) is EventKind.signing
    assert detector.kind_of({"w:visited": 1.0}) is EventKind.visit
    assert detector.kind_of({}) is EventKind.meeting  # the intercepts alone


def test_the_strongest_word_is_where_a_proposal_stands() -> None:
    detector = EventDetector.model_validate(_data())
    text = "The two ministers signed a memorandum in Tashkent."
    tokens = sentence_tokens(text, (0, len(text)))
    word = detector.strongest(tokens)
    assert word is not None and text[word.start : word.end] == "signed"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"weights": [1.0]}, "weights"),
        ({"features": ["outlet:reuters"], "weights": [1.0]}, "does not compute"),
        ({"class_features": ["doc:x", "w:visited"]}, "does not compute"),
        ({"class_weights": [[1.0, 2.0], [1.0, 2.0]]}, "weights"),
        ({"class_kinds": ["signing"]}, "classes"),
        ({"class_kinds": ["signing", "meeting", "parade"]}, "class_kinds"),
        ({"threshold": 1.0}, "threshold"),
    ],
)
def test_a_bad_detector_file_names_the_file_and_the_fault(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    path = write_model_file(tmp_path, _data(**changes), "detector.json")
    with pytest.raises(DataError, match=message) as err:
        load_detector(path)
    assert str(path) in str(err.value)


def test_a_detector_file_that_is_not_json_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "detector.json"
    path.write_text('{"features": [', encoding="utf-8")
    with pytest.raises(DataError, match="JSON") as err:
        load_detector(path)
    assert str(path) in str(err.value)


def test_names_places_and_dates_are_masked_by_their_class() -> None:
    from timeline.extract.actor_mentions import find_mentions
    from timeline.temporal import tag

    text = "Kazakh President Tokayev visited Ankara on May 10, 2022, for talks with Erdogan."
    found = find_mentions(text, 0, len(text))
    timexes = tag(text, None)
    tokens = [
        t.text for t in sentence_tokens(text, (0, len(text)), found.actors, found.places, timexes)
    ]
    assert "TIMEX-DAY" in tokens
    assert "visited" in tokens and "talks" in tokens
    assert not {"tokayev", "ankara", "erdogan", "kazakh"} & set(tokens)
    features = sentence_features(
        sentence_tokens(text, (0, len(text)), found.actors, found.places, timexes),
        found.actors,
        0,
        True,
    )
    assert features["t:day"] == 1.0 and features["pos:lede"] == 1.0
    assert "n:countries 2" in features
    # every word is lower-cased but the masks
    words = [k[2:] for k in features if k.startswith("w:")]
    assert all(w == w.lower() or w.isupper() for w in words), words


def test_the_shipped_detector_if_any_validates() -> None:
    detector = shipped_detector()
    assert detector is None or isinstance(detector, EventDetector)


#: Real sentences of two tuning articles that tell a gold event no rule of the lexicon
#: proposes a candidate for: (split, article, the sentence's words, kind class, date, sides).
TOLD_WITHOUT_A_TRIGGER = [
    (
        "dev",
        "balkans_01_serbia-kosovo-agree-eu-plan",
        "agreed today that the European agreement on the path of normalization",
        "document",
        "2023-02-27",
        {"RS", "XK"},
    ),
    (
        "test",
        "latin-america_03_mercosur-summit-puerto-iguazu",
        "will also hold a separate encounter Monday",
        "gathering",
        "2023-07-03",
        {"MERCOSUR"},
    ),
]


@pytest.mark.parametrize(
    ("split", "article", "words", "cls", "day", "sides"), TOLD_WITHOUT_A_TRIGGER
)
def test_a_candidate_is_proposed_where_the_detector_fires_and_no_rule_does(
    extraction_sets: Path,
    split: str,
    article: str,
    words: str,
    cls: str,
    day: str,
    sides: set[str],
) -> None:
    from timeline.corpus import read_corpus
    from timeline.extract.evaluate import kind_class
    from timeline.extract.pipeline import read_document

    doc = read_corpus([extraction_sets / split / f"{article}.txt"])[0]
    at = doc.text.index(words)
    without = read_document(doc)
    assert not any(c.fate == "detected" for c in without.candidates)
    # the sentence has no candidate of the rules: what the detector is for
    index = next(
        i
        for i, s in enumerate(s for s in doc.sentences if not getattr(s, "heading", False))
        if s.start <= at < s.end
    )
    assert not any(c.sentence_index == index for c in without.candidates)
    detector = EventDetector.model_validate(
        _data(
            features=["w:agreed", "w:encounter"],
            weights=[4.0, 4.0],
            intercept=-2.0,
            class_features=["w:agreed", "w:encounter"],
            class_weights=[[3.0, 0.0, 0.0], [0.0, 3.0, 0.0]],
        )
    )
    read = read_document(doc, detector=detector)
    proposed = [c for c in read.candidates if c.fate == "detected" and c.base is None]
    assert [c.sentence_index for c in proposed] == [index]  # only where it fires
    c = proposed[0]
    assert kind_class(c.draft.kind) == cls
    assert c.draft.date.value == day  # the sentence's own date, read by the rules
    assert sides <= {p.id for p in c.draft.participants}
    assert c.detector is not None and c.features["detector:0.85+"] == 1.0
    assert c.features["fate:detected"] == 1.0
    # the scorer chooses it like any other candidate: kept, it is an event of the document
    events, _ = read.mentions(lambda x: x is c)
    assert any(e.kind is c.draft.kind and e.date.value == day for e in events)


#: Two tuning articles of different splits and regions, whose every body sentence is read.
TWO_ARTICLES = [
    ("dev", "balkans_01_serbia-kosovo-agree-eu-plan"),
    ("test", "latin-america_03_mercosur-summit-puerto-iguazu"),
]


def _sentences(extraction_sets: Path) -> list[tuple[Any, ...]]:
    """(tokens, actors, index, lede, has a date) of every body sentence of
    :data:`TWO_ARTICLES`, masked as the reader masks them."""
    from timeline.corpus import read_corpus
    from timeline.extract.actor_mentions import find_mentions
    from timeline.temporal import tag

    out = []
    for split, article in TWO_ARTICLES:
        doc = read_corpus([extraction_sets / split / f"{article}.txt"])[0]
        timexes = tag(doc.text, doc.published)
        body = [s for s in doc.sentences if not getattr(s, "heading", False)]
        for index, s in enumerate(body):
            found = find_mentions(doc.text, s.start, s.end)
            inside = [t for t in timexes if s.start <= t.start and t.end <= s.end]
            span = (s.start, s.end)
            tokens = sentence_tokens(doc.text, span, found.actors, found.places, inside)
            out.append((tokens, found.actors, index, index == 0, inside))
    return out


def test_the_named_features_are_the_sentence_features_the_model_names(
    extraction_sets: Path,
) -> None:
    sentences = _sentences(extraction_sets)
    assert len(sentences) > 10
    every = sorted({k for t, a, i, lede, _ in sentences for k in sentence_features(t, a, i, lede)})
    assert any(k.startswith("b:") for k in every) and any(k.startswith("n:") for k in every)
    # a model naming every other feature seen (words, pairs, counts, dates, places), some
    # in its class weights alone, and names no sentence has
    named = every[::2]
    detector = EventDetector.model_validate(
        _data(
            features=[*named[::2], "w:zzz", "b:zzz yyy", "b:<s> zzz"],
            weights=[0.1] * (len(named[::2]) + 3),
            class_features=named[1::2],
            class_weights=[[0.1, 0.0, -0.1]] * len(named[1::2]),
        )
    )
    names = set(named)
    for tokens, actors, index, lede, _ in sentences:
        full = sentence_features(tokens, actors, index, lede)
        expected = {k: v for k, v in full.items() if k in names}
        assert detector.features_of(tokens, actors, index, lede) == expected
        assert detector.probability(detector.features_of(tokens, actors, index, lede)) == (
            pytest.approx(detector.probability(full))
        )
        assert detector.class_scores(detector.features_of(tokens, actors, index, lede)) == (
            pytest.approx(detector.class_scores(full))
        )


def test_the_detector_reads_only_sentences_with_an_actor_and_a_date(
    extraction_sets: Path,
) -> None:
    from timeline.corpus import read_corpus
    from timeline.extract.pipeline import read_document

    sentences = _sentences(extraction_sets)
    read = [s for s in sentences if may_tell_an_event(s[1], s[4])]
    assert read and len(read) < len(sentences)  # both kinds occur in real articles
    # a detector that fires everywhere proposes only in those, where no rule proposed
    detector = EventDetector.model_validate(_data(intercept=5.0))
    for split, article in TWO_ARTICLES:
        doc = read_corpus([extraction_sets / split / f"{article}.txt"])[0]
        got = read_document(doc, detector=detector)
        body = [s for s in doc.sentences if not getattr(s, "heading", False)]
        rules = {c.sentence_index for c in got.candidates if (c.base or c).fate != "detected"}
        proposed = {c.sentence_index for c in got.candidates if c.fate == "detected"}
        assert proposed and not proposed & rules
        for i in proposed:
            s = body[i]
            assert any(
                t.type.upper() in ("DATE", "TIME") and s.start <= t.start < s.end
                for t in got.reader.timexes
            ), doc.text[s.start : s.end]
