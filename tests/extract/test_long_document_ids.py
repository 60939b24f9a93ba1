"""A document whose id is long (a long file name) still gives its events.

A mention's id is "m1-" plus the document's slug, and an id is at most 120
characters (:data:`timeline.model.Slug`): a longer file name made every event
of its document invalid, and the document gave none. The sentence is written
for this test.
"""

from __future__ import annotations

from pathlib import Path

from timeline.corpus import read_corpus
from timeline.extract import extract_document
from timeline.extract.discourse import doc_slug

from .conftest import write_article

BODY = "Kenyan President William Ruto visited Tanzania on 14 March 2023 for talks on trade."


def test_a_long_file_name_keeps_its_events(tmp_path: Path) -> None:
    name = "east-africa_07_" + "-".join(["the-president-of-kenya-visits-tanzania"] * 4)
    short = extract_document(read_corpus([write_article(tmp_path, BODY, "2023-03-15")])[0])
    long_doc = read_corpus([write_article(tmp_path, BODY, "2023-03-15", name=name)])[0]
    assert len(long_doc.id) > 120
    found = extract_document(long_doc)
    assert short
    assert [(e.kind, e.date.value, e.countries) for e in found] == [
        (e.kind, e.date.value, e.countries) for e in short
    ]


def test_long_slugs_are_cut_and_stay_apart() -> None:
    a, b = "x" * 150 + "-one", "x" * 150 + "-two"
    assert len(doc_slug(a)) <= 100 and len(doc_slug(b)) <= 100
    assert doc_slug(a) != doc_slug(b)
    assert doc_slug("Short Name") == "short-name"
