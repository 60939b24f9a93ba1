"""A state's saying told without its own day is dated by its tense (issue #12;
docs/history/extraction-log.md, "Twenty-ninth pass: dates").

A state's saying with no day of its own takes the page's day; news of the day may take
the day before when the article dates an act of a side of it on that day
(:func:`timeline.extract.coreference.told_the_day_before`). A saying told in the present
after the lede ("Japan denies the charges", "Bolivia says ...") is the page's own day: it
answers the act of the day before, it is not that act's news (``news_day.undated_saying_date``,
``_PRESENT_SAYING``). Every sentence is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import EventKind

from .conftest import article_events


def _statement_dates(tmp_path: Path, body: str) -> list[str]:
    found = article_events(tmp_path, body, "2024-05-09")
    return sorted(e.date.value for e in found if e.kind is EventKind.statement)


@pytest.mark.parametrize(
    "body",
    [
        "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in Beijing on "
        "Wednesday and urged Japan to stop its military build-up. Japan denies the charges "
        "and accuses Beijing of stirring tension in the region.",
        "Peru and Chile signed a border accord in Lima on Wednesday after talks between their "
        "foreign ministers. Chile says the accord settles every claim to the coast.",
        "Israeli Prime Minister Benjamin Netanyahu met US President Joe Biden in Washington on "
        "Wednesday and accused Iran of arming militias across the region. Iran rejects the "
        "claim and blames Washington for the violence.",
    ],
)
def test_a_present_saying_is_the_page_s_day(tmp_path: Path, body: str) -> None:
    assert _statement_dates(tmp_path, body) == ["2024-05-09"], body


def test_a_past_saying_stays_the_news_of_the_day_before(tmp_path: Path) -> None:
    body = (
        "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in Beijing on "
        "Wednesday and urged Japan to stop its military build-up. Japan denied the charges "
        "and accused Beijing of stirring tension in the region."
    )
    assert _statement_dates(tmp_path, body) == ["2024-05-08"]


_NEWS = "Kenya and Ethiopia signed seven trade accords in Addis Ababa on Tuesday. "


@pytest.mark.parametrize(
    "reaction",
    [
        "Somalia criticized the accords as a threat to its ports.",
        "Uganda, the largest coffee grower of the region, voiced support for the accords.",
        "The United States praised the two governments for the deal.",
    ],
)
def test_a_past_reaction_is_of_the_news_s_day(tmp_path: Path, reaction: str) -> None:
    """A reaction told in the simple past after a lede that writes the one day of its news
    is of that day, not the page's."""
    assert _statement_dates(tmp_path, _NEWS + reaction) == ["2024-05-07"], reaction


def test_a_reaction_to_a_planned_act_is_not_of_its_day(tmp_path: Path) -> None:
    body = (
        "Kenyan President William Ruto will visit Addis Ababa on Saturday to sign seven trade "
        "accords. Somalia criticized the planned accords as a threat to its ports."
    )
    assert "2024-05-11" not in _statement_dates(tmp_path, body)


def test_a_reaction_after_an_undated_lede_is_the_page_s(tmp_path: Path) -> None:
    body = (
        "Kenya and Ethiopia have signed seven trade accords in Addis Ababa. Somalia "
        "criticized the accords as a threat to its ports."
    )
    assert _statement_dates(tmp_path, body) == ["2024-05-09"]
