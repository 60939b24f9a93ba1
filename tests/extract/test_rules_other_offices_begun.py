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

from .conftest import article_events as events
from .conftest import trigger_names


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
    assert "took-office" in trigger_names(sentence)


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
    assert "took-office" not in trigger_names(sentence)


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


# Review33 finding 5: an office begun told in a "since" phrase that opens the sentence has
# the sides of the phrase and of the main clause's subject, not the places and objects of
# the news since; an undated swearing-in dates nothing; a club's or a company's office is
# no state's.


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Since becoming prime minister in May, Imran Khan has visited China twice.",
            {"PK"},
        ),
        (
            "Since taking office in January, Brazilian President Lula has travelled to "
            "China and the United States.",
            {"BR"},
        ),
        (
            "Since her appointment on Saturday, the French minister has held talks in Berlin.",
            {"FR"},
        ),
    ],
)
def test_an_opening_since_phrase_keeps_the_news_since_apart(
    tmp_path: Path, body: str, sides: set[str]
) -> None:
    others = [e for e in events(tmp_path, body, "2019-03-20") if e.kind.value == "other"]
    assert others
    assert all(set(e.countries) <= sides for e in others)


@pytest.mark.parametrize(
    "body",
    [
        "Since becoming PM last May, Johnson has visited Paris twice.",
        "Since his swearing in as the Prime Minister, Khan has visited China twice.",
        "Since her swearing-in, the new president has met leaders of Kenya and Uganda.",
        "Since becoming Real Madrid president in 2009, Florentino Perez has signed Ronaldo.",
    ],
)
def test_no_office_begun_of_the_news_since(tmp_path: Path, body: str) -> None:
    assert not [e for e in events(tmp_path, body, "2019-03-20") if e.kind.value == "other"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He has ruled since his swearing in on Monday.",
        "Since becoming Sri Lanka's President in 2019, he has visited India.",
        "He took over as Interim President in May.",
    ],
)
def test_offices_begun_of_a_state(sentence: str) -> None:
    assert "took-office" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since his swearing in as the Prime Minister, Khan has visited China twice.",
        "He was received by the team since becoming Chelsea Football Club president in 2003.",
        "Since becoming FIFA president in 2016, Infantino has visited Qatar 20 times.",
    ],
)
def test_no_office_begun_of_a_club_or_undated(sentence: str) -> None:
    assert "took-office" not in trigger_names(sentence)
