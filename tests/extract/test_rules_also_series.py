"""An undated contact or gathering told with "also" right before its verb goes on with the
one the article told last: it takes that act's day ("The Prime Minister also met with the
leaders of Algeria, Morocco, Tunisia and Estonia" after the talks of the day on the sidelines
of the AU summit; fifty-ninth pass). Not when its sentence puts it at a time of its own
("has also visited Eritrea recently": ``series_breaks`` of ``data/anchoring_words.yaml``).

Sentences of the tuning sets (test-t, african-union_20; test-u, horn-of-africa_18), the
article shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, dated_sides

_LEDE = (
    "Prime Minister Abiy Ahmed today held talks with presidents of different African "
    "countries on the sidelines of the 32nd African Union summit. He conferred with "
    "President of Botswana Mokgweetsi Masisi and President of Djibouti Ismail Omar Guelleh. "
    "The discussion was mainly focused on bilateral, continental and other related issues. "
)


def test_an_also_meeting_takes_the_day_of_the_talks_told_before(tmp_path: Path) -> None:
    body = _LEDE + (
        "The Prime Minister also met with the leaders of Algeria, Morocco, Tunisia and "
        "Estonia to discuss various issues of mutual interest."
    )
    found = dated_sides(tmp_path, body, "2019-02-11", "meeting")
    # one meeting per listed leader (counterparts.py, sixty-eighth pass), each of that day
    for state in ("DZ", "MA", "TN", "EE"):
        assert any(date == "2019-02-11" and state in sides for date, sides in found), found


@pytest.mark.parametrize(
    ("last", "dated"),
    [
        ("Somali President Mohamed Abdullahi Farmajo also visited Eritrea.", True),
        ("Somali President Mohamed Abdullahi Farmajo has also visited Eritrea recently.", False),
        ("Earlier, Somali President Mohamed Abdullahi Farmajo also visited Eritrea.", False),
    ],
)
def test_an_also_act_at_a_time_of_its_own_takes_no_day_of_the_series(
    tmp_path: Path, last: str, dated: bool
) -> None:
    found = dated_sides(tmp_path, _LEDE + last, "2019-02-11", "visit")
    assert (("2019-02-11", {"SO", "ER"}) in found) is dated, found


#: test-u, brazil_14 (shortened): the meetings of Monday, a plan told in between (seventy-second
#: pass).
_MONDAY = (
    "President Luiz Inácio Lula da Silva spent this Monday (2nd) receiving heads of state and "
    "government. The meetings took place at the Itamaraty Palace throughout the day. "
    "“On the 23rd of January we will meet in Argentina to advance with concrete actions, "
    "and on the 24th we will meet with Celac”, posted Fernández on social media. "
)


@pytest.mark.parametrize(
    ("last", "state"),
    [
        ("Another meeting was with Chilean President Gabriel Boric.", "CL"),
        ("Lula also met with Colombian President Gustavo Petro.", "CO"),
    ],
)
def test_a_past_act_of_the_series_goes_on_with_the_past_occasion_not_a_plan_between(
    tmp_path: Path, last: str, state: str
) -> None:
    found = dated_sides(tmp_path, _MONDAY + last, "2023-01-03", "meeting")
    assert any(date == "2023-01-02" and state in sides for date, sides in found), found


def test_an_also_signing_takes_the_day_of_the_signing_told_before(tmp_path: Path) -> None:
    # test-d, central-asia_03 (shortened)
    body = (
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon have signed a border "
        "treaty, an Interfax correspondent reported on Thursday. "
        "The leaders also signed a joint statement."
    )
    told = _dated_quotes(tmp_path, body, "2025-03-14", "signing")
    assert any(date == "2025-03-13" and "joint statement" in quote for date, quote in told), told


def test_an_also_act_after_an_undated_occasion_takes_the_day_the_story_told_since(
    tmp_path: Path,
) -> None:
    # test-as, west-africa_46 (shortened): the lede's visit writes no day, the arrival does
    body = (
        "President George Manneh Weah has received in audience the newly elected President of "
        "the Republic of Sierra Leone, Julius Maada Bio on a one-day working visit to Liberia.\n\n"
        "President Maada Bio used his visit to extend an official invitation to the Liberian "
        "leader to attend his inauguration scheduled for Saturday, May 12, 2018 in Freetown.\n\n"
        "President Maada Bio and delegation arrived on Tuesday, May 8, 2018 at the Roberts "
        "International Airport.\n\n"
        "Both Presidents Weah and Maada Bio also held discussions on the ties between the two "
        "Mano River Union (MRU) countries."
    )
    told = _dated_quotes(tmp_path, body, "2018-05-09", "meeting")
    assert any(date == "2018-05-08" and "also held" in quote for date, quote in told), told


def test_an_also_act_with_no_occasion_told_takes_the_day_the_story_told(tmp_path: Path) -> None:
    # test-v, caucasus_22 (shortened)
    body = (
        "On March 15, Baku hosted the tripartite foreign Ministerial between Azerbaijan, "
        "Georgia and Turkey. Turkish and Azerbaijani sides congratulated Georgia on the EU "
        "candidacy. "
        "Georgian Foreign Minister Ilia Darchiashvili also held bilateral meetings with his "
        "Azerbaijani and Turkish counterparts."
    )
    told = _dated_quotes(tmp_path, body, "2024-03-16", "meeting")
    assert any(date == "2024-03-15" and "also held" in quote for date, quote in told), told


@pytest.mark.parametrize(
    "last",
    [
        "Afterwards, Lula met with the president of Cuba, Miguel Díaz-Canel.",
        "Lula then met with the president of Cuba, Miguel Díaz-Canel.",
    ],
)
def test_the_next_step_of_the_story_goes_on_with_the_occasion_told_before(
    tmp_path: Path, last: str
) -> None:
    # a fresh report of 2023-01-25 (Agência Brasil; no set holds it), shortened
    body = (
        "President Luiz Inácio Lula da Silva held a series of bilateral meetings with heads of "
        "government, this Tuesday afternoon (24th), in Buenos Aires. The first bilateral "
        "meeting of the day, after speaking at the CELAC plenary, was with the Prime Minister "
        "of Barbados, Mia Mottley. " + last
    )
    found = dated_sides(tmp_path, body, "2023-01-25", "meeting")
    assert any(date == "2023-01-24" and "CU" in sides for date, sides in found), found


def _dated_quotes(folder: Path, body: str, published: str, kind: str) -> list[tuple[str, str]]:
    """The date and each quote of the events of ``kind`` found in the article (an act folded
    into another event of its day is one of its quotes)."""
    return [
        (e.date.value, source.quote)
        for e in article_events(folder, body, published)
        if e.kind.value == kind
        for source in e.sources
    ]
