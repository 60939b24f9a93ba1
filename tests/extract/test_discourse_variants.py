"""Participants from the discourse: an event named with one side or none takes the
other from the sentence before that tells the same story, the lede, or the headline,
as a variant of its candidate (:mod:`timeline.extract.candidates`).

Sentences of our own, in the manner of the news the extractor reads.
"""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate
from timeline.extract.pipeline import read_document

from .conftest import write_article


def _candidates(folder: Path, body: str, headline: str = "A headline") -> list[Candidate]:
    path = write_article(folder, body, "2021-06-20")
    path.write_text(path.read_text(encoding="utf-8").replace("A headline", headline, 1))
    return read_document(read_corpus([path])[0]).candidates


def _from(candidates: list[Candidate], origin: str) -> list[Candidate]:
    return [c for c in candidates if c.origin == origin]


def test_the_other_side_comes_from_the_sentence_before(tmp_path: Path) -> None:
    body = (
        "Ghana's President Nana Akufo-Addo arrived in Lisbon on June 14, 2021, for a "
        "three-day stay in Portugal.\n"
        "On June 15 the Portuguese minister held talks with the guest on fisheries."
    )
    found = _from(_candidates(tmp_path, body), "previous sentence")
    talks = [c for c in found if c.draft.kind == "meeting"]
    assert talks
    c = talks[0]
    assert c.base is not None and {"GH", "PT"} <= {p.id for p in c.draft.participants}
    assert "GH" not in {p.id for p in c.base.draft.participants}
    assert {"variant:wider participants", "variant:from previous sentence"} <= set(c.features)


def test_a_sentence_of_another_story_lends_no_side(tmp_path: Path) -> None:
    body = (
        "Brazil and Chile signed a fisheries agreement in Brasilia on June 2, 2021.\n"
        "Separately, the Peruvian minister held talks in Lima on June 15 about trade."
    )
    found = _candidates(tmp_path, body)
    talks = [c for c in found if c.draft.kind == "meeting" and c.variant]
    # Peru's talks share no side with Brazil and Chile's signing: nothing borrowed
    assert not any({"BR", "CL"} & {p.id for p in c.draft.participants} for c in talks)


def test_an_event_named_with_nobody_takes_the_sides_of_the_headline(tmp_path: Path) -> None:
    body = "The two delegations held talks on June 15, 2021, on a new fisheries treaty."
    found = _candidates(tmp_path, body, headline="Norway and Iceland discuss fishing quotas")
    headline = _from(found, "headline")
    assert headline
    assert {"NO", "IS"} <= {p.id for p in headline[0].draft.participants}
    assert "variant:from headline" in headline[0].features


def test_an_event_with_both_sides_has_no_discourse_variant(tmp_path: Path) -> None:
    body = (
        "Ghana's President Nana Akufo-Addo arrived in Lisbon on June 14, 2021.\n"
        "Ghana and Portugal signed a fisheries agreement in Lisbon on June 15."
    )
    found = _candidates(tmp_path, body)
    signings = [c for c in found if c.draft.kind == "signing"]
    assert signings and not any(c.origin for c in signings)
