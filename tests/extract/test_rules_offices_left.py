"""An office left (rule ``left-office``, forty-first pass): a leader's resignation or stepping
down is an act of its state, dated by its own date; a resignation asked for or refused is
none. And an office begun told with "taken" ("has taken office"), which the rules of an
office begun and of a chair taken over once missed.

Sentences of our own, in the manner of the tuning sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister of Nepal resigned on Tuesday.",
        "Rossi resigned as governor of the province last week.",
        "The foreign minister announced his resignation on Monday.",
        "The third summit was delayed by the resignation of the Romanian Prime Minister.",
        "Hun Sen stepped down as prime minister last year.",
        "The secretary-general steps down on 31 March after eight years.",
        "He tendered his resignation to the king on Friday.",
    ],
)
def test_offices_left(sentence: str) -> None:
    assert "left-office" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters called on Prime Minister Ali to resign on Monday.",
        "The opposition demanded the resignation of the foreign minister.",
        "The president refused to step down after the vote.",
        "Thousands marched, urging the government to resign.",
        "He has resigned himself to a long negotiation.",
        "The minister was resigned to the outcome of the talks.",
        "The party rejected calls for his resignation.",
    ],
)
def test_no_office_left(sentence: str) -> None:
    assert "left-office" not in trigger_names(sentence)


@pytest.mark.parametrize(
    ("body", "date", "side"),
    [
        ("The Prime Minister of Nepal resigned on Tuesday.", "2021-04-20", "NP"),
        ("Evo Morales stepped down as president of Bolivia on November 10.", "2020-11-10", "BO"),
        (
            "The summit was delayed by the resignation of the Romanian Prime Minister Mihai "
            "Tudose in January 2018.",
            "2018-01",
            "RO",
        ),
    ],
)
def test_an_office_left_is_dated_by_its_own_date(
    tmp_path: Path, body: str, date: str, side: str
) -> None:
    others = [e for e in events(tmp_path, body, "2021-04-26") if e.kind.value == "other"]
    assert [e.date.value for e in others] == [date]
    assert side in others[0].countries


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("The new president of Peru has taken office.", "took-office"),
        ("Since he had taken over as Prime Minister in May, he has visited Paris.", "took-office"),
        ("Senegal has taken over the rotating chairmanship of the bloc.", "chairmanship"),
        ("The envoy has taken over from his predecessor.", "handover"),
    ],
)
def test_taken_is_a_form_of_take(sentence: str, rule: str) -> None:
    assert rule in trigger_names(sentence)
