"""An arrival with its day between the verb and the place, as wire copy writes it (the rule
``visit``): "arrived early Tuesday in Azerbaijan's capital Baku", "arrived Monday in
Kinshasa", "arrived earlier this morning in the Jordanian capital"; such a visit was read
only as the talks told with it (docs/history/extraction-log.md, "Twenty-seventh pass: kinds").

Real sentences of the tuning sets, and sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import article_events as events


def _visit_spans(sentence: str) -> list[str]:
    found = find_triggers(sentence, 0, len(sentence))
    return [sentence[a:b] for t, a, b in found if t.name == "visit"]


def test_an_arrival_told_with_its_day_first_is_a_visit(tmp_path: Path) -> None:
    # test-aj, turkiye_30 (published 2021-06-15)
    body = (
        "BAKU, Azerbaijan (AA) - Turkish President Recep Tayyip Erdogan arrived early Tuesday "
        "in Azerbaijan's capital Baku to hold official talks with President Ilham Aliyev."
    )
    found = [
        (e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2021-06-15")
        if e.kind.value == "visit"
    ]
    assert ("2021-06-15", {"AZ", "TR"}) in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # test-l, great-lakes_08
        "Angola Head of State, João Lourenço, arrived Monday in Kinshasa, Democratic Republic "
        "of Congo (DRC) to meet with the Congolese President, Félix Tshisekedi.",
        "He had arrived earlier this morning in the Jordanian capital, Amman.",
        "Secretary of State Warren Christopher arrived Sunday in Damascus on his fourth mission.",
        "The envoy arrived here late Saturday night in Sarajevo.",
    ],
)
def test_a_day_between_arrived_and_in(sentence: str) -> None:
    assert any(span.startswith("arrived") for span in _visit_spans(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy arrived here Friday at noon.",
        "The delegation arrived Monday at 10 a.m.",
    ],
)
def test_a_time_after_the_day_is_no_place(sentence: str) -> None:
    assert _visit_spans(sentence) == []


def test_a_visit_starting_from_a_day_is_dated_by_it(tmp_path: Path) -> None:
    """ "starting from Sunday": the act's first day, not a state's open start (test-ba's
    Tanzanian visit to Oman, thirty-third pass); its three days counted from it since the
    forty-ninth pass (:mod:`timeline.extract.stays`)."""
    body = (
        "Tanzanian President Samia Suluhu Hassan will pay an official three day visit to "
        "Oman starting from Sunday."
    )
    found = events(tmp_path, body, "2022-06-10")
    assert [e.date.value for e in found if e.kind.value == "visit"] == ["2022-06-12/2022-06-14"]


@pytest.mark.parametrize(
    "sentence",
    [
        # wn-i, wn20060831 (a plane carrying arms detained in Gujarat)
        "The plane, headed for Kathmandu has been on the tarmac at the Sardar Patel "
        "International Airport for six days now.",
        # test-s, russia-china_16 (the end of a naval drill)
        "Upon completion, Russian and Chinese warships headed for Vladivostok.",
        "The aircraft landed in Baku on Sunday.",
    ],
)
def test_a_crafts_course_is_no_visit(sentence: str) -> None:
    assert _visit_spans(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("From London, Yoon headed to Paris.", "headed to"),
        ("Kim had arrived in Vladivostok on board his armored train.", "arrived in"),
        ("Modi's plane landed in Tokyo on Friday.", "landed in"),
    ],
)
def test_a_travellers_movement_stays_a_visit(sentence: str, span: str) -> None:
    assert _visit_spans(sentence) == [span]


def test_an_ambassadors_arrival_at_the_post_is_no_visit() -> None:
    # test-q, andean_11 (the resumption of relations between Colombia and Venezuela)
    sentence = (
        "The two countries formally resumed their bilateral relations on Monday, August 29 "
        "with the arrival in Caracas of the Colombian Ambassador Armando Benedetti."
    )
    assert _visit_spans(sentence) == []
    assert _visit_spans("Relations resumed with the arrival in Caracas of President Petro.") == [
        "arrival in"
    ]
