"""A stay told going on, its clause writing no day ("who is on a two-day state visit to
Pakistan"), holds the page's day (:func:`timeline.extract.stays.told_going_on`; issue #12,
failure class 4, dates; docs/extraction.md, fifty-third pass).

Sentences of the tuning sets (their set and article named) and of our own.
"""

from __future__ import annotations

from pathlib import Path

from timeline.extract.stays import told_going_on

from .conftest import dated_sides


def test_a_visit_told_going_on_takes_the_pages_day(tmp_path: Path) -> None:
    # test-ag, gulf_30 (published 2019-06-22): the lede writes its own day, so the visit's
    # undated sentence was dropped, and the whole visit with it
    body = (
        "Three memoranda of understanding (MoU) were signed on Saturday between Qatar and "
        "Pakistan in trade and investment.\n\n"
        "The development follows the arrival of the Emir of Qatar Sheikh Tamim bin Hamad Al "
        "Thani who is on a two-day state visit to Pakistan on Prime Minister Imran Khan's "
        "invitation."
    )
    assert ("2019-06-22", {"PK", "QA"}) in dated_sides(tmp_path, body, "2019-06-22", "visit")


def test_a_guest_told_going_on_in_a_later_paragraph(tmp_path: Path) -> None:
    # test-ba, asean_57 (published 2023-04-08)
    body = (
        "Malaysia and Brunei look forward to the opening of the office, Prime Minister Anwar "
        "Ibrahim said on Saturday.\n\n"
        "Earlier, the Sultan of Brunei, who is on a three-day state visit to "
        "Malaysia, attended a meeting with Anwar at the Seri Perdana in Putrajaya."
    )
    assert ("2023-04-08", {"BN", "MY"}) in dated_sides(tmp_path, body, "2023-04-08", "visit")


def test_a_stay_told_in_the_past_is_not_the_pages() -> None:
    text = "The Emir, who was on a two-day state visit to Pakistan, met Khan."
    assert not told_going_on(text, 0, text.index("visit"))
    text = "The Emir is on record as backing a visit to Pakistan."
    assert not told_going_on(text, 0, text.index("visit"))
    text = "The Emir, who is now on his first official visit to Pakistan, met Khan."
    assert told_going_on(text, 0, text.index("visit"))
