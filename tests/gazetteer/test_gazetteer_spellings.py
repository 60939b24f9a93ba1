"""Names as news writes them: without accents, with a typographic apostrophe."""

from __future__ import annotations

from timeline.gazetteer import find_actors
from timeline.gazetteer.matching import spellings


def test_spellings_without_accents_and_with_either_apostrophe() -> None:
    assert set(spellings("Côte d'Ivoire")) == {
        "Côte d'Ivoire",
        "Côte d’Ivoire",
        "Cote d'Ivoire",
        "Cote d’Ivoire",
    }
    assert list(spellings("Kenya")) == ["Kenya"]


def test_a_country_named_with_a_typographic_apostrophe_is_found() -> None:
    assert [m.id for m in find_actors("elected Cote d’Ivoire and Kuwait")] == ["CI", "KW"]
