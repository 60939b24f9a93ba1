"""A plural reference to sides listed before counts them by its numeral ("the three
leaders", "the leaders of the five countries"): the clause naming fewer takes the countries
named before it, nearest first, when they are enough (:func:`timeline.extract.sayers.plural_sides`,
``side_numerals`` and ``side_nouns`` of ``data/counterpart_words.yaml``;
docs/history/extraction-log.md,
"Twenty-fifth pass: participants"). The sentences are the tuning sets' (the article named).
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.participant_choice import choosing
from timeline.extract.sayers import format_count, plural_sides

from .conftest import article_events


def test_the_leaders_of_the_five_countries_are_the_five_listed_before(tmp_path: Path) -> None:
    # test-s, south-korea_13 (gold: a summit of KR, KZ, UZ, TM, TJ and KG in 2025)
    body = (
        "To realize the initiative, Yoon has decided to create a summit with five Central "
        "Asian nations: Kazakhstan, Uzbekistan, Turkmenistan, Tajikistan, and Kyrgyzstan.\n\n"
        "President Yoon and the leaders of the five countries plan to hold their inaugural "
        "summit in South Korea next year."
    )
    with choosing(None):
        found = article_events(tmp_path, body, "2024-06-09")
    summits = [
        set(e.countries) for e in found if e.kind.value == "summit" and e.date.value == "2025"
    ]
    assert {"KR", "KZ", "UZ", "TM", "TJ", "KG"} in summits


def test_the_numeral_counts_and_a_side_joined_before_is_besides() -> None:
    text = "In March, the foreign ministers of all three nations met in Baghdad."
    assert plural_sides(text, 0, len(text)) == (3, False)
    text = "President Yoon and the leaders of the five countries plan to hold a summit."
    assert plural_sides(text, 0, len(text)) == (5, True)
    assert plural_sides("The leaders met in Baghdad.", 0, 27) == (0, False)


def test_a_format_counts_the_sides_of_its_gathering(tmp_path: Path) -> None:
    # test-g, great-lakes_02 (gold: the quadripartite summit of AO, CD, RW and UG in Luanda
    # on 2 February 2020): "the quadripartite summit" has four sides, the clause naming
    # three (Luanda the host's) takes the DR Congo named before it (was AO, RW, UG)
    body = (
        "During his two-day visit, President Lourenço will participate in a four-party summit, "
        "along with his counterparts Felix Tshisekedi of the Democratic Republic of the Congo "
        "(DRC), Paul Kagame of Rwanda and Yoweri Museveni of Uganda.\n\n"
        "The meeting will take place on Friday, February 21, at Gatuna/Katuna border between "
        "Rwanda and Uganda, as the three presidents agreed during the quadripartite summit held "
        "in Luanda on February 2, 2020."
    )
    with choosing(None):
        found = article_events(tmp_path, body, "2020-02-20")
    summits = [
        set(e.countries) for e in found if e.kind.value == "summit" and e.date.value == "2020-02-02"
    ]
    assert summits == [{"AO", "CD", "RW", "UG"}], summits


def test_the_format_right_before_the_trigger_counts() -> None:
    text = "as the three presidents agreed during the quadripartite summit held in Luanda"
    assert format_count(text, text.index("summit")) == 4
    # test-ac, mexico_22: "Biden will be in Mexico on January 9 and 10, for a tripartite
    # meeting that will take place in the capital"
    text = "for a tripartite meeting that will take place in the capital"
    assert format_count(text, text.index("meeting")) == 3
    assert format_count(text, text.index("capital")) == 0
