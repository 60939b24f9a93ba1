"""bench/te3_events.py keeps event gold on TimeML articles as offsets and rebuilds it.

The TempEval-3 data is not ours to commit; these TimeML files are written here, with
sentences of our own, in the layout of the TempEval-3 training folders.
"""

from __future__ import annotations

import doctest
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from timeline.extract.evaluate import load_gold_set

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false"
functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
{title}<TEXT>
{body}
</TEXT>
</TimeML>
"""
SIGNED = "The two ministers signed a fisheries accord on Tuesday."
VISIT = "The premier of Freedonia arrived in Sylvania on Monday for talks."


@pytest.fixture
def module(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("te3_events")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Two TimeML files: one with a title, one without (most of TimeBank)."""
    root = tmp_path / "train"
    (root / "AQUAINT").mkdir(parents=True)
    (root / "TimeBank").mkdir()
    titled = TML.format(
        name="APW1",
        dct="1998-08-07",
        title="<TITLE>Accord signed</TITLE>\n",
        body='Officials said <TIMEX3 tid="t1">today</TIMEX3> that &quot;it is done&quot;.  \n'
        + SIGNED,
    )
    (root / "AQUAINT/APW1.tml").write_text(titled, encoding="utf-8")
    bare = TML.format(name="wsj_1", dct="1989-10-30", title="", body=VISIT)
    (root / "TimeBank/wsj_1.tml").write_text(bare, encoding="utf-8")
    return root


@pytest.fixture
def annotated(module: ModuleType, data: Path, tmp_path: Path) -> Path:
    """A split folder as an annotator leaves it: the articles and a quoted gold.yaml."""
    folder = tmp_path / "te3-x"
    folder.mkdir()
    for tml in sorted(data.glob("*/*.tml")):
        (folder / f"{tml.stem}.txt").write_text(module.article_text(tml), encoding="utf-8")
    gold = {
        "documents": {"APW1": "europe", "wsj_1": "americas"},
        "events": [
            {
                "documents": ["APW1"],
                "kind": "signing",
                "value": "1998-08-04",
                "status": "occurred",
                "actors": ["FR", "DE"],
                "evidence": SIGNED,
            },
            {
                "documents": ["wsj_1"],
                "kind": "visit",
                "value": "1989-10-30",
                "status": "occurred",
                "actors": ["FR"],
                "evidence": VISIT,
            },
        ],
    }
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold, sort_keys=False), encoding="utf-8")
    return folder


def test_the_layout_example_runs(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0


def test_an_article_without_a_title_starts_at_its_date(module: ModuleType, data: Path) -> None:
    text = module.article_text(data / "TimeBank/wsj_1.tml")
    assert text == f"date 1989-10-30\n\n{VISIT}\n"
    titled = module.article_text(data / "AQUAINT/APW1.tml")
    assert titled.startswith('Accord signed\ndate 1998-08-07\n\nOfficials said today that "it')


def test_packed_gold_holds_offsets_not_text_and_rebuilds_the_same(
    module: ModuleType, data: Path, annotated: Path, tmp_path: Path
) -> None:
    packed = module.pack(annotated, data, tmp_path / "packed")
    kept = packed.read_text(encoding="utf-8")
    assert SIGNED not in kept and VISIT not in kept and "Officials" not in kept
    assert "evidence_at" in kept and "sha256" in kept
    rebuilt = module.materialize(packed, data, tmp_path / "out")
    for article in annotated.glob("*.txt"):
        assert (rebuilt / article.name).read_text(encoding="utf-8") == article.read_text("utf-8")
    before, after = load_gold_set(annotated / "gold.yaml"), load_gold_set(rebuilt / "gold.yaml")
    assert [(g.evidence, g.kind, g.documents) for g in after.events] == [
        (g.evidence, g.kind, g.documents) for g in before.events
    ]
    assert after.documents() == before.documents()


def test_a_changed_article_is_refused_by_name(
    module: ModuleType, data: Path, annotated: Path, tmp_path: Path
) -> None:
    packed = module.pack(annotated, data, tmp_path / "packed")
    tml = data / "TimeBank/wsj_1.tml"
    tml.write_text(tml.read_text(encoding="utf-8").replace("Monday", "Sunday"), encoding="utf-8")
    with pytest.raises(module.PackError, match=r"wsj_1\.tml: its text is not the one annotated"):
        module.materialize(packed, data, tmp_path / "out")


def test_evidence_not_in_its_document_is_refused_with_its_number(
    module: ModuleType, data: Path, annotated: Path, tmp_path: Path
) -> None:
    gold = yaml.safe_load((annotated / "gold.yaml").read_text(encoding="utf-8"))
    gold["events"][1]["evidence"] = "A sentence nobody wrote."
    (annotated / "gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    with pytest.raises(module.PackError, match="event 2: its evidence is not in wsj_1"):
        module.pack(annotated, data, tmp_path / "packed")


def test_an_article_edited_by_hand_is_refused(
    module: ModuleType, data: Path, annotated: Path, tmp_path: Path
) -> None:
    (annotated / "APW1.txt").write_text("date 1998-08-07\n\nSomething else.\n", encoding="utf-8")
    with pytest.raises(module.PackError, match=r"APW1\.txt: not the article"):
        module.pack(annotated, data, tmp_path / "packed")


def test_the_command_names_what_is_wrong(
    module: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = module.main(
        [
            "--data",
            str(tmp_path),
            "--packed",
            str(tmp_path / "none"),
            "materialize",
            str(tmp_path / "o"),
        ]
    )
    assert status == 1
    assert "no packed split" in capsys.readouterr().err


def test_a_rebuilt_folder_is_marked_held_out_and_refused_by_the_fitting_benches(
    module: ModuleType,
    load_bench: Callable[[str], ModuleType],
    data: Path,
    annotated: Path,
    tmp_path: Path,
) -> None:
    rebuilt = module.materialize(module.pack(annotated, data, tmp_path / "p"), data, tmp_path / "o")
    assert load_bench("extraction").is_held_out(rebuilt)
    assert not load_bench("extraction").is_held_out(annotated)
    with pytest.raises(SystemExit, match="held out"):
        load_bench("event_scorer").read_split(rebuilt)


def test_materialize_refuses_a_folder_already_used(
    module: ModuleType, data: Path, annotated: Path, tmp_path: Path
) -> None:
    packed = module.pack(annotated, data, tmp_path / "p")
    (tmp_path / "o" / packed.stem).mkdir(parents=True)
    (tmp_path / "o" / packed.stem / "old.txt").write_text("date 1990-01-01\n\nOld.\n", "utf-8")
    with pytest.raises(module.PackError, match="not empty"):
        module.materialize(packed, data, tmp_path / "o")
