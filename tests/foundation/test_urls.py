"""The URL check: ASCII URLs take a fast path that must find exactly what the general rule finds."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from timeline.urls import safe_url, url_problem


def unfit_by_the_rule(url: str) -> str | None:
    """The documented rule, character by character (whitespace, markup, Unicode C and Z)."""
    for ch in url:
        if ch.isspace() or ch in '"<>\\`' or unicodedata.category(ch)[0] in "CZ":
            return ch
    return None


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40))
def test_ascii_urls_are_judged_by_the_same_rule(tail: str) -> None:
    url = "https://example.org/" + tail
    odd = unfit_by_the_rule(url)
    problem = url_problem(url)
    if odd is None:
        assert problem is None
        assert safe_url(url) == url
    else:
        assert problem is not None and f"U+{ord(odd):04X}" in problem
        assert safe_url(url) is None


def test_every_ascii_character_is_judged_by_the_rule() -> None:
    for code in range(0x80):
        url = f"https://example.org/a{chr(code)}b"
        odd = unfit_by_the_rule(url)
        problem = url_problem(url) or ""
        assert (f"U+{code:04X}" in problem) == (odd is not None), repr(chr(code))
