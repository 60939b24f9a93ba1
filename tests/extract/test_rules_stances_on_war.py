"""A war told as the object of a stance, and an invasion told by its invader alone
(seventy-third pass, Wikinews dev's spurious conflicts).

A war opposed, limited or doubted is an opinion on the war: the sentence's date is the
stance's, and neither the conflict rules nor the event detector read an event there
(:func:`timeline.extract.topics.no_stance_before`, ``stance_before`` of
``data/fighting_words.yaml``). An invasion whose invader alone is named right before it
("the US-led invasion in 2003") is of the country the story named nearest before
(:func:`timeline.extract.actors.invaded_untold`). Real sentences of English news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, dated_sides


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "In response to being questioned about their toughest decisions in life, Obama "
            "answered that deciding to oppose the Iraq War in 2002 was his toughest, while "
            "McCain cited his refusal to leave his men behind in a POW camp in Vietnam when "
            "given the chance.",
            "2008-08-18",
        ),
        (
            "Last year, Professor Sands reported on doubts about the legality of the invasion in "
            "Iraq voiced by government lawyers, which eventually forced the British government "
            "to publish the full legal advice given to them by the attorney general.",
            "2006-02-03",
        ),
    ],
)
def test_a_stance_on_a_war_is_no_event(tmp_path: Path, body: str, published: str) -> None:
    assert article_events(tmp_path, body, published) == []


def test_limits_set_on_a_war_are_no_conflict_of_the_day(tmp_path: Path) -> None:
    body = (
        "The Senate Judiciary Committee began the groundwork today in order to block President "
        "Bush's plan to send 21,500 more US troops to Iraq, or set limits on the war."
    )
    assert dated_sides(tmp_path, body, "2007-01-30", "conflict") == []


def test_a_war_fought_stays_a_conflict(tmp_path: Path) -> None:
    body = "Russia launched its invasion of Ukraine on February 24, 2022."
    assert dated_sides(tmp_path, body, "2023-03-20", "conflict") == [("2022-02-24", {"RU", "UA"})]


def test_an_invasion_told_by_its_invader_alone_is_of_the_country_named_before(
    tmp_path: Path,
) -> None:
    body = (
        'According to the release report, Iraq sank into a "vortex of sectarian violence in '
        '2005." A 2004 Lancet study estimates that 100,000 excess deaths have occurred with '
        "roughly three times as many injured since the US-led invasion in 2003."
    )
    assert dated_sides(tmp_path, body, "2006-05-26", "conflict") == [("2003", {"IQ", "US"})]
