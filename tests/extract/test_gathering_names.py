"""A gathering's title names it as the text does, the words of its name joined by "and" or
"of" included ("the Third Belt and Road Forum", "the 38th AU Heads of State and Government
Summit"); a heading in capitals names nothing.

Sentences of our own, in the manner of the news that wrote them (a Pakistani wire, an
African Union release, a CARICOM communiqué).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def _titles(tmp_path: Path, body: str, kind: str, published: str = "2023-10-20") -> list[str]:
    return [e.title for e in events(tmp_path, body, published) if e.kind.value == kind]


def test_a_forum_named_with_and_keeps_its_whole_name(tmp_path: Path) -> None:
    titles = _titles(
        tmp_path,
        "Pakistani Prime Minister Anwaar-ul-Haq Kakar addressed the Third Belt and Road Forum "
        "in Beijing on Wednesday.",
        "forum",
    )
    assert titles == ["Third Belt and Road Forum in Beijing"]


def test_a_summit_of_heads_of_state_keeps_its_organization(tmp_path: Path) -> None:
    titles = _titles(
        tmp_path,
        "Leaders met at the 38th AU Heads of State and Government Summit in Addis Ababa on "
        "Saturday.",
        "summit",
        "2025-02-16",
    )
    assert titles and titles[0].startswith("38th AU Heads of State and Government summit")


def test_a_heading_in_capitals_is_no_name(tmp_path: Path) -> None:
    titles = _titles(
        tmp_path,
        "COMMUNIQUE ISSUED AT THE CONCLUSION OF THE THIRTY-FIRST INTER-SESSIONAL MEETING OF THE "
        "CONFERENCE OF HEADS OF GOVERNMENT OF THE CARIBBEAN COMMUNITY, 18-19 FEBRUARY 2020, "
        "BRIDGETOWN, BARBADOS (CARICOM Secretariat, Georgetown, Guyana) The Thirty-First "
        "Inter-Sessional Meeting of the Conference of Heads of Government of the Caribbean "
        "Community (CARICOM) was held in Bridgetown, Barbados, on 18-19 February 2020.",
        "summit",
        "2020-02-20",
    )
    assert titles and not any("CONCLUSION" in t or "INTER-SESSIONAL" in t for t in titles)


def test_an_ordinal_before_an_initialism_in_brackets_stays(tmp_path: Path) -> None:
    # SABC, 28 January 2018 (sixty-third pass): eight words and "(AU)" between the ordinal
    # and the noun, and the title was "AU summit"
    titles = _titles(
        tmp_path,
        "The 30th African Union (AU) heads of state and government summit opens in Addis "
        "Ababa, Ethiopia on Sunday.",
        "summit",
        "2018-01-28",
    )
    assert titles and titles[0].startswith("30th AU summit"), titles
