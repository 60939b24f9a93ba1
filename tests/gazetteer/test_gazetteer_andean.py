"""The Andean Community by its abbreviation and a reordered name: "the CAN", "the Andean
Nations Community" (``data/organizations.yaml``; docs/history/extraction-log.md, "Nineteenth pass:
participants"). Real sentences of the tuning sets' andean articles.
"""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def organizations(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in find_actors(text) if m.type == "organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # test-f, andean_01 (twice) and test-aa, andean_20
        (
            "was held at the headquarters of the General Secretariat of the CAN, in Lima",
            "CAN",
        ),
        ("After receiving the presidency of the CAN, Castillo Terrones stated", "CAN"),
        ("Pedro Castillo Terrones, who this Saturday toured the CAN facilities", "CAN"),
        # the abbreviation without "the" (the andean articles of test-aa and test-ab)
        ("the Foreign Minister, CAN General Secretary Jorge Pedraza", "CAN"),
        ("Ecuador and Peru - CAN meet in Lima", "CAN"),
        # test-ae, andean_23 (a possessive; the reordered name)
        ('The CAN\'s "political commitment" was established in 1969 in', "CAN"),
        (
            "Last May, the Andean Nations Community elected Peru to preside over",
            "Andean Nations Community",
        ),
    ],
)
def test_the_andean_community_by_its_abbreviation(text: str, name: str) -> None:
    assert organizations(text) == [(name, "CAN")]


@pytest.mark.parametrize(
    "text",
    [
        # the verb (test-ae's Nordic article), words holding the letters (test-ad's OAS and
        # test-ac's Mexican articles)
        "global challenges and how the Nordic countries can respond to them",
        "its 47th General Assembly, held from Monday to Wednesday in Cancun, Mexico",
        "his counterparts from the United States and Canada, Joe Biden and Justin Trudeau",
        # the verb after a subject, and in a line written in capitals
        "Peru and Colombia met. Together we CAN do more, Boluarte said.",
        "HOW NATO CAN RESPOND TO THE CRISIS",
    ],
)
def test_no_other_word_is_the_andean_community(text: str) -> None:
    assert all(code != "CAN" for _, code in organizations(text))
