"""An act that closed a gathering takes its last day, not the whole range the discourse
gives it (timeline.extract.dating.Dating._inferred): "Concluding the forum, Laos handed
over the chairmanship" on the last of the forum's three days.

The sentences are those of test-h's asean_15 (published on 2016-09-08) and test-j's
central-asia_11 (published on 2023-12-23), tuning articles; the last test changes one
word of the first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event, EventKind

from .conftest import article_events as _events

FORUM = (
    "VIENTIANE, September 8. /TASS/. The Association of Southeast Asian Nations (ASEAN) will "
    "continue to maintain its leading role in solving urgent problems of the region, current "
    "Chairman of ASEAN, Prime Minister of Laos Thongloun Sisoulith said on Thursday, closing "
    "the Association's three-day forum that took place in Vientiane, held from 6 to 8 "
    "September 2016.\n\n"
    "{how} the forum, Laos handed over the chairmanship of the Association to the Philippines."
)

BORDER = (
    "Topographic working groups from Kyrgyzstan and Tajikistan reached an agreement on "
    "delineating approximately 12 kilometers of the Kyrgyz-Tajik border during a meeting held "
    "in Buston from December 17 to 23, Sputnik Kyrgyzstan reported. The recent meeting "
    "concluded with the signing of a protocol outlining the agreed-upon border sections."
)


def _told(found: list[Event], kind: EventKind, quote: str) -> list[str]:
    return [
        e.date.value
        for e in found
        if e.kind is kind and any(s.quote.startswith(quote) for s in e.sources)
    ]


def test_the_act_that_closed_the_forum_takes_its_last_day(tmp_path: Path) -> None:
    found = _events(tmp_path, FORUM.format(how="Concluding"), "2016-09-08")
    assert _told(found, EventKind.other, "Concluding the forum") == ["2016-09-08"]


def test_a_meeting_concluded_with_a_signing_dates_it_on_its_last_day(tmp_path: Path) -> None:
    found = _events(tmp_path, BORDER, "2023-12-23")
    assert _told(found, EventKind.signing, "The recent meeting concluded") == ["2023-12-23"]


def test_an_act_during_the_forum_keeps_its_days(tmp_path: Path) -> None:
    found = _events(tmp_path, FORUM.format(how="During"), "2016-09-08")
    assert _told(found, EventKind.other, "During the forum") == ["2016-09-06/2016-09-08"]


ASTANA = "The Shanghai Cooperation Organisation held its summit in Astana on 3-4 July 2024. {act}"


@pytest.mark.parametrize(
    "act",
    [
        # the review's sentences: "concluded" tells the summit (a relative clause), or an
        # act told after the signing, not that the signing closed it
        "At the summit, which concluded in Astana, Kazakhstan and China signed an agreement "
        "on visa-free travel.",
        "At the summit, which concluded with a declaration, Kazakhstan and China signed an "
        "agreement on visa-free travel.",
        "At the summit, Kazakhstan and China signed an agreement on visa-free travel and "
        "concluded talks on trade.",
    ],
)
def test_a_closing_word_elsewhere_in_the_clause_keeps_the_days(tmp_path: Path, act: str) -> None:
    found = _events(tmp_path, ASTANA.format(act=act), "2024-07-05")
    assert _told(found, EventKind.signing, "At the summit") == ["2024-07-03/2024-07-04"]


def test_the_gathering_the_close_names_keeps_its_days(tmp_path: Path) -> None:
    act = "At the conclusion of the summit, Kazakhstan and China signed an agreement."
    found = _events(tmp_path, ASTANA.format(act=act), "2024-07-05")
    assert _told(found, EventKind.signing, "At the conclusion") == ["2024-07-04"]
    assert _told(found, EventKind.summit, "The Shanghai") == ["2024-07-03/2024-07-04"]
