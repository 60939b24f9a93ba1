"""People introduced by office in the headline (issue #12): a real sentence of test-d,
a split tuned on since the fifth pass (docs/history/extraction-log.md), that lost the visitor's
country.
"""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract import extract_document
from timeline.gazetteer import find_actors


def test_the_headline_gives_the_country_of_a_person_the_body_names_without_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Armenian Prime Minister Karen Karapetyan arrives in Tbilisi for an official visit\n"
        "date 2017-02-23\n\n"
        "The Prime Minister Karen Karapetyan-led government delegation arrived in Tbilisi on "
        "Wednesday for an official visit at the invitation of Georgian Prime Minister Giorgi "
        "Kvirikashvili.\n",
        encoding="utf-8",
    )
    (visit,) = [e for e in extract_document(read_corpus([path])[0]) if e.kind.value == "visit"]
    assert visit.date.value == "2017-02-22"
    roles = {p.id: p.role.value for p in visit.participants}
    assert roles["AM"] == "visitor" and roles["GE"] == "host"


def test_a_name_ends_before_a_lower_case_suffix() -> None:
    people = [
        m
        for m in find_actors("Prime Minister Karen Karapetyan-led delegation")
        if m.type == "person"
    ]
    assert [(m.text, m.id) for m in people] == [("Karen Karapetyan", "karen-karapetyan")]
