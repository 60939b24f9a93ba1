"""A journey told by its verb and the place it goes to (the rule ``journey``, a visit): "flew
to Beijing", "came to Moscow for talks", "toured Libya". A leader's talks told with the
journey were only a meeting, which the gold of a visit's talks does not list (the talks are
the visit); a background act of the story told so had no visit (docs/history/extraction-log.md,
"Twenty-sixth pass: kinds").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.lexicon import TRIGGERS
from timeline.extract.triggers import find_triggers

from .conftest import article_events as events


def _visits(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    return [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, published)
        if e.kind.value == "visit"
    ]


def test_a_journey_told_in_the_background_is_a_visit(tmp_path: Path) -> None:
    # test-d, russia-china_08 (published 2022-12-30)
    body = (
        "Previously Putin and Xi met face to face on the sidelines of the Shanghai Cooperation "
        "Organization's summit in mid-September. In early February, Putin flew to Beijing, "
        "where he held talks with Xi and attended the opening of the Winter Olympics."
    )
    found = _visits(tmp_path, body, "2022-12-30")
    assert any(d == "2022-02" and {"CN", "RU"} <= sides for d, sides in found), found


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("In early February, Putin flew to Beijing, where he held talks with Xi.", "flew to "),
        ("Diop in turn came to Moscow for talks in 2021.", "came to "),
        ("The Prime Minister went to Saudi Arabia on Tuesday.", "went to "),
        ("Sisi will fly into Doha on Tuesday for a two-day visit.", "fly into "),
        ("Messahel, who in April toured Libya, hosts the talks.", "toured "),
        ("The foreign minister flew to The Hague on Monday.", "flew to "),
        ("She then went to Tokyo.", "went to "),
    ],
)
def test_the_journeys_forms(sentence: str, span: str) -> None:
    found = [(t.name, sentence[a:b]) for t, a, b in find_triggers(sentence, 0, len(sentence))]
    assert ("journey", span) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks came to an end on Monday.",  # no place written with a capital
        "The leaders went to the summit venue together.",
        "He came to power in 2019.",
        "The plan goes to The Hague court next week.",  # a determiner, not a place
    ],
)
def test_no_journey_without_a_place(sentence: str) -> None:
    assert "journey" not in {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        # review26 finding 18: things that go to a place are no traveller
        "The gold medal went to China on Tuesday, ahead of Japan.",
        "Exports of Russian oil went to India on Monday in record volumes.",
        "The title went to Brazil on Sunday after a 2-1 win over Argentina.",
        "Mexico took the dispute to court, and the case went to Washington on Monday.",
        "Thousands of Syrian refugees went to Germany in 2015.",
    ],
)
def test_no_journey_without_a_traveller(sentence: str) -> None:
    assert "journey" not in {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}


def test_the_rule_reads_its_own_example() -> None:
    rule = next(t for t in TRIGGERS if t.name == "journey")
    assert rule.pattern.search(rule.example)


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        # a destination written after "the" (thirty-sixth session)
        ("Japanese Prime Minister Fumio Kishida on Friday left for the Philippines.", "departure"),
        ("Modi will head to the Maldives on Saturday.", "departure"),
        ("President Lula flew to the United Arab Emirates on Wednesday.", "journey"),
        ("The chancellor went to the Netherlands for talks.", "journey"),
        # a leader told to be in a country written after "the"
        ("Kamikawa and Defense Minister Kihara Minoru are in the Philippines.", "presence"),
        ("Ruto is in the United States this week.", "presence"),
    ],
)
def test_a_destination_after_the(sentence: str, rule: str) -> None:
    assert rule in {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing was left for the Americans.",
        "The team left for the World Cup on Monday.",
        "The gold medal went to the United States.",
        "Smith was in the lead after the first round.",
    ],
)
def test_no_destination_after_the(sentence: str) -> None:
    found = {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}
    assert not found & {"departure", "journey", "presence"}, found


def test_a_departure_for_the_philippines_is_a_visit(tmp_path: Path) -> None:
    body = "Japanese Prime Minister Fumio Kishida on Friday left for the Philippines."
    assert ("2023-11-03", {"JP", "PH"}) in _visits(tmp_path, body, "2023-11-04")
