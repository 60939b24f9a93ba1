"""A visit whose noun tells its guest ("Wang Yi's visit", "the state visit of U.S.
president Donald Trump") and no place is hosted by the one other state its clause names:
"Wang Yi's visit to Bangladesh", not "Visit involving Wang Yi and Bangladesh" (sixty-fourth
session; 32 visit titles of the fifty-nine took a guest and a host, "Granger's visit to
Suriname" for the wrong "Bouterse's official visit to Guyana" among them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "During Chinese Foreign Minister Wang Yi's visit on Sunday, Bangladesh and China "
            "signed four agreements.",
            "Wang Yi's visit to Bangladesh",
        ),
        (
            "Xi Jinping called the state visit of U.S. president Donald Trump a historic "
            "event on Thursday.",
            "Trump's state visit to China",
        ),
        (
            "This official state visit by President Bouterse was a follow-up to President "
            "Granger's visit to Nieuw Nickerie on July 1. Guyana's President David Granger "
            "and Suriname's President Desi Bouterse met in Paramaribo.",
            "Granger's visit to Suriname",
        ),
    ],
)
def test_the_one_other_state_hosts_a_named_guest(tmp_path: Path, body: str, title: str) -> None:
    titles = [e.title for e in events(tmp_path, body, "2017-11-10") if e.kind.value == "visit"]
    assert title in titles, titles


def test_two_other_states_host_no_one(tmp_path: Path) -> None:
    """ "During Modi's visit, Japan and Australia ..." tells no one place visited."""
    body = (
        "During Indian Prime Minister Narendra Modi's visit on Sunday, Japan and Australia "
        "signed a pact."
    )
    titles = [e.title for e in events(tmp_path, body, "2017-11-10") if e.kind.value == "visit"]
    assert titles and not any(" to " in t for t in titles), titles
