"""`timeline ingest`: the exact --json shape, exit codes, metadata.yaml kept; propose outside."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.corpus.metadata import load_overrides

KEYS = ["id", "path", "title", "published", "url", "outlet", "status", "reason"]


def test_json_is_exactly_an_array_of_fixed_objects(ingest_data: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    args = ["ingest", str(ingest_data / "feed.atom"), str(tmp_path / "gone.rss"), "--json"]
    result = CliRunner().invoke(main, [*args, "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and [list(row) for row in rows] == [KEYS] * 3
    assert [row["status"] for row in rows] == ["added", "added", "skipped"]
    assert rows[0]["published"] == "2020-01-15" and rows[0]["reason"] is None
    assert rows[2]["reason"] == f"{tmp_path / 'gone.rss'}: no such file; check the path"
    again = CliRunner().invoke(main, [*args[:2], "--json", "--corpus", str(corpus)])
    assert [row["status"] for row in json.loads(again.stdout)] == ["duplicate", "duplicate"]


def test_exit_1_when_no_input_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "a.pdf"), "--corpus", str(tmp_path / "c"), "--json"]
    )
    assert result.exit_code == 1
    [row] = json.loads(result.stdout)
    assert row["status"] == "skipped" and str(tmp_path / "a.pdf") in row["reason"]


def test_existing_metadata_is_kept_byte_for_byte(
    ingest_data: Path, repo_root: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(repo_root / "corpus", corpus)
    before = (corpus / "metadata.yaml").read_text("utf-8")
    result = CliRunner().invoke(
        main, ["ingest", str(ingest_data / "pages"), "--corpus", str(corpus)]
    )
    assert result.exit_code == 0, result.output
    after = (corpus / "metadata.yaml").read_text("utf-8")
    assert after.startswith(before)
    overrides = load_overrides(corpus / "metadata.yaml")
    assert len(overrides) == len(load_overrides(repo_root / "corpus" / "metadata.yaml")) + 7
    # a seed article given again, from outside the corpus, is recognized by its text
    outside = tmp_path / "copy.txt"
    shutil.copy(repo_root / "corpus" / "004_4637c54c35dd4532.txt", outside)
    again = CliRunner().invoke(main, ["ingest", str(outside), "--corpus", str(corpus), "--json"])
    [row] = json.loads(again.stdout)
    assert (row["status"], row["id"]) == ("duplicate", "004_4637c54c35dd4532")


def test_a_text_article_is_copied_exactly(repo_root: Path, tmp_path: Path) -> None:
    source = repo_root / "tests" / "data" / "corpus" / "extra" / "04_tokayev-erdogan-phone-call.txt"
    corpus = tmp_path / "corpus"
    result = CliRunner().invoke(main, ["ingest", str(source), "--corpus", str(corpus), "--json"])
    [row] = json.loads(result.stdout)
    assert row["status"] == "added" and row["published"] == "2022-04-04"
    assert Path(row["path"]).read_bytes() == source.read_bytes()


def test_propose_outside_the_corpus_then_validate(tmp_repo: Path, repo_root: Path) -> None:
    outside = tmp_repo / "incoming" / "drill.txt"
    outside.parent.mkdir()
    shutil.copy(
        repo_root / "tests" / "data" / "corpus" / "extra" / "01_uzbek-turkish-joint-drill.txt",
        outside,
    )
    runner = CliRunner()
    proposed = runner.invoke(main, ["propose", str(outside)])
    assert proposed.exit_code == 0, proposed.output
    assert not proposed.output.startswith("0 added")
    [added] = [p for p in (tmp_repo / "corpus").glob("*.txt") if p.stem.startswith("uzbek")]
    assert added.read_bytes() == outside.read_bytes()
    assert any(added.stem in p.read_text("utf-8") for p in (tmp_repo / "events").rglob("*.yaml"))
    validated = runner.invoke(main, ["validate"])
    assert validated.exit_code == 0, validated.output


def test_propose_refuses_an_unreadable_outside_article(tmp_repo: Path) -> None:
    bad = tmp_repo / "page.html"
    bad.write_text("<html><body><p>Too short.</p></body></html>", encoding="utf-8")
    events_before = sorted(p.name for p in (tmp_repo / "events").rglob("*"))
    result = CliRunner().invoke(main, ["propose", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: no article text" in result.output and "events/ was not changed" in result.output
    assert sorted(p.name for p in (tmp_repo / "events").rglob("*")) == events_before


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "shown"), [(_Terminal, True), (io.StringIO, False)])
def test_progress_bar_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, stream: type[io.StringIO], shown: bool
) -> None:
    from timeline.cli import _progress

    err = stream()
    monkeypatch.setattr(sys, "stderr", err)
    assert list(_progress("ingesting", "file")(["a.html", "b.rss"])) == ["a.html", "b.rss"]
    assert ("ingesting" in err.getvalue() and "2/2" in err.getvalue()) is shown
    assert shown or err.getvalue() == ""
