"""The leaders and ministers of ``data/people.yaml`` that news of their own country names
without the country, and the spellings of organizations news uses (docs/gazetteer.md).

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
            # the First Lady's family name is not Paul Kagame's mention (seventy-second pass)
            [("Paul Kagame", "RW")],
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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # test-f, southern-africa_03 and test-j, southern-africa_09 (South African papers)
        ("follows the extraordinary Sadc Double Troika Summit on May 27", "SADC"),
        ("approved the mandate for Sadc standby force mission to the Republic of Mozambique",
         "SADC"),
        # test-b, african-union_05; test-e, caribbean_01 (two groupings in one sentence)
        ("The West African regional grouping Ecowas has already threatened military action",
         "ECOWAS"),
        ("Chairman of the Caribbean Community (Caricom), the Honourable Roosevelt Skerrit",
         "CARICOM"),
        # test-i, g7-g20_13 and test-c, korea-japan_04
        ("on the sidelines of the Group of 20 economic summit in Hangzhou, China", "G20"),
        ("on the margins of a foreign ministerial gathering of the Group of 20 countries in "
         "Brazil", "G20"),
        # test-g, eu_02 (the Council of the EU's own page) and test-g, iberia_02
        ("The Foreign Affairs Council discussed the Russian aggression", "EU"),
        ("at the NATO Ministerial meeting in Brussels and at the Foreign Affairs Council", "EU"),
    ],
)  # fmt: skip
def test_spellings_of_organizations(text: str, code: str) -> None:
    assert code in [m.id for m in find_actors(text) if m.type == "organization"]


def test_the_council_after_the_foreign_affairs_council_is_the_eu() -> None:
    # test-g, eu_02: the Council then adopts the sanctions
    from timeline.extract.actor_mentions import find_mentions

    text = (
        "The Foreign Affairs Council discussed the Russian aggression against Ukraine. "
        "The Council then adopted the 15th package of individual and economic restrictive "
        "measures."
    )
    mentions = find_mentions(text, 0, len(text))
    council = text.index("The Council")
    assert [m.id for m in mentions.actors if m.start >= council] == ["EU"]
