"""An `other` act's title is its act as a headline, not its sentence's next sixty
characters cut where the count fell (seventy-first pass, :mod:`timeline.extract.act_titles`):
the side named right before an act's verb in the past does it, in the present ("Israel
reopens its diplomatic liaison office in Rabat"); the act's words end at the first clause
break after the trigger, without its day; a list of more doers, a passive or a doer that
may be one of a pair keeps the sides' form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


def _other_titles(folder: Path, body: str) -> list[str]:
    return [e.title for e in events(folder, body, "2022-06-09") if e.kind.value == "other"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # the doer named before the verb, the act in the present, the clause after "while"
        # left out (was "Israel and Morocco: reopened its diplomatic liaison office in Rabat")
        (
            "Israel reopened its diplomatic liaison office in Rabat on January 26, while "
            "Morocco is yet to reopen its representation in Israel.",
            "Israel reopens its diplomatic liaison office in Rabat",
        ),
        # a sentence adverb before the doer, "but" opening a clause of its own (was
        # "Venezuela and OAS: quit the OAS, but exiting the bloc entails a three-year process")
        (
            "In fact, Venezuela has officially quit the OAS, but exiting the bloc entails a "
            "three-year process that will take until 2019 to complete.",
            "Venezuela quits the OAS",
        ),
        # a comma ends the act (was "... reopening embassies, officials")
        (
            "Qatar and the United Arab Emirates (UAE) are restoring diplomatic ties and "
            "reopening embassies, officials said on Tuesday.",
            "Qatar and the United Arab Emirates: restoring diplomatic ties and reopening embassies",
        ),
        # a day between is left out, the comma of "June 18, 2020" is no clause break (was
        # "Ndayishimiye: sworn in")
        (
            "President Ndayishimiye was sworn in yesterday June 18, 2020 in Burundi's capital "
            "Gitega.",
            "Ndayishimiye: sworn in Burundi's capital Gitega",
        ),
        # "following" opens a clause of its own
        (
            "The Organisation Internationale de la Francophonie (OIF) has suspended Mali's "
            "membership following the West African country's recent military coup, which "
            "ousted President Ibrahim Boubacar Keita.",
            "Francophonie and Mali: suspended Mali's membership",
        ),
    ],
)
def test_an_act_is_titled_as_a_headline(tmp_path: Path, body: str, title: str) -> None:
    assert title in _other_titles(tmp_path, body)


def test_a_list_of_more_doers_keeps_the_sides(tmp_path: Path) -> None:
    # not "Bahrain restores travel and trade links": four states restored them; the clause
    # after the comma is left out (was "... with Qatar, ending a three-year rift")
    body = (
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt restored travel and trade "
        "links with Qatar on Monday, ending a three-year rift."
    )
    titles = _other_titles(tmp_path, body)
    assert titles == [
        "Saudi Arabia, the United Arab Emirates, Bahrain and 2 others: restored travel and "
        "trade links with Qatar"
    ], titles


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # "the two countries" are the pair's names (was "Russia and Kazakhstan: 30th
        # anniversary of diplomatic relations between the two countries")
        (
            "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev of Kazakhstan "
            "signed a joint declaration on Monday on the 30th anniversary of diplomatic "
            "relations between the two countries.",
            "30th anniversary of diplomatic relations between Russia and Kazakhstan",
        ),
        # the act's words name its one side: no list of sides before them (was "Lithuania:
        # 100th anniversary of Lithuania's independence")
        (
            "The day before, Duda took part in the celebrations of the 100th anniversary of "
            "Lithuania's independence.",
            "100th anniversary of Lithuania's independence",
        ),
        # relations that end the act's words say between whom (was "South Korea and
        # Vietnam: 30th anniversary of diplomatic relations")
        (
            "South Korea and Vietnam elevated their bilateral relationship to a comprehensive "
            "strategic partnership on the occasion of the 30th anniversary of diplomatic "
            "relations.",
            "30th anniversary of diplomatic relations between South Korea and Vietnam",
        ),
    ],
)
def test_an_act_told_by_its_noun_names_its_sides_once(
    tmp_path: Path, body: str, title: str
) -> None:
    assert title in _other_titles(tmp_path, body)
