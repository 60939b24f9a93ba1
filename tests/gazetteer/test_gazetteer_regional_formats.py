"""Regional formats and conferences news names by name alone (data/organizations.yaml,
fifty-first session): the Slavkov format, the EU Med Group (MED9), the Baltic Assembly,
CEFTA, the Crimea Platform, IBSA, the Colombo Security Conclave, ASEM, TICAD, MIKTA, the
Summit of the Americas and AOSIS. Each was named by nothing before."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors
from timeline.gazetteer.codes import organizations


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Ninth Summit of the Americas in Los Angeles", "SOA"),
        ("the 14th ASEM summit", "ASEM"),
        ("TICAD 8 opened on Saturday", "TICAD"),
        ("the IBSA foreign ministers", "IBSA"),
        ("the Austerlitz format meeting", "SLAVKOV"),
        ("the MED9 summit", "MED9"),
        ("the Crimea Platform summit", "CRIMEAPLATFORM"),
        ("the Baltic Assembly session", "BALTICASSEMBLY"),
        ("the Colombo Security Conclave", "CSC"),
        ("MIKTA foreign ministers", "MIKTA"),
        ("the Alliance of Small Island States", "AOSIS"),
        ("the CEFTA summit", "CEFTA"),
    ],
)
def test_a_regional_format_is_named(text: str, code: str) -> None:
    assert code in [m.id for m in find_actors(text)]


def test_only_formats_whose_states_meet_as_them_stand_for_their_members() -> None:
    # the three IBSA states are named together at BRICS and G20 gatherings too, the three
    # Baltic states in many forms; the Slavkov trio and the nine of MED9 meet as the format
    table = organizations()
    assert not table["IBSA"].standing_format and not table["BALTICASSEMBLY"].standing_format
    assert table["SLAVKOV"].standing_format and table["MED9"].standing_format
