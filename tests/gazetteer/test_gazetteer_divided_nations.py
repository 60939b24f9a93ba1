"""The two Koreas as headlines and wire copy name them: "N. Korea", "S. Korea", "the North"
and "the South" once the text has named both, "inter-Korean", "the two Koreas"
(``countries.yaml`` names, ``timeline.gazetteer.divided_nations``). Sentences written for
the test."""

from __future__ import annotations

import pytest

from timeline.extract.actor_mentions import find_mentions
from timeline.gazetteer import divided_nations, find_actors


def codes(text: str) -> list[str]:
    return [m.id for m in find_mentions(text, 0, len(text)).actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N. Korea fires two missiles", ["KP"]),
        ("Talks between N.Korea and S.Korea resume", ["KP", "KR"]),
        ("S. Korea and Japan sign a fisheries pact", ["KR", "JP"]),
    ],
)
def test_abbreviated_koreas_are_their_states(text: str, expected: list[str]) -> None:
    assert [m.id for m in find_actors(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea accused South Korea of provocations. The North said the South "
            "must stop its drills.",
            ["KP", "KR", "KP", "KR"],
        ),
        (
            "Seoul and Pyongyang exchanged notes on Monday; the South's envoy met the "
            "North's negotiator in Panmunjom.",
            ["KR", "KP", "KR", "KP"],
        ),
    ],
)
def test_a_compass_word_names_a_half_once_both_are_named(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile. The North said it was a test.",  # one Korea named
        "Leaders of the North met in Tromsø to discuss the Arctic.",
        "Seoul and Pyongyang disagree on the North Atlantic and the South China Sea.",
        "South Korea and North Korea talked about the South-East of the peninsula.",
    ],
)
def test_no_half_without_both_named_nor_before_another_name(text: str) -> None:
    assert divided_nations(text, 0, len(text), find_actors(text)) == []


@pytest.mark.parametrize(
    "text", ["The inter-Korean hotline was restored.", "the two Koreas agreed to meet"]
)
def test_a_word_for_both_names_both_koreas(text: str) -> None:
    assert {"KP", "KR"} <= set(codes(text))
