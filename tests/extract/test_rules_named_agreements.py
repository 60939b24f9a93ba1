"""An agreement named with its date before its noun: "the 2015 nuclear deal", "a 1904 treaty",
"the November 27 maritime border agreement" (rule ``agreement-dated-before``, thirty-third
pass). The gold of the tuning sets writes each as the text's signing, dated by that date
(test-f's "its 2011 protocol", test-q's "a 1904 treaty", wn dev's "the November 27 maritime
border agreement"); before the rule no trigger read them, and a year that names a text was
dropped from every event's dating.

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.triggers import find_triggers
from timeline.model import EventKind

from .conftest import article_events as events


def _signings(tmp_path: Path, body: str, published: str) -> list[tuple[str, set[str]]]:
    return [
        (e.date.value, {p.id for p in e.participants if p.type.value == "country"})
        for e in events(tmp_path, body, published)
        if e.kind is EventKind.signing
    ]


def test_a_year_before_the_noun_dates_the_signing(tmp_path: Path) -> None:
    body = "Bolivia surrendered most of its former coastline to Chile in a 1904 treaty."
    assert _signings(tmp_path, body, "2018-10-01") == [("1904", {"BO", "CL"})]


def test_a_year_that_names_the_text_dates_its_signing(tmp_path: Path) -> None:
    """After "the" the year is the text's name: it dates no other event, but its signing."""
    body = "Iran and the United States are bound by the 2015 nuclear agreement."
    assert _signings(tmp_path, body, "2020-01-26") == [("2015", {"IR", "US"})]


def test_a_day_before_the_noun_is_the_signings_not_the_statements(tmp_path: Path) -> None:
    body = (
        "Egypt, France, Greece and Cyprus denounced the November 27 maritime border agreement "
        "between Turkey and Libya."
    )
    found = events(tmp_path, body, "2020-01-11")
    signing = [e for e in found if e.kind is EventKind.signing]
    assert [e.date.value for e in signing] == ["2019-11-27"]
    assert {"TR", "LY"} <= {p.id for p in signing[0].participants}
    # the denouncing is of the page's day, not of the agreement's
    assert "2019-11-27" not in {e.date.value for e in found if e.kind is EventKind.statement}


def test_the_title_drops_the_day_with_its_month(tmp_path: Path) -> None:
    body = "Ethiopia and Eritrea are bound by the July 9 agreement."
    (signing,) = [e for e in events(tmp_path, body, "2020-07-26") if e.kind is EventKind.signing]
    assert signing.date.value == "2020-07-09"
    assert signing.title == "Ethiopia and Eritrea sign agreement"


def test_a_business_agreement_is_no_signing_of_states(tmp_path: Path) -> None:
    body = "The club broke its 2019 sponsorship agreement with a tyre maker on Monday."
    assert _signings(tmp_path, body, "2021-05-04") == []


def test_another_rules_match_wins_the_span() -> None:
    """Last of all the rules: "scrapped the 1991 accord" is the accord's ending."""
    text = "Pyongyang scrapped the 1991 non-aggression accord with Seoul."
    names = {t.name for t, _, _ in find_triggers(text, 0, len(text))}
    assert "agreement-ended" in names
    assert "agreement-dated-before" not in names


def test_no_conjunction_between_the_date_and_the_noun() -> None:
    text = "The 2015 elections and the agreement were discussed."
    names = {t.name for t, _, _ in find_triggers(text, 0, len(text))}
    assert "agreement-dated-before" not in names


# Review33 finding 6: a year that names an event or a competition, or a target's year after
# the publication, is no signing's date.


def test_a_competitions_year_dates_no_signing(tmp_path: Path) -> None:
    for body in (
        "Critics in Moscow attacked the 2018 World Cup deal between Russia and FIFA.",
        "The 2022 Qatar World Cup deal between FIFA and the broadcaster was worth billions.",
        "Japan and the IOC stood by the 2020 Olympics agreement.",
        "The May 2019 Premier League deal between Sky and BT was renewed.",
    ):
        assert _signings(tmp_path, body, "2019-03-20") == [], body


def test_a_targets_year_after_the_publication_dates_no_signing(tmp_path: Path) -> None:
    for body in (
        "Germany wants a 2050 climate deal with France.",
        "The EU wants member states to meet a 2030 climate agreement target.",
        "India and Japan discussed a 2025 trade agreement on Monday.",
    ):
        assert _signings(tmp_path, body, "2019-03-20") == [], body


def test_a_year_of_the_past_still_dates_its_signing(tmp_path: Path) -> None:
    body = "Germany and France are bound by their 2019 defence agreement."
    assert _signings(tmp_path, body, "2019-12-02") == [("2019", {"DE", "FR"})]


@pytest.mark.parametrize(
    "body",
    [
        "The ministers on Friday discussed the 2018 agreement signed by Ethiopia and Eritrea.",
        "On Tuesday, Armenia and Azerbaijan discussed the 2020 ceasefire agreement signed with "
        "Russian mediation.",
        "The two ministers on Monday reviewed the 1994 peace treaty signed by Jordan and Israel.",
    ],
)
def test_the_participle_after_a_dated_agreement_is_its_one_signing(
    tmp_path: Path, body: str
) -> None:
    """ "the 2018 agreement signed by ..." tells one signing, of 2018: the participle is no
    second signing dated by the sentence's day (forty-second pass)."""
    days = [day for day, _ in _signings(tmp_path, body, "2024-11-06")]
    assert len(days) == 1 and len(days[0]) == 4
