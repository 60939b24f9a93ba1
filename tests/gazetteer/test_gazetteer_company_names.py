"""A country's name inside a company's or a newspaper's name is not the state
(``data/aliases.yaml``, ``company_words``; thirty-third pass): wn dev's "Singapore Airlines
and China Eastern started negotiations" were two states' talks."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def _ids(text: str) -> list[str]:
    return [m.id for m in find_actors(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Singapore Airlines and China Eastern started negotiations in March 2007.",
        "Qatar Airways ordered ten aircraft.",
        "China Daily reported the figures on Monday.",
        "An editorial in The Japan Times criticized the plan.",
        "The Kathmandu Post said the talks stalled.",
        "Air India cancelled its flights.",
        # outlets of the sixty-eighth pass: a dateline's "Jeddah (UrduPoint / Pakistan Point
        # News - 16th December, 2021)" made Pakistan a side of the OIC's meetings
        "Jeddah (UrduPoint / Pakistan Point News - 16th December, 2021) The talks began.",
        "Bahrain Mirror reported the visit.",
        "Egypt Today said the summit ended.",
        "The Oman Observer said the talks ended.",
        "The Kyiv Independent reported the talks.",
        "Kenya Broadcasting Corporation aired the speech.",
    ],
)
def test_a_company_or_a_newspaper_is_no_state(text: str) -> None:
    assert _ids(text) == []


def test_a_state_before_a_word_of_time_is_read() -> None:
    assert _ids("Turkey today announced the talks.") == ["TR"]


def test_the_state_is_still_read_beside_them() -> None:
    assert _ids("The Pakistan Air Force and China signed a deal, China Daily said.") == [
        "PK",
        "CN",
    ]
