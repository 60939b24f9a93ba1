"""The news of an organization (issue #12): an undated act of an organization takes the
day of that organization's news the article reports; real dev sentences
(docs/history/extraction-log.md, "Fourth pass") that the code before left undated, so lost.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import Event

from .conftest import article_events as events


def of_kind(found: list[Event], kind: str) -> list[Event]:
    return [e for e in found if e.kind.value == kind]


SCO = (
    "SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) -- Leaders of the Shanghai Cooperation "
    "Organization (SCO) member states on Friday signed and released here the Samarkand "
    "declaration of the Council of Heads of State of the SCO. The 22nd meeting of the Council "
    "of Heads of State of the SCO also released a number of statements and documents on "
    "safeguarding global food security."
)


def test_an_undated_summit_of_the_organization_is_on_the_day_of_its_news(tmp_path: Path) -> None:
    found = events(tmp_path, SCO, "2022-09-16")
    (summit,) = of_kind(found, "summit")
    assert summit.date.value == "2022-09-16" and "SCO" in summit.organizations
    assert any(e.date.value == "2022-09-16" for e in of_kind(found, "statement"))


def test_an_undated_handover_is_on_the_day_of_the_summit(tmp_path: Path) -> None:
    body = (
        "The 38th Ordinary Summit of Heads of State and Government of the African Union (AU) has "
        "officially commenced in Addis Ababa, Ethiopia. One of the key moments of the opening "
        "session was the announcement of the Bureau of the Assembly. Mauritania’s President "
        "Ghazouani handed over the AU chairmanship to Angola’s President João Manuel Gonçalves "
        "Lourenço, who gave an acceptance speech."
    )
    (handover,) = of_kind(events(tmp_path, body, "2025-02-15"), "other")
    assert handover.date.value == "2025-02-15"
    assert {"AO", "AFU"} <= set(handover.countries) | set(handover.organizations)


def test_news_of_more_than_a_week_before_dates_nothing(tmp_path: Path) -> None:
    older = SCO.replace("Sept. 16 (Xinhua) -- ", "").replace("on Friday", "on September 2")
    found = events(tmp_path, older, "2022-09-16")
    assert not of_kind(found, "summit")
    assert of_kind(events(tmp_path, older, "2022-09-08"), "summit")


def test_a_time_offset_before_after_is_not_the_day_of_the_event_before(tmp_path: Path) -> None:
    body = (
        "On Tuesday, 33 countries of the Community of Latin American and Caribbean States (CELAC) "
        'signed the "Buenos Aires Declaration." The 7th CELAC Summit also ended with unanimous '
        "applause in the presence of President Lula da Silva, who brought Brazil back to that "
        "regional forum three weeks after assuming the presidency of his country."
    )
    found = events(tmp_path, body, "2023-01-25")
    (summit,) = of_kind(found, "summit")
    assert summit.date.value == "2023-01-24" and "CELAC" in summit.organizations
    assert not [e for e in of_kind(found, "other") if "BR" in e.countries]
