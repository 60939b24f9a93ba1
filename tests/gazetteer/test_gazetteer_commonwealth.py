""" "The Commonwealth" alone is the Commonwealth of Nations; the names that hold the word
and are something else are not (docs/history/extraction-log.md, "Eighteenth pass: participants")."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def _codes(text: str) -> list[str]:
    return [m.id for m in find_actors(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the body named alone, in sentences of tuning articles whose gold lists it
        # (test-n, test-p, test-u, test-q)
        "the country officially rejoined the Commonwealth at 00:01 on Saturday",
        "Foreign Affairs Ministers from across the Commonwealth met yesterday, Thursday "
        "September 16th",
        "With Togo joining the Commonwealth a month ago",
        "The Gambia to rejoin the Commonwealth after almost five years",
        # its officer (test-r, test-w)
        "Commonwealth Secretary-General Patricia Scotland said in a statement on Monday",
        "hosted visiting Commonwealth Secretary General Patricia Scotland",
    ],
)
def test_the_commonwealth_alone_is_the_body(text: str) -> None:
    assert "COMMONWEALTH" in _codes(text)


def test_its_longer_names_still_come_first() -> None:
    # test-y's summit, and the other bodies and states whose names hold the word
    assert _codes("to join the Commonwealth Heads of Government Meeting (CHOGM)") == [
        "COMMONWEALTH",
        "COMMONWEALTH",
    ]
    assert _codes("the Commonwealth of Independent States") == ["CIS"]
    assert _codes("Prime Minister of the Commonwealth of Dominica") == ["DM"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the UK's ministry and its minister (test-t), and a communiqué's list of leaders
        # with the Bahamas' style in capitals (test-z): not the body
        (
            "with Elizabeth Truss, Secretary of State for Foreign, Commonwealth and "
            "Development Affairs of our strategic partner",
            ["elizabeth-truss"],
        ),
        ("a spokesman for the Foreign and Commonwealth Office said", []),
        (
            "Honourable Philip Davis, Prime Minister of the Commonwealth of The Bahamas;",
            ["philip-davis", "BS"],
        ),
        ("the Polish-Lithuanian Commonwealth", []),
        # a state's formal style, a US state's, the Games: found reading the change, in
        # no tuning article (nothing there moves)
        ("the Constitution of the Commonwealth of Australia", ["AU"]),
        ("the Governor of the Commonwealth of Virginia", []),
        ("the Commonwealth of Massachusetts and the Commonwealth of Kentucky", []),
        ("Commonwealth of Pennsylvania", []),
        ("on the sidelines of the Commonwealth Games in Birmingham", []),
    ],
)
def test_names_that_hold_the_word_are_not_the_body(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes
