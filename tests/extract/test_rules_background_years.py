"""Years that date no event of the sentence: a "since" clause's, and a document's name's.

"the first South Korean leader to make such a trip since the two nations established
diplomatic ties in 1961": 1961 dates the establishment of ties, not the trip (the
"since" clause is a clause of its own whatever its subject, and its act hosts no
event outside it). "the 1974 Land Boundary Agreement": 1974 names the text whose
ratification the sentence tells, it does not date the ratification. The sentences
are those of articles of the tuning sets (test-f, test-h, test-i, test-j, test-k),
cut to what the rule reads.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def test_a_since_clause_with_a_subject_dates_no_visit_outside_it(tmp_path: Path) -> None:
    body = (
        "Egyptian President Abdel Fattah al-Sisi arrived in Baghdad on Sunday for a tripartite "
        "summit with Iraq and Jordan. Sisi is the first Egyptian president to visit Baghdad "
        "since Iraqi dictator Saddam Hussein's troops invaded Kuwait in 1990."
    )
    found = article_events(tmp_path, body, "2021-06-27")
    # 1990 dates only the invasion the "since" clause tells (rule `invasion`, thirtieth
    # pass: a conflict of its own, as the tuning set's gold writes it), no visit
    assert not [e for e in found if e.date.value == "1990" and e.kind is not EventKind.conflict]
    assert "2021-06-27" in {e.date.value for e in found if e.kind is EventKind.visit}


def test_a_since_clause_with_a_pronoun_as_subject(tmp_path: Path) -> None:
    body = (
        "On Tuesday, Kuwait's Crown Prince, Sheikh Mishal Al Ahmed Al Sabah, travelled to "
        "Riyadh. This is the first time Sheikh Mishal visits Saudi Arabia on an official visit "
        "since he was appointed the position back in earlier October."
    )
    visits = [e for e in article_events(tmp_path, body, "2021-06-01") if e.kind is EventKind.visit]
    assert [v.date.value for v in visits] == ["2021-06-01"]


def test_the_act_of_a_since_clause_hosts_no_trip_before_it(tmp_path: Path) -> None:
    body = (
        "President Yoon Suk Yeol will embark for four-day state visit to the Netherlands from "
        "Monday to become the first South Korean leader to make such a trip since the two "
        "nations established diplomatic ties in 1961."
    )
    found = article_events(tmp_path, body, "2023-12-10")
    assert not [e for e in found if e.kind is EventKind.visit and e.date.value == "1961"]
    # the establishment of ties keeps its own year
    assert [e.date.value for e in found if e.kind is EventKind.other] == ["1961"]


def test_a_since_with_a_date_or_a_gerund_is_unchanged(tmp_path: Path) -> None:
    body = (
        "Venezuela and Colombia restored full diplomatic relations on Sunday, exchanging "
        "ambassadors for the first time since 2019."
    )
    found = article_events(tmp_path, body, "2022-08-29")
    assert "2022-08-28" in {e.date.value for e in found if e.kind is EventKind.other}
    assert "2019" not in {e.date.value for e in found}


def test_the_year_in_a_treatys_name_does_not_date_its_ratification(tmp_path: Path) -> None:
    body = (
        "Prime Minister Narendra Modi arrived in Dhaka on Saturday. Though the Teesta water "
        "pact was off the table during the visit, the two sides exchanged instruments of "
        "ratification of the 1974 Land Boundary Agreement and its 2011 protocol in Banerjee's "
        "presence."
    )
    found = article_events(tmp_path, body, "2015-06-07")
    # the years name the texts: they date the texts' own signings (rule
    # agreement-dated-before, as the gold of this article writes them), nothing else
    assert {e.kind for e in found if e.date.value in ("1974", "2011")} <= {EventKind.signing}
    ratification = [e for e in found if e.kind is EventKind.ratification]
    assert [r.date.value for r in ratification] == ["2015-06-06"]


def test_the_year_in_a_deals_name_does_not_date_the_talks(tmp_path: Path) -> None:
    body = (
        "In 2013, Oman hosted the secret talks between Iran and the U.S. that later led to the "
        "2015 nuclear deal between Iran and world powers."
    )
    found = article_events(tmp_path, body, "2021-01-11")
    assert [e.date.value for e in found if e.kind is EventKind.meeting] == ["2013"]


def test_a_year_that_dates_a_signing_is_kept(tmp_path: Path) -> None:
    # no determiner before the year: the date of the act, not a name
    body = "Uzbekistan and Kazakhstan signed a treaty on allied relations in 2021 in Tashkent."
    found = article_events(tmp_path, body, "2024-05-21")
    assert [e.date.value for e in found if e.kind is EventKind.signing] == ["2021"]


def test_the_last_of_a_series_is_no_antecedent_of_the_news(tmp_path: Path) -> None:
    # test-z, sco-brics_24 (published 2022-09-23), cut: "after the meeting" is Wednesday's,
    # the news's, not "the last ... meeting" of 2018 told as background (fifty-third pass)
    body = (
        "At their tenth trilateral ministerial commission meeting on Wednesday, India, Brazil "
        "and South Africa agreed to step up south-south cooperation.\n\n"
        "On Wednesday, external affairs minister S Jaishankar hosted his Brazilian "
        "counterpart, Carlos Alberto Franco Franca. The last IBSA trilateral commission "
        "meeting was held in 2018 on the margins of the United Nations General Assembly in "
        "New York too.\n\n"
        "In a communique issued after the meeting, the three countries reiterated the need "
        "for IBSA to leverage its unique identity."
    )
    statements = {
        e.date.value
        for e in article_events(tmp_path, body, "2022-09-23")
        if e.kind is EventKind.statement
    }
    assert statements == {"2022-09-21"}, statements
