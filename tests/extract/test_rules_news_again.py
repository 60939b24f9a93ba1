"""A sentence that tells the news again dates the gathering it came at or after.

"The announcement came after a meeting between ...", "The deal was announced during a
one-day summit in ...": an undated sentence after the lede that opens with a definite
noun for the article's news (the announcement, the deal, the decision ...) and its verb
tells the gathering or contact that was the news's occasion; the gathering is of the
news's day (``Dating._the_news_again``): the one day the lede writes, else, for an
undated lede, the publication day. Not after an offset ("three days after a meeting":
another day). Every sentence is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _dates(found: list, kind: EventKind) -> list[str]:
    return [e.date.value for e in found if e.kind is kind]


def test_the_announcement_came_after_a_meeting(tmp_path: Path) -> None:
    body = (
        "Kenya and Uganda have agreed to reopen their common border to trade. The "
        "announcement came after a meeting between Kenyan President William Ruto and "
        "Ugandan President Yoweri Museveni in Kampala. Officials said trucks would move "
        "again next month."
    )
    found = article_events(tmp_path, body, "2024-11-08")
    assert _dates(found, EventKind.meeting) == ["2024-11-08"]


def test_the_deal_was_announced_during_a_summit(tmp_path: Path) -> None:
    body = (
        "India and Japan agreed to cooperate on the supply of rare earth minerals. The deal "
        "was announced during a one-day India–Japan summit in Tokyo by the two prime "
        "ministers. Trade between the two has doubled in a decade."
    )
    found = article_events(tmp_path, body, "2023-06-14")
    assert _dates(found, EventKind.summit) == ["2023-06-14"]


def test_the_lede_s_own_day_is_the_news_s_day(tmp_path: Path) -> None:
    body = (
        "Chile and Peru agreed on Tuesday to open a second border crossing near Arica.\n\n"
        "Truck drivers have waited for days at the only crossing.\n\n"
        "The decision was announced after talks between Chilean President Gabriel Boric "
        "and Peruvian President Dina Boluarte in Lima."
    )
    found = article_events(tmp_path, body, "2024-11-08")  # a Friday
    assert _dates(found, EventKind.meeting) == ["2024-11-05"]


def test_an_offset_is_another_day(tmp_path: Path) -> None:
    body = (
        "Kenya and Uganda have agreed to reopen their common border to trade. The decision "
        "came three days after a meeting between Kenyan President William Ruto and Ugandan "
        "President Yoweri Museveni in Kampala."
    )
    found = article_events(tmp_path, body, "2024-11-08")
    assert "2024-11-08" not in _dates(found, EventKind.meeting)
