"""The date of a candidate the detector proposes: a date opening its sentence, or one
written between the subject and its past verb (wire copy: "Japan on July 29 filed"), dates
the act told, as it dates a rule's trigger; else the date nearest the detector's word
(:meth:`timeline.extract.detector_proposals.DetectorProposals._detected`). Sentences of our
own, modelled on a protest filed over a missile launch (test-l)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.detector import shipped_detector
from timeline.extract.pipeline import read_document

from .conftest import write_article


def _detected_dates(tmp_path: Path, body: str, published: str) -> list[str]:
    doc = read_corpus([write_article(tmp_path, body, published)])[0]
    read = read_document(doc, detector=shipped_detector())
    return [c.draft.date.value for c in read.candidates if c.fate == "detected" and not c.rival]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Japan on July 29 filed a protest with North Korea over its launch of a ballistic "
            "missile the previous night.",
            "2017-07-29",
        ),
        (
            "On July 29, Japan filed a protest with North Korea over its launch of a ballistic "
            "missile the previous night.",
            "2017-07-29",
        ),
    ],
)
def test_the_date_of_the_act_dates_a_detected_candidate(
    tmp_path: Path, body: str, day: str
) -> None:
    assert _detected_dates(tmp_path, body, "2017-07-30") == [day]


def _detected_statements(tmp_path: Path, body: str, published: str) -> list[str]:
    doc = read_corpus([write_article(tmp_path, body, published)])[0]
    read = read_document(doc, detector=shipped_detector())
    return [
        c.draft.date.value
        for c in read.candidates
        if c.fate == "detected" and not c.rival and c.draft.kind.value == "statement"
    ]


# A detected saying is dated by its own day right after its verb (forty-sixth pass): "said
# on Thursday" is the day of the telling, which dates no act of the sentence but dates the
# saying itself, as a rule's statement is dated (Wikinews, 2008: "The United Kingdom (MoD)
# announced on Thursday that it has agreed to pay compensation ...", on a Saturday's page).
def test_a_detected_saying_is_dated_by_its_own_day(tmp_path: Path) -> None:
    body = (
        "The British Ministry of Defence said on Thursday that it would pay compensation to "
        "victims of abuse in Iraq."
    )
    assert _detected_statements(tmp_path, body, "2008-07-12") == ["2008-07-10"]


# The act told again at each date of its list is proposed whether or not the reader weighs
# the detected candidates' rivals (forty-sixth pass; tests/extract/test_rules_lists.py reads
# it end to end).
def test_a_detected_act_is_proposed_again_at_each_date_of_its_list(tmp_path: Path) -> None:
    body = "Indonesia has held the ASEAN chairmanship four times - in 1976, 1996, 2011 and 2023."
    assert sorted(_detected_dates(tmp_path, body, "2024-10-14")) == ["1976", "1996", "2011", "2023"]
