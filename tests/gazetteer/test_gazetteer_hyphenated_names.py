"""A lower-case part after a hyphen is the name's when no compound's word ends it: "Lee
Nak-yon", "Kang Kyung-wha" as Korean given names are written; "Karapetyan-led", "Putin-era"
end the name at the hyphen (``data/offices.yaml``, ``compound_tails``; thirty-third pass:
"Prime Minister Lee Nak-yon" was read as a person "Lee Nak")."""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


def _people(text: str) -> list[str]:
    return [m.text for m in find_actors(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("South Korean Prime Minister Lee Nak-yon said on Monday.", "Lee Nak-yon"),
        ("Foreign Minister Kang Kyung-wha met her counterpart.", "Kang Kyung-wha"),
        ("National Security Adviser Chung Eui-yong flew to Washington.", "Chung Eui-yong"),
    ],
)
def test_a_given_name_written_with_a_hyphen_is_whole(text: str, name: str) -> None:
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "the Prime Minister Karapetyan-led government",
        "under President Erdogan-era rules",
        "the President Putin-backed plan",
    ],
)
def test_a_compound_ends_the_name_at_its_hyphen(text: str) -> None:
    assert all("-" not in name for name in _people(text))
