"""A presentation of credentials is a meeting of the receiving state and the envoys' states
(issue #12, the sixty-eighth pass; the gold rule of tests/data/extraction/SOURCES.md, "a
credentials ceremony is a meeting"): before it, "received letters of credentials submitted
by the new Ambassadors of Panama, Singapore and Indonesia" was no event and "received the
Letters of Credentials from Mr Claude Morel" a visit. Its title says who received whose
envoys.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import article_events, trigger_names


@pytest.mark.parametrize(
    ("body", "published", "date", "sides", "title"),
    [
        (
            "General Secretary and State President Nguyen Phu Trong received letters of "
            "credentials submitted by the new Ambassadors of Panama, Singapore and Indonesia "
            "to Vietnam, at a ceremony in Hanoi on March 17.",
            "2021-03-17",
            "2021-03-17",
            {"VN", "PA", "SG", "ID"},
            "Credentials presented to Trong by Panama, Singapore and Indonesia in Hanoi",
        ),
        (
            "The President of Mauritius, Mr Prithvirajsing Roopun, received the Letters of "
            "Credentials from Mr Claude Morel accrediting him as the non-resident High "
            "Commissioner of Seychelles in a ceremony at State House, Le Réduit, on Monday "
            "6th February 2023.",
            "2023-02-13",
            "2023-02-06",
            {"MU", "SC"},
            "Credentials presented to Roopun by Seychelles",
        ),
        (
            "The new Ambassador of Ecuador, Juan Perez, presented his letters of credence to "
            "Colombian President Gustavo Petro on Thursday.",
            "2023-03-18",
            "2023-03-16",
            {"EC", "CO"},
            "Credentials presented to Petro by Perez",
        ),
    ],
)
def test_a_presentation_of_credentials_is_a_meeting(
    tmp_path: Path, body: str, published: str, date: str, sides: set[str], title: str
) -> None:
    found = [
        (e.date.value, {*e.countries, *e.organizations}, e.title)
        for e in article_events(tmp_path, body, published)
        if e.kind.value == "meeting"
    ]
    assert found == [(date, sides, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Letters of Credence are official diplomatic documents presented to the President.",
        "She presented her credentials as a reformer to the party congress.",
        "Al Muraikhi received on Sunday a copy of the credentials of the Ambassador of Bahrain.",
    ],
)
def test_no_ceremony_is_read_where_none_is_told(sentence: str) -> None:
    assert "credentials" not in trigger_names(sentence)
