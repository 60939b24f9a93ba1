"""Acts only a state or an intergovernmental body does to another, told by verbs that
business and sport copy use too (docs/history/extraction-log.md, "Twenty-eighth pass:
kinds"): a measure imposed or a text passed (``measures-imposed``, an adoption), an offensive begun
(``offensive``, a conflict), an envoy recalled or an ambassador accepted (``envoy``), a
measure lifted (``measures-lifted``), a ban (``ban``) and an agreement ended
(``agreement-ended``), the last four ``other``. Each is read only when a side acts in the
clause before the verb (:func:`timeline.extract.acting_sides.a_state_acts`); such sentences
had no trigger at all.

Sentences of our own, in the manner of older wire copy and of the tuning sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        (
            "measures-imposed",
            "Canada and Australia imposed a travel ban on the junta's leaders in 2021.",
        ),
        ("measures-imposed", "The European Union slapped an arms embargo on Belarus last year."),
        ("measures-imposed", "Brazil and Argentina passed a joint declaration on Friday."),
        ("offensive", "Israel launched a ground offensive into Gaza on Friday."),
        ("offensive", "Ethiopian troops began an incursion into Somalia in December 2006."),
        ("envoy", "Bahrain recalled its ambassador from Israel on Thursday."),
        ("envoy", "The Holy See has accepted Maria Lopez's appointment as ambassador."),
        # an appointment or a nomination accepted, approved or agreed to (review28 finding 5)
        ("envoy", "Portugal has approved Joao Silva's appointment as ambassador."),
        ("envoy", "Norway accepted Anna Berg's nomination as its new ambassador."),
        (
            "envoy",
            "Chile on Tuesday accepted the appointment of Tom Baker as the new British ambassador.",
        ),
        ("envoy", "Peru agreed to the appointment of Anna Weber as Germany's ambassador."),
        ("envoy", "Kenya approved the nomination of John Mwangi as its ambassador to Japan."),
        ("measures-lifted", "The African Union lifted its sanctions on Mali on Sunday."),
        ("measures-lifted", "Washington eased the embargo on Cuba in 2015."),
        ("ban", "France on Tuesday banned two Russian airlines from landing in the country."),
        ("ban", "The European Union bans Belarusian carriers from its airspace."),
        ("agreement-ended", "Pyongyang scrapped the 1991 non-aggression accord with Seoul."),
        ("agreement-ended", "Russia is withdrawing from the grain agreement with Ukraine."),
        # a company, an airline or an agreement named after the verb is the act's object, not
        # a body of the acting country (review29 finding 1)
        ("ban", "France banned Russian airline Aeroflot from landing in the country on Tuesday."),
        ("ban", "Canada banned Chinese company Huawei from its 5G networks in May."),
        ("agreement-ended", "Moldova scrapped its association agreement with Russia on Tuesday."),
        ("agreement-ended", "Georgia cancelled its association agreement with the EU."),
        # a country in the possessive with a side's word after it (review29 finding 8)
        ("agreement-ended", "Japan's foreign minister cancelled the agreement with Seoul."),
        ("agreement-ended", "Russia's defence ministry scrapped the accord with Kyiv on Friday."),
        # a state's ambassador named by its demonym or its code (review29 finding 7)
        ("envoy", "Mexico accepted the appointment of Ken Salazar as the new US ambassador."),
        ("envoy", "Brazil accepted the appointment of Joao Lima as ambassador of the US."),
        # an organization named without its name acts as the organization does (forty-sixth
        # pass): "the bloc", "the Council", "the 15 member council" after the organization is
        # named, as in Wikinews copy ("The 15 member council met last Tuesday (February 20),
        # and unanimously authorized Resolution 1744" after a headline naming the Council)
        (
            "measures-imposed",
            "UN Security Council backs mission\nThe 15 member council met on Tuesday, and "
            "unanimously authorized Resolution 1822 on Somalia.",
        ),
        (
            "measures-imposed",
            "ECOWAS leaders met in Abuja.\nOn Sunday the bloc slapped an arms embargo on Niger.",
        ),
        (
            "ban",
            "The European Union met in Brussels.\nThe Union on Tuesday banned two Russian "
            "airlines from its airspace.",
        ),
        (
            "measures-lifted",
            "The Southern African Development Community met in Harare.\nOn Friday the "
            "organization lifted its sanctions on Madagascar.",
        ),
    ],
)
def test_forms_of_a_state_act(rule: str, sentence: str) -> None:
    assert rule in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The league imposed a ban on the club's supporters on Monday.",
        "The company lifted the ban on overtime in March.",
        "The court on Tuesday banned the newspaper from publishing the photographs.",
        "The carmaker cancelled the supply agreement with its Chinese partner.",
        "The visiting team launched an offensive in the second half.",
        "Colleagues recalled the ambassador as a patient negotiator.",
        "Belarus must free its prisoners before Britain lifts its sanctions.",
        # A country named only as its team, its court or its federation (review28 finding 5).
        "Chile launched an offensive in the second half on Sunday but could not beat Peru.",
        "Pakistan started their innings on the offensive on Friday against New Zealand.",
        "Kenya's High Court on Tuesday imposed a ban on plastic bags in Nairobi.",
        "Italy's rugby federation on Friday imposed a ban on the winger for four games.",
        # an honorary ambassador, or a club's (review28 finding 5)
        "Japan approved the appointment of the actor as a goodwill ambassador for tourism.",
        "The club accepted Maria Lopez's appointment as ambassador for its youth academy.",
        # a football association is a sport's body (review29 finding 1)
        "England's football association banned the striker from three matches.",
        # a company named with its country's possessive (review29 finding 8)
        "Japan's Nissan cancelled its merger agreement with Honda in February.",
        "Brazil's Petrobras cancelled the supply agreement with Bolivia in March.",
        # an honorary ambassador: a word before it, a title after it (review29 finding 7)
        "Qatar approved the appointment of David Beckham as its ambassador for the World Cup.",
        "Japan approved the appointment of the actor as its tourism ambassador.",
        "Kenya approved the appointment of the sprinter as the brand ambassador of its board.",
        "Ghana appointed the singer as its ambassador for culture.",
        # a noun that names no organization (forty-sixth pass): none named before it, or a
        # body's own name the table does not list
        "Fans protested outside.\nThe council on Tuesday banned two clubs from the stadium.",
        "The city's Transport Council met.\nThe Council on Tuesday banned trucks from the centre.",
    ],
)
def test_a_company_a_club_or_a_court_acts_in_none(sentence: str) -> None:
    assert not trigger_names(sentence) & {
        "measures-imposed",
        "offensive",
        "envoy",
        "measures-lifted",
        "ban",
        "agreement-ended",
    }, trigger_names(sentence)


def _found(tmp_path: Path, body: str, published: str) -> list[tuple[str, str, set[str]]]:
    return [
        (e.kind.value, e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, published)
    ]


def test_an_offensive_begun_is_a_conflict_of_both_states(tmp_path: Path) -> None:
    body = "Israel launched a ground offensive into Lebanon on Monday, officials said."
    found = _found(tmp_path, body, "2024-10-03")
    assert ("conflict", "2024-09-30", {"IL", "LB"}) in [
        (k, d, s & {"IL", "LB"}) for k, d, s in found
    ], found


def test_a_ban_imposed_is_an_adoption(tmp_path: Path) -> None:
    body = "Canada and Australia imposed a travel ban on Myanmar's generals in 2021."
    found = _found(tmp_path, body, "2023-05-10")
    assert any(k == "adoption" and d == "2021" and {"CA", "MM"} <= s for k, d, s in found), found


def test_a_ban_is_an_act_of_the_state_that_bans(tmp_path: Path) -> None:
    body = "France on Tuesday banned two Russian airlines from landing in the country."
    found = _found(tmp_path, body, "2022-03-03")
    assert any(k == "other" and d == "2022-03-01" and {"FR", "RU"} <= s for k, d, s in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "North and South Korea remain at war despite an armistice in 1953.",
        "Both sides referred to the protocol of March 27, 2017 on the border.",
        "Khartoum never applied the peace treaty of 2006 in Darfur.",
        # states' agreements named by words of business too (review29 finding 3)
        "Britain and Albania implemented the prisoner transfer agreement of 2021 on Thursday.",
        "Russia and Ukraine extended the base lease agreement of 2010 for the fleet.",
        "Egypt and Israel kept the gas supply agreement of 2018 despite the war.",
    ],
)
def test_forms_of_an_agreement_named_with_its_date(sentence: str) -> None:
    assert "agreement-dated" in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They reached an agreement in principle on Monday.",
        "The agreement of both parties is needed.",
        "The treaty of friendship was praised.",
        "Kyrgyzstan ratified the treaty in 2008.",
        # a business's or a club's agreement (review28 finding 11)
        "The club ended the sponsorship agreement of 2019 with a Korean carmaker.",
        "Brazil's miners cancelled the supply contract and the licensing agreement of 2021.",
        "The team kept the kit accord of 2018 after the final match of the season.",
        "The airline renewed its codeshare agreement of 2015 with a Gulf carrier.",
    ],
)
def test_an_agreement_without_its_date_after_is_none(sentence: str) -> None:
    assert "agreement-dated" not in trigger_names(sentence), trigger_names(sentence)


def test_an_armistice_with_its_year_is_its_signing(tmp_path: Path) -> None:
    body = (
        "North Korea and South Korea remain technically at war despite an armistice in 1953, "
        "officials in Seoul said."
    )
    found = _found(tmp_path, body, "2009-01-30")
    assert any(k == "signing" and d == "1953" and {"KP", "KR"} <= s for k, d, s in found), found


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        # a half of a year, not of a game (review29 finding 2)
        ("offensive", "Russia launched an offensive in the first half of 2023."),
        ("offensive", "Ukraine began an incursion into Kursk in the second half of the year."),
    ],
)
def test_a_year_s_half_is_no_game(rule: str, sentence: str) -> None:
    assert rule in trigger_names(sentence), trigger_names(sentence)


def test_an_offensive_in_a_year_s_first_half_is_a_conflict(tmp_path: Path) -> None:
    body = (
        "Israel began a ground offensive into Rafah on Monday, the second such operation "
        "in the first half of the year."
    )
    found = _found(tmp_path, body, "2024-05-09")
    assert any(k == "conflict" and "IL" in s for k, d, s in found), found
