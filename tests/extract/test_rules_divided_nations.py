"""Sides named as headlines and wire copy name the two Koreas (issue #12, twenty-eighth
pass; a form of the Wikinews development split wn-a): "N. Korea" was read as South Korea
("Korea"), and "the North" after both Koreas named nobody. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

from .conftest import article_events as events


def test_an_abbreviated_korea_is_its_state(tmp_path: Path) -> None:
    body = "In 2006 N. Korea, China and Japan signed a fisheries accord in Beijing."
    (signing,) = events(tmp_path, body, "2009-02-01")
    assert signing.kind.value == "signing"
    assert set(signing.countries) == {"KP", "CN", "JP"}


def test_the_north_after_both_koreas_is_north_korea(tmp_path: Path) -> None:
    body = (
        "The foreign ministers of North Korea and South Korea met in Kaesong on Friday. "
        "The North said on Saturday it had signed a new protocol with Russia."
    )
    signing = next(e for e in events(tmp_path, body, "2009-02-01") if e.kind.value == "signing")
    assert set(signing.countries) == {"KP", "RU"}
