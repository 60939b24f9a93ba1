"""An act told as someone's recent one takes no date from the scene (issue #12,
sixty-fifth pass).

"Speaking at the summit, Bahrain's King Hamad bin Issa ... hailed the Saudi Crown Prince's
recent tour of the Gulf" (the GCC summit of 2021-12-14) was a visit of the summit's day;
"announced during a recent meeting in Thailand" (the fifty-nine's test-aj) a meeting of
the article's month.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events

_GCC = (
    "Saudi Arabia's Crown Prince Mohammed bin Salman on Tuesday spoke of the kingdom's "
    "concerns as Gulf leaders gathered in Riyadh for the GCC summit.\n\n"
    "Speaking at the summit, Bahrain's King Hamad bin Issa and Crown Prince Salman bin Hamad "
    "hailed the Saudi Crown Prince's recent tour of the Gulf, which sought to enhance "
    "co-ordination between GCC states."
)


def test_a_possessors_recent_tour_is_no_visit_of_the_summits_day(tmp_path: Path) -> None:
    found = events(tmp_path, _GCC, "2021-12-14")
    assert [e.kind.value for e in found] == ["summit"]


def test_the_recent_summit_still_refers_to_the_articles_summit(tmp_path: Path) -> None:
    body = (
        "The SCO summit was held in Astana on June 8-9.\n\n"
        "Allow me to bring to your attention the results of the recent summit, which was a "
        "historic event."
    )
    summits = [e for e in events(tmp_path, body, "2017-06-20") if e.kind.value == "summit"]
    assert [s.date.value for s in summits] == ["2017-06-08/2017-06-09"]
