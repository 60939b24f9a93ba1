"""Envoys a state appoints, names or sends to replace another (rule ``envoy``, thirty-third
pass): the envoy may be an ambassador, an envoy or a high commissioner; a side acts in the
clause before the verb (:func:`timeline.extract.acting_sides.a_state_acts`), and the post is
a state's (no honorary title after it, a demonym, a possessive or "new" before it).

Sentences of our own, in the manner of wire copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan government has appointed Grace Wanjiru as its new envoy to Uganda.",
        "Pakistan on Monday named Ali Raza as the new high commissioner to Sri Lanka.",
        "Japan has appointed Kenji Sato as its special envoy for the Middle East.",
        "Norway will replace Anna Berg as ambassador to Chile with a career diplomat.",
        "Nigeria recalled its top envoy from Ghana on Friday.",
    ],
)
def test_envoys_appointed(sentence: str) -> None:
    assert "envoy" in trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The club appointed the singer as its new envoy to the fans.",
        "The agency appointed Jan Smith as envoy for climate education.",
        "She named her dog as the ambassador to the household.",
    ],
)
def test_no_state_envoy(sentence: str) -> None:
    assert "envoy" not in trigger_names(sentence)


def test_an_envoy_appointed_is_an_event(tmp_path: Path) -> None:
    found = events(
        tmp_path,
        "The Kenyan government has appointed Grace Wanjiru as its new envoy to Uganda.",
        "2023-03-20",
    )
    others = [e for e in found if e.kind.value == "other"]
    assert others and {"KE", "UG"} <= set(others[0].countries)
    assert others[0].date.value == "2023-03-20"
