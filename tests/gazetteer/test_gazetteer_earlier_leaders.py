"""Leaders and ministers of 1985-2014 (``data/people.yaml``, the last section) as wire
copy of their time names them: full name, office and surname, bare surname. Sentences
written for this test."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def people(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.id, m.country) for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Reagan met Gorbachev in Reykjavik; Shultz and Gromyko joined them.",
            [
                ("Reagan", "ronald-reagan", "US"),
                ("Gorbachev", "mikhail-gorbachev", "SU"),
                ("Shultz", "george-shultz", "US"),
                ("Gromyko", "andrei-gromyko", "SU"),
            ],
        ),
        (
            "Chancellor Kohl, Prime Minister Thatcher and President Mitterrand spoke to Yeltsin.",
            [
                ("Kohl", "helmut-kohl", "DE"),
                ("Thatcher", "margaret-thatcher", "GB"),
                ("Mitterrand", "francois-mitterrand", "FR"),
                ("Yeltsin", "boris-yeltsin", "RU"),
            ],
        ),
        (
            "Premier Li Peng and President Jiang Zemin received Mubarak and Suharto.",
            [
                ("Li Peng", "li-peng", "CN"),
                ("Jiang Zemin", "jiang-zemin", "CN"),
                ("Mubarak", "hosni-mubarak", "EG"),
                ("Suharto", "suharto", "ID"),
            ],
        ),
        (
            "President Mobutu Sese Seko of Zaire and Yugoslav President Slobodan Milosevic.",
            [
                ("Mobutu Sese Seko", "mobutu-sese-seko", "ZR"),
                ("Slobodan Milosevic", "slobodan-milosevic", "YU"),
            ],
        ),
    ],
)
def test_office_and_surname_resolve(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "surname", "who"),
    [
        ("Bush said.", "Bush", "george-h-w-bush"),
        ("George W. Bush arrived. Bush said.", "Bush", "george-w-bush"),
        ("Clinton said.", "Clinton", "bill-clinton"),
        ("Hillary Clinton arrived. Clinton said.", "Clinton", "hillary-clinton"),
        ("Kono said.", "Kono", "taro-kono"),
        ("Yohei Kono arrived. Kono said.", "Kono", "yohei-kono"),
    ],
)
def test_a_shared_surname_is_the_full_name_read_last(text: str, surname: str, who: str) -> None:
    assert [m.id for m in find_actors(text) if m.text == surname] == [who]


@pytest.mark.parametrize("text", ["John Major said.", "Major said.", "Rice fell."])
def test_a_surname_that_is_a_word_is_not_listed_alone(text: str) -> None:
    assert people(text) == ([("John Major", "john-major", "GB")] if "John" in text else [])
