"""Extraction over a corpus: every core, one result; the cache; the Dask path."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.corpus import read_corpus
from timeline.extract import (
    ExtractionCache,
    extract,
    extract_corpus,
    extract_mentions,
    extract_to_json,
    output,
)
from timeline.formats.timeline_json import dumps
from timeline.merge import Mentions, _Shape

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def small_corpus(repo_root: Path, tmp_path: Path) -> Path:
    """The seed articles and the held-out extra ones, in one folder a test may change."""
    folder = tmp_path / "news"
    shutil.copytree(repo_root / "corpus", folder)
    for f in (DATA / "corpus" / "extra").glob("*.txt"):
        shutil.copy(f, folder / f.name)
    return folder


def test_two_processes_give_the_bytes_of_one(small_corpus: Path) -> None:
    one = dumps(extract([small_corpus], jobs=1))
    assert one == dumps(extract([small_corpus], jobs=2))
    assert len(extract([small_corpus], jobs=1)) > 30


def test_documents_in_memory_give_what_their_files_give(small_corpus: Path) -> None:
    docs = read_corpus([small_corpus])
    assert dumps(extract(docs, jobs=2)) == dumps(extract([small_corpus], jobs=1))


def test_the_cache_extracts_only_a_changed_or_new_article(
    small_corpus: Path, tmp_path: Path
) -> None:
    cache = ExtractionCache(tmp_path / "cache.db")
    first = extract_corpus([small_corpus], jobs=1, cache=cache)
    assert (first.extracted, first.cached) == (len(first.documents), 0)
    again = extract_corpus([small_corpus], jobs=1, cache=cache)
    assert (again.extracted, again.cached) == (0, len(first.documents))
    assert dumps(again.timeline) == dumps(first.timeline)

    changed = sorted(small_corpus.glob("*.txt"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("signed", "inked", 1), encoding="utf-8")
    shutil.copy(changed, small_corpus / "zz_new-article.txt")
    third = extract_corpus([small_corpus], jobs=1, cache=cache)
    assert (third.extracted, third.cached) == (2, len(first.documents) - 1)
    assert dumps(third.timeline) == dumps(extract([small_corpus], jobs=1))
    cache.close()


def test_a_cached_document_with_new_metadata_is_extracted_again(
    small_corpus: Path, tmp_path: Path
) -> None:
    cache = ExtractionCache(tmp_path / "cache.db")
    extract_corpus([small_corpus], jobs=1, cache=cache)
    doc_id = sorted(small_corpus.glob("*.txt"))[0].stem
    meta = small_corpus / "metadata.yaml"
    entries = yaml.safe_load(meta.read_text(encoding="utf-8")) or {}
    entries.setdefault(doc_id, {})["published"] = "2021-01-05"  # it may have an entry already
    meta.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    run = extract_corpus([small_corpus], jobs=1, cache=cache)
    assert run.extracted == 1
    cache.close()


def test_the_cli_uses_the_cache_and_any_number_of_jobs(small_corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    args = ["extract", str(small_corpus), "--cache", str(cache)]
    first = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "a.json"), "--jobs", "2"])
    assert first.exit_code == 0, first.output
    second = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "b.json"), "--jobs", "1"])
    assert second.exit_code == 0, second.output
    assert "0 extracted" in second.stderr
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_an_unreadable_cache_is_a_clean_error(small_corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "cache.db"
    bad.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(small_corpus), "--cache", str(bad)])
    assert result.exit_code == 1
    assert "cache.db" in result.stderr and "Traceback" not in result.output


#: The Dask path, run in a fresh interpreter (:func:`_in_a_fresh_process`): a local
#: cluster on threads, then the same corpus on one process, both timelines written out.
_ON_DASK = """
import sys
from pathlib import Path

import distributed

from timeline.extract import extract
from timeline.formats.timeline_json import dumps

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
with (
    distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster,
    distributed.Client(cluster) as client,
):
    on_dask = extract([folder], dask=client)
(out / "dask.json").write_text(dumps(on_dask), encoding="utf-8")
(out / "local.json").write_text(dumps(extract([folder], jobs=1)), encoding="utf-8")
"""


def _in_a_fresh_process(*args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a new interpreter. Dask's client leaves threads that live as long
    as their process (its offload pool, its event loop), and a process running another
    thread forks nothing (:func:`timeline.processes.can_fork`): in this test process, every
    later test of a forked path (the exports, the calendars, the database writer) would run
    on one process and prove nothing."""
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.slow
def test_the_dask_path_gives_the_bytes_of_a_local_run(small_corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    run = _in_a_fresh_process("-c", _ON_DASK, str(small_corpus), str(tmp_path))
    assert run.returncode == 0, run.stderr
    on_dask = (tmp_path / "dask.json").read_text(encoding="utf-8")
    assert on_dask == (tmp_path / "local.json").read_text(encoding="utf-8")


def test_an_unreachable_scheduler_is_a_clean_error(small_corpus: Path) -> None:
    run = _in_a_fresh_process(
        "-m", "timeline", "extract", str(small_corpus), "--dask", "tcp://127.0.0.1:1"
    )
    assert run.returncode == 1
    assert "tcp://127.0.0.1:1" in run.stderr and "Traceback" not in run.stderr


def test_the_machine_tier_holds_the_extracted_events_and_defers_to_reviewed_ones(
    small_corpus: Path, tmp_path: Path
) -> None:
    import sqlite_utils

    from timeline.event_writer import write_event
    from timeline.model import ReviewStatus
    from timeline.store import load_timeline

    found = extract([small_corpus], jobs=1)
    reviewed = found.events[0].model_copy(update={"review": ReviewStatus.reviewed, "related": []})
    events_dir = tmp_path / "events"
    write_event(reviewed, events_dir)
    db = tmp_path / "machine.db"
    args = ["extract", str(small_corpus), "--db", str(db), "--events", str(events_dir)]
    result = CliRunner().invoke(main, [*args, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "1 left to the reviewed events" in result.stderr
    tier = load_timeline(db)
    assert [e.id for e in tier.events] == [e.id for e in found.events[1:]]
    assert {e.review.value for e in tier.events} == {"proposed"}
    assert tier.events[0].sources == found.events[1].sources  # provenance: quote and offsets
    rows = sqlite_utils.Database(db)
    meta = {r["key"]: r["value"] for r in rows["_meta"].rows}
    assert meta["tier"] == "machine" and meta["extractor"]
    cited = {s.document for e in tier.events for s in e.sources}
    documents = {r["id"]: r for r in rows["documents"].rows}
    assert cited <= set(documents)
    text = (small_corpus / f"{min(cited)}.txt").read_text(encoding="utf-8")
    assert documents[min(cited)]["characters"] == len(text)


def test_the_streamed_json_is_the_bytes_of_the_whole_timeline(
    small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "_CHUNK", 4)  # the corpus has many more events than a chunk
    whole = dumps(extract_corpus([small_corpus], jobs=1).timeline).encode()
    target = tmp_path / "found.json"
    count, summary = extract_to_json([small_corpus], target, jobs=1)
    assert target.read_bytes() == whole
    assert count == len(json.loads(whole)["events"]) > 4 * 3
    assert summary.endswith("0 from the cache")
    stream = io.BytesIO()
    extract_to_json([small_corpus], stream, jobs=2)
    assert stream.getvalue() == whole


def test_a_corpus_without_events_streams_the_empty_timeline(tmp_path: Path) -> None:
    folder = tmp_path / "quiet"
    folder.mkdir()
    (folder / "weather.txt").write_text("Rain\n\nIt rained all day.\n", encoding="utf-8")
    stream = io.BytesIO()
    assert extract_to_json([folder], stream, jobs=1)[0] == 0
    assert stream.getvalue() == dumps(extract([folder], jobs=1)).encode()


def test_mentions_are_read_back_as_they_were_held(small_corpus: Path) -> None:
    events = [e for doc in read_corpus([small_corpus]) for e in extract_mentions(doc)[0]]
    with Mentions() as mentions:
        for e in events:
            mentions.add(e)
        assert [mentions.mention(i) for i in range(len(events))] == events
        assert mentions.shapes == [_Shape.of(e) for e in events]
