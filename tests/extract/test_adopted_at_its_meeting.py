"""The formula that closes a body's communiqué or resolution, or cites one by its reference
(issue #12, the sixty-seventh pass): "Adopted by the Peace and Security Council at its
875th meeting held on 6 September 2019" is an adoption of that day, beside the meeting;
real sentences of test-d (the African Union's Peace and Security Council) and test-x (the
Permanent Council of the OAS), shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import dated_sides


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Adopted by the Peace and Security Council at its 875th meeting held on 6 "
            "September 2019, on the situation in the Republic of Sudan.",
            "2019-09-06",
        ),
        (
            "The Permanent Council of the OAS resolved not to recognize the legitimacy of "
            "Nicolas Maduro's new term. (Adopted by the Permanent Council at its special "
            "meeting held on January 10, 2019)",
            "2019-01-10",
        ),
    ],
)
def test_a_text_adopted_at_its_meeting(tmp_path: Path, body: str, date: str) -> None:
    assert date in {d for d, _ in dated_sides(tmp_path, body, "2019-09-10", "adoption")}
