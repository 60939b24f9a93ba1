"""A planned visit told with no date of its own after the journey it is a leg of takes the
journey's date, not the page's: "On January 23, Lavrov will start an African tour. Lavrov
will visit South Africa, Eswatini, Botswana and Angola" (sixty-fifth pass; a sentence of our
own in the manner of the fifty-nine's)."""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides

TOUR = (
    "On March 6, Chinese Foreign Minister Wang Yi will begin a tour of Southeast Asia that "
    "will include several countries.\n\n"
    "Wang will visit Malaysia, Cambodia and Laos."
)


def test_the_legs_told_after_a_tour_take_its_start(tmp_path: Path) -> None:
    visits = dated_sides(tmp_path, TOUR, "2024-03-01", "visit")
    assert ("2024-03-06", {"CN", "MY"}) in visits, visits
    assert all(value != "2024-03-01" for value, _ in visits), visits
