"""A gathering's title names it as the text does, and never by a determiner alone
(thirty-fourth pass: "The summit" 15 times and "Forum" 29 times among the fifty-nine's
titles): "The" opening the capitalised words before "summit" names nothing, and a forum the
text does not name is the organization's whose name holds the word, else the sides'.
Sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "kind", "title"),
    [
        (
            "The summit of the Arab League opened in Jeddah on Friday with Syria's Assad in "
            "attendance.",
            "summit",
            "Arab League summit in Jeddah",
        ),
        (
            "The Forum brought together Turkish Vice President Cevdet Yılmaz and Uzbek Deputy "
            "Prime Minister Jamshid Kuchkarov in Tashkent on Tuesday.",
            "forum",
            "Forum of Yılmaz and Kuchkarov in Tashkent",
        ),
        (
            "The Pacific Islands Forum leaders met in Suva on Tuesday; the forum ended on "
            "Wednesday.",
            "forum",
            "Pacific Islands Forum",
        ),
        (
            # a day's possessive dates the summit, it names none (thirty-ninth session)
            "Yesterday's summit between the leaders of Serbia and Kosovo in Ohrid ended "
            "without progress.",
            "summit",
            "Serbia and Kosovo summit",
        ),
        (
            "Sunday's Arab League summit in Jeddah ended with a declaration.",
            "summit",
            "Arab League summit in Jeddah",
        ),
        # an ordinal numbers the gathering only when no preposition or verb stands between
        (
            "Timor-Leste formally became ASEAN's 11th member on Sunday at the summit in Kuala "
            "Lumpur.",
            "summit",
            "ASEAN summit in Kuala Lumpur",
        ),
        (
            "The 16th BRICS summit was held in Kazan from October 22 to 24.",
            "summit",
            "16th BRICS summit in Kazan",
        ),
        # the article of a side's name opens the title, before the ordinal (forty-fourth
        # pass: "Third the United States and India summit")
        (
            "The United States and India held their third summit in Washington on Tuesday.",
            "summit",
            "The third United States and India summit in Washington",
        ),
        # a council the trigger names as an organization is that body's session (fifty-first
        # session: "Nordic council of Finland, Nordic Council, Denmark and 3 others")
        (
            "On 18 May 2023, Helsinki hosted the 76th Nordic Council.",
            "meeting",
            "76th Nordic Council session",
        ),
        (
            "On 18 May 2023, Vilnius, Lithuania, hosted the 30th Baltic Council.",
            "meeting",
            "30th Baltic Council session",
        ),
        # a name holding the word is the summit's own, and an ordinal alone names nothing
        # (fifty-first session: "Ninth summit in Los Angeles", "Summit of the Americas summit")
        (
            "US President Joe Biden hosted the Ninth Summit of the Americas in Los Angeles "
            "on Wednesday.",
            "summit",
            "Ninth Summit of the Americas in Los Angeles",
        ),
    ],
)
def test_a_gathering_is_named_by_more_than_a_determiner(
    tmp_path: Path, body: str, kind: str, title: str
) -> None:
    titles = [e.title for e in events(tmp_path, body, "2023-05-20") if e.kind.value == kind]
    assert titles == [title]
