"""A headline that is the title of a joint statement, a declaration or a communiqué is the
statement the page is (:mod:`timeline.extract.page_statements`; issue #12, failure class 3;
docs/extraction.md, fiftieth pass). Headlines of the tuning sets (their set and article
named) and of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import Event

from .conftest import document_events


def _statements(tmp_path: Path, headline: str, published: str, body: str) -> list[Event]:
    text = f"{headline}\ndate {published}\n\n{body}\n"
    found = document_events(tmp_path, text)
    # the statements the headline is quoted for (a headline's act, "Estonia and Latvia sign
    # ...", is :mod:`timeline.extract.page_acts`'s: tests/extract/test_page_acts.py)
    return [
        e
        for e in found
        if e.kind.value == "statement" and any(source.quote == headline for source in e.sources)
    ]


def _one(tmp_path: Path, headline: str, published: str, body: str) -> tuple[str, set[str]]:
    (found,) = _statements(tmp_path, headline, published, body)
    assert found.kind.value == "statement"
    return found.date.value, {*found.countries, *found.organizations}


def test_a_joint_statement_by_named_ministers_is_theirs_of_the_page_day(tmp_path: Path) -> None:
    # test-e, baltic_01
    headline = "Joint Statement by the Foreign Ministers of Estonia, Latvia, Lithuania and Germany"
    body = "The ministers discussed security in the region and their cooperation."
    assert _one(tmp_path, headline, "2016-09-13", body) == (
        "2016-09-13",
        {"EE", "LV", "LT", "DE"},
    )


def test_a_communique_of_a_meeting_is_dated_by_its_last_day(tmp_path: Path) -> None:
    # test-y, caribbean_21: the page is of the day after the meeting
    headline = (
        "Communiqué issued at the conclusion of the Fortieth Regular Meeting of the Conference "
        "of Heads of Government of the Caribbean Community, Gros Islet, Saint Lucia, 3-5 July "
        "2019"
    )
    body = "The heads of government reviewed the region's economy."
    value, sides = _one(tmp_path, headline, "2019-07-06", body)
    assert value == "2019-07-05" and "CARICOM" in sides


def test_a_page_of_a_day_the_title_holds_is_dated_by_that_day(tmp_path: Path) -> None:
    # test-y, central-europe_21
    headline = (
        "Joint Statement of the Fifth Summit of the Three Seas Initiative (Tallinn, 19-20 "
        "October 2020)"
    )
    body = "The participating states reaffirmed their commitment to connectivity."
    value, sides = _one(tmp_path, headline, "2020-10-19", body)
    assert value == "2020-10-19" and "TSI" in sides


def test_a_communique_without_a_day_takes_the_summit_it_closes(tmp_path: Path) -> None:
    headline = "Communiqué of the 13th Ordinary Summit of IGAD Heads of State and Government"
    body = (
        "The 13th Ordinary Summit of the IGAD Heads of State and Government was held on 29 "
        "November 2019 in Addis Ababa, Ethiopia."
    )
    value, sides = _one(tmp_path, headline, "2019-11-30", body)
    assert value == "2019-11-29" and "IGAD" in sides


def test_a_title_ending_with_the_statement_names_its_sides_before(tmp_path: Path) -> None:
    body = "The leaders of Japan and the European Union held their annual summit in Tokyo."
    value, sides = _one(tmp_path, "Japan-EU Summit Joint Statement", "2015-05-29", body)
    assert value == "2015-05-29" and {"JP", "EU"} <= sides


def test_the_issuers_are_named_before_what_the_statement_is_about(tmp_path: Path) -> None:
    # test-f, us-africa: the press secretary's statement is not Angola's
    headline = (
        "Statement From Press Secretary Karine Jean-Pierre On The Visit Of President João "
        "Manuel Gonçalves Lourenço Of Angola"
    )
    body = "The President will welcome President Lourenço of Angola to the White House."
    assert _statements(tmp_path, headline, "2023-11-27", body) == []


@pytest.mark.parametrize(
    "headline",
    [
        # news about a statement, not the statement
        "Joint communiqué proof of ASEAN's unity: Retno",
        # no side named
        "Joint Statement",
        # a readout reports a call, which is the event
        "Readout: Prime Minister Carney speaks with President of Mexico Claudia Sheinbaum",
        # a headline of news
        "Estonia and Latvia sign a joint statement on defence",
    ],
)
def test_headlines_that_are_no_statement_title_add_none(tmp_path: Path, headline: str) -> None:
    body = "The two sides met in Tallinn on Monday and discussed their cooperation."
    assert _statements(tmp_path, headline, "2024-03-05", body) == []


def test_a_statement_the_document_holds_already_is_not_added_again(tmp_path: Path) -> None:
    headline = "Joint Statement of the Presidents of Estonia, Latvia and Lithuania"
    body = (
        "The Presidents of Estonia, Latvia and Lithuania issued a joint statement on Friday "
        "on defence cooperation."
    )
    assert _statements(tmp_path, headline, "2024-12-06", body) == []
