"""bench/wikinews_events.py keeps event gold on Wikinews articles as offsets and rebuilds it.

The Wikinews sources stay out of the repository; these tests build the two layouts it reads
(a toscaData ``.rda`` and a vanatteveldt CSV) in a git repository of their own, with
sentences written here.
"""

from __future__ import annotations

import csv
import doctest
import io
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from timeline.extract.evaluate import load_gold_set

TOSCA_TEXT = (
    "<text> The foreign ministers of Freedonia and Sylvania met in Geneva on Monday.  "
    "They signed a ''fisheries'' accord on the U.S. model.  == Sources == a list"
)
CSV_TEXT = "Friday, May 3, 2019\n\nThe premier of Freedonia\narrived in Sylvania on Thursday.\n"


@pytest.fixture
def module(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("wikinews_events")


def _rda(tmp_path: Path) -> bytes:
    import numpy as np
    import pandas as pd
    import rdata

    meta = pd.DataFrame(
        {
            "id": ["ID1", "ID2"],
            "date": [12818.0, float("nan")],  # 2005-02-04; an undated page is left out
            "title": ["<title>Ministers meet</title>", "<title>Undated</title>"],
        }
    )
    text = {"ID1": np.array([TOSCA_TEXT]), "ID2": np.array(["<text> Nothing."])}
    target = tmp_path / "politics.rda"
    rdata.write_rda(target, {"politics": {"meta": meta, "text": text}})
    return target.read_bytes()


@pytest.fixture
def mirror(
    module: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    git_commit: Callable[[Path, dict[str, bytes]], str],
) -> Path:
    """Both sources as git repositories named as the module finds them."""
    root = tmp_path / "mirror"
    table = io.StringIO()
    writer = csv.writer(table)
    writer.writerow(["url", "date", "title", "text"])
    writer.writerow(["https://w/Premier", "2019-05-03", "Premier &amp; envoy", CSV_TEXT])
    tosca = git_commit(root / "Docma-TU+toscaData", {"data/politics.rda": _rda(tmp_path)})
    vanatteveldt = git_commit(
        root / "vanatteveldt+wikinews", {"data/wikinews_2019.csv": table.getvalue().encode()}
    )
    monkeypatch.setitem(module.SOURCES, "Docma-TU/toscaData", (tosca, "licence A"))
    monkeypatch.setitem(module.SOURCES, "vanatteveldt/wikinews", (vanatteveldt, "licence B"))
    return root


@pytest.fixture
def annotated(module: ModuleType, mirror: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A split folder as the annotators had it, and its SOURCES.tsv."""
    sources = tmp_path / "SOURCES.tsv"
    rows = [
        ["split", "file_id", "repository", "commit", "path", "record", "url"],
        ["s", "wn1", "Docma-TU/toscaData", module.SOURCES["Docma-TU/toscaData"][0],
         "data/politics.rda", "ID1", "https://w?curid=1"],
        ["s", "wn2", "vanatteveldt/wikinews", module.SOURCES["vanatteveldt/wikinews"][0],
         "data/wikinews_2019.csv", "https://w/Premier", "https://w/Premier"],
    ]  # fmt: skip
    sources.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    folder = tmp_path / "split" / "wn-x"
    folder.mkdir(parents=True)
    texts = module.articles_of(mirror, module.read_sources(sources))
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {
        "documents": {"wn1": "europe_1", "wn2": "europe_1"},
        "events": [
            {"documents": ["wn1"], "kind": "signing", "value": "2005-01-31",
             "status": "occurred", "actors": ["FR", "DE"],
             "evidence": "They signed a fisheries accord on the U.S. model."},
            {"documents": ["wn2"], "kind": "visit", "value": "2019-05-02",
             "status": "occurred", "actors": ["FR"],
             "evidence": "arrived in Sylvania on Thursday"},
        ],
    }  # fmt: skip
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    return folder, sources


def test_the_doctests_pass(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0


def test_both_layouts_read_as_the_benches_lay_articles_out(
    module: ModuleType, annotated: tuple[Path, Path]
) -> None:
    folder, _ = annotated
    assert (folder / "wn1.txt").read_text(encoding="utf-8") == (
        "Ministers meet\ndate 2005-02-04\n\n"
        "The foreign ministers of Freedonia and Sylvania met in Geneva on Monday.\n"
        "They signed a fisheries accord on the U.S. model.\n"
    )
    assert (folder / "wn2.txt").read_text(encoding="utf-8") == (
        "Premier & envoy\ndate 2019-05-03\n\n"
        "The premier of Freedonia arrived in Sylvania on Thursday.\n"
    )


def test_packed_gold_keeps_offsets_and_provenance_not_text(
    module: ModuleType, mirror: Path, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    packed = module.pack(folder, mirror, sources, tmp_path / "packed")
    raw = yaml.safe_load(packed.read_text(encoding="utf-8"))
    assert "evidence" not in raw["events"][0]
    assert raw["events"][1]["evidence_at"] == [58, 89]
    assert raw["texts"]["wn1"]["record"] == "ID1"
    assert raw["texts"]["wn2"]["licence"] == "licence B"
    assert "fisheries" not in packed.read_text(encoding="utf-8")


def test_materialized_split_is_the_annotated_one_and_held_out(
    module: ModuleType, mirror: Path, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    packed = module.pack(folder, mirror, sources, tmp_path / "packed")
    rebuilt = module.materialize(packed, mirror, tmp_path / "out")
    assert (rebuilt / "HELD_OUT").is_file()
    for name in ("wn1", "wn2"):
        assert (rebuilt / f"{name}.txt").read_text() == (folder / f"{name}.txt").read_text()
    gold = load_gold_set(rebuilt / "gold.yaml")
    assert [event.evidence for event in gold.events] == [
        "They signed a fisheries accord on the U.S. model.",
        "arrived in Sylvania on Thursday",
    ]


def test_a_record_whose_text_changed_is_refused_by_name(
    module: ModuleType, mirror: Path, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    packed = module.pack(folder, mirror, sources, tmp_path / "packed")
    raw = yaml.safe_load(packed.read_text(encoding="utf-8"))
    raw["texts"]["wn2"]["sha256"] = "0" * 64
    packed.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(
        module.PackError, match=r"wikinews_2019\.csv#https://w/Premier: its text is not"
    ):
        module.materialize(packed, mirror, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_unknown_source_and_a_missing_mirror_are_named(
    module: ModuleType, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    with pytest.raises(module.PackError, match=r"Docma-TU\+toscaData: no git repository"):
        module.pack(folder, tmp_path / "nowhere", sources, tmp_path / "packed")
    sources.write_text(
        sources.read_text(encoding="utf-8").replace("Docma-TU/toscaData", "someone/else"),
        encoding="utf-8",
    )
    with pytest.raises(module.PackError, match=r"wn1: someone/else@.* is not a known source"):
        module.pack(folder, tmp_path / "nowhere", sources, tmp_path / "packed")


def test_the_command_line_reports_a_clean_error(
    module: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "packed"
    empty.mkdir()
    code = module.main(["--mirror", str(tmp_path), "--packed", str(empty), "materialize", "x"])
    assert code == 1
    assert "no packed split" in capsys.readouterr().err


def test_a_document_name_that_is_a_path_is_refused_before_any_write(
    module: ModuleType, mirror: Path, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    packed = module.pack(folder, mirror, sources, tmp_path / "packed")
    raw = yaml.safe_load(packed.read_text(encoding="utf-8"))
    raw["texts"]["../../escaped"] = raw["texts"].pop("wn2")
    raw["documents"]["../../escaped"] = raw["documents"].pop("wn2")
    raw["events"][1]["documents"] = ["../../escaped"]
    packed.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(module.PackError, match=r"'\.\./\.\./escaped' is not a plain file name"):
        module.materialize(packed, mirror, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "escaped.txt").exists()


def test_a_packed_text_from_an_unknown_repository_is_named(
    module: ModuleType, mirror: Path, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    packed = module.pack(folder, mirror, sources, tmp_path / "packed")
    raw = yaml.safe_load(packed.read_text(encoding="utf-8"))
    raw["texts"]["wn2"]["repository"] = "someone/else"
    packed.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(
        module.PackError, match=r"someone/else:data/wikinews_2019\.csv: not a known"
    ):
        module.materialize(packed, mirror, tmp_path / "out")


def test_the_notes_are_packed_beside_the_gold_unless_they_quote_an_article(
    module: ModuleType, mirror: Path, annotated: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, sources = annotated
    notes = "# notes\n\n- The accord is one signing, dated by its Monday meeting.\n"
    (folder / "NOTES.md").write_text(notes, encoding="utf-8")
    packed = module.pack(folder, mirror, sources, tmp_path / "packed")
    assert (tmp_path / "packed" / "wn-x.notes.md").read_text(encoding="utf-8") == notes
    # eight words in a row of wn1, case and punctuation aside, on the notes' third line
    quoting = notes + "- kept: ministers of Freedonia and Sylvania met in Geneva, on Monday\n"
    (folder / "NOTES.md").write_text(quoting, encoding="utf-8")
    packed.unlink()
    with pytest.raises(module.PackError, match=r"NOTES\.md: line 4 repeats 8 words"):
        module.pack(folder, mirror, sources, tmp_path / "packed")
    assert not packed.exists()


def test_a_development_split_is_rebuilt_without_the_held_out_mark(
    module: ModuleType,
    mirror: Path,
    annotated: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, sources = annotated
    held_out = module.pack(folder, mirror, sources, tmp_path / "packed")
    assert "(wn-x: held out)" in held_out.read_text(encoding="utf-8")
    assert (module.materialize(held_out, mirror, tmp_path / "one") / "HELD_OUT").is_file()
    monkeypatch.setattr(module, "DEVELOPMENT", ("wn-x",))
    development = module.pack(folder, mirror, sources, tmp_path / "packed")
    assert "(wn-x: development data)" in development.read_text(encoding="utf-8")
    rebuilt = module.materialize(development, mirror, tmp_path / "two")
    assert not (rebuilt / "HELD_OUT").exists()
    assert (rebuilt / "wn1.txt").read_text() == (folder / "wn1.txt").read_text()


def test_a_gum_document_is_read_from_its_sentences_and_its_folder_listed_by_prefix(
    module: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    git_commit: Callable[[Path, dict[str, bytes]], str],
) -> None:
    document = "\n".join(
        [
            "# newdoc id = GUM_news_envoy",
            "# meta::dateCreated = 2014-06-02",
            "# meta::genre = news",
            "# meta::sourceURL = https://en.wikinews.org/wiki/Envoy_arrives",
            "# meta::title = Envoy arrives in Sylvania",
            "# newpar",
            '# newpar_block = head rend:::"bold" (1 s)',
            "# text = Envoy arrives in Sylvania",
            "# newpar",
            "# newpar_block = p (2 s)",
            "# text = The envoy of Freedonia landed on Sunday.",
            "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_",
            "# text = Talks open on Monday.",
            "# newpar",
            '# newpar_block = figure rend:::"a photo" (1 s)',
            "# text = The envoy at the airport",
            "# newpar",
            "# newpar_block = quote (1 s)",
            "# text = We came to listen, the envoy said.",
        ]
    )
    root = tmp_path / "mirror"
    files = {
        "dep/GUM_news_envoy.conllu": document.encode(),
        "dep/GUM_interview_envoy.conllu": document.encode(),
        "dep/GUM_news_notes.txt": b"not a source file",
    }
    monkeypatch.setitem(
        module.SOURCES, "amir-zeldes/gum", (git_commit(root / "amir-zeldes+gum", files), "C")
    )
    assert module.source_files(root, "amir-zeldes/gum", "dep/GUM_news_") == [
        "dep/GUM_news_envoy.conllu"
    ]
    source = {"repository": "amir-zeldes/gum", "path": "dep/GUM_news_envoy.conllu"}
    texts = module.articles_of(root, {"wn3": {**source, "record": "GUM_news_envoy"}})
    assert texts["wn3"] == (
        "Envoy arrives in Sylvania\ndate 2014-06-02\n\n"
        "The envoy of Freedonia landed on Sunday. Talks open on Monday.\n"
        "We came to listen, the envoy said.\n"
    )
    with pytest.raises(module.PackError, match="no record GUM_news_other"):
        module.articles_of(root, {"wn4": {**source, "record": "GUM_news_other"}})
