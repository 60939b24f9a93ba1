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
