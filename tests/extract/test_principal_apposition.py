"""The person an apposition names as the one a side serves or is related to is no side
(issue #12, sixty-seventh pass).

"Ali Larijani, an adviser to Iran's Supreme Leader Ayatollah Ali Khamenei, arrived in
Qatar on Wednesday" (Reuters via MENA Today, 2026-02-11) was "Khamenei's visit to Qatar";
"Moon Jae-in met on Saturday with Kim Yo-jong, sister of North Korean leader Kim Jong-un"
(Seoul, 2018-02-10) was "Talks between Moon Jae-in and Kim Jong Un". The principal's
state stays a side (the adviser's own). An aide who reports ("Yuriy Ushakov, aide to
Vladimir Putin, has told ...") tells the principal's act: the principal stays.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _titles(tmp_path: Path, body: str, published: str) -> dict[str, list[str]]:
    return {
        e.title: sorted([*e.countries, *e.organizations]) for e in events(tmp_path, body, published)
    }


def test_an_adviser_travels_not_the_leader(tmp_path: Path) -> None:
    body = (
        "Ali Larijani, an adviser to Iran's Supreme Leader Ayatollah Ali Khamenei, arrived in "
        "Qatar on Wednesday."
    )
    assert _titles(tmp_path, body, "2026-02-11") == {"Iran's visit to Qatar": ["IR", "QA"]}


def test_a_leaders_sister_met_not_the_leader(tmp_path: Path) -> None:
    body = (
        "South Korean President Moon Jae-in met on Saturday with Kim Yo-jong, sister of North "
        "Korean leader Kim Jong-un, at the presidential office in Seoul."
    )
    titles = _titles(tmp_path, body, "2018-02-10")
    assert titles
    assert all("Kim Jong Un" not in title for title in titles)
    assert all(sides == ["KP", "KR"] for sides in titles.values())


def test_the_principals_state_stays_a_side(tmp_path: Path) -> None:
    body = (
        "Yuri Ushakov, a foreign policy aide to President Vladimir Putin, met Chinese Foreign "
        "Minister Wang Yi in Beijing on Monday."
    )
    titles = _titles(tmp_path, body, "2026-02-11")
    assert list(titles.values()) == [["CN", "RU"]]
    assert all("Putin" not in title for title in titles)


def test_an_aide_reporting_leaves_the_principal(tmp_path: Path) -> None:
    body = (
        "Yuriy Ushakov, aide to Vladimir Putin, has told reporters that Putin discussed Ukraine "
        "with Donald Trump in a phone call on Thursday."
    )
    titles = _titles(tmp_path, body, "2025-07-04")
    assert any("Putin" in title for title in titles)
