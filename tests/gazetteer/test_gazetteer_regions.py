"""A continent named as the other side of a country's gathering: "the Russia-Africa summit".

``timeline.gazetteer.organization_references`` reads "Africa" joined by a dash to an
actor's name and followed by a gathering's noun as the African Union (``regions`` of
``organization_references`` in ``data/aliases.yaml``; docs/history/extraction-log.md, "Nineteenth
pass: participants"). Real sentences of the tuning sets' articles.
"""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors, organization_references
from timeline.gazetteer.actors import aliases_data
from timeline.gazetteer.codes import organization


def regions(text: str) -> list[tuple[str, str]]:
    found = organization_references(text, 0, len(text), find_actors(text))
    return [(r.text, r.id) for r in found if r.text == "Africa"]


@pytest.mark.parametrize(
    "text",
    [
        # test-aa, russia-africa_20; test-af, russia-africa_22 (the title and the body)
        "The second Russia-Africa summit is running at the Expoforum convention center in "
        "St. Petersburg on July 27-28.",
        "Putin To Receive Mozambican President Amid Preparations For Russia-Africa Summit",
        "The sides will also touch upon the preparations for the first-ever Russia-Africa "
        "summit to be held in the Russian resort city of Sochi on October 24.",
        # test-af, russia-africa_23 and test-j, russia-africa_04: a second noun after "and"
        "The second Russia-Africa Summit and Economic and Humanitarian Forum is taking place "
        "in the Russian city of St. Petersburg from July 27-28.",
        # test-ac, us-africa_19 and test-ad, us-africa_20: "U.S." and a word between
        "The U.S.-Africa Leaders Summit will be held Dec. 13-15 and demonstrate a commitment",
        "The Vice President's visit will build on the recent U.S.-Africa Leaders Summit that "
        "President Biden hosted in Washington in December 2022.",
        # test-x, south-korea_19: a forum
        "She met with chiefs of the Korean missions there and attended a Korea-Africa forum.",
    ],
)
def test_a_continent_after_a_country_before_a_gathering_is_its_organization(text: str) -> None:
    assert regions(text) == [("Africa", "AFU")]


@pytest.mark.parametrize(
    "text",
    [
        # test-b, us-africa_03: no gathering's noun after, and no actor before the dash
        'our strategic approach when it comes to US-Africa policy," John Kirby said.',
        "Biden lands in Angola for first visit to sub-Saharan Africa as president",
        # test-y, turkiye_21 and test-b, us-africa_01: relations, not a gathering
        "Turkey-Africa relations have gained substantial momentum since the declaration",
        "to continue strengthening our shared vision for the future of U.S.-Africa relations",
        # test-h, china-africa_01 and test-aa, russia-africa_20: cooperation; the demonym
        "to strengthen China-Africa cooperation in the future, Wang said",
        "the final declaration commits to paper coordinated approaches to the development of "
        "Russian-African cooperation",
        # test-u's FOCAC article: the continent inside an organization's name
        "the 2024 Summit of the Forum on China-Africa Cooperation (FOCAC), scheduled for "
        "Sept. 4 to 6 in Beijing",
    ],
)
def test_a_continent_elsewhere_is_no_organization(text: str) -> None:
    assert regions(text) == []


def test_every_region_names_a_known_organization() -> None:
    data = aliases_data()["organization_references"]["regions"]
    assert data["organizations"] and data["gatherings"]
    assert all(organization(code) is not None for code in data["organizations"].values())
