"""The detector's kinds' model (thirty-fourth pass): a class of several kinds is told as
the kind its sentence reads as. Before it every detected "document" was a signing and
every gathering a meeting: "The French ministry of defence suggested on Wednesday that ..."
came out as "France signs documents". A statement stands at its verb of saying, so its
title tells the saying. The sentences are the project's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline.corpus import read_corpus
from timeline.errors import DataError
from timeline.extract.detector import EventDetector, load_detector
from timeline.extract.evaluate import kind_class
from timeline.extract.pipeline import read_document
from timeline.model import EventKind

from .conftest import article_events, write_article, write_model_file
from .test_detector import _data

#: A detector of the document and gathering classes whose kinds' model reads "signed" as a
#: signing, "suggested" and "said" as a statement, "summit" as a summit.
KINDS: dict[str, Any] = {
    "kinds": ["adoption", "meeting", "signing", "statement", "summit"],
    "kind_features": ["w:signed", "w:suggested", "w:said", "w:summit"],
    "kind_weights": [
        [0.0, 0.0, 2.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 2.0, 0.0],
        [0.0, 0.0, 0.0, 2.0, 0.0],
        [0.0, 0.0, 0.0, 0.0, 2.0],
    ],
    "kind_intercepts": [0.0, 0.5, 0.4, 0.0, 0.0],
}


def _detector(**changes: Any) -> EventDetector:
    words = ["w:signed", "w:suggested", "w:said", "w:summit"]
    return EventDetector.model_validate(
        _data(
            features=words,
            weights=[4.0] * len(words),
            intercept=-2.0,
            classes=["document", "gathering"],
            class_kinds=["signing", "meeting"],
            class_features=words,
            class_weights=[[2.0, 0.0], [2.0, 0.0], [2.0, 0.0], [0.0, 2.0]],
            class_intercepts=[0.0, 0.0],
            **{**KINDS, **changes},
        )
    )


@pytest.mark.parametrize(
    ("features", "kind"),
    [
        ({"w:signed": 1.0}, EventKind.signing),
        ({"w:suggested": 1.0}, EventKind.statement),
        ({"w:summit": 1.0}, EventKind.summit),
        ({}, EventKind.signing),  # the document class by a tie: the intercepts alone
    ],
)
def test_a_class_of_several_kinds_takes_the_kind_its_model_reads(
    features: dict[str, float], kind: EventKind
) -> None:
    assert _detector().kind_of(features) is kind


def test_without_a_kinds_model_a_class_takes_its_one_kind() -> None:
    bare = _detector(kinds=[], kind_features=[], kind_weights=[], kind_intercepts=[])
    assert bare.kind_of({"w:suggested": 1.0}) is EventKind.signing
    assert bare.kind_of({"w:summit": 1.0}) is EventKind.meeting


def test_the_rival_class_takes_its_own_kind_too() -> None:
    both = {"w:suggested": 1.0, "w:summit": 1.0}
    assert _detector().kinds_within(both, 1.0) == [EventKind.statement, EventKind.summit]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind_intercepts": [0.0]}, "kind intercepts"),
        ({"kind_weights": [[1.0]] * 4}, "kind weights"),
        ({"kind_features": ["doc:x", "w:suggested", "w:said", "w:summit"]}, "does not compute"),
        ({"kinds": ["adoption", "meeting", "signing", "statement", "visit"]}, "classes"),
    ],
)
def test_a_bad_kinds_model_names_the_file_and_the_fault(
    tmp_path: Path, changes: dict[str, Any], message: str
) -> None:
    data = _data(
        classes=["document", "gathering"],
        class_kinds=["signing", "meeting"],
        class_features=["w:signed"],
        class_weights=[[1.0, 0.0]],
        class_intercepts=[0.0, 0.0],
        **{**KINDS, **changes},
    )
    path = write_model_file(tmp_path, data, "detector.json")
    with pytest.raises(DataError, match=message) as err:
        load_detector(path)
    assert str(path) in str(err.value)


def _detected(tmp_path: Path, sentence: str) -> list[tuple[EventKind, str]]:
    doc = read_corpus([write_article(tmp_path, sentence, "2008-07-10")])[0]
    read = read_document(doc, detector=_detector())
    return [
        (c.draft.kind, c.event.title)
        for c in read.candidates
        if c.fate == "detected" and c.base is None
    ]


def test_a_detected_statement_is_titled_by_its_saying(tmp_path: Path) -> None:
    sentence = (
        "The French ministry of defence suggested on Wednesday that the missile tests can "
        "only deepen the concerns of its neighbours."
    )
    assert _detected(tmp_path, sentence) == [
        (EventKind.statement, "France suggests that the missile tests can only deepen the concerns")
    ]


# seventy-first pass: the detector's gathering class only where a word tells people met (a
# meeting, talks, a summit held, a guest received ...), an organization is named or two
# people are: a person's speech, accusation or fate alone is no meeting (Wikinews dev)
NO_GATHERING = [
    "On Tuesday, Israeli Defense Minister Ehud Barak told troops training in the Golan "
    "Heights that Hezbollah and Syria are strengthening.",
    "Sunday, in Abu Dhabi, Mr. Bush accused Iran of sending arms or financial support to "
    "militants in Iraq, Afghanistan, Lebanon and the Palestinian territories.",
    "Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey.",
]


@pytest.mark.parametrize("sentence", NO_GATHERING)
def test_a_sentence_with_no_word_of_people_meeting_is_no_detected_gathering(
    tmp_path: Path, sentence: str
) -> None:
    events = article_events(tmp_path, sentence, "2008-08-13")
    assert not [e for e in events if kind_class(e.kind) == "gathering"]
