"""A person of the table named in full, then by the first word of the name alone
(``timeline.gazetteer.find_actors``): sentences of the tuning articles."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def people(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.id, m.country) for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "word", "slug", "country"),
    [
        # test-s, south-korea_13: the family name first
        (
            "President Yoon Suk Yeol will embark on a trip to Central Asia this week. "
            "Yoon's trip begins with a visit to Turkmenistan on Monday and Tuesday.",
            "Yoon",
            "yoon-suk-yeol",
            "KR",
        ),
        # dev, korea-japan_01: another article, the hyphenated spelling of the same name
        (
            "Japanese Prime Minister Kishida Fumio and South Korean President Yoon Suk-yeol "
            "have agreed to resume the so-called shuttle diplomacy. "
            "Kishida and Yoon held a joint news conference after a summit meeting in Tokyo.",
            "Yoon",
            "yoon-suk-yeol",
            "KR",
        ),
        # test-f, korea_01
        (
            "In the joint declaration signed by South Korean President Moon Jae In and North "
            "Korean leader Kim Jong Un, they confirmed the common goal. The Panmunjeom "
            "Declaration was adopted amid a reconciliatory mood between Moon and Kim.",
            "Kim",
            "kim-jong-un",
            "KP",
        ),
        # test-t, great-lakes_16: a leader news names by his given name
        (
            "President Uhuru Kenyatta has left the country for a one-day official visit to "
            "Rwanda. In March, Uhuru visited Rwanda and Uganda.",
            "Uhuru",
            "uhuru-kenyatta",
            "KE",
        ),
    ],
)
def test_the_first_word_alone_is_the_person_named_in_full(
    text: str, word: str, slug: str, country: str
) -> None:
    alone = [p for p in people(text) if p[0] == word]
    assert alone
    assert all(p[1:] == (slug, country) for p in alone)


def test_the_first_word_alone_is_no_one_without_the_full_name() -> None:
    assert all(p[0] != "Yoon" for p in people("Yoon's trip begins with a visit to Turkmenistan."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # test-m, korea_07 style: another person's name begins with the word
        (
            "Kim Jong Un met the delegation. Kim Yo-jong, the powerful sister, spoke. "
            "Kim said the talks went well.",
            "Kim",
        ),
        # dev, gulf_01: "Mohammed bin Rashid" is another Mohammed
        (
            "Saudi Crown Prince Mohammed bin Salman has said so. The ruler of Dubai, Sheikh "
            "Mohammed bin Rashid Al Maktoum called the summit positive.",
            "Mohammed",
        ),
    ],
)
def test_a_word_another_name_shares_is_left_alone(text: str, word: str) -> None:
    assert all(p[0] != word for p in people(text))


@pytest.mark.parametrize(
    ("text", "office", "slug", "country"),
    [
        # test-t, brazil_13: "the president" of the paragraph after the full name
        (
            "President Michel Temer has left China and is on his way to Brazil.\n\n"
            "On his last day in Hangzhou, where he participated in a G20 Summit meeting, the "
            "president met with the heads of state from Japan, Saudi Arabia, and Italy.",
            "president",
            "michel-temer",
            "BR",
        ),
        # test-t, african-union_20: the one prime minister among six presidents
        (
            "Prime Minister Dr Abiy Ahmed today held talks with presidents of different "
            "African countries.\n\nHe conferred with President of Botswana Mokgweetsi Masisi "
            "and President of Ghana Nana Akufo-Addo.\n\nThe Prime Minister also met with the "
            "leaders of Algeria, Morocco, Tunisia and Estonia.",
            "Prime Minister",
            "abiy-ahmed",
            "ET",
        ),
    ],
)
def test_an_office_alone_is_the_one_person_named_before_who_holds_it(
    text: str, office: str, slug: str, country: str
) -> None:
    alone = [p for p in people(text) if p[0] == office]
    assert alone == [(office, slug, country)]


@pytest.mark.parametrize(
    "text",
    [
        # two presidents named before it: whose is unknown
        "President of Botswana Mokgweetsi Masisi and President of Ghana Nana Akufo-Addo "
        "arrived. The President said the talks went well.",
        # no one named before it
        "The President said the talks went well. President Michel Temer left China.",
        # the office introduces or qualifies someone else
        "President Michel Temer left China. The President of Uganda, Yoweri Museveni, came.",
        # no "the" before it
        "President Michel Temer left China. Italy's president met him.",
    ],
)
def test_an_office_alone_is_no_one_unless_one_person_named_before_holds_it(text: str) -> None:
    assert all(p[0].lower() != "president" for p in people(text))
