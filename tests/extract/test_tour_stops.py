"""A tour that names several destinations is one visit per state, with the tour's days
(the gold rule of tests/data/extraction/SOURCES.md: "a tour ... is one planned visit per
country named"), when the stops are written "City, Country; ..." (a semicolon between
two stops) and when the participants the scorer keeps (its sentence's) hold the stops
the mention's own clause did not (sixty-eighth pass, tours).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def test_stops_written_city_country_semicolon(tmp_path: Path) -> None:
    body = (
        "WASHINGTON - From July 19th to the 21st, Secretary of State Mike Pompeo will visit "
        "Buenos Aires, Argentina; Ecuador, Mexico City and San Salvador, where he will expand "
        "cooperation on security issues."
    )
    visits = dated_sides(tmp_path, body, "2019-07-16", "visit")
    for state in ("AR", "EC", "MX", "SV"):
        assert ("2019-07-19/2019-07-21", {state, "US"}) in visits, visits


def test_stops_of_the_sentence_the_scorer_keeps(tmp_path: Path) -> None:
    # test-y, latin-america_21 (published 2019-07-16)
    body = (
        "On Thursday, Secretary Pompeo will depart on a trip to Latin America to further "
        "strengthen our partnerships with likeminded democracies.\n\n"
        "From July 19th to the 21st, the Secretary will visit Buenos Aires, Argentina; "
        "Ecuador, Mexico City, San Salvador, where he will expand cooperation on security "
        "issues; reinforce U.S. commitment to human rights and democracy, particularly "
        "support for the people of Cuba, Nicaragua, and Venezuela, and their struggle for "
        "freedom; and to enhance economic partnerships."
    )
    visits = dated_sides(tmp_path, body, "2019-07-16", "visit")
    hosts = {
        state
        for when, sides in visits
        if when == "2019-07-19/2019-07-21"
        for state in sides & {"AR", "EC", "MX", "SV"}
        if len(sides & {"AR", "EC", "MX", "SV"}) == 1
    }
    assert hosts >= {"EC", "MX", "SV"}, visits
