"""Acts the lexicon had no word for (docs/history/extraction-log.md, "Thirtieth pass: kinds"): an
invasion told by its noun or verb (``invasion``, a conflict; "the country's" intervention
is the country's named before), a state sanctioned (``sanctioned``, an adoption), two sides'
"bilateral discussions" (``meeting``), a treaty brought into force or entered into
provisional force (``entry-into-force``), a body's vote to extend or reprimand
(``decision-adopted``), an agreement told reached in
the passive or by its participle and date (``agreement-reached-passive``,
``agreement-reached-dated``, adoptions) and diplomatic relations
established between two countries on their day (``diplomatic-relations``); and three
findings of the twenty-ninth review: a company's dated agreement is no signing, a company's
merger agreement cancelled is no state's act, and a cricket team, the fans or a gymnastics
final are a game's words.

Sentences of our own, in the manner of wire copy and of the tuning sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.acting_sides import names_a_game
from timeline.extract.triggers import find_triggers

from .conftest import article_events as events


def _rules(sentence: str) -> set[str]:
    text = "Headline\n" + sentence
    return {t.name for t, _, _ in find_triggers(text, 0, len(text))}


def _found(tmp_path: Path, body: str, published: str) -> list[tuple[str, str, set[str]]]:
    return [
        (e.kind.value, e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, published)
    ]


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        ("invasion", "Exports fell after Russia's invasion of Ukraine in February 2022."),
        ("invasion", "Since the US-led invasion in 2003, Iraq has held five elections."),
        ("invasion", "Iraqi troops invaded Kuwait in August 1990."),
        ("invasion", "The Russian full-scale invasion began in February 2022."),
        ("invasion", "Kenya's intervention in Somalia in October 2011 pushed the militants out."),
        ("invasion", "Indonesia, which invaded the former colony in 1975, withdrew in 1999."),
        ("agreement-reached-passive", "By April, an agreement was reached on the river water."),
        (
            "agreement-reached-passive",
            "An agreement to form a joint council between the rebels and the government of Mali "
            "has been reached.",
        ),
        ("agreement-reached-dated", "The first deal reached in March was extended twice."),
        ("agreement-reached-dated", "The Agreement reached on 3 May opened the border."),
        ("entry-into-force", "The partnership accord entered into provisional force in May 2018."),
        (
            "entry-into-force",
            "The leaders met in Osh on June 2, officially bringing into force the border treaty.",
        ),
        ("entry-into-force", "The ban on exports takes immediate effect, the ministry said."),
        ("decision-adopted", "The Security Council voted Tuesday to extend its mission in Mali."),
        ("decision-adopted", "On April 7, the assembly voted to reprimand Belarus."),
        ("sanctioned", "The talks come after Canada sanctioned Belarus in the spring."),
        ("meeting", "The vote was meant to sway the bilateral discussions due next week."),
        (
            "diplomatic-relations",
            "It is his first visit since the establishment of diplomatic relations between the "
            "two countries in 1993.",
        ),
        (
            "diplomatic-relations",
            "Ties go back to the establishment of diplomatic relations on March 4, 1965.",
        ),
    ],
)
def test_an_act_with_no_word_before(rule: str, sentence: str) -> None:
    assert rule in _rules(sentence), (rule, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a game's, a business's or no state's (the false friends)
        "Hundreds of fans staged a pitch invasion after the final whistle.",
        "Argentina fans staged a pitch invasion in Qatar after the final.",
        "Pilots reported an invasion of Iraqi airspace by drones on Monday.",
        # no state's invasion: a pest, or a historical aside (review30 finding 7)
        "Botanists said the invasion of Chile by a water weed began in 1990.",
        "Hannibal's invasion of Italy in 218 BC was the theme of her lecture in Madrid.",
        # the verb with no side as its subject (review30 finding 7)
        "Rabbits invaded Australia in the 1850s, ecologists said.",
        "Scientists said cane toads invaded Fiji in 1936.",
        "The minister's intervention in the debate lasted ten minutes.",
        "The senator called the report an invasion of privacy.",
        "A wage deal was reached on Monday after a week of strikes.",
        "A deal was reached with the club on Friday for the striker's transfer.",
        "The carmaker said an agreement was reached with its suppliers in March.",
        # no agreement, or the agreements of a meeting (its news, not an act of their own)
        "The minister said no agreement was reached with his Serbian counterpart on Monday.",
        "Both leaders praised the agreements reached during the visit to Hanoi in May.",
        # sanctions on people, or a sanction that is an approval
        "The European Union sanctioned Syrian officials in May.",
        "The federation sanctioned Brazil for the fans' chants.",
        "Parliament sanctioned the budget on Monday.",
    ],
)
def test_no_state_s_act(sentence: str) -> None:
    rules = {"invasion", "agreement-reached-passive", "agreement-reached-dated", "sanctioned"}
    assert not _rules(sentence) & rules, sentence


@pytest.mark.parametrize(
    ("body", "page", "month", "sides"),
    [
        (
            "Grain prices rose sharply after Russia's invasion of Ukraine in February 2022, "
            "the report said.",
            "2023-05-10",
            "2022-02",
            {"RU", "UA"},
        ),
        # "the country's" is the country named before it
        (
            "Kenya will not send troops to the new mission. The country's intervention in "
            "Somalia in October 2011 drew much criticism.",
            "2013-05-10",
            "2011-10",
            {"KE", "SO"},
        ),
        # review30 finding 8: the invader named right before "intervention in" is a side
        (
            "Iran's intervention in Syria in 2015 saved the government.",
            "2023-05-10",
            "2015",
            {"IR", "SY"},
        ),
        (
            "The Indian intervention in Sri Lanka in July 1987 ended.",
            "2023-05-10",
            "1987-07",
            {"IN", "LK"},
        ),
    ],
)
def test_a_dated_invasion_is_a_conflict_of_both_states(
    tmp_path: Path, body: str, page: str, month: str, sides: set[str]
) -> None:
    found = _found(tmp_path, body, page)
    assert any(k == "conflict" and d == month and sides <= s for k, d, s in found), found


def test_an_invasion_without_its_date_is_no_event(tmp_path: Path) -> None:
    body = "Grain prices rose sharply after Russia's invasion of Ukraine, the report said."
    assert not [f for f in _found(tmp_path, body, "2023-05-10") if f[0] == "conflict"]


def test_a_company_s_dated_agreement_is_no_signing() -> None:
    # review29's finding: "<Company> ended its agreement of 2019 with <Company>"
    assert "agreement-dated" not in _rules("Bosch ended its agreement of 2019 with Valeo.")
    assert "agreement-dated" in _rules("Peru and Chile kept the agreement of 2019 on fishing.")
    assert "agreement-dated" in _rules("Both nations are at war despite a truce in 1953.")
    assert "agreement-dated" in _rules("The protocol of May 3, 2018 and its annex were published.")


def test_a_company_s_merger_agreement_cancelled_is_no_state_s_act() -> None:
    # review29's finding: "Japan's <Company> cancelled its merger agreement"
    for sentence in (
        "In Tokyo, Honda cancelled its merger agreement with Nissan on Thursday.",
        "Japan's Hitachi, backed by Tokyo, scrapped its licensing agreement with a rival.",
    ):
        assert "agreement-ended" not in _rules(sentence), sentence
    assert "agreement-ended" in _rules("Tokyo cancelled its defence agreement with Manila.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Australia praised its cricket team on Sunday.",
        "India praised the fans after the win in Ahmedabad.",
        "Romania protested the scores in the gymnastics final on Monday.",
    ],
)
def test_a_game_s_words_of_the_review(sentence: str) -> None:
    assert names_a_game(sentence, 0, len(sentence)), sentence
    assert "statement-state-said" not in _rules(sentence), sentence


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Japan's invasion of Korea in April 1592 fans fears in Seoul to this day.", "invasion"),
        ("Vietnam condemned the drill, which fans tensions in the gulf.", "statement-state-said"),
        ("The march fans the flames of hatred, Chile said on Monday.", None),
    ],
)
def test_fans_the_verb_is_no_game_s_word(sentence: str, rule: str | None) -> None:
    """ "fans" is a game's word only as a noun (review30 finding 6)."""
    assert not names_a_game(sentence, 0, len(sentence)), sentence
    if rule is not None:
        assert rule in _rules(sentence), sentence
