"""An act told in the present perfect in the undated sentence right after the lede ("has
visited Tehran for talks", "has hosted the Prime Minister of Côte d'Ivoire") is the news's
own report, of the page's day (:meth:`timeline.extract.dating.Dating._the_ledes_perfect`;
issue #12, undated candidates; docs/extraction.md, sixty-eighth pass).

Sentences of the tuning sets (their set and article named) and of our own.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def test_a_visit_in_the_perfect_after_a_standfirst(tmp_path: Path) -> None:
    # test-aq, iran_36 (published 2019-04-06): the standfirst is the lede, the visit of the
    # news is told in the next sentence, in the present perfect, with no day
    lede = (
        "In a joint press conference, the two leaders agree on the need for stability and "
        "peace in the region."
    )
    told = (
        "Iraqi Prime Minister Adel Abdul Mahdi has visited Tehran for talks with Iran's "
        "President Hassan Rouhani, marking a further deepening of ties between the two "
        "neighbours."
    )
    news = ("2019-04-06", {"IQ", "IR"})
    assert news in dated_sides(tmp_path, f"{lede}\n\n{told}", "2019-04-06", "visit")
    # further on, a perfect is as often background: only the sentence after the lede
    later = f"{lede}\n\nThe two leaders spoke of the region's security.\n\n{told}"
    assert news not in dated_sides(tmp_path, later, "2019-04-06", "visit")


def test_a_meeting_in_the_perfect_after_the_lede(tmp_path: Path) -> None:
    # test-bb, west-africa_57 (published 2024-04-19)
    lede = (
        "Ghana is to host the headquarters of the Cote d'Ivoire-Ghana Cocoa Initiative in "
        "Accra, the government has announced."
    )
    body = (
        f"{lede}\n\n"
        "Vice President Mahamudu Bawumia has hosted Mr Robert Beugré Mambé, the Prime "
        "Minister of Côte d'Ivoire, at the Jubilee House, ahead of the inauguration of the "
        "Headquarters of the Côte d'Ivoire-Ghana Cocoa Initiative."
    )
    assert ("2024-04-19", {"CI", "GH"}) in dated_sides(tmp_path, body, "2024-04-19", "meeting")
    # the perfect of a relative clause is background (after test-af, canada_27: "the
    # Mexican firefighters who have travelled to Manitoba")
    relative = (
        f"{lede}\n\n"
        "Bawumia thanked the Ivorian officials who have visited Accra for talks with Ghana "
        "in recent weeks."
    )
    assert not dated_sides(tmp_path, relative, "2024-04-19", "visit")
