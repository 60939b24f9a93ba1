"""bench/tempeval.py scores folds and a development set on TimeML files of our own.

The TempEval-3 data is not ours to commit; these documents are written here, with
sentences of our own, in the layout of the TempEval-3 training folders.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}"
functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TEXT>
{body}
</TEXT>
</TimeML>
"""


def _write(folder: Path, name: str, dct: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.tml").write_text(TML.format(name=name, dct=dct, body=body), "utf-8")


@pytest.fixture
def corpora(tmp_path: Path) -> tuple[Path, Path]:
    data, dev = tmp_path / "train", tmp_path / "platinum"
    _write(
        data / "TimeBank",
        "tb1",
        "2024-03-20",
        'The port reopened <TIMEX3 tid="t1" type="DATE" value="2024-03-18">Monday</TIMEX3>.',
    )
    _write(
        data / "AQUAINT",
        "aq1",
        "2024-03-20",
        'Talks ran for <TIMEX3 tid="t1" type="DURATION" value="P3D">three days</TIMEX3>.',
    )
    _write(
        dev,
        "dev1",
        "2024-03-20",
        'The treaty may lapse <TIMEX3 tid="t1" type="DURATION" value="P10Y">ten years'
        '</TIMEX3> from <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>.',
    )
    # "tenure" is a length of time the text does not measure: a miss, named under dev/
    _write(
        dev,
        "dev2",
        "2024-03-20",
        'His <TIMEX3 tid="t1" type="DURATION" value="P5Y">tenure</TIMEX3> ended.',
    )
    return data, dev


def _bench(repo_root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo_root / "bench" / "tempeval.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_development_set_is_scored_on_its_own_after_the_folds(
    repo_root: Path, corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    data, dev = corpora
    errors = tmp_path / "errors.txt"
    done = _bench(
        repo_root, str(data), "--dev", str(dev), "--systems", "ours", "--errors", str(errors)
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "### develop on TimeBank, hold out AQUAINT: 1 documents held out" in out
    assert f"### {dev}: 2 documents development set" in out
    # the development set after the folds' mean: two of its three expressions found
    assert out.index("Mean of the 2 held-out folds") < out.index(f"### {dev}")
    dev_table = out.split(f"### {dev}")[1]
    assert "| timeline.temporal, development set | 100.0 | 66.7 | 80.0 |" in dev_table
    assert "| 3 | 2 |" in dev_table
    assert "MISS dev/dev2 'tenure' DURATION P5Y" in errors.read_text("utf-8").splitlines()


def test_the_development_set_must_not_overlap_the_folds(
    repo_root: Path, corpora: tuple[Path, Path]
) -> None:
    data, _dev = corpora
    done = _bench(repo_root, str(data), "--dev", str(data / "TimeBank"), "--systems", "ours")
    assert done.returncode != 0
    assert "overlaps the data folder" in done.stderr


CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="port" lang="en">
<token number="0" sentence="0" t_id="1">Port</token>
<token number="1" sentence="0" t_id="2">reopens</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">20</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2024</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">port</token>
<token number="8" sentence="2" t_id="9">reopened</token>
<token number="9" sentence="2" t_id="10">on</token>
<token number="10" sentence="2" t_id="11">Monday</token>
<token number="11" sentence="2" t_id="12">.</token>
<token number="12" sentence="3" t_id="13">It</token>
<token number="13" sentence="3" t_id="14">closed</token>
<token number="14" sentence="3" t_id="15">in</token>
<token number="15" sentence="3" t_id="16">2019</token>
<token number="16" sentence="3" t_id="17">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2024-03-20">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2024-03-18">
<token_anchor t_id="11"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2025"/>
</Markables>
</Document>
"""


def test_a_meantime_folder_is_a_development_set(
    repo_root: Path, corpora: tuple[Path, Path], tmp_path: Path
) -> None:
    """MEANTIME's CAT files: the dateline (the DCT) leaves the text, a TIMEX3 without
    tokens is not an expression of the text, and the text ends with the last annotated
    sentence ("2019" in the next one is not scored)."""
    data, dev = corpora
    cat = tmp_path / "meantime" / "corpus_ports"
    cat.mkdir(parents=True)
    (cat / "port.xml").write_text(CAT, "utf-8")
    done = _bench(
        repo_root, str(data), "--dev", str(dev), "--dev", str(cat.parent), "--systems", "ours"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    table = done.stdout.split(f"### {cat.parent}: 1 documents development set")[1]
    assert "| timeline.temporal, development set | 100.0 | 100.0 | 100.0 |" in table
    assert "| 1 | 1 |" in table
