"""Participants of the twelfth pass (docs/history/extraction-log.md, "Twelfth pass: participants"):
leaders named without their country, both Koreas named in one coordination, and a visit
to several countries told as one visit per country.

Real sentences of the tuning sets (tests/data/extraction, SOURCES.md), each class from
at least two articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.actor_mentions import find_mentions
from timeline.extract.actors import participants_for
from timeline.model import EventKind, Role

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "published", "countries"),
    [
        # test-i, pacific_14 (Fiji's government names its own prime minister)
        (
            "Prime Minister Sitiveni Rabuka is in Vanuatu to attend the 22nd Melanesian "
            "Spearhead Group Leaders Summit.",
            "2023-08-23",
            {"FJ", "VU"},
        ),
        # test-j, francophonie_03 (The New Times, Kigali)
        (
            "President Paul Kagame and First Lady Jeannette Kagame on Thursday arrived in "
            "Paris, France where they join other Heads of State and Government for the 19th "
            "Summit of La Francophonie.",
            "2024-10-03",
            {"RW", "FR"},
        ),
        # test-f, south-asia_07 (BSS, Dhaka)
        (
            "Sheikh Hasina arrived at New Delhi on Thursday on a four-day official visit, "
            "first of its kind, after assuming office for the third consecutive term.",
            "2019-10-05",
            {"BD", "IN"},
        ),
    ],
)
def test_a_visit_of_a_leader_named_without_the_country(
    tmp_path: Path, body: str, published: str, countries: set[str]
) -> None:
    visits = [e for e in events(tmp_path, body, published) if e.kind is EventKind.visit]
    assert visits
    assert countries <= set(visits[0].countries)


@pytest.mark.parametrize(
    ("body", "published", "kind"),
    [
        # test-i, korea_03
        (
            "During high-level talks held at the House of Peace in Panmunjom on Oct. 15, "
            "South and North Korea adopted a joint statement containing seven points.",
            "2018-10-15",
            EventKind.adoption,
        ),
        # test-f, korea_01
        (
            'The leaders of North and South Korea on Friday agreed to pursue "complete" '
            'denuclearization following what they both hailed as a "historic" inter-Korean '
            "summit.",
            "2018-04-27",
            EventKind.summit,
        ),
    ],
)
def test_both_koreas_named_in_one_coordination(
    tmp_path: Path, body: str, published: str, kind: EventKind
) -> None:
    found = [e for e in events(tmp_path, body, published) if e.kind is kind]
    assert found
    assert {"KP", "KR"} <= set(found[0].countries)


def _hosts(text: str, trigger: str) -> list[str]:
    start = text.index(trigger)
    mentions = find_mentions(text, 0, len(text))
    parts = participants_for(
        text, EventKind.visit, (start, start + len(trigger)), (0, len(text)), mentions
    )
    return [p.id for p in parts if p.role is Role.host]


@pytest.mark.parametrize(
    ("text", "trigger", "hosts"),
    [
        # test-f, india-japan_11
        (
            "Speaking to reporters in Tokyo earlier this week, Yoshimasa Hayashi said he will "
            "visit India, Sri Lanka, the Maldives, South Africa, Uganda and Ethiopia through "
            "August 4.",
            "visit",
            ["IN", "LK", "MV", "ZA", "UG", "ET"],
        ),
        # test-k, russia-africa_05
        ("The Russian foreign minister is also scheduled to visit Ethiopia and Uganda.",
         "visit", ["ET", "UG"]),
        # test-k, central-africa_05
        (
            "Congo was the final stop of a three-leg regional tour that took Tshisekedi to "
            "Angola and Kenya, as he sought to consolidate ties with friendly neighbours",
            "tour",
            ["AO", "KE"],
        ),
        # one destination named by its city and country; the visitor's country is no host
        ("Kazakh President Kassym-Jomart Tokayev arrived in Ankara, Türkiye, on Tuesday",
         "arrived", ["TR"]),
    ],
)  # fmt: skip
def test_every_country_a_visit_lists_is_a_host(text: str, trigger: str, hosts: list[str]) -> None:
    assert _hosts(text, trigger) == hosts


def test_a_tour_is_one_visit_per_country(tmp_path: Path) -> None:
    # test-e, us-africa_07 (the typo "United State" is the article's)
    body = (
        "The United State Secretary of State, Antony J. Blinken, is scheduled to travel to "
        "Nigeria, Cabo Verde, Cote d’Ivoire, and Angola, between January 21 and 26, 2024."
    )
    visits = [e for e in events(tmp_path, body, "2024-01-19") if e.kind is EventKind.visit]
    assert sorted(tuple(e.countries) for e in visits) == [
        ("AO", "US"), ("CI", "US"), ("CV", "US"), ("NG", "US"),
    ]  # fmt: skip
    assert all(e.date.value == "2024-01-21/2024-01-26" for e in visits)


def test_a_tour_dated_by_one_day_is_its_first_stop(tmp_path: Path) -> None:
    """The day of a tour's sentence is the departure's: no visit of that day to each further
    stop (mention_copies._tour; test-af, south-korea_25, Yonhap: the three visits were dated the
    day of departure); unless the sentence counts the days the stops share (forty-ninth
    pass, :mod:`timeline.extract.stays`): then each stop is a visit of those days."""
    body = (
        "President Yoon Suk Yeol departed on Monday morning for Turkmenistan, Kazakhstan and "
        "Uzbekistan."
    )
    visits = [e for e in events(tmp_path, body, "2024-06-10") if e.kind is EventKind.visit]
    assert [(tuple(e.countries), e.date.value) for e in visits] == [(("KR", "TM"), "2024-06-10")]
    counted = (
        "President Yoon Suk Yeol departed on Monday morning for a six-day trip to "
        "Turkmenistan, Kazakhstan and Uzbekistan."
    )
    visits = [e for e in events(tmp_path, counted, "2024-06-10") if e.kind is EventKind.visit]
    assert sorted((tuple(e.countries), e.date.value) for e in visits) == [
        (("KR", "KZ"), "2024-06-10/2024-06-15"),
        (("KR", "TM"), "2024-06-10/2024-06-15"),
        (("KR", "UZ"), "2024-06-10/2024-06-15"),
    ]
