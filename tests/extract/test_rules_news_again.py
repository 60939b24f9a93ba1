"""A sentence that tells the news again dates the gathering it came at or after.

"The accord came after talks between ...", "The pact was unveiled at a two-day summit
in ...": an undated sentence after the lede that opens with a definite noun for the
article's news (the accord, the deal, the decision ...) and its verb tells the gathering
or contact that was the news's occasion; the gathering is of the news's day
(``news_day.the_news_again``): the one day the lede writes, else, for an undated lede,
the publication day. Not after an offset ("three days after a meeting", "hours after":
another day), and only for a diplomatic act: the lede names two of the gathering's sides
as sides (a club's transfer or a company merger is no state's news). Every sentence is
written for the test.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def _dates(found: list, kind: EventKind) -> list[str]:
    return [e.date.value for e in found if e.kind is kind]


_LEDE = "Ghana and Togo have agreed to reopen their shared border to traders. "
_TALKS = (
    "talks between Ghanaian President Nana Akufo-Addo and Togolese President Faure "
    "Gnassingbe in Lome. Traders welcomed the news."
)


def test_the_accord_came_after_talks(tmp_path: Path) -> None:
    body = _LEDE + "The accord came after " + _TALKS
    found = article_events(tmp_path, body, "2024-11-08")
    assert _dates(found, EventKind.meeting) == ["2024-11-08"]


def test_the_verb_may_take_two_words(tmp_path: Path) -> None:
    """review28 finding 2: "was formally unveiled" (the verb's two words) is read."""
    body = _LEDE + "The accord was formally unveiled after " + _TALKS
    found = article_events(tmp_path, body, "2024-11-08")
    assert _dates(found, EventKind.meeting) == ["2024-11-08"]


def test_the_pact_was_unveiled_at_a_summit(tmp_path: Path) -> None:
    body = (
        "Indonesia and Australia agreed to build a joint battery plant in Java. The pact "
        "was unveiled at a two-day Indonesia–Australia summit in Canberra by the two "
        "leaders. Nickel exports to Australia have tripled since 2020."
    )
    found = article_events(tmp_path, body, "2023-07-04")
    assert _dates(found, EventKind.summit) == ["2023-07-04"]


def test_the_lede_s_own_day_is_the_news_s_day(tmp_path: Path) -> None:
    body = (
        "Chile and Peru agreed on Tuesday to open a second border crossing near Arica.\n\n"
        "Truck drivers have waited for days at the only crossing.\n\n"
        "The decision was made public after talks between Chilean President Gabriel Boric "
        "and Peruvian President Dina Boluarte in Lima."
    )
    found = article_events(tmp_path, body, "2024-11-08")  # a Friday
    assert _dates(found, EventKind.meeting) == ["2024-11-05"]


def test_an_offset_the_verb_cannot_take_is_another_day(tmp_path: Path) -> None:
    body = _LEDE + "The accord came three days after " + _TALKS
    found = article_events(tmp_path, body, "2024-11-08")
    assert "2024-11-08" not in _dates(found, EventKind.meeting)


def test_an_offset_among_the_verb_s_words_is_another_day(tmp_path: Path) -> None:
    """review28 finding 2: "was unveiled hours after", "was signed days after" are refused
    by the offset words the verb may not take (``_OFFSET_WORD``)."""
    for told in ("The accord was unveiled hours after ", "The accord was signed days after "):
        found = article_events(tmp_path, _LEDE + told + _TALKS, "2024-11-08")
        assert "2024-11-08" not in _dates(found, EventKind.meeting), told


def test_a_club_s_transfer_is_no_state_s_news(tmp_path: Path) -> None:
    """review28 finding 3: a football club's deal names no two states as sides."""
    body = (
        "Atletico Madrid has signed Argentine forward Julian Alvarez from Manchester City. "
        "The deal was confirmed after a meeting between the club's president and "
        "Argentina's football federation in Madrid. Alvarez will play on Sunday."
    )
    found = article_events(tmp_path, body, "2024-08-12")
    assert _dates(found, EventKind.meeting) == []


def test_a_company_merger_is_no_state_s_news(tmp_path: Path) -> None:
    """review28 finding 3: two ministers' meeting on two companies' merger: the lede names
    no state."""
    body = (
        "Siemens and Alstom have agreed to merge their train businesses. The deal was "
        "announced after a meeting between German Economy Minister Robert Habeck and "
        "French Finance Minister Bruno Le Maire in Paris. Unions fear job losses."
    )
    found = article_events(tmp_path, body, "2024-05-09")
    assert _dates(found, EventKind.meeting) == []
