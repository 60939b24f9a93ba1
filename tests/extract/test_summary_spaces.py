"""A summary's white space: every run of it, of any kind, becomes one space."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.titles import summary_for

_PIECES = [" ", "\t", "\n", "\r", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85", ",", ";", "a", "."]


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(min_value=1, max_value=12))
def test_summary_collapses_white_space_like_the_regex(parts: list[str], limit: int) -> None:
    text = "".join(parts)
    expected = re.sub(r"\s+", " ", text).strip(" ,;")
    if len(expected) > limit:
        expected = expected[:limit].rsplit(" ", 1)[0] + " …"
    assert summary_for(text, (0, len(text)), limit) == expected


def test_summary_of_a_clause() -> None:
    text = "Intro.  The ministers\n met\tin Baku ,"
    assert summary_for(text, (8, len(text))) == "The ministers met in Baku"
