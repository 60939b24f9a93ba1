"""The kind-other rules' negative evidence applied to the detector's proposals: a noun
that is no object of the verb before it ("opened fire across the border", "raised concerns
about the partnership") is no event of kind other, whether a rule or the detector reads it
(:func:`timeline.extract.relation_guards.no_object`,
:meth:`timeline.extract.detector_proposals.DetectorProposals._detected`;
review21 finding 3, docs/history/extraction-log.md, "Twenty-second pass: the scorer and the
detector"):
only the evidence around the detector's word, the not-before word at most one word after
the verb (review22 finding 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.detector import EventDetector
from timeline.extract.pipeline import read_document
from timeline.extract.relation_guards import no_object
from timeline.model import EventKind

from .conftest import article_events, write_article
from .test_detector import _data


def _detector(weights: dict[str, list[float]]) -> EventDetector:
    """A detector firing on each word of ``weights`` (its class weights: gathering, other)."""
    words = [f"w:{w}" for w in weights]
    return EventDetector.model_validate(
        _data(
            features=words,
            weights=[4.0] * len(words),
            intercept=-2.0,
            classes=["gathering", "other"],
            class_kinds=["meeting", "other"],
            class_features=words,
            class_weights=list(weights.values()),
            class_intercepts=[0.0, 0.0],
        )
    )


#: A detector firing on "opened", "raised", "established" and "met": the first three of kind
#: other, the last a meeting with kind other second, within the reader's margin.
DETECTOR = _detector(
    {"opened": [0.0, 3.0], "raised": [0.0, 3.0], "established": [0.0, 3.0], "met": [1.1, 1.0]}
)

#: The review's sentences (review21 finding 3): the noun after a word that shows it is no
#: object; end to end, no event of kind other.
REVIEW = [
    "Indian troops opened fire across the border with Pakistan on Monday.",
    "Kazakh officials raised concerns about the partnership with Russia on Monday.",
]
#: The rules' negative evidence, a verb of `opening` or `partnership` before it.
NO_OBJECT = [
    "Indian troops opened fire across the border with Pakistan on Monday.",
    "Kazakh officials established trust in the partnership with Russia on Monday.",
]
#: The same verbs with no such evidence: the detector proposes its event of kind other.
AN_OBJECT = [
    "Indian troops opened a new post facing Pakistan on Monday.",
    "Kazakh officials raised the question with Russia on Monday.",
]
#: The review's true events of kind other (review22 finding 1): a word of
#: ``not_before_the_object`` after the object, or before a noun of another phrase.
STAYS_OTHER = [
    "Uzbekistan opened a new consulate general in the border town of Termez with Afghanistan"
    " on Monday.",
    "Kazakhstan and Kyrgyzstan opened a joint trade house near the border crossing on Monday.",
    "India and Bhutan opened a hydropower plant on the border on Monday.",
    "Vietnam and Laos upgraded ties on Monday under their partnership.",
]


def _detected(
    tmp_path: Path, sentence: str, rivals: EventDetector | None = None
) -> list[EventKind]:
    """The kinds the detector proposes in ``sentence`` (with ``rivals``, that detector's,
    and their rivals)."""
    doc = read_corpus([write_article(tmp_path, sentence, "2024-10-10")])[0]
    detector = rivals or DETECTOR
    read = read_document(doc, detector=detector, detected_variants=rivals is not None)
    return [c.draft.kind for c in read.candidates if c.fate == "detected" and c.base is None]


@pytest.mark.parametrize("sentence", NO_OBJECT)
def test_the_detector_proposes_no_other_where_the_noun_is_no_object(
    tmp_path: Path, sentence: str
) -> None:
    assert no_object(sentence)
    assert _detected(tmp_path, sentence) == []


@pytest.mark.parametrize("sentence", AN_OBJECT)
def test_the_detector_proposes_other_without_that_evidence(tmp_path: Path, sentence: str) -> None:
    assert not no_object(sentence)
    assert _detected(tmp_path, sentence) == [EventKind.other]


@pytest.mark.parametrize("sentence", STAYS_OTHER)
def test_an_object_before_the_word_keeps_the_event_of_kind_other(
    tmp_path: Path, sentence: str
) -> None:
    assert not no_object(sentence)
    upgraded = _detector({"opened": [0.0, 3.0], "upgraded": [0.0, 3.0]})
    assert _detected(tmp_path, sentence, upgraded)[:1] == [EventKind.other]


@pytest.mark.parametrize("sentence", STAYS_OTHER)
def test_end_to_end_the_review_sentences_keep_their_event_of_kind_other(
    tmp_path: Path, sentence: str
) -> None:
    events = article_events(tmp_path, sentence, "2024-10-10")
    assert [e for e in events if e.kind is EventKind.other]


def test_a_rival_of_kind_other_is_not_proposed_either(tmp_path: Path) -> None:
    huddled = _detector({"huddled": [1.1, 1.0]})
    met = "Indian and Pakistani officers huddled near the border on Monday."
    assert _detected(tmp_path, met, huddled) == [EventKind.meeting, EventKind.other]
    opened = _detector({"opened": [1.1, 1.0]})
    fired = "Indian troops opened fire across the border with Pakistan on Monday."
    # nor the meeting this detector reads there: no word of people meeting, no organization,
    # no two people (seventy-first pass, ``detector.tells_people_met``)
    assert _detected(tmp_path, fired, opened) == []


def test_evidence_away_from_the_detectors_word_keeps_kind_other(tmp_path: Path) -> None:
    """Only the evidence around the detector's word counts: "huddled" is no verb of it."""
    huddled = _detector({"huddled": [1.1, 1.0]})
    told = (
        "Indian officers huddled as troops opened fire across the border with Pakistan on Monday."
    )
    assert _detected(tmp_path, told, huddled) == [EventKind.meeting, EventKind.other]


@pytest.mark.parametrize("sentence", REVIEW)
def test_end_to_end_the_review_sentences_give_no_event_of_kind_other(
    tmp_path: Path, sentence: str
) -> None:
    events = article_events(tmp_path, sentence, "2024-10-10")
    assert not [e for e in events if e.kind is EventKind.other]
