"""The option "before" is never a date told in a "since" clause (:func:`.redating.date_options`).

The sentence before a candidate's may tell, in a "since" clause, the act that started a
state ("since the last Extraordinary Summit held on 25th March 2022", "since winning the
November 20 early presidential election ... and taking office on November 26"): that act is
not the one the next sentence goes on with. On the thirty-five tuning sets the option
"before" from a "since" clause is the gold's date alone 9 times, the candidate's own 58
(docs/history/extraction-log.md, "Nineteenth pass: dates"). Real paragraphs of three articles
(test-e,
test-h, test-w) copied into tests/data/extract/since_options.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.extract.candidates import Candidate
from timeline.extract.clauses import in_since_clause
from timeline.extract.pipeline import read_document


def _candidates(folder: Path, prefix: str) -> tuple[str, list[Candidate]]:
    (path,) = (folder / "since_options").glob(f"{prefix}*.txt")
    doc = read_corpus([path])[0]
    found = [c for c in read_document(doc, offer_dates=True).candidates if not c.variant]
    return doc.text, found


def _in(text: str, c: Candidate, words: str) -> bool:
    return text.startswith(words, c.event.sources[0].start)


@pytest.mark.parametrize(
    ("prefix", "opening", "since_date"),
    [
        ("mekong_02", "Concluding the meeting", "2020-08"),
        ("russia-central-asia_01", "During his talks", "2022-11-26"),
        ("west-africa_20", "Present at the Summit", "2022-03-25"),
    ],
)
def test_a_date_of_a_since_clause_is_not_offered_to_the_next_sentence(
    extract_data: Path, prefix: str, opening: str, since_date: str
) -> None:
    text, found = _candidates(extract_data, prefix)
    after = [c for c in found if _in(text, c, opening)]
    assert after
    for c in after:
        assert c.options
        assert not any("before" in o.sources for o in c.options)
        assert since_date not in {
            o.date.value for o in c.options if c.draft.date.value != o.date.value
        }


@pytest.mark.parametrize(
    ("prefix", "opening", "before"),
    [
        # the sentence with the "since" clause itself still has the lede's day ("The meeting
        # was also attended", a definite noun of the meeting told, is no candidate since the
        # sixty-first pass)
        ("mekong_02", "Participants reviewed the MLC results", "2023-12-25"),
        ("russia-central-asia_01", "The document was signed", "2022-11-28"),
    ],
)
def test_a_date_of_another_clause_is_still_offered(
    extract_data: Path, prefix: str, opening: str, before: str
) -> None:
    text, found = _candidates(extract_data, prefix)
    after = [c for c in found if _in(text, c, opening)]
    assert after
    for c in after:
        assert any("before" in o.sources and o.date.value == before for o in c.options)


def test_the_since_clause_of_the_communique() -> None:
    text = (
        "2. The Extraordinary Summit was convened to review the recent political developments "
        "in Mali, Guinea and Burkina Faso, since the last Extraordinary Summit held on 25th "
        "March 2022 in Accra."
    )
    whole = (0, len(text))
    assert in_since_clause(text, whole, text.index("25th"))
    assert not in_since_clause(text, whole, text.index("convened"))
