"""A sentence after the lede that opens on the gathering its acts were done at, the lede's
sides its own ("During their meeting in Tokyo, Abe and his Estonian counterpart also
stressed ...", "In a meeting held at the South Korean presidential office, the visiting
Mongolian prime minister said ..."), tells the lede's news at its occasion: the gathering
is of the news's day (:func:`timeline.extract.news_day.opens_on_the_news_occasion`; issue
#12, failure class 4, dates of acts; docs/extraction.md, seventy-fourth pass, "dates74").

Sentences of the tuning sets (their set and article named) and of our own.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def test_a_meeting_at_a_palace_after_a_dated_lede(tmp_path: Path) -> None:
    # test-aw, gulf_58 (published 2020-10-19): the lede writes Monday, the audience it was
    # given at is told only by the next sentence's opening phrase
    lede = (
        "His Majesty King Abdullah on Monday received a letter from Kuwait Emir Sheikh Nawaf "
        "Al Ahmad Al Jaber Al Sabah, delivered by Kuwaiti Foreign Minister Sheikh Ahmad "
        "Nasser Al Mohammed Al Sabah."
    )
    told = (
        "During a meeting at Al Husseiniya Palace, attended by His Royal Highness Crown "
        "Prince Al Hussein bin Abdullah II, King Abdullah asked Sheikh Ahmad to convey his "
        "greetings to the Kuwaiti emir, reaffirming the deep-rooted ties between Jordan and "
        "Kuwait."
    )
    found = dated_sides(tmp_path, f"{lede}\n\n{told}", "2020-10-19", "meeting")
    assert ("2020-10-19", {"JO", "KW"}) in found


def test_bilateral_talks_after_an_undated_lede(tmp_path: Path) -> None:
    # test-aw, gulf_56 (published 2024-04-23): no article, no day in the lede: the page's
    lede = (
        "His Majesty King Abdullah II and Kuwait Emir Sheikh Meshal Al Ahmad Al Jaber Al "
        "Sabah reaffirmed their pride in the deep-rooted relations between the two "
        "countries and peoples."
    )
    told = (
        "During bilateral talks followed by expanded ones at Basman Palace, attended by His "
        "Royal Highness Crown Prince Al Hussein bin Abdullah II, the two leaders stressed the "
        "importance of expanding bilateral cooperation in all fields."
    )
    found = dated_sides(tmp_path, f"{lede}\n\n{told}", "2024-04-23", "meeting")
    assert ("2024-04-23", {"JO", "KW"}) in found


def test_his_visit_opens_the_sentence(tmp_path: Path) -> None:
    # test-t, brazil_13 (published 2016-09-06): the visit the lede's news was told at
    lede = "Brazilian President Michel Temer met Chinese President Xi Jinping in Hangzhou."
    told = (
        "In his visit to China, Temer also expressed his view about the protests that have "
        "been staged in Brazil against his government."
    )
    found = dated_sides(tmp_path, f"{lede}\n\n{told}", "2016-09-06", "visit")
    assert ("2016-09-06", {"BR", "CN"}) in found


def test_not_a_gathering_of_another_time(tmp_path: Path) -> None:
    # "At their last meeting, ...": the gathering before the news (other_time_modifiers)
    lede = (
        "Japan and Estonia agreed Monday to deepen cooperation in the field of information "
        "and communication technology."
    )
    told = (
        "At their last meeting in Tallinn, Prime Minister Shinzo Abe and his Estonian "
        "counterpart Juri Ratas discussed cyber security."
    )
    assert not dated_sides(tmp_path, f"{lede}\n\n{told}", "2020-02-11", "meeting")


def test_not_a_gathering_of_other_sides_or_a_plan(tmp_path: Path) -> None:
    lede = (
        "Japan and Estonia agreed Monday to deepen cooperation in the field of information "
        "and communication technology."
    )
    # other sides than the lede's: another story's gathering
    others = (
        "At a meeting in Brussels, French and German ministers discussed the union's digital rules."
    )
    assert not dated_sides(tmp_path, f"{lede}\n\n{others}", "2020-02-11", "meeting")
    # a plan in the main clause: a gathering to come, not the news's
    planned = (
        "During a meeting in Tokyo, Prime Minister Shinzo Abe and his Estonian counterpart "
        "Juri Ratas will sign a memorandum on cyber security."
    )
    found = dated_sides(tmp_path, f"{lede}\n\n{planned}", "2020-02-11", "meeting")
    assert ("2020-02-10", {"EE", "JP"}) not in found


def test_the_definite_gathering_is_left_to_its_antecedent(tmp_path: Path) -> None:
    # "During the meeting, ..." tells again a gathering the article told (the antecedents
    # read it); with none told, it stays undated, as before
    lede = (
        "Japan and Estonia agreed Monday to deepen cooperation in the field of information "
        "and communication technology."
    )
    told = (
        "During the meeting, Prime Minister Shinzo Abe and his Estonian counterpart Juri "
        "Ratas also stressed the need to resolve the issue of abducted Japanese nationals."
    )
    found = dated_sides(tmp_path, f"{lede}\n\n{told}", "2020-02-11", "meeting")
    assert ("2020-02-10", {"EE", "JP"}) not in found


def test_not_a_gathering_told_already(tmp_path: Path) -> None:
    # test-ag, ukraine_23 (published 2024-06-07): the lede told the meeting; the body's
    # opening phrase tells it again, and the sentence's other states are no side of it
    lede = (
        "President of Ukraine Vladimir Zelensky met with his American counterpart Joe Biden "
        "in Paris."
    )
    told = (
        "At a meeting with the US president, Zelensky reiterated the need to accelerate the "
        "supply of Western weapons to Kiev, as well as Ukraine's intention to get the "
        "opportunity to launch strikes on Russian territory."
    )
    found = dated_sides(tmp_path, f"{lede}\n\n{told}", "2024-06-07", "meeting")
    assert all("RU" not in sides for _, sides in found)
