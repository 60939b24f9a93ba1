"""A summit named by a journey to it, a day or two before its own days, is that summit
(issue #12, sixty-seventh pass).

"Syrian President Bashar al-Assad arrived Thursday in the Saudi city of Jeddah ... to
attend the 32nd Arab League summit" beside "The summit is scheduled to start on Friday"
(dpa/GNA, 2023-05-18) gave two summits, one on the day of the journey; the fifty-nine held
five such pairs (Sochi, Moscow, Asmara, Warsaw, Astana). The journey's mention folds into
the summit told with its own days.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _summits(tmp_path: Path, body: str, published: str) -> list[str]:
    return sorted(
        e.date.value for e in events(tmp_path, body, published) if e.kind.value == "summit"
    )


def test_the_day_of_the_journey_is_not_a_second_summit(tmp_path: Path) -> None:
    body = (
        "Syrian President Bashar al-Assad arrived Thursday in the Saudi city of Jeddah to "
        "attend the 32nd Arab League summit.\n\n"
        "The Arab League summit is scheduled to start on Friday, with Syria taking part for "
        "the first time in over a decade."
    )
    assert _summits(tmp_path, body, "2023-05-18") == ["2023-05-19"]


def test_a_summit_that_began_the_day_before_is_not_folded(tmp_path: Path) -> None:
    """No journey: the summit's first day told apart stays (the gold of such a page
    lists the day's session as a meeting of its own)."""
    body = (
        "One of the biggest gatherings of world leaders, the 20th annual NATO summit which "
        "began on Wednesday continued today in Bucharest.\n\n"
        "NATO leaders begin negotiations in earnest over Afghanistan Thursday, after the "
        "opening day of their summit in Bucharest."
    )
    assert len(_summits(tmp_path, body, "2008-04-03")) == 2


def test_two_bilateral_summits_of_a_tour_stay_apart(tmp_path: Path) -> None:
    body = (
        "President Yoon Suk Yeol arrived in Ashgabat on Monday for a summit with President "
        "Serdar Berdimuhamedov of Turkmenistan.\n\n"
        "On Wednesday, 12 June, Yoon will hold a summit in Astana with Kazakh President "
        "Kassym-Jomart Tokayev."
    )
    assert len(_summits(tmp_path, body, "2024-06-10")) == 2
