"""A state's act of kind `other` told as a future in the past after its announcement (issue
#12, the sixty-seventh pass): "Mali announced that it would immediately sever diplomatic
relations with Ukraine" is the announced act, not a hypothesis; the gold of the fifty-nine
lists five such sentences (test-k, test-n, test-d, dev, shortened) as `other`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides


@pytest.mark.parametrize(
    ("body", "published", "date", "sides"),
    [
        (
            "Mali announced on Sunday that it would immediately sever diplomatic relations "
            "with Ukraine.",
            "2024-08-05",
            "2024-08-04",
            {"ML", "UA"},
        ),
        (
            "Tensions eased overnight when Saudi Arabia announced it would open its borders "
            "to Qatar.",
            "2021-01-05",
            "2021-01-05",
            {"QA", "SA"},
        ),
    ],
)
def test_an_act_announced_with_would_is_read(
    tmp_path: Path, body: str, published: str, date: str, sides: set[str]
) -> None:
    assert (date, sides) in dated_sides(tmp_path, body, published, "other")
