"""A state that sends a thing makes no visit (thirty-eighth session): "Japan sent a note
verbale to China", "India sent a protest note to Pakistan", "Russia sent troops to Syria",
"Turkey sent humanitarian aid to Gaza" name two states, a place and a date, and the event
detector reads a visit there, as in "The United States welcomed the ceasefire agreement
between Israel and Hamas"; its visit class is dropped in a sentence whose every sending or
reception moves no traveller
(:func:`timeline.extract.visit_rules.no_traveller_sent_or_received`, read in
:meth:`timeline.extract.detector_proposals.DetectorProposals._detected`). A state that sends
a person (an office, a delegation, a name) still sends a visitor. The sentences are the
project's own, of the forms wire copy takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import EventKind

from .conftest import article_events
from .test_detector_life_events import _detected, _detector

#: A visit first, kind other second within the reader's margin.
SENT_FIRST = _detector(
    {"sent": [3.0, 0.0], "dispatched": [3.0, 0.0], "welcomed": [3.0, 0.0], "received": [3.0, 0.0]}
)

THINGS = [
    "Japan sent a note verbale to China on Wednesday protesting the incursion.",
    "India sent a protest note to Pakistan on Friday.",
    "Russia sent troops to Syria on Friday.",
    "Turkey sent humanitarian aid to Gaza on Friday.",
    "Beijing dispatched two warships and Chinese-made drones into the strait on Friday.",
    # what is received is a thing too
    "The United States welcomed the ceasefire agreement between Israel and Hamas on Monday.",
    "King Abdullah received a letter from the Emir of Kuwait on Monday.",
]
PERSONS = [
    "China sent its foreign minister to Pakistan on Friday.",
    "The African Union sent a high-level delegation to Khartoum on Friday.",
    "On Saturday, ECOWAS sent military chiefs to confer with the junta in Ouagadougou.",
    "Moscow dispatched Lavrov to Ankara on Friday.",
    "President Erdogan was welcomed at the airport in Budapest on Monday by Hungarian ministers.",
]


@pytest.mark.parametrize("sentence", THINGS)
def test_the_detector_proposes_no_visit_where_a_thing_is_sent(
    tmp_path: Path, sentence: str
) -> None:
    assert EventKind.visit not in _detected(tmp_path, sentence, SENT_FIRST)


@pytest.mark.parametrize("sentence", PERSONS)
def test_a_person_sent_stays_a_visit(tmp_path: Path, sentence: str) -> None:
    assert _detected(tmp_path, sentence, SENT_FIRST)[:1] == [EventKind.visit]


@pytest.mark.parametrize("sentence", THINGS[:4])
def test_end_to_end_a_thing_sent_gives_no_visit(tmp_path: Path, sentence: str) -> None:
    found = article_events(tmp_path, sentence, "2024-05-06")
    assert not [e for e in found if e.kind is EventKind.visit]


TALKS = [
    "On Monday, Workneh discussed with Burundian External Relations Minister Alain Nyamitwe "
    "ways of strengthening bilateral relations in various sectors.",
    "Luanda - Angolan head of State João Lourenço Thursday (29) discussed with his Democratic "
    "Republic of the Congo (DRC) counterpart Félix Tshisekedi the peace in the region.",
]


@pytest.mark.parametrize("sentence", TALKS)
def test_a_talk_with_no_journey_is_a_meeting_not_a_visit(tmp_path: Path, sentence: str) -> None:
    """ "discussed with <minister>", with no journey nor place told, is a meeting (habits72:
    :func:`timeline.extract.visit_rules.talks_with_no_journey`); the detector's visit class
    becomes a meeting there."""
    talked = _detector({"discussed": [3.0, 0.0]})
    assert EventKind.visit not in _detected(tmp_path, sentence, talked)
    found = article_events(tmp_path, sentence, "2017-07-04")
    assert not [e for e in found if e.kind is EventKind.visit]
