"""A meeting the text names is titled by its name (issue #12, sixty-fifth pass).

"The 57th ASEAN Foreign Ministers' Meeting reviewed the progress ..." (Lao News Agency,
2024-07-27) and "The forty-ninth ASEAN Foreign Ministers Meeting has begun in ... Vientiane"
(CCTV, 2016-07-24) were titled "Talks between ASEAN and Laos".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "published", "title"),
    [
        (
            "On July 25, 2024, at the National Convention Centre in Vientiane, Deputy Prime "
            "Minister and Minister of Foreign Affairs Saleumxay Kommasith presided over the 57th "
            "ASEAN Foreign Ministers' Meeting.",
            "2024-07-27",
            "57th ASEAN Foreign Ministers' Meeting in Vientiane",
        ),
        (
            "The forty-ninth ASEAN Foreign Ministers Meeting has begun in the Laotian capital "
            "of Vientiane.",
            "2016-07-24",
            "Forty-ninth ASEAN Foreign Ministers Meeting",
        ),
        # pmc.gov.au (2024): the organization by its full name, its initialism in brackets
        (
            "On Tuesday, Prime Minister Anthony Albanese attended the 53rd Pacific Islands "
            "Forum (PIF) Leaders' Meeting in Tonga.",
            "2024-08-28",
            "53rd Pacific Islands Forum Leaders' Meeting",
        ),
    ],
)
def test_a_named_meeting_keeps_its_name(
    tmp_path: Path, body: str, published: str, title: str
) -> None:
    meetings = [e for e in events(tmp_path, body, published) if e.kind.value == "meeting"]
    assert [m.title for m in meetings] == [title]


def test_a_meeting_not_so_named_is_talks(tmp_path: Path) -> None:
    body = "Japanese Foreign Minister Yoko Kamikawa met ASEAN leaders in Jakarta on Monday."
    titles = [e.title for e in events(tmp_path, body, "2024-07-27") if e.kind.value == "meeting"]
    assert titles and not any("Ministers" in t for t in titles)


def test_a_summits_ministers_meeting_is_a_meeting(tmp_path: Path) -> None:
    body = (
        "On Saturday in Vientiane, Foreign Minister Saleumxay Kommasith chaired the 14th East "
        "Asia Summit Foreign Ministers' Meeting."
    )
    found = events(tmp_path, body, "2024-07-27")
    assert [(e.kind.value, e.title) for e in found] == [
        ("meeting", "14th East Asia Summit Foreign Ministers' Meeting in Vientiane")
    ]
