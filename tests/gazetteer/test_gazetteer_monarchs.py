"""Monarchs named by title and regnal name with no country ("King Mohammed VI received ...",
"His Majesty King Abdullah held talks"): data/people.yaml lists them, since no pattern finds
the country of a name that comes without a demonym; the years of a reign tell two kings of
one name apart; places named after a monarch are no person."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def people(text: str, year: int | None = None) -> list[tuple[str, str | None]]:
    return [(m.id, m.country) for m in find_actors(text, year=year) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("King Mohammed VI received the envoy in Rabat.", "MA"),
        ("Emperor Naruhito welcomed the president at the palace.", "JP"),
        ("The guests were received by King Willem-Alexander.", "NL"),
        ("King Charles hosted a state banquet on Tuesday.", "GB"),
        ("Sultan Qaboos received the foreign minister.", "OM"),
        ("King Letsie III opened the session.", "LS"),
        ("Sheikh Meshal held talks with the visiting president.", "KW"),
    ],
)
def test_a_monarch_brings_the_country(text: str, country: str) -> None:
    assert [c for _, c in people(text, 2024)] == [country]


def test_the_reign_tells_two_kings_apart() -> None:
    """Jordan's King Abdullah alone reigns after 2015; while both reigned, the one whose
    full name came before is meant."""
    assert people("King Abdullah held talks on Tuesday.", 2019) == [("abdullah-ii", "JO")]
    text = "Abdullah bin Abdulaziz met the envoy. King Abdullah then held talks."
    assert people(text, 2010)[-1] == ("abdullah-bin-abdulaziz", "SA")


@pytest.mark.parametrize(
    "text",
    [
        "He visited the Sultan Qaboos University in Muscat.",
        "The ministers met at King Abdullah Economic City.",
        "Protesters gathered in King Charles Street outside the Foreign Office.",
    ],
)
def test_a_place_named_after_a_monarch_is_no_person(text: str) -> None:
    assert people(text, 2024) == []
