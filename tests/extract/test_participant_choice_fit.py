"""The participant choice's fit (``bench/participant_choice.py``): the same options give the
same file, byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from timeline.corpus import read_corpus
from timeline.extract.participant_choice import choosing, load_chooser
from timeline.extract.pipeline import read_document

ROOT = Path(__file__).resolve().parents[2]
EXTRACTION = ROOT / "tests/data/extraction"
#: Two tuning articles with sides inside and outside the trigger's clause.
ARTICLES = [
    EXTRACTION / "test-s/south-korea_13_yoon-to-embark-on-trip-to-3-central-asian-nations.txt",
    EXTRACTION / "dev/asean_02_eu-asean-ministerial-meeting-brussels.txt",
]


def _bench() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import participant_choice
    finally:
        sys.path.pop(0)
    return participant_choice


def _rows() -> list[tuple[str, str, list[dict[str, float]], list[int]]]:
    """Every recorded candidate's options, labelled by the rules' choice (a stand-in for
    the gold labels: the fit is what is tested)."""
    rows = []
    for doc in read_corpus(ARTICLES):
        with choosing(None, record=True):
            read = read_document(doc)
        for options in (read.reader.participant_options or {}).values():
            rows.append(
                (doc.id, "", [o.features for o in options], [int(o.chosen) for o in options])
            )
    return rows


def test_the_fit_is_deterministic_and_its_file_loads(tmp_path: Path) -> None:
    bench = _bench()
    rows = _rows()
    assert {0, 1} <= {label for *_, labels in rows for label in labels}
    dumps = [bench.dump(bench.fit_chooser(rows, (0.5, 0.0), ["test"])) for _ in range(2)]
    assert dumps[0] == dumps[1]
    path = tmp_path / "participant_choice.json"
    path.write_text(dumps[0], encoding="utf-8")
    chooser = load_chooser(path)
    assert chooser.examples == sum(len(labels) for *_, labels in rows)
    assert any(w != 0.0 for w in chooser.weights)


def test_the_fit_of_the_shipped_scopes_has_no_elsewhere_option(tmp_path: Path) -> None:
    # bench/participant_choice.py train without --elsewhere: the shipped file's scopes
    bench = _bench()
    rows = _rows()
    dumps = [
        bench.dump(bench.fit_chooser(rows, (0.5, 0.0), ["test"], elsewhere=False)) for _ in range(2)
    ]
    assert dumps[0] == dumps[1]
    path = tmp_path / "participant_choice.json"
    path.write_text(dumps[0], encoding="utf-8")
    chooser = load_chooser(path)
    assert not any("elsewhere" in name for name in chooser.features)
    elsewhere = sum(1 for *_, options, _ in rows for o in options if "scope:elsewhere" in o)
    assert elsewhere  # the two articles have such options, and this fit leaves them out
    assert chooser.examples == sum(len(labels) for *_, labels in rows) - elsewhere
