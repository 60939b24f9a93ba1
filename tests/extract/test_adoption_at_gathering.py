"""Adoptions at a gathering: a sentence naming a declaration, a communiqué or a joint
statement gives a candidate adoption at the summit or meeting of that sentence, else at
the latest one the rules kept before it (:mod:`timeline.extract.candidate_log`), an
event of its own if the scorer keeps it.

Sentences of our own, in the manner of the news the extractor reads.
"""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate
from timeline.extract.evaluate import kind_class
from timeline.extract.pipeline import read_document

from .conftest import write_article


def _read(folder: Path, body: str) -> list[Candidate]:
    path = write_article(folder, body, "2021-06-20")
    return read_document(read_corpus([path])[0]).candidates


def _adoptions(candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.fate == "at a gathering"]


def test_a_declaration_of_the_summit_of_its_sentence(tmp_path: Path) -> None:
    body = (
        "The summit of the Economic Community of West African States in Accra on "
        "June 12, 2021, concluded with a ten-point declaration on the transition in Mali."
    )
    candidates = _read(tmp_path, body)
    found = _adoptions(candidates)
    assert len(found) == 1
    c = found[0]
    summit = next(s for s in candidates if s.kept and kind_class(s.draft.kind) == "gathering")
    assert c.draft.kind == "adoption" and c.draft.date == summit.draft.date
    assert "ECOWAS" in {p.id for p in c.draft.participants}
    assert {
        "fate:at a gathering",
        "source:gathering in the sentence",
        "cue:adopted or issued",
    } <= set(c.features)
    # an event of its own, with the sentence as its evidence
    event = c.event
    assert event.kind == "adoption" and event.id != summit.draft.id
    assert event.sources[0].quote == body.split("\n")[0]


def test_a_communique_told_after_the_meeting(tmp_path: Path) -> None:
    body = (
        "Foreign ministers of Norway and Iceland met in Reykjavik on June 15, 2021.\n"
        "A joint statement on fisheries and Arctic research was released at the end."
    )
    found = _adoptions(_read(tmp_path, body))
    assert len(found) == 1
    c = found[0]
    assert c.origin == "gathering before" and "source:gathering before" in c.features
    assert {"NO", "IS"} <= {p.id for p in c.draft.participants}
    assert c.draft.date.value == "2021-06-15"


def test_no_gathering_no_adoption(tmp_path: Path) -> None:
    body = (
        "Norway and Iceland signed a fisheries agreement in Oslo on June 15, 2021.\n"
        "The 1994 declaration on the Barents region was quoted by both ministers."
    )
    assert not _adoptions(_read(tmp_path, body))


def test_the_rules_alone_never_keep_it(tmp_path: Path) -> None:
    body = (
        "Leaders of the African Union met in Addis Ababa on June 12, 2021.\n"
        "The final communiqué called for a ceasefire in the region."
    )
    path = write_article(tmp_path, body, "2021-06-20")
    read = read_document(read_corpus([path])[0])
    assert _adoptions(read.candidates)
    assert all(e.kind != "adoption" for e in read.mentions()[0])
    kept = read.mentions(lambda c: c.kept or c.fate == "at a gathering")[0]
    assert any(e.kind == "adoption" for e in kept)


def test_no_adoption_of_a_text_the_sentence_cites(tmp_path: Path) -> None:
    # a text cited, "in line with" or "the spirit of" it, is no adoption at the gathering
    # (sixty-ninth pass)
    told = "Kagame and Museveni met in Gatuna on February 21, 2020. "
    for cited in (
        "In line with the communique of the summit, the border will reopen on Monday.",
        "Both delegations showed their commitment to the spirit of the Gatuna Declaration.",
        "The ministers recalled the joint statement of their previous meeting.",
    ):
        assert not _adoptions(_read(tmp_path, told + cited)), cited
    adopted = "A joint communique on the border was released at the end."
    assert _adoptions(_read(tmp_path, told + adopted))
