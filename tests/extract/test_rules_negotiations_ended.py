"""Negotiations between states ended, told with their date (``negotiations-ended``, an
``other`` as the tuning sets' gold writes it; docs/history/extraction-log.md, "Twenty-ninth pass:
kinds"): broken off ("peace talks collapsed in 2019", "Brazil broke off the negotiations in
May") or closed with a month or a year ("accession talks were closed with the EU in June
2004"). Before this rule "talks" was read as a meeting of that date. Not a business's, a
union's or a club's negotiations, nor a meeting's last day ("the talks concluded on
Thursday").

Sentences of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events as events
from .conftest import trigger_names


@pytest.mark.parametrize(
    "sentence",
    [
        "Peace talks between Colombia and the rebels broke down in January 2019.",
        "Ceasefire negotiations collapsed in March, officials in Khartoum said.",
        "Brazil broke off the negotiations with Paraguay in May.",
        "Accession negotiations with the EU were closed in June 2004.",
        "The talks for the defence agreement with Japan concluded in March this year.",
        "Talks between Serbia and Kosovo have been suspended since 2023.",
    ],
)
def test_forms_of_negotiations_ended(sentence: str) -> None:
    assert "negotiations-ended" in trigger_names(sentence), trigger_names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Merger talks between the two carmakers collapsed in 2019.",
        "Contract negotiations with the striker stalled in March.",
        "Wage talks between the union and the airline broke down in May.",
        # A country named, but a business's talks (the words before the noun).
        "Merger talks between Japan's Nissan and Honda collapsed in February 2025.",
        "Wage talks between Canada Post and its union broke down in May.",
        "The talks with Japan concluded on Thursday in Tokyo.",
        "Talks between Peru and Chile concluded Friday in Lima.",
        # "closed" as an adjective, and negotiations ended with no date of their own.
        "The president spoke after closed door talks with his Fijian counterpart in 2016.",
        "Talks between Peru and Chile broke down after a dispute over fishing rights.",
        "Club officials said the talks with the coach collapsed in June before the match.",
        # a company named with its country's possessive (review29 finding 8)
        "Talks between Japan's Nissan and Honda broke down in February over the deal.",
        "Talks between Germany's Siemens and Alstom stalled in March 2018 over the price.",
    ],
)
def test_a_business_a_club_or_a_meeting_day_is_none(sentence: str) -> None:
    assert "negotiations-ended" not in trigger_names(sentence), trigger_names(sentence)


def test_negotiations_broken_off_are_an_other_not_a_meeting(tmp_path: Path) -> None:
    body = (
        "Bolivia and Chile hold talks\n\n"
        "Bolivia and Chile met in La Paz on Monday to revive their dialogue. "
        "Earlier talks between Bolivia and Chile broke down in April 2019."
    )
    found = [
        (e.kind.value, e.date.value, {*e.countries, *e.organizations})
        for e in events(tmp_path, body, "2024-05-09")
    ]
    assert any(k == "other" and d == "2019-04" and {"BO", "CL"} <= s for k, d, s in found), found
    assert not any(k == "meeting" and d == "2019-04" for k, d, _ in found), found
