"""An undated act of the news is no later than the day it was told.

"Tebboune announced Tuesday in Algiers the opening of the land borders", "signed an
agreement on fisheries, a spokesman said Wednesday": the news of the day told in an
undated lede (or in the present) takes the publication day (``Dating._discourse_date``),
but a day of the telling written in its sentence (:func:`.usable_dates.report_days`) that falls
before the publication day is the later bound of the act, and the closer one: wire copy
is published the day after the telling. The first sentence is test-az's, cut to what the
rule reads; the others are written for the test.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def test_the_day_of_the_announcement_dates_the_undated_act(tmp_path: Path) -> None:
    body = (
        "Algiers - President of the Republic, Abdelmadjid Tebboune, announced Tuesday in "
        "Algiers the opening of the land borders between Algeria and Niger."
    )
    found = article_events(tmp_path, body, "2021-07-14")  # a Wednesday
    assert [e.date.value for e in found] == ["2021-07-13"]


def test_a_spokesman_said_wednesday_in_wire_copy(tmp_path: Path) -> None:
    body = (
        "BEIJING (AP) _ China and Japan signed an agreement on fisheries, a Chinese Foreign "
        "Ministry spokesman said Wednesday."
    )
    found = article_events(tmp_path, body, "1998-03-12")  # a Thursday
    assert [e.date.value for e in found if e.kind is EventKind.signing] == ["1998-03-11"]


def test_told_on_the_page_s_own_day_it_is_the_page_s_day(tmp_path: Path) -> None:
    body = (
        "Mexico's president and Canada's prime minister discussed trade by phone, the "
        "Mexican government said on Friday."
    )
    found = article_events(tmp_path, body, "2025-05-16")  # a Friday
    assert [e.date.value for e in found if e.kind is EventKind.call] == ["2025-05-16"]


def test_a_day_the_sentence_writes_for_the_act_stays(tmp_path: Path) -> None:
    body = (
        "The foreign ministers of Kenya and Uganda met in Kampala on Monday, the Kenyan "
        "ministry said on Wednesday."
    )
    found = article_events(tmp_path, body, "2024-11-08")  # a Friday
    assert [e.date.value for e in found if e.kind is EventKind.meeting] == ["2024-11-04"]


def test_an_undated_sentence_after_the_lede_takes_its_day_of_the_telling(tmp_path: Path) -> None:
    body = (
        "France and Germany signed a defence pact on Monday. Kenyan Foreign Minister "
        "Musalia Mudavadi held talks with his Ugandan counterpart in Kampala, the ministry "
        "said Wednesday."
    )
    found = article_events(tmp_path, body, "2024-11-08")  # a Friday
    assert [e.date.value for e in found if e.kind is EventKind.meeting] == ["2024-11-06"]
