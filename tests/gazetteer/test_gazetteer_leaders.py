"""The leaders and ministers of ``data/people.yaml`` that news of their own country names
without the country (docs/gazetteer.md).

Sentences from real articles of the tuning sets (tests/data/extraction, SOURCES.md),
each class from at least two articles.
"""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def countries_of_people(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # test-j, francophonie_03 (The New Times, Kigali)
        (
            "President Paul Kagame and First Lady Jeannette Kagame on Thursday arrived in "
            "Paris, France",
            [("Paul Kagame", "RW"), ("Kagame", "RW")],
        ),
        # test-i, pacific_14 (Fiji's government)
        (
            "Prime Minister Sitiveni Rabuka is in Vanuatu to attend the 22nd Melanesian "
            "Spearhead Group Leaders Summit.",
            [("Sitiveni Rabuka", "FJ")],
        ),
        # test-h, south-asia_09 (Sri Lanka's president's office)
        (
            "President Maithripala Sirisena left to Bangladesh a short while ago today (13), "
            "for a three-day State Visit at the invitation of Bangladesh Prime Minister, "
            "Sheikh Hasina.",
            [("Maithripala Sirisena", "LK"), ("Sheikh Hasina", "BD")],
        ),
        # test-f, south-asia_07 (BSS, Dhaka)
        (
            "Sheikh Hasina arrived at New Delhi on Thursday on a four-day official visit",
            [("Sheikh Hasina", "BD")],
        ),
        # test-k, iran_06 (IRNA): the surname after the name
        (
            "Following the phone call, Araqchi departed for China on Tuesday",
            [("Araqchi", "IR")],
        ),
        # test-e, us-africa_07: a middle initial
        (
            "The United State Secretary of State, Antony J. Blinken, is scheduled to travel "
            "to Nigeria",
            [("Antony J. Blinken", "US")],
        ),
        # test-f, turkiye_03: a surname alone
        ("before Sisi and Erdogan met for the first time", [("Sisi", "EG"), ("Erdogan", "TR")]),
    ],
)
def test_leaders_named_without_their_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert countries_of_people(text) == expected


def test_names_left_to_the_office_rule_keep_no_country() -> None:
    # "Hassan" is a given name of many: the surname alone is no one from the table
    assert countries_of_people("Hassan Rouhani met Hassan Sheikh Mohamud; Hassan said") == [
        ("Hassan Rouhani", "IR"),
        ("Hassan Sheikh Mohamud", "SO"),
    ]
    # "El Chapo" is no president of Mozambique
    assert countries_of_people("the trial of El Chapo") == []
