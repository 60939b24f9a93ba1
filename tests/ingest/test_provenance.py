"""Sources are cited by outlet, title and URL everywhere; an inferred date says so."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from timeline.build import build
from timeline.cli import main
from timeline.model import Source

QUOTE = {"document": "doc-1", "quote": "x", "start": 0, "end": 1}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"outlet": "News.Az", "title": "On the path", "published": date(2024, 11, 4)},
            "News.Az, “On the path”, published 2024-11-04",
        ),
        (
            {"published": date(2022, 5, 21), "published_inferred": True},
            "doc-1, published 2022-05-21, inferred from the text",
        ),
        ({"url": "https://www.regionplus.az/en/articles/view/7725"}, "regionplus.az"),
    ],
)
def test_citation(fields: dict[str, object], expected: str) -> None:
    assert Source.model_validate({**QUOTE, **fields}).citation() == expected


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    """The bundled events and corpus built into a database and exports."""
    work = tmp_path_factory.mktemp("provenance")
    for name in ("events", "corpus"):
        shutil.copytree(repo_root / name, work / name)
    build(work / "events", work / "corpus", work / "timeline.db", work / "exports")
    return work


def test_documents_and_sources_tables(built: Path) -> None:
    db = sqlite_utils.Database(built / "timeline.db")
    doc = db["documents"].get("000_b90bf9710868340a")
    assert doc["outlet"] == "News.Az"
    assert doc["url"].startswith("https://news.az/news/")
    assert doc["title"] == "Turkiye and Central Asia: On the path to a new level of cooperation"
    rows = list(db.query("select * from sources where document_id = '004_4637c54c35dd4532'"))
    assert rows and all(r["published_inferred"] == 1 for r in rows)
    assert all(r["url"] == "https://regionplus.az/en/articles/view/7725" for r in rows)


def test_exports_cite_outlet_title_and_url(built: Path) -> None:
    data = json.loads((built / "exports" / "timeline.json").read_text("utf-8"))
    sources = [s for e in data["events"] for s in e["sources"]]
    caspian = [s for s in sources if s["document"] == "001_1dd8c2fe55db9fe9"]
    assert caspian and all(
        s["outlet"] == "The Caspian Post"
        and s["title"].startswith("How is Turkiye Strengthening Ties")
        and s["url"].startswith("https://caspianpost.com/")
        and s["published_inferred"] is False
        for s in caspian
    )
    timelinejs = (built / "exports" / "timelinejs.json").read_text("utf-8")
    assert "The Caspian Post, “How is Turkiye Strengthening Ties with Central Asia?" in timelinejs
    assert "published 2022-05-21, inferred from the text" in timelinejs
    ics = (built / "exports" / "timeline.ics").read_text("utf-8").replace("\r\n ", "")
    assert "URL;VALUE=URI:https://caspianpost.com/en/post/" in ics
    assert "published 2022-05-21\\, inferred from the text" in ics
    assert "URL;VALUE=URI:" in ics and "URL;VALUE=URI:http" in ics
    assert all(
        line.startswith("URL;VALUE=URI:http") for line in ics.splitlines() if line.startswith("URL")
    )


def test_an_ingested_page_is_cited_by_its_outlet(tmp_repo: Path, ingest_data: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(ingest_data / "pages")]).exit_code == 0
    assert runner.invoke(main, ["build", "-q"]).exit_code == 0
    db = sqlite_utils.Database(tmp_repo / "timeline.db")
    row = next(db.query("select * from documents where url like 'https://www.politico.com/%'"))
    assert (row["outlet"], row["published"], row["published_inferred"]) == (
        "POLITICO",
        "2019-12-30",
        0,
    )
