"""An office begun told by the person's becoming or assuming it, the swearing-in, the
inauguration of an office named after a few words, the term begun, or the appointment or
election with its own date (rule ``took-office``, thirty-third pass). A becoming or a term
begun is read only with its own date right after it: "after becoming President" dates
nothing but the visit it is told beside.

Sentences of our own, in the manner of the tuning sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers

from .conftest import article_events as events


def _rules(sentence: str) -> set[str]:
    return {t.name for t, _, _ in find_triggers(sentence, 0, len(sentence))}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is her first trip abroad since becoming PM last June.",
        "Mwangi, who became the country's president last year, arrived on Monday.",
        "He has led the ministry since he assumed his post in April 2019.",
        "The talks took place before Rakoto took up his post on 3 March.",
        "She has served since she assumed the office of Secretary-General in May 2020.",
        "He has ruled since his swearing in as Prime Minister on 12 June 2021.",
        "He returned from the inauguration of the sixth Ghanaian President in Accra.",
        "He thanked her for attending my inauguration on June 2.",
        "It is his first trip since Lula began his new term in January.",
        "The policy dates from after his third administration started in May 2018.",
        "She has travelled twice since her appointment on Tuesday.",
        "It is his first visit since his election at the end of April.",
    ],
)
def test_offices_begun(sentence: str) -> None:
    assert "took-office" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was his first official visit abroad after becoming President.",
        "Obama became the first US president to visit Laos in 2016.",
        "She became vice president in 2009.",
        "He became president of the club in 2019.",
        "China assumed the role of mediator in 2023.",
        "It is his first visit since beginning his fifth term as president.",
        "He attended the inauguration of the new Vice President on Monday.",
    ],
)
def test_no_office_begun(sentence: str) -> None:
    assert "took-office" not in _rules(sentence)


def test_an_office_begun_is_dated_by_its_own_date(tmp_path: Path) -> None:
    found = events(
        tmp_path,
        "Prime Minister Lawrence Wong will visit Malaysia on Tuesday, his first official "
        "visit since becoming PM last May.",
        "2024-06-10",
    )
    others = [e for e in found if e.kind.value == "other"]
    assert [e.date.value for e in others] == ["2023-05"]
    assert "SG" in others[0].countries
