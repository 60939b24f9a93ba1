"""A planned signing whose sentence names no side and no day is at the visit or summit the
article told last (issue #12, failure class 4, dates; docs/extraction.md, fifty-third
pass): "Several agreements are expected to be signed", "More than ten joint documents are
due to be signed at the event".

Articles of the tuning sets, cut (their set and article named), and one of our own.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import dated_sides


def test_documents_due_to_be_signed_at_the_summit(tmp_path: Path) -> None:
    # test-z, central-asia_25 (published 2015-09-15, a Tuesday)
    body = (
        "DUSHANBE, September 15. /TASS/. The official program of the summit of the Collective "
        "Security Treaty Organization (CSTO) began in Tajikistan's capital Dushanbe on "
        "Tuesday. The summit will later continue with the participation of delegations. More "
        "than ten joint documents are due to be signed at the event, including the leaders' "
        "statement on the fight against international terrorism."
    )
    found = dated_sides(tmp_path, body, "2015-09-15", "signing")
    assert any(day == "2015-09-15" and "CSTO" in sides for day, sides in found), found


def test_agreements_expected_to_be_signed_during_a_visit(tmp_path: Path) -> None:
    # test-g, brazil_01 (published 2025-02-18)
    body = (
        "Brazilian President Luiz Inácio Lula da Silva welcomed Portugal's Heads of State and "
        "Government Marcelo Rebelo de Sousa and Prime Minister Luís Montenegro respectively, "
        "to launch a series of bilateral events to take place in the South American country.\n\n"
        "In Brasilia, the three leaders and other high-ranking officials are to participate in "
        "the 14th Brazil-Portugal Summit, focusing on strengthening bilateral cooperation. "
        "Several agreements are expected to be signed regarding areas such as health, "
        "science, technology, and the economy."
    )
    found = dated_sides(tmp_path, body, "2025-02-18", "signing")
    assert ("2025-02-18", {"BR", "PT"}) in found, found


def test_a_signing_done_that_names_no_side_is_not_moved(tmp_path: Path) -> None:
    # not planned: no plan tells it was for the visit
    body = (
        "Kenyan President William Ruto arrived in Dar es Salaam on Monday for a state visit to "
        "Tanzania.\n\n"
        "No peace treaty was ever signed."
    )
    assert ("2024-05-13", {"KE", "TZ"}) not in dated_sides(tmp_path, body, "2024-05-13", "signing")
