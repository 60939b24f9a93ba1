"""A modifier before an ordinal century belongs to the expression and gives its ``mod``.

"In the early 20th century" is the DATE "early 20th century", value ``19``, mod START
(TimeML 1.2.1, section 2.2.1: a modifier of the expression is part of its extent; the
mod attribute says which part); "the" before the century stays out, as it does before
"20th century" alone. Before the seventieth pass the century was read without its
modifier (no mod, the whole century's interval). Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.timex import DateMod


def found(text: str) -> list[tuple[str, str, DateMod | None]]:
    return [(t.text, t.value, t.mod) for t in tag(text, date(2023, 11, 15))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The palace was built in the early 20th century.",
            [("early 20th century", "19", DateMod.start)],
        ),
        ("The treaty dates from the mid-19th century.", [("mid-19th century", "18", DateMod.mid)]),
        ("It was rebuilt in the late 20th century.", [("late 20th century", "19", DateMod.end)]),
        (
            "Seas will rise by the end of the 21st century.",
            [("the end of the 21st century", "20", DateMod.end)],
        ),
        # no modifier: as before
        ("It was built in the 19th century.", [("19th century", "18", None)]),
    ],
)
def test_century_modifiers(text: str, expected: list[tuple[str, str, DateMod | None]]) -> None:
    assert found(text) == expected
