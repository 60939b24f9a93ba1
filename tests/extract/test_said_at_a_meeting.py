"""A gathering or contact told as the occasion of a saying, its sentence writing no day
("Xi said during his talks with the President of the DRC"), takes the day of the news
(issue #12, failure class 4, dates; docs/extraction.md, fifty-third pass).

Articles of the tuning sets, cut (their set and article named).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def test_talks_a_saying_was_made_during_take_the_news_day(tmp_path: Path) -> None:
    # test-r, china-africa_11 (published 2023-05-26): the lede's "on Friday"
    body = (
        "BEIJING, May 26 (Xinhua) — The presidents of China and the Democratic Republic of the "
        "Congo (DRC) on Friday announced the elevation of bilateral relations to a "
        "comprehensive strategic cooperative partnership.\n\n"
        "China and the DRC are strategic partners with deep traditional friendship, Chinese "
        "President Xi Jinping said during his talks with the President of the DRC visiting "
        "Beijing, Félix-Antoine Tshisekedi Tshilombo."
    )
    assert ("2023-05-26", {"CD", "CN"}) in dated_sides(tmp_path, body, "2023-05-26", "meeting")


def test_a_meeting_a_minister_was_speaking_at(tmp_path: Path) -> None:
    # test-v, russia-china_19 (published 2024-05-20)
    body = (
        "BEIJING, May 20 (Reuters) - China and Russia should increase mutual support, "
        "Chinese Foreign Minister Wang Yi told his Russian counterpart on Monday.\n\n"
        "Wang was speaking at a meeting with Sergei Lavrov in Kazakhstan's capital Astana, "
        "China's foreign ministry said in a statement."
    )
    found = dated_sides(tmp_path, body, "2024-05-20", "meeting")
    assert any(day == "2024-05-20" and {"CN", "RU"} <= sides for day, sides in found), found


def test_a_saying_at_a_meeting_the_sentence_dates_keeps_that_day(tmp_path: Path) -> None:
    body = (
        "Russia and Zimbabwe will expand their trade, the Kremlin said on Thursday.\n\n"
        "Putin said at a meeting with Zimbabwean President Emmerson Mnangagwa in March 2022 "
        "that the two countries were allies."
    )
    found = dated_sides(tmp_path, body, "2023-07-27", "meeting")
    assert ("2023-07-27", {"RU", "ZW"}) not in found, found
