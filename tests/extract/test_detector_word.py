"""Where a detected candidate stands (thirty-fourth pass): the sentence's word that counts
most for an event, but not a word that tells no act (``function_words`` of
``data/detector_words.yaml``) while another is left. A preposition before a masked day may
weigh most when the act's verb is unknown to the model: "North Korea test-fired a missile
on Wednesday" stood at "on" and was titled "North Korea: on Wednesday.". The sentences are
the project's own."""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract.detector import EventDetector, sentence_tokens
from timeline.extract.pipeline import read_document

from .conftest import write_article
from .test_detector import _data

#: A detector firing on "on" and "a", which weigh most, of kind other ("test-fired" weighs a
#: little: the first of the words left).
DETECTOR = EventDetector.model_validate(
    _data(
        features=["w:on", "w:a", "w:test-fired"],
        weights=[3.0, 2.0, 0.1],
        intercept=-2.0,
        classes=["other", "visit"],
        class_kinds=["other", "visit"],
        class_features=["w:on"],
        class_weights=[[1.0, 0.0]],
        class_intercepts=[0.0, 0.0],
    )
)


def test_a_function_word_is_passed_over_for_a_word_that_may_tell_the_act() -> None:
    text = "North Korea test-fired a ballistic missile on Wednesday."
    word = DETECTOR.strongest(sentence_tokens(text, (0, len(text))))
    assert word is not None and text[word.start : word.end] == "test-fired"


def test_a_sentence_of_function_words_keeps_its_strongest() -> None:
    text = "On and on."
    word = DETECTOR.strongest(sentence_tokens(text, (0, len(text))))
    assert word is not None and text[word.start : word.end].lower() == "on"


def test_a_detected_act_is_titled_from_its_verb(tmp_path: Path) -> None:
    doc = read_corpus(
        [
            write_article(
                tmp_path, "North Korea test-fired a ballistic missile on Wednesday.", "2008-07-10"
            )
        ]
    )[0]
    read = read_document(doc, detector=DETECTOR)
    titles = [c.event.title for c in read.candidates if c.fate == "detected" and c.base is None]
    assert titles == ["North Korea: test-fired a ballistic missile"]
