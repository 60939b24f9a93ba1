"""The development set is well formed: every article listed with its source, every gold
event parses, quotes its article, and uses codes the gazetteer knows or lists as pending."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from timeline.corpus import read_corpus
from timeline.extract.evaluate import GoldSet, load_gold_set
from timeline.gazetteer import is_country, organization

SPLITS = [
    "dev",
    "test",
    "test-b",
    "test-c",
    "test-d",
    "test-e",
    "test-f",
    "test-g",
    "test-h",
    "test-i",
    "test-j",
    "test-k",
    "test-l",
    "test-m",
    "test-n",
    "test-o",
    "test-p",
    "test-q",
    "test-r",
    "test-s",
    "test-t",
    "test-u",
    "test-v",
    "test-w",
    "test-x",
    "test-y",
    "test-z",
    "test-aa",
    "test-ab",
    "test-ac",
    "test-ad",
    "test-ae",
    "test-af",
    "test-ag",
    "test-ah",
    "test-ai",
    "test-aj",
    "test-ak",
    "test-al",
    "test-am",
    "test-an",
    "test-ao",
    "test-ap",
    "test-aq",
    "test-ar",
    "test-as",
    "test-at",
    "test-au",
    "test-av",
    "test-aw",
    "test-ax",
    "test-ay",
    "test-az",
    "test-ba",
    "test-bb",
    "test-bc",
    "test-bd",
    "corpus-extra",
]
SOURCE_ROW = re.compile(r"^\| `(?P<file>[^`]+\.txt)` \| (?P<split>[\w-]+) \| (?P<region>[\w-]+) \|")


def split_folders(sets: Path) -> list[Path]:
    return [sets / name for name in SPLITS if (sets / name / "gold.yaml").is_file()]


@pytest.fixture(scope="module")
def sources(extraction_sets: Path) -> dict[str, tuple[str, str]]:
    """SOURCES.md: file name -> (split, region group)."""
    text = (extraction_sets / "SOURCES.md").read_text(encoding="utf-8")
    rows = [m for line in text.splitlines() if (m := SOURCE_ROW.match(line))]
    return {m["file"]: (m["split"], m["region"]) for m in rows}


@pytest.fixture(scope="module")
def pending(extraction_sets: Path) -> dict[str, str]:
    raw = yaml.safe_load((extraction_sets / "pending-codes.yaml").read_text(encoding="utf-8")) or {}
    assert isinstance(raw, dict)
    return raw


def test_the_dev_split_is_there(extraction_sets: Path) -> None:
    assert (extraction_sets / "dev" / "gold.yaml") in [
        f / "gold.yaml" for f in split_folders(extraction_sets)
    ]


@pytest.mark.parametrize("split", SPLITS)
def test_every_article_is_in_the_gold_file_and_in_sources(
    extraction_sets: Path, sources: dict[str, tuple[str, str]], split: str
) -> None:
    folder = extraction_sets / split
    if not (folder / "gold.yaml").is_file():
        pytest.skip(f"{split} has no gold file yet")
    gold = load_gold_set(folder / "gold.yaml")
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert files, folder
    assert sorted(f"{d}.txt" for d in gold.regions) == files
    for name in files:
        assert sources.get(name, ("?", "?"))[0] == split, f"{name} not listed in SOURCES.md"
        assert sources[name][1] == gold.regions[name.removesuffix(".txt")], name


@pytest.mark.parametrize("split", SPLITS)
def test_every_article_states_its_publication_date(extraction_sets: Path, split: str) -> None:
    folder = extraction_sets / split
    if not (folder / "gold.yaml").is_file():
        pytest.skip(f"{split} has no gold file yet")
    for doc in read_corpus([folder]):
        assert doc.published is not None and not doc.published_inferred, doc.id
        assert doc.published_evidence == "header line 2", doc.id
        assert 2015 <= doc.published.year <= 2025 or split == "corpus-extra", doc.id


def gold_sets(sets: Path) -> list[tuple[str, GoldSet, dict[str, str]]]:
    out = []
    for folder in split_folders(sets):
        texts = {d.id: d.text for d in read_corpus([folder])}
        out.append((folder.name, load_gold_set(folder / "gold.yaml"), texts))
    return out


def test_every_gold_event_quotes_its_first_document(extraction_sets: Path) -> None:
    for split, gold, texts in gold_sets(extraction_sets):
        for g in gold.events:
            assert all(d in texts for d in g.documents), f"{split} line {g.line}"
            assert g.evidence, f"{split} line {g.line}: no evidence"
            assert g.evidence in texts[g.documents[0]], f"{split} line {g.line}: {g.evidence!r}"


def test_every_code_is_known_or_pending(extraction_sets: Path, pending: dict[str, str]) -> None:
    for split, gold, _ in gold_sets(extraction_sets):
        for g in gold.events:
            for code in g.actors:
                known = is_country(code) or organization(code) is not None
                assert known or code in pending, f"{split} line {g.line}: unknown code {code!r}"


def test_every_article_of_a_region_group_has_events(extraction_sets: Path) -> None:
    for split, gold, _ in gold_sets(extraction_sets):
        told = {d for g in gold.events for d in g.documents}
        assert set(gold.regions) <= told, f"{split}: no gold event in {set(gold.regions) - told}"
