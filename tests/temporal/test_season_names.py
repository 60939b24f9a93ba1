"""A capitalised season after "the" that opens a name is part of the name, not a date.

"the Winter Olympics", "the Summer Palace", "the Spring Festival": the season and the next
capitalised word make one name (TimeML 1.2.1, section 2.2; TIDES TIMEX2 2005, "names"),
as "This Week With David Brinkley" does. Before the seventy-fourth pass "the Winter" was
a DATE (the winter the tense chose) in three documents of the extraction tuning sets
(test-d, test-m, test-s, "the opening of the Winter Olympics", "until after the Winter
Olympics"). A season in lower case, one with a year, or one before a lower-case word
stays a season. The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

DCT = date(2022, 2, 10)


def found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    "text",
    [
        "Putin held talks with Xi and attended the opening of the Winter Olympics.",
        "Seoul agreed to delay the drills until after the Winter Olympics.",
        "Tensions eased before the Winter Olympic Games in Pyeongchang.",
        "The delegation visited the Summer Palace in Beijing.",
        "Trade slowed before the Spring Festival holiday.",
        # a name wrapped at the end of a line, or with two spaces, is still one name
        "Putin attended the opening of the Winter\nOlympics in Beijing.",
        "Putin attended the opening of the Winter  Olympics in Beijing.",
    ],
)
def test_a_capitalised_season_opening_a_name_is_no_date(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit will be held in the Summer.", [("the Summer", "2022-SU")]),
        ("The talks were held in the winter.", [("the winter", "2021-WI")]),
        (
            "Orpo will attend the summer meeting of Nordic prime ministers.",
            [("the summer", "2022-SU")],
        ),
        ("The accord was signed in the Summer of 2019.", [("the Summer of 2019", "2019-SU")]),
        ("This summer, the talks resumed.", [("This summer", "2022-SU")]),
        # a blank line after the season ends its paragraph: no name goes on past it
        ("Talks are due in the Summer\n\nMoscow said", [("the Summer", "2022-SU")]),
    ],
)
def test_a_season_that_opens_no_name_stays_a_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected
