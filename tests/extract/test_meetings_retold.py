"""A meeting told again by a bare definite noun ("this meeting", "The meeting") dated by
another act of its sentence is the meeting told before it (sixty-ninth pass, issue #12's
spurious meetings; docs/extraction.md, "Merging"): one event, the first mention's date.

The article is from a tuning set whose gold lists one meeting.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import document_events

_ARTICLE = """12th Moroccan-Spanish High-Level Meeting kicks off in Rabat
date 2023-02-02

The 12th Moroccan-Spanish High-Level Meeting (HLM) opened Thursday in Rabat, under the \
joint chairmanship of Head of Government Aziz Akhannouch and Spanish government President \
Pedro Sánchez.

On the sidelines of this meeting, a Moroccan-Spanish Economic Forum was held Wednesday in \
Rabat, during which Sánchez announced a new 800-million-euro financing protocol on joint \
projects in Morocco.
"""


def test_a_meeting_told_again_with_another_acts_day_is_one_meeting(tmp_path: Path) -> None:
    meetings = [e for e in document_events(tmp_path, _ARTICLE) if e.kind is EventKind.meeting]
    assert [(e.date.value, sorted({*e.countries, *e.organizations})) for e in meetings] == [
        ("2023-02-02", ["ES", "MA"])
    ]
    assert len(meetings[0].sources) == 2


def test_only_a_bare_definite_noun_tells_a_meeting_again() -> None:
    from timeline.extract.duplicates import retelling_anaphors

    text = "the last meeting; this meeting; The meeting of the Council; Thursday's talks"
    spans = {
        "last": (9, 16),
        "this": (23, 30),
        "of": (36, 43),
        "weekday": (71, 76),
    }
    assert {k: text[a:b] for k, (a, b) in spans.items()} == {
        "last": "meeting",
        "this": "meeting",
        "of": "meeting",
        "weekday": "talks",
    }
    assert retelling_anaphors(text, spans) == {"this", "weekday"}
