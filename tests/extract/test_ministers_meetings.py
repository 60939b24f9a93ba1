"""An organization's ministers' meeting told in lower case is titled so (issue #12, the
sixty-eighth pass): "The foreign ministers of the Group of 20 countries began their meeting
Saturday in the Japanese city of Nagoya" was "Talks between G20 and Japan", as if the body
talked with its host; a meeting of two ministers on the sidelines of one, or a gathering
the ministers prepare, keeps its own title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "published", "title"),
    [
        (
            "The foreign ministers of the Group of 20 countries began their meeting Saturday "
            "in the Japanese city of Nagoya.",
            "2019-11-23",
            "G20 foreign ministers' meeting",
        ),
        (
            "BRICS foreign ministers on Thursday met in South Africa's city of Cape Town to "
            "start a two-day meeting.",
            "2023-06-01",
            "BRICS foreign ministers' meeting",
        ),
        (
            "German Finance Minister Olaf Scholz participated in the third meeting of the G20 "
            "finance ministers and central bank governors, which took place in Buenos Aires "
            "on 21-22 July 2018.",
            "2018-07-23",
            "Third G20 finance ministers' meeting in Buenos Aires",
        ),
        (
            "The foreign ministers of the Gulf Cooperation Council held a preparatory meeting "
            "on Monday ahead of a summit scheduled for Kuwait on Tuesday.",
            "2017-12-05",
            "GCC foreign ministers' meeting",
        ),
    ],
)
def test_a_bodys_ministers_meeting_is_titled_so(
    tmp_path: Path, body: str, published: str, title: str
) -> None:
    titles = [e.title for e in article_events(tmp_path, body, published)]
    assert title in titles


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "On July 26, 2019, Foreign Minister Wang Yi met with Foreign Minister Sergey "
            "Lavrov of Russia on the sidelines of the Formal Meeting of the BRICS Ministers "
            "of Foreign Affairs in Brazil.",
            "2019-07-27",
        ),
        (
            "On Friday, the SCO foreign ministers will make preparations for the meeting of "
            "the SCO Heads of State Council, scheduled to be held from July 3-4 in New Delhi.",
            "2020-06-30",
        ),
    ],
)
def test_a_meeting_beside_the_ministers_keeps_its_title(
    tmp_path: Path, body: str, published: str
) -> None:
    titles = [e.title for e in article_events(tmp_path, body, published)]
    assert titles
    assert not any("ministers' meeting" in title for title in titles)


def test_a_place_that_names_no_ministers_compiles_no_pattern() -> None:
    """A body's pattern for each place ministers may be told (right before the meeting, right
    after its noun, anywhere before) is compiled per spelling (about 1.4 ms each): a meeting
    whose clause names no ministers ("NATO leaders met in Brussels on Thursday") needs none,
    and one named after the noun only that place's (issue #15, the seventy-third pass: 205
    spellings' three patterns were compiled in a first pass over the fifty-nine)."""
    from timeline.extract import ministers_meetings as mm
    from timeline.model import Participant

    places = (mm._right_before, mm._right_after, mm._anywhere)
    for place in places:
        place.cache_clear()
    nato = Participant(id="NATO", type="organization", name="NATO")
    assert mm.ministers_meeting([nato], "NATO leaders ", " in Brussels on Thursday", "", "") is None
    assert [place.cache_info().currsize for place in places] == [0, 0, 0]
    g20 = Participant(id="G20", type="organization", name="G20")
    de = Participant(id="olaf-scholz", type="person", name="Olaf Scholz", country="DE")
    after = " of the G20 finance ministers and central bank governors"
    title = mm.ministers_meeting([de, g20], "Scholz took part in the third ", after, "", "")
    assert title == "G20 finance ministers' meeting"
    assert [place.cache_info().currsize > 0 for place in places] == [False, True, False]
    assert mm.ministers_meeting([nato], "NATO foreign ministers ", " in Brussels", "", "") == (
        "NATO foreign ministers' meeting"
    )
