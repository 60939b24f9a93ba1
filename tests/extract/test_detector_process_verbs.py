"""A process's course is no state's act: the detector proposes no event of kind other
standing at a verb of ``process_verbs`` (``data/detector_words.yaml``,
:func:`timeline.extract.detector.process_verbs`; issue #12, the seventy-third pass). The
sentence is a real one of Wikinews that the detector had read as an act "stalled" of
August 2008, which the gold does not list; an act told by a state's verb stays proposed.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.detector import process_verbs
from timeline.model import EventKind

from .test_detector_no_object import _detected, _detector

#: A detector firing on "stalled" and "halted", both of kind other.
DETECTOR = _detector({"stalled": [0.0, 3.0], "halted": [0.0, 3.0]})


def test_a_process_that_stalled_is_no_act(tmp_path: Path) -> None:
    sentence = (
        "In August of 2008 the dismantling stalled, but N. Korea's leader Kim Jong-il says he "
        "is devoted to making the peninsula nuclear-free."
    )
    assert "stalled" in process_verbs()
    assert _detected(tmp_path, sentence, DETECTOR) == []


def test_a_state_that_halted_a_process_acts(tmp_path: Path) -> None:
    sentence = "In August of 2008 North Korea halted the dismantling of its reactor."
    assert "halted" not in process_verbs()
    assert _detected(tmp_path, sentence, DETECTOR)[:1] == [EventKind.other]
