"""A truce agreed or reached is an agreement of its sides (rule ``agreement-reached``,
forty-second pass): "Armenia and Azerbaijan agreed to a ceasefire" told a conflict (its
fighting) and no agreement; the tuning gold writes such a truce as its sides' signing (a
document's kind class). Sentences of our own, in the manner of wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.model import EventKind

from .conftest import article_events


@pytest.mark.parametrize(
    ("body", "value", "title"),
    [
        (
            "Armenia and Azerbaijan agreed to a ceasefire on Tuesday after two days of "
            "fighting, the Russian foreign ministry said.",
            "2024-11-05",
            "Armenia and Azerbaijan agree to a ceasefire",
        ),
        (
            "Ethiopia and Eritrea reached a truce on Monday, ending months of clashes along "
            "their border, officials in Addis Ababa said.",
            "2024-11-04",
            "Ethiopia and Eritrea agree to a truce",
        ),
        (
            "In August 2006, Uganda and Sudan agreed to a cessation of hostilities along "
            "their common border, the two governments said in a statement.",
            "2006-08",
            "Uganda and Sudan agree to a cessation of hostilities",
        ),
    ],
)
def test_a_truce_agreed_is_an_agreement_of_its_sides(
    tmp_path: Path, body: str, value: str, title: str
) -> None:
    agreed = [
        (e.date.value, e.title)
        for e in article_events(tmp_path, body, "2024-11-06")
        if e.kind is EventKind.adoption
    ]
    assert agreed == [(value, title)]


def test_a_truce_urged_is_no_agreement(tmp_path: Path) -> None:
    body = (
        "The United Nations on Tuesday urged Armenia and Azerbaijan to agree to a "
        "ceasefire, the secretary-general's spokesman said."
    )
    kinds = [e.kind for e in article_events(tmp_path, body, "2024-11-06")]
    assert EventKind.adoption not in kinds
