"""The candidates' log: every trigger considered, its fate, its date's source, its features.

Sentences of our own, in the manner of the news the extractor reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate, Draft, feature_names
from timeline.extract.pipeline import read_document

from .conftest import write_article

BODY = (
    "Portugal and Chile signed a fisheries agreement in Lisbon on March 3, 2023. "
    "The two ministers did not sign the trade agreement in Lisbon on March 4. "
    "Chile's President Gabriel Boric will visit Portugal, officials said.\n"
    "The organization was founded in Santiago in 1998."
)


@pytest.fixture
def candidates(tmp_path: Path) -> list[Candidate]:
    doc = read_corpus([write_article(tmp_path, BODY, "2023-03-20")])[0]
    return read_document(doc).candidates


def _by_kind(candidates: list[Candidate], kind: str, date: str) -> Candidate:
    (found,) = [
        c
        for c in candidates
        if c.event.kind == kind and c.event.date.value == date and not c.variant
    ]
    return found


def test_a_dated_signing_is_kept_with_its_own_recent_date(candidates: list[Candidate]) -> None:
    c = _by_kind(candidates, "signing", "2023-03-03")
    assert c.kept
    assert {"fate:kept", "date:own", "time:recent", "position:lede", "participants:2"} <= set(
        c.features
    )


def test_a_negated_signing_is_logged_dated_by_its_sentence(candidates: list[Candidate]) -> None:
    c = _by_kind(candidates, "signing", "2023-03-04")
    assert c.fate == "hypothetical or negated"
    assert {"cue:negated", "date:sentence", "fate:hypothetical or negated"} <= set(c.features)


def test_an_undated_plan_takes_the_publication_day(candidates: list[Candidate]) -> None:
    c = _by_kind(candidates, "visit", "2023-03-20")
    assert c.fate == "undated"
    assert {"date:publication", "cue:planned", "cue:said", "status:planned"} <= set(c.features)
    assert {"CL", "PT"} <= set(c.event.countries)


def test_a_founding_years_before_is_background(candidates: list[Candidate]) -> None:
    c = _by_kind(candidates, "founding", "1998")
    assert {"time:background", "precision:year"} <= set(c.features)
    assert "position:lede" not in c.features


def test_a_variant_widens_to_the_participants_of_the_whole_sentence(tmp_path: Path) -> None:
    body = (
        "Japanese Prime Minister Fumio Kishida welcomed the guests; Kenya's President William "
        "Ruto held talks in Tokyo on Tuesday."
    )
    doc = read_corpus([write_article(tmp_path, body, "2024-02-07")])[0]
    found = read_document(doc).candidates
    variants = [c for c in found if c.variant]
    assert variants
    for v in variants:
        assert v.base is not None and not v.kept
        assert {p.id for p in v.base.event.participants} < {p.id for p in v.event.participants}
        assert "variant:wider participants" in v.features


def test_features_are_named_in_the_fixed_list(candidates: list[Candidate]) -> None:
    names = set(feature_names())
    assert all(set(c.features) <= names and c.features for c in candidates)
    # a document id, an outlet or a word of the article is never a feature
    assert not any("article" in n or "lisbon" in n.lower() for c in candidates for n in c.features)


def test_the_log_changes_nothing_the_rules_choose(extraction_sets: Path) -> None:
    for doc in read_corpus([extraction_sets / "corpus-extra"]):
        assert read_document(doc).mentions() == read_document(doc, log=False).mentions()


def test_a_dropped_trigger_is_built_into_an_event_only_when_asked(
    candidates: list[Candidate],
) -> None:
    (c,) = [c for c in candidates if c.draft.date.value == "2023-03-04" and not c.variant]
    assert isinstance(c.draft, Draft)  # its features read the draft
    event = c.event
    assert event.id == c.draft.id and event.title and event.sources[0].quote.startswith("The two")
    assert c.event is event  # built once


def test_a_definite_noun_of_an_event_told_is_no_candidate_of_the_page_s_day(
    tmp_path: Path,
) -> None:
    """ "During the visit" names the visit told before: the rules leave it undated, and it is
    no candidate dated by the publication day either, which the scorer could keep as a visit
    of the day the tour was announced (sixty-first pass)."""
    body = (
        "President Droupadi Murmu will visit Timor-Leste on 10 August 2024 at the invitation "
        "of President Jose Ramos-Horta. During the visit, President Murmu will hold a "
        "bilateral meeting with President Ramos-Horta."
    )
    doc = read_corpus([write_article(tmp_path, body, "2024-07-30")])[0]
    visits = [c for c in read_document(doc).candidates if c.event.kind == "visit"]
    assert [c.event.date.value for c in visits] == ["2024-08-10"]
