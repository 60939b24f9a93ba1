"""A body founded by the sides named before the verb, its date elsewhere in the sentence
(issue #12, the sixty-seventh pass, rule `founding-done`): real sentences of test-al and
test-az, shortened, that the gold lists as foundings and that the rule `founding` (its
date right after the verb) did not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides


@pytest.mark.parametrize(
    ("body", "published", "date", "sides"),
    [
        (
            "Burkina Faso, Mali, and Niger formed the Alliance of Sahel States in September "
            "2023 and withdrew from the regional bloc.",
            "2024-05-02",
            "2023-09",
            {"BF", "ML", "NE"},
        ),
        (
            "On July 28, Ukraine, Poland, and Lithuania created a cooperation platform called "
            "the Lublin Triangle.",
            "2020-07-29",
            "2020-07-28",
            {"LT", "PL", "UA"},
        ),
    ],
)
def test_a_body_founded_by_the_sides(
    tmp_path: Path, body: str, published: str, date: str, sides: set[str]
) -> None:
    assert any(
        d == date and sides <= found
        for d, found in dated_sides(tmp_path, body, published, "founding")
    )
