"""An exercise told by the singular noun (rule ``exercise``, thirty-sixth session): after a
word of war ("a maritime bilateral exercise"), after the verb of its holding ("had conducted
an exercise with Australia", "we are holding a large-scale intensive exercise"), or before
its name ("The exercise, known as Great Prophet III"); not an administration's exercise
("the voter registration exercise") nor one named after a preposition of another clause.

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Indian Navy had conducted an exercise with Australia in the Indian Ocean.",
        "We are holding a large-scale intensive exercise here in the north, the minister said.",
        "The exercise, known as Desert Shield IV, was conducted early this morning.",
        "The Korea-Japan maritime bilateral exercise is conducted every two years.",
        "The two navies staged an anti-submarine exercise off the coast on Monday.",
        "The army conducted a missile test exercise on Tuesday.",
    ],
)
def test_a_singular_exercise_held(sentence: str) -> None:
    assert "exercise" in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission conducted the voter registration exercise in March.",
        "Officials held a public consultation exercise on the new law.",
        "Medical services are being held simultaneously with the exercise of the right to vote.",
        "The talks were an exercise in futility, the envoy said.",
        "The court conducted an exercise of its powers under the charter.",
    ],
)
def test_an_exercise_of_no_army(sentence: str) -> None:
    assert "exercise" not in trigger_names(sentence), trigger_names(sentence)


def test_a_named_exercise_is_dated_by_its_morning(tmp_path: Path) -> None:
    body = (
        "Iran fired nine missiles in a test, officials said. The exercise, known as Great "
        "Prophet III, was conducted by Iran early this morning near the Strait of Hormuz."
    )
    found = [
        (e.kind.value, e.date.value, set(e.countries))
        for e in article_events(tmp_path, body, "2008-07-09")
    ]
    assert any(k == "exercise" and d.startswith("2008-07-09") and "IR" in s for k, d, s in found), (
        found
    )
