"""An organization's name written in the other of British and American English still
names the organization of ``data/organizations.yaml`` (``organization_spellings`` of
``data/aliases.yaml``): "Organisation of American States", "International Labour
Organisation".

Sentences from articles of the tuning sets (tests/data/extraction).
"""

from __future__ import annotations

import pytest

from timeline.gazetteer import find_actors


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # test-ah, oas_26 (Guyana)
        (
            "President Dr Irfaan Ali and senior members of his Government, this morning, met "
            "the Secretary General of the Organisation of American States Luis Almagro",
            "OAS",
        ),
        # test-bc, southern-africa_65 (Eswatini)
        (
            "the king arrived in Maputo on Tuesday from Geneva, Switzerland where he attended "
            "the International Labour Organisation centenary conference",
            "ILO",
        ),
    ],
)
def test_the_other_spelling_names_the_organization(text: str, organization: str) -> None:
    ids = [m.id for m in find_actors(text)]
    assert organization in ids
    assert "US" not in ids  # "American" inside the name is not the United States
