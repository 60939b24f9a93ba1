"""A forum described is no forum held (fifty-fifth session).

"The Arctic Council is an international forum" describes a body; "different international
forums" names a kind of meeting in the plural. Neither is a gathering of a day: the guard
(timeline.extract.gathering_rules._a_forum_held) took 8 of the fifty-nine's 74 forums that
are no gold event, and no gold event. A forum named with capitals is still read. The
sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from timeline.model import EventKind

from .conftest import article_events


def forums(tmp_path: Path, body: str, published: str) -> list[str]:
    return [
        e.date.value for e in article_events(tmp_path, body, published) if e.kind is EventKind.forum
    ]


def test_a_body_called_a_forum_is_no_forum_held(tmp_path: Path) -> None:
    body = (
        "Denmark took over the chairmanship of the Arctic Council from Norway on Monday. The "
        "Arctic Council is an international forum for the eight Arctic nations and six "
        "Indigenous groups."
    )
    assert forums(tmp_path, body, "2025-05-12") == []


def test_forums_in_the_plural_are_no_forum_held(tmp_path: Path) -> None:
    body = (
        "Bangladesh and Bhutan signed a memorandum on hydropower on Thursday. The two leaders "
        "agreed to work together on Thursday at the United Nations and in different "
        "international forums."
    )
    assert forums(tmp_path, body, "2021-03-26") == []


def test_a_forum_held_is_read(tmp_path: Path) -> None:
    body = (
        "Kazakh President Kassym-Jomart Tokayev attended the International Economic Forum in "
        "St. Petersburg on Friday. The forum is the main economic forum of Russia."
    )
    assert forums(tmp_path, body, "2022-06-20") == ["2022-06-17"]
    body = "South Korean President Lee will attend a business forum in Haikou on Thursday."
    assert forums(tmp_path, body, "2019-03-18") == ["2019-03-21"]
